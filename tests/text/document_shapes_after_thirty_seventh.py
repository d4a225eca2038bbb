"""Generated pages of the reader after round 37's first run (issue 15): priority tags opening
key-result lines (test-side only, never shipped). Families (each page's expected tree known by
construction):

- `priority_tags`: "## Objective: …" headings over key-result lines opening with a priority tag
  ("P0: ", "P1 (1.0): ", "[P2] ", "(P1) ", "Priority 1: ", "Prio 2 – " and the word in the
  page's language: "Prioridad 1:", "Priorität 2 –", "Priorité 1 :", "Öncelik 1:",
  "Приоритет 1:", "优先级1：", "優先度1：", "우선순위 1:"), as bullets, as bullets over nested
  detail bullets (tagged or not) and as paragraphs: the tag, with its weight, is no part of the
  title (round 37's team page, "* P0: …" / "* P1 (1.0): …").
- `priority_near_misses`: a tag-like word that is part of the measure or of a name, with no
  separator after it ("P0 incidents …", "Reduce P1 bugs to 0", "P2P payments …", "P3 rollout …",
  "P1 …" naming a prompt as round 8's Chinese page does): read as written.
"""

from __future__ import annotations

from tests.text.document_shapes import KeyResult, Objective, Tree, VariantRound
from tests.text.document_shapes_twenty_fourth import WORDS, tree_of

FAMILIES = ("priority_tags", "priority_near_misses")
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "ru", "uk", "zh", "ja", "ko")
_CJK = ("zh", "ja", "ko")

# the language's word for a priority, and how a number follows it ("Priorité 1 :", "优先级1")
PRIORITY = {
    "en": "Priority {n}: ", "es": "Prioridad {n}: ", "pt": "Prioridade {n}: ",
    "fr": "Priorité {n} : ", "de": "Priorität {n}: ", "it": "Priorità {n}: ",
    "nl": "Prioriteit {n}: ", "pl": "Priorytet {n}: ", "tr": "Öncelik {n}: ",
    "ru": "Приоритет {n}: ", "uk": "Пріоритет {n}: ", "zh": "优先级{n}：", "ja": "優先度{n}：",
    "ko": "우선순위 {n}: ",
}  # fmt: skip
# a short word before a dash: "Prio 2 – " (English, German), the language's word elsewhere
PRIO_DASH = {"en": "Prio {n} – ", "de": "Prio {n} – "}
# near misses per language: a tag inside the measure (no separator), and a name opening a line
NEAR = {
    "en": ("P0 incidents below 2 a month", "Reduce P1 bugs to 0", "P2P payments live in 3 markets"),
    "es": ("P0 incidentes por debajo de 2 al mes", "Reducir los bugs P1 a 0", "P2P pagos en 3 mercados"),
    "pt": ("P0 incidentes abaixo de 2 por mês", "Reduzir os bugs P1 a 0", "P2P pagamentos em 3 mercados"),
    "fr": ("P0 incidents sous 2 par mois", "Réduire les bugs P1 à 0", "P2P paiements dans 3 marchés"),
    "de": ("P0 Incidents unter 2 pro Monat", "P1-Bugs auf 0 senken", "P2P Zahlungen in 3 Märkten"),
    "it": ("P0 incidenti sotto 2 al mese", "Ridurre i bug P1 a 0", "P2P pagamenti in 3 mercati"),
    "nl": ("P0 incidenten onder 2 per maand", "P1-bugs terugbrengen naar 0", "P2P betalingen in 3 markten"),
    "pl": ("P0 incydenty poniżej 2 miesięcznie", "Zmniejszyć błędy P1 do 0", "P2P płatności na 3 rynkach"),
    "tr": ("P0 olaylar ayda 2'nin altında", "P1 hatalarını 0'a indirmek", "P2P ödemeler 3 pazarda"),
    "ru": ("P0 инциденты ниже 2 в месяц", "Снизить баги P1 до 0", "P2P платежи на 3 рынках"),
    "uk": ("P0 інциденти нижче 2 на місяць", "Знизити баги P1 до 0", "P2P платежі на 3 ринках"),
    "zh": ("P0故障每月少于2次", "将P1缺陷降到0", "P2P支付覆盖3个市场"),
    "ja": ("P0障害を月2件未満にする", "P1バグを0件にする", "P2P決済を3市場で提供"),
    "ko": ("P0 장애 월 2건 미만", "P1 버그 0건 달성", "P2P 결제 3개 시장 출시"),
}  # fmt: skip
# "P3 rollout to 40 teams", "P1 " naming a prompt: a name opening the line, no separator
NAMES = {"en": "P3 rollout to 40 teams", "zh": "P1 基于最强的模型生成回复"}


