"""What keeps search fast on a large site (README, Search benchmark), checked for behaviour:
the search page counts up to a limit; on PostgreSQL, results come tier by tier (every word in the
title, some in the title, the text) and every page is listed once, whatever the slice; entries
carry the lexemes of their model and locale, which searches filter on; search statements leave
the connection's planner settings as they found them. The tests that need PostgreSQL skip on
SQLite (the suite runs on both: README, Tests)."""

from datetime import date

import pytest
from django.db import connection, transaction
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import search.backends.postgres as postgres_backend
import search_page.query
from partners.models import Municipality
from search_page.query import SearchPaginator, search_pages

from ..factories import municipality, news

postgres_only = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="PostgreSQL backend")

FILLER = "ორგანიზაციამ გამოაქვეყნა ანგარიში წლიური საქმიანობის შესახებ."


def slugs(results):
    return [page.slug for page in results]


@pytest.mark.django_db
def test_the_search_page_counts_up_to_the_limit_and_says_more(site, client, monkeypatch):
    monkeypatch.setattr(search_page.query, "COUNT_LIMIT", 3)
    for n in range(5):
        news(site.news["en"], slug=f"harvest-{n}", title=f"Harvest report {n}", lead="The harvest was good.")
    response = client.get("/en/search/", {"q": "harvest"})
    assert response.status_code == 200
    assert "More than 3 results for “harvest”" in response.content.decode()
    # What the paginator offers is what it counted: a page past it is its last page, not an error.
    response = client.get("/en/search/", {"q": "harvest", "page": "99"})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    assert len(response.context["page_obj"].object_list) == 3

    monkeypatch.setattr(search_page.query, "COUNT_LIMIT", 5)
    response = client.get("/en/search/", {"q": "harvest"})
    assert "5 results for “harvest”" in response.content.decode()
    assert "More than" not in response.content.decode()


@pytest.mark.django_db
def test_the_count_limit_is_said_in_each_language(site, client, monkeypatch):
    monkeypatch.setattr(search_page.query, "COUNT_LIMIT", 1)
    for n in range(2):
        news(site.news["ka"], slug=f"kutaisi-{n}", title=f"ქუთაისის ანგარიში {n}", lead=FILLER)
        news(site.news["az"], slug=f"quba-{n}", title=f"Quba hesabatı {n}", lead="Hesabat dərc edildi.")
    assert "1-ზე მეტი შედეგი მოთხოვნაზე „ქუთაისში“" in client.get("/ka/search/", {"q": "ქუთაისში"}).content.decode()
    assert "“quba” üzrə 1-dən çox nəticə" in client.get("/az/search/", {"q": "quba"}).content.decode()


@pytest.mark.django_db
def test_search_paginator_counts_querysets_and_results_alike(site):
    for n in range(4):
        news(site.news["en"], slug=f"river-{n}", title=f"River {n}", lead="A river.")
    paginator = SearchPaginator(search_pages("river", site.locales["en"]), 2)
    assert (paginator.count, paginator.count_is_exact, paginator.num_pages) == (4, True, 2)
    empty = SearchPaginator(search_pages("", site.locales["en"]), 2)
    assert (empty.count, empty.count_is_exact) == (0, True)


def tiered_site(site):
    """English news for "water supply": both words in the title, one word in the title, the
    words only in the text (three of them, dated apart), and one page without the words."""
    en = site.news["en"]
    news(en, slug="both", title="Water supply in Zugdidi", lead="A report.")
    news(en, slug="one", title="Water for villages", lead="The supply of the villages improved.")
    news(en, slug="text-old", title="Annual report", lead="Notes on water and supply.", on=date(2020, 1, 1))
    news(
        en,
        slug="text-mid",
        title="Council meeting",
        lead="Water supply, water supply, water supply.",
        on=date(2021, 1, 1),
    )
    news(en, slug="text-new", title="Village meeting", lead="Water and supply were discussed.", on=date(2022, 1, 1))
    news(en, slug="unrelated", title="Budget hearing", lead="The budget was discussed.")
    return site.locales["en"]


@postgres_only
@pytest.mark.django_db
def test_results_come_tier_by_tier(site):
    locale = tiered_site(site)
    ranked = slugs(search_pages("water supply", locale))
    assert ranked[:2] == ["both", "one"]
    # In the text tier, the one saying it most ranks first.
    assert ranked[2] == "text-mid" and set(ranked[2:]) == {"text-old", "text-mid", "text-new"}


