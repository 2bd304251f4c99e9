"""Did you mean (search.spelling, search_page.empty.did_you_mean): a query's unknown words spelled
as the live public pages of its language spell them, checked to find pages before it is offered."""

import time
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from coalition.serving import free_port
from core.spelling import rebuild_spelling_vocabulary
from search import lexicon, spelling
from search.models import SpellingWord
from search_page.empty import Scope, did_you_mean

from . import factories
from .conftest import make_site, shared_by_module


@pytest.fixture(scope="module")
def shared_content(django_db_setup, django_db_blocker):
    """Georgian trainings and forums, Azerbaijani ones, and words that only a private section, a
    draft or an unpublished page use."""
    with shared_by_module(django_db_blocker):
        site = make_site()
        ka, az = site.news["ka"], site.news["az"]
        factories.news(ka, "kutaisi-training", "ტრენინგი ქუთაისში", on=date(2023, 3, 1))
        factories.news(ka, "zugdidi-training", "ტრენინგი ზუგდიდში", lead="ქალთა ფორუმი ზუგდიდში")
        factories.news(ka, "forum", "ქალთა ფორუმი", lead="ტრენინგები ახალგაზრდებისთვის")
        factories.news(ka, "town", "ქალაქი და სოფელი")
        factories.news(az, "qebele-forum", "Qəbələ forumu", lead="Gənc sahibkarlar üçün treninq")
        factories.news(az, "qebele-training", "Qəbələ təlimi")
        factories.news(az, "lenkeran", "Lənkəran bələdiyyəsi", lead="İnkişaf proqramı")

        private = factories.news(ka, "private", "დახურული განყოფილება", lead="კონფიდენციალურობა")
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
        factories.news(private, "secret", "საიდუმლოება", lead="ზედამხედველობა")  # below the private page
        draft = factories.news(ka, "draft", "სიახლე")
        draft.title = "გამოუქვეყნებელი დოკუმენტაცია"
        draft.save_revision()
        gone = factories.news(az, "gone", "Mühafizəkarlıq")
        gone.unpublish()
        rebuild_spelling_vocabulary()
        yield site


