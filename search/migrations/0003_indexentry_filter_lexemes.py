"""Each index entry's title column holds lexemes for what searches filter on:
``zz:model:<app.model>`` for its model and every model it inherits from, and for an object with a
locale also ``zz:model:<app.model>:locale:<locale id>`` (search.backends.postgres_index).
Searches now require them; ``update_index`` writes them, and this adds them to the entries
already there, so that search keeps working between the deploy and the next ``update_index``
(which also moves leads and summaries into their own analysed field). PostgreSQL only."""

from django.core.exceptions import FieldDoesNotExist
from django.db import migrations


def add_filter_lexemes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # The real models, not the historical ones: which models an entry's model inherits from and
    # where its locale_id lives (Page's table, for every page type) is what matters here.
    from django.contrib.contenttypes.models import ContentType

    from search.backends.postgres_index import filter_lexeme, quote_lexeme

    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT content_type_id FROM wagtailsearch_indexentry")
        content_type_ids = [row[0] for row in cursor.fetchall()]
    for content_type in ContentType.objects.filter(pk__in=content_type_ids):
        model = content_type.model_class()
        if model is None:
            continue
        models = [model._meta.concrete_model, *model._meta.concrete_model._meta.get_parent_list()]
        schema_editor.execute(
            "UPDATE wagtailsearch_indexentry SET title = title || %s::tsvector WHERE content_type_id = %s",
            [" ".join(quote_lexeme(filter_lexeme(each)) for each in models), content_type.pk])
        try:
            locale_field = model._meta.get_field("locale")
        except FieldDoesNotExist:
            continue
        owner = locale_field.model._meta
        # quote_literal('zz:model:<label>:locale:' || locale_id)::tsvector for each model.
        with_locale = " || ".join(
            f"(quote_literal('{filter_lexeme(each)}:locale:' || owner.{locale_field.column}))::tsvector"
            for each in models)
        schema_editor.execute(
            f"UPDATE wagtailsearch_indexentry AS entry SET title = entry.title || {with_locale} "
            f"FROM {owner.db_table} AS owner "
            f"WHERE entry.content_type_id = %s AND entry.object_id = owner.{owner.pk.column}::text",
            [content_type.pk])


class Migration(migrations.Migration):
    dependencies = [("search", "0002_indexentry_lz4"), ("contenttypes", "0002_remove_content_type_name")]

    operations = [migrations.RunPython(add_filter_lexemes, migrations.RunPython.noop, elidable=False)]
