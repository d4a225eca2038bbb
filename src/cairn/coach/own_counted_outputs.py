"""The writer's own outputs counted as a metric, then a floor (coach, after round 34's first run).

- **own new outputs counted** (`_OWN_COUNT`): "新脚本数 > 0", "零自主创建的代码修改 > 0" (round 34),
  "新增脚本数 ≥ 3", "代码提交数超过50", "新しいスクリプト数 > 0", "New scripts > 0", "Number of
  self-created code changes > 0", "Nuevos scripts > 0", "Commits próprios > 10", "Neue Skripte > 2":
  a metric that names things only the writer makes (scripts, code changes, commits, pull
  requests, blog posts), new or self-made, then its floor — the writer's own work, as "新增3个脚本"
  and "Write 3 scripts" are.
- **the length of one's own report** (`_OWN_LENGTH`): "探索报告超过2000字" (round 34), "总结不少于
  1000字", "レポート2000字以上", "Exploration report over 2000 words", "Informe de más de 2000
  palabras": a document written to a length, as "写一篇超过2000字的报告" already is.

Near misses: others counted ("用户数 > 0", "Active users > 10"), others' submissions ("客户提交的
工单数 > 10"), a report's readers ("报告阅读量超过2000"), a share ("脚本执行成功率 > 99%").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

_BOUND = (
    r"\s*(?:>=?|≥|超过|超過|至少|不少于|大于|以上|over|at least|more than|más de|mais de|über)\s*"
)
_ZH_OWN = (
    r"(?:(?<![\u4e00-\u9fff])|(?<=[前内]))零?(?:新增的?|新的?|自主创建的|自己(?:写|创建|编写)的|新しい)?"
    r"(?:脚本|代码修改|代码提交|代码变更|スクリプト|コミット|PR|博客文章)(?:数量?|の数|数)?"
    + _BOUND
    + r"\d"
)
_WORD_OWN = (
    r"(?:^|(?<=[\s:]))(?:(?:the\s+)?number\s+of\s+)?(?:new|self-created|own|nuevos|propios|novos|próprios|neue"
    r"|eigene)?\s*(?:scripts|code\s+changes|commits|pull\s+requests|prs|skripte)"
    r"(?:\s+(?:nuevos|propios|novos|próprios))?" + _BOUND + r"\d"
)
_OWN_COUNT = re.compile(f"{_ZH_OWN}|{_WORD_OWN}", re.IGNORECASE)
_OWN_LENGTH = re.compile(
    r"(?:报告|報告|总结|總結|笔记|筆記|文章|レポート|記事)(?:字数)?" + _BOUND + r"\d[\d,]*\s*字"
    r"|(?:レポート|記事)\s*\d[\d,]*\s*字以上"
    r"|\b(?:report|essay|write-up|informe|relatório|rapport|bericht)\s+"
    r"(?:of\s+|de\s+)?(?:over|at least|more than|más de|mais de|plus de|über)\s+\d[\d,.]*\s+"
    r"(?:words|palabras|palavras|mots|wörter)\b",
    re.IGNORECASE,
)


def own_counted_output(written: str) -> bool:
    """Return True for "新脚本数 > 0", "探索报告超过2000字": the writer's own outputs counted."""
    text = written.strip()
    return _OWN_COUNT.search(text) is not None or _OWN_LENGTH.search(text) is not None


@OWN_WORK.rule("own counted outputs")
def _own_counted_output_rule(reading: Reading) -> bool:
    """ "新脚本数 > 0", "零自主创建的代码修改 > 0", "探索报告超过2000字"."""
    return own_counted_output(reading.written)
