from django.apps import AppConfig


class FundingConfig(AppConfig):
    """The coalition-wide funding overview page: who funds what, where and when."""

    name = "funding"
    default_auto_field = "django.db.models.BigAutoField"
