"""Wagtail's database backend (PostgreSQL, SQLite FTS5, or the fallback), with analysed
queries. Use as ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database",
"SEARCH_CONFIG": "simple"}}``: the "simple" configuration keeps our tokens as they are, where
PostgreSQL's default (English) configuration would stem them again."""

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

from search.backends import analysed_backend_class


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    backend = DatabaseSearchBackend(params)
    return analysed_backend_class(type(backend))(params)
