"""Import fixtures: the tracker exports in files/ (real headers), with the key result filled in."""

from __future__ import annotations

from pathlib import Path

import pytest

FILES = Path(__file__).parent / "files"


def export(name: str, kr_id: int = 0) -> str:
    """Return an export fixture's text, its `kr:KRID` labels naming the key result given."""
    return (FILES / name).read_text(encoding="utf-8").replace("KRID", str(kr_id))


@pytest.fixture
def named(world):
    """Give the member a full name, as trackers write assignees."""
    world.member.user.first_name, world.member.user.last_name = "Member", "Person"
    world.member.user.save()
    return world
