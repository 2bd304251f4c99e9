"""Synonyms (search.synonyms): the editors' vocabulary, organisations and donors by all their names,
the default set, and what every backend finds with them (SQLite or PostgreSQL by DATABASE_URL;
OpenSearch through osmem-server at the end)."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.search.query import And, Or, Phrase, PlainText

from home.site_setup import bootstrap_site
from partners.sections import COALITION_EDITORS, ensure_coalition_groups
from search import synonyms
from search.backends import MAX_WORDS, analysed, term_alternatives, word_alternatives
from search.models import SynonymGroup
from search.synonym_defaults import DEFAULT_GROUPS
from search_page.query import search_pages

from .. import factories, two_sections

USAID_KA = "აშშ-ის საერთაშორისო განვითარების სააგენტო"


def titles(query, locale):
    return {page.title for page in search_pages(query, locale)}


@pytest.fixture
def pages(site):
    """Georgian pages naming funders one way or another, and one naming none."""
    news = site.news["ka"]
    return {
        "usaid-ka": factories.news(news, "usaid-ka", "სათემო რადიო", lead=f"{USAID_KA} აფინანსებს სათემო რადიოს."),
        "usaid-en": factories.news(news, "usaid-en", "ახალი გრანტები", lead="USAID announces small grants."),
        "osf-ka": factories.news(news, "osf-ka", "ტრენინგი ქუთაისში", lead="ღია საზოგადოების ფონდის მხარდაჭერით."),
        "osf-en": factories.news(news, "osf-en", "ტრენინგი ზუგდიდში", lead="Supported by Open Society Foundations."),
        "training": factories.news(news, "training", "ტრენინგი ბათუმში", lead="ადგილობრივი ინიციატივა."),
        "osf-report": factories.news(news, "osf-report", "ანგარიში", lead="ღია საზოგადოების ფონდი: წლიური ანგარიში."),
    }


def test_an_editors_group_finds_each_name_by_the_other(pages, site):
    ka = site.locales["ka"]
    SynonymGroup.objects.all().delete()
    assert titles("USAID", ka) == {"ახალი გრანტები"}
    assert titles(USAID_KA, ka) == {"სათემო რადიო"}

    SynonymGroup.objects.create(terms=f"USAID\n{USAID_KA}")
    both = {"ახალი გრანტები", "სათემო რადიო"}
    assert titles("USAID", ka) == both
    assert titles("usaid", ka) == both
    assert titles(USAID_KA, ka) == both
    # Inflected (the agency's dative) and Latin-typed Georgian meet the term by its stems.
    assert titles("აშშ-ის საერთაშორისო განვითარების სააგენტოს", ka) == both
    # Quoted, a name means what is written.
    assert titles('"USAID"', ka) == {"ახალი გრანტები"}

    # Deleting the group takes its synonyms away at the next search.
    SynonymGroup.objects.all().delete()
    assert titles("USAID", ka) == {"ახალი გრანტები"}


def test_a_multi_word_synonym_inside_a_longer_query(pages, site):
    ka = site.locales["ka"]
    trainings_with_osf = {"ტრენინგი ქუთაისში", "ტრენინგი ზუგდიდში"}
    # The default set's Open Society group: the English name meets the Georgian one and back,
    # the other words of the query still required (not the report, not the other training).
    assert titles("Open Society Foundations ტრენინგი", ka) == trainings_with_osf
    assert titles("ღია საზოგადოების ფონდის ტრენინგი", ka) == trainings_with_osf
    assert titles("ტრენინგი ღია საზოგადოების ფონდი", ka) == trainings_with_osf
    assert titles("ღია საზოგადოების ფონდი", ka) == {*trainings_with_osf, "ანგარიში"}
    # A word of a name alone is no synonym of the name.
    assert "ტრენინგი ზუგდიდში" not in titles("ღია", ka)


def test_the_query_object_the_backends_get(pages):
    query = analysed(PlainText("USAID grants"))
    assert isinstance(query, And) and len(query.subqueries) == 2
    usaid, grants = query.subqueries
    assert isinstance(usaid, Or) and PlainText("usaid").query_string in {
        sub.query_string for sub in usaid.subqueries[0].subqueries
    }
    georgian = [sub for sub in usaid.subqueries[1:] if isinstance(sub, And) and len(sub.subqueries) == 5]
    assert georgian, "the Georgian name: the And of its five words"
    assert "grants" in {sub.query_string for sub in grants.subqueries}
    # A phrase stays as written.
    phrase = analysed(Phrase("USAID grants"))
    assert isinstance(phrase, Phrase) and phrase.query_string == "usaid grants"


def test_an_equivalent_that_a_shorter_one_implies_is_not_searched(site):
    """The name "Kvinna till Kvinna Foundation" adds nothing to "Kvinna till Kvinna" (a page that has the
    first has the second) but postings for the database to read: it is left out of the query, and
    the page naming it is still found."""
    SynonymGroup.objects.create(terms="Kvinna till Kvinna\nThe Kvinna till Kvinna Foundation\nKtK\nქალები ქალებისათვის")
    page = factories.news(site.news["ka"], "ktk", "ანგარიში", lead="The Kvinna till Kvinna Foundation supports it.")

    def searched(query):
        words = [tokens for tokens in word_alternatives(query) if tokens]
        current = synonyms.current_synonyms(term_alternatives)
        return [[term.alternatives[0][0] for term in terms] for _start, _end, terms in current.expansions(words)]

    # (The default set also names it: კვინა ტილ კვინა.)
    (for_acronym,) = searched("KtK")
    assert "kvinna" in for_acronym and "the" not in for_acronym  # the foundation implies the name
    (for_name,) = searched("kvinna till kvinna")
    assert {"ktk", "ქალები"} <= set(for_name) and not {"kvinna", "the"} & set(for_name)
    assert page.title in titles("KtK", site.locales["ka"])


def test_queries_stay_bounded(site):
    every_name = " ".join(group[0] for group in DEFAULT_GROUPS)
    query = analysed(PlainText(every_name))

    def leaves(node):
        if isinstance(node, PlainText):
            return 1
        return sum(leaves(sub) for sub in node.subqueries)

    assert len(query.subqueries) <= MAX_WORDS
    assert leaves(query) <= MAX_WORDS * 6 + synonyms.MAX_EXPANSION_TOKENS


def test_organisations_and_donors_are_synonyms_of_themselves(site):
    ka, az, en = (site.locales[code] for code in ("ka", "az", "en"))
    org = factories.organisation(site.members["ka"], "wic", "ქალთა საინფორმაციო ცენტრი", acronym="WIC")
    org.copy_for_translation(az).save_revision().publish()
    org_az = org.get_translation(az)
    org_az.title = "Qadın İnformasiya Mərkəzi"
    org_az.save_revision().publish()
    donor = factories.donor(site.donors["ka"], "swiss", "შვეიცარიის საელჩო")
    donor_en = donor.copy_for_translation(en)
    donor_en.title = "Embassy of Switzerland (SDC)"
    donor_en.save_revision().publish()
    news = site.news["ka"]
    factories.news(news, "by-acronym", "WIC-ის ტრენინგი", lead="WIC trained journalists.")
    factories.news(news, "by-donor", "ახალი პროექტი", lead="შვეიცარიის საელჩოს მხარდაჭერით.")

    for name in ("ქალთა საინფორმაციო ცენტრი", "Qadın İnformasiya Mərkəzi", "qadin informasiya merkezi"):
        assert "WIC-ის ტრენინგი" in titles(name, ka), name
    assert "ახალი პროექტი" in titles("Embassy of Switzerland", ka)
    assert "ახალი პროექტი" in titles("SDC", ka)

    # Renamed: the old name no longer expands to the others.
    org.title = "ქალთა ცენტრი"
    org.save_revision().publish()
    assert "WIC-ის ტრენინგი" not in titles("ქალთა საინფორმაციო ცენტრი", ka)
    assert "WIC-ის ტრენინგი" in titles("ქალთა ცენტრი", ka)
    # Unpublished (every language): its names are no synonyms any more.
    org_az.unpublish()
    org.unpublish()
    assert "WIC-ის ტრენინგი" not in titles("ქალთა ცენტრი", ka)


def test_places_and_quoted_names_are_synonyms_across_languages(site):
    """A municipality's names in every language are one group (the query Lankaran, typed in
    English spelling, meets the English name and the native Lənkəran alike), and so is the proper
    name quoted in an organisation's title („მწვანე ტალღა“ and “Green Wave”)."""
    from partners.models import Municipality

    ka, en = site.locales["ka"], site.locales["en"]
    place = Municipality.objects.create(locale=ka, slug="lankaran", name="ლენქორანი")
    Municipality.objects.create(
        locale=site.locales["az"], slug="lankaran", name="Lənkəran", translation_key=place.translation_key
    )
    news = site.news["ka"]
    factories.news(news, "visit", "ვიზიტი ლენქორანში", lead="პარტნიორები ლენქორანის ორგანიზაციებს შეხვდნენ.")
    assert "ვიზიტი ლენქორანში" in titles("Lankaran", ka)
    assert "ვიზიტი ლენქორანში" in titles("Lənkəran", ka)

    org = factories.organisation(site.members["ka"], "green-wave", "ეკოლოგიური კავშირი „მწვანე ტალღა“", acronym="")
    org_en = org.copy_for_translation(en)
    org_en.title = "“Green Wave” Environmental Union"
    org_en.save_revision().publish()
    factories.news(news, "cleanup", "დასუფთავება ბათუმში", lead="„მწვანე ტალღის“ მოხალისეებმა სანაპირო დაასუფთავეს.")
    assert "დასუფთავება ბათუმში" in titles("Green Wave", ka)
    assert "დასუფთავება ბათუმში" not in titles("Green Peace", ka)


