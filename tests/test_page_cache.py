"""The page cache (coalition/page_cache/): what is cached and for whom, and that a publish,
unpublish, move or delete purges exactly the pages that show the change, in every language, with
all their query-string variants. On the test settings' in-memory cache (the page cache reads and
purges through Django's cache API only, whichever the backend); the caching of pages, and one
purge, also against a real Redis (skipped without one)."""

import os
import subprocess
import sys
from datetime import date

import pytest
import redis
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageViewRestriction

from core.publishing import publish
from home.models import StandardPage
from news.models import NewsPageProject

from . import factories
from .conftest import make_site, shared_by_module

REDIS_URL = os.environ.get("PAGE_CACHE_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def _redis_reachable():
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        site = make_site()
        wic = factories.organisation(site.members["ka"], "wic", "ქალთა საინფორმაციო ცენტრი", "WIC")
        sukhumi = factories.organisation(site.members["ka"], "sukhumi", "ფონდი სოხუმი", "")
        eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
        undp = factories.donor(site.donors["ka"], "undp", "გაეროს განვითარების პროგრამა")
        monitoring = factories.project(wic, "monitoring", "მონიტორინგი", donors=[(eu, "1000", "EUR")])
        advocacy = factories.project(sukhumi, "advocacy", "ადვოკატირება", donors=[(undp, "500", "USD")])
        earlier = factories.news(wic, "earlier", "ადრინდელი ამბავი", on=date(2023, 1, 1), projects=[monitoring])
        # Enough of the coalition's own news for a second page of the news index.
        for number in range(10):
            factories.news(site.news["ka"], f"filler-{number}", f"განცხადება {number}", on=date(2020, 1, number + 1))
        yield locals()


@pytest.fixture
def c(content, db, settings):
    """The content, with the page cache on (Django's cache: the test settings' in-memory one,
    emptied before each test by conftest)."""
    settings.PAGE_CACHE_SECONDS = 600
    return type("Content", (), content)


@pytest.fixture
def redis_cache(settings):
    """Django's cache on a Redis database of this module's own, flushed (as settings/base.py
    configures it with REDIS_URL)."""
    if not _redis_reachable():
        pytest.skip(f"no Redis at {REDIS_URL}")
    settings.CACHES = {
        "default": {
            "BACKEND": "coalition.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "test-page-cache",
        }
    }
    cache.clear()
    yield redis.Redis.from_url(REDIS_URL)
    cache.clear()


@pytest.fixture(params=["memory", "redis"])
def backend(request):
    """The test settings' in-memory cache, or a real Redis (None, or a client of that Redis)."""
    return request.getfixturevalue("redis_cache") if request.param == "redis" else None


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response


def state(client, url):
    """(X-Cache, page text) of an anonymous GET."""
    response = get(client, url)
    return response["X-Cache"], response.content.decode()


def warm(client, urls):
    for url in urls:
        get(client, url)
        assert get(client, url)["X-Cache"] == "hit", url


def publish_news(parent, slug="fresh", title="ახალი ამბავი", projects=()):
    return factories.news(parent, slug, title, on=date(2025, 3, 1), projects=projects)


def listers(c):
    """Every page that lists a new news item of WIC about the monitoring project."""
    news = c.site.news["ka"]
    return [
        news.url,
        news.url + "?page=2",
        news.url + "?organisation=wic",
        news.url + "feed/",
        news.url + "feed/atom/",
        c.wic.url,
        c.wic.url + "feed/",
        c.site.homes["ka"].url,
        c.monitoring.url,
        c.eu.url,
        c.earlier.url,  # the project, its donor, other news about it
    ]


def unrelated(c):
    return [c.sukhumi.url, c.advocacy.url, c.undp.url, c.site.homes["az"].url, c.site.news["az"].url]


def test_cache_settings_follow_the_environment():
    code = (
        "import importlib, os; os.environ.pop('PAGE_CACHE_SECONDS', None); "
        "import coalition.settings.base as b; print(b.CACHES['default']['BACKEND'], b.PAGE_CACHE_SECONDS); "
        "os.environ['REDIS_URL'] = 'redis://127.0.0.1:6379/13'; importlib.reload(b); "
        "print(b.CACHES['default']['BACKEND'], b.CACHES['default']['LOCATION'], b.PAGE_CACHE_SECONDS); "
        "os.environ['PAGE_CACHE_SECONDS'] = '30'; importlib.reload(b); print(b.PAGE_CACHE_SECONDS)"
    )
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert out.split("\n")[:3] == [
        "django.core.cache.backends.locmem.LocMemCache 0",
        "coalition.cache.ResilientRedisCache redis://127.0.0.1:6379/13 600",
        "30",
    ]


def test_anonymous_pages_are_cached_with_every_query_variant_apart_and_purged(client, c, backend):
    assert isinstance(caches["default"], RedisCache) == (backend is not None)
    url = c.site.news["ka"].url
    first = get(client, url)
    assert first["X-Cache"] == "miss"
    again = get(client, url)
    assert again["X-Cache"] == "hit"
    assert again.content == first.content
    assert not again.cookies and "Set-Cookie" not in again
    assert again["Content-Type"] == first["Content-Type"]
    # Query strings are cached apart, with their parameters in any order.
    assert get(client, url + "?page=2&year=2020")["X-Cache"] == "miss"
    assert get(client, url + "?year=2020&page=2")["X-Cache"] == "hit"
    assert "განცხადება 0" in get(client, url + "?page=2").content.decode()
    # HEAD is answered from the same entry.
    assert client.head(url)["X-Cache"] == "hit"
    if backend is not None:
        # Entries live PAGE_CACHE_SECONDS in Redis itself.
        entries = backend.keys("test-page-cache:*pagecache:page:*")
        assert len(entries) == 3
        assert all(500 < backend.ttl(key) <= 600 for key in entries)
    # A publish purges the listing, with its query-string variants.
    publish_news(c.wic)
    for variant in (url, url + "?year=2020&page=2"):
        assert get(client, variant)["X-Cache"] == "miss"
        assert get(client, variant)["X-Cache"] == "hit"


def test_publishing_a_news_item_refreshes_every_page_that_lists_it_and_nothing_else(client, c):
    warm(client, listers(c) + unrelated(c))
    fresh = publish_news(c.wic, projects=[c.monitoring])
    for url in listers(c):
        cached, text = state(client, url)
        assert cached == "miss", url
        if "?page=2" not in url:
            assert "ახალი ამბავი" in text, url
    # The newest item pushed one down onto the second page.
    assert "განცხადება 1<" in get(client, c.site.news["ka"].url + "?page=2").content.decode()
    for url in unrelated(c):
        assert get(client, url)["X-Cache"] == "hit", url
    assert get(client, fresh.url)["X-Cache"] == "miss"


def test_a_change_of_relations_refreshes_the_pages_it_left(client, c):
    fresh = publish_news(c.wic, projects=[c.monitoring])
    warm(client, [c.monitoring.url, c.eu.url, c.advocacy.url, c.undp.url, fresh.url])
    fresh.project_links = [NewsPageProject(project=c.advocacy)]
    fresh.save_revision().publish()
    for url in (c.monitoring.url, c.eu.url):
        cached, text = state(client, url)
        assert cached == "miss" and "ახალი ამბავი" not in text, url
    for url in (c.advocacy.url, c.undp.url):
        cached, text = state(client, url)
        assert cached == "miss" and "ახალი ამბავი" in text, url


def test_unpublishing_and_deleting_take_the_item_off_every_list(client, c):
    fresh = publish_news(c.wic, projects=[c.monitoring])
    url = fresh.url
    warm(client, listers(c) + [url])
    fresh.unpublish()
    for lister in listers(c):
        cached, text = state(client, lister)
        assert cached == "miss" and "ახალი ამბავი" not in text, lister
    get(client, url, status=404)

    publish(fresh)
    warm(client, listers(c) + [url])
    Page.objects.get(pk=fresh.pk).delete()
    for lister in listers(c):
        cached, text = state(client, lister)
        assert cached == "miss" and "ახალი ამბავი" not in text, lister
    get(client, url, status=404)


def test_moving_refreshes_the_old_and_the_new_places(client, c):
    fresh = publish_news(c.wic, projects=[c.monitoring])
    old_url = fresh.url
    warm(client, [old_url, c.wic.url, c.sukhumi.url, c.sukhumi.url + "feed/", c.site.news["ka"].url])
    fresh.move(c.sukhumi, pos="last-child")
    fresh.refresh_from_db()
    assert fresh.url != old_url
    assert get(client, old_url, status=301)["Location"] == fresh.url  # Wagtail's automatic redirect
    assert "ახალი ამბავი" not in state(client, c.wic.url)[1]
    for url in (c.sukhumi.url, c.sukhumi.url + "feed/", fresh.url):
        cached, text = state(client, url)
        assert cached == "miss" and "ახალი ამბავი" in text, url
    # The news index now names the new publisher.
    cached, text = state(client, c.site.news["ka"].url)
    assert cached == "miss" and "ფონდი სოხუმი" in text


def test_translations_are_refreshed_in_the_other_language(client, c):
    fresh = publish_news(c.site.news["ka"])
    translated = fresh.copy_for_translation(c.site.locales["az"])
    translated.title = "Yeni xəbər"
    publish(translated)
    warm(client, [fresh.url, translated.url, c.site.news["az"].url])
    assert fresh.url in get(client, translated.url).content.decode()  # switcher and hreflang

    fresh.unpublish()
    cached, text = state(client, translated.url)
    assert cached == "miss" and fresh.url not in text
    # The Azerbaijani listing does not show the Georgian item: left alone.
    assert get(client, c.site.news["az"].url)["X-Cache"] == "hit"

    publish(fresh)
    cached, text = state(client, translated.url)
    assert cached == "miss" and fresh.url in text
    # A new text in Georgian changes nothing the Azerbaijani page shows.
    get(client, translated.url)
    fresh.lead = "ახალი ტექსტი"
    fresh.save_revision().publish()
    assert get(client, translated.url)["X-Cache"] == "hit"
    assert "ახალი ტექსტი" in state(client, fresh.url)[1]


def test_renaming_a_menu_page_refreshes_its_whole_language(client, c):
    pages = [c.eu.url, c.earlier.url, c.site.homes["ka"].url]
    warm(client, pages + unrelated(c)[3:])
    index = c.site.news["ka"]
    index.title = "ამბები"
    index.save_revision().publish()
    for url in pages:
        cached, text = state(client, url)
        assert cached == "miss" and "ამბები" in text, url
    for url in unrelated(c)[3:]:  # the Azerbaijani pages
        assert get(client, url)["X-Cache"] == "hit", url


def test_renaming_a_place_refreshes_the_filters_that_offer_it(client, c):
    kutaisi = factories.municipality(c.site.locales["ka"], "kutaisi", "ქუთაისი")
    # The filters offer only places that some page has (core.listing.offered).
    factories.news(c.wic, "in-kutaisi", "ამბავი ქუთაისიდან", municipalities=[kutaisi])
    factories.project(c.wic, "kutaisi-project", "ქუთაისის პროექტი", municipalities=[kutaisi])
    warm(client, [c.site.news["ka"].url, c.site.projects["ka"].url, c.eu.url])
    kutaisi.name = "ქალაქი ქუთაისი"
    kutaisi.save()
    for url in (c.site.news["ka"].url, c.site.projects["ka"].url):
        cached, text = state(client, url)
        assert cached == "miss" and "ქალაქი ქუთაისი" in text, url
    assert get(client, c.eu.url)["X-Cache"] == "hit"


def test_editors_never_get_cached_pages_nor_fill_the_cache(client, c, django_user_model):
    url, other = c.wic.url, c.sukhumi.url
    warm(client, [url])
    # A change that sends no signal (a bulk update) stays unseen by anonymous readers until
    # the entry expires; an editor sees it at once.
    Page.objects.filter(pk=c.wic.pk).update(title="შეცვლილი სათაური")
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(editor)
    response = get(client, url)
    assert response["X-Cache"] == "bypass" and "შეცვლილი სათაური" in response.content.decode()
    assert get(client, other)["X-Cache"] == "bypass"
    client.logout()
    cached, text = state(client, url)
    assert cached == "hit" and "შეცვლილი სათაური" not in text
    assert get(client, other)["X-Cache"] == "miss"  # the editor's visit stored nothing


def test_nothing_personal_is_cached(client, c):
    home = c.site.homes["ka"]
    # The search page is a Django view, not a page: never stored.
    search = reverse("search") + "?q=test"
    assert get(client, search)["X-Cache"] == "miss"
    assert get(client, search)["X-Cache"] == "miss"
    # A password-protected page answers with a form (CSRF token and cookie): not stored, and
    # once the password is given, the reader's session holds it: bypassed.
    secret = home.add_child(instance=StandardPage(title="საიდუმლო", slug="secret", locale=home.locale))
    publish(secret)
    warm(client, [secret.url])
    # Making it private purges it.
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )
    form = get(client, secret.url)
    assert b"csrfmiddlewaretoken" in form.content and "csrftoken" in form.cookies
    assert get(client, secret.url)["X-Cache"] == "miss"
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.id, secret.id]),
        {"password": "letmein", "return_url": secret.url},
    )
    response = get(client, secret.url)
    assert response["X-Cache"] == "bypass" and "საიდუმლო" in response.content.decode()
    client.cookies.clear()
    assert b"csrfmiddlewaretoken" in get(client, secret.url).content  # the form again, not the content
    # Pending messages, other methods: bypassed.
    client.cookies["messages"] = "pending"
    assert get(client, c.wic.url)["X-Cache"] == "bypass"
    del client.cookies["messages"]
    assert client.post(c.wic.url)["X-Cache"] == "bypass"
    # What is stored carries no cookie and no token.
    warm(client, [c.wic.url])
    hit = get(client, c.wic.url)
    assert not hit.cookies and b"csrfmiddlewaretoken" not in hit.content


