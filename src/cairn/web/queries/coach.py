"""The cycle quality review: the coach's findings over a cycle, grouped by rule; settings history.

Reviewing a cycle of ~2,800 objectives takes seconds of text analysis, so the findings of every
objective are shared by all processes through the cache (coach_findings.py: keyed by what they
are computed from, warmed by the worker's sweep) and the assembled review is also kept per
process, keyed by cycle and coach settings and checked against a cheap stamp of the cycle's rows. Findings do not depend on who looks, so one review serves everyone;
each person then sees the objectives they may see. KR108 (stale) is the one rule that moves
with check-ins and the clock: it is left out of the kept findings and reviewed on every request.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import NamedTuple

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache as shared
from django.db.models import Count, Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from cairn.coach import (
    RULES,
    SEVERITIES,
    CoachConfig,
    Finding,
    KeyResultDraft,
    ObjectiveDraft,
    Rule,
    review_key_result,
)
from cairn.import_export.selectors import cycle_review_rows
from cairn.lib.ids import parse_id
from cairn.okrs.models import Cycle, CycleState, Initiative, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations import selectors as org_selectors
from cairn.organisations.models import Organisation, Person, Role, Team
from cairn.web.queries.coach_findings import TIMEOUT_SECONDS, _coach_code, shared_findings

STALE = "KR108"
SHOWN_PER_GROUP = 10  # findings listed per rule before "show all"
PER_PAGE = 100  # findings per page when one rule is shown
OWNER_CHOICES = 200  # past this many owners, the filter offers the owners shown
KEPT_REVIEWS = 4  # cycle reviews kept per process (~12 MB each for 2,800 objectives)
# Owner names and removed owners are not in the stamp: a kept review is refreshed this often.
MAX_AGE_SECONDS = 600


@dataclass(frozen=True)
class ReviewFilters:
    severity: str = ""
    rule: str = ""
    team: int | None = None
    owner: int | None = None
    page: int = 1

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> ReviewFilters:
        """Return filters read from GET parameters; unknown values are ignored."""
        severity, rule = params.get("severity", ""), params.get("rule", "")
        return cls(
            severity=severity if severity in SEVERITIES else "",
            rule=rule if rule in RULES else "",
            team=parse_id(params.get("team")),
            owner=parse_id(params.get("owner")),
            page=parse_id(params.get("page")) or 1,
        )

    @property
    def active(self) -> bool:
        return any((self.severity, self.rule, self.team, self.owner))


class Subject(NamedTuple):
    """An objective or key result the coach reviewed, with what the page shows about it."""

    objective_id: int
    key_result_id: int | None
    title: str
    objective_title: str
    owner_id: int | None  # the key result's owner for a key result
    objective_owner_id: int | None
    team_id: int | None


class Item(NamedTuple):
    """One finding about one subject."""

    finding: Finding
    subject: Subject


@dataclass
class ObjectiveReview:
    draft: int  # hash of the draft without check-in ages (KR108 is reviewed per request)
    findings: tuple[Finding, ...]
    subjects: tuple[Subject, ...]  # the objective, then its key results in order
    items: tuple[Item, ...] = ()

    def __post_init__(self) -> None:
        indexes = (f.key_result_index for f in self.findings)
        self.items = tuple(
            Item(f, self.subjects[0 if i is None else i + 1])
            for f, i in zip(self.findings, indexes, strict=True)
        )


@dataclass
class CycleReview:
    stamp: tuple
    objectives: dict[int, ObjectiveReview]  # in board order
    owners: dict[int, str]
    built: float = field(default_factory=time.monotonic)

    def fresh(self, stamp: tuple) -> bool:
        return self.stamp == stamp and time.monotonic() - self.built < MAX_AGE_SECONDS


_kept: OrderedDict[tuple[int, CoachConfig], CycleReview] = OrderedDict()
_lock = threading.Lock()


def _stamp(cycle: Cycle) -> tuple:
    """Return what changes whenever a finding other than KR108 could change."""
    objectives = Objective.objects.filter(cycle=cycle).aggregate(
        n=Count("id"), top=Max("id"), at=Max("updated_at")
    )
    key_results = KeyResult.objects.filter(objective__cycle=cycle).aggregate(
        n=Count("id"), top=Max("id"), at=Max("updated_at")
    )
    links = Initiative.key_results.through.objects.filter(
        keyresult__objective__cycle=cycle
    ).aggregate(n=Count("id"), top=Max("id"))
    return (cycle.state, *objectives.values(), *key_results.values(), *links.values())


def _everyone(organisation: Organisation) -> Access:
    """Return access to every objective: the coach's findings do not depend on who looks."""
    return Access(Person(organisation=organisation, role=Role.ADMIN))