def test_a_name_typed_in_english_spelling_with_an_azerbaijani_q_finds_its_place(site):
    """Qabala (the q kept, ə typed a) is neither the native Qəbələ nor the English Gabala; the
    place's names meet it by their English-spelling key. A word that names nothing is not widened
    that way: qol ("arm") never meets göl ("lake")."""
    from partners.models import Municipality

    az = site.locales["az"]
    place = Municipality.objects.create(locale=site.locales["ka"], slug="gabala", name="გაბალა")
    Municipality.objects.create(locale=az, slug="gabala", name="Qəbələ", translation_key=place.translation_key)
    factories.news(site.news["az"], "festival", "Qəbələdə turizm festivalı", lead="Qəbələ rayonunda festival.")
    factories.news(site.news["az"], "lake", "Göl sahilində təmizlik", lead="Könüllülər gölün sahilini təmizlədi.")
    assert "Qəbələdə turizm festivalı" in titles("Qabala", az)
    assert "Qəbələdə turizm festivalı" in titles("Qabala festivalı", az)
    assert titles("qol", az) == set()


def test_the_default_set_loads_once_and_editors_keep_their_changes(site):
    assert SynonymGroup.objects.count() == len(DEFAULT_GROUPS)
    usaid = SynonymGroup.objects.get(terms__startswith="USAID\n")
    usaid.terms = "USAID\nამერიკის განვითარების სააგენტო"
    usaid.save()
    SynonymGroup.objects.filter(terms__startswith="WHO\n").delete()
    SynonymGroup.objects.create(terms="ICMA\nİcma")

    bootstrap_site(places=False)
    assert SynonymGroup.objects.count() == len(DEFAULT_GROUPS)
    assert SynonymGroup.objects.get(pk=usaid.pk).terms == "USAID\nამერიკის განვითარების სააგენტო"
    assert not SynonymGroup.objects.filter(terms__startswith="WHO\n").exists()


