"""A Chinese or Japanese key result without a number, whose verb of change gives the direction.

With a number, `cairn.text.languages` reads a CJK verb wherever it stands. Without one, a verb
inside the sentence is a clause's verb ("达到收敛条件自动停止": stops when it converges) and moves
nothing; but a verb of change where a key result's main verb stands gives the direction, as
English "Improve X" and "X improves" do (twelfth round): last, after its subject ("开发自测能力
增强", "开发人员对dump文件调试能力提升": the predicate, as Korean "만족도 향상"), or first ("提升用户
满意度"), in the sentence's first clause ("心境提升，坚强自信自洽"). Only verbs that raise or lower
a measure (提升, 提高, 增强, 增加, 降低, 减少, 缩短 …); reach, keep and work verbs stay clause verbs.
"""

from __future__ import annotations

import re

from cairn.text.more_wishes import more_wish
from cairn.text.script_words import CJK_VERBS

_CHANGE = {w: v for w, v in CJK_VERBS.items() if v in ("increase", "reduce")}
# Twenty-fourth round: with no number, a verb of improving is a wish to raise what it names, as
# English "Improve marketing" ("改进营销", "改善客户体验"); with a number these stay words (the
# number's own verb or bound gives the direction there). Not "加强" (strengthen): round 17 labels
# "加强整体数据基础设施建设，…" with no direction, building work rather than a measure raised.
_CHANGE |= {"改进": "increase", "改進": "increase", "改善": "increase"}
# After round 30's first run: Japanese "向上" (raise) and "増加" (increase) as well, and a Japanese
# verb ending after the verbal noun ("スコアを改善する", "時間を短縮します", "品質を向上させる").
_CHANGE |= {"向上": "increase", "増加": "increase"}
# After the first runs of rounds 35 and 36: Japanese "拡大" (expand), as Chinese "扩大" already
# reads ("売上拡大", "シェアを拡大する"); not "推進" (promote): round 23 labels Chinese "促进团队协作"
# with no direction (a label question for the lead).
_CHANGE |= {"拡大": "increase"}
_JAPANESE_ENDING = r"(?:する|します|させる|させます|したい|しよう)?"
_ALTERNATIVES = "|".join(sorted(_CHANGE, key=len, reverse=True))
# Twenty-sixth round: an adverb of going on before the verb ("继续提升前端开发的技术", "进一步提高
# 自己的执行力"): the verb still leads ("继续补充…", "继续追美剧" have no verb of change). Not
# "持续": the seventeenth round keeps "持续提升用户满意度" with no direction (see docs).
_FIRST = re.compile(rf"^[\s*]*(?:继续|繼續|进一步|進一步|不断|不斷)?\s*({_ALTERNATIVES})")
_LAST = re.compile(rf"({_ALTERNATIVES}){_JAPANESE_ENDING}[\s.!！。]*$")
_CLAUSE_END = re.compile(r"[，,；;。]")
# Twenty-fourth round: "让/使 X (迅速) 流行|受欢迎|普及" (make X popular) as the whole sentence: X's
# popularity rises ("让产品迅速流行"). A later clause "，使 …提升10%" carries a number and is read there.
_MADE_POPULAR = re.compile(
    r"^[\s*]*(?:让|讓|使)([^，,；;。]{1,20}?)(?:迅速|快速|更加|更|广泛|廣泛)?"
    r"(?:流行|受欢迎|受歡迎|普及|火起来|火起來)(?:起来|起來)?[\s.!！。]*$"
)
# Nineteenth round: a verb of change right after the people who act ("开发人员提高沟通…能力",
# round 10; "团队提升交付效率"), as a verb first; "品牌提升计划" (a plan) has no such subject.
_AFTER_SUBJECT = re.compile(
    rf"^[\s*]*(?:开发人员|研发人员|团队|研发团队|销售团队|客服团队|我们|员工|全员)\s*({_ALTERNATIVES})"
)

