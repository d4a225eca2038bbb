"""`cairn person-data export EMAIL` (JSON on stdout) and `cairn person-data erase EMAIL --yes`."""

from __future__ import annotations

import json
from argparse import ArgumentParser
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from cairn.organisations.erasure import person_erase
from cairn.organisations.models import Person
from cairn.organisations.personal_data import personal_data_export


class Command(BaseCommand):
    help = (
        "Export everything about a person as JSON (every organisation they belong to), or erase "
        "them: name and email anonymised, OKR history kept (docs/security.md, Personal data)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        export = actions.add_parser("export", help="Print the person's data as JSON.")
        export.add_argument("email")
        erase = actions.add_parser("erase", help="Anonymise the person (cannot be undone).")
        erase.add_argument("email")
        erase.add_argument("--yes", action="store_true", help="confirm the erasure")

    def handle(self, *args: Any, **options: Any) -> None:
        people = list(
            Person.objects.filter(user__email__iexact=options["email"].strip())
            .select_related("user", "organisation")
            .order_by("pk")
        )
        if not people:
            raise CommandError(f"No person with the email {options['email']} found.")
        if options["action"] == "export":
            exports = [personal_data_export(person=person, actor=None) for person in people]
            data = {"email": people[0].user.email, "organisations": exports}
            self.stdout.write(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
            return
        if not options["yes"]:
            raise CommandError("Erasing cannot be undone: add --yes to confirm.")
        try:
            done = person_erase(person=people[0], actor=None)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if done.already:
            self.stdout.write(f"Already erased: {done.label}.")
            return
        removed = ", ".join(
            f"{n} {what.replace('_', ' ')}" for what, n in done.removed.items() if n
        )
        self.stdout.write(f"Erased: now {done.label} ({removed or 'nothing else to remove'}).")
