"""The paste box: paste a document, check and fix what was read, create it all or nothing."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.okrs.models import CycleState, KeyResult, KeyResultKind, Objective
from tests.factories import CycleFactory, OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

O_AND_KR = """\
O: Delight our customers
KR 1: Reduce churn from 6% to 3%
KR 2: Raise NPS from 30 to 50
KR 3: Improve activation
"""

OBJECTIVE_COLON = """\
Objective: Make onboarding effortless
Key results
- Cut time to first value from 14 days to 3 days
- Raise activation from 40% to 60%
"""

HEADINGS = """\
# Q3 OKRs
## Grow revenue
- Grow ARR from $2M to $3M
   - Launch the pricing page
- Grow paying customers from 120 to 300
"""

NUMBERED = """\
For talent management:
1. Hire great people
   1. Cut time to hire from 60 to 40 days
   2. Raise offer acceptance from 70% to 85%
"""

CANONICAL = """\
<!-- cairn:okrs v1 -->
# Cycle: Q3

## Objective: Faster support
- key: faster-support
- owner: lead@acme.test
- team: Support
- kind: aspirational

### KR: Cut first reply from 18 hours to 4 hours
- key: faster-support/kr-1
- type: decrease
- start: 18
- target: 4
- unit: hours

### KR: Keep CSAT above 90%
- key: faster-support/kr-2
- type: stay_above
- target: 90
- unit: %
"""

MESSY = (
    "\r\n\r\n# Acme — OKRs for Q3   \r\n\r\n"
    "**Objective 1 – Win the mid-market**\r\n"
    "\t•  Grow paying customers from 120 to 300   \r\n"
    "\r\n"
    "    ◦ Reduce churn from 6% to 3%\r\n"
    "* Keep NPS at least 40\r\n"
    "---\r\n"
    "KR: Lift win rate from 20% to 25%\r\n"
)


class FormState(HTMLParser):
    """The fields a browser would post from the page's paste form."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, str] = {}
        self.textarea: str | None = None
        self.select: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        if tag == "input" and a.get("name") and a.get("type") not in ("submit",):
            if a.get("type") == "checkbox":
                if "checked" in a:
                    self.data[a["name"]] = a.get("value") or "on"
            else:
                self.data[a["name"]] = a.get("value") or ""
        elif tag == "textarea":
            self.textarea = a["name"]
            self.data[self.textarea] = ""
        elif tag == "select":
            self.select = a["name"]
        elif tag == "option" and self.select and "selected" in a:
            self.data[self.select] = a.get("value") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self.data[self.textarea] = self.data[self.textarea].removeprefix("\n")
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data: str) -> None:
        if self.textarea:
            self.data[self.textarea] += data


def form_state(response) -> dict[str, str]:
    """Return what the page's form would post, as a browser sees it."""
    parser = FormState()
    parser.feed(response.content.decode())
    parser.data.pop("csrfmiddlewaretoken", None)
    return parser.data


def url(cycle) -> str:
    return reverse("paste", args=[cycle.pk])


def preview(client, cycle, text: str, **fields):
    return client.post(url(cycle), {"text": text, "action": "preview", **fields})


def titles(cycle) -> list[str]:
    return list(
        Objective.objects.filter(cycle=cycle).order_by("position").values_list("title", flat=True)
    )


def kr_titles(cycle) -> list[str]:
    rows = KeyResult.objects.filter(objective__cycle=cycle).order_by(
        "objective__position", "position"
    )
    return list(rows.values_list("title", flat=True))


@pytest.fixture
def cycle(world):
    """Return an empty planning cycle of the organisation."""
    return CycleFactory(organisation=world.organisation, name="2026 Q4", state=CycleState.PLANNING)


@pytest.fixture
def admin(world, client_for):
    return client_for(world.admin)


def test_the_page_offers_a_text_box_and_the_export_links(world, admin, cycle):
    response = admin.get(url(cycle))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="text"' in body and "Preview" in body
    for fmt in ("md", "json", "csv"):
        assert reverse("cycle_export", args=[cycle.pk, fmt]) in body
    assert "Paste OKRs</a>" in body


