"""`cairn token create EMAIL [--org SLUG] [--scope read|write] [--name NAME] [--expires-days N]`.

Also `cairn token list [--email EMAIL]` and `cairn token revoke PREFIX`.
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from cairn.api.models import ApiToken, TokenScope
from cairn.api.tokens import token_create, token_revoke
from cairn.organisations.models import Person


class Command(BaseCommand):
    help = "Create, list and revoke personal API tokens."

    def add_arguments(self, parser: ArgumentParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="Create a token; prints it as the last line.")
        create.add_argument("email")
        create.add_argument("--org", help="Organisation slug (needed when in several).")
        create.add_argument("--scope", choices=TokenScope.values, default=TokenScope.WRITE)
        create.add_argument("--name", default="CLI token")
        create.add_argument(
            "--expires-days", type=int, default=None, help="Days until it expires (default never)."
        )
        listing = actions.add_parser("list", help="List tokens (never their secrets).")
        listing.add_argument("--email")
        revoke = actions.add_parser("revoke", help="Revoke a token by its prefix.")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['action']}")(options)

    def _person(self, email: str, org: str | None) -> Person:
        people = Person.objects.filter(user__email__iexact=email.strip(), is_active=True)
        if org:
            people = people.filter(organisation__slug=org)
        found = list(people.select_related("organisation")[:2])
        if not found:
            raise CommandError(f"No active person {email} found" + (f" in {org}." if org else "."))
        if len(found) > 1:
            raise CommandError(f"{email} belongs to several organisations: pass --org SLUG.")
        return found[0]

    def _create(self, options: dict[str, Any]) -> None:
        person = self._person(options["email"], options["org"])
        try:
            new = token_create(
                person=person,
                name=options["name"],
                scope=options["scope"],
                expires_days=options["expires_days"],
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        self.stdout.write(
            f"Created {new.token.scope} token {new.token.prefix} for {person.user.email} "
            f"in {person.organisation.slug}, {_expiry(new.token)}. It is shown only once:"
        )
        self.stdout.write(new.plaintext)

    def _list(self, options: dict[str, Any]) -> None:
        tokens = ApiToken.objects.select_related("person__user", "organisation")
        if options["email"]:
            tokens = tokens.filter(person__user__email__iexact=options["email"])
        for token in tokens:
            state = "revoked" if token.revoked_at else ("expired" if token.is_expired else "active")
            used = token.last_used_at.isoformat() if token.last_used_at else "never"
            self.stdout.write(
                f"{token.prefix}\t{token.person.user.email}\t{token.organisation.slug}\t"
                f"{token.scope}\t{state}\tlast used {used}\t{token.name}"
            )

    def _revoke(self, options: dict[str, Any]) -> None:
        token = ApiToken.objects.filter(prefix=options["prefix"]).first()
        if token is None:
            raise CommandError(f"No token with prefix {options['prefix']}.")
        token_revoke(token=token)
        self.stdout.write(f"Revoked token {token.prefix}.")


def _expiry(token: ApiToken) -> str:
    """Return when the token expires, for the command's output."""
    if token.expires_at is None:
        return "never expiring"
    return f"expiring {token.expires_at.isoformat(timespec='seconds')}"
