"""OKRs as text and the coach in the API: review, import into a cycle, export a cycle."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cairn.api.models import IdempotencyKey
from cairn.api.routers.text import PlanOut
from cairn.okrs.models import CycleState, Initiative, KeyResult, Objective
from cairn.okrs.services import objective_create
from cairn.organisations.models import Organisation
from tests.api.conftest import client_for, problem_fields
from tests.factories import CycleFactory, ObjectiveFactory

COACH_KR = "/api/v1/coach/key-result"
COACH_OBJECTIVE = "/api/v1/coach/objective"

FREE_FORM = """\
O: Delight our customers (owner: member@acme.test)
KR 1: Reduce churn from 6% to 3%
KR 2: Launch the help centre
  - Write the first 20 articles
KR 3: Grow weekly active teams from 120 to 300

Objective: Make support feel effortless
- Cut first-reply time from 18 to 4 hours
- Raise CSAT from 82% to 90%
"""

SHEET = """\
id,parent_id,level,title,key,owner,team,kind,visibility,weight,aligned_to,type,start,target,current,unit
O1,,objective,Company growth,,admin@acme.test,,committed,public,2,,,,,,
O1.K1,O1,key_result,Grow revenue from 1 to 2 million,,lead@acme.test,,,,0.5,,increase,1,2,1.5,million
O1.I1,O1,initiative,Hire two agents,,,,,,,,,,,,
"""


def import_url(cycle) -> str:
    return f"/api/v1/cycles/{cycle.pk}/import"


def export_url(cycle, fmt: str) -> str:
    return f"/api/v1/cycles/{cycle.pk}/export?format={fmt}"


def command(*args: str) -> tuple[int, str]:
    """Return the exit code and standard output of a cairn command."""
    out = io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=io.StringIO())
    except SystemExit as exit_:
        return int(exit_.code), out.getvalue()
    return 0, out.getvalue()


def set_coach(organisation: Organisation, config: dict) -> None:
    organisation.coach_config = config
    organisation.save(update_fields=["coach_config"])


def counts() -> tuple[int, int, int]:
    return Objective.objects.count(), KeyResult.objects.count(), Initiative.objects.count()


@pytest.fixture
def q4(world):
    """Return an empty planning cycle to import into."""
    return CycleFactory(organisation=world.organisation, name="Q4", state=CycleState.PLANNING)


# The coach: one key result -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reduce churn from 6% to 3%",
        "Run 4 customer workshops",
        "Improve team morale",
        "Grow ARR by 12% to $2.5 million",
        "Keep uptime at least 99.9%",
    ],
)
def test_a_sentence_reads_as_cairn_parse_json(world, api, text):
    response = api["member"].post(COACH_KR, {"text": text})
    assert response.status_code == 200, response.content
    code, out = command("parse", text, "--json")
    assert response.json() == json.loads(out)


def test_the_organisation_coach_settings_decide_the_findings(world, api):
    text = "Run 4 customer workshops"
    assert [f["code"] for f in api["member"].post(COACH_KR, {"text": text}).json()["findings"]] == [
        "KR102"
    ]
    set_coach(world.organisation, {"rules": {"KR102": {"enabled": False}}})
    assert api["member"].post(COACH_KR, {"text": text}).json()["findings"] == []
    set_coach(world.organisation, {"rules": {"KR102": {"severity": "info"}}})
    (finding,) = api["member"].post(COACH_KR, {"text": text}).json()["findings"]
    assert finding["severity"] == "info" and finding["suggestion"]


def test_each_organisation_gets_its_own_settings(world, api):
    set_coach(world.outsider.organisation, {"rules": {"KR102": {"enabled": False}}})
    text = {"text": "Run 4 customer workshops"}
    assert api["outsider"].post(COACH_KR, text).json()["findings"] == []
    assert [f["code"] for f in api["member"].post(COACH_KR, text).json()["findings"]] == ["KR102"]


def test_a_viewer_with_a_read_only_token_may_ask_the_coach(world):
    client = client_for(world.viewer, scope="read")
    assert client.post(COACH_KR, {"text": "Cut churn from 6% to 3%"}).status_code == 200
    assert client.post(COACH_OBJECTIVE, {"title": "Keep customers"}).status_code == 200


def test_the_coach_needs_a_token(world):
    response = client_for(world.member).client.post(
        COACH_KR, {"text": "x"}, content_type="application/json"
    )
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "x" * 1001}, "text"),
        ({"text": 5}, "text"),
        ({"text": "Cut churn \ud800 to 3%"}, "text"),
    ],
)
def test_bad_sentences_are_refused(world, api, body, field):
    response = api["member"].post(COACH_KR, body)
    assert response.status_code == 422
    assert problem_fields(response) == [field]


def test_a_number_too_large_to_be_a_measure_is_not_read_as_one(world, api):
    response = api["member"].post(COACH_KR, {"text": "Grow revenue from 1 to " + "9" * 400})
    assert response.status_code == 200
    assert b"Infinity" not in response.content
    body = response.json()
    assert all(abs(body[f]) < 1e15 for f in ("start", "target") if body[f] is not None)


# The coach: an objective -------------------------------------------------------------------


def test_an_objective_gets_its_findings_and_each_key_result_its_own(world, api):
    body = {
        "title": "Win 2026",
        "key_results": ["Run 4 customer workshops", "Reduce churn from 6% to 3%"],
    }
    response = api["member"].post(COACH_OBJECTIVE, body)
    assert response.status_code == 200, response.content
    data = response.json()
    assert [f["code"] for f in data["findings"]] == ["OKR001", "OKR004"]
    workshops, churn = data["key_results"]
    assert workshops["text"] == "Run 4 customer workshops"
    assert [f["code"] for f in workshops["findings"]] == ["KR102"]
    assert churn == {"text": "Reduce churn from 6% to 3%", "findings": []}
    assert set(data["findings"][0]) == {"code", "severity", "message", "suggestion"}


def test_owners_are_unknown_so_the_owner_rule_stays_silent(world, api):
    data = api["member"].post(COACH_OBJECTIVE, {"title": "Delight customers"}).json()
    codes = [f["code"] for f in data["findings"]]
    assert "OKR007" not in codes and codes == ["OKR001"]
    assert data["key_results"] == []


def test_objective_review_uses_the_organisation_thresholds(world, api):
    body = {"title": "Delight customers", "key_results": ["Cut churn from 6% to 3%"]}
    assert [f["code"] for f in api["member"].post(COACH_OBJECTIVE, body).json()["findings"]] == [
        "OKR001"
    ]
    set_coach(world.organisation, {"thresholds": {"min_key_results": 1}})
    assert api["member"].post(COACH_OBJECTIVE, body).json()["findings"] == []


def test_duplicate_key_results_are_found_across_the_objective(world, api):
    body = {
        "title": "Delight customers",
        "key_results": ["Cut churn from 6% to 3%", "Cut churn from 6% to 3%"],
    }
    data = api["member"].post(COACH_OBJECTIVE, body).json()
    assert "KR109" in [f["code"] for f in data["key_results"][1]["findings"]]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "Delight customers", "key_results": ["Cut churn"] * 21}, "key_results"),
        ({"title": "", "key_results": []}, "title"),
        ({"title": "Delight customers", "key_results": [""]}, "key_results.0"),
        ({"title": "Delight customers", "key_results": "Cut churn"}, "key_results"),
    ],
)
def test_bad_objectives_are_refused(world, api, body, field):
    response = api["member"].post(COACH_OBJECTIVE, body)
    assert response.status_code == 422
    assert problem_fields(response) == [field]


# Import: reading (dry run) -------------------------------------------------------------------


def test_a_dry_run_shows_what_cairn_import_dry_run_json_shows_and_writes_nothing(
    world, api, q4, tmp_path
):
    before = counts()
    response = api["admin"].post(import_url(q4), {"text": FREE_FORM, "dry_run": True})
    assert response.status_code == 200, response.content
    path = tmp_path / "okrs.md"
    path.write_text(FREE_FORM, encoding="utf-8")
    assert response.json() == json.loads(command("import", str(path), "--dry-run", "--json")[1])
    assert [o["title"] for o in response.json()["objectives"]] == [
        "Delight our customers",
        "Make support feel effortless",
    ]
    assert counts() == before


def test_a_dry_run_of_a_sheet_shows_its_rows(world, api, q4, tmp_path):
    response = api["admin"].post(import_url(q4), {"text": SHEET, "dry_run": True})
    assert response.status_code == 200, response.content
    path = tmp_path / "okrs.csv"
    path.write_text(SHEET, encoding="utf-8")
    assert response.json() == json.loads(command("import", str(path), "--dry-run", "--json")[1])
    assert response.json()["format"] == "csv"
    assert response.json()["objectives"][0]["row"] == 2
    assert not Objective.objects.filter(cycle=q4).exists()


def test_a_dry_run_reports_problems_by_line(world, api, q4):
    text = "- Cut churn from 6% to 3%\nObjective: Be great\n"
    response = api["admin"].post(import_url(q4), {"text": text, "dry_run": True})
    assert response.status_code == 200
    assert response.json()["problems"] == [
        {"line": 1, "message": "key result before any objective"},
        {"line": 2, "message": "objective has no key results"},
    ]


@pytest.mark.parametrize(
    ("fmt", "read_as"),
    [("auto", "csv"), ("csv", "csv"), ("text", "text"), ("markdown", "text")],
)
def test_the_format_chooses_the_reader(world, api, q4, fmt, read_as):
    body = {"text": SHEET, "format": fmt, "dry_run": True}
    assert api["admin"].post(import_url(q4), body).json()["format"] == read_as


def test_auto_reads_canonical_markdown(world, api, kr, q4):
    markdown = api["admin"].get(export_url(world.cycle, "md")).content.decode()
    response = api["admin"].post(import_url(q4), {"text": markdown, "dry_run": True})
    assert response.json()["format"] == "cairn-markdown"


# Import: writing ---------------------------------------------------------------------------


def test_a_text_is_imported_with_its_counts_milestones_and_ids(world, api, q4):
    response = api["admin"].post(import_url(q4), {"text": FREE_FORM})
    assert response.status_code == 201, response.content
    data = response.json()
    objectives = list(Objective.objects.filter(cycle=q4).order_by("position", "id"))
    assert data == {
        "objectives": 2,
        "key_results": 5,
        "initiatives": 1,
        "work_items": 0,
        "aligned": 0,
        "milestones": ["Launch the help centre"],
        "ids": [o.pk for o in objectives],
    }
    assert objectives[0].owner == world.member
    assert objectives[0].key_results.get(title="Launch the help centre").kind == "milestone"


def test_a_csv_sheet_is_imported(world, api, q4):
    response = api["admin"].post(import_url(q4), {"text": SHEET})
    assert response.status_code == 201, response.content
    assert response.json()["key_results"] == 1 and response.json()["initiatives"] == 1
    revenue = KeyResult.objects.get(objective__cycle=q4)
    assert (revenue.owner, revenue.weight, revenue.unit) == (world.lead, 0.5, "million")


def test_an_exported_cycle_imports_back_into_the_same_markdown(world, api, kr, q4):
    first = api["admin"].get(export_url(world.cycle, "md")).content.decode()
    assert api["admin"].post(import_url(q4), {"text": first}).status_code == 201
    second = api["admin"].get(export_url(q4, "md")).content.decode()
    assert second.replace("# Cycle: Q4", "# Cycle: Q3") == first


def test_every_reading_problem_is_listed_and_nothing_is_written(world, api, q4):
    text = "- Cut churn from 6% to 3%\n" + FREE_FORM + "Objective: Empty\n"
    before = counts()
    response = api["admin"].post(import_url(q4), {"text": text})
    assert response.status_code == 422
    assert problem_fields(response) == ["text", "text"]
    messages = [e["message"] for e in response.json()["errors"]]
    assert messages == [
        "line 1: key result before any objective",
        "line 11: objective has no key results",
    ]
    assert counts() == before


def test_every_problem_of_the_write_is_listed_and_nothing_is_written(world, api, q4):
    text = FREE_FORM.replace("member@acme.test", "nobody@acme.test").replace(
        "from 120 to 300", "from 120 to 120"
    )
    before = counts()
    response = api["admin"].post(import_url(q4), {"text": text})
    assert response.status_code == 422, response.content
    messages = [e["message"] for e in response.json()["errors"]]
    assert len(messages) == 2
    assert messages[0].startswith("line 1: objective 'Delight our customers': ")
    assert "nobody@acme.test" in messages[0]
    assert messages[1].startswith("line 5: key result 'Grow weekly active teams")
    assert "2 problem(s)" in response.json()["detail"]
    assert counts() == before


def test_sheet_problems_are_listed_by_row(world, api, q4):
    text = SHEET.replace(",increase,1,2,", ",increase,1,lots,")
    response = api["admin"].post(import_url(q4), {"text": text})
    assert response.status_code == 422
    assert [e["message"].split(":")[0] for e in response.json()["errors"]] == [
        "row 3, column target"
    ]
    assert not Objective.objects.filter(cycle=q4).exists()


@pytest.mark.parametrize("text", ["", "hello, nothing here", "id,parent_id,level,title\n"])
def test_a_text_without_objectives_is_refused(world, api, q4, text):
    response = api["admin"].post(import_url(q4), {"text": text})
    assert response.status_code == 422
    assert problem_fields(response) == ["text"]


def test_a_member_imports_what_they_may_create(world, api, q4):
    text = "Objective: Delight customers\n- Cut churn from 6% to 3%\n"
    response = api["member"].post(import_url(q4), {"text": text})
    assert response.status_code == 422  # company-level objectives are for admins
    assert response.json()["errors"][0]["message"].startswith("line 1: objective 'Delight")
    assert not Objective.objects.filter(cycle=q4).exists()


def test_a_viewer_may_not_import(world, api, q4):
    for dry_run in (True, False):
        body = {"text": FREE_FORM, "dry_run": dry_run}
        assert api["viewer"].post(import_url(q4), body).status_code == 403
    assert not Objective.objects.filter(cycle=q4).exists()


def test_a_read_only_token_may_not_import(world, q4):
    client = client_for(world.admin, scope="read")
    assert client.post(import_url(q4), {"text": FREE_FORM}).status_code == 403
    assert not Objective.objects.filter(cycle=q4).exists()


def test_another_organisations_cycle_is_not_found(world, api, q4):
    response = api["outsider"].post(import_url(q4), {"text": FREE_FORM})
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert api["admin"].post("/api/v1/cycles/999999/import", {"text": FREE_FORM}).status_code == 404


@pytest.mark.parametrize("state", [CycleState.GRADING, CycleState.CLOSED])
def test_a_cycle_that_no_longer_takes_objectives_is_a_conflict(world, api, state):
    cycle = CycleFactory(organisation=world.organisation, name="Old", state=state)
    for dry_run in (True, False):
        response = api["admin"].post(import_url(cycle), {"text": FREE_FORM, "dry_run": dry_run})
        assert response.status_code == 409
        assert response["Content-Type"] == "application/problem+json"
    assert not Objective.objects.filter(cycle=cycle).exists()


def test_an_active_cycle_takes_an_import(world, api):
    response = api["admin"].post(import_url(world.cycle), {"text": FREE_FORM})
    assert response.status_code == 201


def test_a_retried_import_is_written_once(world, api, q4):
    key = {"Idempotency-Key": "import-1"}
    first = api["admin"].post(import_url(q4), {"text": FREE_FORM}, **key)
    again = api["admin"].post(import_url(q4), {"text": FREE_FORM}, **key)
    assert first.status_code == again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert Objective.objects.filter(cycle=q4).count() == 2


def test_a_failed_import_keeps_no_idempotency_key(world, api, q4):
    key = {"Idempotency-Key": "import-2"}
    api["admin"].post(import_url(q4), {"text": "- Cut churn from 6% to 3%\n"}, **key)
    assert not IdempotencyKey.objects.filter(key="import-2").exists()


# Import: size and bad input ----------------------------------------------------------------


def test_a_text_over_1_mb_is_refused(world, api, q4):
    response = api["admin"].post(import_url(q4), {"text": "x" * 1_000_001, "dry_run": True})
    assert response.status_code == 422
    assert problem_fields(response) == ["text"]


def test_the_limit_counts_utf8_bytes(world, api, q4):
    text = "é" * 500_001  # fewer than a million characters, more than a million bytes
    body = json.dumps({"text": text, "dry_run": True}, ensure_ascii=False)
    response = api["admin"].post(import_url(q4), body)
    assert response.status_code == 422
    assert "1 MB" in response.json()["errors"][0]["message"]


def test_a_text_of_1_mb_is_read(world, api, q4):
    # different objectives, all as long: the same one written again would be read once, a repeat
    line = "Objective: Delight customers {:05}\n- Cut churn from 6% to 3%\n"
    count = 1_000_000 // len(line.format(0))
    text = "".join(line.format(i) for i in range(count))
    response = api["admin"].post(import_url(q4), {"text": text, "dry_run": True})
    assert response.status_code == 200
    assert len(response.json()["objectives"]) == count


def test_a_body_larger_than_the_server_takes_is_a_problem(world, api, q4, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    for key in ({}, {"Idempotency-Key": "big"}):
        response = api["admin"].post(import_url(q4), {"text": "x" * 2000}, **key)
        assert response.status_code == 400
        assert problem_fields(response) == ["text"]
        assert "1,000 bytes" in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "Objective: A\x00\n- Cut churn from 6% to 3%\n"}, "text"),
        ({"text": FREE_FORM, "format": "xlsx"}, "format"),
        ({"text": FREE_FORM, "dry_run": "yes"}, "dry_run"),
        ({"format": "text"}, "text"),
    ],
)
def test_bad_import_bodies_are_refused(world, api, q4, body, field):
    response = api["admin"].post(import_url(q4), body)
    assert response.status_code == 422
    assert problem_fields(response) == [field]
    assert not Objective.objects.filter(cycle=q4).exists()


# Export ------------------------------------------------------------------------------------


@pytest.fixture
def private_objective(world):
    """Return the admin's private objective in Q3: the member may not see it."""
    return objective_create(
        actor=world.admin,
        cycle=world.cycle,
        title="Plan the reorganisation",
        visibility="private",
    )


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("md", "text/markdown; charset=utf-8"),
        ("json", "application/json"),
        ("csv", "text/csv; charset=utf-8"),
    ],
)
@pytest.mark.parametrize("persona", ["admin", "member", "viewer"])
def test_the_export_is_byte_for_byte_cairn_export(
    world, api, kr, private_objective, fmt, content_type, persona
):
    response = api[persona].get(export_url(world.cycle, fmt))
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    email = getattr(world, persona).user.email
    code, out = command("export", "--cycle", "Q3", "--org", "acme", "--as", email, "--format", fmt)
    assert response.content == out.encode("utf-8")
    seen = "Plan the reorganisation" in response.content.decode()
    assert seen == (persona == "admin")


