"""Index entries of our PostgreSQL backend (search.backends.postgres), written from our tokens.

**Tokens, not text.** PostgreSQL ships no Georgian or Azerbaijani text-search configuration, so
``search.analysis`` makes the tokens in Python and the backend hands them to PostgreSQL as
ready ``tsvector`` and ``tsquery`` values (``'ქუთაისის':3B 'zzkkutais':3B …``): PostgreSQL parses
no text of ours. The index entries hold what modelsearch's own indexer would build with the
"simple" configuration (each field's words at consecutive positions, weighted by the field's
boost, fields concatenated as ``||`` does, the analysed fields' tokens likewise), but:

* the words are split and case-folded by ``search.analysis.words`` in the page's language, the
  same function that makes query tokens, so the two sides cannot disagree (PostgreSQL's parser
  splits some words differently, and its case folding does not know Turkic I/ı or Mtavruli);
* building them costs far less: PostgreSQL's ``to_tsvector`` on a page's text and analysed
  tokens took more time than everything else in indexing, and compiling modelsearch's Django
  expressions for it more than the rest of our Python (``make bench-search``);
* the ``title`` column holds the title and its analysed tokens (``TITLE_FIELDS``, as on
  SQLite); everything else, leads and summaries with their higher weights, is ``body``.

The autocomplete column (the admin's title prefix search) is still built by ``to_tsvector``,
as modelsearch does: its queries are modelsearch's own prefix queries.

**Filter lexemes.** Each entry's title column also holds ``zz:model:<app.model>`` for its model
and every model it inherits from, and, for an object with a locale, ``zz:model:<app.model>:
locale:<id>`` (no query word can make them: ``search.analysis.words`` splits at the colons). The
tsquery that selects matches is ``(the query) & '<the searched model's lexeme, of the searched
locale when the queryset is filtered to one>'``: the GIN index does the model and language
filtering itself, so a word common to all three languages (a name, or "monitoring", which Latin
typing of Georgian also matches) costs only the searched language's matches, and no btree
condition is left to tempt the planner away from the GIN index. Ranking uses the query alone.
"""

from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer, PostgresIndex
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

from search.analysis import words
from search.indexing import ANALYSED_FIELDS, field_value

# The fields of the title column: the title as written and its analysed tokens (as in the SQLite
# backend). Everything else, leads and summaries included (boosted by their weights), is body.
TITLE_FIELDS = ("title", "analysed_title")


def is_title_field(field):
    return field.field_name in TITLE_FIELDS


# PostgreSQL's limits (tsvector.h): a lexeme of at most 2047 bytes (to_tsvector skips longer
# words), positions 1..16383 (later ones are all 16383), 256 positions per lexeme, and 1 MB of
# lexemes per tsvector (to_tsvector fails beyond it; here the rest of a huge text is left out).
MAX_LEXEME_BYTES = 2047
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
MAX_LEXEMES_BYTES = 1024 * 1024 - 1 - 1024  # room left for the title's filter lexemes


def filter_lexeme(model, locale_id=None):
    """The lexeme that marks the entries of a model (and of the models inheriting from it), of
    one locale if given (see the module docstring)."""
    label = model._meta.concrete_model._meta.label_lower
    return f"zz:model:{label}" if locale_id is None else f"zz:model:{label}:locale:{locale_id}"


def filter_lexemes(obj):
    """The filter lexemes of an object's entry: for its model and every model it inherits from,
    alone and with the object's locale if it has one."""
    model = type(obj)._meta.concrete_model
    locale_id = getattr(obj, "locale_id", None)
    lexemes = []
    for each in [model, *model._meta.get_parent_list()]:
        lexemes.append(filter_lexeme(each))
        if locale_id is not None:
            lexemes.append(filter_lexeme(each, locale_id))
    return lexemes


def quote_lexeme(token):
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


_POSITIONS = [str(position) for position in range(MAX_POSITION + 1)]


def tsvector_literal(weighted_tokens):
    """The tsvector of ``[(tokens, weight), …]`` as PostgreSQL's text form, equal to
    ``setweight(to_tsvector(text 1), weight 1) || setweight(to_tsvector(text 2), weight 2) || …``
    for texts that split into those tokens: positions run on from one text to the next."""
    positions = {}
    offset = 0
    for tokens, weight in weighted_tokens:
        suffix = "" if weight == "D" else weight
        if offset + len(tokens) >= MAX_POSITION:
            _add_clamped(positions, tokens, offset, suffix)
        else:
            for position, token in enumerate(tokens, offset + 1):
                at = positions.get(token)
                if at is None:
                    positions[token] = [_POSITIONS[position] + suffix]
                elif len(at) < MAX_POSITIONS_PER_LEXEME:
                    at.append(_POSITIONS[position] + suffix)
        offset = min(offset + len(tokens), MAX_POSITION)
    lexemes = []
    size = 0
    for token, at in positions.items():
        length = len(token.encode())
        if length > MAX_LEXEME_BYTES or size + length > MAX_LEXEMES_BYTES:
            continue
        size += length
        lexemes.append(quote_lexeme(token) + ":" + ",".join(at))
    return " ".join(lexemes)


def _add_clamped(positions, tokens, offset, suffix):
    """tsvector_literal's loop for a text that reaches the last position: every later token is
    at MAX_POSITION, once per lexeme, as PostgreSQL does."""
    for position, token in enumerate(tokens, offset + 1):
        entry = _POSITIONS[min(position, MAX_POSITION)] + suffix
        at = positions.setdefault(token, [])
        if len(at) < MAX_POSITIONS_PER_LEXEME and (not at or at[-1] != entry):
            at.append(entry)


