"""The execution chain as text: key result → initiative → story → task, pasted and exported."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cairn.execution.models import WorkItem
from cairn.import_export.importing import document_import
from cairn.import_export.selectors import cycle_plan
from cairn.okrs.models import Initiative, Objective
from cairn.okrs.permissions import Access
from cairn.text.document import parse_document
from cairn.text.markdown import export_markdown, read_markdown
from tests.factories import CycleFactory

# The seeds' full-flow example, as someone would write it in a document.
CHAIN = """\
Objective: Improve the user experience of the e-commerce platform
Key results:
- Increase the user checkout success rate by 15%
  - Milestone: Complete the redesign of the checkout process
    - As a user, I want a one-page checkout, so I can complete my purchase faster.
      - Design the one-page checkout UI
      - Implement front-end changes
      - Integrate the new checkout flow with payment APIs
      - Test the new checkout flow using A/B testing
- Reduce the average page load time by 2 seconds
  - Optimize website performance
    - As a shopper, I want product pages to load quickly, so I can browse without waiting.
      - Measure page load times and find the slowest pages
      - Compress and lazy-load product images
      - Cache product listings close to shoppers
      - Track page load time after every release
"""


def paste(world, text: str, cycle=None):
    cycle = cycle or CycleFactory(organisation=world.organisation, name="Q4")
    result = document_import(actor=world.admin, cycle=cycle, document=parse_document(text, None))
    return cycle, result


def test_pasting_the_nested_example_creates_the_whole_chain(world):
    cycle, result = paste(world, CHAIN)
    assert result.counts()["work_items"] == 10
    checkout = Initiative.objects.get(title="Complete the redesign of the checkout process")
    assert [kr.title for kr in checkout.key_results.all()] == [
        "Increase the user checkout success rate by 15%"
    ]
    story = WorkItem.objects.get(initiative=checkout, parent=None)
    assert story.kind == "story"
    assert story.user_story.startswith("As a user, I want a one-page checkout")
    assert story.organisation == world.organisation
    tasks = list(story.children.order_by("rank").values_list("kind", "title", "initiative_id"))
    assert tasks == [
        ("task", "Design the one-page checkout UI", checkout.pk),
        ("task", "Implement front-end changes", checkout.pk),
        ("task", "Integrate the new checkout flow with payment APIs", checkout.pk),
        ("task", "Test the new checkout flow using A/B testing", checkout.pk),
    ]
    assert WorkItem.objects.filter(initiative__title="Optimize website performance").count() == 5


def test_prefixes_name_the_type_and_a_leaf_under_a_task_is_a_sub_task():
    text = """\
O: Ship the mobile app
- KR: Reach 1000 weekly users
  - Project: Beta programme
    - Epic: Onboarding
      - Story: Invite testers
        - Send the invitations
          - Write the email
    - Task: Publish to the store
"""
    (objective,) = parse_document(text, None).objectives
    (beta,) = objective.initiatives
    assert [(w.title, w.type, w.parent) for w in beta.work] == [
        ("Onboarding", "epic", None),
        ("Invite testers", "story", 0),
        ("Send the invitations", "task", 1),
        ("Write the email", "sub-task", 2),
        ("Publish to the store", "task", None),
    ]


def test_the_markdown_export_carries_the_chain_and_reads_back_identically(world):
    cycle, _ = paste(world, CHAIN)
    design = WorkItem.objects.get(title="Design the one-page checkout UI")
    design.status, design.estimate_points, design.done_at = "done", 3, timezone.now()
    design.save()
    access = Access(world.admin)
    text = export_markdown(cycle_plan(access, cycle))
    assert "  - story: As a user, I want a one-page checkout" in text
    assert (
        "    - task: Design the one-page checkout UI\n      - status: done\n      - points: 3\n"
        in (text)
    )
    again, result = paste(world, text, CycleFactory(organisation=world.organisation, name="Q1"))
    assert result.counts()["work_items"] == 10
    assert export_markdown(cycle_plan(access, again)) == text.replace("Cycle: Q4", "Cycle: Q1")
    copied = WorkItem.objects.exclude(pk=design.pk).get(title=design.title)
    assert (copied.status, copied.estimate_points, copied.done_at is not None) == ("done", 3, True)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("  - task: Orphan\n", "nested before any initiative"),
        ("- initiative: I\n    - task: Too deep\n", "deeper than the item above it"),
        ("- initiative: I\n  - chore: Sweep\n", "unknown nested field 'chore'"),
        ("- initiative: I\n  - task: T\n    - status: finished\n", "status must be one of"),
        ("- initiative: I\n  - task: T\n    - points: lots\n", "points must be a number"),
        ("- initiative: I\n  - task: T\n    - points: -2\n", "points cannot be negative"),
    ],
)
def test_bad_nesting_in_canonical_markdown_is_reported_and_nothing_is_written(
    world, lines, message
):
    text = (
        "<!-- cairn:okrs v1 -->\n## Objective: Grow\n- key: grow\n\n"
        "### KR: Reach 100 customers\n- type: increase\n- start: 0\n- target: 100\n" + lines
    )
    problems = read_markdown(text).problems
    assert any(message in text for _line, text in problems), problems
    cycle = CycleFactory(organisation=world.organisation, name="Q4")
    with pytest.raises(ValidationError):
        document_import(actor=world.admin, cycle=cycle, document=parse_document(text, None))
    assert not Objective.objects.filter(cycle=cycle).exists()
    assert not WorkItem.objects.exists()


def test_a_work_title_too_long_for_the_database_refuses_the_whole_import(world):
    text = CHAIN.replace("Implement front-end changes", "x" * 301)
    cycle = CycleFactory(organisation=world.organisation, name="Q4")
    with pytest.raises(ValidationError, match="longer than 300 characters"):
        document_import(actor=world.admin, cycle=cycle, document=parse_document(text, None))
    assert not Objective.objects.filter(cycle=cycle).exists()
    assert not WorkItem.objects.exists() and not Initiative.objects.exists()


def test_the_export_reads_the_work_in_a_fixed_number_of_queries(
    world, django_assert_max_num_queries
):
    cycle, _ = paste(world, CHAIN)
    access = Access(world.admin)
    with django_assert_max_num_queries(50) as small:
        cycle_plan(access, cycle)
    more = CHAIN.replace(
        "      - Implement front-end changes\n",
        "".join(f"      - Extra task {n}\n" for n in range(30)),
    )
    bigger, _ = paste(world, more, CycleFactory(organisation=world.organisation, name="Q2"))
    with django_assert_max_num_queries(50) as large:
        cycle_plan(access, bigger)
    assert len(large.captured_queries) == len(small.captured_queries)
