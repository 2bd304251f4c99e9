"""The whole-page benchmark (``python -m benchmarks.pages``, ``make bench-pages``) on the demo
content, so that it keeps working: it finds a page of every kind in the database, times each
through the site's views, counts its SQL queries, and publishes (and removes) news items. The
figures are the machine's business, not the test's; the load part (gunicorn, wrk) is not run."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from benchmarks.pages.publishing import SLUG_PREFIX
from benchmarks.pages.runner import BenchPagesCommand
from news.models import NewsPage

URL_LINE = re.compile(
    r"^(?P<name>\S.*?)\s+(?P<status>\d{3})\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(?P<queries>\d+(–\d+)?)\s+(OK|OVER)\s+(?P<url>/\S*)$",
    re.M,
)
KINDS = {
    "search ka",
    "search az",
    "search ka, a municipality",
    "search ka, page 2",
    "home",
    "news index",
    "news index, a municipality",
    "news item (demo)",
    "event",
    "project index",
    "project",
    "donor",
    "organisation",
    "suggestions",
    "API search",
    "news feed",
    "sitemap",
    "sitemap section",
}


@pytest.mark.django_db
def test_bench_pages_times_every_kind_of_page_and_a_publish(demo_content):
    out = StringIO()
    # The demo database's name says neither "bench" nor "test" on SQLite.
    call_command(BenchPagesCommand(), "--repeat", "2", "--no-load", "--force", stdout=out)
    output = out.getvalue()

    assert re.search(r"^Machine: \d+ cores .*; database: \w+", output, re.M)
    assert re.search(r"^Database .*: \d+ live pages \(0 synthetic news items", output, re.M)
    lines = {match["name"]: match for match in URL_LINE.finditer(output)}
    assert KINDS <= set(lines), output
    assert any(re.fullmatch(r"news index, page \d+", name) for name in lines), output
    assert {line["status"] for line in lines.values()} == {"200"}, output
    assert lines["search ka"]["url"] == "/ka/search/?q=ქალთა"
    assert lines["news item (demo)"]["url"].startswith("/ka/")
    # The demo content has no synthetic news: named, not timed.
    assert re.search(r"^Not in this database, not timed: news item \(synthetic\)", output, re.M)
    assert re.search(
        r"^Publishing a news item .*: p50 \d+ ms, max \d+ ms, \d+(–\d+)? queries \(budget < 1000 ms: (OK|OVER)\)$",
        output,
        re.M,
    )
    assert not NewsPage.objects.filter(slug__startswith=SLUG_PREFIX).exists()
