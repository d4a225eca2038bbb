"""What a comment is about: an objective, a key result, a check-in or an initiative.

One small wrapper gives every kind the same questions: who may see it, whose it is (owners are
told about new comments), its title and where its discussion lives.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.http import Http404
from django.urls import reverse

from cairn.execution.selectors import visible_initiative_ids
from cairn.okrs.models import CheckIn, Initiative, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person

Target = Objective | KeyResult | CheckIn | Initiative
KINDS = ("objective", "key_result", "check_in", "initiative")
URL_KINDS = {
    "objectives": "objective",
    "key-results": "key_result",
    "check-ins": "check_in",
    "initiatives": "initiative",
}


@dataclass(frozen=True)
class Subject:
    kind: str
    target: Target

    @classmethod
    def of(cls, target: Target) -> Subject:
        kind = {
            Objective: "objective",
            KeyResult: "key_result",
            CheckIn: "check_in",
            Initiative: "initiative",
        }[type(target)]
        return cls(kind, target)

    @property
    def pk(self) -> int:
        return int(self.target.pk)

    @property
    def organisation_id(self) -> int:
        return int(self.target.organisation_id)

    @property
    def filter(self) -> Q:
        """Return the filter selecting this subject's comments."""
        return Q(**{f"{self.kind}_id": self.pk})

    @property
    def objective(self) -> Objective | None:
        """Return the objective whose visibility governs the subject (None for initiatives)."""
        target = self.target
        if isinstance(target, Objective):
            return target
        if isinstance(target, KeyResult):
            return target.objective
        if isinstance(target, CheckIn):
            return target.key_result.objective
        return None

    @property
    def title(self) -> str:
        target = self.target
        if isinstance(target, CheckIn):
            return target.key_result.title
        return str(target.title)

    def owners(self) -> list[int]:
        """Return the ids of the people this subject belongs to (told about new comments)."""
        target = self.target
        if isinstance(target, Objective):
            ids = [target.owner_id]
        elif isinstance(target, KeyResult):
            ids = [target.owner_id, target.objective.owner_id]
        elif isinstance(target, CheckIn):
            ids = [target.author_id, target.key_result.owner_id]
        else:
            ids = [target.owner_id]
        return list(dict.fromkeys(i for i in ids if i is not None))

    def thread_url(self) -> str:
        """Return the path of the page holding this subject's discussion."""
        slug = {v: k for k, v in URL_KINDS.items()}[self.kind]
        return reverse("comments", args=[slug, self.pk])

    def page_url(self) -> str:
        """Return the subject's own page (the objective page for a key result or check-in)."""
        if isinstance(self.target, Initiative):
            return reverse("initiative", args=[self.pk])
        objective = self.objective
        assert objective is not None
        anchor = f"#kr-{self.target.key_result_id}" if self.kind == "check_in" else ""
        if self.kind == "key_result":
            anchor = f"#kr-{self.pk}"
        return reverse("objective", args=[objective.pk]) + anchor


def can_see(person: Person, subject: Subject) -> bool:
    """Return True when the person may see the subject (and so its comments)."""
    if not person.is_active or person.organisation_id != subject.organisation_id:
        return False
    access = Access(person)
    objective = subject.objective
    if objective is not None:
        return access.can_view_objective(objective)
    if access.is_admin:
        return True
    return Initiative.objects.filter(pk=subject.pk, pk__in=visible_initiative_ids(person)).exists()


def can_write(person: Person, subject: Subject) -> bool:
    """Return True when the person may comment and react: anyone who sees it, but viewers."""
    return not person.is_viewer and can_see(person, subject)


def subject_for(person: Person, url_kind: str, pk: int) -> Subject:
    """Return the subject named by a URL if the person may see it, else raise Http404."""
    kind = URL_KINDS.get(url_kind)
    if kind is None:
        raise Http404
    model = {
        "objective": Objective.objects.select_related("owner__user", "cycle"),
        "key_result": KeyResult.objects.select_related("objective", "owner__user"),
        "check_in": CheckIn.objects.select_related("key_result__objective", "author__user"),
        "initiative": Initiative.objects.select_related("owner__user"),
    }[kind]
    target = model.filter(organisation_id=person.organisation_id, pk=pk).first()
    if target is None:
        raise Http404
    subject = Subject(kind, target)
    if not can_see(person, subject):
        raise Http404
    return subject
