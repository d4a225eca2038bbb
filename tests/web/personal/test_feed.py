"""The activity feed: a sentence for every event kind, grouped by day and object, units, times."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import cairn
from cairn.okrs.models import Change, KeyResult, Objective
from cairn.okrs.selectors import Activity
from cairn.okrs.services import (
    check_in_correct,
    check_in_record,
    key_result_create,
    objective_follow,
    objective_update,
)
from cairn.web.feed import ACTION_SENTENCES, change_sentence, feed
from cairn.web.templatetags.cairn_tags import moment
from tests.factories import CheckInFactory, KeyResultFactory, ObjectiveFactory

SOURCE = Path(cairn.__file__).parent


def test_every_recorded_action_has_a_human_sentence():
    history_actions = set()
    for path in (SOURCE / "okrs").rglob("*.py"):
        history_actions |= set(
            re.findall(r'record_action\([^)]*action="(\w+)"', path.read_text(), re.S)
        )
        history_actions |= set(
            re.findall(r'record_changes\([^)]*action="(\w+)"', path.read_text(), re.S)
        )
    assert {"created", "kr_added", "carried_over", "aligned"} <= history_actions  # the scan works
    for action in history_actions | {"updated"}:
        assert action in ACTION_SENTENCES, f"no sentence for {action}"
        sentence = change_sentence(action, "", "", "Q3 growth")
        assert action not in sentence or "_" not in action
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", sentence), sentence


@pytest.mark.parametrize("model", [Objective, KeyResult])
def test_every_field_change_reads_as_words(model):
    key_result = KeyResult(unit="hours") if model is KeyResult else None
    for model_field in model._meta.concrete_fields:
        sentence = change_sentence("updated", model_field.name, "1", "2", key_result)
        if model_field.name.startswith("retrospective_"):
            assert sentence.startswith("wrote the retrospective: "), sentence
            continue
        assert sentence.startswith("changed the "), sentence
        label = sentence.removeprefix("changed the ")
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", label), sentence


def test_a_retrospective_answer_reads_as_its_part_with_the_words_as_the_note(world):
    from cairn.okrs.models import CycleState
    from cairn.okrs.services import objective_retrospective

    world.cycle.state = CycleState.GRADING
    world.cycle.save()
    objective_retrospective(
        objective=world.objective, actor=world.member, worked="Macros <b>cut</b> " + "x " * 200,
        did_not="", carry_over="", learned="Ask earlier",
    )  # fmt: skip
    changes = Change.objects.filter(objective=world.objective).order_by("field")
    days = feed([Activity(c.at, c.actor, world.objective, None, change=c) for c in changes])
    events = {str(e.sentence): e.note for e in days[0].groups[0].events}
    assert set(events) == {
        "wrote the retrospective: what we learned", "wrote the retrospective: what worked"
    }  # fmt: skip
    assert events["wrote the retrospective: what we learned"] == "Ask earlier"
    worked = events["wrote the retrospective: what worked"]
    assert (
        worked.startswith("Macros <b>cut</b> x x") and worked.endswith("…") and len(worked) == 200
    )


def test_an_unknown_action_never_shows_its_code():
    assert change_sentence("kr_renumbered", "", "", "") == "made a change"


def test_values_carry_the_key_results_unit():
    kr = KeyResult(unit="hours")
    assert change_sentence("updated", "target", "4.0", "3.5", kr) == (
        "changed the target from 4 hours to 3.5 hours"
    )
    assert change_sentence("updated", "owner", "12", "14") == "changed the owner"


def test_the_time_is_relative_with_the_absolute_time_on_hover(settings):
    now = timezone.now()
    html = moment(now - dt.timedelta(hours=2), now=now)
    assert (
        "2\xa0hours ago" in html
        and f'datetime="{(now - dt.timedelta(hours=2)).isoformat()}"' in html
    )
    assert 'title="' in html
    older = moment(now - dt.timedelta(days=30), now=now)
    assert "ago" not in older.split(">")[1]


# Midday of a fixed day: minutes or hours before it never fall on the day before (they did in a
# run a few minutes after midnight).
NOON = timezone.make_aware(dt.datetime(2026, 6, 15, 12, 0))


def test_events_are_grouped_by_day_then_object(world, key_results):
    now = NOON
    kr = key_results[0]
    items = [
        Activity(now - dt.timedelta(minutes=5), world.member, world.objective, kr, check_in=c)
        for c in [CheckInFactory.build(key_result=kr, value=10, confidence=7)]
    ]
    change = Change(action="created", new="x", at=now - dt.timedelta(minutes=9))
    items.append(Activity(change.at, world.admin, world.objective, None, change=change))
    second = CheckInFactory.build(key_result=kr, value=12, confidence=6)
    items.append(
        Activity(
            now - dt.timedelta(days=1, hours=1), world.lead, world.objective, kr, check_in=second
        )
    )
    days = feed(items, now=now)
    assert [d.label for d in days][:1] == ["Today"] and len(days) == 2
    assert [g.kind for g in days[0].groups] == ["key_result", "objective"]
    event = days[0].groups[0].events[0]
    assert event.sentence == "checked in: 10 hours, confidence 7/10"


def test_one_note_for_key_results_checked_in_together_reads_once(world, key_results):
    """A person who saved three key results at once with one note saw it three times in a row."""
    now = NOON
    note = "Launch slipped a week: <b>vendor</b>"

    def check_in(kr, minutes, author=world.member, text=note):
        c = CheckInFactory.build(key_result=kr, value=10, confidence=7, note=text)
        return Activity(
            now - dt.timedelta(minutes=minutes), author, world.objective, kr, check_in=c
        )

    first, second = key_results[0], key_results[1]
    items = [
        check_in(first, 5),
        check_in(second, 5),
        check_in(second, 4, author=world.lead),  # someone else's words stay theirs
        check_in(first, 3 * 60),  # hours later: a new check-in, its note shown again
        check_in(second, 6, text="Another note"),
    ]
    notes = [e.note for g in feed(items, now=now)[0].groups for e in g.events]
    assert notes.count(note) == 3, notes  # once for the save, once for the lead, once hours later
    assert notes.count("") == 1 and "Another note" in notes


class TestPages:
    def test_my_week_shows_the_feed_with_sentences_units_and_avatars(
        self, world, key_results, client_for
    ):
        check_in_record(
            key_result=key_results[0], author=world.admin, value=9, confidence=8, note="Good week"
        )
        page = client_for(world.member).get("/").content.decode()
        assert "checked in: 9 hours, confidence 8/10" in page and "Good week" in page
        assert "Today" in page and "</time>" in page and 'class="avatar' in page
        assert "kr_added" not in page and "check_in" not in page.split("feed")[-1]

    def test_the_objective_page_shows_changes_and_check_ins(self, world, key_results, client_for):
        objective_update(
            objective=world.objective, actor=world.admin, title="Support that delights"
        )
        key_result_create(
            actor=world.admin,
            objective=world.objective,
            title="Answer in a minute",
            target=1,
            start=5,
        )
        correction_of = check_in_record(key_result=key_results[1], author=world.member, value=99)
        check_in_correct(check_in=correction_of, author=world.member, value=90)
        page = client_for(world.member).get(f"/objectives/{world.objective.pk}/").content.decode()
        feed_html = page.split('id="history-heading"')[1]
        assert (
            "changed the title from Make support feel effortless to Support that delights"
            in feed_html
        )
        assert "added the key result “Answer in a minute”" in feed_html
        assert "corrected a check-in: 90, confidence" in feed_html
        assert "kr_added" not in feed_html

    def test_titles_notes_and_values_are_escaped(self, world, key_results, client_for):
        KeyResult.objects.filter(pk=key_results[0].pk).update(title="<b>bold</b>")
        key_results[0].refresh_from_db()
        check_in_record(
            key_result=key_results[0], author=world.admin, value=9, note="<script>x()</script>"
        )
        objective_update(objective=world.objective, actor=world.admin, title="<i>new</i>")
        for url in ("/", f"/objectives/{world.objective.pk}/"):
            page = client_for(world.member).get(url).content.decode()
            assert "<script>x()" not in page and "&lt;script&gt;x()" in page
            assert "<b>bold</b>" not in page and "<i>new</i>" not in page

    def test_the_home_feed_query_count_does_not_grow(self, world, key_results, client_for):
        client = client_for(world.member)
        check_in_record(key_result=key_results[0], author=world.admin, value=9)
        with CaptureQueriesContext(connection) as small:
            client.get("/")
        for n in range(8):
            other = ObjectiveFactory(cycle=world.cycle, owner=world.lead, team=world.team)
            objective_follow(objective=other, person=world.member, follow=True)
            kr = KeyResultFactory(objective=other, title=f"Followed {n}")
            check_in_record(key_result=kr, author=world.lead, value=150, note=f"note {n}")
            objective_update(objective=other, actor=world.lead, title=f"Renamed {n}")
        with CaptureQueriesContext(connection) as large:
            page = client.get("/").content.decode()
        assert "Renamed 7" in page and "note 7" in page
        assert len(large) <= len(small)
