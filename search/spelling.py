"""Did you mean: spellings of a query's unknown words that the pages of its language really use.

The vocabulary (search.models.SpellingWord) is the tokens ``search.analysis.analyse`` makes of the
pages' titles and search fields, as the index gets them: each normalised word (lower case,
Mtavruli folded) and each stem token, per language, with how many pages use it and how many in
their title. It is built from the pages the caller passes (``rebuild_vocabulary``: the layer that
knows which pages the public sees), by the project's own analysis, so it is alike on SQLite,
PostgreSQL and OpenSearch. A publication adds the words the page brings (``add_page_words``), an
unpublication takes away those only it was known to use (``remove_page_words``); counts are exact
after a rebuild only, so whoever offers a correction first checks that it finds pages.

A query word is known, and kept as typed, when a token the search analyses it into is in the
vocabulary (an inflected form meets its stem, Lankaran meets Lənkəran), or when it is part of a
synonym term. Each unknown word is compared by edit distance (rapidfuzz) with the language's words
in memory (search.lexicon): Georgian script as written, Latin letters without Azerbaijani
diacritics (ə→e, ş→s…), and Latin letters against the Georgian words romanised, so that ``trenig``
meets ტრენინგი and ``qalqi`` ქალაქი. The closest word wins; among equally close ones, one that
begins as the typed word does (typos are rarer in a first letter), then the one more pages use
(a title counts TITLE_WEIGHT).
"""

from collections import defaultdict
from itertools import islice

from django.db import transaction
from django.db.models import F
from wagtail.models import Locale, Page

from search.analysis import analyse, word_matches, words
from search.analysis.scripts import has_digit, is_latin
from search.backends import MAX_WORDS, term_alternatives, word_alternatives
from search.lexicon import MIN_WORD_LENGTH, compared_forms, forget_vocabulary, lexicon, vocabulary_grew
from search.models import SpellingWord
from search.synonyms import STEM_MARK, current_synonyms

# Longer tokens (a run of letters with no space) are no words a reader types.
MAX_WORD_LENGTH = SpellingWord._meta.get_field("word").max_length
# A query is read up to this many characters and, as the backends read it, MAX_WORDS words;
# beyond MAX_UNKNOWN_WORDS unknown words it is no misspelling of anything the site says.
MAX_QUERY_LENGTH = 200
MAX_UNKNOWN_WORDS = 3
# Pages read, and rows written, at a time by a rebuild.
BATCH = 200
WRITE_BATCH = 2000


# --- The vocabulary in the database ----------------------------------------------------------


def _storable(token):
    return len(token) <= MAX_WORD_LENGTH and (
        token.startswith(STEM_MARK) or (len(token) >= MIN_WORD_LENGTH and not has_digit(token))
    )


def page_tokens(page, language):
    """{token: whether the title has it} for a (specific) page: the tokens of its title and of
    its other search fields (search.indexing), analysed in ``language``."""
    title = {token for token in analyse(page.title or "", language) if _storable(token)}
    texts = page._searchable_texts() if hasattr(page, "_searchable_texts") else ()
    rest = {token for token in analyse(" ".join(texts), language) if _storable(token)}
    return {token: token in title for token in title | rest}


