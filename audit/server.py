"""The demo site served as in production: a fresh database (a SQLite file in a temporary folder,
or AUDIT_DATABASE_URL), migrated and loaded with the demo content, static files collected
(hashed, compressed), gunicorn with the production settings on a free loopback port."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKERS = 2
# A Redis database number of the audit's own (tests use 12), keys under a prefix of this run.
REDIS_URL = "redis://127.0.0.1:6379/14"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_answers(url=REDIS_URL):
    try:
        import redis

        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except Exception:  # no client, no server, refused: the local-memory cache then
        return False


def server_environment(workdir, database_url=None, use_redis=True):
    """The environment production is configured by, for a site living in ``workdir``."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "OPENSEARCH", "ELASTICSEARCH"))},
        "DJANGO_SETTINGS_MODULE": "audit.settings",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url or f"sqlite:///{workdir}/audit.sqlite3",
        "STATIC_ROOT": str(Path(workdir) / "static"),
        "AUDIT_MEDIA_ROOT": str(Path(workdir) / "media"),
        # Plain HTTP on loopback: no redirect to HTTPS, and no HSTS for 127.0.0.1.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
    }
    env.pop("REDIS_URL", None)
    if use_redis and redis_answers():
        env.update(REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX="audit-" + secrets.token_hex(4))
    return env


def prepare_site(env, log):
    """Migrate, load the demo content and collect the static files, as a deployment does."""
    for command in (
        ["migrate", "--no-input", "-v0"],
        ["load_demo_content"],
        ["collectstatic", "--no-input", "-v0"],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, stdout=log, stderr=subprocess.STDOUT
        )


def status_of(url, timeout=30):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_until_answering(base, server, log_path, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited ({server.returncode}):\n{tail(log_path)}")
        try:
            if status_of(base + "/healthz", timeout=5) == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer within {seconds} s:\n{tail(log_path)}")


def tail(path, lines=30):
    return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])


@contextmanager
def production_site(database_url=None, keep=False, log=print):
    """``(base URL, environment)`` of the demo site served by gunicorn as in production; everything it made
    (the temporary folder, gunicorn's process group) removed on leaving, whatever happened."""
    workdir = tempfile.mkdtemp(prefix="coalition-audit-")
    env = server_environment(workdir, database_url)
    log_path = Path(workdir) / "server.log"
    server = None
    try:
        log(f"Preparing the site in {workdir} (database {env['DATABASE_URL']}) …")
        with open(log_path, "w") as prepare_log:
            prepare_site(env, prepare_log)
        port = free_port()
        command = [
            str(Path(sys.executable).parent / "gunicorn"),
            "coalition.wsgi",
            *("--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--log-level", "warning"),
        ]
        with open(log_path, "a") as server_log:
            # A session of its own: stopping its process group stops the workers too.
            server = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True
            )
        base = f"http://127.0.0.1:{port}"
        wait_until_answering(base, server, log_path)
        log(f"Serving {base} (production settings, {WORKERS} gunicorn workers)")
        yield base, env
    finally:
        if server is not None:
            stop(server)
        if keep:
            log(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def stop(server):
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    except ProcessLookupError:
        pass
