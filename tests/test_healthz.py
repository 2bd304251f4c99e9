"""/healthz: 200 when the database, cache, storage and search answer; 503 naming the part that
does not, with each part really broken (closed ports, a storage that cannot be written)."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.test import override_settings

pytestmark = pytest.mark.django_db

ALL_OK = {"database": "ok", "cache": "ok", "storage": "ok", "search": "ok"}
# Nothing listens on the discard port.
CLOSED = "127.0.0.1:9"


@pytest.fixture(autouse=True)
def media_root(tmp_path):
    """The storage probe's files go to a folder of the test's own."""
    with override_settings(MEDIA_ROOT=tmp_path / "media"):
        yield tmp_path / "media"


def health(client):
    response = client.get("/healthz")
    assert response["Content-Type"] == "application/json"
    # Never stored by a cache or proxy: a stale "ok" would hide an outage.
    assert "no-store" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
    return response.status_code, json.loads(response.content)


def assert_reveals_nothing(response_body):
    text = json.dumps(response_body)
    for secret in ("127.0.0.1", ":9", "redis", "Error", "Traceback", "refused", str(settings.BASE_DIR)):
        assert secret not in text


def test_healthy_site_answers_200_outside_the_language_prefix(client, media_root):
    assert health(client) == (200, {"status": "ok", "checks": ALL_OK})
    # The storage probe is removed again.
    assert not default_storage.exists("healthz/probe.txt")
    assert [path for path in media_root.rglob("*") if path.is_file()] == []
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_real_redis_cache_is_checked(client):
    redis = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/15"}
    }
    with override_settings(CACHES=redis):
        assert health(client) == (200, {"status": "ok", "checks": ALL_OK})


def test_cache_down(client, caplog):
    closed = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": f"redis://{CLOSED}/0"}}
    with override_settings(CACHES=closed):
        status, body = health(client)
    assert status == 503
    assert body == {"status": "error", "checks": {**ALL_OK, "cache": "error"}}
    assert_reveals_nothing(body)
    # What went wrong is in the log, for the operator.
    assert "Health check failed: cache" in caplog.text and "Connection" in caplog.text


def test_search_backend_down(client):
    closed = {
        "default": {
            "BACKEND": "search.backends.opensearch",
            "URLS": [f"http://{CLOSED}"],
            "INDEX": "coalition-healthz",
            "TIMEOUT": 2,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=closed):
        status, body = health(client)
    assert status == 503
    assert body == {"status": "error", "checks": {**ALL_OK, "search": "error"}}
    assert_reveals_nothing(body)


def test_storage_that_cannot_be_written(client, tmp_path):
    # A location below a plain file cannot be created, whoever runs the tests (even root).
    (tmp_path / "not-a-folder").write_text("")
    broken = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "not-a-folder" / "media")},
        },
    }
    with override_settings(STORAGES=broken):
        status, body = health(client)
    assert status == 503
    assert body == {"status": "error", "checks": {**ALL_OK, "storage": "error"}}
    assert_reveals_nothing(body)
    assert str(tmp_path) not in json.dumps(body)


def test_database_down():
    """A fresh process whose database is a closed port: the search backend, which is the
    database, is down with it; cache and storage still answer."""
    script = (
        "import json; from django.test import Client; r = Client().get('/healthz'); "
        "print(r.status_code, r.content.decode())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "coalition.settings.test",
        "DATABASE_URL": f"postgres://postgres@{CLOSED}/coalition_healthz",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    status, _, body = result.stdout.strip().splitlines()[-1].partition(" ")
    body = json.loads(body)
    assert status == "503"
    assert body == {"status": "error", "checks": {**ALL_OK, "database": "error", "search": "error"}}
    assert_reveals_nothing(body)
