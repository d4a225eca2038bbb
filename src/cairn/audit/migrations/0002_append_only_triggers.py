"""Database triggers that make the audit log append-only for every client, not only Django.

UPDATE of any column but the two labels is always refused; the labels change only inside an
erasure (gate "erase"); DELETE happens only inside the retention purge (gate "purge"). See
`cairn.audit.gate` and docs/audit.md.
"""

from django.db import migrations

TABLE = "audit_auditevent"
FIXED = (
    "id, organisation_id, actor_id, actor_user_id, action, object_type, object_id, "
    "address, user_agent, at, details"
)

SQLITE = [
    f"""CREATE TRIGGER audit_event_no_update BEFORE UPDATE OF {FIXED} ON {TABLE}
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""",
    f"""CREATE TRIGGER audit_event_relabel BEFORE UPDATE OF actor_label, object_label ON {TABLE}
    WHEN coalesce(cairn_audit_gate(), '') <> 'erase'
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only (labels change only by erasure)'); END""",
    f"""CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON {TABLE}
    WHEN coalesce(cairn_audit_gate(), '') <> 'purge'
    BEGIN SELECT RAISE(ABORT, 'audit events are deleted only by the retention purge'); END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS audit_event_no_update",
    "DROP TRIGGER IF EXISTS audit_event_relabel",
    "DROP TRIGGER IF EXISTS audit_event_no_delete",
]

POSTGRES = [
    f"""CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE gate text := coalesce(current_setting('cairn.audit_gate', true), '');
    BEGIN
        IF TG_OP = 'DELETE' THEN
            IF gate = 'purge' THEN RETURN OLD; END IF;
            RAISE EXCEPTION 'audit events are deleted only by the retention purge'
                USING ERRCODE = 'restrict_violation';
        END IF;
        IF gate = 'erase' AND ({", ".join(f"NEW.{c}" for c in FIXED.split(", "))})
            IS NOT DISTINCT FROM ({", ".join(f"OLD.{c}" for c in FIXED.split(", "))}) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'restrict_violation';
    END $$""",
    f"""CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
]
POSTGRES_REVERSE = [
    f"DROP TRIGGER IF EXISTS audit_event_append_only ON {TABLE}",
    "DROP FUNCTION IF EXISTS audit_event_append_only()",
]


def forwards(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE, "postgresql": POSTGRES}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


def backwards(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_audit_log")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
