"""search.analysis's normalisation, word by word: normalise (Unicode, case, Mtavruli,
apostrophes, control characters), the word splitter (words), and the scripts (romanise_georgian,
is_georgian, fold_azerbaijani). Pure Python, no database."""

import pytest

from search.analysis import fold_azerbaijani, is_georgian, normalise, romanise_georgian, words

# ---------------------------------------------------------------------------
# normalise
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # Georgian Mtavruli (all caps) → Mkhedruli, whatever the language
        ("ᲥᲣᲗᲐᲘᲡᲘ", "ka", "ქუთაისი"),
        ("ᲥᲣᲗᲐᲘᲡᲘ", "en", "ქუთაისი"),
        ("ᲥᲣᲗᲐᲘᲡᲘ", "az", "ქუთაისი"),
        ("ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ და ᲐᲖᲔᲠᲑᲐᲘᲯᲐᲜᲘ", "ka", "საქართველო და აზერბაიჯანი"),
        ("ᲯᲰ", "ka", "ჯჰ"),
        # ecclesiastical Asomtavruli/Nuskhuri are the same alphabet
        ("\u10b5\u10a0\u10b0\u10a7", "ka", "ქართ"),
        ("\u2d15\u2d00\u2d10\u2d07", "ka", "ქართ"),
        # Turkic casing for az only
        ("ICMA QRUPLARI", "az", "ıcma qrupları"),
        ("İSTANBUL", "az", "istanbul"),
        ("Iİıi", "az", "ıiıi"),
        ("ƏŞÇĞÖÜ", "az", "əşçğöü"),
        ("ICMA QRUPLARI", "en", "icma qruplari"),
        ("İSTANBUL", "en", "istanbul"),
        ("İSTANBUL", "ka", "istanbul"),
        ("I\u0307STANBUL", "az", "istanbul"),  # decomposed İ
        ("Straße", "en", "strasse"),
        # apostrophe-like characters
        ("k’utaisi", "ka", "k'utaisi"),
        ("kʼutaisi", "ka", "k'utaisi"),
        ("k`utaisi", "ka", "k'utaisi"),
        ("k´utaisi", "ka", "k'utaisi"),
        ("k‘utaisi", "ka", "k'utaisi"),
        # NFKC
        ("ﬁnance", "en", "finance"),
        ("ＡＢＣ１２", "en", "abc12"),
        # control and format characters
        ("a\x00b", "en", "ab"),
        ("kut\x00aisi", "ka", "kutaisi"),
        ("a\tb\nc\r\nd", "en", "a b c  d"),
        ("soft\u00adhyphen", "en", "softhyphen"),
        ("\u202eabc\u202c", "en", "abc"),
        ("\u200fשלום\u200e", "en", "שלום"),
        ("\ufeffword", "en", "word"),
        ("zero\u200bwidth", "en", "zero width"),
        ("\ud800x", "en", "x"),  # a lone surrogate
        ("\x07\x1b[31m", "en", "[31m"),
        ("", "ka", ""),
    ],
)
def test_normalise(text, language, expected):
    assert normalise(text, language) == expected


@pytest.mark.parametrize("language", ["ka", "az", "en"])
def test_normalise_is_idempotent(language):
    text = "ᲥᲣᲗᲐᲘᲡᲘ İSTANBUL ICMA k’utaisi ﬁ \x00 \u00ad ქალთა Qadınların"
    once = normalise(text, language)
    assert normalise(once, language) == once


# ---------------------------------------------------------------------------
# words
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("k'utaisi", "ka", ["kutaisi"]),
        ("K’UTAISI", "ka", ["kutaisi"]),
        ("Women’s rights", "en", ["womens", "rights"]),
        ("'quoted' words'", "en", ["quoted", "words"]),
        ("სამცხე-ჯავახეთის", "ka", ["სამცხე", "ჯავახეთის"]),
        ("„სოხუმის“ ონლაინ", "ka", ["სოხუმის", "ონლაინ"]),
        ("snake_case", "en", ["snake", "case"]),
        ("14:00 საათზე, 2018 წლის", "ka", ["14", "00", "საათზე", "2018", "წლის"]),
        ("ᲥᲣᲗᲐᲘᲡᲘ ქუთაისში", "ka", ["ქუთაისი", "ქუთაისში"]),
        ("QHT-lərini", "az", ["qht", "lərini"]),
        ("e\u0301tude", "en", ["étude"]),
        ("שָׁלוֹם", "en", ["שָׁלוֹם"]),  # points stay inside the word
        ("😀 مرحبا بالعالم 🇬🇪 ✓", "en", ["مرحبا", "بالعالم"]),
        ("...", "ka", []),
        ("", "az", []),
    ],
)
def test_words(text, language, expected):
    assert words(text, language) == expected


# ---------------------------------------------------------------------------
# romanise_georgian, is_georgian, fold_azerbaijani
# ---------------------------------------------------------------------------

ALPHABET = {
    "ა": "a",
    "ბ": "b",
    "გ": "g",
    "დ": "d",
    "ე": "e",
    "ვ": "v",
    "ზ": "z",
    "თ": "t",
    "ი": "i",
    "კ": "k",
    "ლ": "l",
    "მ": "m",
    "ნ": "n",
    "ო": "o",
    "პ": "p",
    "ჟ": "zh",
    "რ": "r",
    "ს": "s",
    "ტ": "t",
    "უ": "u",
    "ფ": "p",
    "ქ": "k",
    "ღ": "gh",
    "ყ": "q",
    "შ": "sh",
    "ჩ": "ch",
    "ც": "ts",
    "ძ": "dz",
    "წ": "ts",
    "ჭ": "ch",
    "ხ": "kh",
    "ჯ": "j",
    "ჰ": "h",
}


@pytest.mark.parametrize("letter, latin", ALPHABET.items())
def test_romanise_each_letter(letter, latin):
    assert romanise_georgian(letter) == latin


@pytest.mark.parametrize(
    "word, expected",
    [
        ("ქუთაისი", "kutaisi"),
        ("თბილისი", "tbilisi"),
        ("ბაღდათი", "baghdati"),
        ("წალენჯიხა", "tsalenjikha"),
        ("ზუგდიდში", "zugdidshi"),
        ("ჭიათურა", "chiatura"),
        ("ყვარელი", "qvareli"),
        ("ჟინვალი", "zhinvali"),
        ("ძველი", "dzveli"),
        ("ხაშური", "khashuri"),
        ("ჰერეთი", "hereti"),
        ("ᲥᲣᲗᲐᲘᲡᲘ", "kutaisi"),  # capitals too
        ("abc 123 ქ!", "abc 123 k!"),  # the rest passes through
        ("Qadın", "Qadın"),
        ("", ""),
    ],
)
def test_romanise_georgian(word, expected):
    assert romanise_georgian(word) == expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("ქუთაისი", True),
        ("ᲥᲣᲗᲐᲘᲡᲘ", True),
        ("2018წ", True),
        ("kutaisi", False),
        ("qadın", False),
        ("2018", False),
        ("", False),
        ("abcქართ", False),
        ("москва", False),
    ],
)
def test_is_georgian(word, expected):
    assert is_georgian(word) is expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("əşçğöüı", "escgoui"),
        ("şəhər", "seher"),
        ("hüququ", "huququ"),
        ("qadınların", "qadinlarin"),
        ("bələdiyyəsi", "belediyyesi"),
        ("qadin", "qadin"),
    ],
)
def test_fold_azerbaijani(word, expected):
    assert fold_azerbaijani(word) == expected