def test_a_search_costs_no_query_for_synonyms(pages, site, django_assert_max_num_queries):
    ka = site.locales["ka"]
    # Two words, as the expanded queries are (PostgreSQL ranks those with one statement more).
    list(search_pages("ტრენინგი ბათუმში", ka))  # what any first search reads, the synonyms map too
    with CaptureQueriesContext(connection) as plain:
        list(search_pages("ტრენინგი ბათუმში", ka))
    with django_assert_max_num_queries(len(plain)):
        assert len(list(search_pages("USAID grants", ka))) == 1
    # Another process renewed the version (it saved a group): this one reads the map again, once
    # (the groups, the organisations, the donors, the regions, the municipalities).
    cache.set(synonyms.VERSION_KEY, 1, None)
    with CaptureQueriesContext(connection) as after_change:
        list(search_pages("USAID", ka))
    assert len(after_change) == len(plain) + 5
    with django_assert_max_num_queries(len(plain)):
        list(search_pages("USAID", ka))


@pytest.mark.parametrize("query", ["\x00", "USAID\x00", "\x00" * 50, "USAID " * 400, "ა" * 2000, "U" * 2000, "-"])
def test_bad_input_is_no_error(pages, site, client, settings, query):
    settings.PAGE_CACHE_SECONDS = 0
    list(search_pages(query, site.locales["ka"]))
    assert client.get("/ka/search/", {"q": query}).status_code in (200, 400)
    assert client.get("/api/v2/pages/", {"search": query}).status_code in (200, 400)