class TokenObjectIndexer(ObjectIndexer):
    """Reads each search field of the object once and gives each column its tokens.

    modelsearch builds five columns (title, body, autocomplete and the two plain-text columns)
    and walked every search field for each: a StreamField's searchable text, a rich text's HTML
    stripping and every related lookup ran five times per object."""

    def prepare_field(self, obj, field):
        if isinstance(field, SearchField):
            yield field, get_weight(field.boost), self.prepare_value(field_value(obj, field))
        else:
            yield from super().prepare_field(obj, field)

    @cached_property
    def values(self):
        return [prepared for field in self.search_fields for prepared in self.prepare_field(self.obj, field)]

    @cached_property
    def language(self):
        if hasattr(self.obj, "_search_language"):
            return self.obj._search_language()
        locale = getattr(self.obj, "locale", None)
        return getattr(locale, "language_code", "en")

    def _texts(self, kind, title_column=None, title=None):
        """(field, text, weight) of the object's fields of ``kind``: only the title column's
        (TITLE_FIELDS) or only the body's (``title_column``), only the title field's or only the
        rest's (``title``), or all."""
        return [
            (field, value.strip(), weight)
            for field, weight, value in self.values
            if isinstance(field, kind)
            and value
            and value.strip()
            and (title_column is None or is_title_field(field) == title_column)
            and (title is None or (field.field_name == "title") == title)
        ]

    def _tokens(self, field, text):
        # The analysed fields already hold tokens (search.indexing); the rest is text as written.
        return text.split() if field.field_name in ANALYSED_FIELDS else words(text, self.language)

    def _vector(self, texts):
        return tsvector_literal((self._tokens(field, text), weight) for field, text, weight in texts)

    @cached_property
    def title_vector(self):
        vector = self._vector(self._texts(SearchField, title_column=True))
        # The filter lexemes, without positions: they are only ever matched, never ranked; in
        # the (small) title column so that its GIN index alone can find a search's first tier.
        return " ".join([vector, *map(quote_lexeme, filter_lexemes(self.obj))]).strip()

    @cached_property
    def body_vector(self):
        return self._vector(self._texts(SearchField, title_column=False))

    @cached_property
    def autocomplete_texts(self):
        return [(text, weight) for _field, text, weight in self._texts(AutocompleteField)]

    # The plain texts of modelsearch's fuzzy search keep its meaning: the title, and the rest.
    @cached_property
    def title_text(self):
        return " ".join(text for _field, text, _weight in self._texts(SearchField, title=True))

    @cached_property
    def body_text(self):
        return " ".join(text for _field, text, _weight in self._texts(SearchField, title=False))


def to_tsvector_sql(texts, config):
    """SQL (and parameters) of modelsearch's ``setweight(to_tsvector(config, text), weight) || …``."""
    if not texts:
        return "''::tsvector", []
    sql = " || ".join(f"setweight(to_tsvector('{config}'::regconfig, %s), '{weight}')" for _text, weight in texts)
    return sql, [text for text, _weight in texts]


# How many of the newest entries give the average title length of title_norm (see add_items).
TITLE_NORM_SAMPLE = 1000


class TokenPostgresIndex(PostgresIndex):
    """modelsearch's PostgreSQL index, written from our tokens (see the module docstring).

    title_norm (the mean title length over this title's, which weighs title matches) is set by
    the INSERT itself, from the mean over the newest TITLE_NORM_SAMPLE entries. modelsearch
    instead ran two scans of the whole index after every chunk, and after every single page save
    (the mean over all entries, then an UPDATE of the rows whose norm was still 1.0): at 100 000
    pages they cost more than the rest of indexing, and made every editor's save slow. A rebuild
    (update_index) still recomputes every norm from the whole index at its end (modelsearch's
    rebuilder, unchanged), so the sample only has to be close in between.
    """

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        indexers = [TokenObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        rows, params = [], []
        for indexer in indexers:
            autocomplete_sql, autocomplete_params = to_tsvector_sql(
                indexer.autocomplete_texts, self.backend.autocomplete_config
            )
            rows.append(
                f"(%s::integer, %s::varchar, %s::tsvector, ({autocomplete_sql})::tsvector, %s::tsvector, "
                "%s::text, %s::text)"
            )
            params += [
                content_type_pk,
                indexer.id,
                indexer.title_vector,
                *autocomplete_params,
                indexer.body_vector,
                indexer.title_text,
                indexer.body_text,
            ]
        table = IndexEntry._meta.db_table
        sql = f"""
            INSERT INTO {table}
                (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
            SELECT content_type_id, object_id, title, autocomplete, body,
                   CASE WHEN length(title) > 0
                        THEN COALESCE(sample.mean, length(title)) / length(title) ELSE 1.0 END,
                   title_text, body_text
            FROM (VALUES {", ".join(rows)})
                 AS entry (content_type_id, object_id, title, autocomplete, body, title_text, body_text),
                 (SELECT avg(length(recent.title)) AS mean
                  FROM (SELECT title FROM {table} ORDER BY id DESC LIMIT {TITLE_NORM_SAMPLE}) AS recent
                  WHERE length(recent.title) > 0) AS sample
            ON CONFLICT (content_type_id, object_id)
            DO UPDATE SET title = EXCLUDED.title, title_norm = EXCLUDED.title_norm,
                          autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,
                          title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
        """
        with self.write_connection.cursor() as cursor:
            cursor.execute(sql, params)