# Fourteenth round: Japanese and Korean write a counter between an amount and its verb of change
# ("新規ユーザーを1000人増やす", "신규 사용자를 1000명 늘리기", "問い合わせを50件減らす"): the change is
# the amount, and the counter is no unit (round-12 convention), so it is dropped with "by N".
# People and things only (人 名 件 個 个 社, 명 개 건 곳): a currency or a time stays a unit.
COUNTER_BEFORE_VERB = r"(?:\s?[人名件個个社명개건곳])?"


def verb_without_number(text: str) -> str | None:
    """Return the sentence with its verb of change first, in English ("increase 开发自测能力"),
    or None when no such verb stands first or last in its first clause."""
    if wish := more_wish(text):
        return wish  # "多运动，多锻炼。", "涨薪。", "存款到达预期": a wish for more (more_wishes)
    if popular := _MADE_POPULAR.match(text):
        return f"increase {popular.group(1)}"  # "让产品迅速流行": the product's popularity rises
    end = _CLAUSE_END.search(text)
    clause = text[: end.start()] if end else text
    match = _FIRST.match(clause) or _AFTER_SUBJECT.match(clause) or _LAST.search(clause)
    if match is not None and match.re is _LAST and _COORDINATED.search(clause, 0, match.start()):
        return None  # "全球关键市场品牌建设与增长": growth, a noun joined to another by "与"
    if match is None:
        stated = _STATES_ITS_RESULT.search(clause) is not None
        return _later_clause(text, end.end()) if end and not stated else None
    rest = f"{clause[: match.start()]}{clause[match.end() :]}".strip()
    after = text[end.start() :] if end else ""
    return f"{_CHANGE[match.group(1)]} {rest}{after}"


# Nineteenth round: a later clause that opens on a verb of change, past an adverb or a means
# ("加强Ads的数据化管理，提高广告投放效果", "慈善领军，通过公益合作提升品牌社会影响力", "…，全面提升用户
# 转化与LTV"): the first clause strengthens or completes (加强, 完成 … move no number), the later
# one names what rises.
# A first clause that states its own result leaves the later one a consequence: a disposal
# ("将 … 收敛为 …，减少 …"), a purpose ("重塑组织架构以适应最新目标，提高 …") or a thing built
# ("建立培训体系，提升团队能力", the twelfth round's near miss: building moves no number), and
# (twenty-third round) work automated, implemented or deployed ("自动化常见故障的诊断与恢复,减少
# 人工干预": what the automation brings, not the key result's measure).
_STATES_ITS_RESULT = re.compile(
    r"^\s*(?:[将把]|建立|建设|搭建|构建|打造|创建|重塑|制定|自动化|自動化|实施|實施|部署|引入)"
    r"|(?<![可所])以(?![上下内及后前来外])"
)
_COORDINATED = re.compile(r"[与和及]\s*$")
_LATER = re.compile(
    r"\s*(?:同时|并且|并|从而|进而)?\s*(?:全面|进一步|持续|不断|有效|大幅|显著)?\s*"
    rf"(?:通过[^，；;。]{{1,20}}?)?({_ALTERNATIVES})"
)


def _later_clause(text: str, start: int) -> str | None:
    """Return the sentence with the verb of change opening a later clause first, or None."""
    while start < len(text):
        match = _LATER.match(text, start)
        if match is not None:
            rest = f"{text[: match.start(1)]}{text[match.end(1) :]}".strip()
            return f"{_CHANGE[match.group(1)]} {rest}"
        end = _CLAUSE_END.search(text, start)
        if end is None:
            return None
        start = end.end()
    return None


# Fifteenth round: Japanese writes a change as a noun after its metric, the amount joined to it
# by "の" ("学生エンゲージメントの 12% の増加", "解約率の 5% の減少"): the same change as "12% 増加",
# so the "の" between the amount and the noun of change is dropped.
_AMOUNT_OF_CHANGE = re.compile(
    r"(\d[\d.,]*\s?%)\s?の\s?(?=増加|増大|向上|改善|減少|削減|短縮|低下|低減)"
)


