"""Redis down is not the site down: a real redis-server, started here on a free port, killed (or
frozen) mid-test and started again. Pages are served uncached, search and the admin work, a
publish goes live with its purge logged, /healthz names the cache, and caching resumes by
itself when Redis is back (coalition/cache.py, coalition/page_cache/)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.contrib.auth import get_user_model
from wagtail.models import Page

from coalition import cache as resilient
from coalition.page_cache import _unpurged
from coalition.serving import free_port
from news.models import NewsPage

from . import factories

REDIS_SERVER = "/usr/bin/redis-server"
ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.skipif(not os.access(REDIS_SERVER, os.X_OK), reason=f"no {REDIS_SERVER} (Debian's redis-server)"),
    pytest.mark.django_db,
]


class RedisServer:
    """A throwaway redis-server on 127.0.0.1:<port>, without persistence, like compose's."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        for _attempt in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                assert self.process.poll() is None, "redis-server exited"
                time.sleep(0.05)
        raise AssertionError("redis-server did not start")

    def kill(self):
        self.process.kill()
        self.process.wait(timeout=10)

    def freeze(self, frozen=True):
        """A hung Redis: the port accepts connections, nothing answers."""
        self.process.send_signal(signal.SIGSTOP if frozen else signal.SIGCONT)


@pytest.fixture
def redis_server(settings):
    server = RedisServer()
    server.start()
    # As settings/base.py configures it with REDIS_URL (test_cache_settings_with_redis checks that).
    settings.CACHES = {
        "default": {
            "BACKEND": "coalition.cache.ResilientRedisCache",
            "LOCATION": server.url,
            "KEY_PREFIX": "fault",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    settings.PAGE_CACHE_SECONDS = 600
    resilient._down_until.clear()
    _unpurged.clear()
    yield server
    if server.process.poll() is None:
        server.freeze(False)
        server.kill()
    resilient._down_until.clear()
    _unpurged.clear()


@pytest.fixture
def editor(client, site):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "secret-pass")
    editor_client = type(client)()
    editor_client.force_login(user)
    return editor_client


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def x_cache(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response["X-Cache"]


def wait_for_caching(client, url, seconds=resilient.RETRY_AFTER + 5):
    """Polls as readers would: the first response after the back-off that is not ``bypass``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        response = client.get(url)
        assert response.status_code == 200
        if response["X-Cache"] != "bypass":
            return response
        time.sleep(0.25)
    raise AssertionError(f"{url} still not cached {seconds} s after Redis came back")


def draft_news(parent, slug, title):
    page = NewsPage(title=title, slug=slug, date="2024-05-02", locale=parent.locale, live=False)
    parent.add_child(instance=page)
    page.save_revision()
    return page


def publish_in_admin(editor, page):
    """The editor's "Publish" button: the edit form posted back as it is, with action-publish."""
    url = f"/admin/pages/{page.pk}/edit/"
    form = editor.get(url).context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is not None:
            data[name] = [str(v) for v in value] if isinstance(value, (list, tuple)) else value
    for formset in form.formsets.values():
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
    data.update({"body-count": "0", "action-publish": "publish"})
    return editor.post(url, data)


def test_pages_search_admin_and_publishing_work_while_redis_is_down(client, site, editor, redis_server, caplog):
    ka_news = site.news["ka"]
    article = factories.news(ka_news, "meeting", "შეხვედრა ზუგდიდში")
    draft = draft_news(ka_news, "announcement", "განცხადება ქუთაისში")
    pages = ["/ka/", ka_news.url, article.url, "/az/", "/en/news/"]

    assert x_cache(client, ka_news.url) == "miss"
    assert x_cache(client, ka_news.url) == "hit"

    redis_server.kill()
    slowest = 0
    for url in pages * 2:
        response, took = timed_get(client, url)
        assert response.status_code == 200, url
        assert response["X-Cache"] == "bypass", url
        slowest = max(slowest, took)
    assert slowest < 2, f"a page took {slowest:.2f} s with Redis down"
    assert "შეხვედრა ზუგდიდში" in client.get(ka_news.url).content.decode()

    search = client.get("/ka/search/?q=შეხვედრა")
    assert search.status_code == 200 and article.url in search.content.decode()
    suggest = client.get("/ka/search/suggest/?q=შეხვ")
    assert suggest.status_code == 200 and suggest.json()

    assert editor.get("/admin/").status_code == 200
    response = publish_in_admin(editor, draft)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert Page.objects.get(pk=draft.pk).live
    assert "could not be purged" in caplog.text
    listed = client.get(ka_news.url)
    assert listed["X-Cache"] == "bypass" and "განცხადება ქუთაისში" in listed.content.decode()

    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json()["checks"] == {"database": "ok", "cache": "error", "storage": "ok", "search": "ok"}

    # Back on the same port, with nothing touched in the app: caching resumes by itself.
    redis_server.start()
    resumed = wait_for_caching(client, ka_news.url)
    assert resumed["X-Cache"] == "miss" and "განცხადება ქუთაისში" in resumed.content.decode()
    assert x_cache(client, ka_news.url) == "hit"
    assert client.get("/healthz").status_code == 200


def test_a_hung_redis_costs_one_timeout_and_missed_purges_are_sent_when_it_answers(client, site, redis_server):
    """Frozen (SIGSTOP), Redis keeps its entries, as after a network outage: the purge made
    meanwhile is sent again before the stale page could be served."""
    ka_news = site.news["ka"]
    article = factories.news(ka_news, "meeting", "შეხვედრა ზუგდიდში")
    assert x_cache(client, article.url) == "miss"
    assert x_cache(client, article.url) == "hit"

    redis_server.freeze()
    timings = []
    for _ in range(5):
        response, took = timed_get(client, article.url)
        assert response.status_code == 200 and response["X-Cache"] == "bypass"
        timings.append(took)
    # One read timeout (1 s), then the back-off: no request waits for Redis again.
    assert timings[0] < 3 and max(timings[1:]) < 0.5, timings

    article.title = "შეხვედრა ზუგდიდში (განახლებული)"
    factories.publish(article)
    assert _unpurged, "the purge that could not be sent is kept"

    redis_server.freeze(False)
    resumed = wait_for_caching(client, article.url)
    assert resumed["X-Cache"] == "miss", "the stale entry was served"
    assert "(განახლებული)" in resumed.content.decode()
    assert not _unpurged


def test_cache_settings_with_redis():
    """What REDIS_URL gives the site: the resilient backend, with short socket timeouts."""
    code = (
        "import os; os.environ['REDIS_URL'] = 'redis://127.0.0.1:1/0'; "
        "import coalition.settings.base as b; c = b.CACHES['default']; "
        "print(c['BACKEND'], c['OPTIONS']['socket_connect_timeout'], c['OPTIONS']['socket_timeout'])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["coalition.cache.ResilientRedisCache", "1", "1"]
