"""Settings shared by every environment.

Everything that differs between a laptop and a server comes from the environment
(``DATABASE_URL``, ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DEBUG``); ``dev``, ``test`` and
``production`` only adjust what they must.
"""

import os
from pathlib import Path

import dj_database_url
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
    "home",
    "partners",
    "news",
    "search",
    "wagtail_localize",
    # Replaces wagtail.locales with a locale admin that can also sync trees.
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
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
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Picks the language from the URL prefix (/ka/, /az/, /en/) and redirects "/" by
    # Accept-Language; must sit after sessions and before CommonMiddleware.
    "coalition.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page models exceed Django's default of 1000 form fields in Wagtail's editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Civil Society Coalition")
# Host and port of the default Wagtail Site that bootstrap_site creates; they make the absolute
# URLs in hreflang/canonical links and the sitemap. Change them later in admin → Settings → Sites.
SITE_HOSTNAME = os.environ.get("SITE_HOSTNAME", "localhost")
SITE_PORT = int(os.environ.get("SITE_PORT", "80"))
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# Wagtail's database backend (PostgreSQL, or SQLite's FTS5) with Georgian/Azerbaijani-aware
# queries (search/backends); pages index analysed tokens beside their text (search/indexing).
# "simple": PostgreSQL must not stem the tokens a second time with its English configuration.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"},
}
# OpenSearch when the deployment outgrows one machine: the same analysed fields and queries.
if os.environ.get("OPENSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "search.backends.opensearch",
        "URLS": env_list("OPENSEARCH_URL"),
        "INDEX": os.environ.get("SEARCH_INDEX", "coalition"),
    }

WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Rich text editors get the features news and project texts need, nothing that lets an
# editor inject markup (Wagtail's rich text is whitelisted on save and on render).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]
        },
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task run (search index, reference index): noise.
        "django_tasks": {"level": "WARNING"},
    },
}
