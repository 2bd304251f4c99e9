"""The site under load: gunicorn as deployed (production settings, 2 workers, page cache off)
on a free loopback port, driven by wrk through many different URLs."""

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from coalition import serving

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 2
# What the TLS proxy in front of gunicorn adds in production (HSTS, secure cookies as there).
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}
# wrk's Lua interface: each thread walks the list from its own offset, one path per request,
# and counts the answers that are not 2xx (wrk itself counts only 4xx and 5xx).
WRK_SCRIPT = """
local paths = {%(paths)s}
local threads = {}
function setup(thread)
  thread:set("position", #threads * 7)
  table.insert(threads, thread)
end
function init(args)
  not_2xx = 0
end
function request()
  position = position + 1
  return wrk.format("GET", paths[(position %% #paths) + 1], {["X-Forwarded-Proto"] = "https"})
end
function response(status, headers, body)
  if status < 200 or status > 299 then not_2xx = not_2xx + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("not_2xx") end
  io.write(string.format("not-2xx: %%d\\n", total))
end
"""


@dataclass
class LoadResult:
    requests_per_s: float
    median_ms: float
    p99_ms: float
    not_2xx: int
    socket_errors: str  # wrk's "connect 0, read 0, write 0, timeout 0", or ""


def status_of(url, timeout=60):
    """The HTTP status of a GET (sent as through the proxy), redirects not followed."""
    return serving.status_of(url, headers=PROXY_HEADERS, timeout=timeout)


def _server_env(static_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "coalition.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "benchmark-only-" + secrets.token_hex(32),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PAGE_CACHE_SECONDS": "0",
        # Plain HTTP on loopback: a request without the proxy's header must not become a 301.
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": static_root,
    }


@contextmanager
def gunicorn_server(log_path):
    """The base URL of gunicorn serving the site (coalition.serving). The static files are
    collected first: production's manifest storage refuses to render a page without them."""
    static_root = tempfile.mkdtemp(prefix="bench-pages-static-")
    env = _server_env(static_root)
    try:
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
        )
        Path(log_path).write_text("")
        with serving.gunicorn_server(env, log_path, workers=WORKERS) as base:
            yield base
    finally:
        shutil.rmtree(static_root, ignore_errors=True)


def run_wrk(base, paths, seconds, connections=32, threads=2):
    """wrk's figures for ``seconds`` of requests cycling through ``paths``."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", prefix="bench-pages-", delete=False) as script:
        script.write(WRK_SCRIPT % {"paths": ", ".join(json.dumps(path) for path in paths)})
    try:
        result = subprocess.run(
            ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s"]
            + ["--latency", "-s", script.name, base],
            capture_output=True,
            text=True,
            check=True,
            timeout=seconds + 60,
        )
    finally:
        os.unlink(script.name)
    return _parse_wrk(result.stdout)


def _ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def _parse_wrk(out):
    socket_errors = re.search(r"Socket errors: (.+)", out)
    return LoadResult(
        requests_per_s=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        median_ms=_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)),
        p99_ms=_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        not_2xx=int(re.search(r"not-2xx: (\d+)", out).group(1)),
        socket_errors=socket_errors.group(1).strip() if socket_errors else "",
    )


def logged_errors(log_path):
    """The server's log lines at ERROR or worse (production logs one JSON object a line)."""
    errors = []
    for line in Path(log_path).read_text(errors="replace").splitlines():
        try:
            level = json.loads(line).get("level", "")
        except (ValueError, AttributeError):
            level = "ERROR" if "Traceback" in line or "[ERROR]" in line else ""
        if level in ("ERROR", "CRITICAL"):
            errors.append(line)
    return errors
