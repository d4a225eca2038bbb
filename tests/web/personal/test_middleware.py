"""The current person: time zone and language follow the person, then the organisation."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from cairn.okrs.services import check_in_record


def test_times_are_shown_in_the_persons_time_zone(world, key_results, client_for):
    moment = dt.datetime(2026, 1, 1, 23, 30, tzinfo=dt.UTC)
    kr = key_results[1]
    check_in_record(key_result=kr, author=world.member, value=90, confidence=6, at=moment)
    world.member.user.time_zone = "Asia/Tokyo"
    world.member.user.save()
    page = client_for(world.member).get(f"/objectives/{world.objective.pk}/").content.decode()
    assert "01/02/2026 8:30 a.m." in page  # 23:30 UTC is 08:30 the next day in Tokyo


def test_the_organisation_time_zone_is_the_default(world, key_results, client_for):
    world.organisation.time_zone = "America/New_York"
    world.organisation.save()
    moment = dt.datetime(2026, 1, 2, 3, 30, tzinfo=dt.UTC)
    check_in_record(
        key_result=key_results[1], author=world.member, value=90, confidence=6, at=moment
    )
    page = client_for(world.member).get(f"/objectives/{world.objective.pk}/").content.decode()
    assert "01/01/2026 10:30 p.m." in page
    assert timezone.get_current_timezone_name() == "UTC"  # reset after the request


def test_errors_are_tied_to_their_input(world, key_results, client_for):
    kr = key_results[1]
    response = client_for(world.member).post(
        f"/check-in/{kr.pk}/",
        {f"kr-{kr.pk}-value": "x", f"kr-{kr.pk}-confidence": "5"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert f'aria-describedby="id_kr-{kr.pk}-value_error"' in html
    assert f'id="id_kr-{kr.pk}-value_error"' in html