@pytest.fixture
def site(shared_content, db, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the tests read the context
    return shared_content


def suggestion(query, code, **scope):
    locale = Locale.objects.get(language_code=code) if code else None
    return did_you_mean(Scope(query, locale, scope.get("type", ""), scope.get("filters", {})))


def vocabulary(code):
    return set(SpellingWord.objects.filter(language=code).values_list("word", flat=True))


def test_a_georgian_typo_gets_the_spelling_the_pages_use(site):
    assert suggestion("ტრენინი", "ka") == "ტრენინგი"
    assert suggestion("ᲢᲠᲔᲜᲘᲜᲘ", "ka") == "ტრენინგი"  # Mtavruli, folded
    assert suggestion("ფორუნი", "ka") == "ფორუმი"


def test_georgian_typed_in_latin_letters_gets_the_georgian_word(site):
    assert suggestion("trenig", "ka") == "ტრენინგი"
    assert suggestion("qalqi", "ka") == "ქალაქი"  # q typed for ქ, as the search reads it too
    assert suggestion("qalaqi", "ka") is None  # found as typed


def test_an_azerbaijani_typo_gets_the_spelling_with_its_letters(site):
    assert suggestion("Qbələ", "az") == "Qəbələ"
    assert suggestion("Qəvələ", "az") == "Qəbələ"
    assert suggestion("sahipkarlar", "az") == "sahibkarlar"
    assert suggestion("treninig", "az") == "treninq"
    assert suggestion("Lenkaran", "az") == "Lənkəran"  # half in English spelling, which has no "lenk"
    # Found as typed: the search folds the marks, reads English spelling and stems.
    for known in ("Qəbəle", "Lankaran", "Qebelle"):
        assert suggestion(known, "az") is None, known


def test_a_known_word_is_not_corrected(site):
    for query, code in [
        ("ტრენინგი", "ka"),
        ("ტრენინგებზე", "ka"),  # a form no page has, but its stem is known
        ("ქუთაისი", "ka"),
        ("forumu", "az"),
        ("qebele", "az"),
    ]:
        assert spelling.corrections(query, [code]) == [], query


def test_only_unknown_words_of_several_are_corrected(site):
    assert suggestion("ტრენინი ქუთაისი", "ka") == "ტრენინგი ქუთაისი"  # the known word as typed
    assert suggestion("Qəbələ frumu", "az") == "Qəbələ forumu"
    assert suggestion("qebele frumu", "az") == "qebele forumu"


def test_the_query_itself_and_what_finds_nothing_are_never_offered(site):
    # ტრენინგი is in a page of 2023 and one of 2024, ფორუმი in 2024 only: under a filter that
    # excludes every page with the corrected word, there is nothing to offer.
    assert suggestion("ტრენინი", "ka", filters={"year": 2023}) == "ტრენინგი"
    assert suggestion("ფორუნი", "ka", filters={"year": 2023}) is None
    assert suggestion("ტრენინი ფორუნი ზუგდიდში", "ka") == "ტრენინგი ფორუმი ზუგდიდში"
    assert suggestion("ტრენინი ქუთაისში ფორუნი", "ka") is None  # no page has all three
    assert suggestion("xyzzy", "ka") is None


def test_words_of_private_unpublished_and_draft_pages_are_never_offered(site):
    ka, az = vocabulary("ka"), vocabulary("az")
    for word in ("საიდუმლოება", "ზედამხედველობა", "კონფიდენციალურობა", "დახურული", "გამოუქვეყნებელი"):
        assert word not in ka
    assert "mühafizəkarlıq" not in az
    for typo, code in [
        ("საიდუმლოებაა", "ka"),
        ("ზედამხედველობ", "ka"),
        ("კონფიდენციალურობაა", "ka"),
        ("გამოუქვეყნებელ", "ka"),
        ("Mühafizəkarlığ", "az"),
    ]:
        assert spelling.corrections(typo, [code]) == [], typo
        assert suggestion(typo, code) is None


def test_all_languages_search_corrects_from_every_language(site):
    assert suggestion("Qbələ", None) == "Qəbələ"
    assert suggestion("ტრენინი", None) == "ტრენინგი"


def test_a_publication_brings_its_words_and_an_unpublication_takes_them(site):
    assert suggestion("ბიუჯეტრება", "ka") is None
    loaded = lexicon.lexicon("ka")
    page = factories.news(site.news["ka"], "budget", "გენდერული ბიუჯეტირება")
    assert suggestion("ბიუჯეტრება", "ka") == "ბიუჯეტირება"
    assert lexicon.lexicon("ka") is loaded  # the new words added to it, not all loaded again
    page.unpublish()
    assert "ბიუჯეტირება" not in vocabulary("ka")
    assert suggestion("ბიუჯეტრება", "ka") is None
    assert "ტრენინგი" in vocabulary("ka")  # used by other pages


def test_a_page_published_in_a_private_section_brings_no_words(site):
    private = site.news["ka"].get_children().get(slug="private")
    factories.news(private, "secret-2", "კორესპონდენცია")
    assert "კორესპონდენცია" not in vocabulary("ka")


def test_the_rebuild_counts_pages_and_titles(site):
    call_command("rebuild_spelling", stdout=open("/dev/null", "w"))
    training = SpellingWord.objects.get(language="ka", word="ტრენინგი")
    assert (training.pages, training.title_pages) == (2, 2)
    forum = SpellingWord.objects.get(language="ka", word="ფორუმი")
    assert (forum.pages, forum.title_pages) == (2, 1)
    assert SpellingWord.objects.filter(language="ka", word__startswith="zzk").exists()  # stems, to know forms by


def test_the_closest_word_wins_then_the_more_used(site):
    # ბალანსი (two pages) and ტალანსი (one) are both one letter from ჯალანსი.
    factories.news(site.news["ka"], "balance-1", "ბალანსი")
    factories.news(site.news["ka"], "balance-2", "ენერგეტიკული ბალანსი")
    factories.news(site.news["ka"], "talans", "ტალანსი")
    assert spelling.corrections("ჯალანსი", ["ka"])[0] == "ბალანსი"
    assert spelling.corrections("ტალნსი", ["ka"])[0] == "ტალანსი"  # closer, though less used


@pytest.mark.parametrize(
    "query",
    [
        "",
        "\x00",
        "ტრენ\x00ინი",
        "x" * 2000,
        "ტრენინი " * 300,
        "😀🎉 ✨",
        "ტრენinგი",
        "Трениг",
        "!!! ... ???",
        "12345 2024",
        "ab cd",
        "ტრენ1ნი",
        "\u200b\u202e\ufeff",
        "a" + "\u0301" * 500,
    ],
)
def test_bad_input_gives_no_error(site, client, query):
    spelled = suggestion(query, "ka")
    assert spelled is None or (isinstance(spelled, str) and spelled != query and "\x00" not in spelled)
    assert client.get("/ka/search/", {"q": query}).status_code == 200


def test_a_word_mixing_georgian_and_latin_letters_is_read_as_romanised(site):
    assert suggestion("ტრენinგი", "ka") == "ტრენინგი"


# Steady state: whether the words are known, then per correction tried whether the words are
# promoted and the count (the count is up to 4 statements on PostgreSQL: search.backends).
SPELLING_QUERIES = 11


def test_a_suggestion_takes_a_bounded_number_of_queries(site, django_assert_max_num_queries):
    suggestion("ფორუნი", "ka")  # the words of the language loaded once per version and process
    with django_assert_max_num_queries(SPELLING_QUERIES):
        assert suggestion("ფორუნი ტრენინი ზუგდიდშ", "ka") == "ფორუმი ტრენინგი ზუგდიდში"
    with django_assert_max_num_queries(SPELLING_QUERIES):  # both corrections tried, neither found
        assert suggestion("ფორუნი ქუთაისშ", "ka") is None
    with CaptureQueriesContext(connection) as loading:
        lexicon.forget_vocabulary()
        suggestion("ფორუნი", "ka")
    assert len(loading.captured_queries) <= SPELLING_QUERIES + 1


def test_bootstrap_site_fills_an_empty_vocabulary(site):
    SpellingWord.objects.all().delete()  # as on a site older than the vocabulary
    call_command("bootstrap_site", stdout=open("/dev/null", "w"))
    assert {"ტრენინგი", "ფორუმი"} <= vocabulary("ka") and "qəbələ" in vocabulary("az")
    assert suggestion("ტრენინი", "ka") == "ტრენინგი"


def test_a_suggestion_works_while_the_cache_is_down(site, settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    started = time.monotonic()
    assert spelling.corrections("ტრენინი", ["ka"]) == ["ტრენინგი"]
    lexicon.forget_vocabulary()
    assert spelling.corrections("ტრენინი", ["ka"]) == ["ტრენინგი"]
    assert time.monotonic() - started < 5
    assert "The cache does not answer: search:spelling-version" in caplog.text
