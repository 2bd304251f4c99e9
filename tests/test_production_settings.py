"""The Content Security Policy: strict on public pages, looser on the admin (in a real browser:
test_browser_csp.py). Plus what production adds for the health check. (check --deploy and the
refusal to start half-configured: test_settings.py.)"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings

from .test_settings import PRODUCTION


def policy(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.django_db
def test_public_pages_get_the_strict_policy(client, site):
    for path in ("/ka/", "/az/news/", "/ka/search/?q=x", "/ka/no-such-page/"):
        directives = policy(client.get(path))
        assert directives["default-src"] == ["'self'"]
        assert directives["script-src"] == ["'self'"]
        assert directives["style-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert "'unsafe-inline'" not in json.dumps(directives) and "'unsafe-eval'" not in json.dumps(directives)


@pytest.mark.django_db
def test_the_admin_gets_its_own_policy(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-test-password")
    login = policy(client.get("/admin/login/"))
    client.force_login(user)
    for directives in (login, policy(client.get("/admin/"))):
        assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
        assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
        assert directives["frame-ancestors"] == ["'self'"]
        assert "'unsafe-eval'" not in json.dumps(directives)


@pytest.mark.django_db
def test_images_may_come_from_where_the_storage_serves_them(client):
    with override_settings(MEDIA_URL="https://media.example.org/coalition/"):
        directives = policy(client.get("/robots.txt"))
    assert directives["img-src"] == ["'self'", "https://media.example.org"]
    assert "https://media.example.org" in directives["media-src"]
    assert "https://media.example.org" not in policy(client.get("/robots.txt"))["img-src"]
    # The S3 settings' image origin (a CDN in front of the bucket), on the admin too.
    with override_settings(MEDIA_IMG_SOURCES=["https://cdn.example.org"]):
        assert "https://cdn.example.org" in policy(client.get("/admin/login/"))["img-src"]


def test_public_templates_have_no_inline_scripts_or_styles():
    """The public policy refuses them, so a template that adds one breaks in the browser."""
    inline = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=|javascript:", re.I)
    templates = [path for folder in settings.TEMPLATES[0]["DIRS"] for path in Path(folder).rglob("*.html")]
    templates += [
        path
        for app in ("home", "news", "partners", "search", "coalition")
        for path in (settings.BASE_DIR / app / "templates").rglob("*.html")
    ]
    assert templates
    offending = {
        str(path.relative_to(settings.BASE_DIR)): inline.findall(path.read_text())
        for path in templates
        if inline.search(path.read_text())
    }
    assert offending == {}


def test_production_redirects_all_but_the_health_check_and_sends_the_same_policies():
    """Probes come over plain HTTP without the proxy's header; everything else is redirected.
    The policies are those the other tests (and the browser test) check."""
    script = """
import json, tempfile
from django.conf import settings
from django.test import Client, override_settings
client = Client()
with override_settings(MEDIA_ROOT=tempfile.mkdtemp()):
    health, page = client.get("/healthz"), client.get("/ka/")
print("STATUS", health.status_code, page.status_code, page.get("Location"))
print("POLICIES", json.dumps([settings.CONTENT_SECURITY_POLICY, settings.CONTENT_SECURITY_POLICY_ADMIN]))
"""
    env = {**PRODUCTION, "ALLOWED_HOSTS": "testserver", "DATABASE_URL": "sqlite:///:memory:"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    printed = {
        line.split(" ", 1)[0]: line.split(" ", 1)[1]
        for line in result.stdout.splitlines()
        if line.startswith(("STATUS", "POLICIES"))
    }
    status = printed["STATUS"].split()
    # 503: an empty in-memory database has no search index; what matters is "not a redirect".
    assert status[0] in {"200", "503"}
    assert status[1:] == ["301", "https://testserver/ka/"]
    assert json.loads(printed["POLICIES"]) == json.loads(
        json.dumps([settings.CONTENT_SECURITY_POLICY, settings.CONTENT_SECURITY_POLICY_ADMIN])
    )
