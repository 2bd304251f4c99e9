from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        # The indexing module imports models, which the app registry loads first.
        from wagtail.signals import page_published

        from search.indexing import reindex_published_page

        page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
