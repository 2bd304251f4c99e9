"""Requests that must be refused before they reach a view or the page cache: NUL characters
and non-numeric ids in the API's query parameters (PostgreSQL refuses NUL in text: run with
DATABASE_URL=postgres://… to see the difference), a Host the site does not serve, and TRACE,
CONNECT or unknown methods."""

import pytest
from django.contrib.auth import get_user_model

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(site):
    return factories.news(site.news["ka"], "meeting", "შეხვედრა ზუგდიდში")


@pytest.mark.parametrize(
    "url, message",
    [
        ("/api/v2/pages/find/?html_path=%00", "html_path must not contain NUL"),
        ("/api/v2/pages/find/?html_path=/news/%00/", "html_path must not contain NUL"),
        ("/api/v2/pages/find/?id=abc", "id must be a positive integer"),
        ("/api/v2/pages/find/?id=%00", "id must not contain NUL"),
        ("/api/v2/pages/find/?id=-1", "id must be a positive integer"),
        ("/api/v2/images/find/?id=1x", "id must be a positive integer"),
        ("/api/v2/documents/find/?id=%00", "id must not contain NUL"),
        ("/api/v2/pages/?slug=a%00b", "slug must not contain NUL"),
        ("/api/v2/pages/?%00=1", "names must not contain NUL"),
        ("/api/v2/pages/?search=x&locale=ka&fields=title,%00", "fields must not contain NUL"),
    ],
)
def test_api_query_parameters_that_would_fail_in_the_database_are_a_400(client, news, url, message):
    response = client.get(url)
    assert response.status_code == 400, url
    assert message in response.json()["message"]


def test_api_find_still_finds(client, news):
    response = client.get("/api/v2/pages/find/", {"html_path": "/news/meeting/"})
    assert response.status_code == 302 and f"/api/v2/pages/{news.pk}/" in response["Location"]
    assert client.get("/api/v2/pages/find/", {"html_path": "/news/nothing/"}).status_code == 404
    assert client.get("/api/v2/pages/find/", {"id": str(news.pk)}).status_code == 302


def test_a_cached_page_is_not_served_to_a_host_the_site_does_not_serve(client, news, settings):
    settings.PAGE_CACHE_SECONDS = 600
    assert client.get("/ka/")["X-Cache"] == "miss"
    assert client.get("/ka/")["X-Cache"] == "hit"
    evil = client.get("/ka/", HTTP_HOST="evil.com")
    assert evil.status_code == 400 and "X-Cache" not in evil
    # Another host the site serves has entries of its own: its pages carry its own absolute URLs.
    assert client.get("/ka/", HTTP_HOST="localhost")["X-Cache"] == "miss"
    assert client.get("/ka/", HTTP_HOST="localhost")["X-Cache"] == "hit"


@pytest.mark.parametrize("method", ["TRACE", "CONNECT", "PROPFIND", "FOO"])
def test_trace_connect_and_unknown_methods_are_a_405_everywhere(client, news, method):
    editor = type(client)()
    editor.force_login(get_user_model().objects.create_superuser("editor", "e@example.org", "secret-pass"))
    urls = [
        "/ka/",
        news.url,
        "/ka/news/feed/",
        "/ka/search/?q=x",
        "/ka/search/suggest/?q=x",
        "/healthz",
        "/api/v2/pages/",
        "/sitemap.xml",
        "/robots.txt",
        "/",
        "/admin/",
    ]
    for who in (client, editor):
        for url in urls:
            response = who.generic(method, url)
            assert response.status_code == 405, (method, url, response.status_code)
            assert response["Allow"] == "GET, HEAD, OPTIONS, POST"
            assert "X-Cache" not in response
