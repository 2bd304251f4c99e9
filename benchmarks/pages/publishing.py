"""An editor's publish of a news item on the big site: ``revision.publish()`` and what runs when
its transaction commits (search index, reference index, the page cache's purges)."""

import statistics
import time
import uuid
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Count
from django.test.utils import override_settings
from wagtail.rich_text import RichText

from benchmarks.pages.timing import StatementCounter
from news.models import NewsIndexPage, NewsPage, NewsPageProject
from partners.models import Municipality, ProjectPage
from topics.models import Topic

LANGUAGE = "ka"
# Not the search benchmark's "bench-" prefix: its clean-up removes those with raw deletes.
SLUG_PREFIX = "pages-benchmark-publish-"
# In production (Redis) the page cache is on: its purges are part of every publish.
PAGE_CACHE_SECONDS = 600


@dataclass
class PublishTiming:
    p50: float
    max: float
    queries: tuple  # (fewest, most) SQL statements of one publish
    on_commit_included: bool


def _news_item(number, project, place, topic):
    """A draft like an editor's: lead, body, a project, a place, a topic."""
    page = NewsPage(
        title=f"ქალთა ფორუმი ზუგდიდში {number}",
        slug=f"{SLUG_PREFIX}{uuid.uuid4().hex[:12]}",
        live=False,
        lead="ადგილობრივი თვითმმართველობის წარმომადგენლები და სამოქალაქო ორგანიზაციები შეხვდნენ.",
        body=[("paragraph", RichText("<p>შეხვედრაზე განიხილეს ქალთა მონაწილეობა ადგილობრივ ბიუჯეტში.</p>"))],
    )
    if project is not None:
        page.project_links = [NewsPageProject(project=project)]
    page.municipalities.set([place] if place is not None else [])
    page.topics.set([topic] if topic is not None else [])
    return page


def remove_published(ids=None):
    """Deletes the news items this benchmark published (``ids``, or any an interrupted run left)."""
    pages = NewsPage.objects.filter(slug__startswith=SLUG_PREFIX)
    if ids is not None:
        pages = pages.filter(pk__in=ids)
    for page in pages:
        page.delete()


def time_publishing(times=5):
    """PublishTiming of ``times`` new news items under the Georgian news index, each saved as a
    draft revision (not timed) and then published: the publish in a transaction, timed until
    the commit's callbacks are done. The items are deleted afterwards. None without a news index."""
    if not NewsIndexPage.objects.filter(locale__language_code=LANGUAGE).exists():
        return None
    remove_published()
    project = ProjectPage.objects.live().filter(locale__language_code=LANGUAGE).order_by("pk").first()
    topic = Topic.objects.filter(locale__language_code=LANGUAGE).order_by("pk").first()
    place = (
        Municipality.objects.filter(locale__language_code=LANGUAGE)
        .annotate(news_items=Count("news"))
        .order_by("-news_items", "pk")
        .first()
    )
    # Inside a transaction already (a test's), the callbacks wait for its end.
    on_commit_included = not connection.in_atomic_block
    timings, counts, created = [], [], []
    try:
        for number in range(1, times + 1):
            # Read again each time: add_child needs the index's current tree counters.
            index = NewsIndexPage.objects.filter(locale__language_code=LANGUAGE).order_by("pk").first()
            page = index.add_child(instance=_news_item(number, project, place, topic))
            created.append(page.pk)
            revision = page.save_revision()
            counter = StatementCounter()
            with override_settings(PAGE_CACHE_SECONDS=PAGE_CACHE_SECONDS), connection.execute_wrapper(counter):
                started = time.perf_counter()
                with transaction.atomic():
                    revision.publish()
                timings.append((time.perf_counter() - started) * 1000)
            counts.append(counter.count)
    finally:
        remove_published(created)
    return PublishTiming(statistics.median(timings), max(timings), (min(counts), max(counts)), on_commit_included)
