"""The one-pager's PDF, rendered by WeasyPrint and read back with pdftotext (poppler-utils)."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings
from django.urls import reverse

from cairn.okrs.models import Visibility
from cairn.web import pdf
from tests.factories import KeyResultFactory, ObjectiveFactory, PersonFactory

if shutil.which("pdftotext") is None:
    pytest.fail("pdftotext is missing: apt-get install poppler-utils (.ci/run does)")


@pytest.fixture(autouse=True)
def immediate_tasks(settings) -> None:
    """Render the PDF in the request (the worker's queue is tested in test_one_pager_pdf_queue)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def pdf_text(data: bytes, *, layout: bool = False) -> str:
    """Return the text of a PDF as pdftotext reads it (pages separated by form feeds)."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + ["-", "-"]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout.decode()


def fetch_pdf(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    return response.content


def cycle_pdf(world) -> str:
    return reverse("one_pager_pdf", args=[world.cycle.pk])


def test_the_pdf_holds_titles_owners_values_and_percentages(world, client_for, kr):
    kr.current, kr.progress = 11.0, 0.5
    kr.save()
    world.objective.progress = 0.5
    world.objective.save()
    data = fetch_pdf(client_for(world.viewer), cycle_pdf(world))
    text = pdf_text(data)
    assert "OKRs · Q3" in text
    assert "Make support feel effortless" in text
    assert world.member.name in text
    assert "Cut first-reply time from 18 to 4 hours" in text
    assert "11 / 4 hours" in text
    assert "50%" in text
    assert "Pace of the objectives" in text
    assert "Progress by team" in text


def test_the_team_pdf_has_the_team_and_a_file_name(world, client_for, kr):
    url = reverse("team_one_pager_pdf", args=[world.team.pk]) + f"?cycle={world.cycle.pk}"
    response = client_for(world.member).get(url)
    assert response["Content-Disposition"] == 'inline; filename="support-q3-one-pager.pdf"'
    text = pdf_text(response.content)
    assert "Acme · Support" in text.replace("\n", " ") or "ACME · SUPPORT" in text
    assert "Make support feel effortless" in text


def test_a_script_title_prints_as_text(world, client_for):
    ObjectiveFactory(cycle=world.cycle, team=world.team, title="<script>alert(1)</script>")
    text = pdf_text(fetch_pdf(client_for(world.admin), cycle_pdf(world)))
    assert "<script>alert(1)</script>" in text


def test_accents_and_other_scripts_survive(world, client_for):
    owner = PersonFactory(
        organisation=world.organisation, user__first_name="Zoë", user__last_name="Weiß"
    )
    ObjectiveFactory(cycle=world.cycle, owner=owner, title="Café Straße 中文 für alle")
    text = pdf_text(fetch_pdf(client_for(world.admin), cycle_pdf(world)))
    assert "Café Straße 中文 für alle" in text
    assert "Zoë Weiß" in text


def test_a_300_character_word_wraps_inside_the_page(world, client_for):
    long_word = "W" * 300
    ObjectiveFactory(cycle=world.cycle, team=world.team, title=long_word)
    text = pdf_text(fetch_pdf(client_for(world.admin), cycle_pdf(world)))
    pieces = [line for line in text.splitlines() if set(line.strip()) == {"W"}]
    assert len(pieces) >= 3  # broken over several lines, not cut off at the page edge
    assert sum(len(line.strip()) for line in pieces) == 300


def test_a_long_cycle_runs_over_several_numbered_pages(world, client_for):
    for n in range(45):
        objective = ObjectiveFactory(cycle=world.cycle, team=world.team, title=f"Goal number {n}")
        KeyResultFactory.create_batch(3, objective=objective)
    text = pdf_text(fetch_pdf(client_for(world.admin), cycle_pdf(world)))
    pages = text.rstrip("\f").split("\f")
    assert len(pages) >= 3
    # The footer numbers the pages (pdftotext drops the spaces around the slash).
    assert re.search(rf"\b1 ?/ ?{len(pages)}\b", pages[0])
    assert re.search(rf"\b{len(pages)} ?/ ?{len(pages)}\b", pages[-1])
    assert all(f"Goal number {n}\n" in text for n in range(45))


def test_private_objectives_stay_out_of_a_viewers_pdf(world, client_for):
    ObjectiveFactory(
        cycle=world.cycle, owner=world.lead, title="Secret plan", visibility=Visibility.PRIVATE
    )
    assert "Secret plan" not in pdf_text(fetch_pdf(client_for(world.viewer), cycle_pdf(world)))
    assert "Secret plan" in pdf_text(fetch_pdf(client_for(world.lead), cycle_pdf(world)))


@pytest.mark.skipif(not settings.STATICFILES_DIRS, reason="Inter is not installed (npm ci)")
def test_the_pdf_embeds_inter_from_the_local_files(world, client_for, tmp_path):
    path = tmp_path / "one-pager.pdf"
    path.write_bytes(fetch_pdf(client_for(world.admin), cycle_pdf(world)))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True).stdout
    assert b"Inter" in fonts


class CountingHandler(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        CountingHandler.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red }")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server():
    """Return the base URL of a local HTTP server that records every request it gets."""
    CountingHandler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_the_renderer_fetches_nothing_from_the_network(http_server):
    html = f"""<!doctype html><html><head>
      <link rel="stylesheet" href="{http_server}/sheet.css">
      <style>@import url("{http_server}/import.css");
        @font-face {{ font-family: X; src: url("{http_server}/font.woff2"); }}
        body {{ background: url("{http_server}/bg.png"); font-family: X; }}</style>
      </head><body><p>Hello</p><img src="{http_server}/pixel.png" alt="">
      <img src="file:///etc/passwd" alt=""></body></html>"""
    data = pdf.html_to_pdf(html)
    assert "Hello" in pdf_text(data)
    assert CountingHandler.requests == []


def test_the_server_really_answers_so_the_check_above_can_fail(http_server):
    from urllib.request import urlopen

    with urlopen(f"{http_server}/sheet.css") as response:
        assert response.status == 200
    assert CountingHandler.requests == ["/sheet.css"]


def test_an_objective_title_cannot_make_the_pdf_fetch_a_url(world, client_for, http_server):
    title = f'<img src="{http_server}/title.png"><link rel="stylesheet" href="{http_server}/t.css">'
    ObjectiveFactory(cycle=world.cycle, team=world.team, title=title)
    fetch_pdf(client_for(world.admin), cycle_pdf(world))
    assert CountingHandler.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/web/one-pager.css",
        "https://example.com/font.woff2",
        "ftp://example.com/x.css",
        "data:text/css,body{}",
        "file:///etc/passwd",
        "file://otherhost" + str(pdf.WEB_STATIC / "web/one-pager.css"),
        (pdf.WEB_STATIC / "web/../../../settings.py").as_uri(),
        (pdf.WEB_STATIC / "web/does-not-exist.css").as_uri(),
    ],
)
def test_the_fetcher_refuses_anything_but_static_files(url):
    with pytest.raises(pdf.RefusedURL):
        pdf.local_path(url)


def test_the_fetcher_reads_static_files():
    url = pdf.static_file_url("web/one-pager.css")
    assert pdf.local_path(url) == (pdf.WEB_STATIC / "web/one-pager.css").resolve()
    assert pdf.static_file_url("web/nothing-here.css") == ""
