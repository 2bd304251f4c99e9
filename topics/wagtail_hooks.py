"""Admin: Topics in the admin menu (for those allowed to manage them: coalition staff) and the
topic chooser, searched by name in the database like the places' (partners/wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin, SearchFilterMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as snippet_choosers
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic


class NameSearch(SearchFilterMixin):
    """Search by any part of the name in the database: a vocabulary of dozens of rows, and an
    autocomplete index splits Georgian names into no useful prefixes."""

    def filter(self, objects):
        objects = super(SearchFilterMixin, self).filter(objects)
        query = (self.cleaned_data.get("q") or "").replace("\x00", "").strip()
        if query:
            objects = objects.filter(name__icontains=query)
            self.is_searching = True
            self.search_query = query
        return objects


class TopicFilterForm(LocaleFilterMixin, NameSearch, BaseFilterForm):
    pass


class TopicChooseView(snippet_choosers.ChooseView):
    filter_form_class = TopicFilterForm


class TopicChooseResultsView(snippet_choosers.ChooseResultsView):
    filter_form_class = TopicFilterForm


class TopicChooserViewSet(snippet_choosers.SnippetChooserViewSet):
    """Every editor chooses from every topic: the vocabulary is the coalition's, not an
    organisation's content."""

    choose_view_class = TopicChooseView
    choose_results_view_class = TopicChooseResultsView


class TopicViewSet(SnippetViewSet):
    """Only coalition staff hold its add/change/delete permissions (partners.sections), so only
    they see it in the menu; member editors choose topics on the page."""

    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_name = "topics"
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    chooser_viewset_class = TopicChooserViewSet
    search_backend_name = None
    search_fields = ["name"]


register_snippet(TopicViewSet)
