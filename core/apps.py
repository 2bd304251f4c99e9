from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared bottom layer: what every content app builds on (blocks, listings, feeds, the
    relation rules, language helpers, template tags). It imports no app of this project."""

    name = "core"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from core.i18n import forget_locales

        post_save.connect(forget_locales, sender=Locale, dispatch_uid="core-forget-locales-saved")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="core-forget-locales-deleted")
