"""The analysed text of a page, indexed beside the text as written.

``AnalysedSearchMixin`` adds two search fields to a page model: ``analysed_title`` (boosted like
the title) and ``analysed_text`` (everything else the model indexes), each the tokens
``search.analysis.analyse()`` makes of that text in the page's language. The backends index
them like any other field; ``search.backends`` analyses queries into the same tokens.
"""

from django.db import models
from django.utils.html import strip_tags
from wagtail.search import index

from search.analysis import analyse

ANALYSED_FIELDS = ("analysed_title", "analysed_text")


def analysed_search_fields(title_boost=3):
    return [index.SearchField("analysed_title", boost=title_boost), index.SearchField("analysed_text")]


class AnalysedSearchMixin(models.Model):
    # An (abstract) model rather than a plain mixin: the Elasticsearch/OpenSearch backends name
    # index fields after the model that defines them.
    class Meta:
        abstract = True

    def _search_language(self):
        locale = getattr(self, "locale", None)
        return locale.language_code if locale is not None else "en"

    def analysed_title(self):
        return " ".join(analyse(self.title, self._search_language()))

    def analysed_text(self):
        return " ".join(analyse(" ".join(self._searchable_texts()), self._search_language()))

    def _searchable_texts(self):
        for field in self.get_search_fields():
            if not isinstance(field, index.SearchField) or field.field_name in ("title", *ANALYSED_FIELDS):
                continue
            # Wagtail's own extraction: StreamField and rich text give their searchable content.
            value = field.get_value(self)
            for text in value if isinstance(value, (list, tuple)) else [value]:
                if text:
                    yield strip_tags(str(text))
