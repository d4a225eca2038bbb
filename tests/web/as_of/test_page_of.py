"""`page_of`: a page of the merge of a database order and rows placed by their values then."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cairn.web.queries.as_of import page_of


@given(
    keys=st.lists(st.integers(0, 60), unique=True, max_size=40),
    moved_share=st.integers(0, 10),
    start=st.integers(0, 50),
    size=st.integers(1, 8),
    counted=st.booleans(),
)
def test_a_page_equals_the_sorted_merge(keys, moved_share, start, size, counted):
    moved_keys = set(keys[: min(moved_share, len(keys))])
    stay = sorted(k for k in keys if k not in moved_keys)
    reads = []

    def read(offset: int, limit: int) -> list[tuple]:
        reads.append(limit)
        return [(k, k) for k in stay[offset : offset + limit]]

    ids, total = page_of(
        read,
        (lambda: len(stay)) if counted else None,
        lambda row: (row[1],),
        [((k,), k) for k in moved_keys],
        start,
        size,
    )
    merged = sorted(keys)
    assert ids == merged[start : start + size]
    if counted:
        assert total == len(keys)
    assert (total > start + size) == (len(keys) > start + size)
    assert reads == [start + size - max(0, start - len(moved_keys)) + 1]  # one window read