def _without_check_ins(draft: ObjectiveDraft) -> ObjectiveDraft:
    krs = tuple(replace(kr, last_check_in_days_ago=None) for kr in draft.key_results)
    return replace(draft, key_results=krs)


def _subjects(objective: Objective, krs: list[KeyResult]) -> tuple[Subject, ...]:
    pk, title, owner_id, team_id = (
        objective.pk,
        objective.title,
        objective.owner_id,
        objective.team_id,
    )
    subject = Subject(pk, None, title, title, owner_id, owner_id, team_id)
    return (
        subject,
        *(Subject(pk, k.pk, k.title, title, k.owner_id, owner_id, team_id) for k in krs),
    )


def _review(cycle: Cycle, config: CoachConfig, stamp: tuple, kept: CycleReview | None):
    """Return a fresh review of the cycle, reusing the findings of unchanged objectives."""
    rows = [
        (objective, krs, _without_check_ins(draft))
        for objective, krs, draft in cycle_review_rows(_everyone(cycle.organisation), cycle)
    ]
    previous = kept.objectives if kept is not None else {}
    unchanged = {}
    for objective, _krs, draft in rows:
        old = previous.get(objective.pk)
        if old and old.draft == hash(draft):
            unchanged[objective.pk] = old.findings
    others = {o.pk: draft for o, _krs, draft in rows if o.pk not in unchanged}
    found = {**unchanged, **shared_findings(others, config)}
    reviews = {
        objective.pk: ObjectiveReview(hash(draft), found[objective.pk], _subjects(objective, krs))
        for objective, krs, draft in rows
    }
    owner_ids = {s.owner_id for r in reviews.values() for s in r.subjects if s.owner_id}
    people = Person.objects.filter(pk__in=owner_ids).select_related("user")
    return CycleReview(stamp, reviews, {p.pk: p.name for p in people})


def cycle_review(cycle: Cycle, config: CoachConfig) -> CycleReview:
    """Return the review of every objective of the cycle, recomputed only when rows changed."""
    key, stamp = (cycle.pk, config), _stamp(cycle)
    with _lock:
        kept = _kept.get(key)
    if kept is not None and kept.fresh(stamp):
        with _lock:
            _kept.move_to_end(key)
        return kept
    fresh = _review(cycle, config, stamp, kept)
    with _lock:
        _kept[key] = fresh
        _kept.move_to_end(key)
        while len(_kept) > KEPT_REVIEWS:
            _kept.popitem(last=False)
    return fresh


def _warmed_key(cycle: Cycle, config: CoachConfig) -> str:
    """Return the shared cache key noting what the cycle was last warmed from."""
    described = repr((cycle.pk, config, get_language())).encode()
    return f"cairn:coach-warmed:{_coach_code()}:{hashlib.sha256(described).hexdigest()}"


