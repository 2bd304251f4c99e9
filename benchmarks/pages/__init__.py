"""The whole-page benchmark: what a reader waits for, on the database the search benchmark
built (``python -m benchmarks.search --setup N``).

- ``pages``: every kind of public page through the site's own views (Django's test client,
  DEBUG off, page cache off), each URL repeated: p50/p95 and its SQL queries;
- ``load``: uncached search under load: gunicorn (2 workers, production settings, page cache
  off) driven by ``wrk`` on loopback, requests/s and latency;
- ``publishing``: an editor's publish of a news item (revision, purge, index) on the big site.

Not part of the site (not an installed app); ``make bench-pages`` runs it. README, "Whole pages".
"""
