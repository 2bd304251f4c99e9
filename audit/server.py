"""The demo site served as in production: a fresh database (a SQLite file in a temporary folder,
or AUDIT_DATABASE_URL), migrated and loaded with the demo content, static files collected
(hashed, compressed), gunicorn with the production settings on a free loopback port
(coalition.serving)."""

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from coalition import serving

ROOT = Path(__file__).resolve().parents[1]
WORKERS = 2
# A Redis database number of the audit's own (tests use 12), keys under a prefix of this run.
REDIS_URL = "redis://127.0.0.1:6379/14"


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


@contextmanager
def production_site(database_url=None, keep=False, log=print):
    """``(base URL, environment)`` of the demo site served by gunicorn as in production; everything it made
    (the temporary folder, gunicorn's process group) removed on leaving, whatever happened."""
    workdir = tempfile.mkdtemp(prefix="coalition-audit-")
    env = server_environment(workdir, database_url)
    log_path = Path(workdir) / "server.log"
    try:
        log(f"Preparing the site in {workdir} (database {env['DATABASE_URL']}) …")
        with open(log_path, "w") as prepare_log:
            prepare_site(env, prepare_log)
        with serving.gunicorn_server(env, log_path, workers=WORKERS) as base:
            log(f"Serving {base} (production settings, {WORKERS} gunicorn workers)")
            yield base, env
    finally:
        if keep:
            log(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
