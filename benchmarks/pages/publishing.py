"""An editor's publish of a news item on the big site: the revision, what runs when the
transaction commits (the search index, the page cache's purges, translations' bookkeeping)."""

import statistics
import time

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from news.models import NewsIndexPage, NewsPage


def time_publishing(times=5):
    """(p50 ms, max ms, queries of one publish) over ``times`` new news items, removed afterwards."""
    index = NewsIndexPage.objects.filter(locale__language_code="ka").first()
    timings, queries, created = [], 0, []
    try:
        for number in range(times):
            page = NewsPage(title=f"საორიენტაციო სიახლე {number}", slug=f"bench-publish-{number}", locale=index.locale)
            page.lead = "ქალთა უფლებები და ადგილობრივი თვითმმართველობა."
            index.add_child(instance=page)
            created.append(page.pk)
            revision = page.save_revision()
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                # The publish and what waits for its commit, as the editor's request runs them.
                with transaction.atomic():
                    revision.publish()
                timings.append((time.perf_counter() - started) * 1000)
            queries = len(captured.captured_queries)
            index.refresh_from_db()
    finally:
        for page in NewsPage.objects.filter(pk__in=created):
            page.delete()
    return statistics.median(timings), max(timings), queries
