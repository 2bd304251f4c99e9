"""modelsearch's PostgreSQL backend, fed and queried with our own tokens, ranked once per column.

**Tokens, not text.** PostgreSQL ships no Georgian or Azerbaijani text-search configuration, so
``search.analysis`` makes the tokens in Python and this backend hands them to PostgreSQL as
ready ``tsvector`` and ``tsquery`` values (``'ქუთაისის':3B 'zzkkutais':3B …``): PostgreSQL parses
no text of ours. The index entries hold what modelsearch's own indexer would build with the
"simple" configuration (each field's words at consecutive positions, weighted by the field's
boost, fields concatenated as ``||`` does, the analysed fields' tokens likewise), but:

* the words are split and case-folded by ``search.analysis.words`` in the page's language, the
  same function that makes query tokens, so the two sides cannot disagree (PostgreSQL's parser
  splits some words differently, and its case folding does not know Turkic I/ı or Mtavruli);
* building them costs far less: PostgreSQL's ``to_tsvector`` on a page's text and analysed
  tokens took more time than everything else in indexing, and compiling modelsearch's Django
  expressions for it more than the rest of our Python (``manage.py bench_search``).

The autocomplete column (the admin's title prefix search) is still built by ``to_tsvector``,
as modelsearch does: its queries are modelsearch's own prefix queries.

**Ranking.** modelsearch ranks a query by walking it: every alternative of every word gets its
own ``ts_rank`` call on the title and on the body, combined as ``MUL(1 + rank) - 1`` over the
words and averaged over the alternatives. Our analysed queries have three to six alternatives per
word, so a two-word query ranked each matching row with up to 24 ``ts_rank`` calls. Here the
whole tsquery is ranked once per column, weighted as modelsearch weights them (title by its norm,
body 1): ``ts_rank`` already scores a row by how many of the query's lexemes it holds and where,
so pages with the exact word (which match both the text as written and the analysed tokens) and
with every word still come first; the relevance and ranking tests (tests/search) hold that.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry, ObjectIndexer, PostgresIndex, PostgresSearchBackend, PostgresSearchQueryCompiler,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import And, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.analysis import words
from search.indexing import ANALYSED_FIELDS, field_value

# PostgreSQL's limits (tsvector.h): a lexeme of at most 2047 bytes (to_tsvector skips longer
# words), positions 1..16383 (later ones are all 16383), 256 positions per lexeme, and 1 MB of
# lexemes per tsvector (to_tsvector fails beyond it; here the rest of a huge text is left out).
MAX_LEXEME_BYTES = 2047
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
MAX_LEXEMES_BYTES = 1024 * 1024 - 1


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

    def _texts(self, kind, in_title=None):
        return [(field, value.strip(), weight) for field, weight, value in self.values
                if isinstance(field, kind) and value and value.strip()
                and (in_title is None or (field.field_name == "title") == in_title)]

    def _tokens(self, field, text):
        # The analysed fields already hold tokens (search.indexing); the rest is text as written.
        return text.split() if field.field_name in ANALYSED_FIELDS else words(text, self.language)

    def _vector(self, texts):
        return tsvector_literal((self._tokens(field, text), weight) for field, text, weight in texts)

    @cached_property
    def title_vector(self):
        return self._vector(self._texts(SearchField, in_title=True))

    @cached_property
    def body_vector(self):
        return self._vector(self._texts(SearchField, in_title=False))

    @cached_property
    def autocomplete_texts(self):
        return [(text, weight) for _field, text, weight in self._texts(AutocompleteField)]

    @cached_property
    def title_text(self):
        return " ".join(text for _field, text, _weight in self._texts(SearchField, in_title=True))

    @cached_property
    def body_text(self):
        return " ".join(text for _field, text, _weight in self._texts(SearchField, in_title=False))


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
            autocomplete_sql, autocomplete_params = to_tsvector_sql(indexer.autocomplete_texts,
                                                                    self.backend.autocomplete_config)
            rows.append(f"(%s::integer, %s::varchar, %s::tsvector, ({autocomplete_sql})::tsvector, %s::tsvector, "
                        "%s::text, %s::text)")
            params += [content_type_pk, indexer.id, indexer.title_vector, *autocomplete_params,
                       indexer.body_vector, indexer.title_text, indexer.body_text]
        table = IndexEntry._meta.db_table
        sql = f"""
            INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
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


# --- Queries -------------------------------------------------------------------------------


def tsquery_literal(query):
    """The tsquery of an analysed query (search.backends) in PostgreSQL's text form: its
    PlainText tokens as lexemes, a Phrase as lexemes joined by <-> (followed by), so that queries
    meet exactly the lexemes TokenPostgresIndex wrote."""
    if isinstance(query, PlainText):
        tokens = [quote_lexeme(token) for token in words(query.query_string, "en")]
        joiner = " & " if query.operator == "and" else " | "
        return "(" + joiner.join(tokens) + ")" if tokens else None
    if isinstance(query, Phrase):
        tokens = [quote_lexeme(token) for token in words(query.query_string, "en")]
        return "(" + " <-> ".join(tokens) + ")" if tokens else None
    if isinstance(query, Not):
        inner = tsquery_literal(query.subquery)
        return f"!{inner}" if inner else None
    if isinstance(query, (And, Or)):
        parts = [part for part in map(tsquery_literal, query.subqueries) if part]
        return "(" + (" & " if isinstance(query, And) else " | ").join(parts) + ")" if parts else None
    raise NotImplementedError(f"`{type(query).__name__}` is not supported by the PostgreSQL search backend.")


class TsQueryLiteral(SearchQuery):
    """A tsquery given in PostgreSQL's text form (``'a' & ('b' | 'c')``): no parsing, no
    configuration."""

    def __init__(self, literal):
        super().__init__(literal, search_type="raw")
        self.literal = literal

    def as_sql(self, compiler, connection, **extra_context):
        return "%s::tsquery", [self.literal]


class TokenQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        literal = tsquery_literal(query)
        # A query with nothing to match (search.backends sends none, but others may).
        return TsQueryLiteral(literal or "'zzzznothing'")

    def _build_rank_expression(self, vectors, config):
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = None
        for vector, boost in vectors:
            rank = SearchRank(vector, search_query, weights=self.sql_weights) * boost
            rank_expression = rank if rank_expression is None else rank_expression + rank
        return rank_expression

    def search(self, config, start, stop, score_field=None, backend=None):
        if isinstance(self.query, (MatchAll, Fuzzy)) or (
                isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        # As modelsearch does, but the matched vector is an alias, not an annotation:
        # modelsearch selected ``title || body`` of every match as a column, so PostgreSQL built
        # and carried each matching page's whole vector through the sort.
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        combined_vector = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined_vector = combined_vector._combine(vector, "||", False)
        queryset = self.queryset.alias(_vector_=combined_vector).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class TokenPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = TokenQueryCompiler
    index_class = TokenPostgresIndex
