"""search.analysis's tokens: analyse() and analyse_query() across the three languages (words
typed in one language meeting text in another, endings with two readings), the words of the seed
tables being real, and robustness against any input. The normalisation and each language's
stemmer have their own test modules (test_analysis_normalise, _georgian, _azerbaijani). Pure
Python, no database."""

import itertools
import random
import time
import unicodedata

import pytest

from search.analysis import analyse, analyse_query, normalise, words

from .analysis_helpers import REPO, SEEDS, matches
from .test_analysis_azerbaijani import AZERBAIJANI_SEED_GROUPS
from .test_analysis_georgian import GEORGIAN_SEED_GROUPS

# ---------------------------------------------------------------------------
# Words of one language in another's text, endings with two readings
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, text, language",
    [
        # Azerbaijani and English Latin words keep their own analysis
        ("qadin", "qadınlar", "az"),
        ("qrup", "qrupları", "az"),
        ("xəbər", "xəbərlər", "az"),
        ("yaşayış", "yaşayışı", "az"),
        ("workshop", "workshops", "en"),
        ("fund", "funds", "en"),
    ],
)
def test_latin_words_of_other_languages_still_match(query, text, language):
    assert matches(query, text, language)


@pytest.mark.parametrize(
    "query, text, language",
    [
        ("ვებგვერდზე", "ვებგვერზე", "ka"),  # dz is not folded to z
        ("qalaqi", "ქალი", "ka"),
        ("fondi", "პონტი", "ka"),
        ("qadin", "qadir", "az"),
        ("ქალაქია", "ქალია", "ka"),
    ],
)
def test_typing_variants_do_not_overmatch(query, text, language):
    assert not matches(query, text, language)


@pytest.mark.parametrize(
    "a, b, language",
    [
        # consonant + -ma: the ergative of a consonant stem, or the nominative of an a-stem
        ("რეფორმა", "რეფორმის", "ka"),
        ("რეფორმა", "რეფორმას", "ka"),
        ("გეგმა", "გეგმის", "ka"),
        ("ფორმა", "ფორმით", "ka"),
        ("ჯგუფმა", "ჯგუფის", "ka"),
        ("წევრმა", "წევრები", "ka"),
        # vowel + -yə/-ya: the dative after a vowel, or of a k-final root (k → y)
        ("dəstəyə", "dəstək", "az"),
        ("dəstəyə", "dəstəyi", "az"),
        ("birliyə", "birlik", "az"),
        ("köməyə", "kömək", "az"),
        ("layihəyə", "layihə", "az"),
        ("layihəyə", "layihənin", "az"),
    ],
)
def test_ambiguous_endings_give_both_stems(a, b, language):
    assert matches(a, b, language)
    assert matches(b, a, language)


# ---------------------------------------------------------------------------
# analyse and analyse_query
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "ქალთა საინფორმაციო ცენტრი ხაშურში",
            "ka",
            ["ქალთა", "zzkkal", "საინფორმაციო", "zzksainpormats", "ცენტრი", "zzktsentr", "ხაშურში", "zzkkhashur"],
        ),
        (
            "2018 წლის 7 ნოემბერს, 14:00 საათზე",
            "ka",
            ["2018", "წლის", "zzktsl", "7", "ნოემბერს", "zzknoembr", "14", "00", "საათზე", "zzksaat"],
        ),
        ("ᲥᲣᲗᲐᲘᲡᲘ kutaisshi", "ka", ["ქუთაისი", "zzkkutais", "kutaisshi", "zzkkutais"]),
        (
            "Regionlarda qadınlar üçün təlimlər",
            "az",
            [
                *("regionlarda", "zzaregio"),
                *("qadınlar", "zzaqad", "zzygad"),  # zzy: English spelling (gadinlar), where it differs
                *("üçün", "zzaucun", "zzyuch"),
                *("təlimlər", "zzatelim", "zzytalim"),
            ],
        ),
        ("ICMA QRUPLARI", "az", ["ıcma", "zzaicm", "zzyijm", "qrupları", "zzaqrup", "zzygrup"]),
        ("Konfrans ქუთაისში", "az", ["konfrans", "zzakonfrans", "ქუთაისში", "zzkkutais"]),
        (
            "Women’s trainings in 2018",
            "en",
            ["womens", "zzewomen", "trainings", "zzetrain", "in", "zzein", "2018"],
        ),
        ("Meeting ქუთაისში", "en", ["meeting", "zzemeet", "ქუთაისში", "zzkkutais"]),
        ("Trainings", "de", ["trainings", "zzetrain"]),  # other languages: like English
        ("Trainings", "", ["trainings", "zzetrain"]),
        ("Москва 2018", "ka", ["москва", "2018"]),  # other scripts and digits: exact only
        ("a\x00b 😀 \u202eשלום", "en", ["ab", "zzeab", "שלום"]),
        ("", "ka", []),
        ("— … !!", "az", []),
    ],
)
def test_analyse(text, language, expected):
    assert analyse(text, language) == expected