def coach_reviews_warm() -> int:
    """Review the planning and active cycles that changed since the last sweep; return how many.

    A cycle whose stamp (counts, newest ids, last edits) is what it was at the last warm-up has
    the same drafts, whose findings are still shared: the sweep skips it without loading a row.
    """
    cycles = Cycle.objects.filter(state__in=[CycleState.PLANNING, CycleState.ACTIVE])
    count = 0
    for cycle in cycles.select_related("organisation").order_by("id"):
        config, stamp = cycle.organisation.coach, _stamp(cycle)
        key = _warmed_key(cycle, config)
        if shared.get(key) == stamp:
            continue
        # Into the shared cache only: the worker keeps no review of its own in memory.
        _review(cycle, config, stamp, None)
        shared.set(key, stamp, TIMEOUT_SECONDS)
        count += 1
    return count


def forget_reviews() -> None:
    """Drop every kept review (tests start from a clean slate)."""
    with _lock:
        _kept.clear()


def _stale_only(config: CoachConfig) -> CoachConfig:
    for code in RULES:
        if code != STALE:
            config = config.with_rule(code, enabled=False)
    return config


def stale_items(review: CycleReview, cycle: Cycle, config: CoachConfig, shown: set[int]):
    """Return the KR108 findings of the shown objectives' key results, as of now."""
    if cycle.state != CycleState.ACTIVE or not config.enabled(STALE):
        return []
    cadence = cycle.organisation.check_in_cadence_days
    now = timezone.now()
    # Only key results past the documented threshold can be stale; the coach has the last word.
    before = now - timedelta(days=config.stale_periods * cadence)
    rows = KeyResult.objects.filter(objective__cycle=cycle, last_check_in_at__lte=before)
    only = _stale_only(config)
    items = []
    for pk, objective_id, at in rows.order_by("position", "id").values_list(
        "id", "objective_id", "last_check_in_at"
    ):
        subjects = review.objectives[objective_id].subjects if objective_id in shown else ()
        subject = next((s for s in subjects if s.key_result_id == pk), None)
        if subject is None:  # not shown, or added since the review was kept
            continue
        # KR108 reads only the check-in age and the cadence, so the title need not be parsed.
        draft = KeyResultDraft("", owner="-", cycle_active=True, cadence_days=cadence)
        draft = replace(draft, last_check_in_days_ago=(now - at).total_seconds() / 86400)
        items += [Item(f, subject) for f in review_key_result(draft, only)]
    return items


class Row(NamedTuple):
    """A finding as the page lists it."""

    finding: Finding
    subject: Subject
    url: str
    owner: str
    team: str


@dataclass
class RuleGroup:
    """The findings of one rule."""

    rule: Rule
    severity: str
    items: list[Item]
    shown: list[Row] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def hidden(self) -> int:
        return self.count - len(self.shown)


@dataclass
class QualityReview:
    cycle: Cycle
    objective_count: int
    key_result_count: int
    counts: dict[str, int]  # by severity, for the chosen team and owner
    groups: list[RuleGroup]
    teams: list[Team]
    owners: list[tuple[int, str]]
    rules: list[Rule]  # the enabled rules, for the filter
    page: int = 1
    page_count: int = 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _in_scope(item: Item, teams: set[int] | None, owner: int | None) -> bool:
    subject = item.subject
    if teams is not None and subject.team_id not in teams:
        return False
    return owner is None or owner in (subject.owner_id, subject.objective_owner_id)


def _groups(items: list[Item], config: CoachConfig, filters: ReviewFilters) -> list[RuleGroup]:
    """Return the findings grouped by rule: errors first, then by count, then by code."""
    by_code: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_code[item.finding.code].append(item)
    groups = [
        RuleGroup(RULES[code], config.severity(code), found)
        for code, found in by_code.items()
        if (not filters.rule or code == filters.rule)
        and (not filters.severity or config.severity(code) == filters.severity)
    ]
    rank = {s: n for n, s in enumerate(SEVERITIES)}
    return sorted(groups, key=lambda g: (rank[g.severity], -g.count, g.rule.code))


