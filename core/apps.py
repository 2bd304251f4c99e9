from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared bottom layer: what every content app builds on (blocks, listings, feeds, the
    relation rules, language helpers, template tags). It imports no app of this project."""

    name = "core"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale, Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core.i18n import forget_locales
        from core.listing import renew_content_generation
        from core.spelling import connect as keep_spelling_vocabulary_current

        post_save.connect(forget_locales, sender=Locale, dispatch_uid="core-forget-locales-saved")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="core-forget-locales-deleted")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(renew_content_generation, dispatch_uid=f"core-renew-content-{signal}")
        post_delete.connect(renew_content_generation, sender=Page, dispatch_uid="core-renew-content-deleted")
        keep_spelling_vocabulary_current()
