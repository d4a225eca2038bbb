"""Generated pages of the thirtieth round (issue 15): an OKR section of marked objectives beside
unmarked objective lines in other sections, and numbered bold titles in an OKR table's cells
(test-side only, never shipped).

Round 32's held-out documents: a Chinese project plan whose "## 4.2 目标拆解（OKR 风格）" holds
four "### On：…" headings over "- KRn：…" bullets, while its roadmap's phase headings each hold a
"目标：…" line over a "交付：" list (read as three more objectives); a Korean PRD whose OKR table
writes each objective as a wholly bold "**1. …**" cell beside "KR 1.1: …<br>KR 1.2: …" (the "1. "
stayed in the title). Families (each page's expected tree known by construction):

- `okr_sections`: numbered context sections, an OKR section whose objectives carry their id
  ("### O1：…", "**Objective 1:** …", "O1: …" lines, "### Objective 1 — …"), each over "- KR1: …"
  bullets, and a roadmap whose phases ("## Phase A: …" beside it, or "### …" under it) each hold
  an "Objective: …" line (no id) over a deliverables list, before or after the OKR section: only
  the marked objectives are read.
- `okr_section_near_misses`: two OKR sections (two quarters, ids restarting) keep all their
  objectives; a page that marks no objective with an id, or one only, reads every "Objective: …"
  line as before; an unmarked objective inside the OKR section itself is kept; where the marked
  objectives' key results sit under a "**Key results:**" header (not "KR1:" each), or the other
  sections' objective lines have their own "**Key results:**" header, or another section's
  objective line stands right over its bullets, every objective is kept.
- `bold_numbered_cells`: "| Objective | Key Results |" tables whose objective cells are wholly
  bold "**1. …**" / "**1) …**" titles, the key results "KR 1.1: …<br>KR 1.2: …" or "KR1: …<br>…":
  the number is the objective's id, not its title.
- `bold_cell_near_misses`: a bold title starting with a count ("**3 new markets …**") or a
  decimal figure ("**1.5x …**") keeps it; "**O1. …**" reads as before (the marker and id off).
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

FAMILIES = (
    "okr_sections",
    "okr_section_near_misses",
    "bold_numbered_cells",
    "bold_cell_near_misses",
)
LANGUAGES = ("en", "es", "pt", "de", "fr", "zh", "ja", "ko")
_CJK = ("zh", "ja", "ko")

# three objectives, each with two key results
OKRS = {
    "en": (("Make the recall service production-ready", ("Raise recall accuracy to 97%", "Cut p95 latency to 200 ms")),
           ("Ship releases on a steady train", ("Release every two weeks for 6 months", "Keep rollback time under 10 minutes")),
           ("Keep tech debt under control", ("Cut open bugs from 40 to 10", "Raise test coverage to 80%"))),
    "es": (("Dejar el servicio listo para producción", ("Subir la precisión al 97%", "Reducir la latencia p95 a 200 ms")),
           ("Publicar versiones con ritmo estable", ("Publicar cada dos semanas durante 6 meses", "Mantener la reversión por debajo de 10 minutos")),
           ("Mantener la deuda técnica bajo control", ("Reducir los errores abiertos de 40 a 10", "Subir la cobertura de pruebas al 80%"))),
    "pt": (("Deixar o serviço pronto para produção", ("Aumentar a precisão para 97%", "Reduzir a latência p95 para 200 ms")),
           ("Publicar versões num ritmo estável", ("Publicar a cada duas semanas por 6 meses", "Manter o rollback abaixo de 10 minutos")),
           ("Manter a dívida técnica sob controle", ("Reduzir os bugs abertos de 40 para 10", "Aumentar a cobertura de testes para 80%"))),
    "de": (("Den Dienst produktionsreif machen", ("Trefferquote auf 97% steigern", "p95-Latenz auf 200 ms senken")),
           ("Releases in festem Takt ausliefern", ("Alle zwei Wochen ein Release für 6 Monate", "Rollback-Zeit unter 10 Minuten halten")),
           ("Technische Schulden im Griff behalten", ("Offene Fehler von 40 auf 10 senken", "Testabdeckung auf 80% steigern"))),
    "fr": (("Rendre le service prêt pour la production", ("Porter la précision à 97%", "Réduire la latence p95 à 200 ms")),
           ("Livrer les versions à un rythme régulier", ("Livrer toutes les deux semaines pendant 6 mois", "Garder le retour arrière sous 10 minutes")),
           ("Garder la dette technique sous contrôle", ("Réduire les bugs ouverts de 40 à 10", "Porter la couverture de tests à 80%"))),
    "zh": (("连续性可用性达到稳定生产水位（2026 Q2）", ("项目进展类问题召回准确率 >= 97%", "p95 延迟降到 200 ms")),
           ("发布节奏稳定（2026 Q2-Q3）", ("6 个月内每两周发布一次", "回滚时间控制在 10 分钟以内")),
           ("技术债可控，迭代效率持续提升（2026 Q3）", ("未关闭 bug 从 40 降到 10", "测试覆盖率提升到 80%"))),
    "ja": (("検索サービスを本番品質にする", ("検索精度を97%に上げる", "p95レイテンシを200msに下げる")),
           ("安定したリズムでリリースする", ("6か月間2週間ごとにリリースする", "ロールバック時間を10分未満に保つ")),
           ("技術的負債を管理する", ("未解決バグを40件から10件に減らす", "テストカバレッジを80%に上げる"))),
    "ko": (("관광약자(시니어, 영유아)의 여행 만족도 극대화", ("사용자 만족도 점수 4.5/5.0 달성", "응답 시간을 200ms로 단축")),
           ("관광객의 '읍면 지역' 분산 유도", ("읍면 지역 방문 비율 30% 달성", "혼잡 지역 추천 비율 10% 미만 유지")),
           ("성공적인 MVP 출시", ("3개월 내 핵심 기능 4개 배포 완료", "베타 사용자 500명 확보"))),
}  # fmt: skip
# (plan title, context section, its sentence, OKR section, roadmap section, phase word,
#  deliverables word, (two phase names), (two phase objective sentences), (two tasks))
PAGE = {
    "en": ("Project plan", "Scope", "This plan sets the course for the next two quarters.", "Goals (OKR)",
           "Roadmap", "Phase", "Deliverables", ("Release hardening", "Continuity uplift"),
           ("Turn the built features into releasable ones.", "Move continuity from usable to reliable."),
           ("Split the pending changes into batches", "Align the README and the runbook")),
    "es": ("Plan del proyecto", "Alcance", "Este plan marca el rumbo de los próximos dos trimestres.", "Objetivos (OKR)",
           "Hoja de ruta", "Fase", "Entregables", ("Cierre de versión", "Mejora de continuidad"),
           ("Convertir las funciones hechas en funciones publicables.", "Llevar la continuidad de usable a fiable."),
           ("Dividir los cambios pendientes en lotes", "Alinear el README y el manual")),
    "pt": ("Plano do projeto", "Escopo", "Este plano define o rumo dos próximos dois trimestres.", "Objetivos (OKR)",
           "Roteiro", "Fase", "Entregas", ("Fechamento da versão", "Melhoria de continuidade"),
           ("Transformar as funções prontas em funções publicáveis.", "Levar a continuidade de usável a confiável."),
           ("Dividir as mudanças pendentes em lotes", "Alinhar o README e o manual")),
    "de": ("Projektplan", "Umfang", "Dieser Plan legt den Kurs für die nächsten zwei Quartale fest.", "Ziele (OKR)",
           "Fahrplan", "Phase", "Lieferungen", ("Release-Härtung", "Kontinuität verbessern"),
           ("Die gebauten Funktionen releasefähig machen.", "Die Kontinuität von nutzbar zu verlässlich bringen."),
           ("Die offenen Änderungen in Pakete teilen", "README und Runbook angleichen")),
    "fr": ("Plan du projet", "Périmètre", "Ce plan fixe le cap des deux prochains trimestres.", "Objectifs (OKR)",
           "Feuille de route", "Phase", "Livrables", ("Stabilisation de la version", "Continuité renforcée"),
           ("Transformer les fonctions livrées en fonctions publiables.", "Faire passer la continuité d'utilisable à fiable."),
           ("Découper les changements en lots", "Aligner le README et le manuel")),
    "zh": ("项目总控规划", "文档定位", "本文档是项目在未来两个季度的总控规划。", "目标拆解（OKR 风格）",
           "3 阶段路线图", "阶段", "交付", ("发布收口与生产稳定化", "连续性效果拉升"),
           ("把“已实现能力”收口为“可发布能力”。", "把 continuity 从“可用”提升到“高命中、低噪声”。"),
           ("完成当前大改动分批提交", "README 与 runbook 口径统一")),
    "ja": ("プロジェクト計画", "位置づけ", "この計画は次の2四半期の方針を定める。", "目標と成果指標（OKR）",
           "ロードマップ", "フェーズ", "成果物", ("リリースの仕上げ", "継続性の向上"),
           ("実装済みの機能をリリースできる形にする。", "継続性を使える状態から信頼できる状態にする。"),
           ("保留中の変更を分けてコミットする", "READMEと手順書をそろえる")),
    "ko": ("프로젝트 계획", "개요", "이 문서는 다음 두 분기의 방향을 정한다.", "목표 및 핵심 성과 지표 (OKR)",
           "로드맵", "단계", "산출물", ("릴리스 안정화", "연속성 향상"),
           ("구현된 기능을 배포 가능한 기능으로 만든다.", "연속성을 사용 가능에서 신뢰 가능으로 높인다."),
           ("대기 중인 변경을 나누어 커밋", "README와 운영 문서 정리")),
}  # fmt: skip
# a bold title starting with a count, and one starting with a decimal figure
FIGURE_TITLES = {
    "en": ("3 new markets opened in Asia", "1.5x faster checkout for every shopper"),
    "es": ("3 nuevos mercados abiertos en Asia", "1.5x más rápido en el pago"),
    "pt": ("3 novos mercados abertos na Ásia", "1.5x mais rápido no checkout"),
    "de": ("3 neue Märkte in Asien erschließen", "1.5x schnellerer Checkout für alle"),
    "fr": ("3 nouveaux marchés ouverts en Asie", "1.5x plus rapide au paiement"),
    "zh": ("3 个亚洲新市场落地", "1.5 倍更快的结账体验"),
    "ja": ("3つのアジア新市場を開く", "1.5倍速いチェックアウト"),
    "ko": ("3개 아시아 신규 시장 진출", "1.5배 빠른 결제 경험"),
}  # fmt: skip


def _colon(lang: str) -> str:
    return "：" if lang in ("zh", "ja") else ": "


def _marked(lang: str, style: str, n: int, title: str) -> str:
    word, colon = MARKERS[lang][0], _colon(lang)
    if style == "h3_o":
        return f"### O{n}{colon}{title}"
    if style == "bold_word":
        return f"**{word} {n}:** {title}"
    if style == "plain_o":
        return f"O{n}{colon}{title}"
    return f"### {word} {n} — {title}"


def _krs(lang: str, krs: tuple[str, ...]) -> list[str]:
    return [f"- KR{j}{_colon(lang)}{kr}" for j, kr in enumerate(krs, 1)]


def _okr_block(lang: str, style: str, okrs: tuple) -> tuple[list[str], list[Objective]]:
    lines, found = [], []
    for i, (title, krs) in enumerate(okrs, 1):
        lines += [_marked(lang, style, i, title), *_krs(lang, krs), ""]
        found.append(Objective(title, tuple(KeyResult(k) for k in krs)))
    return lines, found


def _roadmap(lang: str, phases: str, number: int, tasks: str = "deliverables") -> list[str]:
    page = PAGE[lang]
    word, colon = MARKERS[lang][0], _colon(lang)
    lines = [f"## {number}. {page[4]}", ""]
    for k, (name, aim) in enumerate(zip(page[7], page[8], strict=True)):
        level = "##" if phases == "h2" else "###"
        lines += [f"{level} {page[5]} {'AB'[k]}{colon}{name}", "", f"{word}{colon}{aim}", ""]
        if tasks == "deliverables":
            lines += [
                f"{page[6]}{colon.rstrip()}",
                *(f"{j}. {t}" for j, t in enumerate(page[9], 1)),
                "",
            ]
        elif tasks == "kr_header":  # its own key results, under a "**Key results:**" header
            lines += [f"**{MARKERS[lang][2]}{colon.rstrip()}**", *(f"- {t}" for t in page[9]), ""]
    return lines


def _head(lang: str) -> list[str]:
    page = PAGE[lang]
    return [f"# {page[0]}", "", f"## 1. {page[1]}", "", page[2], ""]


def _sections(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    style, phases, place = variant.split("/")
    okrs = OKRS[lang][:objectives]
    block, found = _okr_block(lang, style, okrs)
    if place == "before":
        lines = _head(lang) + [f"## 2. {PAGE[lang][3]}", "", *block] + _roadmap(lang, phases, 3)
    else:
        lines = _head(lang) + _roadmap(lang, phases, 2) + [f"## 3. {PAGE[lang][3]}", "", *block]
    return lines, Tree(tuple(found))


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    okrs = OKRS[lang][:objectives]
    word, colon = MARKERS[lang][0], _colon(lang)
    lines = _head(lang)
    if variant == "two_quarters":
        found = []
        # the ids restart in the second quarter; its objectives are others (one title twice
        # on a page is one objective, read once since earlier rounds)
        for q, okr in ((1, OKRS[lang][:2]), (2, OKRS[lang][2:])):
            block, objs = _okr_block(lang, "h3_o", okr)
            lines += [f"## Q{q} OKR", "", *block]
            found += objs
        return lines, Tree(tuple(found))
    aims = [Objective(aim, ()) for aim in PAGE[lang][8]]
    tasked = [Objective(aim, tuple(KeyResult(t) for t in PAGE[lang][9])) for aim in PAGE[lang][8]]
    if variant == "direct_bullets":
        # another section's objective line with no id right over its bullets (no other label
        # between): kept, as the mixed import benchmark's objectives beside "**Objective 6:**"
        block, found = _okr_block(lang, "h3_o", okrs[:2])
        title, krs = OKRS[lang][2]
        lines += [f"## 2. {PAGE[lang][3]}", "", *block, f"## 3. {PAGE[lang][4]}", ""]
        lines += [f"{word}{colon}{title}", *(f"- {kr}" for kr in krs), ""]
        return lines, Tree((*found, Objective(title, tuple(KeyResult(k) for k in krs))))
    if variant in ("headed_krs", "own_kr_header"):
        # the marked objectives' key results under a header, not marked one by one; or the
        # roadmap's objectives over their own "**Key results:**" header: all read as before
        lines += [f"## 2. {PAGE[lang][3]}", ""]
        found = []
        for i, (title, krs) in enumerate(okrs, 1):
            if variant == "headed_krs":
                head = [f"### O{i}{colon}{title}", "", f"**{MARKERS[lang][2]}{colon.rstrip()}**"]
                lines += [*head, *(f"{j}. {kr}" for j, kr in enumerate(krs, 1)), ""]
            else:
                lines += [f"### O{i}{colon}{title}", *_krs(lang, krs), ""]
            found.append(Objective(title, tuple(KeyResult(k) for k in krs)))
        tasks = "deliverables" if variant == "headed_krs" else "kr_header"
        return lines + _roadmap(lang, "h2", 3, tasks), Tree(tuple(found + tasked))
    if variant in ("no_ids", "one_id"):
        lines += [f"## 2. {PAGE[lang][3]}", ""]
        found = []
        for i, (title, krs) in enumerate(okrs, 1):
            head = (
                f"O{i}{colon}{title}" if variant == "one_id" and i == 1 else f"{word}{colon}{title}"
            )
            lines += [head, *_krs(lang, krs), ""]
            found.append(Objective(title, tuple(KeyResult(k) for k in krs)))
        lines += _roadmap(lang, "h2", 3, tasks="")
        return lines, Tree(tuple(found + aims))
    # same_section: an unmarked objective inside the OKR section is kept
    block, found = _okr_block(lang, "plain_o", okrs)
    extra, extra_krs = OKRS[lang][2] if objectives < 3 else (PAGE[lang][8][0], OKRS[lang][0][1])
    lines += [
        f"## 2. {PAGE[lang][3]}",
        "",
        *block,
        f"{word}{colon}{extra}",
        *_krs(lang, extra_krs),
        "",
    ]
    lines += _roadmap(lang, "h2", 3, tasks="")
    found.append(Objective(extra, tuple(KeyResult(k) for k in extra_krs)))
    return lines, Tree(tuple(found))


def _table(lang: str, header: str, rule: str, rows: list[tuple[str, str]]) -> list[str]:
    word, _, krs_word = MARKERS[lang]
    if header == "bilingual":
        head = f"| Objective ({word}) | Key Results ({krs_word}) |"
    else:
        head = f"| {word} | {krs_word} |"
    sep = "| :--- | :--- |" if rule == "aligned" else "|---|---|"
    return [f"## 2. {PAGE[lang][3]}", "", head, sep, *(f"| {a} | {b} |" for a, b in rows), ""]


def _cells(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    number, kr_style, header, rule = variant.split("/")
    rows, found = [], []
    for i, (title, krs) in enumerate(OKRS[lang][:objectives], 1):
        if kr_style == "dotted":
            joined = "<br>".join(f"KR {i}.{j}: {kr}" for j, kr in enumerate(krs, 1))
        else:
            joined = "<br>".join(f"KR{j}: {kr}" for j, kr in enumerate(krs, 1))
        rows.append((f"**{i}{'.' if number == 'dot' else ')'} {title}**", joined))
        found.append(Objective(title, tuple(KeyResult(k) for k in krs)))
    lines = (
        _head(lang)
        + _table(lang, header, rule, rows)
        + [f"## 3. {PAGE[lang][4]}", "", PAGE[lang][2]]
    )
    return lines, Tree(tuple(found))


def _cell_near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    rows, found = [], []
    for i, (title, krs) in enumerate(OKRS[lang][:objectives], 1):
        if variant == "o_marker":
            cell = f"**O{i}. {title}**"
        else:
            title = FIGURE_TITLES[lang][0 if variant == "count_title" else 1] if i == 1 else title
            cell = f"**{title}**"
        rows.append((cell, "<br>".join(f"KR {i}.{j}: {kr}" for j, kr in enumerate(krs, 1))))
        found.append(Objective(title, tuple(KeyResult(k) for k in krs)))
    return _head(lang) + _table(lang, "bilingual", "aligned", rows), Tree(tuple(found))


VARIANTS = {
    "okr_sections": tuple(
        f"{s}/{p}/{w}"
        for s in ("h3_o", "bold_word", "plain_o", "h3_word")
        for p in ("h2", "h3")
        for w in ("before", "after")
    ),
    "okr_section_near_misses": (
        "two_quarters",
        "no_ids",
        "one_id",
        "same_section",
        "headed_krs",
        "own_kr_header",
        "direct_bullets",
    ),
    "bold_numbered_cells": tuple(
        f"{n}/{k}/{h}/{r}"
        for n in ("dot", "paren")
        for k in ("dotted", "plain")
        for h in ("bilingual", "native")
        for r in ("aligned", "plain")
    ),
    "bold_cell_near_misses": ("count_title", "decimal_title", "o_marker"),
}
_PAGES = {
    "okr_sections": _sections,
    "okr_section_near_misses": _near,
    "bold_numbered_cells": _cells,
    "bold_cell_near_misses": _cell_near,
}


ROUND = VariantRound("thirtieth", LANGUAGES, VARIANTS, _PAGES)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main


if __name__ == "__main__":
    main(show=True)
