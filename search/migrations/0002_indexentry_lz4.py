"""LZ4 compression for the index entries' large columns (PostgreSQL 14+ built with lz4).

A page's body vector (its words, the analysed tokens and their positions: about 9 KB for a
300-word Georgian article) and its plain text are compressed when written and decompressed
whenever a query ranks the page. PostgreSQL's default, pglz, is slow at both; with lz4 the
benchmark's ranking of a common word's matches took 38 ms instead of 60 ms (3 400 rows), and
indexing wrote faster. Only values written afterwards are compressed with lz4 (run
``update_index`` to rewrite the rest); a server without lz4 keeps pglz, and nothing else changes.
"""

from django.db import migrations, transaction
from django.db.utils import DatabaseError, NotSupportedError

COLUMNS = ("body", "title_text", "body_text")


def set_compression(method):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        columns = ", ".join(f"ALTER COLUMN {column} SET COMPRESSION {method}" for column in COLUMNS)
        try:
            with transaction.atomic(using=schema_editor.connection.alias):
                schema_editor.execute(f"ALTER TABLE wagtailsearch_indexentry {columns}")
        except (DatabaseError, NotSupportedError):
            pass  # PostgreSQL before 14, or built without lz4: pglz stays
    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_indexentry_title_body_gin")]

    operations = [migrations.RunPython(set_compression("lz4"), set_compression("pglz"), elidable=False)]