@pytest.mark.parametrize(
    "query, language, expected",
    [
        # a word typed without Azerbaijani letters (and without q, x) also asks for its English
        # spelling key (c read as ç); native spelling does not
        ("qadin sahibkarlari", "az", [["qadin", "zzaqad"], ["sahibkarlari", "zzasahibkar", "zzysahibkar"]]),
        ("ICMA QRUPLARI", "az", [["ıcma", "zzaicm", "zzyichm", "zzaichm"], ["qrupları", "zzaqrup"]]),
        ("icma qrupları", "az", [["icma", "zzaicm", "zzyichm", "zzaichm"], ["qrupları", "zzaqrup"]]),
        ("kutaisi შეხვედრა", "ka", [["kutaisi", "zzkkutais"], ["შეხვედრა", "zzkshekhvedr"]]),
        ("ᲥᲣᲗᲐᲘᲡᲘ", "ka", [["ქუთაისი", "zzkkutais"]]),
        ("trainings 2018", "en", [["trainings", "zzetrain"], ["2018"]]),
        ("", "en", []),
    ],
)
def test_analyse_query(query, language, expected):
    assert analyse_query(query, language) == expected


@pytest.mark.parametrize(
    "query, text, language",
    [
        ("qadin sahibkarlari", "Qadın sahibkarlar üçün təlim", "az"),
        ("QADIN SAHİBKARLARI", "qadınların sahibkarlarına", "az"),
        ("ICMA QRUPLARI", "icma qrupunda", "az"),
        ("bələdiyyə", "bələdiyyələrin nümayəndələri", "az"),
        ("layihe", "Layihənin məqsədi", "az"),
        ("kutaisi", "შეხვედრა ქუთაისში გაიმართება", "ka"),
        ("ქუთაისი შეხვედრა", "შეხვედრები ქუთაისში", "ka"),
        ("ᲨᲔᲮᲕᲔᲓᲠᲐ", "შეხვედრების ციკლი", "ka"),
        ("organizatsiebi", "არასამთავრობო ორგანიზაციის", "ka"),
        ("monatsile", "მონაწილეებისთვის", "ka"),
        ("training municipalities", "Trainings for the municipality", "en"),
    ],
)
def test_query_matches_text(query, text, language):
    assert matches(query, text, language)


@pytest.mark.parametrize(
    "query, text, language",
    [
        ("zugdidi", "შეხვედრა ქუთაისში", "ka"),
        ("მონაწილეობა", "მონაწილეები", "ka"),  # participation ≠ participant
        ("qız", "qadınlar", "az"),
        ("vətən", "vətəndaşlar", "az"),
        ("icra", "icmalar", "az"),
        ("qadin telim", "qadınlar üçün layihə", "az"),  # AND across words
    ],
)
def test_query_does_not_match_text(query, text, language):
    assert not matches(query, text, language)


# ---------------------------------------------------------------------------
# The seed tables
# ---------------------------------------------------------------------------


