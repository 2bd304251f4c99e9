"""The whole-page benchmark's command (``python -m benchmarks.pages``, see the package): every
kind of public page, then an editor's publish, then search under load; figures and budgets."""

import os
import shutil
import tempfile
from urllib.parse import unquote

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from wagtail.models import Page

from benchmarks.database import refuse_unless_bench_database
from benchmarks.pages import load, urls
from benchmarks.pages.publishing import time_publishing
from benchmarks.pages.timing import time_url
from benchmarks.search.pages import bench_pages
from benchmarks.search.runner import BenchSearchCommand

SEARCH_BUDGET_P95_MS = 30.0
PAGE_BUDGET_P95_MS = 15.0
QUERY_BUDGET = 12
PUBLISH_BUDGET_MS = 1000.0
LOAD_BUDGET_PER_S = 100.0  # the search page's
LOAD_CONNECTIONS = 32
WARM_UP_SECONDS = 2


def _queries(timing):
    fewest, most = timing.queries
    return str(most) if fewest == most else f"{fewest}–{most}"


class BenchPagesCommand(BaseCommand):
    help = (
        "Whole-page benchmark on a database filled by `python -m benchmarks.search --setup N`: every kind of "
        "public page (p50/p95, SQL queries), an editor's publish, and search under load (gunicorn + wrk)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=30, help="timed requests per URL (default 30)")
        parser.add_argument(
            "--only", default="", help="only the URLs whose name or URL contains this (then no publishing or load)"
        )
        parser.add_argument("--no-load", action="store_true", help="skip the load test (gunicorn and wrk)")
        parser.add_argument("--load-seconds", type=int, default=30, help="seconds of wrk per URL kind (default 30)")
        parser.add_argument(
            "--load-queries", type=int, default=50, help="different queries the load cycles through (default 50)"
        )
        parser.add_argument("--no-publish", action="store_true", help="skip timing an editor's publish")
        parser.add_argument(
            "--force", action="store_true", help="run on a database whose name says neither 'bench' nor 'test'"
        )

    def handle(self, *args, repeat, only, no_load, load_seconds, load_queries, no_publish, force, **options):
        refuse_unless_bench_database(force, "the benchmark publishes and deletes news items", "bench-pages")
        if repeat < 2 or load_seconds < 1 or load_queries < 1:
            raise CommandError("--repeat must be at least 2, --load-seconds and --load-queries at least 1.")
        write = self.stdout.write
        write(BenchSearchCommand().machine())
        live, synthetic = Page.objects.live().count(), bench_pages().count()
        name = connection.settings_dict["NAME"]
        write(f"Database {name}: {live} live pages ({synthetic} synthetic news items of the search benchmark)")
        if not synthetic:
            write("(no synthetic pages: fill the database with `python -m benchmarks.search --setup N` first)")
        # The pages as a reader gets them uncached, without DEBUG's bookkeeping of every statement.
        with override_settings(
            DEBUG=False, PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]
        ):
            self.time_pages(repeat, only.casefold())
            if not only and not no_publish:
                self.time_publishing()
        if not only and not no_load:
            self.time_load(load_seconds, load_queries)

    def time_pages(self, repeat, only):
        write = self.stdout.write
        client = Client(raise_request_exception=False)  # a failing view is a 500 in the report
        targets = []
        for target in urls.page_targets():
            targets.append(target)
            if target.name == "sitemap":
                targets += urls.sitemap_section_targets(client, target.url)
        if only:
            targets = [t for t in targets if only in t.name.casefold() or only in unquote(t.url or "").casefold()]
        write(
            f"\nPages: p50 / p95 ms of {repeat} requests after 2 untimed, the median ms spent in SQL, "
            "the SQL queries of one request "
            f"(budget: search p95 ≤ {SEARCH_BUDGET_P95_MS:.0f} ms, other pages p95 ≤ {PAGE_BUDGET_P95_MS:.0f} ms, "
            f"≤ {QUERY_BUDGET} queries; DEBUG off, page cache off)"
        )
        write(f"{'':<28} status     p50     p95  of it SQL  queries  verdict  URL")
        over, failed, missing = [], [], []
        for target in targets:
            if target.url is None:
                missing.append(f"{target.name} ({target.missing})")
                continue
            timing = time_url(client, target.url, repeat)
            budget = SEARCH_BUDGET_P95_MS if target.search else PAGE_BUDGET_P95_MS
            within = timing.status == 200 and timing.p95 <= budget and timing.most_queries <= QUERY_BUDGET
            (over if timing.status == 200 else failed).extend([] if within else [target.name])
            write(
                f"{target.name:<28} {timing.status:>6} {timing.p50:7.1f} {timing.p95:7.1f} {timing.sql_p50:10.1f} "
                f"{_queries(timing):>8}  "
                f"{'OK' if within else 'OVER':<7}  {unquote(target.url)}"
            )
        timed = len(targets) - len(missing)
        within = timed - len(over) - len(failed)
        write(f"Within budget: {within} of {timed}" + (f"; over: {', '.join(over)}" if over else ""))
        if failed:
            write("Not answered with 200: " + ", ".join(failed))
        if missing:
            write("Not in this database, not timed: " + "; ".join(missing))

    def time_publishing(self):
        timing = time_publishing()
        if timing is None:
            self.stdout.write("\nPublishing: not timed, no news index in Georgian")
            return
        fewest, most = timing.queries
        queries = str(most) if fewest == most else f"{fewest}–{most}"
        verdict = "OK" if timing.max < PUBLISH_BUDGET_MS else "OVER"
        commit = "with" if timing.on_commit_included else "WITHOUT (inside a transaction)"
        self.stdout.write(
            f"\nPublishing a news item (5 new drafts under the Georgian news index, page cache on, {commit} what "
            f"runs on commit): p50 {timing.p50:.0f} ms, max {timing.max:.0f} ms, {queries} queries "
            f"(budget < {PUBLISH_BUDGET_MS:.0f} ms: {verdict})"
        )

    def time_load(self, seconds, query_count):
        write = self.stdout.write
        if shutil.which("wrk") is None:
            write("\nLoad: not measured, wrk is not installed")
            return
        search, api = urls.load_paths(query_count)
        cache = "Redis" if os.environ.get("REDIS_URL") else "local-memory"
        write(
            f"\nLoad: gunicorn, {load.WORKERS} workers, production settings, page cache off ({cache} Django cache); "
            f"wrk -t 2 -c {LOAD_CONNECTIONS} for {seconds} s through {len(search)} different ka/az queries "
            f"(after {WARM_UP_SECONDS} s untimed)"
        )
        fd, log_path = tempfile.mkstemp(prefix="bench-pages-gunicorn-", suffix=".log")
        os.close(fd)
        try:
            with load.gunicorn_server(log_path) as base:
                for name, paths, budget in (("search page", search, LOAD_BUDGET_PER_S), ("API search", api, None)):
                    self.load_one(base, name, paths, seconds, budget)
            errors = load.logged_errors(log_path)
            if errors:
                write(f"gunicorn logged {len(errors)} errors; the first: {errors[0][:500]}")
        finally:
            os.unlink(log_path)

    def load_one(self, base, name, paths, seconds, budget):
        # Every path once (also a check that each is a 200), then a short untimed run that warms
        # both workers.
        statuses = [load.status_of(base + path) for path in paths]
        load.run_wrk(base, paths, WARM_UP_SECONDS, LOAD_CONNECTIONS)
        result = load.run_wrk(base, paths, seconds, LOAD_CONNECTIONS)
        verdict = ""
        if budget is not None:
            verdict = f" (budget ≥ {budget:.0f}/s: {'OK' if result.requests_per_s >= budget else 'OVER'})"
        errors = f"; socket errors {result.socket_errors}" if result.socket_errors else ""
        self.stdout.write(
            f"{name:<12} {result.requests_per_s:6.1f} requests/s, median {result.median_ms:.0f} ms, "
            f"p99 {result.p99_ms:.0f} ms, non-2xx {result.not_2xx}{verdict}{errors}"
        )
        not_ok = sorted({status for status in statuses if status != 200})
        if not_ok:
            self.stdout.write(f"  before the run, {sum(s != 200 for s in statuses)} of its URLs answered {not_ok}")
