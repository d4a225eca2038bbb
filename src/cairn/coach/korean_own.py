"""The writer's own work in Korean that a count or a share names (coach, sixteenth round).

Once the parser reads Korean native counts ("글 세개": 3) and percent written as a word
("100퍼센트": 100%), two kinds of personal key results it used to leave unmeasured (and the coach
flagged as not measurable) carry a number, and must still read as work:

- a count of one's own writings or videos posted: "thoughts에 글 세개 올리기", "영상 3편 올리기"
  ("올리다" is also "raise": "매출 올리기" raises revenue, and names no writings), or written
  (thirty-second round: "블로그 글 50개 쓰기", "글 10편 작성"; "돈 50만원 쓰기" spends money and names
  no writings);
- a share of a course taken: "강의 진행률 100퍼센트 달성하기", "강의 수강률 70% 달성" (as English
  "Complete 100% of the Django course");
- practice problems solved, counted (after round 31): "알고리즘 1문제 이상 풀기", "하루에 3문제 풀기",
  "백준 문제 100개 풀기", as round 28's "백준 문제 풀기" and round 5's "每天1道LeetCode" ("풀다" solves
  an exercise; "고객 문의 20건 해결" resolves others' requests and is not read here).
"""

from __future__ import annotations

import re

_COUNT = r"(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열)"
_WRITINGS_POSTED = re.compile(
    rf"(?:글|포스트|포스팅|게시물|게시글|영상)\s*{_COUNT}\s*[개편]\s*(?:이상\s*)?(?:올리|쓰|작성)"
)
_PROBLEMS_SOLVED = re.compile(
    rf"(?:{_COUNT}\s*(?:문제|문항)|(?:문제|문항)\s*{_COUNT}\s*개?)\s*(?:이상\s*|씩\s*)?풀"
)
_COURSE_SHARE = re.compile(r"(?:강의|강좌|코스)\s*(?:진행률|수강률|진도율|완강률)")


def korean_own_work(text: str) -> bool:
    """Return True for Korean writings posted, a share of a course taken or practice problems
    solved (see above)."""
    if text.isascii():
        return False
    return (
        _WRITINGS_POSTED.search(text) is not None
        or _COURSE_SHARE.search(text) is not None
        or ("풀" in text and _PROBLEMS_SOLVED.search(text) is not None)
    )
