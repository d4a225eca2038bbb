"""The key result parser on the thirty-first-round families (see key_result_phrasings_thirty_first)."""

from cairn.text.cjk_changes import cjk_changes
from cairn.text.key_result_parser import parse_key_result
from tests.text.key_result_phrasings_thirty_first import near_misses, thirty_first_round_phrasings


def test_the_families_and_the_near_misses_span_four_languages_or_more():
    phrasings = thirty_first_round_phrasings()
    for families in ({"points"}, {"factor", "half"}, {"deadline"}, {"verb form"}):
        languages = {p.language for p in phrasings if p.family in families}
        assert len(languages) >= 2, (families, languages)
    assert len({p.language for p in phrasings}) >= 4
    assert len({p.language for p in near_misses()}) >= 4


def test_the_rewrites_read_what_later_rules_know():
    assert cjk_changes("전환율 3%p 개선").split() == ["전환율", "3", "pp", "増加"]
    assert "100%" in cjk_changes("매출을 2배로 늘리기")
    assert cjk_changes("リード数を3倍に増やす") == "リード数を200%増やす"
    assert cjk_changes("売上を2倍にする") == "売上を100%増やす"
    assert "30%" in cjk_changes("解約率を3割削減する")
    assert "降低20%" in cjk_changes("获客成本降低两成")
    assert "by Q2" in cjk_changes("Q2까지 이탈률을 3%로 낮추기")
    assert cjk_changes("1억 2천만") == "1억 2000만"  # the scales are read later


def test_words_that_hold_the_key_characters_are_left():
    for text in (
        "NPS 10포인트 상승",  # a score's points: no rate named
        "2배속 재생 기능 출시",  # double speed
        "2倍速再生機能をリリース",
        "割引率を10%に引き上げる",
        "生产成本降低20%",
        "完成30次用户访谈",
        "글 세개 올리기",
        "4月1日から4月30日まで毎日ブログを投稿する",  # dates, not days
    ):
        assert cjk_changes(text) == text, text


def test_a_hostile_paste_of_the_new_shapes_is_read_in_linear_scans(monkeypatch):
    from cairn.text import cjk_changes as module
    from tests.coach.linear_patterns import nested_unbounded, patterns, scans

    assert not [name for name, p in patterns([module]) if nested_unbounded(p)]
    for piece in (
        "3%p 개선 ",
        "2배로 늘리기 ",
        "3割削減 ",
        "Q2까지 ",
        "降低两成 ",
        "10日から5日へ ",
    ):
        work = scans(monkeypatch, [module], [module.cjk_changes], piece)
        (calls_small, chars_small), (calls_large, chars_large) = work(400), work(3_200)
        assert calls_small == calls_large, piece  # no call per item
        assert chars_large <= 8 * chars_small + 8 * calls_small, (
            piece
        )  # no copy of the rest per item
        assert parse_key_result(piece * 400).text