def rebuild_vocabulary(pages):
    """Replace the vocabulary by the tokens of ``pages`` (a page queryset: those the public sees),
    each in its locale's language. Returns how many (language, token) rows it wrote."""
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    counts = defaultdict(lambda: [0, 0])
    ids = list(pages.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        for page in Page.objects.filter(pk__in=ids[start : start + BATCH]).specific():
            language = languages[page.locale_id]
            for token, in_title in page_tokens(page, language).items():
                entry = counts[(language, token)]
                entry[0] += 1
                entry[1] += in_title
    rows = (
        SpellingWord(language=language, word=token, pages=used, title_pages=in_titles)
        for (language, token), (used, in_titles) in counts.items()
    )
    with transaction.atomic():
        SpellingWord.objects.all().delete()
        while batch := list(islice(rows, WRITE_BATCH)):
            SpellingWord.objects.bulk_create(batch)
    forget_vocabulary()
    return len(counts)


def has_vocabulary():
    return SpellingWord.objects.exists()


def add_page_words(page):
    """Add the tokens of a page the public now sees that the vocabulary lacks (counted once:
    whether the page used them before is not known; a rebuild counts exactly)."""
    language = page.locale.language_code
    tokens = page_tokens(page, language)
    known = set(SpellingWord.objects.filter(language=language, word__in=list(tokens)).values_list("word", flat=True))
    new = [
        SpellingWord(language=language, word=token, pages=1, title_pages=int(in_title))
        for token, in_title in tokens.items()
        if token not in known
    ]
    if new:
        SpellingWord.objects.bulk_create(new, batch_size=WRITE_BATCH, ignore_conflicts=True)
        vocabulary_grew()


def remove_page_words(page):
    """Count a page the public no longer sees out: its tokens no other page was known to use go,
    the others count one page less."""
    language = page.locale.language_code
    tokens = page_tokens(page, language)
    rows = SpellingWord.objects.filter(language=language, word__in=list(tokens))
    gone, _ = rows.filter(pages__lte=1).delete()
    rows.filter(pages__gt=1).update(pages=F("pages") - 1)
    title = [token for token, in_title in tokens.items() if in_title]
    rows.filter(word__in=title, title_pages__gt=0).update(title_pages=F("title_pages") - 1)
    if gone:
        forget_vocabulary()


def known_tokens(tokens, languages):
    """Which of ``tokens`` the vocabulary of ``languages`` has: one query."""
    if not tokens:
        return set()
    found = SpellingWord.objects.filter(language__in=languages, word__in=sorted(tokens))
    return set(found.values_list("word", flat=True))


# --- Correcting a query ----------------------------------------------------------------------


def corrections(query, languages, limit=2):
    """Up to ``limit`` spellings of ``query`` with its unknown words corrected from the
    vocabulary of ``languages`` (language codes), best first; the other words as typed. None of
    them is the query itself; whether one finds pages is for the caller to check."""
    text = str(query or "")[:MAX_QUERY_LENGTH]
    typed = list(islice(word_matches(text), MAX_WORDS))
    if not typed or not languages:
        return []
    correctable = _correctable(text, typed, languages[0])
    tokens = {index: _search_tokens(typed[index].group()) for index in correctable}
    known = known_tokens(set().union(*tokens.values()), languages)
    unknown = [index for index in correctable if not known & tokens[index]]
    if not unknown or len(unknown) > MAX_UNKNOWN_WORDS:
        return []
    choices = {}  # index of a typed word → its corrections, best first
    for index in unknown:
        raw = typed[index].group()
        found = [
            (candidate, language)
            for language in languages
            for candidate in lexicon(language).nearest(_normalised(raw, language), limit)
        ]
        found.sort(key=lambda pair: pair[0].rank())
        if found:
            choices[index] = [_as_typed(candidate.word, raw, language) for candidate, language in found[:limit]]
    spellings = []
    for rank in range(limit):
        spelling = _replace(text, typed, {index: found[min(rank, len(found) - 1)] for index, found in choices.items()})
        if spelling not in spellings and words(spelling, languages[0]) != words(text, languages[0]):
            spellings.append(spelling)
    return spellings


def _normalised(raw, language):
    found = words(raw, language)
    return found[0] if len(found) == 1 else ""


def _search_tokens(raw):
    """The tokens the search looks a typed word up by (search.backends), in every language."""
    return {token for alternatives in word_alternatives(raw) for token in alternatives}


def _correctable(text, typed, language):
    """The indexes of the typed words that may be corrected: of a script compared, long enough,
    without digits, and not part of a synonym term (the search knows those by other names)."""
    in_terms = set()
    analysed = word_alternatives(text)
    if len(analysed) == len(typed):
        for start, end, _ in current_synonyms(term_alternatives).spans(analysed):
            in_terms.update(range(start, end))
    found = []
    for index, match in enumerate(typed):
        word = _normalised(match.group(), language)
        if index not in in_terms and len(word) >= MIN_WORD_LENGTH and compared_forms(word):
            found.append(index)
    return found


def _as_typed(word, raw, language):
    """``word`` capitalised as ``raw`` was, where it is Latin (Georgian has no capitals to give
    back: the vocabulary folds Mtavruli), with Azerbaijani's dotted İ."""
    if not is_latin(word) or not raw[:1].isupper():
        return word
    upper = {"i": "İ", "ı": "I"} if language == "az" else {}
    if len(raw) > 1 and raw.isupper():
        return "".join(upper.get(char, char.upper()) for char in word)
    return upper.get(word[0], word[0].upper()) + word[1:]


def _replace(text, typed, replaced):
    """``text`` with the typed words at the indexes of ``replaced`` replaced."""
    parts, end = [], 0
    for index, match in enumerate(typed):
        if index in replaced:
            parts += [text[end : match.start()], replaced[index]]
            end = match.end()
    return " ".join("".join([*parts, text[end:]]).split())
