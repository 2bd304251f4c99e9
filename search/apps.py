from django.apps import AppConfig


def reindex_published_page(sender, instance, **kwargs):
    """Index a page again once it is published. Wagtail indexes on save, which for a page
    runs before modelcluster saves its many-to-many relations (places, partners), so names
    that come from those relations would otherwise reach the index one publish late."""
    from wagtail.search.index import insert_or_update_object

    insert_or_update_object(instance.specific)


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from wagtail.signals import page_published

        page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
