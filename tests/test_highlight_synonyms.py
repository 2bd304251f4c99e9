"""Search results mark the words matched through synonyms (search_page.highlight.QueryMarker):
a one-word equivalent in any of its forms, a term of several words only where its words stand
together in order; the passage is cut around them. On SQLite or PostgreSQL (DATABASE_URL)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from partners.models import Municipality
from search import synonyms
from search.backends import term_alternatives, word_alternatives
from search.models import SynonymGroup
from search_page.highlight import QueryMarker

from . import factories

USAID_KA = "აშშ-ის საერთაშორისო განვითარების სააგენტო"
FILLER = " ".join(f"სიტყვა{n}" for n in range(80))


def marked(html):
    return re.findall(r"<mark>(.*?)</mark>", str(html), flags=re.S)


def lankaran(site):
    """A municipality in Georgian and Azerbaijani: a group of its names (partners.synonyms)."""
    place = Municipality.objects.create(locale=site.locales["ka"], slug="lankaran", name="ლენქორანი")
    Municipality.objects.create(
        locale=site.locales["az"], slug="lankaran", name="Lənkəran", translation_key=place.translation_key
    )


# --- The marker (the default synonyms: bootstrap_site loads them with the site) ---------------


def test_an_acronym_marks_the_georgian_and_azerbaijani_names_as_one_each(site):
    marker = QueryMarker("USAID")
    # Inflected (the agency's dative), the hyphen as the word splitter sees it.
    assert marked(marker.highlight(f"{USAID_KA}ს გრანტი", "ka")) == [f"{USAID_KA}ს"]
    assert marked(marker.highlight("ABŞ Beynəlxalq İnkişaf Agentliyinin layihəsi", "az")) == [
        "ABŞ Beynəlxalq İnkişaf Agentliyinin"
    ]
    assert marked(marker.highlight("Funded by the United States Agency for International Development.", "en")) == [
        "United States Agency for International Development"
    ]
    # The query's own word, as before.
    assert marked(marker.highlight("USAID და სხვები", "ka")) == ["USAID"]


def test_a_lone_common_word_of_a_name_is_not_marked(site):
    usaid, osf = QueryMarker("USAID"), QueryMarker("OSF")
    text = "რეგიონული განვითარების ფონდი და ღია კარის დღე, საზოგადოების ფონდი."
    assert marked(usaid.highlight(text, "ka")) == []
    assert marked(osf.highlight(text, "ka")) == []
    # In order only, not with a word between them or reversed.
    assert marked(osf.highlight("ღია და საზოგადოების ფონდი; ფონდი ღია საზოგადოების", "ka")) == []
    assert marked(osf.highlight("ფონდი. ღია საზოგადოების ფონდის გრანტი", "ka")) == ["ღია საზოგადოების ფონდის"]
    # Words across a line break or punctuation are next to each other for the word splitter.
    assert marked(osf.highlight("ღია საზოგადოების\nფონდის", "ka")) == ["ღია საზოგადოების\nფონდის"]


def test_the_querys_own_words_are_marked_as_before(site):
    marker = QueryMarker("Open Society Foundations ტრენინგები")
    text = "Open doors: a society of friends. ტრენინგი ქუთაისში, ღია საზოგადოების ფონდის მხარდაჭერით."
    assert marked(marker.highlight(text, "ka")) == ["Open", "society", "ტრენინგი", "ღია საზოგადოების ფონდის"]


def test_a_place_typed_in_english_spelling_marks_its_names(site):
    lankaran(site)
    marker = QueryMarker("Lankaran")
    assert marked(marker.highlight("ვიზიტი ლენქორანში და ლენქორანის რაიონში", "ka")) == ["ლენქორანში", "ლენქორანის"]
    assert marked(marker.highlight("Lənkəranda görüş, Lənkəran", "az")) == ["Lənkəranda", "Lənkəran"]


def test_a_quoted_query_marks_no_synonyms_as_none_were_searched(site):
    text = f"USAID: {USAID_KA}"
    assert marked(QueryMarker('"USAID"').highlight(text, "ka")) == ["USAID"]
    assert marked(QueryMarker('"USAID" OSF').highlight(text, "ka")) == ["USAID"]


def test_only_the_equivalents_the_backends_searched_are_marked(site):
    """A span's equivalents beyond MAX_EQUIVALENTS were not searched: not marked either."""
    names = [f"name{n}" for n in range(synonyms.MAX_EQUIVALENTS + 3)]
    SynonymGroup.objects.create(terms="\n".join(names))
    marker = QueryMarker(names[0])
    found = marked(marker.highlight(" ".join(names), "en"))
    assert found == names[: synonyms.MAX_EQUIVALENTS + 1]
    spans = synonyms.current_synonyms(term_alternatives).expansions(word_alternatives(names[0]))
    assert [len(equivalents) for _start, _end, equivalents in spans] == [synonyms.MAX_EQUIVALENTS]


def test_the_passage_is_cut_around_a_name_matched_by_its_synonym(site):
    text = f"{FILLER} {USAID_KA} აფინანსებს სათემო რადიოს. {FILLER}"
    passage = QueryMarker("USAID").passage(text, "ka", words=20)
    assert passage.startswith("… ") and passage.endswith(" …")
    assert marked(passage) == [USAID_KA]
    # Without the group nothing matches: the passage is the text's beginning.
    SynonymGroup.objects.filter(terms__startswith="USAID\n").delete()
    passage = QueryMarker("USAID").passage(text, "ka", words=20)
    assert passage.startswith("სიტყვა0 ") and not marked(passage)


