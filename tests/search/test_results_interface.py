"""Every configured backend's results declare what the search page asks of them
(search.backends.results.BoundedResults: count_up_to, ids_up_to), and the generic versions
count and list as the search page expects."""

import pytest
from django.db import connection
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.backends import analysed_backend_class
from search.backends.elasticsearch import SearchBackend as ElasticsearchBackend
from search.backends.opensearch import SearchBackend as OpenSearchBackend
from search.backends.results import BoundedResults, EmptyResults, GenericBoundedResults
from search_page.query import count_up_to, search_pages

from ..factories import news


@pytest.mark.parametrize(
    "backend_class",
    [
        OpenSearchBackend,
        ElasticsearchBackend,
        analysed_backend_class(DatabaseSearchBackend),
    ],
)
def test_every_backend_gives_bounded_results(backend_class):
    assert issubclass(backend_class.results_class, BoundedResults)


def test_the_database_backend_gives_bounded_results():
    """The configured database backend (modelsearch's SQLite or PostgreSQL module can only be
    imported on its own database): PostgreSQL's results count and list in their own way."""
    results_class = type(get_search_backend()).results_class
    assert issubclass(results_class, BoundedResults)
    if connection.vendor == "postgresql":
        from search.backends.postgres import TokenSearchResults

        assert results_class is TokenSearchResults
        assert not issubclass(results_class, GenericBoundedResults)


@pytest.mark.django_db
def test_results_count_and_list_up_to_a_limit(site):
    for n in range(3):
        news(site.news["en"], slug=f"orchard-{n}", title=f"Orchard {n}", lead="Apples.")
    results = search_pages("orchard", site.locales["en"])
    assert isinstance(results, BoundedResults)
    assert (results.count_up_to(2), results.count_up_to(3), results.count_up_to(10)) == (2, 3, 3)
    assert count_up_to(results, 2) == 2
    ids = set(Page.objects.filter(slug__startswith="orchard-").values_list("pk", flat=True))
    assert set(results.ids_up_to(10)) == ids
    assert len(results.ids_up_to(2)) == 2 and set(results.ids_up_to(2)) <= ids
    # An empty query gives an empty queryset, which the search page counts too.
    assert count_up_to(search_pages("", site.locales["en"]), 5) == 0


def test_empty_results_are_bounded():
    empty = EmptyResults()
    assert (empty.count_up_to(5), empty.ids_up_to(5)) == (0, [])
