"""modelsearch's PostgreSQL backend, fed and queried with our own tokens, ranked tier by tier.

PostgreSQL ships no Georgian or Azerbaijani text-search configuration: our index entries are
written from the tokens of ``search.analysis`` (search.backends.postgres_index, which also puts
filter lexemes for each entry's model and locale in its title column), and queries become
``tsquery`` values of the same tokens (search.backends.postgres_tsquery). This module searches
with them.

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
``search_page.query.COUNT_LIMIT`` (``count_up_to``, search.backends.results.BoundedResults):
from the first tier's index alone when it has that many, else from every match, stopping there.
Facets count over the ids of up to as many matches (``ids_up_to``), taken unranked.

**The planner.** PostgreSQL's cost model does not know that ``title || body`` must read each
entry's vectors from TOAST, so for a common word it preferred reading every entry to the GIN
index (a count of 2 600 matches: 260 ms instead of 4 ms), and, expecting most matches to fail
their page's conditions, it hashed a whole language's pages to check 1 001 of them. Search
statements therefore run with the settings of ``SEARCH_PLANNER_SETTINGS``, for them alone
(``search_planner_settings``).
"""

from contextlib import contextmanager

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db import connections, router, transaction
from django.db.models import Exists, F, IntegerField, OuterRef
from django.db.models.expressions import Col, CombinedExpression
from django.db.models.functions import Cast
from django.db.models.lookups import Exact
from django.db.models.sql.where import AND
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not

from search.backends.postgres_index import TokenPostgresIndex, filter_lexeme, quote_lexeme
from search.backends.postgres_tsquery import (
    NOTHING,
    TsQueryLiteral,
    any_token_literal,
    is_one_word,
    tsquery_literal,
)
from search.backends.results import BoundedResults

# The planner settings of search statements (see the module docstring): no sequential scans;
# nested loops, each match's object looked up by primary key (the planner, expecting most
# matches to fail the object's conditions, hashed all the objects of a language instead, 11 ms,
# to count the first 1 001 matches); and no parallel workers, whose start costs more than these
# statements take.
SEARCH_PLANNER_SETTINGS = {
    "enable_seqscan": "off",
    "enable_hashjoin": "off",
    "enable_mergejoin": "off",
    "max_parallel_workers_per_gather": "0",
}


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
            cursor.execute(
                "SELECT " + ", ".join(["current_setting(%s)"] * len(names) + ["set_config(%s, %s, true)"] * len(names)),
                names + [item for name in names for item in (name, SEARCH_PLANNER_SETTINGS[name])],
            )
            previous = cursor.fetchone()[: len(names)]
        yield
        if outer:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT " + ", ".join(["set_config(%s, %s, true)"] * len(names)),
                    [item for name, value in zip(names, previous, strict=True) for item in (name, value)],
                )


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
            if isinstance(child, Exact) and isinstance(child.lhs, Col) and child.lhs.target.attname == "locale_id":
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
        return not (
            isinstance(self.query, (MatchAll, Fuzzy))
            or (isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll))
        )

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
        return (
            self.order_by_relevance
            and self.fields is None
            and self.is_plain_search()
            and any_token_literal(self.query) is not None
            and pk.get_internal_type() in INTEGER_FIELDS
        )

    def _entries(self, vector, literal):
        """The index entries whose ``vector`` matches the tsquery ``literal``, of objects in the
        searched queryset. The entries' side drives: PostgreSQL finds them in a GIN index and
        looks each one's object up by primary key. There is no content-type condition: the
        filter lexeme in the tsquery does it inside the GIN index (a btree condition gave
        PostgreSQL a way to read the entries without it, and with a LIMIT it took it, testing
        ``title || body`` entry by entry: 2 s at 100 000 pages)."""
        objects = self.queryset.order_by().filter(pk=OuterRef("_object_pk")).values("pk")
        return (
            IndexEntry._default_manager.alias(_vector_=vector, _object_pk=Cast("object_id", IntegerField()))
            .filter(_vector_=TsQueryLiteral(literal))
            .filter(Exists(objects))
        )

    def matching_entries(self):
        """Every match (the GIN index on ``title || body``)."""
        return self._entries(
            CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField()),
            self.build_match_tsquery(self.query).literal,
        )

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
                found += list(
                    rows.values_list("_pk", "_score")[:wanted]
                    if wanted is not None
                    else rows.values_list("_pk", "_score")
                )
                continue
            newest = entries.order_by("-_object_pk").values("pk")[:rank_newest]
            rows = (
                IndexEntry._default_manager.filter(pk__in=newest)
                .annotate(_pk=Cast("object_id", IntegerField()), _score=score)
                .order_by("-_score", "-_pk")
            )
            ranked_newest = list(
                rows.values_list("_pk", "_score")[:wanted] if wanted is not None else rows.values_list("_pk", "_score")
            )
            found += ranked_newest
            if len(ranked_newest) == rank_newest and (wanted is None or len(ranked_newest) < wanted):
                older = (
                    entries.exclude(pk__in=newest)
                    .annotate(_pk=F("_object_pk"))
                    .order_by("-_pk")
                    .values_list("_pk", flat=True)
                )
                rest = None if wanted is None else wanted - len(ranked_newest)
                found += [(pk, 0.0) for pk in (older[:rest] if rest is not None else older)]
        return found[start:stop]

    def count_up_to(self, limit):
        """How many objects match, counting no further than ``limit``: the first tier's count
        when it reaches the limit (from the title's index alone), else every match's."""
        first_tier = next(self.tiers())[0]
        counted = first_tier[:limit].count()
        return counted if counted >= limit else self.matching_entries()[:limit].count()


class TokenSearchResults(BoundedResults, PostgresSearchResults):
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
            matches = self.query_compiler.search(
                self.query_compiler.get_config(self.backend), None, None, backend=self.backend
            ).order_by()
            return matches[:limit].count()


class TokenPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = TokenQueryCompiler
    index_class = TokenPostgresIndex
    results_class = TokenSearchResults
