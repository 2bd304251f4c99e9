from django.apps import AppConfig


class CoalitionConfig(AppConfig):
    """The project package: settings, URLs, the API, the page cache, health, logging and the
    request guards; the top layer, which may use every app."""

    name = "coalition"

    def ready(self):
        from coalition.text_case import patch_django_capfirst

        patch_django_capfirst()
