"""The team's own engineering levels and its own catalogue as work (coach, seventeenth round).

Round 15 writes the team's own levels in Korean or as a bare share, which the earlier rules read
as a metric to move (docs/plaintext.md, "Seventeenth round (issue 15): coach"):

- **the team's own engineering levels** (`own_level`): the coverage of its tests, code reviews,
  type hints or docstrings, its code or component reuse rate, its test pass rate, a deliverable's
  completeness and its own model's accuracy ("자동화된 테스트 커버리지 80% 이상", "코드 리뷰
  커버리지 100%", "코드 재사용률 80% 달성", "100% type hint coverage", "Maintain 100% test pass
  rate", "관리자 대시보드 핵심 기능 완성도 100%", "Model accuracy đạt 90%"). The project's decision
  (docs/plaintext.md, "Two label decisions"): the team's own test coverage is a level of its own
  output, an activity; the same holds for the levels beside it. Not the coverage of a market or a
  network ("시장 커버리지 80%", "4G network coverage 95%"), nor accuracy others judge ("Payroll-
  calculation accuracy 95%", labelled an outcome in round 13);
- **the team's own response rate** (`own_response_rate`): its share of questions answered or
  handled within a time ("1:1 게시판 당일 처리율을 … 92%로 … 높인다", "Mantener una tasa de
  respuesta de al menos 90% a las preguntas … en menos de 24 horas", round 9's activities);
  prospects' or respondents' reply rates stay results ("Email response rate 20%", "Aumentar tasa
  de respuesta de correos en 25%", an outcome in round 11);
- **Indonesian verbs and nouns of work** (`id_work`) opening the key result: "Implementasi Legal
  Knowledge Graph dengan 95% cakupan UU terbaru"; "Mencapai 5000 pengguna" and a rate to reach
  ("Integrasi penuh Payment Gateway dengan tingkat keberhasilan transaksi > 99%") stay results;
- **Vietnamese verbs of work** (`vi_work`) before a count: "Tích hợp 5 API endpoints" (integrate),
  "Triển khai 3 tính năng mới" (roll out), "Xây dựng 2 dashboard" (build);
- **the team's own catalogue secured** (`own_catalogue`): a count of its templates, catalogue
  items, supported shops or integrations secured ("디자인 템플릿 카탈로그 50개 이상 확보", "지원
  쇼핑몰 20개 이상 확보"); users, reviews or subscribers secured stay results ("사용자 5000명
  확보하기", "유료 구독자 200명 확보");
- **the team's own process run** (`own_catalogue` too) a count of times: "벤더 정산 자동화 1회
  이상 실행"; its own posts or mailings counted per week or month: "뉴스레터 월 3건 발송" (what
  others register or keep active per week is a result: coach/others_served.py).
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

# Korean: the team's tests, reviews, code and deliverables, then the level named.
_KO_LEVEL = re.compile(
    r"(?:테스트|코드|리뷰|타입|문서화?)\s*(?:커버리지|통과율)"  # "테스트 커버리지", "테스트 통과율"
    r"|(?:코드|컴포넌트|모듈)\s*재사용(?:률|율)"  # "코드 재사용률", "공통 컴포넌트 재사용률"
    r"|(?:기능|모듈|대시보드|화면|API)\s*(?:완성도|구현(?:률|율)|개발\s*진척(?:도|률))"
    # Japanese (thirty-first round): "単体テストのカバレッジを80%にする", "E2Eテストの通過率"
    r"|(?:テスト|コード|レビュー|型)[^\d%、。]{0,4}?(?:カバレッジ|通過率|合格率)"
)
# Other languages: the same levels as English, Portuguese and Spanish write them.
_LEVEL = re.compile(
    r"\b(?:type[- ]hints?|type annotations?|typing|docstrings?|documentation|code[- ]review)"
    r"\s+coverage\b"  # "100% type hint coverage", "100% code review coverage"
    r"|\b(?:tests?|test suite|unit tests?|e2e tests?|ci tests?)\s+pass(?:ing)?\s+rate\b"
    r"|\b(?:code|component|module)\s+reuse\s+rate\b"  # "85% code reuse rate"
    r"|\b(?:model|classifier|ocr|detection model|ml model)\s+accuracy\b"  # "Model accuracy đạt"
    r"|\b(?:achieve|reach|hit)\s+\d+(?:[.,]\d+)?\s*%\s+(?:model|classifier|ocr)\s+accuracy\b"
    r"|\bcobertura\s+de\s+testes\b"  # "Cobertura de testes de 90%"
    r"|độ chính xác (?:của )?mô hình",  # vi: "Độ chính xác của mô hình đạt 95%"
    re.IGNORECASE,
)
# Vietnamese verbs of work opening the key result, before a count.
_VI_WORK = re.compile(
    r"^(?:tích hợp|triển khai|xây dựng|phát triển|thiết kế|viết|hoàn thành|ra mắt|tổ chức"
    r"|phát hành|tối ưu hóa)\s+(?:[^\W\d_]+\s+){0,2}?\d",
    re.IGNORECASE,
)
# Korean: the team's own catalogue items, supported shops or integrations, counted and secured.
_KO_CATALOGUE = re.compile(
    r"(?:템플릿|카탈로그|쇼핑몰|연동\s*API|API|플러그인|콘텐츠|데이터셋)\s*\d+\s*(?:개|종|곳)"
    r"\s*(?:이상\s*)?확보"
)
# Korean: the team's own process, automation or drill, run a count of times.
_KO_RUNS = re.compile(
    r"(?:자동화|프로세스|파이프라인|배치|크론|훈련|정산|점검)\s*\d+\s*(?:회|번)\s*(?:이상\s*)?실행"
)

# Korean: the team's own posts or mailings a week or a month ("뉴스레터 월 3건 발송").
_KO_OWN_PER_PERIOD = re.compile(
    r"(?:주간|월간?|매주|매월)\s*\d+\s*건\s*(?:이상\s*)?(?:발행|발송|작성|게시|업로드|진행|개최)"
)

# The team's own share answered within a time: Korean same-day handling, a response rate bound by
# hours (en, es, pt), "Answer 90% of support emails within 4 hours".
_KO_RESPONSE = re.compile(r"(?:당일|\d+\s*시간\s*(?:내|이내))\s*(?:처리율|응답률|답변율|답변률)")
_RESPONSE_WITHIN = re.compile(
    r"(?:response rate|tasa de respuesta|taxa de resposta|^answer\s+[≥>]?\s*\d+\s*%\s+of)\b"
    r"[^.;]{0,100}?\b(?:within|en menos de|dentro de|em até|em menos de)\s+\d+\s*"
    r"(?:h|hours?|horas?|minutes?|minutos?|business hours)\b",
    re.IGNORECASE,
)
ID_WORK = frozenset(
    [
        "implementasi", "membangun", "mengembangkan", "meluncurkan", "menyelesaikan", "integrasi",
        "mengintegrasikan", "pengembangan", "peluncuran", "membuat", "menulis", "menerbitkan",
        "menyusun", "mengimplementasikan",
    ]
)  # fmt: skip

# A rate the work is to reach ("dengan tingkat keberhasilan transaksi > 99%": a success rate, an
# outcome in round 9) makes the sentence a result to see.
_ID_RATE = re.compile(r"\b(?:tingkat|rasio|persentase|konversi|retensi)\b", re.IGNORECASE)


def own_response_rate(written: str) -> bool:
    """Return True for the team's own share of questions answered or handled within a time."""
    korean = not written.isascii() and (
        "처리율" in written or "응답률" in written or "답변" in written
    )
    if korean and _KO_RESPONSE.search(written) is not None:
        return True
    return _response_within(written.lower(), written)


