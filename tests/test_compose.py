"""The deployment recipe's compose.yaml, checked without Docker (which cannot run on these
machines): the settings its web service gets, loaded as the container would load them. gunicorn
itself is run against the real services in test_deployment.py."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def compose_value(value, secrets):
    """A compose.yaml value with its ${NAME:-default} / ${NAME:?error} / ${NAME} references
    filled in as `docker compose` would from an .env holding ``secrets``."""

    def fill(match):
        name, op, default = match.group(1), match.group(2) or "", match.group(3) or ""
        return secrets.get(name) or (default if op == ":-" else "")

    return re.sub(r"\$\{(\w+)(:-|:\?)?([^}]*)\}", fill, str(value))


def test_compose_web_service_configures_every_production_part():
    """The settings compose.yaml's web service gets, loaded as the container would load them:
    PostgreSQL, Redis, OpenSearch and the MinIO bucket are all used, not silently defaulted."""
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    assert set(compose["services"]) >= {"web", "db", "redis", "search", "minio", "bucket"}
    secrets = {"SECRET_KEY": "compose-test-" + "s" * 50, "POSTGRES_PASSWORD": "pg", "MINIO_PASSWORD": "minio"}
    env = {name: compose_value(value, secrets) for name, value in compose["services"]["web"]["environment"].items()}
    probe = (
        "import json, django; django.setup(); from django.conf import settings as s; print(json.dumps({"
        "'db': s.DATABASES['default']['HOST'], 'cache': s.CACHES['default']['BACKEND'],"
        "'storage': s.STORAGES['default']['BACKEND'], 'bucket': s.AWS_STORAGE_BUCKET_NAME,"
        "'search': s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], 'debug': s.DEBUG}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": os.environ["PATH"], **env},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "db": "db",
        "cache": "coalition.cache.ResilientRedisCache",
        "storage": "coalition.storage.MediaStorage",
        "bucket": "coalition-media",
        "search": "search.backends.opensearch",
        "debug": False,
    }
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "collectstatic" in dockerfile and '"gunicorn", "coalition.wsgi"' in dockerfile
