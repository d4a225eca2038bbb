"""The lead's fixes after round 30's first run (issue 15, session 18; docs/plaintext.md, "After the
first run of round 30"): Korean and Japanese verbs of change with their endings and no number, and
the Spanish and Portuguese abbreviation of seconds. Each with sentences beyond the round's own rows
and near misses."""

import pytest

from cairn.text.key_result_parser import parse_key_result


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # Korean: a verbal noun of change, then a verb ending or "needed", no number
        ("그룹 홈 로딩 속도를 향상합니다.", "increase"),
        ("검색 품질 향상시키기", "increase"),
        ("index page 로드시간 감소 필요", "decrease"),
        ("서버 비용 절감하기", "decrease"),
        ("배포 시간 단축합니다", "decrease"),
        ("매출 상승", "increase"),
        ("light house 퍼포먼스 올리기", "increase"),
        ("앱 평점 올립니다", "increase"),
        # Japanese: a verbal noun of change, then する / します / させる, no number
        ("Lighthouseのスコアを改善する", "increase"),
        ("ページの読み込み時間を短縮する", "decrease"),
        ("エラー率を削減します", "decrease"),
        ("品質を向上させる", "increase"),
        ("ユーザー数を増加させる", "increase"),
        # near misses: work verbs with the same endings move no measure
        ("신규 기능 개발하기", None),
        ("문서 작성 필요", None),
        ("회의 진행합니다", None),
        ("新機能を開発する", None),
        ("ドキュメントを作成する", None),
        ("会議を実施する", None),
    ],
)
def test_a_korean_or_japanese_verb_of_change_with_its_ending_gives_the_direction(text, direction):
    parsed = parse_key_result(text)
    assert (parsed.direction, parsed.target, parsed.change) == (direction, None, None)


def test_korean_raise_with_a_count_posts_things_and_is_no_change():
    # "올리다" raises a measure with no number, but posts or uploads a count of things (round 14)
    parsed = parse_key_result("생각들을 기록하고 develop해서 thoughts에 글 세개 올리기")
    assert (parsed.target, parsed.change) == (3, None)


@pytest.mark.parametrize(
    ("text", "direction", "start", "target"),
    [
        ("El sistema deberá cargar los datos en menos de 1 seg.", "stay_below", None, 1),
        ("Carregar a página em menos de 2 seg", "stay_below", None, 2),
        ("Reducir el tiempo de carga de 8 seg a 3 seg", "decrease", 8, 3),
        ("Respond in under 3 segs", "stay_below", None, 3),
    ],
)
def test_seg_is_seconds(text, direction, start, target):
    parsed = parse_key_result(text)
    assert (parsed.direction, parsed.start, parsed.target, parsed.unit) == (
        direction,
        start,
        target,
        "seconds",
    )


@pytest.mark.parametrize("text", ["Sign 40 customers in segment A", "Sign 40 customers in seg A"])
def test_seg_not_after_a_number_is_no_unit(text):
    parsed = parse_key_result(text)
    assert (parsed.target, parsed.unit) == (40, "customers")
