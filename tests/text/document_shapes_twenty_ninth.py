"""Generated pages of the twenty-ninth round (issue 15): tagged objective lines under phase
headings (test-side only, never shipped).

The round-31 held-out document (a Chinese project goals file: "## Phase 1: 调研 + 研发（现在启动）"
headings, then plain lines "O1 [调研]: 摸清差距，制定路线 (Mia)", each an objective over its
"- KR1: …" bullets) was read as its three phases. Families (each page's expected tree known by
construction):

- `tagged_objectives`: phase, stage or milestone lines ("## Phase 1: …", "### Stage 2 — …",
  "**Milestone 1: …**"), a team line under some, a trigger line between phases; each objective
  a line with its id and a bracketed work-stream tag: "O1 [Tag]: title (owner)",
  "O1【标签】title（负责人）", "Objective 2 [Growth] — title (@owner)", with or without the owner;
  its key results as "- KR1: …" bullets, "KR1.1: …" lines or a "| KR | Key results |" table.
- `tagged_near_misses`: a roadmap (phase headings over plain task lists, some ticked "[x]", no
  objective line) reads as no objective since the thirty-first round (each phase heading over
  its tasks before; `cairn.text.outline_other_sections`); "[TODO]" / "[x]" task
  lines between objective lines are no objectives; objective lines with an id and no tag under
  phase headings read as before; a trailing parenthesis holding a figure and a comma ("(by Q3,
  2026)") stays in the title, no owner; a phase heading over tagged objective lines is never an
  objective (the positive family checks that on every page).
"""

from __future__ import annotations

from tests.text.document_shapes import (
    LANGUAGES as MARKERS,
)
from tests.text.document_shapes import (
    KeyResult,
    Objective,
    Tree,
    VariantRound,
)

FAMILIES = ("tagged_objectives", "tagged_near_misses")
LANGUAGES = ("en", "es", "pt", "de", "zh", "ja")

MARKS = ("colon", "lenticular", "word_dash")
OWNERS = ("owner", "none")
KR_STYLES = ("bullets", "kr_lines", "table")
PHASES = ("h2", "h3", "bold")
NEAR_MISSES = ("roadmap", "roadmap_ticked", "todo_lines", "untagged", "note_paren")
# a trailing parenthesis holding a figure and a comma: the title's note, no owner
NOTES = {
    "en": "(by Q3, 2026)",
    "es": "(antes del T3, 2026)",
    "pt": "(até o T3, 2026)",
    "de": "(bis Q3, 2026)",
    "zh": "（2026 年 Q3 前，分两步）",
    "ja": "（2026年Q3まで、2段階）",
}

