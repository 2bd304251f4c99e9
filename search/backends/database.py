"""Wagtail's database backend (PostgreSQL, SQLite FTS5, or the fallback), with analysed
queries. Use as ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database",
"SEARCH_CONFIG": "simple"}}``: on PostgreSQL our backend writes and queries ready tokens (no
text-search configuration touches them); "simple" is what modelsearch's autocomplete column and
its fuzzy search still use. On SQLite, our subclass
of modelsearch's FTS5 backend ranks multi-word queries the right way round
(``search.backends.sqlite``); on PostgreSQL, ours indexes and queries our tokens directly and
ranks results tier by tier: every word in the title, some in the title, then the text
(``search.backends.postgres``)."""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

from search.backends import analysed_backend_class


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    # modelsearch picks the backend for the database's vendor (and SQLite's FTS5 support).
    backend_class = type(DatabaseSearchBackend(params))
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        from search.backends.sqlite import RankedSQLiteSearchBackend

        if issubclass(backend_class, SQLiteSearchBackend):
            backend_class = RankedSQLiteSearchBackend
    elif connection.vendor == "postgresql":
        from search.backends.postgres import TokenPostgresSearchBackend

        backend_class = TokenPostgresSearchBackend
    return analysed_backend_class(backend_class)(params)
