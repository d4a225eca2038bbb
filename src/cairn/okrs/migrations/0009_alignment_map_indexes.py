"""Indexes for the alignment map as of a date, so it reads the page it shows, not the cycle:

- the cycle's unaligned objectives in title order (by code point), a partial index the
  database walks and leaves after a page (created per database: PostgreSQL needs the "C"
  collation as an expression, SQLite compares text by code point already);
- the cycle's objectives created after a date, and those that are not public.
"""

from django.db import migrations, models

WHERE = "WHERE parent_objective_id IS NULL AND parent_key_result_id IS NULL"
COLUMNS = {
    "postgresql": 'cycle_id, (title COLLATE "C"), id',
    "sqlite": "cycle_id, title, id",
}


def create_root_title(apps, schema_editor):
    columns = COLUMNS.get(schema_editor.connection.vendor)
    if columns:
        schema_editor.execute(
            f"CREATE INDEX objective_cycle_root_title ON okrs_objective ({columns}) {WHERE}"
        )


def drop_root_title(apps, schema_editor):
    if schema_editor.connection.vendor in COLUMNS:
        schema_editor.execute("DROP INDEX IF EXISTS objective_cycle_root_title")


class Migration(migrations.Migration):
    dependencies = [
        ("okrs", "0008_key_result_follows_kpi"),
        ("organisations", "0006_person_board_density"),
    ]

    operations = [
        migrations.RunPython(create_root_title, drop_root_title),
        migrations.AddIndex(
            model_name="objective",
            index=models.Index(fields=["cycle", "created_at"], name="objective_cycle_created"),
        ),
        migrations.AddIndex(
            model_name="objective",
            index=models.Index(fields=["cycle", "visibility"], name="objective_cycle_visibility"),
        ),
    ]
