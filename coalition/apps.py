from django.apps import AppConfig


class CoalitionConfig(AppConfig):
    """Shared code: blocks, template tags, listing helpers used by several apps."""

    name = "coalition"

    def ready(self):
        from coalition.text_case import patch_django_capfirst

        patch_django_capfirst()
