"""Generated pages of the reader after round 42's first run (issue 15): target labels and
category headings (test-side only, never shipped). Families (each page's expected tree known by
construction, written before the rules were):

- `target_labels`: a page of "## <objective>" headings (or plain or bold title lines) over
  key-result bullets with the labels that documentation tools put beside headings — a MyST target "(name)=" on its own line, a
  Sphinx target ".. _name:", a "{#name}" attribute closing the heading, an empty link "[](#name)"
  on its own line: no text at all (round 42's "(strategy:research)=" over "### …").
- `category_headings`: a strategy page (round 42's 2i2c page): an intro section whose list only
  links to the page's own sections ("- [Research](strategy:research)", "- [Research](#research)",
  "- [Supporting open source](#supporting-open-source)" with no label: the heading's anchor),
  then category headings, each over "* objective" bullets with nested "  * key result" bullets
  (unmeasured, or some measured; blank lines between the objectives or not; a MyST label over
  each heading or not): the headings and the intro are context, the bullets objectives.
- `category_near_misses`: a heading over plain key-result bullets without nesting stays the
  objective; "## Objective: …" headings over bullets with nested bullets keep reading (the
  bullets its key results); a heading over measured key results with nested steps stays the
  objective; key results written as links to other pages stay key results.
"""

from __future__ import annotations

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS

FAMILIES = ("target_labels", "category_headings", "category_near_misses")
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "zh", "ja")
_CJK = ("zh", "ja")

