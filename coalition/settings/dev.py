"""Local development: DEBUG on, a throwaway secret, any local host."""

from .base import *  # noqa: F401,F403
from .base import env_bool, env_list

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
SITE_HOSTNAME = os.environ.get("SITE_HOSTNAME", "127.0.0.1")  # noqa: F405
SITE_PORT = int(os.environ.get("SITE_PORT", "8000"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Wagtail logs every page action at INFO; in development that drowns the console.
LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}  # noqa: F405
