"""Reader rules after round 33's first run (issue 15): a key result's progress or status written
after a dash that closes its line (cairn.text.doc_dash_progress, cairn.text.doc_clean).

The families are generated in eight languages (tests/text/document_shapes_after_thirty_third.py)
and must be read exactly (tests/text/test_document_families.py); here the rules' own sentences,
near misses and hostile input.
"""

import pytest

from bench.documents import read_tree
from cairn.text.doc_dash_progress import dash_progress
from tests.text.hostile_pages import assert_reads_in_linear_time


def _krs(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (kr["title"], kr["score"], kr["status"]) for o in read_tree(text) for kr in o["key_results"]
    ]


ROUND33 = """## 8. OKRs Hiện tại

### Company OKRs — Q2/2026 (Apr-Jun)

**Objective 1**: Hoàn thiện sản phẩm MVP đủ để pilot

- KR1: Hoàn thành core features (quản lý CLB, học viên, đai/đẳng) — 100%
- KR2: Hoàn thành module giải đấu (đăng ký, bốc thăm, kết quả) — 100%
- KR3: UI/UX đạt chuẩn chuyên nghiệp (design review passed) — 100%

**Objective 2**: Có khách hàng pilot đầu tiên

- KR1: Ký pilot với 2-3 CLB/Võ đường — confirmed
- KR2: CSAT từ pilot users >80%

**Objective 3**: Xây dựng nền tảng vận hành chuyên nghiệp

- KR1: Tổ chức AI (SOPs, Workflows, Skills) hoàn chỉnh — ✅ Done
"""


def test_the_round33_page_reads_progress_and_statuses():
    assert _krs(ROUND33) == [
        ("Hoàn thành core features (quản lý CLB, học viên, đai/đẳng)", 1.0, None),
        ("Hoàn thành module giải đấu (đăng ký, bốc thăm, kết quả)", 1.0, None),
        ("UI/UX đạt chuẩn chuyên nghiệp (design review passed)", 1.0, None),
        ("Ký pilot với 2-3 CLB/Võ đường", None, "confirmed"),
        ("CSAT từ pilot users >80%", None, None),
        ("Tổ chức AI (SOPs, Workflows, Skills) hoàn chỉnh", None, "done"),
    ]


@pytest.mark.parametrize(
    ("text", "title", "score"),
    [
        ("Complete the billing page — 60%", "Complete the billing page", 0.6),
        ("Ship onboarding v2 – 40%", "Ship onboarding v2", 0.4),
        ("Cut churn to 5 tickets a week - 60%", "Cut churn to 5 tickets a week", 0.6),
        ("Reach 40 weekly active teams — 25%", "Reach 40 weekly active teams", 0.25),
        ("Cut failed deploys from 12% to 3% — 50%", "Cut failed deploys from 12% to 3%", 0.5),
        ("Terminar la migración — 75%", "Terminar la migración", 0.75),
        ("Die Migration abschließen – 50%", "Die Migration abschließen", 0.5),
        ("Lancer le portail partenaires — 30%", "Lancer le portail partenaires", 0.3),
        ("完成支付模块上线 — 80%", "完成支付模块上线", 0.8),
        ("결제 모듈 출시 — 50%", "결제 모듈 출시", 0.5),
    ],
)
def test_a_share_after_a_complete_key_result_is_its_progress(text, title, score):
    assert dash_progress(text) == (title, score)
    assert _krs(f"## Goal\n\n- {text}\n") == [(title, score, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Reduce churn — to 5%",  # a target after a preposition
        "Grow MAU — 20%",  # a change, then its amount
        "NPS — 40",  # a metric, no share
        "Conversion rate – 3%",  # a metric label, then its target
        "Tasa de conversión – 3%",
        "Increase conversion 2% - 3%",  # a range
        "Hire engineers 10 - 20%",
        "Q3 revenue — 20%",  # a quarter is no measure
        "Cut failed deploys from 12% to 3% – 50%",  # after a share, an en dash may be a range
    ],
)
def test_near_misses_keep_the_share_in_the_title(text):
    assert dash_progress(text) is None
    assert _krs(f"## Goal\n\n- {text}\n") == [(text, None, None)]


def test_siblings_closed_the_same_way_follow_a_complete_one():
    page = "## Goal\n\n- Ship the billing page — 100%\n- UI meets the design standard — 40%\n"
    assert _krs(page) == [
        ("Ship the billing page", 1.0, None),
        ("UI meets the design standard", 0.4, None),
    ]


@pytest.mark.parametrize(
    "page",
    [
        # metric labels closed by their targets: none complete
        "## Goal\n\n- Tasa de conversión – 3%\n- Tasa de abandono – 5%\n",
        # changes then their amounts stay targets beside a complete sibling
        "## Goal\n\n- Ship the billing page\n- Grow MAU — 20%\n- Grow revenue — 30%\n",
    ],
)
def test_siblings_without_a_complete_one_or_changes_keep_the_share(page):
    assert all(score is None for _, score, _ in _krs(page))
    assert any("%" in title for title, _, _ in _krs(page))


@pytest.mark.parametrize(
    ("word", "lang_text"),
    [
        ("confirmed", "Sign 3 pilot clubs"),
        ("đã xong", "Ký 3 hợp đồng pilot"),
        ("完成", "签约 3 家试点俱乐部"),
        ("완료", "파일럿 클럽 3곳 계약"),
        ("erledigt", "3 Pilotvereine gewinnen"),
        ("hecho", "Firmar 3 clubes piloto"),
        ("bestätigt", "3 Pilotvereine gewinnen"),
        ("confirmado", "Firmar 3 clubes piloto"),
    ],
)
def test_a_status_word_after_a_dash_is_the_status(word, lang_text):
    assert _krs(f"## Goal\n\n- {lang_text} — {word}\n") == [(lang_text, None, word)]


HOSTILE = {
    "dashes": lambda n: "## G\n- Ship " + " — " * (10 * n) + "40%\n",
    "hyphens": lambda n: "## G\n- Ship " + "- 1" * (10 * n) + " - 40%\n",
    "siblings": lambda n: "## G\n" + "\n".join(f"- Ship part {i} of the app — 40%" for i in range(n)),
    "nested": lambda n: "## G\n" + "\n".join(f"- a — 1%\n  - b {i} c d — 2%" for i in range(n)),
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 300)
