"""Shared fixtures: named personas in one organisation, and an outsider in another."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import hypothesis
import pytest
from django.test import Client
from django.utils import translation

from cairn.okrs.models import Cycle, KeyResult, Objective
from cairn.okrs.services import key_result_create
from cairn.organisations.models import Organisation, Person, Role, Team
from tests.factories import (
    CycleFactory,
    MembershipFactory,
    ObjectiveFactory,
    OrganisationFactory,
    PersonFactory,
    TeamFactory,
)

# Tests assert behaviour, not machine speed: on a loaded 2-core machine Hypothesis's timing
# health check and per-example deadline fail examples that are correct, only slow to generate.
hypothesis.settings.register_profile(
    "cairn", deadline=None, suppress_health_check=[hypothesis.HealthCheck.too_slow]
)
hypothesis.settings.load_profile("cairn")


@dataclass
class World:
    """An organisation with an admin, a team lead, a member, a viewer, and an outsider."""

    organisation: Organisation
    admin: Person
    lead: Person
    member: Person
    viewer: Person
    outsider: Person
    company: Team
    team: Team
    cycle: Cycle
    objective: Objective  # a team objective owned by the member


def pytest_configure() -> None:
    """Create the static root WhiteNoise expects, so it does not warn on every request."""
    from django.conf import settings

    settings.STATIC_ROOT.mkdir(parents=True, exist_ok=True)


@pytest.fixture(autouse=True, scope="session")
def flush_opens_the_audit_purge_gate() -> Iterator[None]:
    """Let the test runner's flush (DELETE FROM every table on SQLite) empty the audit log.

    PostgreSQL flushes with TRUNCATE, which fires no row triggers; on SQLite the append-only
    trigger would refuse the DELETE of a transactional test's audit events (docs/audit.md).
    """
    from django.db.backends.base.operations import BaseDatabaseOperations

    from cairn.audit.gate import audit_gate_for

    original = BaseDatabaseOperations.execute_sql_flush

    def execute_sql_flush(self: BaseDatabaseOperations, sql_list: list[str]) -> None:
        if self.connection.vendor != "sqlite":
            original(self, sql_list)
            return
        with audit_gate_for(self.connection, "purge"):
            original(self, sql_list)

    BaseDatabaseOperations.execute_sql_flush = execute_sql_flush  # type: ignore[method-assign]
    yield
    BaseDatabaseOperations.execute_sql_flush = original  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def plain_static_files(settings) -> None:
    """Serve static files from the finders: the manifest only exists after collectstatic."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Reset the active language: a request of a German person leaves German on the thread."""
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings) -> None:
    """Hash test passwords with a fast hasher; production keeps Django's default."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db) -> World:
    """Return the standard cast of personas."""
    organisation = OrganisationFactory(name="Acme", slug="acme")
    admin = PersonFactory(organisation=organisation, role=Role.ADMIN, user__email="admin@acme.test")
    lead = PersonFactory(organisation=organisation, user__email="lead@acme.test")
    member = PersonFactory(organisation=organisation, user__email="member@acme.test")
    viewer = PersonFactory(
        organisation=organisation, role=Role.VIEWER, user__email="viewer@acme.test"
    )
    outsider = PersonFactory(role=Role.ADMIN, user__email="outsider@other.test")
    company = TeamFactory(organisation=organisation, name="Acme", slug="acme")
    team = TeamFactory(organisation=organisation, name="Support", slug="support", parent=company)
    MembershipFactory(team=team, person=lead, is_lead=True)
    MembershipFactory(team=team, person=member)
    cycle = CycleFactory(organisation=organisation, name="Q3")
    objective = ObjectiveFactory(
        cycle=cycle, team=team, owner=member, title="Make support feel effortless"
    )
    return World(
        organisation, admin, lead, member, viewer, outsider, company, team, cycle, objective
    )


@pytest.fixture
def kr(world) -> KeyResult:
    """Return a metric key result (18 → 4 hours) on the member's objective, owned by the member."""
    return key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut first-reply time from 18 to 4 hours",
        start=18,
        target=4,
        unit="hours",
    )


@pytest.fixture
def client_for(db):
    """Return a function giving a Django test client signed in as a person."""

    def sign_in(person: Person) -> Client:
        client = Client()
        client.force_login(person.user)
        return client

    return sign_in