def _response_within(low: str, written: str) -> bool:
    """Return True for a response rate or answers bound by a time (the key words first)."""
    return ("resp" in low or "answer" in low) and _RESPONSE_WITHIN.search(written) is not None


def id_work(written: str) -> bool:
    """Return True for an Indonesian verb or noun of work opening the key result."""
    if written[:1] not in "IiMmPp":  # every word of ID_WORK opens with one of these
        return False
    first = written.split(maxsplit=1)[0].lower()
    return first in ID_WORK and _ID_RATE.search(written) is None


def own_level(written: str) -> bool:
    """Return True for a level of the team's own tests, reviews, code or model (see above)."""
    if not written.isascii() and _ko_level_keys(written) and _KO_LEVEL.search(written):
        return True
    return _level_keys(written.lower()) and _LEVEL.search(written) is not None


def _ko_level_keys(written: str) -> bool:
    """Return True when a Korean word the levels need stands in the sentence."""
    return (
        "커버리지" in written
        or "カバレッジ" in written
        or "通過率" in written
        or "통과" in written
        or "재사용" in written
        or "완성도" in written
        or "구현" in written
        or "진척" in written
    )


def _level_keys(low: str) -> bool:
    """Return True when a word the levels need stands in the sentence (the cheap test first)."""
    return (
        "coverage" in low
        or "accuracy" in low
        or "pass rate" in low
        or "passing rate" in low
        or "reuse rate" in low
        or "cobertura" in low
        or "chính xác" in low
    )


def vi_work(written: str) -> bool:
    """Return True for a Vietnamese verb of work before a count ("Tích hợp 5 API endpoints")."""
    return not written.isascii() and _VI_WORK.match(written.strip()) is not None


def own_catalogue(written: str) -> bool:
    """Return True for the team's own catalogue items or supported shops secured, or its own
    process run a count of times (Korean)."""
    if written.isascii():
        return False
    return (
        ("확보" in written and _KO_CATALOGUE.search(written) is not None)
        or ("실행" in written and _KO_RUNS.search(written) is not None)
        or ("건" in written and _KO_OWN_PER_PERIOD.search(written) is not None)
    )


@OWN_WORK.rule("own levels")
def _own_levels_rule(reading: Reading) -> bool:
    written = reading.written
    if written.isascii():  # the Korean and Vietnamese rules need another script
        low = written.lower()
        if _level_keys(low) and _LEVEL.search(written) is not None:
            return True
        return _response_within(low, written) or id_work(written)
    return (
        own_level(written)
        or vi_work(written)
        or own_catalogue(written)
        or own_response_rate(written)
    )
