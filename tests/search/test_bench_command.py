"""The search benchmark (``python -m benchmarks.search``, ``make bench-search``) on a tiny N, so
that it keeps working: it creates valid pages in the three language trees, indexes them for real,
times the queries and prints the figures (their values are the machine's business, not the
test's)."""

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Locale, Page

from benchmarks.search.pages import bench_pages
from benchmarks.search.runner import BenchSearchCommand
from news.models import NewsPage
from search_page.query import search_pages


def bench(*args):
    out = StringIO()
    call_command(BenchSearchCommand(), *args, "--force", "--queries", "30", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_bench_search_reports_the_figures(site):
    output = bench("30")

    assert re.search(r"^Machine: \d+ cores .*; database: \w+", output, re.M)
    assert re.search(r"^indexing: 30 pages in [\d.]+ s = \d+ pages/s \(budget ≥ 200: (OK|OVER BUDGET)\)$", output, re.M)
    assert re.search(r"^queries: 30 timed after 30 warm-up \(ka 10, az 10, en 10\)", output, re.M)
    assert re.search(
        r"^latency: p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms, mean [\d.]+ ms "
        r"\(budget p95 ≤ 30 ms: (OK|OVER BUDGET)\)$",
        output,
        re.M,
    )

    # Valid live pages, ten per language tree, that the site's search finds through the index.
    pages = bench_pages()
    assert sorted(pages.values_list("locale__language_code", flat=True)) == ["az"] * 10 + ["en"] * 10 + ["ka"] * 10
    assert not any(Page.find_problems())
    page = NewsPage.objects.filter(pk__in=pages).order_by("pk").first()
    assert page.live and page.url.startswith(f"/{page.locale.language_code}/news/bench-")
    assert page.body.raw_data[0]["type"] == "paragraph" and len(page.lead.split()) >= 3
    word = max(page.title.split(), key=len).strip(".,:;!?“”„\"'()")
    locale = Locale.objects.get(language_code=page.locale.language_code)
    assert page.pk in {result.pk for result in search_pages(word, locale)}

    # A second run replaces the pages of the first.
    bench("6")
    assert bench_pages().count() == 6
    assert not any(Page.find_problems())


@pytest.mark.django_db
def test_bench_search_refuses_a_database_that_is_not_for_benchmarks(site, monkeypatch):
    monkeypatch.setitem(connection.settings_dict, "NAME", "coalition")
    with pytest.raises(CommandError, match="does not look like a benchmark database"):
        call_command(BenchSearchCommand(), "30", stdout=StringIO())
    assert not bench_pages().exists()
