"""The benchmark's pages: bulk creation (not measured), removal, and indexing (measured)."""

import json
import uuid
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from benchmarks.search.texts import LANGUAGES, Writer
from home.demo import data as demo_data
from home.site_setup import bootstrap_site
from news.models import NewsIndexPage, NewsPage
from partners.models import Municipality
from topics import vocabulary
from topics.models import Topic

SLUG_PREFIX = "bench-"
INDEX_CHUNK = 1000  # update_index's default chunk size
INSERT_BATCH = 2000
WORDS_PER_ARTICLE = 300


# ---------------------------------------------------------------------------
# Pages: bulk creation (not measured) and removal
# ---------------------------------------------------------------------------


def bench_pages():
    return Page.objects.filter(
        depth__gte=4, slug__startswith=SLUG_PREFIX, content_type=ContentType.objects.get_for_model(NewsPage)
    )


def remove_bench_pages():
    """Removes the pages of earlier runs and their index entries, rows and relations: they have
    no revisions, children or references (bulk-created), so plain deletes are enough."""
    ids = list(bench_pages().values_list("pk", flat=True))
    if not ids:
        return 0
    news_type = ContentType.objects.get_for_model(NewsPage)
    with transaction.atomic():
        for start in range(0, len(ids), 10_000):
            chunk = ids[start : start + 10_000]
            IndexEntry.objects.filter(content_type=news_type, object_id__in=[str(pk) for pk in chunk])._raw_delete(
                connection.alias
            )
            NewsPage.topics.through.objects.filter(newspage_id__in=chunk)._raw_delete(connection.alias)
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
        step = Page._str2int(last[-Page.steplen :]) if last else 0
        for start in range(0, count, INSERT_BATCH):
            batch = min(INSERT_BATCH, count - start)
            pages, details = [], []
            for _ in range(batch):
                step += 1
                title = writer.title()
                slug = f"{SLUG_PREFIX}{language}-{uuid.uuid4().hex[:12]}"
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=news_type,
                        locale=locale,
                        translation_key=uuid.uuid4(),
                        path=Page._get_path(parent.path, parent.depth + 1, step),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
                paragraphs = writer.text(WORDS_PER_ARTICLE)
                k = rng.choice((3, 4))  # paragraphs
                cut = [len(paragraphs) * i // k for i in range(k + 1)]
                chunks = [paragraphs[cut[i] : cut[i + 1]] for i in range(k)]
                body = [
                    {"type": "paragraph", "id": str(uuid.uuid4()), "value": "<p>" + escape(" ".join(chunk)) + "</p>"}
                    for chunk in chunks
                    if chunk
                ]
                details.append(
                    (
                        " ".join(writer.text(20)),
                        json.dumps(body, ensure_ascii=False),
                        date(2015, 1, 1) + timedelta(days=rng.randrange(4000)),
                    )
                )
            created = Page.objects.bulk_create(pages)
            news = [
                NewsPage(page_ptr_id=page.pk, lead=lead, body=body, date=day, source_credit="")
                for page, (lead, body, day) in zip(created, details, strict=True)
            ]
            # bulk_create does not do multi-table inheritance: insert the NewsPage rows alone.
            NewsPage._base_manager._insert(news, fields=NewsPage._meta.local_concrete_fields, using=connection.alias)
            through = NewsPage.municipalities.through
            through.objects.bulk_create(
                [
                    through(newspage_id=page.pk, municipality_id=pk)
                    for page in created
                    for pk in rng.sample(places, min(len(places), rng.choice((1, 2))))
                ]
            )
            NewsPage.topics.through.objects.bulk_create(
                [
                    NewsPage.topics.through(newspage_id=page.pk, topic_id=pk)
                    for page in created
                    for pk in rng.sample(topics, min(len(topics), rng.choice((1, 2, 3))))
                ]
            )
            ids += [page.pk for page in created]
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return ids


def _topics(language):
    """Ids of the demo topics of a language (created if missing)."""
    slugs = sorted({slug for item in [*demo_data.NEWS, *demo_data.EVENTS] for slug in item.get("topics", [])})
    locale = Locale.objects.get(language_code=language)
    ids = []
    for entry in vocabulary.TOPICS:
        if entry[0] in slugs:
            name = vocabulary.names(entry)[language]
            topic = Topic.objects.filter(locale=locale, slug=entry[0]).first()
            ids.append((topic or Topic.objects.create(locale=locale, slug=entry[0], name=name)).pk)
    return ids


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
