"""The OpenSearch path, against osmem-server (an in-memory OpenSearch-compatible server; no real
cluster can be installed here). The site's own backend class runs unchanged, and finds the
same pages as the database backend for every query of the language tests.

What the emulator cannot prove: a real cluster's scoring (BM25 settings, shards) and therefore
the exact ranking, its performance at scale, and version-specific mapping behaviour."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale

from search_page.query import search_pages

from .test_search_languages import QUERIES

osmem_server = pytest.importorskip("osmem_server")


@pytest.fixture(scope="module")
def demo_on_both_backends(demo_content, django_db_blocker):
    """The demo content (loaded once per test process, conftest: demo_content), also indexed
    in OpenSearch."""
    with osmem_server.OsmemServer.start() as server:
        opensearch = {
            "default": {"BACKEND": "search.backends.opensearch", "URLS": [server.url], "INDEX": "coalition-test"}
        }
        with django_db_blocker.unblock(), override_settings(WAGTAILSEARCH_BACKENDS=opensearch):
            call_command("update_index", stdout=StringIO(), stderr=StringIO())
        yield opensearch


@pytest.mark.django_db
@pytest.mark.parametrize("query, language, _stems", QUERIES)
def test_opensearch_finds_what_the_database_backend_finds(demo_on_both_backends, query, language, _stems):
    locale = Locale.objects.get(language_code=language)
    on_database = {page.pk for page in search_pages(query, locale)}
    with override_settings(WAGTAILSEARCH_BACKENDS=demo_on_both_backends):
        on_opensearch = {page.pk for page in search_pages(query, locale)}
    assert on_database and on_opensearch == on_database
