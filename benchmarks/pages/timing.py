"""One URL through the site's own views (Django's test client, in this process): its status,
latency over repeated requests, and the SQL statements a request sends."""

import statistics
import time
from dataclasses import dataclass

from django.db import connection

from benchmarks.search.runner import percentile

WARM_UP = 2  # untimed requests first: per-process caches, the database's buffers


@dataclass
class Timing:
    status: int
    p50: float
    p95: float
    sql_p50: float  # ms of a request spent waiting for the database (median)
    queries: tuple  # (fewest, most) SQL statements of one timed request

    @property
    def most_queries(self):
        return self.queries[1]


class StatementCounter:
    """Counts the SQL statements sent on the default connection, and the time they take. An
    execute wrapper sees every statement whatever DEBUG says (CaptureQueriesContext relies on
    the debug cursor)."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started


def request(client, url):
    """(response, ms, StatementCounter) of one GET."""
    counter = StatementCounter()
    with connection.execute_wrapper(counter):
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    return response, elapsed, counter


def time_url(client, url, repeat):
    """Timing of ``repeat`` requests of ``url`` after WARM_UP untimed ones; the status is the
    first that was not 200, if any."""
    for _ in range(WARM_UP):
        request(client, url)
    statuses, timings, sql_ms, counts = [], [], [], []
    for _ in range(repeat):
        response, elapsed, statements = request(client, url)
        statuses.append(response.status_code)
        timings.append(elapsed)
        sql_ms.append(statements.seconds * 1000)
        counts.append(statements.count)
    return Timing(
        status=next((status for status in statuses if status != 200), 200),
        p50=statistics.median(timings),
        p95=percentile(timings, 95),
        sql_p50=statistics.median(sql_ms),
        queries=(min(counts), max(counts)),
    )
