"""Data sources' secrets are encrypted at rest: raw columns hold ciphertext, code sees plain text."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cairn.lib import field_encryption
from cairn.sources.models import DataSource, SourceKind
from cairn.sources.readings import reading_take
from cairn.sources.services import source_update
from tests.sources.conftest import make_source
from tests.sources.test_readings import _json

SECRET = "Bearer s3cret-value"
DATABASE_URL = "postgresql://reader:pa55word@db.example.com:5432/sales"


def raw(source: DataSource) -> tuple[str, str]:
    """Return the auth secret and database URL as the database holds them."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT auth_secret, database_url FROM sources_datasource WHERE id = %s", [source.pk]
        )
        return cursor.fetchone()


def test_the_database_holds_ciphertext_and_code_reads_plain_text(world, kr):
    source = make_source(world, kr, auth_header="Authorization", auth_secret=SECRET)
    sql = make_source(world, kr, kind=SourceKind.SQL, database_url=DATABASE_URL, query="SELECT 1")
    stored_secret, _ = raw(source)
    _, stored_url = raw(sql)
    assert stored_secret.startswith("enc1:") and "s3cret" not in stored_secret
    assert stored_url.startswith("enc1:") and "pa55word" not in stored_url
    assert DataSource.objects.get(pk=source.pk).auth_secret == SECRET
    assert DataSource.objects.get(pk=sql.pk).database_url == DATABASE_URL


def test_an_empty_secret_stays_empty(world, kr):
    source = make_source(world, kr)
    assert raw(source) == ("", "")
    assert DataSource.objects.get(pk=source.pk).auth_secret == ""


def test_a_reading_sends_the_decrypted_secret(world, kr, local_server, loopback_allowed):
    url = _json(local_server, "/stats", {"value": 3})
    make_source(world, kr, url=url, auth_header="X-Api-Key", auth_secret="k-1")
    assert reading_take(DataSource.objects.get()) == 3
    assert local_server.requests[-1]["headers"]["X-Api-Key"] == "k-1"


def test_each_encryption_differs_so_equal_secrets_do_not_show(world, kr):
    first = make_source(world, kr, auth_header="A", auth_secret=SECRET)
    second = make_source(world, kr, auth_header="A", auth_secret=SECRET)
    assert raw(first)[0] != raw(second)[0]


def test_rotation_reencrypts_with_the_first_key(world, kr, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.CAIRN_FIELD_KEYS = [old]
    source = make_source(world, kr, auth_header="A", auth_secret=SECRET)
    settings.CAIRN_FIELD_KEYS = [new, old]
    call_command("reencrypt-secrets", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.CAIRN_FIELD_KEYS = [new]  # the old key is gone: the row still opens
    assert DataSource.objects.get(pk=source.pk).auth_secret == SECRET
    token = raw(source)[0].removeprefix("enc1:")
    assert Fernet(new.encode()).decrypt(token.encode()).decode() == SECRET


def test_a_missing_key_reads_as_no_secret_and_loses_nothing(world, kr, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.CAIRN_FIELD_KEYS = [old]
    source = make_source(world, kr, kind=SourceKind.PUSH, auth_header="A", auth_secret=SECRET)
    stored = raw(source)[0]
    settings.CAIRN_FIELD_KEYS = [new]
    unreadable = DataSource.objects.get(pk=source.pk)
    assert unreadable.auth_secret == ""  # "no secret saved": the admin sees it must be entered
    source_update(actor=world.admin, source=unreadable, name="Renamed")
    assert raw(source)[0] == stored  # saving other settings keeps the ciphertext as it was
    with pytest.raises(CommandError, match="no configured key opens"):
        call_command("reencrypt-secrets", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.CAIRN_FIELD_KEYS = [new, old]
    assert DataSource.objects.get(pk=source.pk).auth_secret == SECRET


def test_without_field_keys_the_key_comes_from_the_secret_key(world, kr, settings):
    settings.CAIRN_FIELD_KEYS = []
    source = make_source(world, kr, auth_header="A", auth_secret=SECRET)
    key = field_encryption.derived_key(settings.SECRET_KEY)
    token = raw(source)[0].removeprefix("enc1:")
    assert Fernet(key).decrypt(token.encode()).decode() == SECRET


def test_moving_from_the_derived_key_to_field_keys_is_a_rotation(world, kr, settings):
    settings.CAIRN_FIELD_KEYS = []
    source = make_source(world, kr, auth_header="A", auth_secret=SECRET)
    new = Fernet.generate_key().decode()
    settings.CAIRN_FIELD_KEYS = [new]
    assert DataSource.objects.get(pk=source.pk).auth_secret == SECRET  # the derived key opens it
    call_command("reencrypt-secrets", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.SECRET_KEY = "another-secret-key-" + "x" * 40  # now the secret key may change
    assert DataSource.objects.get(pk=source.pk).auth_secret == SECRET


def test_a_key_that_is_not_a_fernet_key_is_a_clear_error(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.CAIRN_FIELD_KEYS = ["not-a-key"]
    with pytest.raises(ImproperlyConfigured, match="not a Fernet key"):
        field_encryption.seal("x")


def test_new_key_prints_a_usable_key(capsys):
    call_command("reencrypt-secrets", "--new-key")
    Fernet(capsys.readouterr().out.strip().encode())  # raises if it is not a key


def test_a_too_long_secret_is_a_field_error(world, kr):
    from django.core.exceptions import ValidationError

    source = make_source(world, kr, url="http://127.0.0.1/x", auth_header="A")
    with pytest.raises(ValidationError) as error:
        source_update(actor=world.admin, source=source, auth_secret="x" * 1001)
    assert "auth_secret" in error.value.message_dict


@pytest.mark.django_db(transaction=True)
def test_the_migration_encrypts_existing_rows_and_reverses(world, kr):
    source = make_source(world, kr, auth_header="A", auth_secret=SECRET)
    executor = MigrationExecutor(connection)
    executor.migrate([("sources", "0002_data_source_kpi")])
    assert raw(source)[0] == SECRET  # going back wrote plain text again
    with connection.cursor() as cursor:  # a row written before encryption existed
        cursor.execute(
            "UPDATE sources_datasource SET database_url = %s WHERE id = %s",
            [DATABASE_URL, source.pk],
        )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([("sources", "0003_encrypt_secrets_at_rest")])
    stored_secret, stored_url = raw(source)
    assert stored_secret.startswith("enc1:") and stored_url.startswith("enc1:")
    fresh = DataSource.objects.get(pk=source.pk)
    assert (fresh.auth_secret, fresh.database_url) == (SECRET, DATABASE_URL)
