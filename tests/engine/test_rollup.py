import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine import (
    ObjectiveNode,
    Weighted,
    ancestors,
    objective_progress,
    recompute_objectives,
    summary,
    weighted_mean,
)

W = Weighted
progress_values = st.floats(-2, 3, allow_nan=False)
weights = st.floats(0.01, 100)
weighted = st.builds(Weighted, weight=weights, progress=progress_values)


def node(id, parent=None, *krs, weight=1.0, count_children=False):
    return ObjectiveNode(id, parent, weight, count_children, tuple(krs))


def test_weighted_mean_clamps_each_progress():
    assert weighted_mean([W(1, 0.5), W(3, 1.0)]) == pytest.approx(0.875)
    assert weighted_mean([W(1, 1.5), W(1, -1.0)]) == 0.5


def test_weighted_mean_without_weight_is_none():
    assert weighted_mean([]) is None
    assert weighted_mean([W(0, 0.7), W(0, 1.0)]) is None


def test_weighted_mean_accepts_a_generator():
    assert weighted_mean(W(1, p) for p in (0.2, 0.4)) == pytest.approx(0.3)


@pytest.mark.parametrize("weight", [-1, math.nan, math.inf])
def test_weighted_rejects_bad_weights(weight):
    with pytest.raises(ValueError, match="Weight"):
        Weighted(weight, 0.5)


def test_objective_progress_is_the_weighted_mean_of_its_key_results():
    result = objective_progress(key_results=[W(1, 0.2), W(1, 0.8), W(2, 1.2)])
    assert result == pytest.approx((0.2 + 0.8 + 2) / 4)


def test_objective_progress_ignores_children_when_it_has_key_results():
    assert objective_progress(key_results=[W(1, 0.4)], children=[W(1, 1.0)]) == 0.4


def test_objective_without_key_results_takes_its_children():
    assert objective_progress(key_results=[], children=[W(1, 0.2), W(3, 0.6)]) == pytest.approx(0.5)


def test_objective_with_only_weight_zero_key_results_takes_its_children():
    result = objective_progress(key_results=[W(0, 1.0)], children=[W(1, 0.3)])
    assert result == pytest.approx(0.3)


def test_objective_can_count_children_beside_key_results():
    result = objective_progress(
        key_results=[W(1, 0.0), W(1, 0.0)], children=[W(2, 1.0)], count_children=True
    )
    assert result == pytest.approx(0.5)


@pytest.mark.parametrize("count_children", [False, True])
def test_objective_with_nothing_has_zero_progress(count_children):
    assert objective_progress(key_results=[], count_children=count_children) == 0.0
    assert objective_progress(key_results=[W(0, 1)], children=[W(0, 1)]) == 0.0


def test_objective_progress_is_clamped():
    assert objective_progress(key_results=[W(1, 1.7)]) == 1.0
    assert objective_progress(key_results=[W(1, -0.7)]) == 0.0


def test_recompute_rolls_key_results_up_the_tree():
    nodes = [
        node(1),
        node(2, 1, W(1, 0.5), weight=1),
        node(3, 1, weight=3),
        node(4, 3, W(1, 1.0)),
        node(5, 3, W(1, 0.0), W(1, 0.6)),
    ]
    result = recompute_objectives(nodes)
    assert result[4] == 1.0
    assert result[5] == pytest.approx(0.3)
    assert result[3] == pytest.approx(0.65)
    assert result[2] == 0.5
    assert result[1] == pytest.approx((0.5 + 3 * 0.65) / 4)


def test_recompute_counts_children_when_the_parent_opts_in():
    nodes = [node(1, None, W(1, 0.0), count_children=True), node(2, 1, W(1, 1.0))]
    assert recompute_objectives(nodes) == {1: 0.5, 2: 1.0}


def test_recompute_ignores_parents_outside_the_nodes():
    assert recompute_objectives([node(7, 99, W(1, 0.25))]) == {7: 0.25}


def test_recompute_of_nothing_is_empty():
    assert recompute_objectives([]) == {}


def test_recompute_handles_a_very_deep_chain_without_recursion():
    depth = 50_000
    nodes = [node(i, i - 1 if i else None) for i in range(depth)]
    nodes.append(node(depth, depth - 1, W(1, 0.75)))
    result = recompute_objectives(reversed(nodes))
    assert len(result) == depth + 1
    assert result[0] == 0.75


@pytest.mark.parametrize(
    "nodes",
    [
        [node(1, 1)],
        [node(1, 2), node(2, 1)],
        [node(1, None), node(2, 3), node(3, 4), node(4, 2), node(5, 4)],
        [node(1, 2), node(2, 3), node(3, 2), node(9, None)],
    ],
)
def test_recompute_raises_on_a_loop(nodes):
    with pytest.raises(ValueError, match="loop"):
        recompute_objectives(nodes)


