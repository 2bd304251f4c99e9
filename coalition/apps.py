from django.apps import AppConfig


class CoalitionConfig(AppConfig):
    """Shared code: blocks, template tags, listing helpers used by several apps."""

    name = "coalition"
