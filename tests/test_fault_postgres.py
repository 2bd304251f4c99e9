"""PostgreSQL down: readers get a 503 page in their language with Retry-After (no 500, no
traceback), /healthz names the database, and both recover when it is back, without restarting
the app (coalition.views.server_error, templates/503.html).

The site runs as in production (gunicorn, production settings, collected static files) on a
PostgreSQL server of this test's own: initdb + pg_ctl in a temporary directory on a free port,
stopped and started again mid-test. The shared server at 5432 is never touched.
"""

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests
from django.db import OperationalError
from django.test import RequestFactory

from coalition.serving import free_port
from coalition.views import server_error

PG_BIN = Path("/usr/lib/postgresql/15/bin")
ROOT = Path(__file__).resolve().parent.parent
HTTPS = {"X-Forwarded-Proto": "https"}  # what the TLS proxy in front of gunicorn adds


class PostgresServer:
    """A throwaway cluster in ``directory``; as the ``postgres`` user when run as root (PostgreSQL
    refuses to run as root)."""

    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.prefix = []
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root and there is no postgres user to run PostgreSQL as")
            os.chown(directory, user.pw_uid, user.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]

    def run(self, program, *args):
        subprocess.run(
            [*self.prefix, str(PG_BIN / program), *args],
            cwd=self.directory,
            check=True,
            capture_output=True,
            timeout=60,
        )

    def create(self, database):
        self.run(
            "initdb",
            "-D",
            f"{self.directory}/data",
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        self.start()
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", database)

    def start(self):
        self.run(
            "pg_ctl",
            "-D",
            f"{self.directory}/data",
            "-l",
            f"{self.directory}/log",
            "-w",
            "start",
            "-o",
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off",
        )

    def stop(self, mode="fast"):
        self.run("pg_ctl", "-D", f"{self.directory}/data", "-m", mode, "-w", "stop")


@pytest.fixture
def site_on_own_postgres():
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        pytest.skip(f"no PostgreSQL server binaries in {PG_BIN}")
    directory = tempfile.mkdtemp(prefix="coalition-pg-")
    server = PostgresServer(directory)
    gunicorn = None
    try:
        server.create("coalition_fault")
        env = {
            **{
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("AWS_", "OPENSEARCH", "ELASTICSEARCH", "REDIS_URL", "PAGE_CACHE"))
            },
            "DJANGO_SETTINGS_MODULE": "coalition.settings.production",
            "SECRET_KEY": "fault-test-" + "k" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{server.port}/coalition_fault",
            "STATIC_ROOT": f"{directory}/static",
            "MEDIA_ROOT": f"{directory}/media",
            # Pages cached in the process's memory (one worker): served even while the database is away.
            "PAGE_CACHE_SECONDS": "600",
        }
        for command in (["migrate", "--no-input"], ["bootstrap_site"], ["collectstatic", "--no-input"]):
            subprocess.run(
                [sys.executable, "manage.py", *command, "-v0"],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                timeout=120,
            )
        port = free_port()
        gunicorn = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "coalition.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        base = f"http://127.0.0.1:{port}"
        wait_until(lambda: get(f"{base}/healthz").status_code == 200, gunicorn)
        yield type("Site", (), {"url": base, "database": server, "gunicorn": gunicorn})
    finally:
        if gunicorn is not None:
            gunicorn.terminate()
            gunicorn.wait(timeout=20)
        try:
            server.stop("immediate")
        except subprocess.CalledProcessError:
            pass  # not running
        shutil.rmtree(directory, ignore_errors=True)


def get(url, **headers):
    return requests.get(url, headers={**HTTPS, **headers}, allow_redirects=False, timeout=10)


def wait_until(condition, gunicorn=None, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except requests.RequestException:
            assert gunicorn is None or gunicorn.poll() is None, gunicorn.stdout.read()
        time.sleep(0.2)
    raise AssertionError(f"not within {seconds} s")


UNAVAILABLE = {
    "ka": "საიტი დროებით მიუწვდომელია",
    "az": "Sayt müvəqqəti olaraq əlçatan deyil",
    "en": "The site is temporarily unavailable",
}


def test_database_down_gives_a_503_page_in_the_readers_language_and_recovers(site_on_own_postgres):
    base, database = site_on_own_postgres.url, site_on_own_postgres.database
    assert get(f"{base}/ka/").status_code == 200
    assert get(f"{base}/ka/").headers["X-Cache"] == "hit"

    database.stop()
    for url, language in [("/ka/news/", "ka"), ("/az/", "az"), ("/en/news/", "en"), ("/az/members/", "az")]:
        response = get(base + url)
        assert response.status_code == 503, url
        assert response.headers["Retry-After"] == "30"
        assert response.headers["Content-Language"] == language
        assert "no-store" in response.headers["Cache-Control"]
        text = response.text
        assert UNAVAILABLE[language] in text and f'lang="{language}"' in text, (url, text)
        assert "Traceback" not in text and "OperationalError" not in text
        # Its stylesheet is a collected static file, served without the database.
        stylesheet = text.split('rel="stylesheet" href="')[1].split('"')[0]
        assert get(base + stylesheet).status_code == 200
    # A page already in the page cache is still served; a reader with a session (a login, a
    # page password) is not served from it, and the session's lookup fails in a middleware:
    # the same 503, not a 500.
    assert get(f"{base}/ka/").headers["X-Cache"] == "hit"
    with_session = get(f"{base}/ka/", Cookie="sessionid=abcdefghijklmnopqrstuvwxyz012345")
    assert with_session.status_code == 503 and UNAVAILABLE["ka"] in with_session.text
    # Anything else without a prefix: the browser's language.
    admin = get(
        f"{base}/admin/pages/", Cookie="sessionid=abcdefghijklmnopqrstuvwxyz012345", **{"Accept-Language": "az"}
    )
    assert admin.status_code == 503 and UNAVAILABLE["az"] in admin.text

    health = get(f"{base}/healthz")
    assert health.status_code == 503
    assert health.json()["checks"]["database"] == "error"

    # Back, with the same gunicorn worker: its dead persistent connection is replaced.
    database.start()
    wait_until(lambda: get(f"{base}/ka/news/").status_code == 200, seconds=15)
    assert get(f"{base}/az/").status_code == 200
    health = get(f"{base}/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    assert site_on_own_postgres.gunicorn.poll() is None


def handled(exception, path, **headers):
    """What ``handler500`` answers for ``exception``, raised while handling ``path``."""
    try:
        raise exception
    except Exception:
        return server_error(RequestFactory().get(path, **headers))


def test_other_server_errors_keep_the_500_page():
    response = handled(ValueError("a bug"), "/ka/news/")
    assert response.status_code == 500 and "Retry-After" not in response


@pytest.mark.parametrize(
    "path, headers, language",
    [
        ("/ka/news/", {"HTTP_ACCEPT_LANGUAGE": "en"}, "ka"),  # the prefix wins
        ("/az/", {}, "az"),
        ("/admin/", {"HTTP_ACCEPT_LANGUAGE": "en"}, "en"),
        ("/healthz", {}, "ka"),
    ],
)
def test_database_errors_get_the_503_page_in_the_language_of_the_url(path, headers, language):
    response = handled(OperationalError("connection refused"), path, **headers)
    assert response.status_code == 503 and response["Content-Language"] == language
    assert UNAVAILABLE[language] in response.content.decode()
