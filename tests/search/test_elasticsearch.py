"""The Elasticsearch path (ELASTICSEARCH_URL, search/backends/elasticsearch.py), against
osmem-server: an in-memory OpenSearch-compatible server that also answers as Elasticsearch
(the official client refuses servers that do not). No real Elasticsearch can be installed here;
the module docstring of search.backends.elasticsearch says what these tests therefore cannot
prove (a real server's scoring and ranking, scale, security, version-specific behaviour)."""

import os
import re
import runpy
from io import StringIO

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import override_settings
from elastic_transport import Urllib3HttpNode
from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search.backends import AnalysedQueryMixin
from search_page.query import search_pages

from .test_search_languages import QUERIES

osmem_server = pytest.importorskip("osmem_server")


class PlainJSONNode(Urllib3HttpNode):
    """The client's connection to osmem-server. The official client sends Elasticsearch 9's
    compatibility media type (``application/vnd.elasticsearch+json; compatible-with=9``) as the
    Content-Type of every request body, which osmem-server refuses (406) and Elasticsearch 9
    accepts as plain JSON; here it is sent as the plain type, and nothing else changes."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers and "content-type" in headers:
            headers = headers.copy()
            headers["content-type"] = re.sub(
                r"vnd\.elasticsearch\+([a-z-]+); compatible-with=\d+", r"\1", headers["content-type"]
            )
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)


BASE_SETTINGS = os.path.join(os.path.dirname(__file__), "..", "..", "coalition", "settings", "base.py")


def search_settings(monkeypatch, **environ):
    """WAGTAILSEARCH_BACKENDS as base.py makes it from these environment variables."""
    for name in ("OPENSEARCH_URL", "ELASTICSEARCH_URL", "SEARCH_INDEX"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(BASE_SETTINGS)["WAGTAILSEARCH_BACKENDS"]


def test_the_environment_selects_the_backend(monkeypatch):
    assert search_settings(monkeypatch)["default"]["BACKEND"] == "search.backends.database"
    assert search_settings(monkeypatch, ELASTICSEARCH_URL="https://es1:9200, https://es2:9200", SEARCH_INDEX="ngo") == {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": ["https://es1:9200", "https://es2:9200"],
            "INDEX_PREFIX": "ngo_",
        }
    }
    assert search_settings(monkeypatch, OPENSEARCH_URL="http://os:9200")["default"] == {
        "BACKEND": "search.backends.opensearch",
        "URLS": ["http://os:9200"],
        "INDEX_PREFIX": "coalition_",
    }
    with pytest.raises(ImproperlyConfigured):
        search_settings(monkeypatch, OPENSEARCH_URL="http://os:9200", ELASTICSEARCH_URL="http://es:9200")


def test_the_backend_is_wagtails_elasticsearch_9_backend_with_analysed_queries():
    backends = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": ["https://user:pw@es:9200"],
            "INDEX_PREFIX": "coalition_",
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        backend = get_search_backend()
    assert isinstance(backend, Elasticsearch9SearchBackend) and isinstance(backend, AnalysedQueryMixin)
    assert backend.get_index_for_model(Page).name == "coalition_wagtailcore_page"


@pytest.fixture(scope="module")
def servers(demo_content, django_db_blocker):
    """The demo content (loaded once per test process, conftest: demo_content), indexed by the
    database backend and by the Elasticsearch backend; the settings of that and of the
    OpenSearch backend, on the same server."""
    with osmem_server.OsmemServer.start() as server:
        elasticsearch = {
            "default": {
                "BACKEND": "search.backends.elasticsearch",
                "URLS": [server.url],
                "INDEX_PREFIX": "es_",
                "OPTIONS": {"node_class": PlainJSONNode},
            }
        }
        opensearch = {"default": {"BACKEND": "search.backends.opensearch", "URLS": [server.url], "INDEX_PREFIX": "os_"}}
        with django_db_blocker.unblock(), override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch):
            call_command("update_index", stdout=StringIO(), stderr=StringIO())
        yield elasticsearch, opensearch


@pytest.mark.django_db
def test_the_index_has_the_analysed_fields(servers):
    elasticsearch, _opensearch = servers
    with override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch):
        backend = get_search_backend()
    # (an alias of the index that update_index built and then swapped in)
    [mapping] = [index["mappings"] for index in backend.es.indices.get_mapping(index="es_wagtailcore_page").values()]
    fields = {
        name: spec
        for name, spec in mapping["properties"].items()
        if name.endswith("analysed_title") or name.endswith("analysed_text")
    }
    assert fields and all(spec["type"] == "text" for spec in fields.values())
    # The analysed title is boosted like the title: modelsearch copies it to a boosted field.
    assert [spec["copy_to"] for name, spec in fields.items() if name.endswith("analysed_title")] == [
        ["_all_text", "_all_text_boost_3_0"]
    ]
    # Our tokens must stay whole: the standard analyzer, no stemming.
    assert "analyzer" not in str(fields)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["ქუთაისში", "qadin sahibkarlari", '"icma qruplarını" təlimlər'])
def test_the_query_sent_equals_the_opensearch_one(servers, query):
    bodies = []
    for backends in servers:
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            results = Page.objects.live().filter(locale=Locale.objects.get(language_code="az")).search(query)
            bodies.append(results._get_es_body())
    elasticsearch, opensearch = bodies
    assert elasticsearch == opensearch
    # ...and it is the analysed query: the stems are in it.
    assert "zz" in str(elasticsearch)


@pytest.mark.django_db
@pytest.mark.parametrize("query, language, _stems", QUERIES)
def test_elasticsearch_finds_what_the_database_backend_finds(servers, query, language, _stems):
    elasticsearch, _opensearch = servers
    locale = Locale.objects.get(language_code=language)
    on_database = {page.pk for page in search_pages(query, locale)}
    with override_settings(WAGTAILSEARCH_BACKENDS=elasticsearch):
        on_elasticsearch = {page.pk for page in search_pages(query, locale)}
    assert on_database and on_elasticsearch == on_database
