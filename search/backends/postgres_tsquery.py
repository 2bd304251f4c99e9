"""Analysed queries (search.backends.analysed) as PostgreSQL ``tsquery`` values in its text form,
meeting exactly the lexemes our index entries hold (search.backends.postgres_index): PostgreSQL
parses no query text of ours and no text-search configuration touches the tokens."""

from django.contrib.postgres.search import SearchQuery
from modelsearch.query import And, Not, Or, Phrase, PlainText

from search.analysis import words
from search.backends import MATCH_NOTHING
from search.backends.postgres_index import quote_lexeme

# A query with nothing to match (search.backends sends none, but others may): no entry has it.
NOTHING = quote_lexeme(MATCH_NOTHING)


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


def analysed_query_tokens(query):
    """Every token of an analysed query (its words' alternatives, a phrase's words)."""
    if isinstance(query, (PlainText, Phrase)):
        return words(query.query_string, "en")
    if isinstance(query, (And, Or)):
        return [token for subquery in query.subqueries for token in analysed_query_tokens(subquery)]
    return []  # Not: nothing a page should be ranked for


def any_token_literal(query):
    """A tsquery matching any token of the query (None without tokens)."""
    tokens = list(dict.fromkeys(analysed_query_tokens(query)))
    return " | ".join(quote_lexeme(token) for token in tokens) or None


def is_one_word(query):
    """Whether an analysed query is one word: its alternatives (search.backends.analysed)."""
    if isinstance(query, PlainText):
        return len(analysed_query_tokens(query)) == 1
    return isinstance(query, Or) and all(
        isinstance(sub, PlainText) and len(analysed_query_tokens(sub)) == 1 for sub in query.subqueries
    )
