"""A person's own reading and study, in Japanese and Chinese (coach, nineteenth round).

Round 17 (a developer's yearly plan) and round 18 (an Android developer's OKRs) write personal
learning as a count of books or frameworks, or as the writer's own level to reach
(docs/plaintext.md, "Nineteenth round (issue 15): the coach"); the rounds' convention makes a
person's own reading and learning activities:

- **books read**, counted in 冊 ("読書 50冊/年", "技術書を3冊読む", "阅读3本技术书籍");
- **things studied**, counted ("深入学习Android的4种优秀框架，并输出文档");
- **the writer's own level raised** ("提升自己的编程思想，在二月底达到初级工程师的水准": 自己的, one's
  own).

Second part, the older sets: **the writer's own documents, exams and governance completed**
(完成, "complete", before what is made: "完成**JMeter 1小时从入门到放弃**教程文档", "完成《数据挖掘》
6/20的考试", "累计完成100+ 篇深度思考文章沉淀", "完成 20 种中间件和三方包治理", "开发人员完成上季度50%支持的
支持文档补充"; rounds 5, 6 and 10). Not a result completed: revenue or a target ("完成收入增长目标",
round 18, vague), others' access ("5 家企业…完成试点接入"), a rate reached ("…完成…回放闭环，关键执行流程
一致率达到95%以上", round 8).

Twenty-first round: **the writer's own hours of work or study** (`own_hours`), counted after a
verb of working, spending or studying ("연휴 동안 50시간 이상 일하기", round 21; "Dedicar 10 horas
semanales a la formación", "Work 50 hours over the holidays", "週に10時間以上勉強する", "每周学习10小时
以上"; thirty-second round: "Log 300 hours of deep work"). Not hours saved or a time kept under ("Save 50 hours per month for customers", "Reduce
response time to 2 hours", "응답 시간을 2시간 이내로 단축").

Not others learning or reading, counted as a result ("学习人数达到5000人", "阅读量 10万",
"記事の閲覧数 30000"), nor a level others see ("提升用户满意度到90%").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

_BOOKS = re.compile(r"(?:読書|技術書|書籍|本を|阅读|读完)[^。；;]{0,12}?\d+\s*[冊本]")
_STUDIED = re.compile(r"(?:深入)?学习[^。；;，,\d]{0,12}?\d+\s*[种門门个本篇部]")
_OWN_LEVEL = re.compile(r"提升自己的[^。；;]{0,20}?(?:达到|到达)[^。；;]{0,20}?(?:水准|水平|级别)")
_COMPLETED = re.compile(
    r"完成[^。；;，,、]{0,30}?(?:文档|文件|教程|考试|治理|文章|手册|补充|笔记|作业|编写)"
)
_HOURS = re.compile(
    r"^(?:work|spend|dedicate|devote|invest|study|practi[cs]e|log|dedicar|trabajar|trabalhar|estudiar"
    r"|estudar|consacrer|travailler|étudier|dedicare|lavorare|studiare)\s+"
    r"(?:(?:at least|al menos|pelo menos|au moins|almeno|over|more than)\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:hours|hrs|horas|heures|ore|h)\b",
    re.IGNORECASE,
)
_CJK_HOURS = re.compile(
    r"\d+\s*시간\s*(?:이상\s*)?(?:일하기|공부하기|학습하기|근무하기|연습하기|투자하기)"
    r"|\d+\s*時間(?:以上)?(?:の)?(?:勉強|学習|作業|練習)"
    r"|(?:学习|工作|练习|投入)\s*\d+\s*个?小时"
)
_RESULTS = ("收入", "销售", "营收", "目标", "业绩", "接入", "率", "降低", "客户", "用户")
_OTHERS = ("人数", "人次", "用户", "阅读量", "閲覧", "读者", "学员", "访问")


def own_study(written: str) -> bool:
    """Return True for a person's own books read, things studied or level raised, or their own
    documents, exams or governance completed."""
    if written.isascii() or any(word in written for word in _OTHERS):
        return False
    if _BOOKS.search(written) or _STUDIED.search(written) or _OWN_LEVEL.search(written):
        return True
    return (
        "完成" in written
        and _COMPLETED.search(written) is not None
        and not any(word in written for word in _RESULTS)
    )


def own_hours(written: str) -> bool:
    """Return True for the writer's own hours of work or study, counted."""
    if written.isascii():
        return _HOURS.search(written) is not None
    return _CJK_HOURS.search(written) is not None or _HOURS.search(written) is not None


@OWN_WORK.rule("own hours")
def _own_hours_rule(reading: Reading) -> bool:
    """ "연휴 동안 50시간 이상 일하기", "Dedicar 10 horas semanales a la formación"."""
    return own_hours(reading.written)


@OWN_WORK.rule("own study")
def _own_study_rule(reading: Reading) -> bool:
    """ "読書 50冊/年", "深入学习Android的4种优秀框架，并输出文档"."""
    return own_study(reading.written)
