"""Whole-page benchmark: what a reader and an editor wait for on a large site, measured on the
database the search benchmark filled (``python -m benchmarks.search --setup N``: the demo
content and N synthetic news pages).

    python -m benchmarks.pages [--repeat 30] [--only TEXT] [--no-load] [--load-seconds 30]
                               [--load-queries 50] [--no-publish] [--force]

(``make bench-pages`` runs it on ``BENCH_DATABASE_URL``.) Not part of the site: no installed
app imports it. The modules:

- ``urls``: which URLs are timed, chosen from what the database holds (a real news item,
  event, project, organisation, donor, the busiest municipality, the deepest news page …);
- ``timing``: one URL through the site's own views with Django's test client, DEBUG off and
  the page cache off, repeated: status, p50/p95 and the SQL statements of one request;
- ``load``: gunicorn (2 workers, production settings, page cache off) on a loopback port,
  driven by wrk with 32 connections through many different queries;
- ``publishing``: an editor's publish of a news item, with what runs when its transaction
  commits (search index, page-cache purges, reference index);
- ``runner``: the command, budgets and report.

It creates no pages but the news items it publishes (removed at the end), and refuses a
database whose name says neither "bench" nor "test" unless given ``--force``.
"""