def test_recompute_raises_on_a_duplicate_id():
    with pytest.raises(ValueError, match="twice"):
        recompute_objectives([node(1), node(1)])


def test_ancestors_nearest_first():
    parent_of = {1: None, 2: 1, 3: 2, 4: 3}
    assert ancestors(4, parent_of) == [3, 2, 1]
    assert ancestors(1, parent_of) == []
    assert ancestors(42, parent_of) == []


def test_ancestors_include_a_parent_that_is_not_mapped():
    assert ancestors(2, {2: 9}) == [9]


def test_ancestors_stop_on_a_loop():
    assert ancestors(1, {1: 2, 2: 3, 3: 1}) == [2, 3]
    assert ancestors(1, {1: 2, 2: 3, 3: 2}) == [2, 3]
    assert ancestors(5, {5: 5}) == []


def test_summary_is_the_mean_of_clamped_progress():
    assert summary([0.5, 1.5, -1.0]) == 0.5
    assert summary(iter([0.2, 0.4])) == pytest.approx(0.3)
    assert summary([]) == 0.0


@given(st.lists(weighted, min_size=1))
def test_objective_progress_lies_between_its_key_results(krs):
    clamped = [min(max(kr.progress, 0.0), 1.0) for kr in krs]
    result = objective_progress(key_results=krs)
    assert min(clamped) - 1e-12 <= result <= max(clamped) + 1e-12
    assert 0.0 <= result <= 1.0


@given(st.lists(weighted, min_size=1), st.lists(progress_values), st.randoms())
def test_weight_zero_key_results_do_not_change_progress(krs, tracked, random):
    with_tracked = krs + [Weighted(0, p) for p in tracked]
    random.shuffle(with_tracked)
    assert objective_progress(key_results=with_tracked) == pytest.approx(
        objective_progress(key_results=krs)
    )


@given(st.lists(weighted), st.lists(weighted), st.booleans())
def test_objective_progress_is_always_a_fraction(krs, children, count_children):
    result = objective_progress(key_results=krs, children=children, count_children=count_children)
    assert 0.0 <= result <= 1.0


@st.composite
def forests(draw):
    """Random objective forests: each node's parent is an earlier node, none, or missing."""
    size = draw(st.integers(0, 40))
    ids = draw(st.lists(st.integers(0, 10_000), min_size=size, max_size=size, unique=True))
    nodes = []
    for index, id in enumerate(ids):
        parent = draw(
            st.one_of(st.none(), st.sampled_from(ids[:index]) if index else st.none(), st.just(-1))
        )
        nodes.append(
            ObjectiveNode(
                id=id,
                parent_id=parent,
                weight=draw(st.sampled_from([0.0, 0.5, 1.0, 2.0])),
                count_children=draw(st.booleans()),
                key_results=tuple(draw(st.lists(weighted, max_size=3))),
            )
        )
    return draw(st.permutations(nodes))


def naive_progress(node_id, by_id):
    node = by_id[node_id]
    children = [
        Weighted(child.weight, naive_progress(child.id, by_id))
        for child in by_id.values()
        if child.parent_id == node_id
    ]
    return objective_progress(
        key_results=node.key_results, children=children, count_children=node.count_children
    )


@given(forests())
def test_recompute_equals_naive_recursion(nodes):
    by_id = {n.id: n for n in nodes}
    result = recompute_objectives(nodes)
    assert result.keys() == by_id.keys()
    for node_id, value in result.items():
        assert value == pytest.approx(naive_progress(node_id, by_id), abs=1e-12)


@given(forests(), st.data())
def test_recompute_raises_when_a_loop_is_closed(nodes, data):
    if not nodes:
        return
    by_id = {n.id: n for n in nodes}
    start = data.draw(st.sampled_from(sorted(by_id)))
    chain = [start, *ancestors(start, {n.id: n.parent_id for n in nodes})]
    top = data.draw(st.sampled_from([c for c in chain if c in by_id]))
    looped = [
        ObjectiveNode(n.id, start, n.weight, n.count_children, n.key_results) if n.id == top else n
        for n in nodes
    ]
    with pytest.raises(ValueError, match="loop"):
        recompute_objectives(looped)


@given(forests())
def test_ancestors_of_every_node_reach_a_root(nodes):
    parent_of = {n.id: n.parent_id for n in nodes}
    for n in nodes:
        chain = ancestors(n.id, parent_of)
        assert len(chain) == len(set(chain))
        assert n.id not in chain
        if chain:
            assert parent_of.get(chain[-1]) is None
