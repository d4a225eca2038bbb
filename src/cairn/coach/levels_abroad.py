"""Levels to reach in Japanese and Hindi, written as a metric set to a number (issue 15,
thirty-first round, `tests/coach/survey_thirty_first.py`).

- **Japanese "<metric>を N にする"** (`_JA_LEVEL`): a count, a capacity, a rate, an amount, a
  cost or the companies and customers won set to a number ("受注件数を月20件にする", "処理能力を
  毎秒5000件にする", "顧客単価を8000円に引き上げる", "導入企業を50社にする") is a result. The text
  layer reads no verb there and takes the metric for one, so the count after it read as work. Near misses: the team's own outputs counted the same
  way ("記事数を20本にする", "テストケース数を500件にする") stay work.
- **Korean companies counted and reached** (`_KO_COMPANIES`): "도입 기업 30곳 달성", "고객사
  50개사 돌파", as "導入企業を50社にする" is by the first rule. Near miss: places visited ("매장
  방문 30곳 달성") stay work.
- **Hindi "… तक पहुंचाना"** (bring up to: `_HINDI_REACH`): "मासिक सक्रिय उपयोगकर्ता 1,00,000 तक
  पहुंचाना", "revenue 1 crore tak pahunchana" reach a level, as English "Reach 100,000 users".
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

_JA_LEVEL = re.compile(
    r"(?:数|件数|能力|率|量|額|単価|時間|コスト|売上|評価|スコア|点数|企業|顧客|会員|ユーザー)"
    r"を[^を]{0,8}?(?<![\d,.])\d[\d,.]*"
    r"[^\d]{0,6}?に(?:する|します|増やす|引き上げる|上げる|高める|下げる|減らす|抑える)"
)
_JA_OWN_OUTPUTS = re.compile(r"記事|投稿|動画|テスト|ブログ|PR|プルリク|登壇|勉強会|執筆|発信")
# Korean: companies or places counted, then reached ("도입 기업 30곳 달성", "고객사 50개사 돌파").
_KO_COMPANIES = re.compile(
    r"(?<![\d,])\d[\d,]*\s*(?:만\s*)?(?:곳|개사|社)\s*(?:이상\s*)?(?:달성|돌파|확보)\s*$"
)
_HINDI_REACH = re.compile(r"तक\s+(?:पहुंचाना|पहुँचाना|पहुंचना|पहुँचना)|\btak\s+pahunch", re.I)


@RESULT_AFTER_ALL.rule("levels abroad")
def level_set(written: str, verb: str | None) -> bool:
    """Return True for a Japanese metric set to a number, Korean companies reached or a Hindi
    level reached (above)."""
    if "を" in written:
        found = _JA_LEVEL.search(written)
        return found is not None and _JA_OWN_OUTPUTS.search(written[: found.start()]) is None
    korean = ("곳" in written or "사" in written) and "방문" not in written
    if korean and _KO_COMPANIES.search(written):
        return True
    return ("तक" in written or "tak" in written) and _HINDI_REACH.search(written) is not None
