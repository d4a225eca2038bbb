"""Two-factor changes, single sign-on settings and SCIM reach the audit log."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added, authenticator_removed

from cairn.accounts.two_factor import two_factor_reset
from cairn.audit.models import AuditEvent
from cairn.provisioning.tokens import scim_token_create, scim_token_revoke


def actions(**filters) -> list[str]:
    return list(
        AuditEvent.objects.filter(**filters).order_by("id").values_list("action", flat=True)
    )


def test_adding_and_removing_an_authenticator_is_recorded(world, rf):
    totp = Authenticator.objects.create(user=world.member.user, type="totp", data={})
    request = rf.get("/")
    authenticator_added.send(
        Authenticator, request=request, user=world.member.user, authenticator=totp
    )
    authenticator_removed.send(
        Authenticator, request=request, user=world.member.user, authenticator=totp
    )
    assert actions(actor_user_id=world.member.user_id) == ["mfa_enabled", "mfa_disabled"]


def test_an_admin_resetting_someone_s_two_factor_is_recorded_with_both_names(world):
    Authenticator.objects.create(user=world.member.user, type="totp", data={})
    assert two_factor_reset(person=world.member, actor=world.admin) == 1
    event = AuditEvent.objects.get(action="mfa_disabled")
    assert event.actor_id == world.admin.pk and event.organisation_id == world.organisation.pk
    assert event.object_label == world.member.user.email and event.details["reset_by_admin"]


def test_scim_tokens_and_the_people_scim_creates_and_deactivates_are_recorded(world):
    new = scim_token_create(organisation=world.organisation, actor=world.admin, name="Okta")
    scim_token_revoke(token=new.token, actor=world.admin)
    assert actions(organisation_id=world.organisation.pk) == [
        "scim_token_created",
        "scim_token_revoked",
    ]
