"""Issue 14: the key result form said "Start (optional)" and then required it for a metric.
Start and target are required by the type chosen, so neither is marked optional, and a metric
without a start is refused by the field, with nothing saved."""

from __future__ import annotations

from cairn.okrs.models import KeyResult
from tests.web.personal.test_key_results_and_initiatives import kr_data


def test_start_and_target_are_not_called_optional(world, client_for):
    form = client_for(world.member).get(f"/objectives/{world.objective.pk}/key-results/new/")
    html = form.content.decode()
    for label in ("Start (baseline)", "Target"):
        after = html.split(f">{label}", 1)[1].split("</label>", 1)[0]
        assert "optional" not in after, label
    assert html.count("(optional)") >= 1  # the unit, the due date: optional indeed


def test_a_metric_without_a_start_is_refused_by_the_field(world, client_for):
    url = f"/objectives/{world.objective.pk}/key-results/new/"
    response = client_for(world.member).post(
        url, kr_data(world, title="Sign retailers", start="", target="12")
    )
    assert response.status_code == 400
    assert "start" in response.context["form"].errors
    assert not KeyResult.objects.filter(title="Sign retailers").exists()


def test_a_milestone_needs_neither(world, client_for):
    url = f"/objectives/{world.objective.pk}/key-results/new/"
    data = kr_data(world, title="Launch the shop", kind="milestone", start="", target="")
    assert client_for(world.member).post(url, data).status_code == 302
    assert KeyResult.objects.filter(title="Launch the shop", kind="milestone").exists()
