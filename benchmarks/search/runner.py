"""The search benchmark's command (``python -m benchmarks.search``, see the package): for each N,
the pages are created and indexed (timed), then the queries are timed, and the figures printed."""

import os
import random
import statistics
import time
from pathlib import Path

import psycopg
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Locale, Page

from benchmarks.database import refuse_unless_bench_database
from benchmarks.search.pages import analyse_tables, bench_pages, create_pages, index_pages, remove_bench_pages
from benchmarks.search.texts import LANGUAGES, corpus, make_queries
from search_page.query import SearchPaginator, search_pages

BUDGET_P95_MS = 30.0
SAVEPOINTS = ("SAVEPOINT", "RELEASE", "ROLLBACK TO")
BUDGET_PAGES_PER_S = 200.0
WARM_UP = 30


# ---------------------------------------------------------------------------
# Queries (measured)
# ---------------------------------------------------------------------------


def run_query(query, locale):
    """What the search page does: the first page of 10 results and the count it shows (up to
    COUNT_LIMIT, "more than 1 000 results" beyond)."""
    page = SearchPaginator(search_pages(query, locale), 10).get_page(1)
    return len(list(page.object_list)), page.paginator.count


def exact_count(query, locale):
    """How many pages match in all (not timed: the search page does not count this far)."""
    return search_pages(query, locale).count()


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


# ---------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------


