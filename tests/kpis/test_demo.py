"""The demo holds realistic KPIs with twelve weeks of values and a key result following one."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from cairn.kpis.models import Kpi
from cairn.okrs.demo.builder import build_demo
from cairn.okrs.models import CheckIn, KeyResult


def test_the_demo_has_kpis_with_history_and_a_follower(db):
    org = build_demo(today=date.today(), password="pw")
    kpis = list(Kpi.objects.filter(organisation=org))
    assert 3 <= len(kpis) <= 5
    assert all(kpi.values.count() == 12 for kpi in kpis)
    assert {kpi.status for kpi in kpis} >= {"healthy", "warning", "unhealthy"}
    follower = KeyResult.objects.get(organisation=org, follows_kpi__isnull=False)
    assert follower.check_ins.filter(source="data").exists()
    assert follower.current == follower.follows_kpi.current_value


def test_the_demo_loads_before_the_morning_reading_time(db):
    # Built early in the day (here: a "today" whose 9:00 reading time is still ahead), the
    # newest KPI readings are taken now instead of being refused as future values.
    org = build_demo(today=timezone.localdate() + timedelta(days=1), password="pw")
    newest = max(
        v.recorded_at for kpi in Kpi.objects.filter(organisation=org) for v in kpi.values.all()
    )
    assert newest <= timezone.now()
    assert not CheckIn.objects.filter(organisation=org, checked_in_at__gt=timezone.now()).exists()
