"""Deterministic guards that a rule's patterns read hostile input in linear time, without a
clock (docs/plaintext.md, "Twenty-fourth round (issue 15): the coach"):

- `nested_unbounded`: a pattern holds no unbounded quantifier (`*`, `+`, `{n,}`) inside another
  unbounded one, the shape that backtracks catastrophically ("(a+)+", "(?:\\w+\\s*)*"); a bounded
  outer repeat ("(?:\\w+\\s+){0,3}") is allowed. A lookaround is read as its own scan;
- `Counted` and `scans`: every compiled pattern of the given modules, wrapped to record how many
  calls it gets and how many characters each is handed, so a test can assert that a text 8 times
  longer costs the same number of calls and at most 8 times the characters (no call per item or
  per line, no copy of the rest per item).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from types import ModuleType

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def _inner(op, av, inside: bool) -> list[tuple[list, bool]]:
    """Return the parts a node holds, each with whether it sits inside an unbounded repeat."""
    if op in _REPEATS:
        return [(av[2], inside or av[1] == c.MAXREPEAT)]
    if op is c.SUBPATTERN:
        return [(av[-1], inside)]
    if op is c.BRANCH:
        return [(branch, inside) for branch in av[1]]
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [(av[1], False)]  # a lookaround: its own scan
    if op is c.ATOMIC_GROUP:
        return [(av, inside)]
    return []


def _walk(items, inside: bool) -> bool:
    for op, av in items:
        if op in _REPEATS and av[1] == c.MAXREPEAT and inside:
            return True
        if any(_walk(part, deeper) for part, deeper in _inner(op, av, inside)):
            return True
    return False


def nested_unbounded(pattern: re.Pattern) -> bool:
    """Return True when the pattern nests an unbounded quantifier inside another."""
    return _walk(_parser.parse(pattern.pattern, pattern.flags), False)


def patterns(modules: Iterable[ModuleType]) -> list[tuple[str, re.Pattern]]:
    """Return every compiled pattern at the top of the modules, with its name."""
    return [
        (f"{module.__name__}.{name}", value)
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
    ]


class Counted:
    """A compiled pattern that records the characters it is handed on every call."""

    def __init__(self, pattern: re.Pattern, seen: list[int]) -> None:
        self.pattern, self.seen = pattern, seen

    def _call(self, method: str, text: str, *args):
        self.seen.append(len(text) - (args[0] if args else 0))
        return getattr(self.pattern, method)(text, *args)

    def search(self, text: str, *args):
        return self._call("search", text, *args)

    def match(self, text: str, *args):
        return self._call("match", text, *args)

    def fullmatch(self, text: str, *args):
        return self._call("fullmatch", text, *args)

    def finditer(self, text: str, *args):
        return self._call("finditer", text, *args)

    def findall(self, text: str, *args):
        return self._call("findall", text, *args)

    def sub(self, repl, text: str, *args):
        self.seen.append(len(text))
        return self.pattern.sub(repl, text, *args)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


def scans(
    monkeypatch, modules: Iterable[ModuleType], checks: list[Callable[[str], object]], piece: str
) -> Callable[[int], tuple[int, int]]:
    """Wrap the modules' patterns and return `work(n)`: the calls and the characters scanned
    by the checks on `piece` repeated n times."""
    seen: list[int] = []
    for module in modules:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, name, Counted(value, seen))

    def work(n: int) -> tuple[int, int]:
        seen.clear()
        text = piece * n + " "  # a new string each time: no sentence kept from the last call
        for check in checks:
            check(text)
        return len(seen), sum(seen)

    return work
