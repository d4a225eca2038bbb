"""HTML headings and progress lines in a Markdown page (issue 15, sixteenth round).

A blog post's source mixes Markdown with HTML: "<h2>" / "  Key result: Write in a journal
weekly." / "</h2>" is a heading of level 2, read as "## Key result: …" (also written on one
line, "<h3>Key result: …</h3>"). Right under it, a line that only draws a progress bar reports
the key result's progress in percent: a site template's call
('{{template "progress" (map "Value" 75 "Class" "bg-success")}}'), a shortcode
('{{< progress value="75" >}}') or an HTML element ('<progress value="75" max="100">'). It is
read as "Progress: 75%" (a value out of another maximum as its share), which the outline reader
takes as the score of the key result above. A template call without "progress" in its name, or
without a number, stays as written.
"""

from __future__ import annotations

import re

# "<h2>Key result: …</h2>" on one line; "<h2>" alone opening a heading of the lines below
_ONE_LINE = re.compile(r"^\s*<h([1-6])(?:\s[^>]*)?>\s*(.*?)\s*</h\1>\s*$", re.I)
_OPEN = re.compile(r"^\s*<h([1-6])(?:\s[^>]*)?>\s*$", re.I)
_CLOSE = re.compile(r"^\s*</h([1-6])>\s*$", re.I)
# a line that only draws a progress bar: a template call or shortcode naming "progress", or an
# HTML <progress> element
_PROGRESS_LINE = re.compile(
    r"^\s*(?:\{\{[<%]?-?\s*(?:template\s+)?[\"']?progress[\"']?\s(.*?)-?[>%]?\}\}"
    r"|<progress\b([^>]*)>\s*(?:</progress>)?)\s*$",
    re.I,
)
_VALUE = re.compile(r"[\"']?value[\"']?\s*[=:]?\s*[\"']?(\d{1,3}(?:\.\d+)?)\b", re.I)
_MAX = re.compile(r"\bmax\s*=\s*[\"']?(\d+(?:\.\d+)?)", re.I)


def html_headings(lines: list[str]) -> None:
    """Rewrite in place each HTML heading of `lines` as a Markdown heading of its level, and
    each progress-bar line as the progress it reports (see above)."""
    for i, line in enumerate(lines):
        if "<" not in line and "{{" not in line:
            continue
        if m := _ONE_LINE.match(line):
            if m.group(2):
                lines[i] = "#" * int(m.group(1)) + " " + m.group(2)
        elif (m := _OPEN.match(line)) and i + 2 < len(lines):
            # "<h2>" / "  Key result: …" / "</h2>": one line of text between the tags
            text, close = lines[i + 1].strip(), _CLOSE.match(lines[i + 2])
            if text and "<" not in text and close and close.group(1) == m.group(1):
                lines[i], lines[i + 1], lines[i + 2] = "", "#" * int(m.group(1)) + " " + text, ""
        elif m := _PROGRESS_LINE.match(line):
            lines[i] = _progress(m.group(1) if m.group(1) is not None else m.group(2)) or line


def _progress(arguments: str) -> str | None:
    """Return "Progress: N%" for a progress bar's arguments holding its value, else None."""
    value = _VALUE.search(arguments) or re.fullmatch(r"\s*(\d{1,3}(?:\.\d+)?)\s*", arguments)
    if value is None:
        return None
    number = float(value.group(1))
    if top := _MAX.search(arguments):
        maximum = float(top.group(1))
        if maximum <= 0:
            return None
        number = number * 100 / maximum
    if not 0 <= number <= 100:
        return None
    return f"Progress: {number:g}%"