def _owner_choices(review: CycleReview, shown: set[int], groups, owner: int | None) -> list:
    """Return (id, name) of the owners to offer: all, or those on the page when there are many."""
    ids = {s.owner_id for pk in shown for s in review.objectives[pk].subjects if s.owner_id}
    if len(ids) > OWNER_CHOICES:
        ids = {row.subject.owner_id for g in groups for row in g.shown if row.subject.owner_id}
        ids |= {owner} if owner in review.owners else set()
    return sorted(((i, review.owners.get(i, "")) for i in ids), key=lambda pair: pair[1].lower())


def _visible(access: Access, cycle: Cycle, review: CycleReview) -> list[int]:
    if access.is_admin:
        return list(review.objectives)
    visible = set(
        Objective.objects.filter(access.objective_filter(), cycle=cycle).values_list(
            "pk", flat=True
        )
    )
    return [pk for pk in review.objectives if pk in visible]


def _paginate(groups: list[RuleGroup], filters: ReviewFilters) -> tuple[int, int, slice]:
    """Return the page, the number of pages and the findings to show per group.

    Without a rule filter each group shows its first few findings; one rule is shown in pages.
    """
    if not filters.rule:
        return 1, 1, slice(0, SHOWN_PER_GROUP)
    count = max((g.count for g in groups), default=0)
    pages = max(1, -(-count // PER_PAGE))
    page = min(filters.page, pages)
    return page, pages, slice((page - 1) * PER_PAGE, page * PER_PAGE)


def _show(groups: list[RuleGroup], part: slice, owners: dict[int, str], teams: list[Team]):
    """Fill each group's shown rows with links, owner and team names."""
    url = reverse("objective", args=[999999999]).replace("999999999", "{}")
    team_names = {t.pk: t.name for t in teams}
    for group in groups:
        group.shown = [
            Row(
                item.finding,
                item.subject,
                url.format(item.subject.objective_id)
                + (f"#kr-{item.subject.key_result_id}" if item.subject.key_result_id else ""),
                owners.get(item.subject.owner_id or 0, ""),
                team_names.get(item.subject.team_id or 0, ""),
            )
            for item in group.items[part]
        ]


def quality_review(access: Access, cycle: Cycle, filters: ReviewFilters) -> QualityReview:
    """Return the coach's findings over the cycle's objectives the person may see."""
    organisation = access.person.organisation
    config = organisation.coach
    review = cycle_review(cycle, config)
    shown = _visible(access, cycle, review)
    teams = list(Team.objects.filter(organisation=organisation).order_by("name"))
    scope = None
    if filters.team:
        parents = {t.pk: t.parent_id for t in teams}
        scope = org_selectors.team_descendant_ids(parents, [filters.team])
    stale = stale_items(review, cycle, config, set(shown))
    stale_by_objective: dict[int, list[Item]] = defaultdict(list)
    for item in stale:
        stale_by_objective[item.subject.objective_id].append(item)
    items = [
        item
        for pk in shown
        for item in (*review.objectives[pk].items, *stale_by_objective[pk])
        if _in_scope(item, scope, filters.owner)
    ]
    by_severity = Counter(item.finding.severity for item in items)
    groups = _groups(items, config, filters)
    page, pages, part = _paginate(groups, filters)
    _show(groups, part, review.owners, teams)
    return QualityReview(
        cycle=cycle,
        objective_count=len(shown),
        key_result_count=sum(len(review.objectives[pk].subjects) - 1 for pk in shown),
        counts={s: by_severity.get(s, 0) for s in SEVERITIES},
        groups=groups,
        teams=teams,
        owners=_owner_choices(review, set(shown), groups, filters.owner),
        rules=[rule for code, rule in RULES.items() if config.enabled(code)],
        page=page,
        page_count=pages,
    )


def last_settings_change(organisation: Organisation) -> LogEntry | None:
    """Return the latest recorded change of the organisation's settings, with its author."""
    content_type = ContentType.objects.get_for_model(Organisation)
    return (
        LogEntry.objects.filter(content_type=content_type, object_id=str(organisation.pk))
        .select_related("user")
        .order_by("-action_time", "-id")
        .first()
    )
