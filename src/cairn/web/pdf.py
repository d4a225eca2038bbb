"""HTML to PDF with WeasyPrint, reading nothing but Cairn's own static files.

A page's text (an objective's title, a person's name) could carry a URL; WeasyPrint fetches
stylesheets, fonts and images it finds, so its fetcher here serves only `file:` URLs inside the
app's static folders (the style sheets and the Inter typeface) and refuses everything else:
no network, no other file on the server.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders

import cairn.web

WEB_STATIC = Path(cairn.web.__file__).resolve().parent / "static"


class RefusedURL(ValueError):
    """A URL the PDF renderer may not read (remote, or a file outside the static folders)."""


def _static_roots() -> list[Path]:
    """Return the folders the renderer may read: the web app's static files and Inter's."""
    roots = [WEB_STATIC]
    inter = Path(getattr(settings, "INTER_DIR", ""))
    if inter.is_dir():
        roots.append(inter.resolve())
    return roots


def static_file_url(path: str) -> str:
    """Return the file: URL of a static file (for the PDF), or "" when it is not installed."""
    found = finders.find(path)
    if not found:
        return ""
    return Path(found).resolve().as_uri()


def local_path(url: str) -> Path:
    """Return the file a URL names when it is a static file the renderer may read; else raise."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        raise RefusedURL(f"Refused to fetch {url[:200]!r}: only local static files are read")
    path = Path(unquote(parts.path)).resolve()
    if not any(path.is_relative_to(root) for root in _static_roots()) or not path.is_file():
        raise RefusedURL(f"Refused to read {url[:200]!r}: not one of Cairn's static files")
    return path


def _fetcher():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFilesFetcher(URLFetcher):
        """Serve local static files; raise on anything else (WeasyPrint then skips it)."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols=("file",), allow_redirects=False)

        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            path = local_path(url)
            # WeasyPrint ignores a style sheet not served as text/css.
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            headers = {"Content-Type": kind}
            return URLFetcherResponse(path.as_uri(), path.read_bytes(), headers=headers)

    return StaticFilesFetcher()


def html_to_pdf(html: str) -> bytes:
    """Return the PDF of an HTML document whose resources are static files (see static_file_url)."""
    # Imported here: WeasyPrint loads Pango through cffi, which only the PDF views need.
    from weasyprint import HTML

    document = HTML(string=html, base_url=WEB_STATIC.as_uri() + "/", url_fetcher=_fetcher())
    return document.write_pdf()
