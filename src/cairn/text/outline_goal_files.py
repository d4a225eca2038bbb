"""YAML goal files (thirty-second reader round, part A, issue 15).

Teams and agents keep their goals in YAML files or blocks ("goals.yaml", "okrs.yml", a
"memory/goals.md" written by a tool): a root key naming them ("goals:", "objectives:", "okrs:")
over list items keyed by a title ("- title: Make deploys boring", "- name: …", "- goal: …",
"- objective: …"), each with a "key_results:" (or "krs:") key over its key results ("- Cut …",
"- title: \"Cut …\""). The reader read such an item's other keys ("owner: Ana", "status: …",
"why: …") as the wrapped end of its title, and the "title:" keys as part of the titles.

`yaml_goal_files` writes each such item, line for line (line numbers kept), as the plain shape
the reader knows: "Objective: <title>", "Owner: <owner>", "Status: <status>" below it, "Key
results:" over "- <key result>" items, a key result's own "owner:" / "status:" / "score:" /
"progress:" keys as "  - Owner: …" notes under it; its other keys (why, due, metric, target …) are
metadata and left out. An item with no "key_results:" key, a list not under such a root key, and
lines inside code fences are left as written.
"""

from __future__ import annotations

import re

_GUARD = re.compile(r"^[ \t]*(?:key_results|krs)[ \t]*:[ \t]*$", re.I | re.M)
_ROOT = re.compile(r"^(?:goals|objectives|okrs)\s*:\s*$", re.I)
_ITEM = re.compile(r"^([ \t]*)-[ \t]+(?:title|name|goal|objective)[ \t]*:[ \t]*(\S.*)$", re.I)
_KEY = re.compile(r"^([ \t]*)(?:-[ \t]+)?([A-Za-z][\w-]{0,30})[ \t]*:[ \t]*(.*)$")
_KRS = re.compile(r"^[ \t]*(?:key_results|krs)[ \t]*:[ \t]*$", re.I)
_KR_ITEM = re.compile(
    r"^([ \t]*)-[ \t]+(?:(?:title|name|text|kr|key_result|description)[ \t]*:[ \t]*)?(\S.*)$",
    re.I,
)
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)")
# the keys a goal or a key result reports, written as the reader's report lines
_REPORTS = {"owner": "Owner", "owners": "Owner", "dri": "Owner", "status": "Status"}
_KR_REPORTS = _REPORTS | {"score": "Score", "progress": "Progress"}


def yaml_goal_files(text: str) -> str:
    """Return the text with a YAML goal file's items written as plain objectives."""
    if not _GUARD.search(text):
        return text
    lines = text.split("\n")
    out = list(lines)
    root = fenced = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            fenced = not fenced
        if fenced:
            i += 1
            continue
        if line.strip() and not line[:1].isspace() and not line.startswith("-"):
            root = bool(_ROOT.match(line))
        item = _ITEM.match(line) if root else None
        if item is None:
            i += 1
            continue
        depth = len(item.group(1))
        end = i + 1
        while (
            end < len(lines)
            and (not lines[end].strip() or _indent(lines[end]) > depth)
            and not _FENCE.match(lines[end])
        ):
            end += 1
        block = range(i + 1, end)
        if any(_KRS.match(lines[k]) for k in block):
            out[i] = f"Objective: {_unquote(item.group(2))}"
            _write_item(lines, out, block)
        i = end
    return "\n".join(out)


def _write_item(lines: list[str], out: list[str], block: range) -> None:
    header = kr = -1  # the indent of the "key_results:" header and of its items
    for k in block:
        line = lines[k]
        if not line.strip():
            continue
        indent = _indent(line)
        if header >= 0 and indent <= header:
            header = kr = -1
        if _KRS.match(line):
            header = indent
            out[k] = "Key results:"
            continue
        if header < 0:
            out[k] = _report(line, _REPORTS, "")
            continue
        item = _KR_ITEM.match(line)
        if item and (kr < 0 or indent <= kr):
            kr = indent
            out[k] = f"- {_unquote(item.group(2))}"
        else:
            out[k] = _report(line, _KR_REPORTS, "  - ")


def _report(line: str, reports: dict[str, str], lead: str) -> str:
    key = _KEY.match(line)
    name = reports.get(key.group(2).lower()) if key else None
    if key is None or name is None or not key.group(3).strip():
        return ""
    return f"{lead}{name}: {_unquote(key.group(3))}"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value