# (phase word, stage word, milestone word), three phase names, a team line, a trigger line
PAGE = {
    "en": (("Phase", "Stage", "Milestone"), ("Research (starting now)", "Launch", "Operations"),
           "Team: Mia + Sam", "Phase 1→2 trigger: a full demo flow and the user's go-ahead"),
    "es": (("Fase", "Etapa", "Hito"), ("Investigación (empieza ya)", "Lanzamiento", "Operación"),
           "Equipo: Mia + Sam", "Paso de fase: una demo completa y el visto bueno del usuario"),
    "pt": (("Fase", "Etapa", "Marco"), ("Pesquisa (começa agora)", "Lançamento", "Operação"),
           "Equipe: Mia + Sam", "Gatilho da fase: uma demo completa e o aval do usuário"),
    "de": (("Phase", "Stufe", "Meilenstein"), ("Recherche (startet jetzt)", "Start", "Betrieb"),
           "Team: Mia + Sam", "Übergang: ein vollständiger Demo-Ablauf und die Freigabe des Nutzers"),
    "zh": (("Phase", "阶段", "里程碑"), ("调研 + 研发（现在启动）", "加入推广", "加入运营 + 支持"),
           "团队：Mia + Sam", "Phase 1→2 触发：完整 demo flow + 用户确认"),
    "ja": (("フェーズ", "ステージ", "マイルストーン"), ("調査と開発（今すぐ開始）", "ローンチ", "運用"),
           "チーム：Mia + Sam", "次のフェーズへの条件：デモの完成とユーザーの承認"),
}  # fmt: skip
# three objectives (tag, title, owner), each with two key results
OKRS = {
    "en": (("Research", "Map the gap and set the route", "Mia",
            ("Complete the feature gap matrix", "Publish a ranked roadmap")),
           ("Growth", "Build a market presence", "Ana",
            ("Publish 12 technical blog posts", "Reach 500 newsletter subscribers")),
           ("Support", "Close the feedback loop with users", "Sam",
            ("Answer every issue within 24 hours", "Cut open bugs from 40 to 10"))),
    "es": (("Investigación", "Medir la brecha y trazar la ruta", "Mia",
            ("Completar la matriz de brechas", "Publicar una hoja de ruta priorizada")),
           ("Crecimiento", "Construir presencia en el mercado", "Ana",
            ("Publicar 12 artículos técnicos", "Llegar a 500 suscriptores del boletín")),
           ("Soporte", "Cerrar el ciclo de opinión con los usuarios", "Sam",
            ("Responder cada incidencia en 24 horas", "Reducir los errores abiertos de 40 a 10"))),
    "pt": (("Pesquisa", "Medir a lacuna e traçar a rota", "Mia",
            ("Concluir a matriz de lacunas", "Publicar um roteiro priorizado")),
           ("Crescimento", "Construir presença no mercado", "Ana",
            ("Publicar 12 artigos técnicos", "Chegar a 500 assinantes da newsletter")),
           ("Suporte", "Fechar o ciclo de feedback com os usuários", "Sam",
            ("Responder cada chamado em 24 horas", "Reduzir os bugs abertos de 40 para 10"))),
    "de": (("Recherche", "Die Lücke vermessen und den Weg festlegen", "Mia",
            ("Die Lückenmatrix fertigstellen", "Eine priorisierte Roadmap veröffentlichen")),
           ("Wachstum", "Eine Marktpräsenz aufbauen", "Ana",
            ("12 technische Blogartikel veröffentlichen", "500 Newsletter-Abonnenten erreichen")),
           ("Support", "Den Feedback-Kreislauf mit Nutzern schließen", "Sam",
            ("Jedes Ticket binnen 24 Stunden beantworten", "Offene Fehler von 40 auf 10 senken"))),
    "zh": (("调研", "摸清差距，制定路线", "Mia",
            ("完成功能差距矩阵", "输出优先级排序 Roadmap")),
           ("推广", "建立市场存在感", "新成员",
            ("发布 12 篇技术博客", "订阅用户达到 500")),
           ("支持", "用户响应与反馈闭环", "新成员/Mia兼",
            ("所有 issue 24 小时内响应", "未关闭 bug 从 40 降到 10"))),
    "ja": (("調査", "差を把握して道筋を決める", "Mia",
            ("機能差分マトリクスを完成させる", "優先順位付きロードマップを公開する")),
           ("成長", "市場での存在感を築く", "佐藤",
            ("技術ブログを12本公開する", "ニュースレター購読者を500人にする")),
           ("サポート", "ユーザーとのフィードバックの輪を閉じる", "Sam",
            ("すべての問い合わせに24時間以内に返信する", "未解決バグを40件から10件に減らす"))),
}  # fmt: skip
# a roadmap's tasks under each phase, and two task lines tagged "[TODO]" / "[x]"
TASKS = {
    "en": (("Build the comparison page", "Write the setup guide"), ("Record the demo video", "Submit to Product Hunt"),
           ("Open the Discord server", "Send the first newsletter"), ("Book the offsite", "Set up CI")),
    "es": (("Crear la página comparativa", "Escribir la guía de instalación"), ("Grabar el video de demo", "Enviar a Product Hunt"),
           ("Abrir el servidor de Discord", "Enviar el primer boletín"), ("Reservar el retiro", "Configurar la CI")),
    "pt": (("Criar a página comparativa", "Escrever o guia de instalação"), ("Gravar o vídeo de demo", "Enviar ao Product Hunt"),
           ("Abrir o servidor do Discord", "Enviar a primeira newsletter"), ("Reservar o offsite", "Configurar a CI")),
    "de": (("Die Vergleichsseite bauen", "Die Installationsanleitung schreiben"), ("Das Demovideo aufnehmen", "Bei Product Hunt einreichen"),
           ("Den Discord-Server eröffnen", "Den ersten Newsletter versenden"), ("Das Offsite buchen", "Die CI einrichten")),
    "zh": (("搭建对比页面", "编写安装指南"), ("录制演示视频", "提交到 Product Hunt"),
           ("开通 Discord 服务器", "发送第一期 newsletter"), ("预订团建场地", "配置 CI")),
    "ja": (("比較ページを作る", "セットアップガイドを書く"), ("デモ動画を撮る", "Product Huntに投稿する"),
           ("Discordサーバーを開く", "最初のニュースレターを送る"), ("オフサイトを予約する", "CIを設定する")),
}  # fmt: skip
_CJK = ("zh", "ja")


