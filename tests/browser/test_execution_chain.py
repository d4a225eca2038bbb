"""Journey in real Chromium along issue 9's chain: import a Jira CSV, link a story to a key
result, close the story by a signed GitHub webhook (the pull request that names its Jira key is
merged), see the initiative's progress and the objective page's chain follow."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect
from tests.browser.actions import fits_a_phone, sign_in
from tests.browser.test_design import blocking_violations
from tests.trackers.conftest import payload

from cairn.execution.models import WorkItem
from cairn.okrs.models import Initiative
from cairn.okrs.services import initiative_create, key_result_create
from cairn.trackers.connections import connection_create
from cairn.trackers.signatures import sign

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = """\
Issue key,Issue id,Summary,Issue Type,Status,Custom field (Story Points),Sprint
SHOP-1,10001,One-page checkout,Story,To Do,5,
SHOP-2,10002,Saved cards,Story,In Progress,3,
"""


def _merged(key: str) -> bytes:
    """A GitHub `pull_request` event: the pull request naming the Jira key is merged."""
    body = payload("github_pull_request_merged")
    body["pull_request"].update(title=f"{key} One-page checkout", merged=True)
    body["pull_request"]["head"]["ref"] = f"{key.lower()}-one-page-checkout"
    return json.dumps(body).encode()


def _post(url: str, secret: str, raw: bytes) -> dict:
    """Send the delivery over real HTTP, signed as GitHub signs it; return the answer."""
    request = urllib.request.Request(
        url,
        data=raw,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-GitHub-Event": "pull_request",
            "X-GitHub-Delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
            "X-Hub-Signature-256": sign(secret, raw),
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (the live server)
        return json.loads(response.read())


def test_import_link_close_by_webhook_and_the_chain_follows(
    world, page, shoot, tmp_path, live_server
):
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Increase the user checkout success rate by 15%",
        start=60,
        target=75,
    )
    initiative = initiative_create(
        actor=world.member,
        key_results=[kr],
        title="Complete the redesign of the checkout process",
        progress_source="work",
    )
    github = connection_create(actor=world.admin, kind="github", name="shop", team=world.team)
    path = tmp_path / "jira.csv"
    path.write_text(CSV, encoding="utf-8")

    # 1. The team's lead imports the Jira export as the team's work (no initiative yet).
    sign_in(page, "lead@acme.test")
    page.goto(f"/work/import/?team={world.team.pk}")
    page.get_by_label("Export file").set_input_files(str(path))
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_label("Summary")).to_contain_text("2 new")
    page.get_by_role("button", name="Import: 2 new, 0 updated").click()
    expect(page.get_by_role("status")).to_contain_text("From jira: 2 new, 0 updated")

    # 2. Both stories are work without a why until the lead links them to the key result.
    page.goto(f"/teams/{world.team.slug}/work-without-why/")
    for title in ("One-page checkout", "Saved cards"):
        row = page.locator("li, tr").filter(has_text=title).last
        row.get_by_label("Serves").select_option(label=f"{initiative.title} → {kr.title}")
        row.get_by_role("button", name="Link").click()
        expect(page.get_by_role("status").first).to_contain_text(f"“{title}” now serves")
    assert set(WorkItem.objects.values_list("initiative_id", flat=True)) == {initiative.pk}

    page.goto(f"/initiatives/{initiative.pk}/")
    expect(page.locator(".points-line")).to_contain_text("Work: 0 of 8 points done (0%)")

    # 3. GitHub posts the merge of the pull request "SHOP-1 …", signed; the Jira story is done
    #    within the request.
    url = f"{live_server.url}/hooks/github/{github.connection.public_id}/"
    answer = _post(url, github.secret, _merged("SHOP-1"))
    assert answer["outcome"] == "applied", answer
    assert WorkItem.objects.get(external_key="SHOP-1").status == "done"
    assert Initiative.objects.get(pk=initiative.pk).percent_complete == 62

    # 4. The initiative's progress and the objective page's chain show it.
    page.goto(f"/initiatives/{initiative.pk}/")
    expect(page.locator(".points-line")).to_contain_text("Work: 5 of 8 points done (62%)")
    shoot(page, "70-chain-initiative")
    page.goto(f"/objectives/{world.objective.pk}/")
    chain = page.locator("details").filter(has_text="Work: 5 of 8 points done (62%)")
    expect(chain).to_have_count(1)
    chain.locator("summary").first.click()
    expect(chain).to_contain_text("One-page checkout")
    expect(chain).to_contain_text(initiative.title)
    assert fits_a_phone(page)
    shoot(page, "71-chain-objective")
    shoot(page, "71-chain-objective-375", width=375)

    # 5. Deleting a story asks first, says what happens, and the progress is counted again.
    saved = WorkItem.objects.get(external_key="SHOP-2")
    page.goto(f"/work-items/{saved.pk}/")
    page.get_by_text("Delete…").click()
    dialog = page.get_by_role("dialog", name="Delete “Saved cards”?")
    expect(dialog).to_contain_text("counted again without it")
    shoot(page, "72-work-item-delete-confirm")
    assert blocking_violations(page) == []
    dialog.get_by_role("button", name="Delete").click()
    expect(page).to_have_url(f"/initiatives/{initiative.pk}/")
    expect(page.locator(".points-line")).to_contain_text("Work: 5 of 5 points done (100%)")


def test_the_work_lists_rows_are_accessible_and_set_a_status(world, page, shoot):
    """The sprint page, the backlog and an item page, whose rows are built in Python."""
    from datetime import date

    from cairn.execution.services import sprint_create, sprint_story_add, work_item_create

    sprint = sprint_create(
        actor=world.lead, team=world.team, name="Sprint 7", starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 15), capacity_points=8,
    )  # fmt: skip
    story = work_item_create(
        actor=world.lead, title="<b>Macros</b>", kind="story", team=world.team, estimate_points=3,
        external_source="jira", external_key="SUP-1", external_url="https://x.atlassian.net/browse/SUP-1",
    )  # fmt: skip
    work_item_create(actor=world.lead, title="Write copy", kind="task", parent=story)
    sprint_story_add(sprint=sprint, story=story, actor=world.lead)
    work_item_create(actor=world.lead, title="Search macros", kind="story", team=world.team)
    sign_in(page, "lead@acme.test")
    for path, name in (
        (f"/sprints/{sprint.pk}/", "73-sprint-rows"),
        (f"/teams/{world.team.slug}/backlog/", "74-backlog-rows"),
        (f"/work-items/{story.pk}/", "75-work-item"),
    ):
        page.goto(path)
        assert blocking_violations(page) == [], path
        assert fits_a_phone(page), path
        shoot(page, name)
    page.goto(f"/sprints/{sprint.pk}/")
    expect(page.get_by_role("link", name="<b>Macros</b>")).to_be_visible()
    page.get_by_label("Status of “Write copy”").select_option("done")
    expect(page.get_by_role("status").filter(has_text="Saved")).to_be_visible()
    assert WorkItem.objects.get(title="Write copy").status == "done"