def amount_of_change(text: str) -> str:
    """Return "…の 12% 増加" for "…の 12% の増加" (see above); other text unchanged."""
    return _AMOUNT_OF_CHANGE.sub(r"\1 ", text) if "の" in text else text


# Sixteenth round: Korean writes percent as a word after the number ("진행률 100퍼센트 달성",
# "70 프로"); "프로" only when no loanword goes on ("3프로젝트", "프로그램", "프로세스" …).
_KOREAN_PERCENT = re.compile(r"(\d[\d.,]*)\s?(?:퍼센트|프로(?![젝그세필모토듀덕페]))")
# Korean native counts before a counter ("글 세개", "책 다섯 권", "두 명"): the number as digits,
# the counter kept (it is no unit). "한" is left out, as the Romance articles are ("한 번" is as
# often "once, some time"); an ordinal ("세 번째") is no count.
_KOREAN_NATIVE = {
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
}
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KOREAN_COUNT = re.compile(
    rf"(?<![가-힣])({'|'.join(_KOREAN_NATIVE)})\s?(개|권|명|번|회|편|곳|가지)(?![가-힣]*째)"
)


def korean_words_as_digits(text: str) -> str:
    """Return Korean text with percent written as a word as "%" and native counts as digits."""
    if "퍼센트" in text or "프로" in text:
        text = _KOREAN_PERCENT.sub(r"\1%", text)
    if not _HANGUL.search(text):
        return text
    return _KOREAN_COUNT.sub(lambda m: f"{_KOREAN_NATIVE[m.group(1)]}{m.group(2)}", text)


# Seventeenth round: Korean "N초 이내" (within N seconds) after a measure is a ceiling, as "N초
# 이하" and the Chinese and Japanese "N秒以内" (round-15 rows: "평균 2초 이내", "1.5초 이내로
# 단축"). Only after a value that is no period: "30일 이내", "24시간 이내" stay timeframes
# (`cairn.text.languages` reads them).
_KOREAN_WITHIN = re.compile(r"(\d[\d.,]*\s?(?:초|밀리초|ms|%|점))\s?이내")
# A Korean adverb between a relative change and its noun of change ("200% 폭발적 증가",
# explosive growth; "30% 대폭 감소"): the change is the amount, as "200% 증가".
_KOREAN_ADVERB = re.compile(
    r"(\d[\d.,]*\s?%)\s?(?:[가-힣]{1,3}적(?:인|으로)?|대폭|크게|급격히|꾸준히)\s?"
    r"(?=증가|감소|향상|상승|하락|개선|성장|확대|절감)"
)


# A Chinese adverb of manner before a verb of change ("从 4.0 稳步提升至 4.5", steadily raise;
# "逐步降低到"): the verb and its values as without it (round-12 row). Only with a number.
_CHINESE_ADVERB = re.compile(
    r"(?:稳步|逐步|逐渐|持续|大幅度?|显著|进一步|快速|有效)\s?"
    r"(?=提升|提高|增加|增长|降低|减少|缩短|下降|上升|减到|降到|升到)"
)


def korean_bounds(text: str) -> str:
    """Return Korean text with "N초 이내" as "N초 이하", and a Korean or (after "从") Chinese
    adverb before a change dropped."""
    if "이내" in text:
        text = _KOREAN_WITHIN.sub(r"\1 이하", text)
    if "%" in text:
        text = _KOREAN_ADVERB.sub(r"\1 ", text)
    if "从" in text or "從" in text:
        text = _CHINESE_ADVERB.sub("", text)
    return text


def cjk_amounts(text: str) -> str:
    """Return the text with the amounts above read: a Japanese change after its metric, Korean
    percent in words, Korean native counts and Korean bounds."""
    return korean_bounds(korean_words_as_digits(amount_of_change(text)))
