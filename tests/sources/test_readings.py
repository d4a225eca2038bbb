"""Readings of HTTP JSON and CSV sources against a real local HTTP server."""

from __future__ import annotations

import json
import time

import pytest

from cairn.sources.models import RowRule, SourceKind
from cairn.sources.readings import ReadingError, as_number, reading_take
from tests.sources.conftest import make_source

pytestmark = pytest.mark.usefixtures("loopback_allowed", "fast_limits")


def _json(server, path: str, document: object, status: int = 200) -> str:
    server.routes[path] = (
        status,
        {"Content-Type": "application/json"},
        json.dumps(document).encode(),
    )
    return server.url(path)


def test_it_reads_the_number_a_jsonpath_picks(world, kr, local_server):
    url = _json(local_server, "/stats", {"data": {"total": 7.5, "other": 3}})
    source = make_source(world, kr, url=url, json_path="$.data.total")
    assert reading_take(source) == 7.5


def test_it_sends_the_auth_header_with_the_secret(world, kr, local_server):
    url = _json(local_server, "/stats", {"value": "42"})
    source = make_source(world, kr, url=url, auth_header="X-Api-Key", auth_secret="s3cret-value")
    assert reading_take(source) == 42
    assert local_server.requests[-1]["headers"]["X-Api-Key"] == "s3cret-value"


@pytest.mark.parametrize(
    ("document", "path", "message"),
    [
        ({"value": [1, 2]}, "$.value[*]", "matched 2 values"),
        ({"value": 1}, "$.missing", "matched 0 values"),
        ({"value": "many"}, "$.value", "not a number"),
        ({"value": True}, "$.value", "not a number"),
        ({"value": 1}, "$.[", "JSONPath is not valid"),
    ],
)
def test_it_refuses_what_is_not_exactly_one_number(
    world, kr, local_server, document, path, message
):
    source = make_source(world, kr, url=_json(local_server, "/s", document), json_path=path)
    with pytest.raises(ReadingError, match=message):
        reading_take(source)


def test_it_reports_a_server_error_and_a_body_that_is_not_json(world, kr, local_server):
    source = make_source(world, kr, url=_json(local_server, "/s", {}, status=503))
    with pytest.raises(ReadingError, match="HTTP 503"):
        reading_take(source)
    local_server.routes["/html"] = (200, {}, b"<html>")
    source.url = local_server.url("/html")
    with pytest.raises(ReadingError, match="not JSON"):
        reading_take(source)


def test_it_refuses_a_response_over_the_size_cap(world, kr, local_server):
    url = _json(local_server, "/big", {"value": 1, "padding": "x" * 20_000})
    with pytest.raises(ReadingError, match="larger than 10000 bytes"):
        reading_take(make_source(world, kr, url=url))


def test_it_gives_up_on_a_server_that_does_not_answer_in_time(world, kr, local_server):
    def slow(handler) -> None:
        time.sleep(3)

    local_server.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(ReadingError, match="timed out"):
        reading_take(make_source(world, kr, url=local_server.url("/slow")))
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(
    ("rule", "match", "expected"),
    [
        (RowRule.LAST, {}, None),
        (RowRule.FIRST, {}, 10),
        (RowRule.MATCH, {"csv_match_column": "region", "csv_match_value": "us"}, 12),
    ],
)
def test_it_reads_a_csv_column_from_the_row_its_rule_picks(
    world, kr, local_server, rule, match, expected
):
    local_server.routes["/t.csv"] = (
        200,
        {"Content-Type": "text/csv"},
        b"day,region,tickets\nmon,eu,10\ntue,us,12\nwed,eu,9\n",
    )
    source = make_source(
        world, kr, kind=SourceKind.CSV_URL, url=local_server.url("/t.csv"), csv_column="tickets",
        csv_row_rule=rule, **match,
    )  # fmt: skip
    assert reading_take(source) == (expected if expected is not None else 9)


@pytest.mark.parametrize(
    ("body", "fields", "message"),
    [
        (b"day,tickets\n", {}, "no rows"),
        (b"day,count\nmon,1\n", {}, "no column tickets"),
        (b"day,tickets\nmon,n/a\n", {}, "not a number"),
        (
            b"day,tickets\nmon,1\n",
            {"csv_row_rule": RowRule.MATCH, "csv_match_column": "day", "csv_match_value": "sun"},
            "No row has day = sun",
        ),
        (b"\xff\xfe\x00", {}, "not UTF-8"),
    ],
)
def test_it_explains_a_csv_it_cannot_use(world, kr, local_server, body, fields, message):
    local_server.routes["/t.csv"] = (200, {}, body)
    source = make_source(
        world, kr, kind=SourceKind.CSV_URL, url=local_server.url("/t.csv"), csv_column="tickets",
        **fields,
    )  # fmt: skip
    with pytest.raises(ReadingError, match=message):
        reading_take(source)


@pytest.mark.parametrize("raw", [float("nan"), float("inf"), None, "", [1], {"a": 1}])
def test_a_value_must_be_a_finite_number(raw):
    with pytest.raises(ReadingError):
        as_number(raw)


def test_numbers_may_come_as_text_with_thousands_separators():
    assert as_number(" 1,234.5 ") == 1234.5
