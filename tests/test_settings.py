"""Production settings: deploy checks pass, and the site refuses to start half-configured."""

import os
import secrets
import subprocess
import sys

from django.conf import settings

BASE = {
    k: v
    for k, v in os.environ.items()
    if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
}
PRODUCTION = {
    **BASE,
    "DJANGO_SETTINGS_MODULE": "coalition.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "coalition.example.org",
}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key_or_hosts():
    for missing in ("SECRET_KEY", "ALLOWED_HOSTS"):
        env = {k: v for k, v in PRODUCTION.items() if k != missing}
        result = manage("check", env=env)
        assert result.returncode != 0
        assert f"{missing} must be set" in result.stderr


def test_dev_settings_run_with_no_configuration_on_sqlite():
    env = {**{k: v for k, v in BASE.items() if k != "DATABASE_URL"}, "DJANGO_SETTINGS_MODULE": "coalition.settings.dev"}
    result = manage(
        "shell", "-c", "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])", env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("sqlite3")


def test_search_backend_follows_the_environment():
    script = (
        "from django.conf import settings; b = settings.WAGTAILSEARCH_BACKENDS['default']; "
        "print(b['BACKEND'], b.get('URLS'), b.get('SEARCH_CONFIG'))"
    )
    env = {**BASE, "DJANGO_SETTINGS_MODULE": "coalition.settings.dev"}
    env.pop("OPENSEARCH_URL", None)

    def printed(env):
        # The last line: Django's shell first reports what it imported automatically.
        return manage("shell", "-c", script, env=env).stdout.strip().splitlines()[-1].split()

    assert printed(env) == ["search.backends.database", "None", "simple"]
    with_opensearch = printed({**env, "OPENSEARCH_URL": "https://search.example.org:9200"})
    assert with_opensearch[:2] == ["search.backends.opensearch", "['https://search.example.org:9200']"]
