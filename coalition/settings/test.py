"""Test settings: the database from DATABASE_URL (PostgreSQL in CI, SQLite otherwise)."""

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Persistent connections outlive live-server threads and block dropping the test database.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Django's cache in memory, one per test process, even where REDIS_URL is set: processes of one
# run must not share cached pages (their test databases differ). The tests that need Redis
# configure it themselves (test_page_cache's redis_cache; the fault tests start their own).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The page cache is on in every test (in memory: one process), so any test that renders a
# page, changes content and renders it again also checks the purges (coalition/page_cache/).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))  # noqa: F405