def test_a_group_needs_two_terms_of_reasonable_length(db):
    from django.core.exceptions import ValidationError

    for terms in ("USAID", "USAID\n usaid ", "USAID\n" + "word " * 20, "USAID\n---"):
        with pytest.raises(ValidationError):
            SynonymGroup(terms=terms).full_clean()
    group = SynonymGroup(terms="  USAID \n\n  აშშ-ის   სააგენტო\x00 \n")
    group.full_clean()
    assert group.terms == "USAID\nაშშ-ის სააგენტო"


def test_coalition_staff_manage_the_vocabulary_member_editors_do_not(site, client):
    ensure_coalition_groups()
    staff = two_sections.editor(Group.objects.get(name=COALITION_EDITORS), "coalition-editor", "Nino")
    client.login(username=staff.username, password=two_sections.PASSWORD)
    listing_url = reverse("wagtailsnippets_search_synonymgroup:list")
    listing = client.get(listing_url)
    assert listing.status_code == 200 and "Asian Development Bank" in listing.content.decode()
    assert "United States Agency" in client.get(listing_url, {"q": "usaid"}).content.decode()
    found = client.get(listing_url, {"q": "საზოგადოების"}).content.decode()
    assert "ღია საზოგადოების ფონდი" in found and "USAID" not in found
    for query in ("\x00", "ა" * 2000, "%_'\"<>"):
        assert client.get(listing_url, {"q": query}).status_code == 200

    group = SynonymGroup.objects.get(terms__startswith="USAID\n")
    edit_url = reverse("wagtailsnippets_search_synonymgroup:edit", args=[group.pk])
    assert client.get(edit_url).status_code == 200
    assert client.post(edit_url, {"terms": "USAID\nაშშ-ის განვითარების სააგენტო"}).status_code == 302
    assert SynonymGroup.objects.get(pk=group.pk).term_list() == ["USAID", "აშშ-ის განვითარების სააგენტო"]
    assert client.post(edit_url, {"terms": "USAID"}).status_code == 200  # one term: the form again
    add_url = reverse("wagtailsnippets_search_synonymgroup:add")
    # Terms differing only by case or diacritics are one term.
    assert client.post(add_url, {"terms": "ICMA\nİcma"}).status_code == 200
    assert client.post(add_url, {"terms": "ICMA\nİcma qrupu\nicma qrupu"}).status_code == 302
    assert SynonymGroup.objects.get(terms__startswith="ICMA").term_list() == ["ICMA", "İcma qrupu"]

    # A member organisation's editor: no menu item, refused (Wagtail redirects to the dashboard).
    client.logout()
    two = two_sections.build(site)
    client.login(username=two.editor_a.username, password=two_sections.PASSWORD)
    assert client.get(listing_url).status_code == 302
    assert client.get(edit_url).status_code == 302
    assert client.post(edit_url, {"terms": "USAID\nX"}).status_code == 302
    assert client.post(add_url, {"terms": "A\nB"}).status_code == 302
    assert SynonymGroup.objects.get(pk=group.pk).term_list() == ["USAID", "აშშ-ის განვითარების სააგენტო"]
    assert listing_url not in client.get(reverse("wagtailadmin_home")).content.decode()


# --- OpenSearch (osmem-server) ----------------------------------------------------------------


@pytest.fixture(scope="module")
def opensearch_server():
    osmem_server = pytest.importorskip("osmem_server")
    with osmem_server.OsmemServer.start() as server:
        yield {"default": {"BACKEND": "search.backends.opensearch", "URLS": [server.url], "INDEX": "coalition-syn"}}


def test_opensearch_finds_names_by_their_synonyms(pages, site, opensearch_server):
    ka = site.locales["ka"]
    SynonymGroup.objects.create(terms="ღია საზოგადოება\nOpen Society")
    queries = {
        "USAID": {"ახალი გრანტები", "სათემო რადიო"},
        USAID_KA: {"ახალი გრანტები", "სათემო რადიო"},
        "Open Society Foundations ტრენინგი": {"ტრენინგი ქუთაისში", "ტრენინგი ზუგდიდში"},
    }
    on_database = {query: titles(query, ka) for query in queries}
    with override_settings(WAGTAILSEARCH_BACKENDS=opensearch_server):
        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        on_opensearch = {query: titles(query, ka) for query in queries}
    assert on_database == queries
    assert on_opensearch == queries
