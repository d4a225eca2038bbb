"""An OKR tree written as a blockquote (thirteenth round, issue 15).

"Ejemplo:" / "> - **Objetivo 1**: Posicionarnos como la marca de referencia" / ">   - **Resultado
clave 1.1**: Incrementar las recomendaciones en un 20%" / ">     - **Iniciativa 1.1.1**: …": a blog
post quotes its one OKR tree. A blockquote is context elsewhere (a citation, a definition), so
`unquote_trees` takes the quote marks off only a quoted block of list items that marks an
objective with its id ("Objetivo 1") and, nested deeper, a key result with its id ("Resultado
clave 1.1"), and only where no line outside quotes marks an objective with an id (there the
quoted tree is an example beside the page's own OKRs). A quoted list defining the terms
("> - **Objetivo**: Dónde queremos llegar", no ids) stays a quote.
"""

from __future__ import annotations

import re

from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE

_QUOTED = re.compile(r"^ {0,3}> ?(.*)$")
_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,2}[.)])\s+(.*)$")
_HEADING_OR_ITEM = re.compile(r"^\s*(?:#{1,6}|[-*+]|\d{1,2}[.)])\s+(.*)$")


def _marks_with_id(pattern: re.Pattern[str], content: str) -> bool:
    """Return True for "**Objetivo 1**: …" / "Resultado clave 1.1: …": a marker and its id."""
    plain = content.replace("**", "").replace("__", "")
    match = pattern.match(plain)
    return bool(match) and any(ch.isdigit() for ch in plain[: match.start(1)])  # type: ignore[union-attr]


def _tree_block(inner: list[str]) -> bool:
    """Return True when the quoted lines nest a key result with an id under an objective with one."""
    objective_indent = None
    for text in inner:
        item = _ITEM.match(text)
        if item is None:
            continue
        indent = len(item.group(1).expandtabs(4))
        if _marks_with_id(_OBJECTIVE, item.group(2)):
            objective_indent = indent
        elif (
            objective_indent is not None
            and indent > objective_indent
            and _marks_with_id(_KEY_RESULT, item.group(2))
        ):
            return True
    return False


def unquote_trees(text: str) -> str:
    """Return the text with the quote marks taken off a quoted OKR tree (see the module)."""
    if "\n>" not in text and not text.startswith(">"):
        return text
    lines = text.split("\n")
    blocks, start = [], None
    for i, line in enumerate([*lines, ""]):
        quoted = line[:4].lstrip().startswith(">")
        if quoted and start is None:
            start = i
        elif not quoted and start is not None:
            blocks.append((start, i))
            start = None
    trees = []
    for first, end in blocks:
        inner = [_QUOTED.match(line).group(1) for line in lines[first:end]]  # type: ignore[union-attr]
        if _tree_block(inner):
            trees.append((first, end, inner))
    if not trees:
        return text
    quoted_at = {i for first, end in blocks for i in range(first, end)}
    for i, line in enumerate(lines):
        if i in quoted_at:
            continue
        own = _HEADING_OR_ITEM.match(line)
        if _marks_with_id(_OBJECTIVE, (own.group(1) if own else line).strip()):
            return text  # the page's own objectives: the quoted tree is an example beside them
    for first, end, inner in trees:
        lines[first:end] = inner
    return "\n".join(lines)
