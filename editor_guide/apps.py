from django.apps import AppConfig


class EditorGuideConfig(AppConfig):
    """A short guide for member editors, in Georgian, Azerbaijani and English, in the admin."""

    name = "editor_guide"
    default_auto_field = "django.db.models.BigAutoField"