def test_the_export_is_named_like_the_web_download(world, api):
    response = api["member"].get(export_url(world.cycle, "csv"))
    assert response["Content-Disposition"] == 'inline; filename="acme-q3.csv"'


def test_the_export_defaults_to_markdown_and_refuses_other_formats(world, api, kr):
    response = api["member"].get(f"/api/v1/cycles/{world.cycle.pk}/export")
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    response = api["member"].get(export_url(world.cycle, "xlsx"))
    assert response.status_code == 422
    assert problem_fields(response) == ["format"]


def test_a_read_only_token_may_export_but_not_another_organisations_cycle(world, api):
    assert (
        client_for(world.viewer, scope="read").get(export_url(world.cycle, "md")).status_code == 200
    )
    assert api["outsider"].get(export_url(world.cycle, "md")).status_code == 404


def test_the_json_export_matches_its_documented_schema(world, api, kr):
    data = api["member"].get(export_url(world.cycle, "json")).json()
    assert PlanOut.model_validate(data).model_dump() == data


@pytest.mark.parametrize("fmt", ["md", "json", "csv"])
def test_export_queries_do_not_grow(world, api, kr, fmt):
    client = api["member"]
    url = export_url(world.cycle, fmt)
    client.get(url)  # the token's first use is recorded once

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    small = queries()
    for i in range(5):
        objective = ObjectiveFactory(cycle=world.cycle, owner=world.member, team=world.team)
        KeyResult.objects.create(
            organisation=world.organisation,
            objective=objective,
            title=f"KR {i}",
            start=0,
            target=10,
        )
    assert queries() == small


