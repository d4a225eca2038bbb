"""Generated pages of the thirty-third reader round (issue 15): OKR pages that carry their own
progress log (test-side only, never shipped). Families (each page's expected tree known by
construction):

- `record_sections`: a heading naming a progress record, alone or with its period, holds no
  objective and no key result, measured bullets and all: "#### Progress log" / "#### History"
  under "### KR1.1: …" headings, "### Updates" / "### Check-ins" under unmarked "## title"
  headings, "## November update" / "## Week 43 check-in" / "## Weekly update" after the
  objectives, "## Retro: what went well" / "## Next steps" / "## Learnings", a bold
  "**Progress log**" line after an objective's key results.
- `kr_fields`: field bullets under a key result, "  - Owner: @handle" beside "  - Last updated:
  2026-11-04" (the owner the key result's, no page footer), "Progress: 45%" (a score, Indonesian
  "Progres" too), "Status: …" (as written), "Confidence: …" (nothing).
- `dropped_marks`: a key result closed by "[descoped]", "(descartado)", "— gestrichen",
  "（已放弃）": its status as written, the mark no part of the title.
- `progress_near_misses` (read as before): an objective heading that says more than a record's
  name ("## Ship the November update to 40 teams", "## Updates to the billing flow"); a key result
  about check-ins ("Hold weekly check-ins with 12 teams"); an "Owner: Ana" line at the margin next
  to "Last updated: …" after an objective's key results (the page's footer, as before); "descoped"
  inside a key result's text.
"""

from __future__ import annotations

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("record_sections", "kr_fields", "dropped_marks", "progress_near_misses")
LANGUAGES = ("en", "es", "pt", "fr", "de", "zh", "ja")

LOG = {
    "en": ("Progress log", "History"), "es": ("Historial", "Actualizaciones"),
    "pt": ("Histórico", "Atualizações"), "fr": ("Journal de suivi", "Mises à jour"),
    "de": ("Verlauf", "Fortschrittsprotokoll"), "zh": ("更新记录", "进展记录"),
    "ja": ("更新履歴", "進捗ログ"),
}  # fmt: skip
PERIOD_UPDATE = {
    "en": ("November update", "Week 43 check-in", "Weekly update"),
    "es": ("Actualización de noviembre", "Semana 43: seguimiento", "Seguimiento semanal"),
    "pt": ("Atualização de novembro", "Semana 43 — check-in", "Atualização mensal"),
    "fr": ("Point de novembre", "Semaine 43 : point d'étape", "Point hebdomadaire"),
    "de": ("November-Update", "KW 43 Check-in", "Monatliches Update"),
    "zh": ("11 月进展", "第 43 周检查", "每周更新"),
    "ja": ("11月の進捗", "第43週のチェックイン", "週次チェックイン"),
}  # fmt: skip
RETRO = {
    "en": ("Retro: what didn't go well", "Next steps", "Learnings"),
    "es": ("Retro: qué no salió bien", "Próximos pasos", "Aprendizajes"),
    "pt": ("Retro: o que não deu certo", "Próximos passos", "Aprendizados"),
    "fr": ("Rétro : ce qui n'a pas marché", "Prochaines étapes", "Enseignements"),
    "de": ("Retro: was nicht gut lief", "Nächste Schritte", "Erkenntnisse"),
    "zh": ("复盘：做得不好的", "下一步", "经验教训"),
    "ja": ("振り返り：うまくいかなかったこと", "次のステップ", "学び"),
}  # fmt: skip
FIELDS = {  # owner, last updated, progress, status, confidence
    "en": ("Owner", "Last updated", "Progress", "Status", "Confidence"),
    "es": ("Responsable", "Última actualización", "Progreso", "Estado", "Confianza"),
    "pt": ("Responsável", "Última atualização", "Progresso", "Status", "Confiança"),
    "fr": ("Responsable", "Dernière mise à jour", "Progression", "Statut", "Confiance"),
    "de": ("Verantwortlich", "Zuletzt aktualisiert", "Fortschritt", "Status", "Zuversicht"),
    "zh": ("负责人", "最后更新", "进度", "状态", "信心"),
    "ja": ("担当者", "最終更新", "進捗", "ステータス", "自信度"),
}  # fmt: skip
ON_TRACK = {
    "en": "on track", "es": "en buen camino", "pt": "no caminho", "fr": "en bonne voie",
    "de": "im Plan", "zh": "正常", "ja": "順調",
}  # fmt: skip
DROPPED = {
    "en": "descoped", "es": "descartado", "pt": "descartada", "fr": "abandonné",
    "de": "gestrichen", "zh": "已放弃", "ja": "中止",
}  # fmt: skip
HANDLES = ("@maria", "@ben-k", "@chen_li")
# near misses: an objective heading that says more than a record's name, a key result about
# check-ins, a key result holding "descoped" in its text
MORE = {
    "en": ("Ship the November update to 40 teams", "Updates to the billing flow",
           "Hold weekly check-ins with 12 teams", "Halve the share of descoped tickets"),
    "es": ("Lanzar la actualización de noviembre a 40 equipos", "Actualizaciones del flujo de cobro",
           "Hacer seguimiento semanal con 12 equipos", "Reducir a la mitad los tickets descartados"),
    "pt": ("Lançar a atualização de novembro para 40 equipes", "Atualizações do fluxo de cobrança",
           "Fazer check-ins semanais com 12 equipes", "Reduzir pela metade os tickets descartados"),
    "fr": ("Livrer la mise à jour de novembre à 40 équipes", "Mises à jour du flux de facturation",
           "Tenir un point hebdomadaire avec 12 équipes", "Réduire de moitié les tickets abandonnés"),
    "de": ("Das November-Update an 40 Teams ausliefern", "Updates am Abrechnungsablauf",
           "Wöchentliche Check-ins mit 12 Teams halten", "Gestrichene Tickets um die Hälfte senken"),
    "zh": ("向 40 个团队发布 11 月更新", "计费流程的更新", "与 12 个团队每周检查一次",
           "已放弃的工单减少一半"),
    "ja": ("11月のアップデートを40チームに届ける", "請求フローの更新", "12チームと毎週チェックインする",
           "中止チケットを半分にする"),
}  # fmt: skip