def test_a_name_at_the_passages_end_is_marked_as_far_as_shown(site):
    name = "ღია საზოგადოების ფონდი"
    passage = QueryMarker("OSF").passage(f"{name} {FILLER} {name}", "ka", words=len(FILLER.split()) + 5)
    # From the first name on: the second is cut after two of its three words.
    assert marked(passage) == [name, "ღია საზოგადოების"] and passage.endswith(" …")


def test_the_html_stays_escaped(site):
    marker = QueryMarker("OSF")
    html = str(marker.highlight("<script>alert(1)</script> ღია საზოგადოების & ფონდის <b>", "ka"))
    assert "<script>" not in html and "&lt;script&gt;" in html and html.endswith("&lt;b&gt;")
    assert marked(html) == ["ღია საზოგადოების &amp; ფონდის"]
    passage = str(marker.passage(f"{FILLER} & <i>ღია საზოგადოების ფონდი</i>", "ka", words=10))
    assert "<i>" not in passage and "&lt;i&gt;<mark>ღია საზოგადოების ფონდი</mark>&lt;/i …" in passage


ODD_QUERIES = ["", "\x00", "USAID\x00", "😀", "OSF 😀 USAID", "-", '"', "ა" * 200]
ODD_TEXTS = [None, "", "\x00", "😀🙈", f"{USAID_KA}\x00ღია საზოგადოების ფონდი", "-- & --"]


def test_odd_input_is_no_error(site):
    # Every pair on one site (a site a test costs a second and more).
    for query in ODD_QUERIES:
        marker = QueryMarker(query)
        for text in ODD_TEXTS:
            assert isinstance(str(marker.highlight(text, "ka")), str), (query, text)
            assert isinstance(str(marker.passage(text, "ka")), str), (query, text)


# --- Through the search page ------------------------------------------------------------------


@pytest.fixture
def pages(site):
    news = site.news["ka"]
    return {
        "usaid-ka": factories.news(news, "usaid-ka", "სათემო რადიო", lead=f"{USAID_KA} აფინანსებს სათემო რადიოს."),
        "osf-ka": factories.news(
            news,
            "osf-ka",
            "ტრენინგი ქუთაისში",
            lead=f"{FILLER} ფონდი აცხადებს: ღია საზოგადოების ფონდის მხარდაჭერით, ღია კარის დღე.",
        ),
    }


def search_html(client, code, query):
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_the_search_page_marks_the_georgian_name_for_usaid(pages, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert f"<mark>{USAID_KA}</mark> აფინანსებს" in search_html(client, "ka", "USAID")


def test_the_search_page_marks_a_name_not_its_common_word(pages, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    html = search_html(client, "ka", "Open Society Foundations")
    assert marked(html) == ["ღია საზოგადოების ფონდის"]
    # The passage is cut around it, not from the text's start.
    assert "სიტყვა0 " not in html and "… სიტყვა" in html


def test_the_search_page_marks_lankaran_in_both_languages(site, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    lankaran(site)
    lead = "Tərəfdaşlar Lənkəran təşkilatları ilə görüşdü."
    factories.news(site.news["az"], "visit-az", "Lənkəranda görüş", lead=lead)
    factories.news(site.news["ka"], "visit-ka", "ვიზიტი ლენქორანში", lead="პარტნიორები შეხვდნენ.")
    assert set(marked(search_html(client, "az", "Lankaran"))) == {"Lənkəranda", "Lənkəran"}
    assert marked(search_html(client, "ka", "Lankaran")) == ["ლენქორანში"]


def test_marking_synonyms_costs_the_search_page_no_query(site, client, settings, django_assert_max_num_queries):
    """Results marked through synonyms take as many queries with ten of them as with four (more
    than search_page.empty's few, which add their help), and no more than as many marked by the
    query's own words: the marker is built once per request from the map the search itself read."""
    settings.PAGE_CACHE_SECONDS = 0
    # Two words of the text only, as the expanded USAID is several (PostgreSQL ranks a query of
    # one word with one statement less) and its matches are in the text only.
    plain_url, synonym_url = "/ka/search/?q=აფინანსებს ადგილობრივ", "/ka/search/?q=USAID"

    def add_radios(numbers):
        for n in numbers:
            lead = f"{USAID_KA} აფინანსებს ადგილობრივ რადიოს."
            factories.news(site.news["ka"], f"radio-{n}", f"სათემო რადიო {n}", lead=lead)
        # What any first search reads: the synonyms, the facets kept until something is published.
        client.get(plain_url), client.get(synonym_url)

    add_radios(range(4))
    with CaptureQueriesContext(connection) as captured:
        assert marked(client.get(synonym_url).content.decode()).count(USAID_KA) == 4
    with_four = len(captured)  # now: the next request's log is another
    add_radios(range(4, 10))
    with CaptureQueriesContext(connection) as captured:
        assert marked(client.get(plain_url).content.decode()).count("აფინანსებს") == 10
    plain = len(captured)
    with django_assert_max_num_queries(min(with_four, plain)):
        html = client.get(synonym_url).content.decode()
    assert marked(html).count(USAID_KA) == 10


def test_bad_queries_on_marked_results_are_no_error(pages, client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for query in ("USAID\x00", "OSF 😀", "\x00OSF", '"OSF', "OSF " * 100):
        assert client.get("/ka/search/", {"q": query}).status_code in (200, 400)