@pytest.mark.parametrize(
    ("text", "objectives", "key_results"),
    [
        (O_AND_KR, ["Delight our customers"], 3),
        (OBJECTIVE_COLON, ["Make onboarding effortless"], 2),
        (HEADINGS, ["Grow revenue"], 2),
        (NUMBERED, ["Hire great people"], 2),
        (CANONICAL, ["Faster support"], 2),
    ],
    ids=["o-and-kr", "objective-colon", "headings", "numbered", "canonical"],
)
def test_every_document_shape_previews_and_creates(
    world, admin, cycle, text, objectives, key_results
):
    shown = preview(admin, cycle, text)
    assert shown.status_code == 200
    body = shown.content.decode()
    assert all(f'value="{title}"' in body for title in objectives)
    created = admin.post(url(cycle), {**form_state(shown), "action": "create"})
    assert created.status_code == 302 and created["Location"] == reverse("board", args=[cycle.pk])
    assert titles(cycle) == objectives
    assert len(kr_titles(cycle)) == key_results


def test_labels_and_initiatives_are_shown_but_labels_are_not_objectives(world, admin, cycle):
    body = preview(admin, cycle, NUMBERED + "\n" + HEADINGS).content.decode()
    assert "For talent management" in body and "Q3 OKRs" in body
    assert 'value="For talent management"' not in body
    assert "Launch the pricing page" in body


def test_canonical_markdown_keeps_team_kind_and_owner(world, admin, cycle):
    shown = preview(admin, cycle, CANONICAL)
    admin.post(url(cycle), {**form_state(shown), "action": "create"})
    objective = Objective.objects.get(cycle=cycle)
    assert (objective.team, objective.kind, objective.owner) == (
        world.team,
        "aspirational",
        world.lead,
    )
    csat = objective.key_results.get(title="Keep CSAT above 90%")
    assert (csat.kind, csat.target, csat.unit) == ("stay_above", 90, "%")


def test_messy_formatting_is_read(world, admin, cycle):
    shown = preview(admin, cycle, MESSY)
    body = shown.content.decode()
    assert 'value="Win the mid-market"' in body
    assert 'value="Grow paying customers from 120 to 300"' in body
    assert 'value="Reduce churn from 6% to 3%"' in body
    assert 'value="Keep NPS at least 40"' in body
    assert 'value="Lift win rate from 20% to 25%"' in body
    assert 'value="Acme — OKRs for Q3"' not in body  # a heading that is not an objective
    assert '<span class="tag tag--muted">Acme — OKRs for Q3</span>' in body  # kept as a label
    assert "line 5" in body and "line 11" in body  # lines count the leading blank CRLF lines
    created = admin.post(url(cycle), {**form_state(shown), "action": "create"})
    assert created.status_code == 302 and len(kr_titles(cycle)) == 4


def test_the_preview_shows_measures_and_coach_findings(world, admin, cycle):
    body = preview(admin, cycle, O_AND_KR).content.decode()
    assert "decrease" in body and "6 →" in body and "3 %" in body
    nps = preview(admin, cycle, O_AND_KR + "KR 4: Keep NPS at least 40\n").content.decode()
    assert "stay above" in nps and "? →" not in nps
    assert "KR101" in body and "no number or target" in body  # Improve activation
    assert "KR104" in body and "Replace the vague verb" in body  # the suggestion too
    assert "becomes a milestone" in body
    assert "OKR007" not in body  # blank owners mean the person pasting


def test_unreadable_lines_are_listed_with_their_line_numbers(world, admin, cycle):
    body = preview(admin, cycle, "KR 1: Grow revenue from 1 to 2\n" + O_AND_KR).content.decode()
    assert "1 line was not read as OKRs" in body
    assert "line 1" in body and "key result before any objective" in body


