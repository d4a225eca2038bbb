"""Encrypt data sources' auth secrets and database URLs at rest (cairn.lib.field_encryption)."""

from django.db import migrations

import cairn.lib.field_encryption

SECRETS = ("auth_secret", "database_url")


def encrypt(apps, schema_editor):
    """Seal every plain-text secret: read through the new field (plain text passes), write back."""
    DataSource = apps.get_model("sources", "DataSource")
    for source in DataSource.objects.only("pk", *SECRETS).iterator():
        values = {name: getattr(source, name) for name in SECRETS}
        DataSource.objects.filter(pk=source.pk).update(**values)


def _plain(value: str) -> str:
    return getattr(value, "stored", value)  # a secret no key opens stays as it is


def decrypt(apps, schema_editor):
    """Write the secrets back as plain text (going back to a version that stored them so)."""
    DataSource = apps.get_model("sources", "DataSource")
    table = DataSource._meta.db_table
    with schema_editor.connection.cursor() as cursor:
        for source in DataSource.objects.only("pk", *SECRETS).iterator():
            cursor.execute(
                f"UPDATE {table} SET auth_secret = %s, database_url = %s WHERE id = %s",
                [_plain(source.auth_secret), _plain(source.database_url), source.pk],
            )


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0002_data_source_kpi"),
    ]

    operations = [
        migrations.AlterField(
            model_name="datasource",
            name="auth_secret",
            field=cairn.lib.field_encryption.EncryptedTextField(blank=True),
        ),
        migrations.AlterField(
            model_name="datasource",
            name="database_url",
            field=cairn.lib.field_encryption.EncryptedTextField(blank=True),
        ),
        migrations.RunPython(encrypt, decrypt),
    ]
