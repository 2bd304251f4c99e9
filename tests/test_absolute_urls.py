"""Every absolute URL the site gives is on the address it was asked on, not the Site record's
(``bootstrap_site``'s SITE_HOSTNAME/SITE_PORT): canonical and hreflang links, the sitemap,
feeds, calendars, the API, robots.txt, search results and the open data; behind a proxy only
where the settings trust it; and the page cache never serves one address's URLs on another."""

import json
import re
from datetime import date
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from core.publishing import publish

from . import factories
from .conftest import make_site, shared_by_module
from .opendata import iati_content

HOST = "example.test:8101"
ORIGIN = f"http://{HOST}/"
PROXIED = "coalition.example.org"
# Namespaces and schemas named in XML answers: identifiers, not links to this site.
NAMESPACE_HOSTS = {"www.w3.org", "www.sitemaps.org", "purl.org", "www.google.com", "iatistandard.org"}
ABSOLUTE = re.compile(r"""https?://[^\s"'<>\\]+""")


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        site = make_site()
        iati_content.configure()
        wic = factories.organisation(site.members["ka"], "wic", "ქალთა საინფორმაციო ცენტრი", "WIC")
        eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
        project = factories.project(wic, "monitoring", "მონიტორინგი", donors=[(eu, "1000", "EUR")])
        news = factories.news(site.news["ka"], "report", "ანგარიში ზუგდიდიდან", on=date(2024, 5, 1))
        news_az = publish(news.copy_for_translation(site.locales["az"], copy_parents=True))
        event = factories.event(wic, "meeting", "შეხვედრა ზუგდიდში")
        yield {"site": site, "news": news, "news_az": news_az, "event": event, "project": project}


@pytest.fixture
def c(content, db, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "example.test", "other.test", PROXIED]
    return content


def urls_on_this_site(text):
    return [url for url in ABSOLUTE.findall(text) if urlsplit(url).hostname not in NAMESPACE_HOSTS]


def get(client, path, **headers):
    response = client.get(path, HTTP_HOST=HOST, **headers)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode("utf-8")


def answers(client, c, **headers):
    """{what: body} of every kind of answer that holds absolute URLs."""
    news, event = c["news"], c["event"]
    api_list = get(client, "/api/v2/pages/?type=news.NewsPage&fields=*", **headers)
    return {
        "home": get(client, "/ka/", **headers),
        "news item": get(client, news.url, **headers),
        "translation": get(client, c["news_az"].url, **headers),
        "sitemap index": get(client, "/sitemap.xml", **headers),
        "sitemap": get(client, "/sitemap-ka.xml", **headers) + get(client, "/sitemap-az.xml", **headers),
        "rss": get(client, f"{c['site'].news['ka'].url}feed/", **headers),
        "atom": get(client, f"{c['site'].news['ka'].url}feed/atom/", **headers),
        "ics": get(client, f"{event.url}ics/", **headers).replace("\r\n ", ""),  # unfolded lines
        "api list": api_list,
        "api detail": get(client, f"/api/v2/pages/{news.pk}/", **headers),
        "api images": get(client, "/api/v2/images/", **headers),
        "robots": get(client, "/robots.txt", **headers),
        "search": get(client, "/ka/search/?q=ანგარიში", **headers),
        "open data": get(client, "/ka/open-data/projects.json", **headers),
        "iati": get(client, "/iati/activities.xml", **headers),
    }


def assert_all_on(origin, bodies):
    for what, body in bodies.items():
        found = urls_on_this_site(body)
        wrong = [url for url in found if not url.startswith(origin)]
        assert not wrong, (what, wrong[:5])
    # Each kind of answer really does hold absolute URLs of this site (the check is not empty).
    empty = [what for what, body in bodies.items() if what != "api images" and not urls_on_this_site(body)]
    assert not empty


def test_the_site_record_is_elsewhere(c):
    """The premise: the Site record names another address than the one the tests ask on."""
    assert not Site.objects.get(is_default_site=True).root_url.startswith(ORIGIN.rstrip("/"))