def test_dropping_a_key_result_and_an_objective_creates_only_the_rest(world, admin, cycle):
    shown = preview(admin, cycle, O_AND_KR + "\n" + OBJECTIVE_COLON)
    state = form_state(shown)
    del state["o-0-kr-2-include"]  # Improve activation
    del state["o-1-include"]  # Make onboarding effortless, with its key results
    response = admin.post(url(cycle), {**state, "action": "create"})
    assert response.status_code == 302
    assert titles(cycle) == ["Delight our customers"]
    assert kr_titles(cycle) == ["Reduce churn from 6% to 3%", "Raise NPS from 30 to 50"]
    message = [str(m) for m in get_messages(response.wsgi_request)]
    assert message == ["Created 1 objective and 2 key results."]


def test_re_preview_keeps_the_dropped_items_dropped_and_updates_the_count(world, admin, cycle):
    state = form_state(preview(admin, cycle, O_AND_KR))
    del state["o-0-kr-2-include"]
    again = admin.post(url(cycle), {**state, "action": "preview"})
    after = form_state(again)
    assert "o-0-kr-2-include" not in after and "o-0-kr-1-include" in after
    assert "2 key results" in again.content.decode()
    assert "OKR001" in again.content.decode()  # two key results left: the coach sees the edit


def test_editing_a_title_reads_its_measure_again(world, admin, cycle):
    state = form_state(preview(admin, cycle, O_AND_KR))
    state["o-0-kr-2-title"] = "Raise activation from 40% to 60%"
    body = admin.post(url(cycle), {**state, "action": "preview"}).content.decode()
    assert 'value="Raise activation from 40% to 60%"' in body
    assert "40 →" in body and "60 %" in body
    assert "KR101" not in body and "becomes a milestone" not in body


def test_create_writes_the_edited_titles_and_names_the_milestones(world, admin, cycle):
    state = form_state(preview(admin, cycle, O_AND_KR))
    state["o-0-title"] = "Customers love us"
    response = admin.post(url(cycle), {**state, "action": "create"})
    assert titles(cycle) == ["Customers love us"]
    activation = KeyResult.objects.get(objective__cycle=cycle, title="Improve activation")
    assert activation.kind == KeyResultKind.MILESTONE
    churn = KeyResult.objects.get(objective__cycle=cycle, title__startswith="Reduce churn")
    assert (churn.start, churn.target, churn.unit, churn.owner) == (6, 3, "%", world.admin)
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert message.startswith("Created 1 objective and 3 key results.")
    assert "became a milestone: Improve activation" in message


def test_owners_come_from_the_text_or_the_form(world, admin, cycle):
    text = O_AND_KR.replace(
        "Raise NPS from 30 to 50", "Raise NPS from 30 to 50 (owner: lead@acme.test)"
    )
    state = form_state(preview(admin, cycle, text))
    assert state["o-0-kr-1-owner"] == "lead@acme.test"
    state["o-0-owner"] = "Member@Acme.test"
    admin.post(url(cycle), {**state, "action": "create"})
    objective = Objective.objects.get(cycle=cycle)
    assert objective.owner == world.member
    assert objective.key_results.get(title__startswith="Raise NPS").owner == world.lead


def test_an_unknown_owner_writes_nothing_and_keeps_every_edit(world, admin, cycle):
    text = O_AND_KR.replace(
        "Raise NPS from 30 to 50", "Raise NPS from 30 to 50 (owner: ghost@acme.test)"
    )
    shown = preview(admin, cycle, text)
    assert "No one with the email ghost@acme.test" in shown.content.decode()
    state = form_state(shown)
    state["o-0-title"] = "Customers love us"
    del state["o-0-kr-2-include"]
    response = admin.post(url(cycle), {**state, "action": "create"})
    assert response.status_code == 400
    assert titles(cycle) == [] and kr_titles(cycle) == []
    body = response.content.decode()
    assert "Nothing was created" in body and "line 3" in body and "ghost@acme.test" in body
    kept = form_state(response)
    assert kept["o-0-title"] == "Customers love us"
    assert "o-0-kr-2-include" not in kept and kept["o-0-kr-1-owner"] == "ghost@acme.test"
    kept["o-0-kr-1-owner"] = ""  # fixed: the admin owns it
    assert admin.post(url(cycle), {**kept, "action": "create"}).status_code == 302
    assert titles(cycle) == ["Customers love us"] and len(kr_titles(cycle)) == 2


