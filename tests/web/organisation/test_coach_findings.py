"""The coach's findings are shared through the cache (Redis in production) and warmed ahead."""

from __future__ import annotations

from dataclasses import replace

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from cairn.coach import CoachConfig, review_objective
from cairn.import_export.selectors import cycle_review_rows
from cairn.okrs.models import CycleState
from cairn.okrs.permissions import Access
from cairn.web.queries import coach as coach_queries
from cairn.web.queries.coach import ReviewFilters, coach_reviews_warm, quality_review
from cairn.web.queries.coach_findings import findings_key, shared_findings
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory

REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/12",
    }
}


@pytest.fixture
def redis_cache():
    """The real Redis every app server would share (database 12, emptied around each test)."""
    with override_settings(CACHES=REDIS):
        cache.clear()
        yield cache
        cache.clear()
    coach_queries.forget_reviews()


def drafts_of(world, cycle) -> dict:
    """Return {objective id: the coach's draft without check-in ages}, as the review reads them."""
    rows = cycle_review_rows(Access(world.admin), cycle)
    return {o.pk: coach_queries._without_check_ins(draft) for o, _krs, draft in rows}


@pytest.fixture
def vague_cycle(world):
    cycle = CycleFactory(organisation=world.organisation, state=CycleState.ACTIVE)
    objective = ObjectiveFactory(
        organisation=world.organisation,
        cycle=cycle,
        owner=world.member,
        team=world.team,
        title="Be better",
    )
    KeyResultFactory(objective=objective, title="Run 4 customer workshops", start=None, target=None)
    return cycle


def test_findings_are_stored_under_a_key_of_what_they_are_computed_from(
    world, vague_cycle, redis_cache
) -> None:
    draft = next(iter(drafts_of(world, vague_cycle).values()))
    config = CoachConfig()

    found = shared_findings({1: draft}, config)

    assert found[1] == tuple(review_objective(draft, config))
    assert found[1]  # a vague objective with an activity has findings
    assert redis_cache.get(findings_key(draft, config)) == found[1]


def test_another_draft_setting_or_language_has_another_key(world, vague_cycle) -> None:
    draft = next(iter(drafts_of(world, vague_cycle).values()))
    config = CoachConfig()
    key = findings_key(draft, config)

    with translation.override("de"):
        german = findings_key(draft, config)

    assert findings_key(replace(draft, title="Delight our customers"), config) != key
    assert findings_key(draft, replace(config, max_key_results=4)) != key
    assert german != key
    assert findings_key(draft, config) == key


def test_a_review_uses_findings_another_server_already_shared(
    world, vague_cycle, redis_cache
) -> None:
    drafts = drafts_of(world, vague_cycle)
    config = world.organisation.coach
    ((pk, draft),) = drafts.items()
    # Another app server reviewed this objective and shared a finding this one cannot compute.
    marker = replace(review_objective(draft, config)[0], message="Shared by the other server")
    redis_cache.set(findings_key(draft, config), (marker,))

    review = quality_review(Access(world.admin), vague_cycle, ReviewFilters())

    messages = [row.finding.message for g in review.groups for row in g.shown]
    assert "Shared by the other server" in messages


def test_the_sweep_warms_open_cycles_not_closed_ones(world, vague_cycle, redis_cache) -> None:
    closed = CycleFactory(organisation=world.organisation, state=CycleState.CLOSED)
    old = ObjectiveFactory(
        organisation=world.organisation, cycle=closed, owner=world.member, title="Be faster"
    )
    KeyResultFactory(objective=old, title="Write 3 blog posts", start=None, target=None)
    config = world.organisation.coach

    coach_reviews_warm()

    def shared(cycle) -> list[bool]:
        return [
            redis_cache.get(findings_key(d, config)) is not None
            for d in drafts_of(world, cycle).values()
        ]

    assert shared(vague_cycle) == [True]
    assert shared(closed) == [False]


def test_the_sweep_skips_a_cycle_unchanged_since_it_last_warmed_it(
    world, vague_cycle, redis_cache
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cairn.okrs.models import Cycle

    open_cycles = Cycle.objects.filter(state__in=[CycleState.PLANNING, CycleState.ACTIVE])
    assert coach_reviews_warm() == open_cycles.count() == 2  # the world's and the vague one
    with CaptureQueriesContext(connection) as unchanged:
        assert coach_reviews_warm() == 0  # nothing changed: only the cycles and their stamps read
    assert not any('okrs_keyresult"."title"' in q["sql"] for q in unchanged.captured_queries)
    objective = ObjectiveFactory(
        organisation=world.organisation, cycle=vague_cycle, owner=world.member, title="Be bold"
    )
    KeyResultFactory(objective=objective, title="Give 5 talks", start=None, target=None)
    assert coach_reviews_warm() == 1  # a new objective: warmed again
    config = world.organisation.coach
    drafts = drafts_of(world, vague_cycle)
    assert all(redis_cache.get(findings_key(d, config)) is not None for d in drafts.values())
    redis_cache.clear()
    assert coach_reviews_warm() == 2  # the shared cache was emptied: the marks went with it
