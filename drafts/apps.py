from django.apps import AppConfig


class DraftsConfig(AppConfig):
    """An editor's unfinished work: abandoned drafts to resume or discard, abandoned uploads."""

    name = "drafts"
    default_auto_field = "django.db.models.BigAutoField"
