"""modelsearch's PostgreSQL backend, ranking each match with one ``ts_rank`` per column.

modelsearch ranks a query by walking it: every alternative of every word gets its own
``ts_rank`` call on the title and on the body, combined as ``MUL(1 + rank) - 1`` over the words
and averages over the alternatives. Our analysed queries have three to six alternatives per word
(the word as typed and its Georgian, Azerbaijani and English stems), so a two-word query ranked
each matching row with up to 24 ``ts_rank`` calls, and ranking, not matching, dominated the query
time (``manage.py bench_search``). Here the whole tsquery is ranked once per column, weighted as
modelsearch weights them (title by its norm, body 1): ``ts_rank`` already scores a row by how
many of the query's lexemes it holds and where, so pages with the exact word (which match both
the text as written and the analysed tokens) and with every word still come first; the
relevance and ranking tests (tests/search) hold that.
"""

from django.contrib.postgres.search import SearchRank
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchQueryCompiler


class SingleRankQueryCompiler(PostgresSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = None
        for vector, boost in vectors:
            rank = SearchRank(vector, search_query, weights=self.sql_weights) * boost
            rank_expression = rank if rank_expression is None else rank_expression + rank
        return rank_expression


class RankedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = SingleRankQueryCompiler
