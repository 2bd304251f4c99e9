from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_locales(**kwargs):
    """Every language of settings.LANGUAGES has its Wagtail Locale as soon as the database is
    migrated (Wagtail's own migration creates only LANGUAGE_CODE's), so editors can translate
    into az and en on a fresh install; adding a language to the settings adds its locale."""
    from home.site_setup import ensure_locales

    ensure_locales()


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        post_migrate.connect(create_locales, sender=self)
