"""Which language a person reads Cairn in: their own choice, else the organisation's, else the browser's."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

from cairn.organisations.models import Organisation, Person


def supported() -> list[str]:
    """Return the codes of the languages Cairn ships ("en", "de", …)."""
    return [code for code, _name in settings.LANGUAGES]


def chosen_language(person: Person) -> str:
    """Return the person's language, else the organisation's default; "" leaves it to the browser."""
    for code in (person.user.language, person.organisation.language):
        if code in supported():
            return code
    return ""


def in_language_of(person: Person) -> translation.override:
    """Return a context in which gettext speaks the person's language (else the server's)."""
    return translation.override(chosen_language(person) or settings.LANGUAGE_CODE)


def organisation_language(organisation: Organisation) -> str:
    """Return the organisation's default language (else the server's): for text many people read,
    such as a post to a team's chat channel."""
    return organisation.language if organisation.language in supported() else settings.LANGUAGE_CODE