# the intro section's heading, and two category headings (a plain noun, a gerund-like phrase)
CATEGORIES = {
    "en": ("Strategic plan", "Research", "Supporting open source communities"),
    "es": ("Plan estratégico", "Investigación", "Apoyo a las comunidades de código abierto"),
    "pt": ("Plano estratégico", "Pesquisa", "Apoio às comunidades de código aberto"),
    "fr": ("Plan stratégique", "Recherche", "Soutenir les communautés open source"),
    "de": ("Strategischer Plan", "Forschung", "Open-Source-Communities unterstützen"),
    "it": ("Piano strategico", "Ricerca", "Sostenere le comunità open source"),
    "zh": ("战略规划", "科研", "支持开源社区"),
    "ja": ("戦略計画", "研究", "オープンソースコミュニティの支援"),
}  # fmt: skip
# the intro's sentence over its list of links
INTRO = {
    "en": "Our plan is broken down into objectives and key results across these categories:",
    "es": "Nuestro plan se divide en objetivos y resultados clave en estas categorías:",
    "pt": "Nosso plano se divide em objetivos e resultados-chave nestas categorias:",
    "fr": "Notre plan se décline en objectifs et résultats clés selon ces catégories :",
    "de": "Unser Plan gliedert sich in Ziele und Schlüsselergebnisse in diesen Kategorien:",
    "it": "Il nostro piano si articola in obiettivi e risultati chiave in queste categorie:",
    "zh": "我们的计划按以下类别分为目标和关键结果：",
    "ja": "計画は次のカテゴリごとに目標と主要な成果に分かれています：",
}  # fmt: skip
# objectives written as bullets (unmeasured), four per page
AIMS = {
    "en": ("Support the partner project", "Extend our computing models to new communities",
           "Write team guidelines for open source", "Give core support to key tools"),
    "es": ("Apoyar el proyecto asociado", "Llevar nuestros modelos a nuevas comunidades",
           "Escribir las pautas del equipo para el código abierto", "Dar soporte a las herramientas clave"),
    "pt": ("Apoiar o projeto parceiro", "Levar nossos modelos a novas comunidades",
           "Escrever as diretrizes da equipe para código aberto", "Dar suporte às ferramentas-chave"),
    "fr": ("Soutenir le projet partenaire", "Étendre nos modèles à de nouvelles communautés",
           "Rédiger les règles de l'équipe pour l'open source", "Soutenir les outils clés"),
    "de": ("Das Partnerprojekt unterstützen", "Unsere Modelle in neue Communities bringen",
           "Team-Leitlinien für Open Source schreiben", "Zentrale Werkzeuge unterstützen"),
    "it": ("Sostenere il progetto partner", "Portare i nostri modelli a nuove comunità",
           "Scrivere le linee guida del team per l'open source", "Sostenere gli strumenti chiave"),
    "zh": ("支持合作项目", "把计算模式推广到新社区", "制定团队的开源指南", "为关键工具提供核心支持"),
    "ja": ("パートナープロジェクトを支援する", "計算モデルを新しいコミュニティに広げる",
           "オープンソースのチーム指針を作る", "主要ツールを支える"),
}  # fmt: skip
# key results with no figure, as round 42's ("Staff early projects", "Cloud providers")
PLAIN = {
    "en": ("Members report a stable service", "Patterns are generalized to any domain",
           "Document our practices", "Staff early projects", "Cloud providers",
           "A sustainability model is developed"),
    "es": ("Los miembros reportan un servicio estable", "Los patrones se generalizan a cualquier dominio",
           "Documentar nuestras prácticas", "Asignar personal a los primeros proyectos",
           "Proveedores de nube", "Se desarrolla un modelo de sostenibilidad"),
    "pt": ("Os membros relatam um serviço estável", "Os padrões são generalizados para qualquer domínio",
           "Documentar nossas práticas", "Alocar pessoas aos primeiros projetos",
           "Provedores de nuvem", "Um modelo de sustentabilidade é desenvolvido"),
    "fr": ("Les membres décrivent un service stable", "Les modèles sont généralisés à tout domaine",
           "Documenter nos pratiques", "Staffer les premiers projets", "Fournisseurs cloud",
           "Un modèle de pérennité est développé"),
    "de": ("Mitglieder berichten von einem stabilen Dienst", "Muster sind auf jede Domäne verallgemeinert",
           "Unsere Abläufe dokumentieren", "Erste Projekte besetzen", "Cloud-Anbieter",
           "Ein Nachhaltigkeitsmodell ist entwickelt"),
    "it": ("I membri riferiscono un servizio stabile", "I modelli sono generalizzati a ogni dominio",
           "Documentare le nostre pratiche", "Assegnare persone ai primi progetti",
           "Fornitori cloud", "È sviluppato un modello di sostenibilità"),
    "zh": ("成员反馈服务稳定", "模式推广到任何领域", "记录我们的实践", "为早期项目配备人员",
           "云服务商", "形成可持续的运营模式"),
    "ja": ("メンバーが安定したサービスを実感している", "パターンがどの分野にも一般化されている",
           "運営の慣行を文書にする", "初期のプロジェクトに人を配置する", "クラウド事業者",
           "持続可能なモデルができている"),
}  # fmt: skip


def _colon(lang: str) -> str:
    return "：" if lang in _CJK else ": "


def _krs(lang: str, i: int, measured: bool) -> tuple[str, ...]:
    """Return the two key results of the i-th objective: unmeasured, or the second measured."""
    plain = PLAIN[lang]
    first = plain[(2 * i) % 6]
    second = WORDS[lang].krs[i % 6] if measured else plain[(2 * i + 1) % 6]
    return first, second


