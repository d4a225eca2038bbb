"""A comment's text: mentions written as tokens, a Markdown subset rendered and sanitised by nh3.

Mentions are stored by id (`@[Ada Lovelace](person:12)`, `@[Platform](team:5)`), so a rename
shows the new name everywhere; the name in the brackets is only a hint for the reader of the
source. `@ada@example.com` is accepted as well and rewritten to a token when the comment is saved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

MAX_BODY = 5000
TOKEN = re.compile(r"@\[(?P<hint>[^\]\n]{0,200})\]\((?P<kind>person|team):(?P<id>\d{1,18})\)")
EMAIL = re.compile(r"(?<![\w@./])@(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~])")

# The subset: emphasis, links, lists, inline code and code blocks, quotes, line breaks.
_markdown = MarkdownIt("zero", {"html": False, "breaks": True}).enable(
    ["emphasis", "link", "list", "backticks", "fence", "code", "blockquote", "newline", "escape"]
)
_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "code", "pre", "blockquote"}
_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}


@dataclass(frozen=True)
class Ref:
    """A mention by kind ("person" or "team") and id."""

    kind: str
    id: int


def mention_refs(body: str) -> list[Ref]:
    """Return the mention tokens of a body, in order, each once."""
    refs: list[Ref] = []
    for match in TOKEN.finditer(body):
        ref = Ref(match["kind"], int(match["id"]))
        if ref not in refs:
            refs.append(ref)
    return refs


def emails(body: str) -> list[str]:
    """Return the `@address` mentions of a body, lower-cased."""
    return [m["email"].lower() for m in EMAIL.finditer(body)]


def tokens_for_emails(body: str, people: Mapping[str, tuple[int, str]]) -> str:
    """Return the body with each known `@address` replaced by its person's token."""

    def replace(match: re.Match[str]) -> str:
        found = people.get(match["email"].lower())
        if found is None:
            return match[0]
        return f"@[{_hint(found[1])}](person:{found[0]})"

    return EMAIL.sub(replace, body)


def _hint(name: str) -> str:
    return name.replace("[", "(").replace("]", ")").replace("\n", " ")[:200]


def plain(body: str, names: Mapping[Ref, str]) -> str:
    """Return the body as plain text for notifications: tokens become `@Name`."""

    def replace(match: re.Match[str]) -> str:
        ref = Ref(match["kind"], int(match["id"]))
        return "@" + names.get(ref, match["hint"])

    return TOKEN.sub(replace, body)


def render(body: str, names: Mapping[Ref, str], links: Mapping[Ref, str]) -> Markup:
    """Return the body as safe HTML: the Markdown subset, mentions linked, sanitised by nh3."""

    def replace(match: re.Match[str]) -> str:
        ref = Ref(match["kind"], int(match["id"]))
        name = MARKDOWN_SPECIAL.sub(r"\\\1", "@" + names.get(ref, match["hint"]))
        link = links.get(ref)
        return f"[{name}]({link})" if link else name

    html = _markdown.render(TOKEN.sub(replace, body))
    cleaned = nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
    )
    return Markup(cleaned)  # noqa: S704  (nh3 has sanitised it)
