from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """Connects the purge handlers; an app of its own so that management commands
    (scheduled publishing, imports) purge too, not only the web process."""

    name = "coalition.page_cache"
    label = "page_cache"

    def ready(self):
        from coalition.page_cache.invalidation import connect

        connect()
