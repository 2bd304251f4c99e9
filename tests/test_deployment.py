"""The deployment recipe's web process, run here: gunicorn (the Dockerfile's CMD) serving the site
with production settings against the real PostgreSQL, Redis and an S3 server (moto), with static
files collected by `collectstatic` as the image build does. Docker itself cannot run on these
machines; compose.yaml is checked for what the settings need.

Needs PostgreSQL (gunicorn's workers must see the test database) and Redis; CI has both.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
import requests
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from coalition.serving import free_port

from . import factories
from .conftest import make_site
from .s3_server import s3_bucket

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = "redis://127.0.0.1:6379/12"
BUCKET = "coalition-deploy"
REGION = "eu-central-1"
HTTPS = {"X-Forwarded-Proto": "https"}  # what the TLS proxy in front of gunicorn adds


def redis_reachable():
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.fixture
def s3():
    with s3_bucket(BUCKET, REGION, key="deploy-key", secret="deploy-secret") as server:
        yield server.env


@pytest.fixture
def gunicorn(s3, transactional_db, django_db_serialized_rollback, tmp_path):
    """Content committed to the test database (images on S3), collected static files, and gunicorn
    with production settings on a free port. The content is committed (transactional_db) so that
    gunicorn's workers see it; afterwards the database is restored to what the migrations made
    (serialized rollback), as the tests that follow expect."""
    if connection.vendor != "postgresql":
        pytest.skip(
            f"gunicorn's workers need a database server, not {connection.vendor} "
            f"({settings.DATABASES['default']['ENGINE']}; run with DATABASE_URL=postgres://…)"
        )
    if not redis_reachable():
        pytest.skip(f"no Redis at {REDIS_URL}")
    redis.Redis.from_url(REDIS_URL).flushdb()
    db = connection.settings_dict
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "OPENSEARCH", "ELASTICSEARCH"))},
        **s3,
        "DJANGO_SETTINGS_MODULE": "coalition.settings.production",
        "SECRET_KEY": "deployment-test-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "REDIS_URL": REDIS_URL,
        "STATIC_ROOT": str(tmp_path / "static"),
        "DB_CONN_MAX_AGE": "0",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True, timeout=120
    )
    # The process under test and this one share Redis, as the web workers and a management
    # command do in production: purges made here reach gunicorn's cache.
    redis_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "coalition",
        }
    }
    with override_settings(
        CACHES=redis_cache,
        PAGE_CACHE_SECONDS=600,
        **{
            "STORAGES": {**settings.STORAGES, "default": {"BACKEND": "coalition.storage.MediaStorage"}},
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": s3["AWS_S3_ENDPOINT_URL"],
            "AWS_S3_REGION_NAME": REGION,
            "AWS_ACCESS_KEY_ID": "deploy-key",
            "AWS_SECRET_ACCESS_KEY": "deploy-secret",
        },
    ):
        site = make_site()
        image = get_image_model().objects.create(title="Zugdidi", file=get_test_image_file("zugdidi.png"))
        factories.news(site.news["ka"], "zugdidi-meeting", "შეხვედრა ზუგდიდში", image=image)
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "coalition.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _attempt in range(150):
                try:
                    requests.get(f"{base}/healthz", timeout=10)
                    break
                except requests.RequestException:
                    assert server.poll() is None, server.stdout.read()
                    time.sleep(0.2)
            yield type(
                "Deployment", (), {"url": base, "site": site, "server": server, "endpoint": s3["AWS_S3_ENDPOINT_URL"]}
            )
        finally:
            server.terminate()
            server.wait(timeout=20)


def get(url, **kwargs):
    return requests.get(
        url, headers={**HTTPS, **kwargs.pop("headers", {})}, allow_redirects=False, timeout=10, **kwargs
    )


def test_gunicorn_serves_the_site_with_production_settings_media_on_s3_and_pages_cached_until_publish(gunicorn):
    base = gunicorn.url

    health = get(f"{base}/healthz")
    assert health.status_code == 200
    assert health.json()["checks"] == {"database": "ok", "cache": "ok", "storage": "ok", "search": "ok"}

    # Plain HTTP is sent to HTTPS; behind the proxy the security headers are there.
    assert requests.get(f"{base}/ka/news/", allow_redirects=False, timeout=10).status_code == 301
    first = get(f"{base}/ka/news/")
    assert first.status_code == 200 and first.headers["X-Cache"] == "miss"
    assert "max-age=31536000" in first.headers["Strict-Transport-Security"]
    assert "Content-Security-Policy" in first.headers
    assert "შეხვედრა ზუგდიდში" in first.text
    assert get(f"{base}/ka/news/").headers["X-Cache"] == "hit"

    # The article's image is a rendition in the bucket, loaded from there.
    article = get(f"{base}/ka/news/zugdidi-meeting/")
    assert article.status_code == 200
    src = next(img["src"] for img in BeautifulSoup(article.text, "html.parser").find_all("img") if BUCKET in img["src"])
    assert src.startswith(f"{gunicorn.endpoint}/{BUCKET}/images/"), src
    image = requests.get(src, timeout=10)
    assert image.status_code == 200 and image.headers["Content-Type"].startswith("image/")

    # Static files: hashed names from collectstatic, served by WhiteNoise for a year.
    links = BeautifulSoup(first.text, "html.parser").find_all("link", rel="stylesheet")
    stylesheet = next(link["href"] for link in links if link["href"].startswith("/static/"))
    assert stylesheet.count(".") >= 2, stylesheet  # site.<hash>.css
    static = get(f"{base}{stylesheet}", headers={"Accept-Encoding": "gzip"})
    assert static.status_code == 200 and "immutable" in static.headers["Cache-Control"]

    # An editor publishes: the cached news index shows the new item at once.
    factories.news(gunicorn.site.news["ka"], "fresh", "ახალი განცხადება")
    refreshed = get(f"{base}/ka/news/")
    assert refreshed.headers["X-Cache"] == "miss" and "ახალი განცხადება" in refreshed.text

    # Errors are logged as JSON lines carrying the request id the response names.
    missing = get(f"{base}/ka/no-such-page/")
    assert missing.status_code == 404
    request_id = missing.headers["X-Request-ID"]
    gunicorn.server.terminate()
    output, _ = gunicorn.server.communicate(timeout=20)
    records = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert any(record.get("request_id") == request_id and record.get("status") in (404, "404") for record in records), (
        output[-3000:]
    )