def test_off_when_page_cache_seconds_is_zero(client, c, settings):
    settings.PAGE_CACHE_SECONDS = 0
    response = get(client, c.wic.url)
    assert "X-Cache" not in response
    publish_news(c.wic)
    # Nothing stored, not even a purge's generation token (LocMemCache keeps its entries here).
    assert not [key for key in caches["default"]._cache if "pagecache" in key]


def test_changing_an_image_refreshes_the_pages_that_show_it(client, c):
    image = Image.objects.create(title="ძველი სურათი", file=get_test_image_file())
    fresh = factories.news(c.wic, "pictured", "სურათიანი ამბავი", on=date(2025, 3, 1), image=image)
    warm(client, [fresh.url, c.site.news["ka"].url, c.sukhumi.url])
    image.title = "ახალი სურათი"  # the lead image's alt text (a card's picture is decorative)
    image.save()
    cached, text = state(client, fresh.url)
    assert cached == "miss" and 'alt="ახალი სურათი"' in text
    assert state(client, c.site.news["ka"].url)[0] == "miss"  # its card shows the picture
    assert get(client, c.sukhumi.url)["X-Cache"] == "hit"


def test_pages_with_georgian_slugs_are_purged_too(client, c):
    fresh = publish_news(c.wic, slug="ახალი-ამბავი")
    assert "%E1%83" in fresh.url
    warm(client, [fresh.url])
    fresh.lead = "განახლებული ტექსტი"
    fresh.save_revision().publish()
    cached, text = state(client, fresh.url)
    assert cached == "miss" and "განახლებული ტექსტი" in text
