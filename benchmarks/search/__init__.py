"""Search benchmark: N synthetic Georgian/Azerbaijani/English news pages, indexing throughput
and query latency, through the same code paths as the site.

    python -m benchmarks.search [--setup] [--queries 240] [--explain] [--reuse] 10000 100000

(``make bench-search N="10000 100000"`` runs it with ``--setup`` on its own PostgreSQL database;
``DJANGO_SETTINGS_MODULE`` defaults to manage.py's.) Not part of the site: no installed app
imports it. The modules: ``texts`` (the corpus, the text generator and the queries), ``pages``
(creating, removing and indexing the pages), ``runner`` (the command: timing and reporting).

For each N:

1. The pages of the previous run are removed, and N news pages are created in the three
   language trees (a third each, under each language's news index) from a vocabulary of the
   demo content and the seed articles: a word-bigram chain trained on those texts writes
   ~300-word articles with their inflected forms, names and places; each page gets a lead,
   three or four paragraphs, one or two municipalities and topics of its language. Creating
   pages is not what is measured, so they are bulk-inserted with computed tree paths instead
   of one ``add_child`` each (about 100 times faster).
2. Indexing is measured: the pages go through the search backend's ``add_bulk`` in chunks of
   ``NewsPage.get_indexed_objects()``, exactly as ``update_index`` does (loading the pages and
   their relations, our analysis, the database writes). Then the tables are analysed (and, on
   PostgreSQL, vacuumed), as autovacuum would do after such a load.
3. Query latency is measured: a mix of ka/az/en queries (single and multi-word, inflected
   forms, Latin-typed Georgian, Mtavruli, Azerbaijani without diacritics or in capitals) runs
   through ``search_page.query.search_pages(query, locale)`` and the first page of 10 results is
   fetched with its count, as the search page does. After a warm-up, every query is timed;
   p50/p95/max are reported, and the EXPLAIN ANALYZE of the slowest query's slowest SQL
   statement when p95 is over budget (or with ``--explain``).

It only ever removes its own pages (slugs ``bench-…`` under the news indexes), and refuses a
database whose name does not say "bench" or "test" (the dev database has real content; the
figures need a database of their own) unless given ``--force``.
"""
