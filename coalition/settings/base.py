"""Settings shared by every environment.

Everything that differs between a laptop and a server comes from the environment
(``DATABASE_URL``, ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DEBUG``); ``dev``, ``test`` and
``production`` only adjust what they must.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "coalition",
    "core",
    "topics",
    "home",
    "partners",
    "news",
    "funding",
    "opendata",
    "search",
    "search_page",
    "moderation",
    "drafts",
    "editor_guide",
    # Cached public pages, purged on publish/unpublish/move/delete (coalition/page_cache/).
    "coalition.page_cache",
    "wagtail_localize",
    # Replaces wagtail.locales with a locale admin that can also sync trees.
    "wagtail_localize.locales",
    # The read-only API at /api/v2/ (coalition/api.py), with ?search= through our backend.
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    # Editors pin pages to search queries (Settings → Promoted search results).
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: every other middleware's log lines carry the request id, and the X-Request-ID
    # header is set after any page cache, so a cached response never repeats another's id.
    "coalition.logging.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy: strict on public pages, looser on the admin (coalition/csp.py).
    "coalition.csp.CSPMiddleware",
    # 405 for TRACE, CONNECT and unknown methods, before anything reads the request.
    "coalition.middleware.KnownMethodsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Serves cached pages to anonymous readers; after sessions (it checks for a login) and
    # before everything that only matters while a page is rendered.
    "coalition.page_cache.PageCacheMiddleware",
    # Picks the language from the URL prefix (/ka/, /az/, /en/) and redirects "/" by
    # Accept-Language; must sit after sessions and before CommonMiddleware.
    "coalition.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A form post missing a field a view reads directly: 400 instead of 500.
    "coalition.incomplete_forms.IncompleteFormMiddleware",
]

ROOT_URLCONF = "coalition.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "coalition.wsgi.application"

# SQLite file in the project unless DATABASE_URL says otherwise, so `make run` works on a
# machine with no database server. Production uses PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's default random_page_cost (4) is for spinning disks. With it the planner scans
    # every search index entry, concatenating their vectors, rather than use the GIN index on
    # title || body, for any word found in more than a few percent of pages: 420 ms instead of
    # 100 ms at 10 000 pages (make bench-search). 1.1 is the usual value for SSDs.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", f"-c random_page_cost={os.environ.get('DB_RANDOM_PAGE_COST', '1.1')}"
    )

# Redis when REDIS_URL is set (shared by every worker process), else memory of one process.
# Django's Redis cache that answers "nothing cached" while Redis is down instead of raising
# (coalition/cache.py). Short timeouts: a cache read takes milliseconds, and a hung Redis must
# not hold requests for redis-py's default 5 s.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "coalition.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "coalition"),
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Public pages are cached this long (seconds) and purged on every change that shows on them
# (coalition/page_cache/). Off without Redis: one process's memory cannot be purged by another.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600" if REDIS_URL else "0"))
# Purges go through Wagtail's frontend cache API, so a CDN backend added here gets them too.
# Each language has its own page tree: no purging of the same path in the other languages.
WAGTAILFRONTENDCACHE = {"pages": {"BACKEND": "coalition.page_cache.PageCacheBackend"}}
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Georgian is the default language; every public URL carries a
# language prefix (see coalition/urls.py).
LANGUAGE_CODE = "ka"
LANGUAGES = [
    ("ka", "ქართული"),
    ("az", "Azərbaycanca"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin's JavaScript pre-fills the slug with the title as a Unicode slug; the page form
# (core.forms.RomanisedSlugPageForm) recognises that and makes the romanised, unique slug on the
# server (core/slugs.py). Off, the JavaScript would pre-fill its own, non-national transliteration
# (ქ → q, წ → w), which the server could not tell from a slug typed by hand.
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# Our own interface strings (`make messages` extracts them, make compiles them), then our
# translations of strings Django and Wagtail ship too few of or get wrong for us: Wagtail has
# only a few dozen Georgian admin strings, and names its Azerbaijani catalog az_AZ, which
# Django never loads for the language code "az"; Django's Azerbaijani month names inside a
# date are capitalised where Azerbaijani writes them in lower case. The first path wins.
LOCALE_PATHS = [BASE_DIR / "locale", PROJECT_DIR / "locale_overrides"]
# A new translation of a live page starts as a draft. wagtail-localize's default publishes it at
# once, still in the source language, so /az/ readers would get Georgian text until a
# translator finished.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The admin speaks the same three languages; each user picks one under Account → Preferences.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Overrides of Django's date/number formats where they do not match local usage.
FORMAT_MODULE_PATH = ["coalition.formats"]
TIME_ZONE = "Asia/Tbilisi"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = os.environ.get("STATIC_ROOT") or BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

# Static files straight from the apps here; production collects them hashed and compressed for
# WhiteNoise (production.py). Media: local files unless AWS_STORAGE_BUCKET_NAME names an S3
# bucket; then public images and private documents there (coalition/storage.py says how).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "coalition.storage.MediaStorage"}
    # Unset values fall back to boto3's own chain (environment, instance role); None for
    # the endpoint means AWS itself.
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_S3_ADDRESSING_STYLE = os.environ.get("AWS_S3_ADDRESSING_STYLE") or None  # "path" for MinIO
    # Lifetime of a document's signed URL: the browser follows the redirect at once.
    AWS_QUERYSTRING_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "120"))
    # /documents/<id>/<file> checks the collection's privacy, then redirects to a signed URL.
    # Not with local files: their redirect target would be a public /media/ URL.
    WAGTAILDOCS_SERVE_METHOD = "redirect"
    # Where pages load images from, for the Content-Security-Policy's img-src: the custom
    # domain, else the bucket's URL as boto3 builds it (path style on a custom endpoint).
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_IMG_SOURCES = [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    elif AWS_S3_ENDPOINT_URL:
        scheme, host = urlsplit(AWS_S3_ENDPOINT_URL)[:2]
        if AWS_S3_ADDRESSING_STYLE == "virtual":
            host = f"{AWS_STORAGE_BUCKET_NAME}.{host}"
        MEDIA_IMG_SOURCES = [f"{scheme}://{host}"]
    else:
        MEDIA_IMG_SOURCES = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"]
else:
    MEDIA_IMG_SOURCES = []  # local media come from the site itself

# Complex page models exceed Django's default of 1000 form fields in Wagtail's editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Civil Society Coalition")
# Host and port of the default Wagtail Site that bootstrap_site creates; they make the absolute
# URLs in hreflang/canonical links and the sitemap. Change them later in admin → Settings → Sites.
SITE_HOSTNAME = os.environ.get("SITE_HOSTNAME", "localhost")
SITE_PORT = int(os.environ.get("SITE_PORT", "80"))
# Links in workflow e-mails: this address where the environment sets it, otherwise the default
# Site's (hostname and port above, or as changed in Settings → Sites; moderation.notifications).
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
# A pasted URL of one of the site's pages becomes a link to that page only when it is the
# page's exact URL: Wagtail's default ("all") asks to confirm near matches in a dialog that
# names the page by its draft title, which may be another section's unpublished text.
WAGTAILADMIN_EXTERNAL_LINK_CONVERSION = "exact"

# Wagtail's database backend (PostgreSQL, or SQLite's FTS5) with Georgian/Azerbaijani-aware
# queries (search/backends); pages index analysed tokens beside their text (search/indexing).
# "simple": PostgreSQL must not stem the tokens a second time with its English configuration.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"},
}
# OpenSearch or Elasticsearch when the deployment outgrows one machine: the same analysed fields
# and queries. modelsearch names an index per root model (wagtailcore_page, ...); SEARCH_INDEX
# is the prefix that keeps two sites on one cluster apart.
SEARCH_SERVERS = {
    "OPENSEARCH_URL": "search.backends.opensearch",
    "ELASTICSEARCH_URL": "search.backends.elasticsearch",
}
if len([name for name in SEARCH_SERVERS if os.environ.get(name)]) > 1:
    raise ImproperlyConfigured("Set OPENSEARCH_URL or ELASTICSEARCH_URL, not both.")
for name, backend in SEARCH_SERVERS.items():
    if os.environ.get(name):
        WAGTAILSEARCH_BACKENDS["default"] = {
            "BACKEND": backend,
            "URLS": env_list(name),
            "INDEX_PREFIX": f"{os.environ.get('SEARCH_INDEX', 'coalition')}_",
        }

# Uploads. Wagtail checks images' size, pixel count and real format, and documents' extension
# and size; coalition/uploads.py adds that a document's content matches its extension and that
# its stored name fits the file system. SVG stays out: it can carry scripts.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "coalition.uploads.DocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Decoding an image takes about 4 bytes per pixel in each rendition; 50 megapixels covers any
# camera photo, while Wagtail's default (128) lets one small crafted file take half a gigabyte.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000

# Content Security Policy (django-csp; coalition/csp.py picks the policy). Public pages load
# only our own files, with no inline scripts or styles, and frame only the video sites an
# EmbedBlock may show (add others here). Wagtail's admin renders inline scripts and style
# attributes, so its paths get a looser policy. Admin avatars are not fetched from Gravatar:
# that would tell a third party which editors are signed in.
EMBED_FRAME_SOURCES = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "media-src": [SELF],
        "font-src": [SELF],
        "frame-src": EMBED_FRAME_SOURCES,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        # Wagtail's dashboard asks releases.wagtail.org whether a newer version exists.
        "connect-src": [SELF, "https://releases.wagtail.org"],
        "frame-src": [SELF, *EMBED_FRAME_SOURCES],
        # The page editor's live preview frames our own preview views.
        "frame-ancestors": [SELF],
    },
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Rich text editors get the features news and project texts need, nothing that lets an
# editor inject markup (Wagtail's rich text is whitelisted on save and on render).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]},
    }
}

# Logs go to stdout. Every record carries the request's id, method and path
# (coalition/logging.py); production writes one JSON object per line ("json"), elsewhere
# plain text.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "coalition.logging.RequestContextFilter"}},
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s: %(message)s"},
        "json": {"()": "coalition.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request"],
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task run (search index, reference index): noise.
        "django_tasks": {"level": "WARNING"},
    },
}
