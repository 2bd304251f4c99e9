"""The benchmark's texts: a corpus of sentences by language (the demo content and the seed
articles), a word-bigram chain that writes articles from it, and the queries that are timed."""

import re
from collections import Counter, defaultdict
from pathlib import Path

from django.conf import settings
from django.utils.html import strip_tags

from home.demo import data as demo_data
from search.analysis import fold_azerbaijani, romanise_georgian, words

LANGUAGES = ("ka", "az", "en")
SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")
_GEORGIAN_RE = re.compile("[\u10d0-\u10ff]")
_MTAVRULI = {chr(cp): chr(cp - 0x10D0 + 0x1C90) for cp in range(0x10D0, 0x10FB)}
# How people type Georgian in Latin letters in chats and search boxes, beside the national
# romanisation (romanise_georgian): f for ფ, q for ქ, w for წ, y for ყ, x for ხ, c for ც.
_INFORMAL_LATIN = {"ფ": "f", "ქ": "q", "წ": "w", "ყ": "y", "ხ": "x", "ც": "c", "ჭ": "ch", "ღ": "gh", "თ": "t", "ტ": "t"}


# ---------------------------------------------------------------------------
# The corpus: demo content and seed articles, by language
# ---------------------------------------------------------------------------


def _texts_of(value, language=None):
    """(language, text) of every translated text in the demo data (dicts keyed by language)."""
    if isinstance(value, dict):
        keys = set(value)
        for key, item in value.items():
            yield from _texts_of(item, key if key in LANGUAGES and keys & set(LANGUAGES) else language)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts_of(item, language)
    elif isinstance(value, str) and language and len(value) > 1:
        yield language, strip_tags(value)


def corpus():
    """{language: [sentence, …]} from home/demo/data.py and ../shared/seeds (if present)."""
    texts = defaultdict(list)
    for name in (
        "REGIONS",
        "MUNICIPALITIES",
        "DONORS",
        "ORGANISATIONS",
        "PROJECTS",
        "NEWS",
        "EVENTS",
        "STANDARD_PAGES",
    ):
        for language, text in _texts_of(getattr(demo_data, name, [])):
            texts[language].append(text)
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        texts["ka" if len(_GEORGIAN_RE.findall(text)) > len(text) / 4 else "az"].append(text)
    sentences = {}
    for language in LANGUAGES:
        found = []
        for text in texts[language]:
            found += [s.split() for s in _SENTENCE_END_RE.split(text) if len(s.split()) >= 3]
        sentences[language] = found
    return sentences


class Writer:
    """Writes text in one language with a word-bigram chain over that language's sentences:
    the words, their inflected forms and their frequencies are those of the real texts."""

    def __init__(self, sentences, rng):
        self.rng = rng
        self.starts = [s[0] for s in sentences]
        self.next = defaultdict(list)
        for sentence in sentences:
            for a, b in zip(sentence, sentence[1:] + [None], strict=True):
                self.next[a].append(b)

    def sentence(self, max_words=40):
        word = self.rng.choice(self.starts)
        out = [word]
        while len(out) < max_words:
            word = self.rng.choice(self.next[word])
            if word is None:
                break
            out.append(word)
        text = " ".join(out)
        return text if text[-1] in ".!?" else text.rstrip(",;:–—-") + "."

    def text(self, n_words):
        out, count = [], 0
        while count < n_words:
            sentence = self.sentence()
            out.append(sentence)
            count += len(sentence.split())
        return out

    def title(self):
        words_ = self.sentence(max_words=12).rstrip(".!?").split()
        return " ".join(words_[:12])


# ---------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------


def _mtavruli(text):
    return "".join(_MTAVRULI.get(ch, ch) for ch in text)


def _informal_latin(text):
    return romanise_georgian("".join(_INFORMAL_LATIN.get(ch, ch) for ch in text))


def make_queries(sentences, total, rng):
    """[(language, kind, query)]: a third per language, in the mix the package docstring describes."""
    per_language = max(1, total // 3)
    queries = []
    for language in LANGUAGES:
        counts = Counter(w for s in sentences[language] for w in words(" ".join(s), language))
        content = [w for w, c in counts.most_common() if len(w) >= 4 and not any(ch.isdigit() for ch in w)]
        frequent, rare = content[:150], content[150:] or content

        def single(frequent=frequent, rare=rare):
            return rng.choice(frequent if rng.random() < 0.5 else rare)

        def multi(language=language, single=single):
            for _ in range(50):
                sentence = words(" ".join(rng.choice(sentences[language])), language)
                long_words = [w for w in sentence if len(w) >= 4 and not any(ch.isdigit() for ch in w)]
                if len(long_words) >= 2:
                    k = rng.choice((2, 2, 3))
                    at = rng.randrange(max(1, len(long_words) - k + 1))
                    return " ".join(long_words[at : at + k])
            return single()

        if language == "ka":
            kinds = [
                ("word", single),
                ("words", multi),
                ("latin", lambda: romanise_georgian(single())),
                ("latin informal", lambda: _informal_latin(single())),
                ("mtavruli", lambda: _mtavruli(single())),
                ("words mtavruli", lambda: _mtavruli(multi())),
            ]
        elif language == "az":
            kinds = [
                ("word", single),
                ("words", multi),
                ("no diacritics", lambda: fold_azerbaijani(single())),
                ("words no diacritics", lambda: fold_azerbaijani(multi())),
                ("capitals", lambda: single().replace("i", "İ").replace("ı", "I").upper()),
            ]
        else:
            kinds = [("word", single), ("words", multi), ("capitalised", lambda: single().capitalize())]
        for i in range(per_language):
            kind, make = kinds[i % len(kinds)]
            queries.append((language, kind, make()))
    return queries
