"""Snippet choosers for the coalition's shared vocabularies (places, topics): every editor, member
editors included, chooses from every entry, found by any part of its name in the database rather
than the search backend. A vocabulary has dozens or a few hundred rows; an autocomplete index
splits Georgian names into no useful prefixes, and full-text syntax in a query would be an error."""

from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin, SearchFilterMixin
from wagtail.snippets.views import chooser as snippet_choosers
from wagtail.snippets.views.snippets import SnippetViewSet


class NameSearch(SearchFilterMixin):
    def filter(self, objects):
        objects = super(SearchFilterMixin, self).filter(objects)
        query = (self.cleaned_data.get("q") or "").replace("\x00", "").strip()
        if query:
            objects = objects.filter(name__icontains=query)
            self.is_searching = True
            self.search_query = query
        return objects


class VocabularyFilterForm(LocaleFilterMixin, NameSearch, BaseFilterForm):
    pass


class VocabularyChooseView(snippet_choosers.ChooseView):
    filter_form_class = VocabularyFilterForm


class VocabularyChooseResultsView(snippet_choosers.ChooseResultsView):
    filter_form_class = VocabularyFilterForm


class VocabularyChooserViewSet(snippet_choosers.SnippetChooserViewSet):
    choose_view_class = VocabularyChooseView
    choose_results_view_class = VocabularyChooseResultsView


class VocabularyViewSet(SnippetViewSet):
    """A vocabulary's snippet listing, searched by name in the database too, like its chooser."""

    chooser_viewset_class = VocabularyChooserViewSet
    search_backend_name = None
    search_fields = ["name"]
