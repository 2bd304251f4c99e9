from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        # The indexing module imports models, which the app registry loads first.
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from search.indexing import reindex_published_page
        from search.models import SynonymGroup, editors_groups
        from search.synonyms import forget_synonyms, register_source

        page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
        register_source(editors_groups, first=True)
        for signal in (post_save, post_delete):
            signal.connect(forget_synonyms, sender=SynonymGroup, dispatch_uid=f"search.forget_synonyms.{signal}")