class BenchSearchCommand(BaseCommand):
    help = (
        "Search benchmark: creates N synthetic ka/az/en news pages, measures indexing throughput "
        "and query latency (p50/p95/max) through the site's own search."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "sizes",
            nargs="*",
            type=int,
            default=[10_000],
            metavar="N",
            help="numbers of pages to benchmark, one run each (default 10000)",
        )
        parser.add_argument("--queries", type=int, default=240, help="timed queries per run (default 240)")
        parser.add_argument("--seed", type=int, default=1, help="random seed of the texts and queries")
        parser.add_argument(
            "--setup",
            action="store_true",
            help="create the (PostgreSQL) database if missing, migrate, load the demo content",
        )
        parser.add_argument("--explain", action="store_true", help="always show the slowest query's EXPLAIN")
        parser.add_argument(
            "--reuse",
            action="store_true",
            help="time the queries on the pages of the previous run if it made N pages (no creating or indexing)",
        )
        parser.add_argument(
            "--force", action="store_true", help="run on a database whose name says neither 'bench' nor 'test'"
        )

    def handle(self, *args, sizes, queries, seed, setup, explain, reuse, force, **options):
        refuse_unless_bench_database(force, "the benchmark adds thousands of pages", "bench-search")
        if any(n < 1 for n in sizes):
            raise CommandError("N must be at least 1.")
        if queries < 3:
            raise CommandError("--queries must be at least 3.")
        if setup:
            self.setup()
        self.stdout.write(self.machine())
        sentences = corpus()
        # With DEBUG on (the dev settings), Django would also keep every SQL statement in memory.
        with override_settings(DEBUG=False):
            for n in sizes:
                self.run(n, queries, sentences, random.Random(seed), explain, reuse)

    def setup(self):
        if connection.vendor == "postgresql":
            params = connection.get_connection_params()
            name = params.pop("dbname")
            params = {k: v for k, v in params.items() if k in ("host", "port", "user", "password")}
            with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
                if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                    conn.execute(f'CREATE DATABASE "{name}"')
                    self.stdout.write(f"Created the database {name}.")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("load_demo_content", stdout=self.stdout)

    def machine(self):
        cpu = ""
        cpuinfo = Path("/proc/cpuinfo")
        if cpuinfo.exists():
            cpu = next(
                (
                    line.split(":", 1)[1].strip()
                    for line in cpuinfo.read_text().splitlines()
                    if line.startswith("model name")
                ),
                "",
            )
        database = connection.vendor
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SHOW server_version")
                database += " " + cursor.fetchone()[0].split()[0]
        memory = ""
        meminfo = Path("/proc/meminfo")
        if meminfo.exists():
            kb = int(meminfo.read_text().split()[1])
            memory = f", {kb / 1024 / 1024:.0f} GiB"
        # Other work on the machine slows every figure down: the load says how busy it was.
        load = " / ".join(f"{value:.1f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
        return (
            f"Machine: {os.cpu_count()} cores ({cpu or 'unknown CPU'}){memory}; database: {database}; "
            f"load average {load} (1/5/15 min)"
        )

    def run(self, n, total_queries, sentences, rng, explain, reuse=False):
        write = self.stdout.write
        write(f"\n== N = {n} pages ==")
        if reuse and bench_pages().count() == n:
            write(f"reusing the {n} pages of the previous run (not created or indexed again)")
            analyse_tables()
        else:
            self.create_and_index(n, sentences, rng)
        self.time_queries(n, total_queries, sentences, rng, explain)

    def create_and_index(self, n, sentences, rng):
        write = self.stdout.write
        removed = remove_bench_pages()
        if removed:
            write(f"removed {removed} pages of an earlier run")
        started = time.perf_counter()
        with transaction.atomic():
            ids = create_pages(n, sentences, rng)
        write(f"created {len(ids)} pages in {time.perf_counter() - started:.1f} s (bulk insert, not measured)")

        started, cpu = time.perf_counter(), time.process_time()
        index_pages(ids)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        rate = len(ids) / elapsed
        write(
            f"indexing: {len(ids)} pages in {elapsed:.1f} s = {rate:.0f} pages/s "
            f"(budget ≥ {BUDGET_PAGES_PER_S:.0f}: {'OK' if rate >= BUDGET_PAGES_PER_S else 'OVER BUDGET'})"
        )
        # On a busy machine the wall-clock rate says more about the neighbours than about us.
        write(
            f"indexing used {cpu:.1f} s of this process's CPU = {len(ids) / max(cpu, 1e-6):.0f} pages per "
            "CPU-second (PostgreSQL's own work not included)"
        )
        analyse_tables()

    def time_queries(self, n, total_queries, sentences, rng, explain):
        write = self.stdout.write
        live = Page.objects.live().count()
        write(f"index: {live} live pages in all ({n} synthetic)")

        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        warm_up = make_queries(sentences, WARM_UP, rng)
        timed = make_queries(sentences, total_queries, rng)
        for language, _kind, query in warm_up:
            run_query(query, locales[language])
        timings = []
        for language, kind, query in timed:
            started = time.perf_counter()
            run_query(query, locales[language])
            elapsed = (time.perf_counter() - started) * 1000
            timings.append((elapsed, language, kind, query, exact_count(query, locales[language])))
        ms = [t[0] for t in timings]
        p50, p95, worst = percentile(ms, 50), percentile(ms, 95), max(ms)
        by_language = ", ".join(f"{language} {sum(1 for t in timings if t[1] == language)}" for language in LANGUAGES)
        counts = sorted(t[4] for t in timings)
        write(
            f"queries: {len(timings)} timed after {len(warm_up)} warm-up ({by_language}); "
            f"results per query: median {counts[len(counts) // 2]}, max {counts[-1]}, "
            f"none for {sum(1 for c in counts if c == 0)}"
        )
        write(
            f"latency: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms, mean {statistics.mean(ms):.1f} ms "
            f"(budget p95 ≤ {BUDGET_P95_MS:.0f} ms: {'OK' if p95 <= BUDGET_P95_MS else 'OVER BUDGET'})"
        )
        if hasattr(os, "getloadavg"):
            write("load average now: " + " / ".join(f"{value:.1f}" for value in os.getloadavg()))
        slowest = sorted(timings, reverse=True)[:5]
        write("slowest: " + "; ".join(f"{t[0]:.1f} ms [{t[1]} {t[2]}] {t[3]!r} ({t[4]} results)" for t in slowest))
        if explain or p95 > BUDGET_P95_MS:
            self.explain(slowest[0], locales)

    def explain(self, slowest, locales):
        _ms, language, _kind, query, _count = slowest
        # The log keeps the last 9000 statements: once full, a capture would find nothing new.
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            run_query(query, locales[language])
        # Savepoints (from the test transaction) have nothing to explain.
        explainable = [q for q in captured.captured_queries if not q["sql"].lstrip().upper().startswith(SAVEPOINTS)]
        statements = sorted(explainable, key=lambda q: float(q["time"]), reverse=True)
        if not statements:
            return
        sql = statements[0]["sql"]
        self.stdout.write(f"slowest statement of {query!r} ({statements[0]['time']} s):\n{sql}")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                self.stdout.write("\n".join(row[0] for row in cursor.fetchall()))
