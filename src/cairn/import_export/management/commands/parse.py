"""`cairn parse "TEXT"`: what a key result sentence says, and what the coach thinks of it."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandParser

from cairn.coach import review_sentence
from cairn.text.key_result_parser import parse_key_result
from cairn.text.plan import format_number


class Command(BaseCommand):
    help = "Parse a key result sentence: direction, start, target, change, unit, metric, findings."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("text", help='the key result, e.g. "Cut churn from 6%% to 3%%"')
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args: object, **options: object) -> None:
        text = str(options["text"])
        data = parse_key_result(text).as_dict()
        data["findings"] = [f.as_dict() for f in review_sentence(text)]
        if options["json"]:
            self.stdout.write(json.dumps(data, ensure_ascii=False))
        else:
            self.stdout.write(summary(data))


def summary(data: dict) -> str:
    """Return the parsed fields and findings as aligned, readable lines."""
    change = data["change"]
    if change:
        change = f"{format_number(change['amount'])}{'%' if change['relative'] else ''}"
        change += " (relative)" if data["change"]["relative"] else " (absolute)"
    rows = [
        ("direction", data["direction"]),
        ("start", _value(data["start"], data["unit"])),
        ("target", _value(data["target"], data["unit"])),
        ("change", change),
        ("unit", data["unit"]),
        ("metric", data["metric"]),
    ]
    lines = [
        data["text"],
        *(f"  {name:<10} {value if value is not None else '—'}" for name, value in rows),
    ]
    if not data["findings"]:
        lines.append("  findings   none")
    for finding in data["findings"]:
        lines.append(f"  {finding['code']} {finding['severity']}: {finding['message']}")
        lines.append(f"      suggestion: {finding['suggestion']}")
    return "\n".join(lines)


def _value(number: float | None, unit: str | None) -> str | None:
    """Return a number with its unit, or None."""
    if number is None:
        return None
    text = format_number(number)
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}" if unit else text
