"""modelsearch's PostgreSQL backend, fed and queried with our own tokens, ranked tier by tier.

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
  expressions for it more than the rest of our Python (``manage.py bench_search``);
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

**Tiers instead of ranking every match.** modelsearch ranks every match (``ts_rank`` on title
and body) before taking the best 10. That reads every matching entry's body vector (several KB
each, from TOAST): at 100 000 pages a common word matches 15 000 to 30 000 pages of its language
and a query took over a second. Here results come in tiers (``TokenQueryCompiler.tiers``):
every query word in the title, some in the title, then the text; the title tiers rank by
``ts_rank`` of the (small) title column, and the text tier ranks the newest ``BODY_RANK_LIMIT``
of its pages by their text. A title word weighs 20 to 30 times a word of the text (weights B/C
against D), so the order is what ranking every match would put at the top, and a tier is only
read when the page of results reaches it. Pages then come from their own tables by primary key,
in rank order. modelsearch's own path (a join from the objects to their entries, one
``ts_rank`` per column instead of its one per alternative of every word) remains for searches
in given fields or without relevance order.

**Counting.** ``count()`` is exact (the API and the admin use it). The search page counts up to
``search_page.query.COUNT_LIMIT`` (``count_up_to``): from the first tier's index alone when it has
that many, else from every match, stopping there.

**The planner.** PostgreSQL's cost model does not know that ``title || body`` must read each
entry's vectors from TOAST, so for a common word it preferred reading every entry to the GIN
index (a count of 2 600 matches: 260 ms instead of 4 ms), and, expecting most matches to fail
their page's conditions, it hashed a whole language's pages to check 1 001 of them. Search
statements therefore run with the settings of ``SEARCH_PLANNER_SETTINGS``, for them alone
(``search_planner_settings``).
"""

from contextlib import contextmanager

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connections, router, transaction
from django.db.models import Exists, F, IntegerField, OuterRef
from django.db.models.expressions import Col, CombinedExpression
from django.db.models.functions import Cast
from django.db.models.lookups import Exact
from django.db.models.sql.where import AND
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry, ObjectIndexer, PostgresIndex, PostgresSearchBackend, PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import And, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
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
        return [(field, value.strip(), weight) for field, weight, value in self.values
                if isinstance(field, kind) and value and value.strip()
                and (title_column is None or is_title_field(field) == title_column)
                and (title is None or (field.field_name == "title") == title)]

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


# The planner settings of search statements (see the module docstring): no sequential scans;
# nested loops, each match's object looked up by primary key (the planner, expecting most
# matches to fail the object's conditions, hashed all the objects of a language instead, 11 ms,
# to count the first 1 001 matches); and no parallel workers, whose start costs more than these
# statements take.
SEARCH_PLANNER_SETTINGS = {"enable_seqscan": "off", "enable_hashjoin": "off", "enable_mergejoin": "off",
                           "max_parallel_workers_per_gather": "0"}


@contextmanager
def search_planner_settings(using):
    """Runs the statements inside with SEARCH_PLANNER_SETTINGS, in a transaction of their own:
    ``SET LOCAL`` ends with it. Inside an outer transaction (a savepoint then), the previous
    values are put back before the savepoint is released into it."""
    connection = connections[using]
    outer = connection.in_atomic_block
    names = list(SEARCH_PLANNER_SETTINGS)
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(["current_setting(%s)"] * len(names) + ["set_config(%s, %s, true)"] * len(names)),
                           names + [item for name in names for item in (name, SEARCH_PLANNER_SETTINGS[name])])
            previous = cursor.fetchone()[:len(names)]
        yield
        if outer:
            with connection.cursor() as cursor:
                cursor.execute("SELECT " + ", ".join(["set_config(%s, %s, true)"] * len(names)),
                               [item for name, value in zip(names, previous, strict=True) for item in (name, value)])


def query_tokens(query):
    """Every token of an analysed query (its words' alternatives, a phrase's words)."""
    if isinstance(query, (PlainText, Phrase)):
        return words(query.query_string, "en")
    if isinstance(query, (And, Or)):
        return [token for subquery in query.subqueries for token in query_tokens(subquery)]
    return []  # Not: nothing a page should be ranked for


def any_token_literal(query):
    """A tsquery matching any token of the query (None without tokens)."""
    tokens = list(dict.fromkeys(query_tokens(query)))
    return " | ".join(quote_lexeme(token) for token in tokens) or None


def is_one_word(query):
    """Whether an analysed query is one word: its alternatives (search.backends.analysed)."""
    if isinstance(query, PlainText):
        return len(query_tokens(query)) == 1
    return isinstance(query, Or) and all(isinstance(sub, PlainText) and len(query_tokens(sub)) == 1
                                         for sub in query.subqueries)


