from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared bottom layer: what every content app builds on (blocks, listings, feeds, the
    relation rules, language helpers, template tags). It imports no app of this project."""

    name = "core"