def _labels(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    w = WORDS[lang]
    lines, out = [f"# {w.page}", ""], []
    for i in range(objectives):
        title, name = w.titles[i], f"okr-{i + 1}"
        krs = (w.krs[(2 * i) % 6], w.krs[(2 * i + 1) % 6])
        if variant == "myst_label":
            lines += [f"({name})=", f"## {title}"]
        elif variant == "myst_label_scoped":
            lines += [f"(strategy:{name})=", f"## {title}"]
        elif variant == "sphinx_label":
            lines += [f".. _{name}:", "", f"## {title}"]
        elif variant == "myst_over_title":  # a plain title line over its list
            lines += [f"({name})=", title]
        elif variant == "myst_over_bold":
            lines += [f"({name})=", f"**{title}**"]
        elif variant == "sphinx_over_title":
            lines += [f".. _{name}:", title]
        elif variant == "heading_attribute":
            lines += [f"## {title} {{#{name}}}"]
        else:  # "empty_anchor": "[](#name)" on its own line over the heading
            lines += [f"[](#{name})", f"## {title}"]
        lines += [f"- {kr}" for kr in krs] + [""]
        out.append(Objective(title, tuple(KeyResult(kr) for kr in krs)))
    return lines, Tree(tuple(out))


def _categories(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    w = WORDS[lang]
    intro, *categories = CATEGORIES[lang]
    names = ("research", "open-source")
    lines = [f"# {w.page}", ""]
    if variant != "no_intro":
        lines += [f"## {intro}", "", INTRO[lang], ""]
        for name, category in zip(names, categories, strict=True):
            target = f"#{name}" if variant == "anchor_links" else f"strategy:{name}"
            if variant == "no_labels":  # the heading's own anchor, as a Markdown renderer spells it
                target = "#" + category.lower().replace(" ", "-")
            lines.append(f"- [{category}]({target})")
        lines.append("")
    out, k = [], 0
    for c, (name, category) in enumerate(zip(names, categories, strict=True)):
        if variant != "no_labels":
            lines.append(f"({name})=" if variant == "anchor_links" else f"(strategy:{name})=")
        lines += [f"### {category}", ""]
        for _ in range(objectives if c == 0 else 2):
            aim = AIMS[lang][k % 4]
            krs = _krs(lang, k, measured=variant == "some_measured" and k % 2 == 1)
            lines.append(f"* {aim}")
            lines += [f"  * {kr}" for kr in krs]
            if variant == "blank_between":
                lines.append("")
            out.append(Objective(aim, tuple(KeyResult(kr) for kr in krs)))
            k += 1
        lines.append("")
    return lines, Tree(tuple(out))


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    w = WORDS[lang]
    lines, out = [f"# {w.page}", ""], []
    for i in range(objectives):
        title = w.titles[i]
        if variant == "flat_plain_krs":  # a heading over unmeasured key results, no nesting
            krs, steps = _krs(lang, i, measured=False), ()
            lines += [f"## {title}", ""] + [f"* {kr}" for kr in krs]
        elif variant == "objective_marked":  # "## Objective: …" over items with nested steps
            krs, steps = _krs(lang, i, measured=False), w.steps[1:3]
            lines += [f"## {w.objective}{_colon(lang)}{title}", ""]
            for kr in krs:
                lines += [f"* {kr}"] + [f"  * {step}" for step in steps]
        elif variant == "measured_with_steps":  # measured key results over nested steps
            krs, steps = (w.krs[(2 * i) % 6], w.krs[(2 * i + 1) % 6]), w.steps[1:3]
            lines += [f"## {title}", ""]
            for kr in krs:
                lines += [f"* {kr}"] + [f"  * {step}" for step in steps]
        else:  # "linked_krs": key results written as links to issues on another site
            krs, steps = _krs(lang, i, measured=False), ()
            lines += [f"## {title}", ""]
            lines += [f"* [{kr}](https://example.org/issues/{10 + j})" for j, kr in enumerate(krs)]
        lines.append("")
        out.append(Objective(title, tuple(KeyResult(kr) for kr in krs)))
    return lines, Tree(tuple(out))


VARIANTS = {
    "target_labels": (
        "myst_label", "myst_label_scoped", "sphinx_label", "heading_attribute", "empty_anchor",
        "myst_over_title", "myst_over_bold", "sphinx_over_title",
    ),
    "category_headings": (
        "labels", "anchor_links", "no_intro", "no_labels", "blank_between", "some_measured",
    ),
    "category_near_misses": (
        "flat_plain_krs", "objective_marked", "measured_with_steps", "linked_krs",
    ),
}  # fmt: skip

ROUND = VariantRound(
    "after the forty-second",
    LANGUAGES,
    VARIANTS,
    {"target_labels": _labels, "category_headings": _categories, "category_near_misses": _near},
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
