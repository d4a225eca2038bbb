"""The meeting board groups each member's key results as Plans / Progress / Problems."""

from __future__ import annotations

from django.utils import timezone

from cairn.meetings.board import meeting_board, team_channel_filter
from cairn.okrs.models import KeyResult, Visibility
from cairn.okrs.permissions import Access
from cairn.okrs.services import key_result_create
from tests.factories import ObjectiveFactory
from tests.meetings.conftest import check_in


def board_of(world, person, viewer=None):
    access = Access(viewer or world.lead)
    boards = meeting_board(world.team, world.cycle, access.objective_filter(), timezone.now())
    return next(b for b in boards if b.person == person)


def titles(rows):
    return [row.key_result.title for row in rows]


def kr_of(world, title, **fields) -> KeyResult:
    return key_result_create(
        actor=world.member, objective=world.objective, title=title, start=0, target=100, **fields
    )


def test_a_key_result_moved_this_week_is_progress_with_its_change(world):
    kr = kr_of(world, "Answer 100 tickets", unit="tickets")
    check_in(kr, 20, 7, days_ago=8)
    check_in(kr, 35, 7, note="Good week")
    KeyResult.objects.filter(pk=kr.pk).update(pace_status="on_track")

    board = board_of(world, world.member)

    (row,) = board.progress
    assert row.value_change == 15
    assert row.confidence_change == 0
    assert row.check_in.note == "Good week"
    assert board.problems == [] and board.plans == [] and board.not_checked_in == []


def test_blockers_a_confidence_drop_or_a_bad_pace_make_a_problem(world):
    blocked = kr_of(world, "Blocked one")
    check_in(blocked, 10, 6, blockers="Waiting for legal")
    dropped = kr_of(world, "Dropped one")
    check_in(dropped, 10, 8, days_ago=8)
    check_in(dropped, 20, 7)
    off = kr_of(world, "Off track one")
    KeyResult.objects.filter(pk=off.pk).update(pace_status="off_track")
    calm = kr_of(world, "Calm one")
    check_in(calm, 0, 6)  # checked in, did not move
    KeyResult.objects.exclude(pk=off.pk).update(pace_status="on_track")

    board = board_of(world, world.member)

    assert set(titles(board.problems)) == {"Blocked one", "Dropped one", "Off track one"}
    assert titles(board.plans) == ["Calm one"]
    assert titles(board.not_checked_in) == ["Off track one"]
    dropped_row = next(r for r in board.problems if r.key_result == dropped)
    assert dropped_row.confidence_change == -1


def test_a_check_in_older_than_the_week_is_not_this_weeks(world):
    kr = kr_of(world, "Old news")
    check_in(kr, 50, 6, days_ago=9)
    KeyResult.objects.filter(pk=kr.pk).update(pace_status="on_track")

    (row,) = board_of(world, world.member).plans
    assert row.check_in is None
    assert row.previous is not None and row.previous.value == 50


def test_the_board_shows_only_what_the_viewer_may_see(world):
    private = ObjectiveFactory(
        cycle=world.cycle, owner=world.member, visibility=Visibility.PRIVATE, title="Secret"
    )
    key_result_create(actor=world.member, objective=private, title="Hidden KR", start=0, target=1)
    kr_of(world, "Visible KR")

    assert titles(board_of(world, world.member, viewer=world.lead).rows) == ["Visible KR"]
    assert set(titles(board_of(world, world.member, viewer=world.admin).rows)) == {
        "Visible KR",
        "Hidden KR",
    }
    channel = meeting_board(
        world.team, world.cycle, team_channel_filter(world.team), timezone.now()
    )
    assert titles(next(b for b in channel if b.person == world.member).rows) == ["Visible KR"]


def test_every_active_member_has_a_board_leads_first(world):
    boards = meeting_board(world.team, None, Access(world.lead).objective_filter(), timezone.now())
    assert [b.person for b in boards] == [world.lead, world.member]
    world.member.is_active = False
    world.member.save()
    boards = meeting_board(world.team, None, Access(world.lead).objective_filter(), timezone.now())
    assert [b.person for b in boards] == [world.lead]
