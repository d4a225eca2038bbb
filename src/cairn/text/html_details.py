"""HTML `<details>` blocks in a Markdown OKR page (issue 15, fourteenth round).

"<details>" / "<summary> Key Result 1: Read 2 Golang books (100%)</summary>" / "- Books: …" /
"</details>": a collapsed block whose visible line is its summary. The summary line reads as the
text it holds (the tags go); when that text is a marked key result ("Key Result N: …",
"KR 2: …"), the block's hidden body up to "</details>" is the evidence gathered for it (dated
links to pull requests, books read) and is blanked, not read as more key results. A summary that
marks no key result ("<summary>Q3 OKRs</summary>") keeps its body: the block may hold the
OKRs themselves.
"""

from __future__ import annotations

import re

from cairn.text.outline_words import KEY_RESULT_WORD

# "<summary> Key Result 2: … (100%)</summary>", also opened on the "<details>" line
_SUMMARY = re.compile(r"^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(.*?)</summary>\s*$", re.I)
_KR_MARK = re.compile(rf"^{KEY_RESULT_WORD}\s*[#\-]?\s*\d", re.I)
_CLOSE = re.compile(r"^\s*</details>\s*$", re.I)


def details_blocks(lines: list[str]) -> None:
    """Rewrite each `<summary>` line of `lines` in place as its text; blank the body of a
    block whose summary is a marked key result (evidence, not key results)."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<summary" not in line and "<SUMMARY" not in line or not (m := _SUMMARY.match(line)):
            i += 1
            continue
        text = m.group(1).strip()
        lines[i] = text
        i += 1
        if not _KR_MARK.match(text):
            continue
        end = next((j for j in range(i, min(len(lines), i + 400)) if _CLOSE.match(lines[j])), None)
        if end is None:
            continue  # an unclosed block: its body is read as written
        for j in range(i, end):
            lines[j] = ""
        i = end
