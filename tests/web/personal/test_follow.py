"""Following an objective puts its activity into my week; hidden objectives cannot be followed."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from cairn.okrs.models import Follow
from cairn.okrs.selectors import recent_activity
from cairn.okrs.services import check_in_record, key_result_create, objective_follow
from tests.factories import ObjectiveFactory


def test_a_followed_objectives_check_ins_show_in_my_week(world, client_for):
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Grow", start=0, target=10
    )
    check_in_record(key_result=kr, author=world.member, value=4, note="Moving along")
    assert not recent_activity(world.viewer)
    client = client_for(world.viewer)  # following is reading, so a viewer may follow
    response = client.post(reverse("objective_follow", args=[world.objective.pk]), {"follow": "1"})
    assert response.status_code == 302
    assert [a.check_in.note for a in recent_activity(world.viewer) if a.check_in] == [
        "Moving along"
    ]
    home = client.get(reverse("home")).content.decode()
    assert f'#kr-{kr.pk}">Grow</a>' in home
    page = client.get(reverse("objective", args=[world.objective.pk])).content.decode()
    assert "Following" in page


def test_unfollowing_removes_it(world, client_for):
    objective_follow(objective=world.objective, person=world.lead)
    client = client_for(world.lead)
    client.post(reverse("objective_follow", args=[world.objective.pk]), {"follow": "0"})
    assert not Follow.objects.filter(person=world.lead).exists()


def test_htmx_gets_the_header_back(world, client_for):
    response = client_for(world.lead).post(
        reverse("objective_follow", args=[world.objective.pk]),
        {"follow": "1"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert 'aria-pressed="true"' in response.content.decode()


def test_a_hidden_or_foreign_objective_cannot_be_followed(world, client_for):
    secret = ObjectiveFactory(cycle=world.cycle, owner=world.admin, visibility="private")
    with pytest.raises(PermissionDenied):
        objective_follow(objective=secret, person=world.member)
    response = client_for(world.outsider).post(
        reverse("objective_follow", args=[world.objective.pk]), {"follow": "1"}
    )
    assert response.status_code == 404
    assert (
        client_for(world.member)
        .get(reverse("objective_follow", args=[world.objective.pk]))
        .status_code
        == 405
    )
    assert not Follow.objects.exists()
