"""Search benchmark: N synthetic Georgian/Azerbaijani/English news pages, indexing throughput
and query latency, through the same code paths as the site.

    python manage.py bench_search [--setup] [--queries 240] [--explain] [--reuse] 10000 100000

(``make bench-search N="10000 100000"`` runs it with ``--setup`` on its own PostgreSQL database.)

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

import json
import os
import random
import re
import statistics
import time
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import psycopg
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone
from django.utils.html import escape, strip_tags
from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from home.demo import data as demo_data
from home.site_setup import bootstrap_site
from news.models import NewsIndexPage, NewsPage, NewsPageTag
from partners.models import Municipality
from search.analysis import fold_azerbaijani, romanise_georgian, words
from search_page.query import SearchPaginator, search_pages

LANGUAGES = ("ka", "az", "en")
SLUG_PREFIX = "bench-"
SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
BUDGET_P95_MS = 30.0
BUDGET_PAGES_PER_S = 200.0
INDEX_CHUNK = 1000  # update_index's default chunk size
INSERT_BATCH = 2000
WORDS_PER_ARTICLE = 300
WARM_UP = 30

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")
_GEORGIAN_RE = re.compile("[\u10d0-\u10ff]")
_MTAVRULI = {chr(cp): chr(cp - 0x10D0 + 0x1C90) for cp in range(0x10D0, 0x10FB)}
# How people type Georgian in Latin letters in chats and search boxes, beside the national
# romanisation (romanise_georgian): f for ფ, q for ქ, w for წ, y for ყ, x for ხ, c for ც.
_INFORMAL_LATIN = {"ფ": "f", "ქ": "q", "წ": "w", "ყ": "y", "ხ": "x", "ც": "c", "ჭ": "ch", "ღ": "gh",
                   "თ": "t", "ტ": "t"}


# ---------------------------------------------------------------------------
# The corpus: demo content and seed articles, by language
# ---------------------------------------------------------------------------

def _texts_of(value, language=None):
    """(language, text) of every translated text in the demo data (dicts keyed by language)."""
    if isinstance(value, dict):
        keys = set(value)
        for key, item in value.items():
            yield from _texts_of(item, key if key in LANGUAGES and keys & set(LANGUAGES) else language)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts_of(item, language)
    elif isinstance(value, str) and language and len(value) > 1:
        yield language, strip_tags(value)


def corpus():
    """{language: [sentence, …]} from home/demo/data.py and ../shared/seeds (if present)."""
    texts = defaultdict(list)
    for name in ("REGIONS", "MUNICIPALITIES", "DONORS", "ORGANISATIONS", "PROJECTS", "NEWS", "EVENTS",
                 "STANDARD_PAGES"):
        for language, text in _texts_of(getattr(demo_data, name, [])):
            texts[language].append(text)
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        texts["ka" if len(_GEORGIAN_RE.findall(text)) > len(text) / 4 else "az"].append(text)
    sentences = {}
    for language in LANGUAGES:
        found = []
        for text in texts[language]:
            found += [s.split() for s in _SENTENCE_END_RE.split(text) if len(s.split()) >= 3]
        sentences[language] = found
    return sentences


class Writer:
    """Writes text in one language with a word-bigram chain over that language's sentences:
    the words, their inflected forms and their frequencies are those of the real texts."""

    def __init__(self, sentences, rng):
        self.rng = rng
        self.starts = [s[0] for s in sentences]
        self.next = defaultdict(list)
        for sentence in sentences:
            for a, b in zip(sentence, sentence[1:] + [None], strict=True):
                self.next[a].append(b)

    def sentence(self, max_words=40):
        word = self.rng.choice(self.starts)
        out = [word]
        while len(out) < max_words:
            word = self.rng.choice(self.next[word])
            if word is None:
                break
            out.append(word)
        text = " ".join(out)
        return text if text[-1] in ".!?" else text.rstrip(",;:–—-") + "."

    def text(self, n_words):
        out, count = [], 0
        while count < n_words:
            sentence = self.sentence()
            out.append(sentence)
            count += len(sentence.split())
        return out

    def title(self):
        words_ = self.sentence(max_words=12).rstrip(".!?").split()
        return " ".join(words_[:12])


# ---------------------------------------------------------------------------
# Pages: bulk creation (not measured) and removal
# ---------------------------------------------------------------------------

def bench_pages():
    return Page.objects.filter(depth__gte=4, slug__startswith=SLUG_PREFIX,
                               content_type=ContentType.objects.get_for_model(NewsPage))


def remove_bench_pages():
    """Removes the pages of earlier runs and their index entries, rows and relations: they have
    no revisions, children or references (bulk-created), so plain deletes are enough."""
    ids = list(bench_pages().values_list("pk", flat=True))
    if not ids:
        return 0
    news_type = ContentType.objects.get_for_model(NewsPage)
    with transaction.atomic():
        for start in range(0, len(ids), 10_000):
            chunk = ids[start:start + 10_000]
            IndexEntry.objects.filter(content_type=news_type, object_id__in=[str(pk) for pk in chunk])._raw_delete(
                connection.alias)
            NewsPageTag.objects.filter(content_object_id__in=chunk)._raw_delete(connection.alias)
            NewsPage.municipalities.through.objects.filter(newspage_id__in=chunk)._raw_delete(connection.alias)
            NewsPage.objects.filter(pk__in=chunk)._raw_delete(connection.alias)
            Page.objects.filter(pk__in=chunk)._raw_delete(connection.alias)
        for parent in NewsIndexPage.objects.all():
            Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.child_of(parent).count())
    return len(ids)


def create_pages(n, sentences, rng):
    """n live NewsPages, a third in each language under its news index; returns their ids."""
    _homes, indexes = bootstrap_site()
    news_type = ContentType.objects.get_for_model(NewsPage)
    now = timezone.now()
    ids = []
    for position, language in enumerate(LANGUAGES):
        count = n // 3 + (1 if position < n % 3 else 0)
        if not count:
            continue
        parent = Page.objects.get(pk=indexes[(NewsIndexPage, language)].pk)
        locale = Locale.objects.get(language_code=language)
        writer = Writer(sentences[language], rng)
        places = list(Municipality.objects.filter(locale=locale).values_list("pk", flat=True))
        topics = _topics(language)
        last = Page.objects.child_of(parent).order_by("-path").values_list("path", flat=True).first()
        step = Page._str2int(last[-Page.steplen:]) if last else 0
        for start in range(0, count, INSERT_BATCH):
            batch = min(INSERT_BATCH, count - start)
            pages, details = [], []
            for _ in range(batch):
                step += 1
                title = writer.title()
                slug = f"{SLUG_PREFIX}{language}-{uuid.uuid4().hex[:12]}"
                pages.append(Page(
                    title=title, draft_title=title, slug=slug, content_type=news_type, locale=locale,
                    translation_key=uuid.uuid4(), path=Page._get_path(parent.path, parent.depth + 1, step),
                    depth=parent.depth + 1, numchild=0, url_path=f"{parent.url_path}{slug}/", live=True,
                    has_unpublished_changes=False, first_published_at=now, last_published_at=now,
                ))
                paragraphs = writer.text(WORDS_PER_ARTICLE)
                k = rng.choice((3, 4))  # paragraphs
                cut = [len(paragraphs) * i // k for i in range(k + 1)]
                chunks = [paragraphs[cut[i]:cut[i + 1]] for i in range(k)]
                body = [{"type": "paragraph", "id": str(uuid.uuid4()),
                         "value": "<p>" + escape(" ".join(chunk)) + "</p>"} for chunk in chunks if chunk]
                details.append((" ".join(writer.text(20)), json.dumps(body, ensure_ascii=False),
                                date(2015, 1, 1) + timedelta(days=rng.randrange(4000))))
            created = Page.objects.bulk_create(pages)
            news = [NewsPage(page_ptr_id=page.pk, lead=lead, body=body, date=day, source_credit="")
                    for page, (lead, body, day) in zip(created, details, strict=True)]
            # bulk_create does not do multi-table inheritance: insert the NewsPage rows alone.
            NewsPage._base_manager._insert(news, fields=NewsPage._meta.local_concrete_fields,
                                           using=connection.alias)
            through = NewsPage.municipalities.through
            through.objects.bulk_create([
                through(newspage_id=page.pk, municipality_id=pk)
                for page in created for pk in rng.sample(places, min(len(places), rng.choice((1, 2))))
            ])
            NewsPageTag.objects.bulk_create([
                NewsPageTag(content_object_id=page.pk, tag_id=pk)
                for page in created for pk in rng.sample(topics, min(len(topics), rng.choice((1, 2, 3))))
            ])
            ids += [page.pk for page in created]
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return ids


def _topics(language):
    """Tag ids of the demo topics of a language (created if missing)."""
    names = set()
    for item in [*demo_data.NEWS, *demo_data.EVENTS]:
        names.update((item.get("topics") or {}).get(language, []))
    names = sorted(names) or [{"ka": "სიახლე", "az": "xəbər", "en": "news"}[language]]
    tags = []
    for name in names:
        tag = Tag.objects.filter(name=name).first() or Tag.objects.create(name=name)
        tags.append(tag.pk)
    return tags


# ---------------------------------------------------------------------------
# Indexing (measured)
# ---------------------------------------------------------------------------

def index_pages(ids):
    """Indexes the pages exactly as update_index does: chunks of the model's indexed objects
    (with their RelatedFields prefetched) through the backend's add_bulk."""
    backend = get_search_backend()
    queryset = NewsPage.get_indexed_objects().filter(pk__in=ids).order_by("pk")
    with transaction.atomic():
        for start in range(0, len(ids), INDEX_CHUNK):
            chunk = list(queryset.filter(pk__gte=ids[start], pk__lte=ids[min(start + INDEX_CHUNK, len(ids)) - 1]))
            backend.add_bulk(NewsPage, chunk)


