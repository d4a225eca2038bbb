"""The Inter typeface: served from node_modules when npm installed it, a font stack otherwise."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template import Context, Template

from cairn.web.templatetags import cairn_tags

STYLESHEET = "cairn-fonts/inter/index.css"


def link(path: str) -> str:
    cairn_tags._static_exists.cache_clear()
    return Template("{% load cairn_tags %}{% optional_stylesheet path %}").render(
        Context({"path": path})
    )


def test_the_font_is_served_from_node_modules_when_installed():
    if not (settings.INTER_DIR / "index.css").is_file():
        # make init installs it; CI without npm still runs the fallback test below
        assert settings.STATICFILES_DIRS == []
        return
    css = Path(finders.find(STYLESHEET)).read_text()
    assert "font-family: 'Inter Variable'" in css
    woff2 = finders.find("cairn-fonts/inter/files/inter-latin-wght-normal.woff2")
    assert woff2 and Path(woff2).stat().st_size > 10_000
    assert f'href="/static/{STYLESHEET}"' in link(STYLESHEET)


def test_without_the_font_no_link_is_written():
    assert link("cairn-fonts/missing/index.css") == ""


def test_the_font_stack_falls_back_to_system_fonts():
    tokens = (settings.BASE_DIR / "web/static/web/css/tokens.css").read_text()
    assert '--font-sans: "Inter Variable", "Inter", system-ui' in tokens
