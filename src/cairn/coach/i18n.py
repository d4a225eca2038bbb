"""Translatable coach text without Django: English strings that remember how they were made.

The coach stays pure Python and speaks English (the CLI, the API and its tests read that).
Each message is a `Message`: a `str` equal to the English text that also keeps its
%-format template and values, so the web layer can translate the template with gettext and
fill in the same values (`cairn.web.templatetags.coach_text`). `gettext_noop` only marks a
string for extraction by `makemessages`; it is named so that xgettext's keyword list finds it.
"""

from __future__ import annotations

from typing import Any


def gettext_noop(message: str) -> str:
    """Return message unchanged; marks it for the translation catalogue."""
    return message


class Message(str):
    """English text (the str itself) plus its template and values, for translation later."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Message:
        """Return the template filled with values; remember both."""
        text = super().__new__(cls, template % values if values else template)
        text.template = template
        text.values = values
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)
