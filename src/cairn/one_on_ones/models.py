"""A private space between a person and their manager: shared notes and action items."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Organisation, Person


class OneOnOne(models.Model):
    """The one-on-one of a report with their manager (from the people directory)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    manager = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    report = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["manager", "report"], name="one_on_one_pair"),
        ]

    def __str__(self) -> str:
        return f"{self.manager} / {self.report}"

    def involves(self, person: Person) -> bool:
        return person.pk in (self.manager_id, self.report_id)


class Note(models.Model):
    """Shared notes of one meeting, written by either of the two."""

    one_on_one = models.ForeignKey(OneOnOne, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL, related_name="+")
    held_on = models.DateField(_("held on"))
    text = models.TextField(_("notes"), max_length=10000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["one_on_one", "-held_on", "-id"], name="note_newest")]

    def __str__(self) -> str:
        return f"{self.held_on}"


class ActionItem(models.Model):
    """Something one of the two will do; open ones come back every time until done."""

    one_on_one = models.ForeignKey(OneOnOne, on_delete=models.CASCADE, related_name="actions")
    text = models.CharField(_("action"), max_length=500)
    owner = models.ForeignKey(Person, null=True, on_delete=models.SET_NULL, related_name="+")
    due = models.DateField(_("due"), null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due", "id"]

    def __str__(self) -> str:
        return self.text