@postgres_only
@pytest.mark.django_db
def test_past_the_text_tiers_rank_limit_older_pages_follow_newest_first(site, monkeypatch):
    monkeypatch.setattr(postgres_backend, "BODY_RANK_LIMIT", 1)
    locale = tiered_site(site)
    # Only the newest text-only page is ranked; the other two follow, newest first.
    assert slugs(search_pages("water supply", locale)) == ["both", "one", "text-new", "text-mid", "text-old"]


@postgres_only
@pytest.mark.django_db
@pytest.mark.parametrize("body_rank_limit", [1, 2, 500])
def test_every_slice_of_the_results_lists_each_page_once(site, monkeypatch, body_rank_limit):
    monkeypatch.setattr(postgres_backend, "BODY_RANK_LIMIT", body_rank_limit)
    locale = tiered_site(site)
    results = search_pages("water supply", locale)
    whole = slugs(results)
    assert len(whole) == len(set(whole)) == 5 == results.count()
    for size in (1, 2, 3, 4):
        pages = [slugs(search_pages("water supply", locale)[start : start + size]) for start in range(0, 6, size)]
        assert [slug for page in pages for slug in page] == whole, size
    assert SearchPaginator(search_pages("water supply", locale), 2).count == 5


@postgres_only
@pytest.mark.django_db
def test_entries_carry_their_model_and_locale_lexemes(site):
    page = news(site.news["ka"], slug="kutaisi", title="ქუთაისის ანგარიში", lead=FILLER)
    place = municipality(site.locales["ka"], slug="tskaltubo", name="წყალტუბო")
    with connection.cursor() as cursor:
        cursor.execute("SELECT content_type_id, object_id, title::text FROM wagtailsearch_indexentry")
        titles = {(ct, object_id): title for ct, object_id, title in cursor.fetchall()}
    from django.contrib.contenttypes.models import ContentType

    page_title = titles[(ContentType.objects.get_for_model(page).pk, str(page.pk))]
    locale = site.locales["ka"].pk
    for lexeme in (
        "zz:model:news.newspage",
        "zz:model:wagtailcore.page",
        f"zz:model:news.newspage:locale:{locale}",
        f"zz:model:wagtailcore.page:locale:{locale}",
    ):
        assert f"'{lexeme}'" in page_title
    place_title = titles[(ContentType.objects.get_for_model(Municipality).pk, str(place.pk))]
    assert f"'zz:model:partners.municipality:locale:{locale}'" in place_title
    assert "wagtailcore.page" not in place_title


@postgres_only
@pytest.mark.django_db
def test_a_search_of_pages_never_returns_another_models_entry(site):
    # A snippet with the word, whose id is also a live page's id: only the model's lexeme in the
    # query keeps the snippet's entry out (there is no content-type condition any more).
    page = news(site.news["ka"], slug="report", title="წლიური ანგარიში", lead=FILLER)
    place = municipality(site.locales["ka"], slug="tskaltubo", name="წყალტუბო")
    Municipality.objects.filter(pk=place.pk).update(id=page.pk)
    place = Municipality.objects.get(pk=page.pk)
    get_search_backend().add(place)
    assert list(search_pages("წყალტუბო", site.locales["ka"])) == []
    assert list(search_pages("წყალტუბო", None)) == []
    assert list(get_search_backend().search("წყალტუბო", Municipality)) == [place]


@postgres_only
@pytest.mark.django_db
def test_search_statements_leave_the_planner_settings_as_they_were(site):
    tiered_site(site)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_hashjoin = on")
        list(search_pages("water supply", site.locales["en"]))
        SearchPaginator(search_pages("water", site.locales["en"]), 10).count  # noqa: B018
        for name in postgres_backend.SEARCH_PLANNER_SETTINGS:
            cursor.execute(f"SHOW {name}")
            assert cursor.fetchone()[0] not in ("off", "0"), name


@postgres_only
@pytest.mark.django_db
def test_the_migration_gives_existing_entries_their_filter_lexemes(site):
    import importlib

    from django.apps import apps

    page = news(site.news["az"], slug="quba", title="Quba hesabatı", lead="Hesabat dərc edildi.")
    # An entry as written before the lexemes existed.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE wagtailsearch_indexentry SET title = ts_delete(title, ARRAY("
            "SELECT word FROM unnest(tsvector_to_array(title)) AS word WHERE word LIKE 'zz:%%'))"
        )
    assert list(search_pages("quba", site.locales["az"])) == []
    migration = importlib.import_module("search.migrations.0003_indexentry_filter_lexemes")
    with connection.schema_editor() as editor:
        migration.add_filter_lexemes(apps, editor)
    assert list(search_pages("quba", site.locales["az"])) == [Page.objects.get(pk=page.pk).specific]
