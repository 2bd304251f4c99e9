from django.apps import AppConfig


class TopicsConfig(AppConfig):
    """Topics: the shared, translatable vocabulary that news, events and projects are filed under."""

    name = "topics"
    default_auto_field = "django.db.models.BigAutoField"
