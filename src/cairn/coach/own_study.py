"""A person's own reading and study, in Japanese and Chinese (coach, nineteenth round).

Round 17 (a developer's yearly plan) and round 18 (an Android developer's OKRs) write personal
learning as a count of books or frameworks, or as the writer's own level to reach
(docs/plaintext.md, "Nineteenth round (issue 15): the coach"); the rounds' convention makes a
person's own reading and learning activities:

- **books read**, counted in 冊 ("読書 50冊/年", "技術書を3冊読む", "阅读3本技术书籍");
- **things studied**, counted ("深入学习Android的4种优秀框架，并输出文档");
- **the writer's own level raised** ("提升自己的编程思想，在二月底达到初级工程师的水准": 自己的, one's
  own).

Not others learning or reading, counted as a result ("学习人数达到5000人", "阅读量 10万",
"記事の閲覧数 30000"), nor a level others see ("提升用户满意度到90%").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

_BOOKS = re.compile(r"(?:読書|技術書|書籍|本を|阅读|读完)[^。；;]{0,12}?\d+\s*[冊本]")
_STUDIED = re.compile(r"(?:深入)?学习[^。；;，,\d]{0,12}?\d+\s*[种門门个本篇部]")
_OWN_LEVEL = re.compile(r"提升自己的[^。；;]{0,20}?(?:达到|到达)[^。；;]{0,20}?(?:水准|水平|级别)")
_OTHERS = ("人数", "人次", "用户", "阅读量", "閲覧", "读者", "学员", "访问")


def own_study(written: str) -> bool:
    """Return True for a person's own books read, things studied or level raised."""
    if written.isascii() or any(word in written for word in _OTHERS):
        return False
    return bool(_BOOKS.search(written) or _STUDIED.search(written) or _OWN_LEVEL.search(written))


@OWN_WORK.rule("own study")
def _own_study_rule(reading: Reading) -> bool:
    """ "読書 50冊/年", "深入学习Android的4种优秀框架，并输出文档"."""
    return own_study(reading.written)
