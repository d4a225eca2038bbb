"""Marks that exports and chat apps leave in pasted OKRs (twenty-seventh reader round, issue 15).

- A Google Docs (or another editor's) Markdown export escapes punctuation with a backslash:
  "## **Objective 1\\: Make deploys boring**", "1\\. Cut failed deploys from 12\\% to 3\\%",
  "\\- item". Where a page has two such escapes or more, each is the character it escapes (read
  as the Markdown renders it: "1." numbers an item again, "12%" is a measure).
- Slack and other chat apps write emoji as shortcodes: ":dart: *Make deploys boring*",
  ":white_check_mark: Done". The common ones are written as the emoji they stand for, which the
  reader knows as markers and statuses; an unknown shortcode (":shipit:") and a time
  ("10:30:00") stay as they are.
- An arrow opens an item in plain text: "→ Cut failed deploys …", "-> …", "=> …", "➜ …" at the
  start of a line is a bullet.

Each rewrite keeps the line count, so line numbers hold.
"""

from __future__ import annotations

import re

# "\:", "\.", "\%", "\-", "\*", "\#"; not "\[" / "\]": an escaped bracket inside a link's
# text ("[Have a prototype \[kojii\]](#o2r1)") is read as it is
_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@^_`{|}~])")
_SHORTCODE = re.compile(r":([a-z][a-z0-9_+\-]{1,40}):")
_ARROW_ITEM = re.compile(r"^([ \t]{0,12})(?:->|=>|[→➜➔⇒➡]\ufe0f?)[ \t]+(?=\S)", re.M)
_SHORTCODES = {
    "dart": "🎯", "key": "🔑", "old_key": "🗝️", "white_check_mark": "✅", "heavy_check_mark": "✔️",
    "ballot_box_with_check": "☑️", "x": "❌", "negative_squared_cross_mark": "❎",
    "warning": "⚠️", "rocket": "🚀", "chart_with_upwards_trend": "📈",
    "chart_with_downwards_trend": "📉", "bar_chart": "📊", "star": "⭐", "pushpin": "📌",
    "round_pushpin": "📍", "trophy": "🏆", "large_green_circle": "🟢", "green_circle": "🟢",
    "large_yellow_circle": "🟡", "yellow_circle": "🟡", "large_orange_circle": "🟠",
    "orange_circle": "🟠", "red_circle": "🔴", "white_circle": "⚪", "white_large_square": "⬜",
    "black_square_button": "🔲", "memo": "📝", "bulb": "💡", "point_right": "👉",
    "arrow_right": "➡️", "hourglass": "⌛", "hourglass_flowing_sand": "⏳", "construction": "🚧",
    "muscle": "💪", "fire": "🔥", "moneybag": "💰", "busts_in_silhouette": "👥",
}  # fmt: skip


def export_marks(text: str) -> str:
    """Return the text with export escapes, chat shortcodes and arrow bullets written as the
    Markdown they stand for; any other text as it is."""
    if "\\" in text and len(_ESCAPE.findall(text, 0, 200_000)) >= 2:
        text = _ESCAPE.sub(r"\1", text)
    if text.count(":") >= 2 and _SHORTCODE.search(text):
        text = _SHORTCODE.sub(lambda m: _SHORTCODES.get(m.group(1), m.group(0)), text)
    if ">" in text or not text.isascii():
        text = _ARROW_ITEM.sub(r"\1- ", text)
    return text
