"""`cairn reencrypt-secrets`: encrypt every stored secret again with the first key.

Rotation (docs/security.md): put a new key first in CAIRN_FIELD_KEYS (keep the old ones after
it), restart, run this command, then drop the old keys. `--new-key` prints a fresh key.
"""

from __future__ import annotations

from typing import Any

from cryptography.fernet import Fernet
from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cairn.lib.field_encryption import EncryptedTextField, UnreadableSecret


class Command(BaseCommand):
    help = "Encrypt every stored secret (data sources' auth headers, database URLs) with the first key."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--new-key", action="store_true", help="Print a new key for CAIRN_FIELD_KEYS and stop."
        )

    def handle(self, *args: Any, new_key: bool = False, **options: Any) -> None:
        if new_key:
            self.stdout.write(Fernet.generate_key().decode())
            return
        total = unreadable = 0
        for model in apps.get_models():
            names = [f.name for f in model._meta.fields if isinstance(f, EncryptedTextField)]
            if not names:
                continue
            with transaction.atomic():
                for row in model._default_manager.select_for_update().only("pk", *names):
                    values = {name: getattr(row, name) for name in names}
                    if any(isinstance(v, UnreadableSecret) for v in values.values()):
                        unreadable += 1
                        continue  # left as it is: a key is missing, nothing is lost
                    model._default_manager.filter(pk=row.pk).update(**values)
                    total += 1
        self.stdout.write(f"Encrypted again with the first key: {total} rows.")
        if unreadable:
            raise CommandError(
                f"{unreadable} rows hold a secret no configured key opens; they were left "
                "unchanged. Add the missing key to CAIRN_FIELD_KEYS and run this again."
            )
