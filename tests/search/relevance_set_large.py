"""A larger graded relevance set for the site search: Georgian (``relevance_set_large_ka.py``)
and Azerbaijani (``relevance_set_large_az.py``) queries over the documents of
``relevance_corpus*.py``, loaded as pages by ``relevance_corpus_loader.py`` and scored by
``test_relevance_large.py``.

Grades, judged by reading the documents in the query's language (never by running the search),
as in ``relevance_set.py``:

* 2 — the page is about exactly this: its title or lead is about it, it happens there, or it is
  the page of that organisation or donor (whichever of its names the query uses);
* 1 — the page mentions it, or shows it among its facts (a project's municipalities, donors and
  partners), or names the organisation or donor that does it.

A page that only shares a word with the query without being about the same thing is not
relevant: ელექტროენერგიის ჩართვა (switching power on) for ჩართვა (inclusion), გზამკვლევი (a
guide) for გზა (road), Kür çayı (a river) for çay (tea), şəkil (picture) for Şəki, gənclər
(young people) for Gəncə, the US Embassy for USAID, the Council of Europe for the European Union.

Besides the kinds of ``relevance_set.py``, the three kinds this set was made for (issue 20).
"""

from .relevance_set import (  # noqa: F401 (the kinds the query modules use)
    AZ_CAPITALS,
    AZ_NO_DIACRITICS,
    AZ_SUFFIX,
    KA_CASE,
    KA_PLURAL,
    KINDS,
    LATIN_KA,
    LATIN_KA_APOSTROPHE,
    MTAVRULI,
    MULTI_WORD,
    NAME,
    PHRASE,
    Query,
)

# An organisation's or donor's name as readers type it: the English name, the acronym, the other
# language's name or spelling, while the pages use the local name (needs synonyms).
NAME_ACROSS = "name across languages / scripts / acronym"
# A Georgian ending the light stemmer reads two ways (-თვის in მართვის, -ვით, -სთან, -ნი, -თა)
# or a stem shortened by syncope (ნაგავი / ნაგვის, წყალი / წყლის, მასწავლებელი / მასწავლებლის).
KA_AMBIGUOUS = "ka ambiguous ending / syncope"
# Azerbaijani typed with English spelling: sh for ş, ch for ç, kh for x, a for ə, g for q,
# and the established English forms of names (Lankaran, Shaki, Ganja, Sumgait).
AZ_ENGLISH = "az typed in English spelling"

LARGE_KINDS = KINDS + (NAME_ACROSS, KA_AMBIGUOUS, AZ_ENGLISH)


def _query(language, text, grades, kinds, note):
    return Query(text, language, {(language, slug): grade for slug, grade in grades.items()}, tuple(kinds), note)


def ka(text, grades, kinds, note=""):
    return _query("ka", text, grades, kinds, note)


def az(text, grades, kinds, note=""):
    return _query("az", text, grades, kinds, note)