def _vocabulary():
    texts = [(REPO / "home" / "demo" / "data.py").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    vocab = set()
    for text in texts:
        vocab.update(words(text, "az"))
    return vocab


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the repository")
def test_seed_words_are_real():
    """The words in the seed tables occur in the seed articles or the demo content."""
    vocab = _vocabulary()
    listed = itertools.chain(
        itertools.chain.from_iterable(GEORGIAN_SEED_GROUPS.values()),
        itertools.chain.from_iterable(AZERBAIJANI_SEED_GROUPS.values()),
    )
    missing = sorted(w for w in listed if normalise(w, "az") not in vocab)
    assert not missing


# ---------------------------------------------------------------------------
# Robustness
# ---------------------------------------------------------------------------


def _is_clean(token):
    """Letters, digits and combining marks only: nothing a backend tokenizer would split on."""
    return bool(token) and all(c.isalnum() or unicodedata.category(c).startswith("M") for c in token)


def _without_keys(tokens):
    """The tokens without the zzy keys and the zza stems that follow them (a query's key as a
    stem)."""
    kept, after_key = [], False
    for token in tokens:
        after_key = token.startswith("zzy") or (after_key and token.startswith("zza"))
        if not after_key:
            kept.append(token)
    return kept


def _random_texts():
    rng = random.Random(20240607)
    pools = [
        "ქუთაისში შეხვედრა ᲥᲣᲗᲐᲘᲡᲘ qadınların İSTANBUL ICMA k’utaisi",
        "\x00\x01\x1b\t\n\u00ad\u200b\u200d\u202e\u2066\ufeff\ud800",
        "😀🇬🇪👩‍👩‍👧✓—…„“«»'`´ʼ’-_.,:;!?()[]{}<>/\\|@#$%^&*+=~",
        "שָׁלוֹם مرحبا بالعالم Москва ελληνικά 東京 한국어 हिन्दी",
        "0123456789٠١٢٣٤٥",
        "e\u0301a\u0308\u0307\u0338",
    ]
    alphabet = "".join(pools)
    for _ in range(300):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
    yield "ა" * 10_000
    yield "qadınlarının" * 500
    yield "\x00" * 1000
    yield "'" * 100 + "a'b'c" + "'" * 100


@pytest.mark.parametrize("language", ["ka", "az", "en", "ru", ""])
def test_any_input_gives_clean_tokens(language):
    for text in _random_texts():
        tokens = analyse(text, language)
        for token in tokens:
            assert _is_clean(token), (text, token)
        query = [t for alts in analyse_query(text, language) for t in alts]
        # the same tokens, but for the Azerbaijani English-spelling keys (search.analysis.tokens):
        # a text's where they differ from its stems, a query's for words typed that way
        assert _without_keys(query) == _without_keys(tokens)


@pytest.mark.parametrize("language", ["ka", "az", "en"])
def test_stem_tokens_follow_their_exact_word(language):
    text = "ქალთა qadınların trainings 2018 Москва ᲥᲣᲗᲐᲘᲡᲘ"
    for alternatives in analyse_query(text, language):
        exact, *stems = alternatives
        assert not exact.startswith(("zzk", "zza", "zze", "zzy"))
        assert all(s.startswith(("zzk", "zza", "zze", "zzy")) for s in stems)
        assert len([s for s in stems if not s.startswith("zzy")]) <= 1


def test_at_most_two_stems():
    """A second stem only where one ending has two readings (see the test above); the English
    spelling keys (zzy) of an Azerbaijani word follow its stems."""
    assert analyse("რეფორმა", "ka") == ["რეფორმა", "zzkrepr", "zzkreporm"]
    assert analyse("dəstəyə", "az") == ["dəstəyə", "zzadest", "zzadestek", "zzydast", "zzydastak"]
    assert analyse("პროგრამა ქალაქი", "ka") == ["პროგრამა", "zzkprogram", "ქალაქი", "zzkkalak"]


def test_analyse_is_fast():
    """analyse() runs on every article: ~1 MB of mixed text must take well under 10 s."""
    text = (
        "სამოქალაქო საზოგადოების ორგანიზაციების წარმომადგენლებთან შეხვედრა ქუთაისში გაიმართა. "
        "Regionlarda qadınlar üçün təlimlər həyata keçirildi. Trainings for municipalities. "
    ) * 4000
    start = time.perf_counter()
    tokens = analyse(text, "ka") + analyse(text, "az")
    assert time.perf_counter() - start < 10
    assert len(tokens) > 100_000
