"""Admin registration of the place vocabularies (regions, municipalities) as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Municipality, Region


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "region", "slug"]
    list_filter = ["region"]
    search_fields = ["name"]


class PlacesViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, MunicipalityViewSet)
    menu_icon = "site"
    menu_label = _("Places")
    menu_name = "places"


register_snippet(PlacesViewSetGroup)
