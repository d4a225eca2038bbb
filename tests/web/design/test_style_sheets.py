"""One style sheet architecture (issue 14): the shared files each fill their cascade layer, and no
style sheet but the tokens writes a colour of its own, so every screen follows the dark mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings

STATIC = Path(settings.BASE_DIR) / "web/static/web"
LAYERS = {
    "css/base.css": "base",
    "css/layout.css": "layout",
    "css/components.css": "components",
    "css/screens.css": "screens",
    "css/utilities.css": "utilities",
    "board.css": "screens",
}
# The tokens define the colours; the one-pager is paper, light in either scheme (its own tokens).
OWN_COLOURS = {"css/tokens.css", "one-pager.css"}
# White on a coloured fill (buttons, avatars, the QR code's quiet zone) is the same in both
# schemes; the bell's count is a fixed red that keeps AA under white text in both.
ALLOWED = {"#fff", "#ffffff", "#b3261e"}
HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")


def sheets() -> list[str]:
    return sorted(str(p.relative_to(STATIC)) for p in STATIC.rglob("*.css"))


def test_the_layer_order_is_declared_once():
    declared = [
        name
        for name in sheets()
        if re.search(r"@layer [a-z]+(, [a-z]+)+;", (STATIC / name).read_text())
    ]
    assert declared == ["cairn.css"]


@pytest.mark.parametrize(("name", "layer"), LAYERS.items())
def test_each_shared_sheet_puts_its_rules_in_its_layer(name, layer):
    text = re.sub(r"/\*.*?\*/", "", (STATIC / name).read_text(), flags=re.S).strip()
    assert text.startswith(f"@layer {layer} {{") and text.endswith("}")


@pytest.mark.parametrize("name", [n for n in sheets() if n not in OWN_COLOURS])
def test_no_sheet_but_the_tokens_writes_a_colour(name):
    text = re.sub(r"/\*.*?\*/", "", (STATIC / name).read_text(), flags=re.S)
    literals = {m.lower() for m in HEX.findall(text)} - ALLOWED
    assert literals == set(), f"{name}: use a token from css/tokens.css"