def test_every_absolute_url_is_on_the_address_asked(client, c, settings):
    settings.PAGE_CACHE_SECONDS = 0
    bodies = answers(client, c)
    assert_all_on(ORIGIN, bodies)
    news_url = f"http://{HOST}{c['news'].url}"
    assert f'<link rel="canonical" href="{news_url}">' in bodies["news item"]
    assert f'hreflang="az" href="http://{HOST}{c["news_az"].url}"' in bodies["news item"]
    assert f"<loc>{news_url}</loc>" in bodies["sitemap"]
    assert f"<link>{news_url}</link>" in bodies["rss"]
    assert f"URL:http://{HOST}{c['event'].url}" in bodies["ics"]
    assert f"Sitemap: {ORIGIN}sitemap.xml" in bodies["robots"]
    assert f">{news_url}</p>" in bodies["search"]
    detail = json.loads(bodies["api detail"])
    assert detail["meta"]["html_url"] == news_url
    assert detail["meta"]["detail_url"] == f"{ORIGIN}api/v2/pages/{c['news'].pk}/"
    assert detail["meta"]["parent"]["meta"]["html_url"] == f"http://{HOST}{c['site'].news['ka'].url}"
    project_urls = {row["project_url"] for row in json.loads(bodies["open data"])["rows"]}
    assert project_urls == {f"http://{HOST}{c['project'].url}"}


def test_api_find_redirects_on_the_address_asked(client, c):
    response = client.get(f"/api/v2/pages/find/?id={c['news'].pk}", HTTP_HOST=HOST)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{ORIGIN}api/v2/pages/{c['news'].pk}/")


def test_behind_a_trusted_proxy_the_forwarded_address(client, c, settings):
    """Production settings trust the proxy's X-Forwarded-Proto (SECURE_PROXY_SSL_HEADER); with
    USE_X_FORWARDED_HOST its X-Forwarded-Host too."""
    settings.PAGE_CACHE_SECONDS = 0
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.USE_X_FORWARDED_HOST = True
    bodies = answers(client, c, HTTP_X_FORWARDED_PROTO="https", HTTP_X_FORWARDED_HOST=PROXIED)
    assert_all_on(f"https://{PROXIED}/", bodies)
    assert f'<link rel="canonical" href="https://{PROXIED}{c["news"].url}">' in bodies["news item"]


def test_forwarded_headers_are_ignored_unless_trusted(client, c, settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.SECURE_PROXY_SSL_HEADER = None
    settings.USE_X_FORWARDED_HOST = False
    body = get(client, c["news"].url, HTTP_X_FORWARDED_PROTO="https", HTTP_X_FORWARDED_HOST="evil.test")
    assert f'<link rel="canonical" href="http://{HOST}{c["news"].url}">' in body
    assert "evil.test" not in body


def test_a_forwarded_host_that_is_not_allowed_is_refused(client, c, settings):
    settings.USE_X_FORWARDED_HOST = True
    response = client.get(c["news"].url, HTTP_HOST=HOST, HTTP_X_FORWARDED_HOST="evil.test")
    assert response.status_code == 400


def test_the_page_cache_keeps_each_address_apart(client, c, settings):
    settings.PAGE_CACHE_SECONDS = 600
    path = c["news"].url

    def canonical(host):
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200
        body = response.content.decode("utf-8")
        assert urls_on_this_site(body)
        assert all(url.startswith(f"http://{host}/") for url in urls_on_this_site(body))
        return response["X-Cache"]

    assert canonical(HOST) == "miss"
    assert canonical("other.test") == "miss"  # not example.test's stored page
    assert canonical(HOST) == "hit"
    assert canonical("other.test") == "hit"
    # A publish purges the path for every address.
    publish(c["news"].get_latest_revision_as_object())
    assert canonical(HOST) == "miss"
    assert canonical("other.test") == "miss"


def test_the_page_cache_keeps_schemes_apart(client, c, settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    path = c["news"].url
    plain = client.get(path, HTTP_HOST=HOST)
    secure = client.get(path, HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    assert (plain["X-Cache"], secure["X-Cache"]) == ("miss", "miss")
    assert f'href="https://{HOST}{path}"' in secure.content.decode("utf-8")
