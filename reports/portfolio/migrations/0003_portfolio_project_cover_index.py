"""A covering index for the portfolio's totals and list keys: every figure they read of a
project (its programme, id, amount, start, status and title) is in the index, so PostgreSQL
reads the narrow index instead of the project table's wide rows (summaries and all)."""

from django.db import migrations

INDEX = "portfolio_project_cover"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON projects_project (programme_id) "
            "INCLUDE (id, granted_amount, start_date, status, title)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("portfolio", "0002_currency_export_job"),
        ("projects", "0006_notification_setting"),
    ]

    operations = [migrations.RunPython(create, drop)]