def _heading(lang: str, title: str) -> str:
    colon = "：" if lang in _CJK else ": "
    return f"## {WORDS[lang].objective}{colon}{title}"


def _tag(lang: str, variant: str, i: int) -> str:
    n = i % 4
    colon = "：" if lang in _CJK else ": "
    if variant in ("colon", "details", "paragraphs"):
        return f"P{n}{colon}"
    if variant == "weight":
        return f"P{n} (1.0){colon}" if i % 2 == 0 else f"P{n}{colon}"
    if variant == "bracket":
        return f"[P{n}] "
    if variant == "paren":
        return f"(P{n}) "
    if variant == "word":
        return PRIORITY[lang].format(n=n + 1)
    # "word_dash": "Prio 2 – ", "Prioridad 2 – "
    word = PRIO_DASH.get(lang, PRIORITY[lang].rstrip(" :：") + " – ")
    return word.format(n=n + 1)


def _tags(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    lines, steps = [f"# {WORDS[lang].page}", ""], WORDS[lang].steps
    k = 0
    for o in t.objectives:
        lines.append(_heading(lang, o.title))
        if variant == "paragraphs":
            lines.append("")
        for j, kr in enumerate(o.key_results):
            text = f"{_tag(lang, variant, k)}{kr.text}"
            k += 1
            if variant == "paragraphs":
                lines += [text, ""]
                continue
            lines.append(f"* {text}")
            if variant == "details":  # nested details, one tagged as round 37's "P0: R4, STU3"
                lines += [f"    * {_tag(lang, 'colon', j)}{steps[1 + j]}", f"    * {steps[3]}"]
        lines.append("")
    return lines, t


def _near(lang: str, variant: str, objectives: int) -> tuple[list[str], Tree]:
    t = tree_of(lang, objectives, 2)
    near = NEAR[lang]
    lines, out = [f"# {WORDS[lang].page}", ""], []
    for i, o in enumerate(t.objectives):
        if variant == "measure_tag":
            texts = (near[i % 2], o.key_results[1].text)
        else:  # "name_first": "P2P payments …", "P3 rollout …", "P1 基于…"
            name = NAMES.get(lang, near[2]) if i % 2 else near[2]
            texts = (o.key_results[0].text, name)
        lines.append(_heading(lang, o.title))
        lines += [f"* {text}" for text in texts] + [""]
        out.append(Objective(o.title, tuple(KeyResult(text) for text in texts)))
    return lines, Tree(tuple(out))


VARIANTS = {
    "priority_tags": (
        "colon", "weight", "bracket", "paren", "word", "word_dash", "details", "paragraphs",
    ),
    "priority_near_misses": ("measure_tag", "name_first"),
}  # fmt: skip

ROUND = VariantRound(
    "after the thirty-seventh",
    LANGUAGES,
    VARIANTS,
    {"priority_tags": _tags, "priority_near_misses": _near},
)
cases, case, figures, main = ROUND.cases, ROUND.case, ROUND.figures, ROUND.main

if __name__ == "__main__":
    main(show=True)
