"""Wagtail's SQLite (FTS5) search backend, ranked the right way round and with titles first.

Two things in django-modelsearch 1.3's SQLite backend are changed here, by subclassing:

* **Multi-word ranking.** FTS5's ``bm25()`` is NEGATIVE (the lower, the better), and it scores a
  row against the whole MATCH expression at once, not per word. modelsearch ranks an And() of
  words the way it does on PostgreSQL, where ranks are positive: ``(1 + rank) * (1 + rank) … - 1``.
  With a negative rank below -1 that product grows as the match gets better, so multi-word
  queries (each analysed word is an Or(), the words an And()) listed the best pages LAST. Here
  every query is ranked by ``bm25()`` itself, which already weighs every word of the query.
* **Titles.** modelsearch puts only the field named ``title`` in FTS5's title column and ranks
  both columns alike. Our analysed title (``search.indexing``: the stems that let ქუთაისში meet
  ქუთაისის) goes into the title column too, and title matches weigh ``TITLE_WEIGHT`` times a
  match in the text, as the title boosts do on PostgreSQL.

Exact words need nothing more: an exact word is in the index both as written and among the
analysed tokens, and is rarer than its stem, so it scores above a stemmed or transliterated
match (tests/search/test_ranking.py). Run ``manage.py update_index`` once after deploying this,
so that existing entries get their analysed titles in the title column.
"""

from django.db.models import FloatField, Func
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.index import SearchField
from modelsearch.utils import get_content_type_pk

TITLE_FIELDS = ("title", "analysed_title")
# bm25() weights of FTS5's columns, in their order (autocomplete, body, title): the autocomplete
# column is never part of a full-text MATCH.
TITLE_WEIGHT = 3.0
COLUMN_WEIGHTS = (0.0, 1.0, TITLE_WEIGHT)


class WeightedBM25(Func):
    """``bm25(<fts table>, weights…)``: how well the row matches the whole MATCH expression;
    negative, lower is better."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        weights = ", ".join(str(float(weight)) for weight in COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class TitledObjectIndexer(ObjectIndexer):
    """Puts the analysed title in the title column, beside the title as written."""

    def _texts(self, in_title):
        return " ".join(
            value
            for field in self.search_fields
            for current, value in self.prepare_field(self.obj, field)
            if isinstance(current, SearchField) and (current.field_name in TITLE_FIELDS) == in_title
        )

    @cached_property
    def title(self):
        return self._texts(in_title=True)

    @cached_property
    def body(self):
        return self._texts(in_title=False)


class TitledSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        # modelsearch's add_items, with TitledObjectIndexer (it names its indexer directly).
        if not model.get_search_fields():
            return
        entries = {
            indexer.id: (indexer.title, indexer.autocomplete, indexer.body)
            for indexer in (TitledObjectIndexer(obj, self.backend) for obj in objs)
        }
        if not entries:
            return
        of_type = self.entries.filter(content_type_id=get_content_type_pk(model))
        indexed = set(of_type.filter(object_id__in=entries.keys()).values_list("object_id", flat=True))
        for object_id in indexed:
            title, autocomplete, body = entries[object_id]
            of_type.filter(object_id=object_id).update(title=title, autocomplete=autocomplete, body=body)
        self.entries.bulk_create(
            [
                self.entries.model(
                    content_type_id=get_content_type_pk(model),
                    object_id=object_id,
                    title=title,
                    autocomplete=autocomplete,
                    body=body,
                )
                for object_id, (title, autocomplete, body) in entries.items()
                if object_id not in indexed
            ]
        )
        self._refresh_title_norms()


class RankedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # bm25() alone. modelsearch also scaled it by title_norm (the mean title length over this
        # title's), which lifts every page with a short title whatever matched where; without
        # it, tests/search/test_relevance.py scores higher.
        return WeightedBM25()


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = TitledSQLiteIndex
    query_compiler_class = RankedSQLiteSearchQueryCompiler
