"""The whole-page benchmark's command: pages, then publishing, then load (see the package)."""

import random
import statistics
import time
from urllib.parse import quote

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings

from benchmarks.pages import load, urls
from benchmarks.pages.publishing import time_publishing
from benchmarks.search.runner import BenchSearchCommand, percentile
from benchmarks.search.texts import corpus, make_queries

SEARCH_BUDGET_P95_MS = 30.0
PAGE_BUDGET_P95_MS = 15.0
QUERY_BUDGET = 12
LOAD_BUDGET_PER_S = 100.0
PUBLISH_BUDGET_MS = 1000.0


def timed_request(client, url):
    """(status, ms, SQL statements) of one request through the site's views."""
    statements = []

    def count(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    return response.status_code, elapsed, len(statements)


class BenchPagesCommand(BaseCommand):
    help = "Whole responses of every kind of public page, publishing, and search under load."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=30, help="timed requests per URL (default 30)")
        parser.add_argument("--only", default="", help="only the URLs whose name contains this")
        parser.add_argument("--load-seconds", type=int, default=30, help="seconds of wrk per target (default 30)")
        parser.add_argument("--no-load", action="store_true", help="skip the load test (gunicorn + wrk)")
        parser.add_argument("--no-publish", action="store_true", help="skip timing a publish")
        parser.add_argument("--force", action="store_true", help="run on a database not named bench or test")

    def handle(self, *args, repeat, only, load_seconds, no_load, no_publish, force, **options):
        name = str(connection.settings_dict.get("NAME") or "")
        if not force and "bench" not in name and "test" not in name:
            raise CommandError(f"{name!r} is not a benchmark database (it publishes pages); use --force.")
        if repeat < 2:
            raise CommandError("--repeat must be at least 2.")
        self.stdout.write(BenchSearchCommand().machine())
        self.stdout.write(f"live pages: {urls.live_pages()}")
        with override_settings(
            DEBUG=False, PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]
        ):
            self.time_pages(repeat, only)
            if not no_publish and not only:
                self.time_publishing()
        if not no_load and not only:
            self.time_load(load_seconds)

    def time_pages(self, repeat, only):
        client = Client()
        targets = urls.page_urls()
        sitemap_page = urls.last_sitemap_page(client)
        targets = [(n, sitemap_page if u is None else u, k) for n, u, k in targets if u or sitemap_page]
        self.stdout.write(f"\npages: p50 / p95 of {repeat} requests after 2 warm-up, SQL queries of one")
        for name, url, kind in targets:
            if only and only not in name:
                continue
            for _ in range(2):
                status, _ms, queries = timed_request(client, url)
            timings = [timed_request(client, url)[1] for _ in range(repeat)]
            p50, p95 = statistics.median(timings), percentile(timings, 95)
            budget = SEARCH_BUDGET_P95_MS if kind == "search" else PAGE_BUDGET_P95_MS
            verdict = "OK" if status == 200 and p95 <= budget and queries <= QUERY_BUDGET else "OVER"
            self.stdout.write(
                f"{name:<28} {status} {p50:7.1f} / {p95:7.1f} ms {queries:3d} queries "
                f"(budget p95 ≤ {budget:.0f} ms, ≤ {QUERY_BUDGET} queries: {verdict})  {url}"
            )

    def time_publishing(self):
        p50, worst, queries = time_publishing()
        verdict = "OK" if worst < PUBLISH_BUDGET_MS else "OVER"
        self.stdout.write(
            f"\npublishing a news item: p50 {p50:.0f} ms, max {worst:.0f} ms, {queries} queries "
            f"(budget < {PUBLISH_BUDGET_MS:.0f} ms: {verdict})"
        )

    def time_load(self, seconds):
        queries = make_queries(corpus(), 60, random.Random(1))
        search = [f"/{language}/search/?q={quote(query)}" for language, _kind, query in queries if language != "en"]
        api = [f"/api/v2/pages/?search={quote(query)}&locale={language}" for language, _kind, query in queries]
        self.stdout.write(
            f"\nload: gunicorn, 2 workers, production settings, page cache off; wrk -c 32 for {seconds} s"
        )
        for name, figures in load.under_load([("search page", search), ("API search", api)], seconds).items():
            verdict = ""
            if name == "search page":
                met = "OK" if figures["rate"] >= LOAD_BUDGET_PER_S else "OVER"
                verdict = f" (budget ≥ {LOAD_BUDGET_PER_S:.0f}/s: {met})"
            self.stdout.write(
                f"{name:<12} {figures['rate']:6.1f} requests/s, median {figures['median']}, p99 {figures['p99']}, "
                f"non-2xx {figures['non_2xx']}{verdict}"
            )
