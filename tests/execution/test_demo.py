"""The demo carries the seeds' full-flow example from the objective down to its tasks."""

from __future__ import annotations

from datetime import date

import pytest

from cairn.execution.models import WorkItem
from cairn.okrs.demo.builder import build_demo
from cairn.okrs.demo.execution import OBJECTIVE
from cairn.okrs.models import Objective


@pytest.mark.django_db
def test_the_demo_holds_the_full_flow_example_with_progress_from_work():
    org = build_demo(today=date(2026, 5, 15), password="pw")
    objective = Objective.objects.get(organisation=org, title=OBJECTIVE, cycle__name="2026 Q2")
    krs = list(objective.key_results.order_by("position"))
    assert [kr.title for kr in krs] == [
        "Increase the user checkout success rate by 15%",
        "Reduce the average page load time by 2 seconds",
    ]
    assert [round(kr.progress, 2) for kr in krs] == [0.2, 0.2]  # the metric, from check-ins
    checkout = krs[0].initiatives.get()
    assert checkout.title == "Complete the redesign of the checkout process"
    assert (checkout.progress_source, checkout.percent_complete) == ("work", 61)  # 8 of 13
    story = checkout.work_items.get(kind="story")
    assert story.title == (
        "As a user, I want a one-page checkout, so I can complete my purchase faster."
    )
    assert list(story.children.values_list("title", flat=True)) == [
        "Design the one-page checkout UI",
        "Implement front-end changes",
        "Integrate the new checkout flow with payment APIs",
        "Test the new checkout flow using A/B testing",
    ]
    speed = krs[1].initiatives.get()
    assert speed.title == "Optimize website performance" and speed.percent_complete == 20
    assert story.sprint.state == "active"
    assert WorkItem.objects.filter(organisation=org, initiative__isnull=True).count() == 1
