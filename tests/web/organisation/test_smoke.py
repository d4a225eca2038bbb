"""Every organisation screen renders for an admin."""

import pytest
from django.urls import reverse


@pytest.mark.parametrize(
    "name,args",
    [
        ("current_board", []),
        ("cycles", []),
        ("alignment", []),
        ("teams", []),
        ("people", []),
        ("people_import", []),
    ],
)
def test_it_renders(world, client_for, add_objectives, name, args):
    add_objectives(3)
    response = client_for(world.admin).get(reverse(name, args=args))
    assert response.status_code == 200, response.content[:2000]


def test_object_pages_render(world, client_for, add_objectives):
    add_objectives(2)
    client = client_for(world.admin)
    for url in [
        reverse("board", args=[world.cycle.pk]),
        reverse("team", args=[world.team.pk]),
        reverse("team_edit", args=[world.team.pk]),
        reverse("person", args=[world.member.pk]),
        reverse("person_edit", args=[world.member.pk]),
        reverse("grading", args=[world.cycle.pk]),
        reverse("alignment_children", args=[world.objective.pk]),
    ]:
        assert client.get(url).status_code == 200, url