# A query with nothing to match (search.backends sends none, but others may): no entry has it.
NOTHING = "'zzzznothing'"
INTEGER_FIELDS = ("AutoField", "BigAutoField", "IntegerField", "BigIntegerField", "SmallAutoField")
# Pages matching only in their text are ranked among this many of the newest of them (the most
# recently created: highest ids); older ones follow, newest first (TokenQueryCompiler.tiers).
BODY_RANK_LIMIT = 500


class TokenQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        return TsQueryLiteral(tsquery_literal(query) or NOTHING)

    def searched_locale_id(self):
        """The locale the queryset is filtered to (``.filter(locale=…)`` at its top level), or
        None: then every language's entries can match."""
        where = self.queryset.query.where
        if where.connector != AND or where.negated:
            return None
        for child in where.children:
            if (isinstance(child, Exact) and isinstance(child.lhs, Col)
                    and child.lhs.target.attname == "locale_id"):
                value = getattr(child.rhs, "pk", child.rhs)
                return value if isinstance(value, int) else None
        return None

    def filter_literal(self):
        return quote_lexeme(filter_lexeme(self.queryset.model, self.searched_locale_id()))

    def build_match_tsquery(self, query):
        """The tsquery that selects the matches: the query and the filter lexeme of the
        searched model (and locale, when the search is of one). Ranking uses the query alone."""
        literal = tsquery_literal(query) or NOTHING
        return TsQueryLiteral(f"({literal}) & {self.filter_literal()}")

    def is_plain_search(self):
        return not (isinstance(self.query, (MatchAll, Fuzzy))
                    or (isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)))

    def _build_rank_expression(self, vectors, config):
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = None
        for vector, boost in vectors:
            rank = SearchRank(vector, search_query, weights=self.sql_weights) * boost
            rank_expression = rank if rank_expression is None else rank_expression + rank
        return rank_expression

    def search(self, config, start, stop, score_field=None, backend=None):
        """modelsearch's way (a join from the objects to their entries, every match ranked):
        for searches in given fields or without relevance order."""
        if not self.is_plain_search():
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
        match_query = self.build_match_tsquery(self.query) if self.fields is None else search_query
        queryset = self.queryset.alias(_vector_=combined_vector).filter(_vector_=match_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)

    # --- Ranking by tiers ---

    def ranks_by_tiers(self):
        pk = self.queryset.model._meta.pk
        while pk.remote_field is not None:  # a page type's pk is its link to Page
            pk = pk.target_field
        return (self.order_by_relevance and self.fields is None and self.is_plain_search()
                and any_token_literal(self.query) is not None and pk.get_internal_type() in INTEGER_FIELDS)

    def _entries(self, vector, literal):
        """The index entries whose ``vector`` matches the tsquery ``literal``, of objects in the
        searched queryset. The entries' side drives: PostgreSQL finds them in a GIN index and
        looks each one's object up by primary key. There is no content-type condition: the
        filter lexeme in the tsquery does it inside the GIN index (a btree condition gave
        PostgreSQL a way to read the entries without it, and with a LIMIT it took it, testing
        ``title || body`` entry by entry: 2 s at 100 000 pages)."""
        objects = self.queryset.order_by().filter(pk=OuterRef("_object_pk")).values("pk")
        return (IndexEntry._default_manager
                .alias(_vector_=vector, _object_pk=Cast("object_id", IntegerField()))
                .filter(_vector_=TsQueryLiteral(literal))
                .filter(Exists(objects)))

    def matching_entries(self):
        """Every match (the GIN index on ``title || body``)."""
        return self._entries(CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField()),
                             self.build_match_tsquery(self.query).literal)

    def tiers(self):
        """The matches in the order they rank, as (entries, score expression, limit) in turn:
        each tier's entries, ranked by the score (then newest first), all of them or, for the
        text tier, the newest ``limit``.

        1. Every word of the query in the title (the title column: the title and its analysed
           tokens, see TokenObjectIndexer). Found in the title's GIN index alone, small.
        2. Some word in the title, every word somewhere (queries of several words).
        3. The words only in the text: by the text's rank among the newest BODY_RANK_LIMIT,
           then the older ones newest first.

        Within the title tiers pages rank by ``ts_rank`` of the title against any of the
        query's tokens, times the title norm: more of the query's words, the exact form with
        its stems, in a shorter title, first. A title word weighs 20 to 30 times a word of the
        text (weights B/C against D), so this is the order ranking every match would give at
        the top, without reading any page's text, which is what made ranking every match slow.
        """
        query = tsquery_literal(self.query)
        any_token = any_token_literal(self.query)
        title_rank = SearchRank(F("title"), TsQueryLiteral(any_token), weights=self.sql_weights) * F("title_norm")
        # Built one at a time (a generator): most searches never need the later tiers.
        yield self._entries(F("title"), f"({query}) & {self.filter_literal()}"), title_rank, None
        matches = self.matching_entries().alias(_title_=F("title"))
        if not is_one_word(self.query):
            # @@ on the title column: its GIN index and the other's are ANDed as bitmaps.
            some_in_title = matches.filter(_title_=TsQueryLiteral(any_token)).exclude(_title_=TsQueryLiteral(query))
            yield some_in_title, title_rank, None
        body_rank = SearchRank(F("body"), TsQueryLiteral(any_token), weights=self.sql_weights)
        yield matches.exclude(_title_=TsQueryLiteral(any_token)), body_rank, BODY_RANK_LIMIT

    def ranked(self, start, stop):
        """[(object pk, score)] of the matches from ``start`` to ``stop`` (None: to the end),
        best first: the tiers in turn, each read only as far as the slice needs."""
        found = []
        for entries, score, rank_newest in self.tiers():
            wanted = None if stop is None else stop - len(found)
            if wanted is not None and wanted <= 0:
                break
            if rank_newest is None:
                rows = entries.annotate(_pk=F("_object_pk"), _score=score).order_by("-_score", "-_pk")
                found += list(rows.values_list("_pk", "_score")[:wanted] if wanted is not None
                              else rows.values_list("_pk", "_score"))
                continue
            newest = entries.order_by("-_object_pk").values("pk")[:rank_newest]
            rows = (IndexEntry._default_manager.filter(pk__in=newest)
                    .annotate(_pk=Cast("object_id", IntegerField()), _score=score).order_by("-_score", "-_pk"))
            ranked_newest = list(rows.values_list("_pk", "_score")[:wanted] if wanted is not None
                                 else rows.values_list("_pk", "_score"))
            found += ranked_newest
            if len(ranked_newest) == rank_newest and (wanted is None or len(ranked_newest) < wanted):
                older = (entries.exclude(pk__in=newest).annotate(_pk=F("_object_pk"))
                         .order_by("-_pk").values_list("_pk", flat=True))
                rest = None if wanted is None else wanted - len(ranked_newest)
                found += [(pk, 0.0) for pk in (older[:rest] if rest is not None else older)]
        return found[start:stop]

    def count_up_to(self, limit):
        """How many objects match, counting no further than ``limit``: the first tier's count
        when it reaches the limit (from the title's index alone), else every match's."""
        first_tier = next(self.tiers())[0]
        counted = first_tier[:limit].count()
        return counted if counted >= limit else self.matching_entries()[:limit].count()


