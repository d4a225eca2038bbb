"""The objective page shows the work behind each key result, collapsed, in constant queries."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.execution.services import work_item_create
from cairn.okrs.models import CycleState
from cairn.okrs.services import check_in_record, initiative_create, key_result_create


def _page(client, objective):
    response = client.get(reverse("objective", args=[objective.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _kr(world):
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Cut reply time", start=18, target=4
    )
    check_in_record(key_result=kr, author=world.member, value=15.2)  # 20% of the way
    return kr


def _work(world, initiative, n: int, done: int = 0) -> None:
    for i in range(n):
        work_item_create(
            actor=world.member,
            title=f"Task {i}",
            initiative=initiative,
            estimate_points=2,
            status="done" if i < done else "todo",
            assignee=world.member,
        )


def test_it_puts_work_and_metric_side_by_side(world, client_for):
    kr = _kr(world)
    initiative = initiative_create(actor=world.member, key_results=[kr], title="Macros")
    _work(world, initiative, 6, done=4)
    html = _page(client_for(world.viewer), world.objective)
    assert '<details class="kr-card__work">' in html
    assert "Work: 8 of 12 points done (66%)" in html and "metric 20% of the way" in html
    assert "Task 5" in html


def test_it_lists_at_most_50_items_then_links_to_the_rest(world, client_for):
    initiative = initiative_create(actor=world.member, key_results=[_kr(world)], title="Big")
    _work(world, initiative, 53)
    html = _page(client_for(world.member), world.objective)
    assert "Task 49" in html and "Task 50" not in html
    assert "and 3 more items" in html and f'href="/initiatives/{initiative.pk}/"' in html


def test_a_key_result_without_work_in_an_active_cycle_is_flagged(world, client_for):
    _kr(world)
    flag = "No work behind this key result yet"
    world.cycle.state = CycleState.PLANNING
    world.cycle.save()
    assert flag not in _page(client_for(world.member), world.objective)  # a planning cycle
    world.cycle.state = CycleState.ACTIVE
    world.cycle.save()
    assert flag in _page(client_for(world.member), world.objective)


def test_the_work_section_costs_the_same_queries_for_3_or_30_items(world, client_for):
    kr = _kr(world)
    initiative = initiative_create(actor=world.member, key_results=[kr], title="Macros")
    second = initiative_create(actor=world.member, key_results=[kr], title="Docs")
    _work(world, initiative, 3)
    client = client_for(world.member)
    _page(client, world.objective)
    with CaptureQueriesContext(connection) as small:
        _page(client, world.objective)
    _work(world, initiative, 15, done=5)
    _work(world, second, 15)
    with CaptureQueriesContext(connection) as large:
        html = _page(client, world.objective)
    assert len(large) == len(small) and "Work: 10 of 66 points done" in html


def test_the_chain_nests_initiatives_stories_and_tasks(world, client_for):
    kr = _kr(world)
    initiative = initiative_create(actor=world.member, key_results=[kr], title="Macros")
    story = work_item_create(
        actor=world.member, title="Reply macros", kind="story", initiative=initiative
    )
    work_item_create(
        actor=world.member, title="Write the copy", kind="task", parent=story, estimate_points=2
    )
    html = _page(client_for(world.member), world.objective)
    chain = html[html.index('<ul class="work-chain">') :]
    chain = chain[: chain.index("</details>")]
    assert chain.index("Macros") < chain.index("Reply macros") < chain.index("Write the copy")
    # the task sits in a list nested inside the story's item
    story_item = chain[chain.index("Reply macros") :]
    assert story_item.index('<ul class="work-tree">') < story_item.index("Write the copy")
    assert "0 of 2 points done" in chain and "2 pts" in chain
