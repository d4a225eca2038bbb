"""Access.objective_filter returns each visible objective once, however widely it is shared."""

from cairn.okrs.models import Objective
from cairn.okrs.permissions import Access
from tests.factories import PersonFactory


def test_a_widely_shared_public_objective_is_listed_once(world):
    others = [PersonFactory(organisation=world.organisation) for _ in range(3)]
    world.objective.shared_with.set(others)
    visible = Objective.objects.filter(Access(world.viewer).objective_filter())
    assert list(visible) == [world.objective]


def test_a_private_objective_shared_with_the_viewer_is_visible(world):
    world.objective.visibility = "private"
    world.objective.save()
    assert not Objective.objects.filter(Access(world.viewer).objective_filter()).exists()
    world.objective.shared_with.add(world.viewer)
    assert list(Objective.objects.filter(Access(world.viewer).objective_filter())) == [
        world.objective
    ]
