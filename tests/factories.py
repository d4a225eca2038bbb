"""factory_boy factories for Cairn's models."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth import get_user_model

from cairn.okrs.models import CheckIn, Cycle, CycleState, Initiative, KeyResult, Objective
from cairn.organisations.models import Organisation, Person, Role, Team, TeamMembership

PASSWORD = "correct horse battery staple"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"org-{n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.MEMBER


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Team {n}")
    slug = factory.Sequence(lambda n: f"team-{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TeamMembership

    team = factory.SubFactory(TeamFactory)
    person = factory.SubFactory(PersonFactory)
    is_lead = False


class CycleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cycle

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Cycle {n}")
    start = factory.LazyFunction(lambda: dt.date.today() - dt.timedelta(days=45))
    end = factory.LazyFunction(lambda: dt.date.today() + dt.timedelta(days=45))
    state = CycleState.ACTIVE


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Objective

    cycle = factory.SubFactory(CycleFactory)
    organisation = factory.SelfAttribute("cycle.organisation")
    title = factory.Sequence(lambda n: f"Delight customers, part {n}")
    owner = factory.SubFactory(PersonFactory, organisation=factory.SelfAttribute("..organisation"))


class KeyResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeyResult

    objective = factory.SubFactory(ObjectiveFactory)
    organisation = factory.SelfAttribute("objective.organisation")
    title = factory.Sequence(lambda n: f"Grow weekly active users from 100 to 200 ({n})")
    kind = "metric"
    start = 100.0
    target = 200.0
    owner = factory.SelfAttribute("objective.owner")


class CheckInFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CheckIn

    key_result = factory.SubFactory(KeyResultFactory)
    organisation = factory.SelfAttribute("key_result.organisation")
    author = factory.SelfAttribute("key_result.owner")
    checked_in_at = factory.Faker("date_time_this_month", tzinfo=dt.UTC)
    value = 120.0
    confidence = 6


class InitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Initiative

    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Ship onboarding revamp {n}")
