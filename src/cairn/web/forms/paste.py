"""The paste box: its form, and the pure step from posted fields to a Plan.

The pasted text is parsed again on every request; the person's edits travel in form fields
named after each item's place in the document (`o-0-title`, `o-0-include`, `o-0-owner`,
`o-0-kr-1-title` …), never in the session. `draft_from_fields` lays those edits over the
parsed document, re-reads edited key result titles and reviews what is included;
`Draft.plan()` is exactly the included, edited items as a Plan for `plan_import`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.coach import CoachConfig, Finding
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team
from cairn.text.document import (
    CANONICAL,
    DocKeyResult,
    DocObjective,
    ParsedDocument,
    Problem,
    review_document,
)
from cairn.text.key_result_parser import ParsedKeyResult, parse_key_result
from cairn.text.plan import Plan, PlanObjective, format_number

MAX_BYTES = 200 * 1024  # a long strategy document is ~30 KB; bigger files go through `cairn import`
FIELDS_PER_ITEM = 3  # title, include, owner
_MEASURED = ("increase", "decrease", "stay_above", "stay_below")


def text_digest(text: str) -> str:
    """Return a short fingerprint of the text: edits only apply to the text they were made on."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class PasteForm(forms.Form):
    text = forms.CharField(
        label=_("Your OKRs as text"),
        strip=False,  # stripping leading blank lines would shift every line number
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false", "class": "paste-text"}),
        help_text=_(
            "Paste from a document, slide or chat: “O:” and “KR 1:” lines, “Objective:” with a "
            "list of key results, Markdown headings with bullets, numbered lists, or Cairn's own "
            "Markdown export. Nothing is saved until you create."
        ),
    )
    team = forms.ModelChoiceField(
        label=_("Team"),
        queryset=Team.objects.none(),
        required=False,
        help_text=_("The objectives belong to this team, unless the text names one."),
    )
    source = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["team"]
        teams = Team.objects.filter(organisation_id=person.organisation_id).order_by("name", "pk")
        access = Access(person)
        self.no_team = False
        if access.is_admin:
            field.empty_label = _("Company level")
        else:  # members write for their own teams, leads for the teams they lead
            field.empty_label = None
            allowed = access.member_teams | access.led_teams
            teams = teams.filter(pk__in=allowed)
            self.no_team = not allowed
            field.required = bool(allowed)
        field.queryset = teams

    def clean_text(self) -> str:
        # browsers post CRLF from a form submit and LF from htmx: one text, one fingerprint
        text = self.cleaned_data["text"].replace("\r\n", "\n").replace("\r", "\n")
        size = len(text.encode("utf-8"))
        if size > MAX_BYTES:
            raise forms.ValidationError(
                _(
                    "The text is %(size)d KB; paste at most %(limit)d KB at a time, or import "
                    "the file with “cairn import”."
                ),
                params={"size": -(-size // 1024), "limit": MAX_BYTES // 1024},
            )
        if not text.strip():
            raise forms.ValidationError(_("Paste some OKRs first."))
        return text


@dataclass(frozen=True)
class _DraftItem:
    """What objectives and key results share on the page: form prefix, item read, edits."""

    prefix: str  # the name prefix of its form fields, "o-0" or "o-0-kr-1"
    item: DocObjective | DocKeyResult  # edited title and owner, findings when included
    original: str  # the title as read from the text
    include: bool

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def owner(self) -> str:
        return self.item.owner or ""

    @property
    def line(self) -> int:
        return self.item.line

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.item.findings

    @property
    def edited(self) -> bool:
        return self.item.title != self.original


@dataclass(frozen=True)
class DraftKeyResult(_DraftItem):
    """A key result as the person sees it: read from the text, then edited."""

    item: DocKeyResult  # also its re-read measure

    @property
    def parsed(self) -> ParsedKeyResult:
        return self.item.parsed

    @property
    def type(self) -> str:
        """Return the plan type: the stated one, else the parsed direction, else milestone."""
        if self.item.type:
            return self.item.type
        measured = self.parsed.measurable and self.parsed.direction is not None
        return self.parsed.direction if measured else "milestone"  # type: ignore[return-value]

    @property
    def milestone(self) -> bool:
        """Return True when it will be created as a milestone (no measure to track)."""
        start, target = self.parsed.start, self.parsed.target
        if self.type in ("increase", "decrease"):
            return start is None or target is None
        return self.type not in _MEASURED or target is None

    @property
    def start_text(self) -> str:
        return format_number(self.parsed.start)

    @property
    def target_text(self) -> str:
        return format_number(self.parsed.target)


@dataclass(frozen=True)
class DraftObjective(_DraftItem):
    """An objective as the person sees it, with its key results."""

    item: DocObjective
    key_results: tuple[DraftKeyResult, ...] = ()

    @property
    def included_key_results(self) -> list[DraftKeyResult]:
        return [kr for kr in self.key_results if kr.include] if self.include else []

    @property
    def initiatives(self) -> tuple[str, ...]:
        """Return the initiatives written directly under the objective."""
        return tuple(i.title for i in self.item.initiatives if i.key_result is None)


@dataclass(frozen=True)
class Draft:
    """The pasted document with the person's edits, ready to preview or to create."""

    objectives: tuple[DraftObjective, ...]
    problems: tuple[Problem, ...]
    format: str
    document: ParsedDocument  # only the included items, edited and reviewed

    @property
    def included(self) -> list[DraftObjective]:
        return [o for o in self.objectives if o.include]

    @property
    def key_result_count(self) -> int:
        return sum(len(o.included_key_results) for o in self.objectives)

    def owners(self) -> set[str]:
        """Return the owner emails the included items name."""
        named = {o.owner for o in self.included}
        named |= {kr.owner for o in self.included for kr in o.included_key_results}
        return named - {""}

    def unmeasured(self) -> list[str]:
        """Return the included key results that become milestones because no measure was read."""
        return [
            kr.title
            for o in self.objectives
            for kr in o.included_key_results
            if not kr.item.type and kr.type == "milestone"
        ]

    def plan(self, cycle: str | None = None, team: str | None = None) -> Plan:
        """Return the included items as a Plan; `team` goes to objectives without one."""
        plan = self.document.to_plan(cycle)
        objectives = tuple(replace(o, team=o.team or team) for o in plan.objectives)
        return replace(plan, objectives=objectives)

    def lines(self) -> list[tuple[int, list[int]]]:
        """Return the source lines of the plan's objectives and key results, in plan order."""
        return [(o.line, [kr.line for kr in o.key_results]) for o in self.document.objectives]


def item_count(document: ParsedDocument) -> int:
    """Return the number of objectives and key results read (each gets its own fields)."""
    return len(document.objectives) + sum(len(o.key_results) for o in document.objectives)


def draft_from_fields(
    document: ParsedDocument, data: Mapping[str, str], config: CoachConfig | None = None
) -> Draft:
    """Return the document with the posted edits applied and the included items reviewed.

    An item whose title field was not posted keeps what the text says and is included; a
    posted one is included only when its include box was ticked. Owners left blank mean
    the person pasting, so the coach's no-owner rule does not run.
    """
    canonical = document.format == CANONICAL
    objectives = [
        _draft_objective(i, o, data, canonical) for i, o in enumerate(document.objectives)
    ]
    included = _included_document(document, objectives)
    if config is not None:
        included = review_document(included, config.with_rule("OKR007", enabled=False))
    reviewed = iter(included.objectives)
    for i, objective in enumerate(objectives):
        if objective.include:
            objectives[i] = _with_findings(objective, next(reviewed))
    return Draft(tuple(objectives), document.problems, document.format, included)


def _draft_objective(
    i: int, objective: DocObjective, data: Mapping[str, str], canonical: bool
) -> DraftObjective:
    prefix = f"o-{i}"
    krs = []
    for n, kr in enumerate(objective.key_results):
        kr_prefix = f"{prefix}-kr-{n}"
        title = _title(data, kr_prefix, kr.title)
        parsed = kr.parsed if title == kr.title else _reread(kr.parsed, title, canonical)
        owner = _owner(data, kr_prefix, kr.owner)
        item = replace(kr, title=title, parsed=parsed, owner=owner, findings=())
        krs.append(DraftKeyResult(kr_prefix, item, kr.title, _included(data, kr_prefix)))
    title, owner = _title(data, prefix, objective.title), _owner(data, prefix, objective.owner)
    edited = tuple(kr.item for kr in krs)
    item = replace(objective, title=title, owner=owner, key_results=edited, findings=())
    return DraftObjective(prefix, item, objective.title, _included(data, prefix), tuple(krs))


def _title(data: Mapping[str, str], prefix: str, read: str) -> str:
    return (data.get(f"{prefix}-title") or "").strip() if f"{prefix}-title" in data else read


def _owner(data: Mapping[str, str], prefix: str, read: str | None) -> str | None:
    if f"{prefix}-owner" not in data:
        return read
    return (data.get(f"{prefix}-owner") or "").strip() or None


def _included(data: Mapping[str, str], prefix: str) -> bool:
    return f"{prefix}-include" in data if f"{prefix}-title" in data else True


def _reread(parsed: ParsedKeyResult, title: str, canonical: bool) -> ParsedKeyResult:
    """Return the measure of an edited title; canonical Markdown keeps its stated numbers."""
    fresh = parse_key_result(title)
    if not canonical:
        return fresh
    return replace(parsed, text=title, metric=fresh.metric)


def _included_document(
    document: ParsedDocument, objectives: list[DraftObjective]
) -> ParsedDocument:
    """Return a document of the included, edited items (its stated plan too, if canonical)."""
    kept = [o for o in objectives if o.include]
    items = tuple(
        replace(
            o.item,
            key_results=tuple(kr.item for kr in o.included_key_results),
            initiatives=tuple(i for i in o.item.initiatives if i.key_result is None),
        )
        for o in kept
    )
    plan = None
    if document.plan is not None:
        pairs = zip(objectives, document.plan.objectives, strict=True)
        plan = replace(
            document.plan, objectives=tuple(_stated(o, s) for o, s in pairs if o.include)
        )
    return ParsedDocument(items, (), document.format, plan)


def _stated(objective: DraftObjective, stated: PlanObjective) -> PlanObjective:
    """Return the stated objective with the edited titles and owners, included KRs only."""
    krs = tuple(
        replace(planned, title=kr.title, owner=kr.item.owner)
        for kr, planned in zip(objective.key_results, stated.key_results, strict=True)
        if kr.include
    )
    return replace(stated, title=objective.title, owner=objective.item.owner, key_results=krs)


def _with_findings(objective: DraftObjective, reviewed: DocObjective) -> DraftObjective:
    """Return the objective carrying the findings of its reviewed, included counterpart."""
    findings = iter(reviewed.key_results)
    krs = tuple(
        replace(kr, item=replace(kr.item, findings=next(findings).findings)) if kr.include else kr
        for kr in objective.key_results
    )
    item = replace(objective.item, findings=reviewed.findings)
    return replace(objective, item=item, key_results=krs)
