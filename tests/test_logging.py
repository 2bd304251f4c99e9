"""Request ids and structured logs: every response names its request id, and with the production
settings an error is one JSON line on stdout carrying that id, while the 500 page still renders."""

import json
import re
import subprocess
import sys

import pytest
from django.conf import settings

from .test_settings import PRODUCTION

pytestmark = pytest.mark.django_db


def test_every_response_has_its_own_request_id(client):
    ids = [client.get(path)["X-Request-ID"] for path in ("/admin/login/", "/admin/login/", "/robots.txt", "/ka/")]
    assert all(re.fullmatch(r"[0-9a-f]{32}", request_id) for request_id in ids)
    assert len(set(ids)) == len(ids)


def test_a_sane_incoming_request_id_is_kept(client):
    for incoming in ("0f8fad5b-d9cb-469f-a165-70867728950e", "lb-1718000000.123:abc"):
        assert client.get("/admin/login/", headers={"X-Request-ID": incoming})["X-Request-ID"] == incoming


@pytest.mark.parametrize("incoming", ["short", "x" * 200, "id with spaces", '{"level": "forged"}', "ü" * 10])
def test_an_odd_incoming_request_id_is_replaced(client, incoming):
    answered = client.get("/admin/login/", headers={"X-Request-ID": incoming})["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", answered)


# Runs in a process of its own with the production settings, so that what is checked is the
# LOGGING that production configures, writing to the real stdout.
PRODUCTION_ERROR_SCRIPT = """
import sys, types
from importlib import import_module
from django.test import Client, override_settings
from django.urls import path

def broken_view(request):
    raise RuntimeError("the view broke")

urls = types.ModuleType("broken_urls")
urls.urlpatterns = [path("broken/", broken_view), *import_module("coalition.urls").urlpatterns]
sys.modules["broken_urls"] = urls
# Static files as collected by the image's build are not there in a test checkout.
storages = {"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
with override_settings(ROOT_URLCONF="broken_urls", STORAGES=storages):
    response = Client(raise_request_exception=False).get(
        "/broken/", secure=True, headers={"X-Request-ID": "req-0001-from-the-proxy"})
sys.stdout.flush()
print("RESPONSE", response.status_code, response["X-Request-ID"], file=sys.stderr)
print(response.content.decode(), file=sys.stderr)
"""


@pytest.fixture(scope="module")
def production_error():
    env = {**PRODUCTION, "ALLOWED_HOSTS": "testserver", "DATABASE_URL": "sqlite:///:memory:", "LOG_LEVEL": "INFO"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PRODUCTION_ERROR_SCRIPT],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_production_logs_an_error_as_one_json_line_with_the_request_id(production_error):
    lines = [line for line in production_error.stdout.splitlines() if line.strip()]
    records = [json.loads(line) for line in lines if line.startswith("{")]
    errors = [record for record in records if record["level"] == "ERROR"]
    assert len(errors) == 1, production_error.stdout
    error = errors[0]
    assert error["logger"] == "django.request"
    assert error["message"] == "Internal Server Error: /broken/"
    assert error["request_id"] == "req-0001-from-the-proxy"
    assert (error["method"], error["path"], error["status"]) == ("GET", "/broken/", 500)
    assert "Traceback" in error["exception"] and "RuntimeError: the view broke" in error["exception"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.*", error["time"])
    # One object per line: the traceback's line breaks are escaped inside it.
    assert sum("Traceback" in line for line in lines) == 1


def test_the_500_page_still_renders_with_the_request_id_in_its_header(production_error):
    before, _, page = production_error.stderr.partition("RESPONSE ")
    status_line, _, page = page.partition("\n")
    assert status_line == "500 req-0001-from-the-proxy"
    assert "<title>" in page and "/static/css/error.css" in page and "<style>" not in page
    assert "the view broke" not in page
