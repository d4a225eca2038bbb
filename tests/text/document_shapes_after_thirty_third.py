"""Generated pages of the reader after round 33's first run (issue 15): a key result's progress or
status written after a dash that closes its line (test-side only, never shipped). Families (each
page's expected tree known by construction):

- `dash_progress`: " — N%" after a key result that opens with a verb of completion ("Complete
  the billing page — 60%", "Hoàn thành trang thanh toán — 60%", "完成计费页面 — 60%"), after one
  that already holds its measure ("Reach 40 weekly active teams – 40%"), after sibling sentences
  one of which is complete ("UI/UX đạt chuẩn chuyên nghiệp — 100%" under "Hoàn thành … — 100%"),
  and the round-33 page's own shape ("**Objective N**: title" over "- KRn: … — 100%"): the
  score N/100, no part of the title.
- `dash_status`: " — <status word>" in the language ("— confirmed", "— đã xong", "— 完成", "—
  bestätigt", "– hecho"): the status as written, no part of the title.
- `dash_near_misses`: a metric label then its target ("Conversion rate – 3%", also two such
  siblings), a change then its amount ("Grow MAU — 20%"), a target after a preposition ("Reduce
  churn — to 5%"), a number without "%" ("NPS — 40"), a range ("Tasa de conversión 2 - 3%"):
  kept in the title, no score.
"""

from __future__ import annotations

import re

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("dash_progress", "dash_status", "dash_near_misses")
LANGUAGES = ("en", "es", "pt", "de", "fr", "vi", "zh", "ko")

# key results that open (or, in German, close) with a verb of completion, without a number
DONE = {
    "en": ("Complete the billing page", "Ship the onboarding flow", "Launch the partner portal"),
    "es": ("Terminar la página de facturación", "Lanzar el portal de socios",
           "Completar la revisión de seguridad"),
    "pt": ("Concluir a página de cobrança", "Lançar o portal de parceiros",
           "Completar a revisão de segurança"),
    "de": ("Die Abrechnungsseite fertigstellen", "Das Partnerportal veröffentlichen",
           "Den Sicherheitsaudit abschließen"),
    "fr": ("Terminer la page de facturation", "Lancer le portail partenaires",
           "Achever la revue de sécurité"),
    "vi": ("Hoàn thành trang thanh toán", "Ra mắt cổng đối tác", "Hoàn tất đánh giá bảo mật"),
    "zh": ("完成计费页面", "上线合作伙伴门户", "完成安全审查"),
    "ko": ("결제 페이지 완료", "파트너 포털 출시", "보안 검토 완료"),
}  # fmt: skip
# sibling sentences without a verb of completion or change, and without a number
READY = {
    "en": ("UI meets the design standard", "Brand identity and website ready",
           "Sales materials ready for partners"),
    "es": ("La UI cumple el estándar de diseño", "Identidad de marca y web listas",
           "Materiales de venta listos para socios"),
    "pt": ("A UI atende ao padrão de design", "Identidade de marca e site prontos",
           "Materiais de vendas prontos para parceiros"),
    "de": ("Die UI erfüllt den Designstandard", "Markenauftritt und Website bereit",
           "Vertriebsunterlagen für Partner bereit"),
    "fr": ("L'UI respecte la charte graphique", "Identité de marque et site prêts",
           "Supports de vente prêts pour les partenaires"),
    "vi": ("UI/UX đạt chuẩn chuyên nghiệp", "Brand identity và website sẵn sàng",
           "Tài liệu bán hàng sẵn sàng"),
    "zh": ("界面达到专业设计标准", "品牌形象和官网准备就绪", "销售材料为合作伙伴准备好"),
    "ko": ("UI가 디자인 기준을 충족함", "브랜드 아이덴티티와 웹사이트 준비", "파트너용 영업 자료 준비"),
}  # fmt: skip
STATUS = {
    "en": ("confirmed", "done"), "es": ("confirmado", "hecho"), "pt": ("confirmado", "concluído"),
    "de": ("bestätigt", "erledigt"), "fr": ("confirmé", "terminé"), "vi": ("đã xong", "đã xác nhận"),
    "zh": ("完成", "已确认"), "ko": ("완료", "확정"),
}  # fmt: skip
# a metric label (two), a change without its amount, a target after a preposition, a metric
NEAR = {
    "en": ("Conversion rate", "Churn rate", "Grow MAU", "Reduce churn — to 5%", "Conversion"),
    "es": ("Tasa de conversión", "Tasa de abandono", "Aumentar los MAU",
           "Reducir el churn — al 5%", "Tasa de conversión"),
    "pt": ("Taxa de conversão", "Taxa de cancelamento", "Aumentar os MAU",
           "Reduzir o churn — para 5%", "Taxa de conversão"),
    "de": ("Konversionsrate", "Abwanderungsrate", "MAU steigern", "Churn senken — auf 5%",
           "Konversionsrate"),
    "fr": ("Taux de conversion", "Taux d'attrition", "Augmenter les MAU",
           "Réduire le churn — à 5%", "Taux de conversion"),
    "vi": ("Tỷ lệ chuyển đổi", "Tỷ lệ rời bỏ", "Tăng MAU", "Giảm churn — xuống 5%",
           "Tỷ lệ chuyển đổi"),
    "zh": ("转化率", "流失率", "提升月活", "降低流失率 — 至 5%", "转化率"),
    "ko": ("전환율", "이탈률", "MAU 증가", "이탈률 감소 — 5%까지", "전환율"),
}  # fmt: skip
DASHES = ("—", "–", "-")
_MEASURE = re.compile(r"(?<![\w.])\d")