def test_the_schema_documents_the_text_endpoints_and_export_media_types(db):
    schema = Client().get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in ("/coach/key-result", "/coach/objective", "/cycles/{cycle_id}/import"):
        assert paths[f"/api/v1{path}"]["post"]["tags"] == ["text"]
    export = paths["/api/v1/cycles/{cycle_id}/export"]["get"]
    assert set(export["responses"]["200"]["content"]) == {
        "application/json",
        "text/markdown",
        "text/csv",
    }
    imported = paths["/api/v1/cycles/{cycle_id}/import"]["post"]["responses"]
    assert {"200", "201", "403", "404", "409", "422"} <= set(imported)


# Upload limits and formula-like text ---------------------------------------------------------


@pytest.mark.parametrize("dry_run", [True, False])
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (SHEET.replace("\n", ",x" * 400_000 + "\n", 1), "at most 50 columns"),
        (SHEET + "O9,,objective," + "t" * 10_001 + "\n", "more than 10,000 characters"),
    ],
)
def test_a_sheet_over_a_limit_is_a_422_problem_and_writes_nothing(
    world, api, q4, text, message, dry_run
):
    response = api["admin"].post(import_url(q4), {"text": text, "dry_run": dry_run})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["detail"].startswith("The sheet cannot be read: ")
    assert message in response.json()["errors"][0]["message"]
    assert not Objective.objects.filter(cycle=q4).exists()


def test_the_csv_export_quotes_formula_like_titles_and_imports_back(world, api, q4):
    text = SHEET.replace("Company growth", "'@everyone =cmd|' /C calc'!A0")
    assert api["admin"].post(import_url(q4), {"text": text}).status_code == 201
    title = "@everyone =cmd|' /C calc'!A0"  # the quote was the sheet's, not the title's
    assert Objective.objects.filter(cycle=q4, title=title).exists()
    exported = api["admin"].get(export_url(q4, "csv")).content.decode()
    assert ",'@everyone =cmd|' /C calc'!A0," in exported
    again = CycleFactory(organisation=world.organisation, name="Q5")
    assert api["admin"].post(import_url(again), {"text": exported}).status_code == 201
    assert api["admin"].get(export_url(again, "csv")).content.decode() == exported
