"""Georgian and Azerbaijani word forms find each other through every place the site searches:
the public page, the Wagtail admin and ``manage.py search`` (on SQLite and on PostgreSQL, as
the suite runs on either)."""

import html
import json
import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from search_page.query import search_pages

# Query, language, and the stem(s) a page's text must contain (in any inflected form) to be
# relevant. Every query is inflected, in capitals or typed in Latin, so that its exact words
# are NOT what the pages say.
QUERIES = [
    ("ქუთაისში", "ka", ["ქუთაის"]),
    ("ᲑᲐᲦᲓᲐᲗᲘ", "ka", ["ბაღდათ"]),
    ("baghdati", "ka", ["ბაღდათ"]),
    ("შეხვედრები", "ka", ["შეხვედრ"]),
    ("მონაწილეებისთვის", "ka", ["მონაწილე"]),
    ("qadin sahibkarlari", "az", ["qadın", "sahibkar"]),
    ("ICMA QRUPLARI", "az", ["icma", "qrup"]),
    ("təlimlərin", "az", ["təlim"]),
    ("layihələri", "az", ["layihə"]),
]


@pytest.fixture(scope="module")
def demo(demo_content):
    """The demo content, loaded once per test process (conftest: demo_content)."""


# Relevance is judged by the text, independently of the analyser: a page is relevant when it
# contains the stem followed by inflectional endings only (not derivations such as
# მონაწილეობა "participation" for მონაწილე "participant").
INFLECTION = {
    "ka": "(?:ებ|ნ)?(?:ი|ის|ს|მა|მ|ით|თ|ად|დ|ო|ა|ე)?(?:ში|ზე|თან|თვის|დან|მდე|ვით|კენ|გან)?",
    "az": "(?:lar|lər)?(?:ım|im|um|üm|ın|in|un|ün|sı|si|su|sü|ı|i|u|ü|mız|miz|nız|niz)?n?"
    "(?:ın|in|un|ün|a|ə|ya|yə|na|nə|ı|i|u|ü|nı|ni|nu|nü|da|də|nda|ndə|dan|dən|ndan|ndən)?",
}


def page_text(page, language):
    from search.analysis import normalise

    return normalise(" ".join([page.title, *page._searchable_texts()]), language)


def relevant(language, stems):
    pages = Page.objects.live().public().filter(locale__language_code=language).specific()
    patterns = [re.compile(rf"(?<!\w){re.escape(stem)}{INFLECTION[language]}(?!\w)") for stem in stems]
    return {
        page.pk
        for page in pages
        if hasattr(page, "_searchable_texts") and all(pattern.search(page_text(page, language)) for pattern in patterns)
    }


@pytest.mark.django_db
@pytest.mark.parametrize("query, language, stems", QUERIES)
def test_inflected_capitalised_and_latin_queries_find_every_relevant_page(demo, query, language, stems):
    expected = relevant(language, stems)
    assert expected, "the demo content should contain the word"
    from wagtail.models import Locale

    found = {page.pk for page in search_pages(query, Locale.objects.get(language_code=language))}
    assert expected <= found  # every relevant page
    # ...and little else (the analyser also joins forms the regexes above do not list).
    assert len(found & expected) / len(found) >= 0.75


@pytest.mark.django_db
@pytest.mark.parametrize("query, language, stems", QUERIES)
def test_the_public_page_the_admin_and_the_command_agree(demo, client, query, language, stems):
    expected = relevant(language, stems)
    public = client.get(f"/{language}/search/", {"q": query})
    assert public.status_code == 200
    on_page = {page.pk for page in public.context["page_obj"].object_list}
    assert on_page and on_page <= {
        page.pk for page in search_pages(query, Page.objects.filter(locale__language_code=language).first().locale)
    }

    out = StringIO()
    call_command("search", query, locale=language, limit=100, as_json=True, stdout=out)
    rows = json.loads(out.getvalue())
    assert {row["locale"] for row in rows} == {language}
    assert {
        Page.objects.get(url_path__endswith=f"/{row['slug']}/", locale__language_code=language).pk for row in rows
    } >= expected

    admin = get_user_model().objects.create_superuser("searcher", "s@example.org", "pw-123-long-enough")
    client.force_login(admin)
    listing = client.get("/admin/pages/search/results/", {"q": query}).content.decode()
    titles = [page.title for page in Page.objects.filter(pk__in=expected)]
    assert any(html.escape(title) in listing for title in titles), titles


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"icma qruplarını"', '"'])
def test_quoted_phrases(demo, query):
    from wagtail.models import Locale

    results = list(search_pages(query, Locale.objects.get(language_code="az")))
    if query == '"':
        assert results == []
    else:
        assert results and all("icma qruplarını" in page_text(page, "az") for page in results)


@pytest.mark.django_db
def test_admin_search_still_completes_a_word_being_typed(demo, client):
    admin = get_user_model().objects.create_superuser("typist", "t@example.org", "pw-123-long-enough")
    client.force_login(admin)
    listing = client.get("/admin/pages/search/results/", {"q": "Zuqd"}).content.decode()
    assert "Zuqdidi bələdiyyəsində" in listing


@pytest.mark.django_db
def test_search_page_filters_by_type_and_language_and_marks_inflected_forms(demo, client):
    from partners.models import ProjectPage

    projects = client.get("/az/search/", {"q": "layihələri", "type": "project"})
    results = list(projects.context["page_obj"].object_list)
    assert results and all(isinstance(page, ProjectPage) for page in results)
    # An unknown type is ignored, not an error.
    assert client.get("/az/search/", {"q": "layihələri", "type": "bogus"}).status_code == 200

    one = {page.locale.language_code for page in client.get("/ka/search/", {"q": "zugdidi"}).context["page_obj"]}
    everywhere = client.get("/ka/search/", {"q": "zugdidi", "all_languages": "on"}).context["page_obj"]
    assert one == {"ka"} and {page.locale.language_code for page in everywhere} >= {"ka", "en"}

    # The matching words are marked in their own inflected forms.
    html_text = client.get("/ka/search/", {"q": "ბაღდათში"}).content.decode()
    marked = set(re.findall(r"<mark>([^<]+)</mark>", html_text))
    assert marked and all(word.startswith("ბაღდათ") for word in marked)
    assert "ბაღდათში" not in marked  # the query's own form is not what the pages say
