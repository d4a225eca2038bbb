"""POST /api/v1/work-items/import with the export uploaded as multipart/form-data."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cairn.execution.models import Sprint, WorkItem
from cairn.okrs.services import initiative_create
from tests.api.conftest import problem_fields
from tests.execution.imports.conftest import export

URL = "/api/v1/work-items/import"
NAMES = {
    "jira": "jira.csv",
    "github": "github.json",
    "gitlab": "gitlab.csv",
    "linear": "linear.csv",
}


@pytest.fixture
def initiative(world, kr):
    return initiative_create(actor=world.member, key_results=[kr], title="Macros")


def upload(api, person: str, content: str | bytes, name="export.csv", **fields):
    """POST the file and fields as multipart/form-data with the person's token."""
    raw = content.encode() if isinstance(content, str) else content
    client = api[person]
    data = {"file": SimpleUploadedFile(name, raw), **fields}
    return client.client.post(URL, data, headers=client._headers(None))


@pytest.mark.parametrize("fmt", list(NAMES))
def test_each_trackers_file_is_previewed_then_imported(world, api, kr, initiative, fmt):
    content = export(NAMES[fmt], kr.pk)
    fields = {"initiative": initiative.pk, "team": world.team.pk, "status": ["Todo=todo"]}
    preview = upload(api, "lead", content, NAMES[fmt], dry_run="true", **fields)
    assert preview.status_code == 200, preview.content
    assert preview.json()["format"] == fmt and preview.json()["new"] > 0
    assert not WorkItem.objects.exists() and not Sprint.objects.exists()
    done = upload(api, "lead", content, NAMES[fmt], **fields)
    assert done.status_code == 201, done.content
    assert WorkItem.objects.count() == preview.json()["new"]
    again = upload(api, "lead", content, NAMES[fmt], **fields).json()
    assert (again["new"], again["updated"]) == (0, 0)  # re-importing never duplicates
    assert WorkItem.objects.count() == preview.json()["new"]


def test_the_json_body_still_works_beside_uploads(world, api, initiative):
    body = {"content": export("linear.csv"), "initiative": initiative.pk, "status": ["Todo=todo"]}
    assert api["member"].post(URL, body).status_code == 201
    assert WorkItem.objects.count() == 3


def test_row_errors_refuse_the_whole_upload(api, initiative):
    content = export("jira.csv").replace(",8,SHOP-1", ",eight,SHOP-1")
    response = upload(api, "member", content, initiative=initiative.pk)
    assert response.status_code == 400
    assert response.json()["rows"][0]["column"] == "Custom field (Story Points)"
    assert not WorkItem.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Issue key\x81\x8d\x8f\x90\x9d\n", "not text"),
        (b"   \n", "empty"),
        (b"Issue key,Summary\nA-1,Bad \x00 title\n", "NUL"),
        (b"name,email\nAda,ada@x.test\n", "format"),
    ],
)
def test_an_unreadable_file_is_a_400_naming_why(api, initiative, content, message):
    response = upload(api, "member", content, initiative=initiative.pk)
    assert response.status_code == 400, response.content
    assert message.lower() in response.json()["errors"][0]["message"].lower()
    assert not WorkItem.objects.exists()


def test_bad_choices_and_a_missing_file_are_422(api, initiative):
    client = api["member"]
    missing = client.client.post(URL, {"initiative": initiative.pk}, headers=client._headers(None))
    assert missing.status_code == 422 and problem_fields(missing) == ["file"]
    bad = upload(api, "member", "x", initiative="twelve", format="trello")
    assert bad.status_code == 422
    assert set(problem_fields(bad)) == {"initiative", "format"}


def test_upload_limits_apply(api, initiative, settings):
    from cairn.execution import imports

    rows = "Issue key,Summary,Issue Type,Status\n" + "".join(
        f"A-{n},Item {n},Task,To Do\n" for n in range(imports.LIMITS.max_rows + 1)
    )
    response = upload(api, "member", rows, initiative=initiative.pk)
    assert response.status_code == 400
    assert "20,000 rows" in response.json()["errors"][0]["message"]
    # Larger than the upload limit: refused by its length before anything is read.
    big = api["member"].client.post(
        URL,
        b"x" * 10,
        content_type="multipart/form-data; boundary=x",
        headers={**api["member"]._headers(None), "Content-Length": str(26 * 1024 * 1024)},
    )
    assert big.status_code == 400 and problem_fields(big) == ["file"]
    assert not WorkItem.objects.exists()


def test_an_upload_over_the_json_limit_is_taken(api, initiative, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 4096  # an upload streams; the JSON limit is not its
    padded = "Issue key,Summary,Issue Type,Status\n" + "".join(
        f"P-{n},Padding {n:05},Task,To Do\n" for n in range(200)
    )
    assert len(padded) > 4096
    response = upload(api, "member", padded, initiative=initiative.pk, dry_run="1")
    assert response.status_code == 200, response.content
    keyed = api["member"].client.post(
        URL,
        {"file": SimpleUploadedFile("a.csv", padded.encode()), "initiative": initiative.pk},
        headers={**api["member"]._headers(None), "Idempotency-Key": "k1"},
    )
    assert keyed.status_code == 400 and "Idempotency-Key" in keyed.json()["detail"]


def test_an_idempotent_upload_runs_once(api, initiative):
    client = api["member"]

    def send():
        data = {
            "file": SimpleUploadedFile("l.csv", export("linear.csv").encode()),
            "initiative": initiative.pk,
            "status": "Todo=todo",
        }
        return client.client.post(
            URL, data, headers={**client._headers(None), "Idempotency-Key": "upload-1"}
        )

    first, second = send(), send()
    assert (first.status_code, second.status_code) == (201, 201)
    assert second["Idempotent-Replayed"] == "true"
    assert WorkItem.objects.count() == 3


def test_another_organisations_initiative_is_404_and_viewers_403(world, api, initiative):
    content = export("linear.csv")
    assert upload(api, "outsider", content, initiative=initiative.pk).status_code == 404
    assert upload(api, "viewer", content, initiative=initiative.pk).status_code == 403
    assert not WorkItem.objects.exists()


def test_the_schema_offers_both_bodies(api):
    schema = api["member"].get("/api/v1/openapi.json").json()
    body = schema["paths"][URL]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "multipart/form-data"}
    assert body["multipart/form-data"]["schema"]["required"] == ["file"]
