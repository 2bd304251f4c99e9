"""The GIN index that PostgreSQL full-text queries need and that Wagtail does not create.

Wagtail's database backend (modelsearch) filters pages with ``(title || body) @@ query`` on
``wagtailsearch_indexentry``. Its model only has GIN indexes on ``title``, ``body`` and
``autocomplete`` separately, and modelsearch's comment that "an additional computed GIN index
on 'title || body' is created in a SQL migration" holds for its own ``modelsearch_indexentry``
table, not for Wagtail's: without this index every query scans and concatenates the vectors of
every indexed object (``make bench-search`` at 10 000 pages: median query 1.5 s without it,
92 ms with it, on a busy 2-core machine; the scan grows with the site). The index changes no result, only the plan. PostgreSQL only: SQLite uses FTS5.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
