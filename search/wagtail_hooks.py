"""Admin: the synonyms vocabulary (search.models.SynonymGroup) in the admin menu, for those who may
manage it (coalition staff: partners.sections gives their groups its permissions). Its listing is
searched in the database by any part of a term, like the other vocabularies' (core.choosers)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonyms")
    menu_name = "synonyms"
    menu_order = 291
    add_to_admin_menu = True
    list_display = ["name", "equivalents", "updated_at"]
    # The database, not the search backend: any part of a term, in any script, and full-text
    # syntax in what is typed is no error.
    search_backend_name = None
    search_fields = ["terms"]


register_snippet(SynonymGroupViewSet)
