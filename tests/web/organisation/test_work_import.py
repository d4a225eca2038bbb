"""The work import screen: upload → preview → confirm, permissions, scoping, escaping, queries."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.execution.models import WorkItem
from cairn.okrs.services import initiative_create
from tests.execution.imports.conftest import export
from tests.factories import InitiativeFactory, KeyResultFactory, PersonFactory

URL = "/work/import/"


@pytest.fixture
def initiative(world, kr):
    return initiative_create(actor=world.member, key_results=[kr], title="Macros")


def upload(client, initiative, text, name="export.csv", **fields):
    data = {"file": SimpleUploadedFile(name, text.encode()), "format": "auto"}
    data |= {"initiative": initiative.pk if initiative else "", "statuses": ""} | fields
    return client.post(URL, data)


def test_the_page_offers_the_upload_with_the_initiative_chosen(client_for, world, initiative):
    response = client_for(world.member).get(URL, {"initiative": initiative.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Import work from Jira, GitHub, GitLab or Linear" in page
    assert f'<option value="{initiative.pk}" selected>Macros</option>' in page


def test_upload_preview_confirm(client_for, world, kr, initiative):
    client = client_for(world.member)
    response = upload(client, initiative, export("jira.csv", kr.pk), team=world.team.pk)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Preview of export.csv (jira)" in page and 'name="payload"' in page
    assert "Import: 4 new, 0 updated" in page
    assert WorkItem.objects.count() == 0
    payload = response.context["payload"]
    done = client.post(URL, {"payload": payload})
    assert done.status_code == 200
    assert "From jira: 4 new, 0 updated, 0 unchanged." in done.content.decode()
    assert WorkItem.objects.filter(initiative=initiative).count() == 4
    again = upload(client, initiative, export("jira.csv", kr.pk), team=world.team.pk)
    assert again.context["summary"]["unchanged"] == 4


def test_problems_are_listed_and_nothing_can_be_confirmed(client_for, world, initiative):
    text = export("jira.csv").replace("Sub-task", "Saga")
    response = upload(client_for(world.member), initiative, text)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Unknown issue type &#x27;Saga&#x27;" in page and 'name="payload"' not in page
    assert [(p.row, p.column) for p in response.context["problems"]] == [(4, "Issue Type")]


def test_a_status_mapping_is_applied(client_for, world, initiative):
    response = upload(
        client_for(world.member), initiative, export("jira.csv"), statuses="Code Review=done\n"
    )
    story = next(i for i in response.context["items"] if i.row.key == "SHOP-2")
    assert story.fields["status"] == "done"


def test_bad_input_gets_a_clear_error(client_for, world, initiative):
    client = client_for(world.member)
    response = upload(client, initiative, "x", name="export.xlsx")
    assert (
        response.status_code == 400 and "Choose a .csv or .json file." in response.content.decode()
    )
    response = upload(client, None, export("linear.csv"))
    assert "Choose an initiative or a team." in response.content.decode()
    response = client.post(URL, {"payload": "forged"})
    assert response.status_code == 400
    assert "could not be verified" in response.content.decode()


def test_a_payload_of_another_person_is_refused(client_for, world, initiative):
    response = upload(client_for(world.member), initiative, export("linear.csv"))
    stolen = client_for(world.admin).post(URL, {"payload": response.context["payload"]})
    assert stolen.status_code == 400 and WorkItem.objects.count() == 0


def test_user_text_is_escaped(client_for, world, initiative):
    text = "ID,Title,Status,Assignee,Labels\n<script>x</script>,<script>alert(1)</script>,Todo,<script>a</script>,\n"
    page = upload(client_for(world.member), initiative, text).content.decode()
    assert "<script>alert(1)</script>" not in page and "<script>x</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    ("persona", "status"), [("admin", 200), ("lead", 200), ("member", 200), ("viewer", 403)]
)
def test_who_may_import(client_for, world, initiative, persona, status):
    person = getattr(world, persona)
    assert client_for(person).get(URL, {"initiative": initiative.pk}).status_code == status
    if status == 200:
        assert upload(client_for(person), initiative, export("linear.csv")).status_code == 200


def test_someone_who_may_not_edit_the_initiative_is_refused(client_for, world, initiative):
    stranger = PersonFactory(organisation=world.organisation)  # in no team, owns nothing
    assert client_for(stranger).get(URL, {"initiative": initiative.pk}).status_code == 403
    assert upload(client_for(stranger), initiative, export("linear.csv")).status_code == 403
    outsider_objective_kr = KeyResultFactory(organisation=world.outsider.organisation)
    foreign = InitiativeFactory(organisation=world.outsider.organisation)
    foreign.key_results.add(outsider_objective_kr)
    assert client_for(world.member).get(URL, {"initiative": foreign.pk}).status_code == 404
    assert (
        client_for(world.member).get(URL, {"initiative": "99999999999999999999"}).status_code == 404
    )
    response = upload(client_for(world.member), foreign, export("linear.csv"))
    assert response.status_code == 400 and WorkItem.objects.count() == 0


def test_the_preview_query_count_does_not_grow_with_the_file(client_for, world, initiative):
    client = client_for(world.member)
    head = "Issue key,Summary,Issue Type,Status,Assignee,Sprint\n"
    small = head + "".join(
        f"A-{n},Item {n},Story,To Do,member@acme.test,Sprint 1\n" for n in range(3)
    )
    large = head + "".join(
        f"A-{n},Item {n},Story,To Do,member@acme.test,Sprint 1\n" for n in range(300)
    )
    upload(client, initiative, small, team=world.team.pk)  # warm the session and caches
    with CaptureQueriesContext(connection) as few:
        upload(client, initiative, small, team=world.team.pk)
    with CaptureQueriesContext(connection) as many:
        assert upload(client, initiative, large, team=world.team.pk).status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)
