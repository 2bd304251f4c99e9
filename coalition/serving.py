"""The site served by gunicorn as deployed, on a free loopback port, for the tools that measure it
from outside (the whole-page benchmark's load, benchmarks/pages/load.py; the audit, audit/server.py)
and tests that need a free port. Each tool prepares its own environment (settings, database,
static files); this starts gunicorn with it, waits until /healthz answers 200 and stops the whole
process group on leaving, whatever happened."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKERS = 2


def free_port():
    """A loopback port nothing listens on now (another process may take it before it is bound)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def status_of(url, headers=None, timeout=30):
    """The HTTP status of a GET, redirects not followed (a redirect is an answer to report)."""
    try:
        request = urllib.request.Request(url, headers=headers or {})
        with _no_redirects.open(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_no_redirects = urllib.request.build_opener(_NoRedirects)


@contextmanager
def gunicorn_server(env, log_path, workers=WORKERS, seconds=90):
    """The base URL of gunicorn serving ``coalition.wsgi`` with ``env``, its output appended to
    ``log_path``."""
    port = free_port()
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "coalition.wsgi",
        *("--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"),
    ]
    server = None
    try:
        with open(log_path, "a") as log:
            # A session of its own: stopping its process group stops the workers too.
            server = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        base = f"http://127.0.0.1:{port}"
        _wait_until_healthy(base, server, log_path, seconds)
        yield base
    finally:
        if server is not None:
            _stop(server)


def _wait_until_healthy(base, server, log_path, seconds):
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
    """The last ``lines`` of a log, for an error message."""
    return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])


def _stop(server):
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    except ProcessLookupError:
        pass