def _page(lang: str, objectives: list[Objective], krs: list[list[str]]) -> list[str]:
    lines = [f"# {WORDS[lang].page}", ""]
    for o, texts in zip(objectives, krs, strict=True):
        lines += [f"## {o.title}", ""] + [f"- {text}" for text in texts] + [""]
    return lines


def _progress(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    out, lines_of = [], []
    for i, o in enumerate(t.objectives):
        dash, share = DASHES[i % 3], (60, 100, 35)[i % 3]
        if variant == "complete_verb":
            first = DONE[lang][i]
            krs = (KeyResult(first, score=share / 100), o.key_results[1])
            texts = [f"{first} {dash} {share}%", o.key_results[1].text]
        elif variant == "measured":
            first = next(kr.text for kr in o.key_results if _MEASURE.search(kr.text))
            krs = (KeyResult(first, score=share / 100),)
            texts = [f"{first} — {share}%"]
        else:  # siblings, and the round-33 page's "- KRn: … — 100%" under "**Objective N**:"
            krs = (KeyResult(DONE[lang][i], score=1.0), KeyResult(READY[lang][i], score=0.4))
            texts = [f"{DONE[lang][i]} {dash} 100%", f"{READY[lang][i]} {dash} 40%"]
            if variant == "bold_labels":
                texts = [f"KR{j}: {text}" for j, text in enumerate(texts, 1)]
        out.append(Objective(o.title, krs))
        lines_of.append(texts)
    if variant != "bold_labels":
        return _page(lang, out, lines_of), Tree(tuple(out))
    lines = [f"# {WORDS[lang].page}", "", "### OKRs — Q2/2026", ""]
    for i, (o, texts) in enumerate(zip(out, lines_of, strict=True), 1):
        lines += [f"**{WORDS[lang].objective} {i}**: {o.title}", ""]
        lines += [f"- {text}" for text in texts] + [""]
    return lines, Tree(tuple(out))


def _status(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    dash = "—" if variant == "em_dash" else "–"
    out, lines_of = [], []
    for i, o in enumerate(t.objectives):
        word = STATUS[lang][i % 2]
        first, second = o.key_results
        out.append(Objective(o.title, (KeyResult(first.text, status=word), second)))
        lines_of.append([f"{first.text} {dash} {word}", second.text])
    return _page(lang, out, lines_of), Tree(tuple(out))


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    label, label2, change, to_target, metric = NEAR[lang]
    kept = {
        "metric_target": [f"{label} – 3%"],
        "metric_labels": [f"{label} – 3%", f"{label2} – 5%"],
        "change_amount": [f"{change} — 20%"],
        "to_target": [to_target],
        "score_number": ["NPS — 40"],
        "range": [f"{metric} 2 - 3%"],
    }[variant]
    out, lines_of = [], []
    for o in t.objectives:
        texts = kept + [o.key_results[1].text]
        out.append(Objective(o.title, tuple(KeyResult(text) for text in texts)))
        lines_of.append(texts)
    return _page(lang, out, lines_of), Tree(tuple(out))


VARIANTS = {
    "dash_progress": ("complete_verb", "measured", "siblings", "bold_labels"),
    "dash_status": ("em_dash", "en_dash"),
    "dash_near_misses": (
        "metric_target", "metric_labels", "change_amount", "to_target", "score_number", "range",
    ),
}  # fmt: skip

ROUND = VariantRound(
    "after the thirty-third",
    LANGUAGES,
    VARIANTS,
    {"dash_progress": _progress, "dash_status": _status, "dash_near_misses": _near},
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
