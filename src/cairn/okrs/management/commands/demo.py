"""`cairn demo`: load the demo organisation once and print how to sign in."""

from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils import timezone

from cairn.lib.env import persisted_secret
from cairn.okrs.demo.builder import ADMIN_EMAIL, DUE_EMAIL, SLUG, build_demo
from cairn.organisations.models import Organisation


class Command(BaseCommand):
    help = "Load the demo organisation (idempotent) and print the sign-in details."

    def handle(self, *args: object, **options: object) -> None:
        password = (
            os.environ.get("CAIRN_DEMO_PASSWORD")
            # The file holds exactly the password (16 characters), so it can be copied from.
            or persisted_secret(settings.DATA_DIR, "demo_password", nbytes=12)
        )
        if Organisation.objects.filter(slug=SLUG).exists():
            self.stdout.write("The demo organisation is already loaded.")
        else:
            today = timezone.localdate()
            build_demo(today=today, password=password)
            self.stdout.write(self.style.SUCCESS("Loaded the demo organisation Lumen Outfitters."))
        user = get_user_model().objects.get(email=ADMIN_EMAIL)
        if not user.check_password(password):
            user.set_password(password)
        # The demo's admin may also look behind the scenes in Django's admin (/admin/).
        user.is_staff = user.is_superuser = True
        user.save(update_fields=["password", "is_staff", "is_superuser"])
        self.stdout.write(
            f"Sign in at {settings.SITE_URL}/ as {ADMIN_EMAIL} with password {password}\n"
            "(every demo person, e.g. grace@example.com or robin@example.com (viewer), "
            "has the same password)\n"
            f"{DUE_EMAIL} has five key results due for a check-in: sign in as her to try "
            "the weekly check-in."
        )