class TokenSearchResults(PostgresSearchResults):
    """Ranks by tiers where it can (``TokenQueryCompiler.ranked``), otherwise as modelsearch
    does; either way without sequential scans."""

    def _using(self):
        return router.db_for_read(self.query_compiler.queryset.model)

    def _by_tiers(self):
        # The admin's autocomplete compiler (title prefixes) is modelsearch's own.
        compiler = self.query_compiler
        return isinstance(compiler, TokenQueryCompiler) and compiler.ranks_by_tiers()

    def _do_search(self):
        compiler = self.query_compiler
        using = self._using()
        with search_planner_settings(using):
            if not self._by_tiers():
                return super()._do_search()
            ranked = compiler.ranked(self.start, self.stop)
            pks = [pk for pk, _score in ranked]
            objects = {obj.pk: obj for obj in compiler.queryset.filter(pk__in=pks)} if pks else {}
        results = []
        for pk, score in ranked:
            obj = objects.get(pk)
            if obj is not None:  # gone between the two statements
                if self._score_field:
                    setattr(obj, self._score_field, score)
                results.append(obj)
        return results

    def _do_count(self):
        with search_planner_settings(self._using()):
            if self._by_tiers():
                return self.query_compiler.matching_entries().count()
            return super()._do_count()

    def ids_up_to(self, limit):
        """The primary keys of up to ``limit`` matching objects, in no particular order (what
        facets count over: ranking them would be wasted)."""
        with search_planner_settings(self._using()):
            if self._by_tiers():
                matches = self.query_compiler.matching_entries().annotate(_pk=F("_object_pk"))
                return list(matches.values_list("_pk", flat=True)[:limit])
        return [obj.pk for obj in self[:limit]]

    def count_up_to(self, limit):
        """The count, but no further than ``limit`` (search_page.query.SearchPaginator): PostgreSQL
        stops at the limit instead of checking every match against its object."""
        if self._count_cache is not None or self._results_cache is not None:
            return min(self.count(), limit)
        with search_planner_settings(self._using()):
            if self._by_tiers():
                return self.query_compiler.count_up_to(limit)
            matches = self.query_compiler.search(self.query_compiler.get_config(self.backend), None, None,
                                                 backend=self.backend).order_by()
            return matches[:limit].count()


class TokenPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = TokenQueryCompiler
    index_class = TokenPostgresIndex
    results_class = TokenSearchResults
