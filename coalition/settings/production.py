"""Production: refuses to start without a secret key and allowed hosts.

Behind a TLS-terminating proxy that sets X-Forwarded-Proto; HSTS and secure cookies on.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import env_bool

DEBUG = False

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail sets SAMEORIGIN on its own preview views, so everything else can refuse framing.
X_FRAME_OPTIONS = "DENY"
# Load balancers and orchestrators probe the health check over plain HTTP, without the
# proxy's X-Forwarded-Proto; a redirect would read as "down".
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# One JSON object per line on stdout (time, level, logger, message, request id, method, path,
# status, exception), for the log collector.
LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405

# Static files: `collectstatic` writes them with content hashes in their names, plus gzip copies,
# and WhiteNoise serves them from the app itself with far-future caching (the names change
# whenever the content does). Right after SecurityMiddleware, so the HTTPS redirect comes first
# and nothing else runs for a static file.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MIDDLEWARE = list(MIDDLEWARE)  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "whitenoise.middleware.WhiteNoiseMiddleware"
)