def _phase(lang: str, style: str, n: int, name: str) -> list[str]:
    words = PAGE[lang][0]
    colon = "：" if lang in _CJK and style != "h2" else ": "
    if style == "h2":
        return [f"## {words[0]} {n}{colon}{name}", ""]
    if style == "h3":
        return [f"### {words[1]} {n} — {name}", ""]
    return [f"**{words[2]} {n}{colon}{name}**", ""]


def _objective_line(lang: str, mark: str, n: int, tag: str, title: str, owner: str | None) -> str:
    if mark == "colon":
        return f"O{n} [{tag}]: {title}" + (f" ({owner})" if owner else "")
    if mark == "lenticular":
        return f"O{n}【{tag}】{title}" + (f"（{owner}）" if owner else "")
    word = MARKERS[lang][0]
    return f"{word} {n} [{tag}] — {title}" + (f" (@{owner})" if owner else "")


def _key_results(lang: str, style: str, n: int, krs: tuple[str, ...]) -> list[str]:
    if style == "bullets":
        return [f"- KR{j}: {kr}" for j, kr in enumerate(krs, 1)]
    if style == "kr_lines":
        return [f"KR{n}.{j}: {kr}" for j, kr in enumerate(krs, 1)]
    header = MARKERS[lang][2]
    rows = [f"| KR{j} | {kr} |" for j, kr in enumerate(krs, 1)]
    return ["", f"| KR | {header} |", "|---|---|", *rows]


def _positive(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    mark, owned, kr_style, phase = variant.split("/")
    _, names, team, trigger = PAGE[lang]
    lines = ["# Project Goals" if lang not in _CJK else "# 项目目标", ""]
    found = []
    for i, (tag, title, owner, krs) in enumerate(OKRS[lang][:objectives]):
        if i < 2:  # the first two objectives in phase 1, the third in phase 2
            lines += _phase(lang, phase, 1, names[0]) + [team, ""] if i == 0 else []
        else:
            lines += [trigger, ""] + _phase(lang, phase, 2, names[1])
        who = owner if owned == "owner" else None
        if who and mark == "word_dash":
            who = "".join(c for c in who if c.isalnum()).lower()  # a handle: one word
        lines.append(_objective_line(lang, mark, i + 1, tag, title, who))
        lines += _key_results(lang, kr_style, i + 1, krs) + [""]
        found.append(Objective(title, tuple(KeyResult(k) for k in krs), owner=who))
    return lines, Tree(tuple(found))


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    _, names, team, trigger = PAGE[lang]
    lines = ["# Roadmap", ""]
    if variant.startswith("roadmap"):
        for i in range(objectives):
            heading = _phase(lang, ("h2", "h3")[i % 2], i + 1, names[i])
            ticks = ("[x] ", "[ ] ") if variant == "roadmap_ticked" else ("", "")
            tasks = TASKS[lang][i]
            lines += heading + [f"- {t}{task}" for t, task in zip(ticks, tasks, strict=True)] + [""]
        # a roadmap's phases over their tasks are no objectives (thirty-first round)
        return lines, Tree(())
    lines = ["# Project Goals", ""] + _phase(lang, "h2", 1, names[0]) + [team, ""]
    found = []
    for i, (tag, title, owner, krs) in enumerate(OKRS[lang][:objectives]):
        if variant == "untagged":  # no tag: read as before this round (no owner written)
            lines.append(f"O{i + 1}: {title}")
        elif variant == "note_paren":
            title = f"{title} {NOTES[lang]}" if lang not in _CJK else title + NOTES[lang]
            lines.append(f"O{i + 1} [{tag}]: {title}")
        else:
            lines.append(_objective_line(lang, "colon", i + 1, tag, title, owner))
        lines += _key_results(lang, "bullets", i + 1, krs) + [""]
        if variant == "todo_lines" and i == 0:
            todo, done = TASKS[lang][3]
            lines += [f"[TODO] {todo}", f"[x] {done}", ""]
        who = None if variant in ("untagged", "note_paren") else owner
        found.append(Objective(title, tuple(KeyResult(k) for k in krs), owner=who))
    return lines, Tree(tuple(found))


VARIANTS = {
    "tagged_objectives": tuple(
        f"{m}/{o}/{k}/{p}" for m in MARKS for o in OWNERS for k in KR_STYLES for p in PHASES
    ),
    "tagged_near_misses": NEAR_MISSES,
}

ROUND = VariantRound(
    "twenty-ninth",
    LANGUAGES,
    VARIANTS,
    {"tagged_objectives": _positive, "tagged_near_misses": _near},
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main


if __name__ == "__main__":
    main(show=True)