def test_edits_survive_the_text_coming_back_with_other_line_endings(world, admin, cycle):
    state = form_state(preview(admin, cycle, O_AND_KR.replace("\n", "\r\n")))
    state["text"] = state["text"].replace("\r\n", "\n")  # htmx posts LF, a form submit CRLF
    state["o-0-title"] = "Customers love us"
    assert 'value="Customers love us"' in admin.post(url(cycle), state).content.decode()


def test_a_changed_text_is_read_again_before_anything_is_created(world, admin, cycle):
    state = form_state(preview(admin, cycle, O_AND_KR))
    state["text"] = OBJECTIVE_COLON
    response = admin.post(url(cycle), {**state, "action": "create"})
    assert response.status_code == 200 and titles(cycle) == []
    body = response.content.decode()
    assert "The text changed" in body and 'value="Make onboarding effortless"' in body


def test_htmx_refreshes_one_objective_and_the_count(world, admin, cycle):
    state = form_state(preview(admin, cycle, O_AND_KR + "\n" + OBJECTIVE_COLON))
    state["o-1-kr-0-title"] = "Improve onboarding"
    response = admin.post(
        url(cycle),
        {**state, "action": "preview", "fragment": "o-1"},
        headers={"HX-Request": "true"},
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<fieldset class="paste-objective" id="o-1"')
    assert "<html" not in body and 'id="o-0"' not in body
    assert 'hx-swap-oob="true"' in body and "KR104" in body


def test_htmx_gets_the_whole_page_when_the_text_changed_meanwhile(world, admin, cycle):
    state = form_state(preview(admin, cycle, O_AND_KR))
    state["text"] = OBJECTIVE_COLON + "\n" + HEADINGS
    response = admin.post(
        url(cycle),
        {**state, "action": "preview", "fragment": "o-0"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert (response["HX-Retarget"], response["HX-Reselect"], response["HX-Reswap"]) == (
        "#main", "#main", "outerHTML",
    )  # fmt: skip
    body = response.content.decode()
    assert "The text changed" in body and 'id="o-1"' in body and 'value="Grow revenue"' in body


def test_a_member_creates_for_their_team(world, client_for, cycle):
    member = client_for(world.member)
    shown = preview(member, cycle, OBJECTIVE_COLON, team=world.team.pk)
    assert f'<option value="{world.company.pk}"' not in shown.content.decode()  # not their team
    response = member.post(url(cycle), {**form_state(shown), "action": "create"})
    assert response.status_code == 302
    objective = Objective.objects.get(cycle=cycle)
    assert (objective.team, objective.owner) == (world.team, world.member)


def test_a_member_cannot_create_company_objectives(world, client_for, cycle):
    member = client_for(world.member)
    response = preview(member, cycle, OBJECTIVE_COLON, team=world.company.pk)
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()


def test_a_member_without_a_team_is_told_why_nothing_can_be_created(world, client_for, cycle):
    loner = PersonFactory(organisation=world.organisation, user__email="loner@acme.test")
    client = client_for(loner)
    assert "You are not in a team yet" in client.get(url(cycle)).content.decode()
    state = form_state(preview(client, cycle, OBJECTIVE_COLON))
    response = client.post(url(cycle), {**state, "action": "create"})
    assert (
        response.status_code == 400
        and "Only admins create company-level" in response.content.decode()
    )
    assert titles(cycle) == []


def test_viewers_are_refused(world, client_for, cycle):
    viewer = client_for(world.viewer)
    assert viewer.get(url(cycle)).status_code == 403
    assert preview(viewer, cycle, O_AND_KR).status_code == 403


def test_another_organisations_cycle_is_not_found(world, client_for, cycle):
    assert client_for(world.outsider).get(url(cycle)).status_code == 404
    elsewhere = CycleFactory(organisation=OrganisationFactory(), name="Q1")
    admin = client_for(world.admin)
    assert admin.get(url(elsewhere)).status_code == 404
    assert preview(admin, elsewhere, O_AND_KR).status_code == 404


@pytest.mark.parametrize("state", [CycleState.CLOSED, CycleState.GRADING])
def test_a_cycle_that_no_longer_takes_objectives_is_refused(world, admin, cycle, state):
    cycle.state = state
    cycle.save()
    page = admin.get(url(cycle))
    assert page.status_code == 200 and "no longer takes new objectives" in page.content.decode()
    assert 'name="text"' not in page.content.decode()
    assert "Paste OKRs</a>" not in page.content.decode()
    response = admin.post(url(cycle), {"text": O_AND_KR, "action": "create", "o-0-title": "X"})
    assert response.status_code == 400 and titles(cycle) == []


def test_oversize_text_is_refused_with_a_clear_error(world, admin, cycle):
    text = O_AND_KR + "KR: Grow revenue from 1 to 2 " + "x" * (200 * 1024) + "\n"
    response = preview(admin, cycle, text)
    assert response.status_code == 400
    assert "paste at most 200 KB" in response.content.decode()


def test_empty_text_is_refused(world, admin, cycle):
    response = preview(admin, cycle, "  \n ")
    assert response.status_code == 400 and "Paste some OKRs first" in response.content.decode()


def test_text_with_no_objectives_says_so(world, admin, cycle):
    response = preview(admin, cycle, "Just some notes about the quarter.")
    assert "No objectives were found" in response.content.decode()


def test_more_items_than_the_page_can_post_are_refused_before_the_preview(
    world, admin, cycle, settings
):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 40
    # three different objectives (the same one pasted again would be read once, as a repeat)
    response = preview(admin, cycle, document(3))
    assert response.status_code == 400
    assert "review at most 6 at once" in response.content.decode()


def document(n: int) -> str:
    return "\n".join(
        f"O: Objective number {i} (owner: lead@acme.test)\n"
        f"KR 1: Reduce churn from {i + 6}% to 3%\nKR 2: Improve activation {i}\n"
        for i in range(n)
    )


def test_preview_query_count_does_not_grow_with_the_objectives(world, admin, cycle):
    def queries(text: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert preview(admin, cycle, text).status_code == 200
        return len(captured.captured_queries)

    few, many = queries(document(1)), queries(document(25))
    assert few == many, (few, many)


CHAIN = """\
Objective: Improve the user experience of the e-commerce platform
Key results:
- Increase the user checkout success rate by 15%
  - Milestone: Complete the redesign of the checkout process
    - As a user, I want a one-page checkout, so I can complete my purchase faster.
      - Design the one-page <b>checkout</b> UI
      - Implement front-end changes
- Reduce the average page load time by 2 seconds
  - Optimize website performance
    - Compress and lazy-load product images
"""


def test_the_chain_under_a_key_result_is_previewed_and_created_with_it(world, admin, cycle):
    from cairn.execution.models import WorkItem

    shown = preview(admin, cycle, CHAIN)
    body = shown.content.decode()
    assert "As a user, I want a one-page checkout" in body
    assert (
        "Design the one-page &lt;b&gt;checkout&lt;/b&gt; UI" in body and "<b>checkout" not in body
    )
    state = form_state(shown)
    state.pop("o-0-kr-1-include", None)  # leave the second key result out
    created = admin.post(url(cycle), {**state, "action": "create"})
    assert created.status_code == 302
    assert kr_titles(cycle) == ["Increase the user checkout success rate by 15%"]
    story = WorkItem.objects.get(kind="story")
    assert story.initiative.title == "Complete the redesign of the checkout process"
    assert list(story.children.order_by("rank").values_list("title", flat=True)) == [
        "Design the one-page <b>checkout</b> UI",
        "Implement front-end changes",
    ]
    assert not WorkItem.objects.filter(title="Compress and lazy-load product images").exists()