def _c(lang: str) -> str:
    return "：" if lang in ("zh", "ja") else ": "


def _krs(t: Tree, **fields: object) -> Tree:
    return Tree(
        tuple(
            Objective(o.title, tuple(KeyResult(kr.text, **fields) for kr in o.key_results))  # type: ignore[arg-type]
            for o in t.objectives
        )
    )


def _record_sections(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w, c = WORDS[lang], _c(lang)
    lines = [f"# {w.page}", ""]
    dated = [f"- 2026-11-04{c}{w.krs[4]}", f"- 2026-11-11{c}12 → 15", ""]
    for i, o in enumerate(t.objectives, 1):
        if variant == "log_under_kr_headings":
            lines += [f"## O{i}{c}{o.title}", ""]
            for j, kr in enumerate(o.key_results, 1):
                lines += [f"### KR{i}.{j}{c}{kr.text}", "", f"#### {LOG[lang][j % 2]}", ""] + dated
            continue
        lines += [f"## {o.title}", ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
        if variant == "log_under_plain_headings":
            lines += [f"### {LOG[lang][i % 2]}", ""] + dated
        elif variant == "bold_log":
            lines += [f"**{LOG[lang][0]}**", ""] + dated
    if variant == "period_updates":
        for name in PERIOD_UPDATE[lang]:
            lines += [f"## {name}", "", f"- {w.krs[5]}", f"- {w.steps[2]}", ""]
    elif variant == "retro_sections":
        for k, name in enumerate(RETRO[lang]):
            lines += [f"## {name}", "", f"- {w.krs[4 + k % 2]}", ""]
    return lines, t


def _kr_fields(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w, c, f = WORDS[lang], _c(lang), FIELDS[lang]
    lines = [f"# {w.page}", ""]
    out = []
    k = 0
    for i, o in enumerate(t.objectives, 1):
        lines += [f"## O{i}{c}{o.title}", ""]
        krs = []
        for kr in o.key_results:
            h = HANDLES[k % 3]
            lines.append(f"- {kr.text}")
            if variant == "owner_beside_date":
                lines += [f"  - {f[0]}{c}{h}", f"  - {f[1]}{c}2026-11-04"]
                krs.append(KeyResult(kr.text, owner=h))
            elif variant == "date_then_owner":
                lines += [f"  - {f[1]}{c}2026-11-04", f"  - {f[0]}{c}{h}"]
                krs.append(KeyResult(kr.text, owner=h))
            else:  # every field: progress, confidence, status, owner, last updated
                lines += [f"  - {f[2]}{c}45%", f"  - {f[4]}{c}7/10"]
                lines += [f"  - {f[3]}{c}{ON_TRACK[lang]}", f"  - {f[0]}{c}{h}"]
                lines += [f"  - {f[1]}{c}2026-11-04"]
                krs.append(KeyResult(kr.text, owner=h, score=0.45, status=ON_TRACK[lang]))
            k += 1
        lines.append("")
        out.append(Objective(o.title, tuple(krs)))
    return lines, Tree(tuple(out))


def _dropped_marks(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w, c, d = WORDS[lang], _c(lang), DROPPED[lang]
    mark = {
        "brackets": f" [{d}]",
        "parentheses": f" （{d}）" if lang in ("zh", "ja") else f" ({d})",
        "dash": f" — {d}",
    }[variant]
    lines = [f"# {w.page}", ""]
    out = []
    k = 0
    for i, o in enumerate(t.objectives, 1):
        lines += [f"## O{i}{c}{o.title}", ""]
        krs = []
        for kr in o.key_results:
            lines.append(f"- {kr.text}" + (mark if k % 2 else ""))
            krs.append(KeyResult(kr.text, status=d if k % 2 else None))
            k += 1
        lines.append("")
        out.append(Objective(o.title, tuple(krs)))
    return lines, Tree(tuple(out))


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    w, c, m = WORDS[lang], _c(lang), MORE[lang]
    lines = [f"# {w.page}", ""]
    if variant == "objective_says_more":  # "## Ship the November update to 40 teams": objectives
        titles = [m[0], m[1], *[o.title for o in t.objectives]][:objectives]
        out = []
        for title, o in zip(titles, t.objectives, strict=True):
            lines += [f"## {title}", ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
            out.append(Objective(title, o.key_results))
        return lines, Tree(tuple(out))
    if variant == "kr_about_checkins":  # "- Hold weekly check-ins with 12 teams": a key result
        out = []
        for i, o in enumerate(t.objectives, 1):
            krs = (*o.key_results, KeyResult(m[2 + i % 2]))
            lines += [f"## O{i}{c}{o.title}", ""] + [f"- {kr.text}" for kr in krs] + [""]
            out.append(Objective(o.title, krs))
        return lines, Tree(tuple(out))
    # footer_owner: "Owner: Ana" at the margin beside "Last updated: …" after the key results
    for i, o in enumerate(t.objectives, 1):
        lines += [f"## O{i}{c}{o.title}", ""] + [f"- {kr.text}" for kr in o.key_results] + [""]
    lines += ["---", "", f"{FIELDS[lang][1]}{c}2026-11-04", f"{FIELDS[lang][0]}{c}Ana", ""]
    return lines, t


VARIANTS = {
    "record_sections": (
        "log_under_kr_headings", "log_under_plain_headings", "bold_log", "period_updates",
        "retro_sections",
    ),
    "kr_fields": ("owner_beside_date", "date_then_owner", "all_fields"),
    "dropped_marks": ("brackets", "parentheses", "dash"),
    "progress_near_misses": ("objective_says_more", "kr_about_checkins", "footer_owner"),
}  # fmt: skip

ROUND = VariantRound(
    "thirty-third",
    LANGUAGES,
    VARIANTS,
    {
        "record_sections": _record_sections,
        "kr_fields": _kr_fields,
        "dropped_marks": _dropped_marks,
        "progress_near_misses": _near,
    },
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
