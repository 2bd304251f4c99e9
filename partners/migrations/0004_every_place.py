"""Every region and municipality of Georgia and Azerbaijan (partners/places_data.py), in each
existing ka/az/en locale, for databases already in use. A fresh database (only Wagtail's default
locale, no places yet) gets them from ``bootstrap_site`` instead, once the home app has created
the locales. Missing places are added; existing ones (by slug within a locale) stay as they are.

The new rows are not in the search index yet: run ``manage.py update_index`` after migrating an
existing database (the admin's place chooser searches it)."""

from django.db import migrations

from partners.places_loading import LANGUAGES, load_places


def add_places(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Region = apps.get_model("partners", "Region")
    Municipality = apps.get_model("partners", "Municipality")
    in_use = Region.objects.exists() or Locale.objects.filter(language_code__in=LANGUAGES).count() > 1
    if in_use:
        load_places(Region, Municipality, Locale)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0003_funding_results_open_data"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_places, migrations.RunPython.noop)]
