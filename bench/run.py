"""`make bench`: measure SPEC §7's speed targets on a generated organisation; prints figures.

Runs against its own SQLite database in `bench-results/` (or `DATABASE_URL`), so it never
touches the development data. `CAIRN_BENCH_PEOPLE` sets the size (default 1000);
`CAIRN_BENCH_ORG=slug` benchmarks an organisation that already exists instead.
`CAIRN_BENCH_IMPORT` sets how many objectives the text import writes (default 1000; SPEC §7's
figure is `CAIRN_BENCH_IMPORT=10000`); `CAIRN_BENCH_IMPORT=0` skips it. `CAIRN_BENCH_ONLY=import` (or check-ins, recompute, pages,
work, work-import, dashboards, comma-separated) runs only those parts. `CAIRN_BENCH_WORK` sets how many
work items the organisation gets for the objective, sprint and backlog pages (default 100,000);
`CAIRN_BENCH_WORK_IMPORT` the rows of the Jira CSV the work import reads (default 20,000; 0 skips it).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path


def _setup(data_dir: str | None = None) -> None:
    default = os.environ.get("CAIRN_BENCH_DATA_DIR") or Path.cwd() / "bench-results"
    root = Path(data_dir) if data_dir else Path(default)
    root.mkdir(exist_ok=True)
    # Always its own directory: `make` exports CAIRN_DATA_DIR=./data for the development database.
    os.environ["CAIRN_DATA_DIR"] = str(root)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    import django

    from cairn.lib import collector

    collector.tune()  # the collector as every Cairn process sets it (`cairn`, `cairn serve`)
    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(label: str, samples: list[float], target_ms: float | None = None) -> None:
    """Print the median and p95 of `samples` (ms), against the target when there is one."""
    p50 = statistics.median(samples)
    p95 = sorted(samples)[max(0, int(len(samples) * 0.95) - 1)]
    verdict = "ok" if target_ms and p95 <= target_ms else "OVER"
    target = f"  (target ≤ {target_ms:g} ms, {verdict})" if target_ms else ""
    print(f"{label:<42} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms{target}")


def _organisation(people: int):
    from django.core.management import call_command

    from cairn.organisations.models import Organisation

    slug = os.environ.get("CAIRN_BENCH_ORG")
    if slug:
        return Organisation.objects.get(slug=slug)
    name = f"Bench {people}"
    if not Organisation.objects.filter(name=name).exists():
        started = time.perf_counter()
        call_command("generate", people=people, name=name, verbosity=0)
        print(f"{'generate --people ' + str(people):<42} {time.perf_counter() - started:8.1f} s")
    return Organisation.objects.get(name=name)


def _check_ins(organisation) -> None:
    from cairn.okrs.models import KeyResult
    from cairn.okrs.services import check_in_record

    krs = list(
        KeyResult.objects.filter(organisation=organisation, objective__cycle__state="active")
        .select_related("owner")
        .order_by("?")[:100]
    )
    values = iter(range(10_000))
    samples = [
        _timed(
            lambda kr=kr: check_in_record(key_result=kr, author=kr.owner, value=next(values)), 1
        )[0]
        for kr in krs
    ]
    report("record a check-in (roll-up included)", samples, 20)


def _recompute(organisation) -> None:
    from cairn.okrs.models import Cycle
    from cairn.okrs.services import cycle_recompute

    cycle = Cycle.objects.get(organisation=organisation, state="active")
    report("recompute the active cycle", _timed(lambda: cycle_recompute(cycle=cycle), 3), 5000)


def _pages(organisation) -> None:
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    from cairn.okrs.models import Objective
    from cairn.organisations.models import Person, Team

    admin = Person.objects.filter(organisation=organisation, role="admin").first()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(admin.user)
    objective = Objective.objects.filter(organisation=organisation, cycle__state="active").first()
    team = Team.objects.filter(organisation=organisation, parent__isnull=False).last()
    pages = [
        ("home", (), 100),
        ("objective", (objective.pk,), 100),
        ("team", (team.pk,), 100),
        ("current_board", (), 300),
        ("alignment", (), 300),
    ]
    for name, args, target in pages:
        try:
            url = reverse(name, args=args)
        except NoReverseMatch:
            print(f"{'page ' + name:<42} (no such page yet)")
            continue
        status = client.get(url).status_code
        samples = _timed(lambda url=url: client.get(url), 20)
        report(f"page {name} [{status}]", samples, target)


def _http(organisation) -> None:
    from bench import over_http

    over_http.pages(organisation)


def _monday(organisation) -> None:
    from bench import monday_run

    monday_run.run(organisation)


def _work(organisation) -> None:
    from bench import work

    work.pages(organisation, _timed, report)


def _dashboards(organisation) -> None:
    from bench import dashboards

    dashboards.pages(organisation, _timed, report)


def _import(organisation) -> None:
    """Time reading and writing a generated OKR document (SPEC §7: 10,000 objectives ≤ 10 s).

    Each of three runs parses a fresh document (cold caches) and writes it with plan_import
    into a new cycle of the organisation, which is deleted afterwards (untimed).
    """
    from bench import import_document as import_bench
    from cairn.engine.calendar import quarter_bounds
    from cairn.import_export.services import document_lines, plan_import
    from cairn.okrs.models import Cycle
    from cairn.organisations.models import Person, Role

    count = int(os.environ.get("CAIRN_BENCH_IMPORT", "1000"))
    if count <= 0:
        return
    people = Person.objects.filter(organisation=organisation, is_active=True)
    admin = people.filter(role=Role.ADMIN).select_related("organisation").first()
    emails = list(people.order_by("id").values_list("user__email", flat=True)[:500])
    start, end = quarter_bounds(date.today())
    runs: dict[str, list[float]] = {"parse": [], "write": [], "parse + write": []}
    for run in range(3):
        document = import_bench.bench_document(count, emails, seed=run + 1)
        parse_s, parsed = import_bench.time_parse(document)
        import_bench.check(parsed, document)
        cycle = Cycle.objects.create(
            organisation=organisation, name=f"Import bench {time.time_ns()}", start=start, end=end
        )
        started = time.perf_counter()
        result = plan_import(
            actor=admin, cycle=cycle, plan=parsed.to_plan(cycle.name), lines=document_lines(parsed)
        )
        write_s = time.perf_counter() - started
        assert result.counts()["objectives"] == document.objectives
        _discard(cycle)
        for label, seconds in zip(runs, (parse_s, write_s, parse_s + write_s), strict=True):
            runs[label].append(seconds)
    label = f"import {count:,} objectives"
    print(f"{label} ({document.key_results:,} key results, {len(document.text):,} characters)")
    for part, samples in runs.items():
        target = "  (target ≤ 10 s for 10,000)" if part == "parse + write" else ""
        print(
            f"  {part:<40} best {min(samples):6.2f} s   median {statistics.median(samples):6.2f} s"
            f"{target}"
        )
    coach_s, _ = import_bench.time_parse(document, coach=True)
    print(f"  {'parse with the coach':<40} {coach_s:11.2f} s")


def _work_import(organisation) -> None:
    from bench import work_import

    count = int(os.environ.get("CAIRN_BENCH_WORK_IMPORT", "20000"))
    if count:
        work_import.run(organisation, count)


def _discard(cycle) -> None:
    """Delete a cycle with everything imported into it."""
    from django.db import transaction

    from cairn.okrs.models import Change, Initiative, Objective

    with transaction.atomic():
        Initiative.objects.filter(key_results__objective__cycle=cycle).delete()
        Change.objects.filter(objective__cycle=cycle).delete()
        Objective.objects.filter(cycle=cycle).delete()
        cycle.delete()


def main() -> None:
    """Run every benchmark and print its figures."""
    _setup()
    people = int(os.environ.get("CAIRN_BENCH_PEOPLE", "1000"))
    organisation = _organisation(people)
    print(
        f"organisation: {organisation.name}, database: {os.environ.get('DATABASE_URL', 'SQLite')}"
    )
    parts = {
        "check-ins": _check_ins,
        "recompute": _recompute,
        "pages": _pages,
        "http": _http,
        "monday": _monday,
        "work": _work,
        "dashboards": _dashboards,
        "import": _import,
        "work-import": _work_import,
    }
    chosen = os.environ.get("CAIRN_BENCH_ONLY", "").split(",")
    for name, part in parts.items():
        if chosen == [""] or name in chosen:
            part(organisation)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