def analyse_tables():
    """Fresh planner statistics, as autovacuum would give after such a load: the index, page and
    news tables vacuumed too (their visibility maps), every other table analysed (the news
    items' places and tags, which facets and filters query)."""
    tables = [IndexEntry._meta.db_table, Page._meta.db_table, NewsPage._meta.db_table]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            for table in tables:
                cursor.execute(f"VACUUM {table}")  # analysed below, with every other table
        if connection.vendor in ("postgresql", "sqlite"):
            cursor.execute("ANALYZE")


# ---------------------------------------------------------------------------
# Queries (measured)
# ---------------------------------------------------------------------------

def _mtavruli(text):
    return "".join(_MTAVRULI.get(ch, ch) for ch in text)


def _informal_latin(text):
    return romanise_georgian("".join(_INFORMAL_LATIN.get(ch, ch) for ch in text))


def make_queries(sentences, total, rng):
    """[(language, kind, query)]: a third per language, in the mix described in the docstring."""
    per_language = max(1, total // 3)
    queries = []
    for language in LANGUAGES:
        counts = Counter(w for s in sentences[language] for w in words(" ".join(s), language))
        content = [w for w, c in counts.most_common() if len(w) >= 4 and not any(ch.isdigit() for ch in w)]
        frequent, rare = content[:150], content[150:] or content

        def single():
            return rng.choice(frequent if rng.random() < 0.5 else rare)

        def multi():
            for _ in range(50):
                sentence = words(" ".join(rng.choice(sentences[language])), language)
                long_words = [w for w in sentence if len(w) >= 4 and not any(ch.isdigit() for ch in w)]
                if len(long_words) >= 2:
                    k = rng.choice((2, 2, 3))
                    at = rng.randrange(max(1, len(long_words) - k + 1))
                    return " ".join(long_words[at:at + k])
            return single()

        if language == "ka":
            kinds = [("word", single), ("words", multi),
                     ("latin", lambda: romanise_georgian(single())),
                     ("latin informal", lambda: _informal_latin(single())),
                     ("mtavruli", lambda: _mtavruli(single())), ("words mtavruli", lambda: _mtavruli(multi()))]
        elif language == "az":
            kinds = [("word", single), ("words", multi), ("no diacritics", lambda: fold_azerbaijani(single())),
                     ("words no diacritics", lambda: fold_azerbaijani(multi())),
                     ("capitals", lambda: single().replace("i", "İ").replace("ı", "I").upper())]
        else:
            kinds = [("word", single), ("words", multi), ("capitalised", lambda: single().capitalize())]
        for i in range(per_language):
            kind, make = kinds[i % len(kinds)]
            queries.append((language, kind, make()))
    return queries


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

class Command(BaseCommand):
    help = ("Search benchmark: creates N synthetic ka/az/en news pages, measures indexing throughput "
            "and query latency (p50/p95/max) through the site's own search.")

    def add_arguments(self, parser):
        parser.add_argument("sizes", nargs="*", type=int, default=[10_000], metavar="N",
                            help="numbers of pages to benchmark, one run each (default 10000)")
        parser.add_argument("--queries", type=int, default=240, help="timed queries per run (default 240)")
        parser.add_argument("--seed", type=int, default=1, help="random seed of the texts and queries")
        parser.add_argument("--setup", action="store_true",
                            help="create the (PostgreSQL) database if missing, migrate, load the demo content")
        parser.add_argument("--explain", action="store_true", help="always show the slowest query's EXPLAIN")
        parser.add_argument("--reuse", action="store_true",
                            help="time the queries on the pages of the previous run if it made N pages "
                                 "(no creating or indexing)")
        parser.add_argument("--force", action="store_true",
                            help="run on a database whose name says neither 'bench' nor 'test'")

    def handle(self, *args, sizes, queries, seed, setup, explain, reuse, force, **options):
        name = str(connection.settings_dict.get("NAME") or "")
        if not force and "bench" not in name and "test" not in name:
            raise CommandError(
                f"The database {name!r} does not look like a benchmark database: the benchmark adds "
                "thousands of pages. Use `make bench-search` (its own database) or DATABASE_URL="
                "postgres://…/coalition_bench, or --force.")
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
            cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                        if line.startswith("model name")), "")
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
        return (f"Machine: {os.cpu_count()} cores ({cpu or 'unknown CPU'}){memory}; database: {database}; "
                f"load average {load} (1/5/15 min)")

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
        write(f"indexing: {len(ids)} pages in {elapsed:.1f} s = {rate:.0f} pages/s "
              f"(budget ≥ {BUDGET_PAGES_PER_S:.0f}: {'OK' if rate >= BUDGET_PAGES_PER_S else 'OVER BUDGET'})")
        # On a busy machine the wall-clock rate says more about the neighbours than about us.
        write(f"indexing used {cpu:.1f} s of this process's CPU = {len(ids) / max(cpu, 1e-6):.0f} pages per "
              "CPU-second (PostgreSQL's own work not included)")
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
        write(f"queries: {len(timings)} timed after {len(warm_up)} warm-up ({by_language}); "
              f"results per query: median {counts[len(counts) // 2]}, max {counts[-1]}, "
              f"none for {sum(1 for c in counts if c == 0)}")
        write(f"latency: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms, mean {statistics.mean(ms):.1f} ms "
              f"(budget p95 ≤ {BUDGET_P95_MS:.0f} ms: {'OK' if p95 <= BUDGET_P95_MS else 'OVER BUDGET'})")
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
        statements = sorted(captured.captured_queries, key=lambda q: float(q["time"]), reverse=True)
        if not statements:
            return
        sql = statements[0]["sql"]
        self.stdout.write(f"slowest statement of {query!r} ({statements[0]['time']} s):\n{sql}")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                self.stdout.write("\n".join(row[0] for row in cursor.fetchall()))
