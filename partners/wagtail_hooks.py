"""Admin: the place vocabularies (regions, municipalities) and exchange rates as snippets, and member editors'
own section first (the sidebar's "Pages" and a dashboard panel)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.choosers import VocabularyViewSet

from .isolation import translations
from .isolation.choosers import only_visible_pages
from .isolation.listings import DocumentsAPIViewSet, ImagesAPIViewSet
from .models import ExchangeRate, Municipality, Region
from .models.organisations import organisations_edited_by


class RegionViewSet(VocabularyViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "slug"]


class MunicipalityViewSet(VocabularyViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "region", "slug"]
    list_filter = ["region"]


class PlacesViewSetGroup(SnippetViewSetGroup):
    items = (RegionViewSet, MunicipalityViewSet)
    menu_icon = "site"
    menu_label = _("Places")
    menu_name = "places"


register_snippet(PlacesViewSetGroup)


class ExchangeRateViewSet(SnippetViewSet):
    """Only coalition staff hold its permissions (members' editor groups are not given them)."""

    model = ExchangeRate
    icon = "table"
    menu_label = _("Exchange rates")
    list_display = ["currency", "rate", "date", "source"]
    list_filter = ["currency"]
    add_to_admin_menu = False


register_snippet(ExchangeRateViewSet)


# --- Member organisations' editors start in their own section ----------------------------


def own_sections(user):
    """The organisation pages (one per locale) of the member organisations the user edits for,
    the admin language's first; empty for superusers and coalition staff."""
    if user.is_superuser:
        return []
    pages = list(organisations_edited_by(user).select_related("locale").order_by("path"))
    preferred = (get_language(), settings.LANGUAGE_CODE)
    return sorted(
        pages, key=lambda page: (page.locale.language_code not in preferred, page.locale.language_code != preferred[0])
    )


class SectionExplorerMenuItem(ExplorerMenuItem):
    """ "Pages" in the sidebar opens a member editor's own section, not the root of the tree
    (which, with sections in three language trees, is what Wagtail would pick)."""

    def render_component(self, request):
        sections = own_sections(request.user)
        if not sections:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name, self.label, self.url, sections[0].pk, icon_name=self.icon_name, classname=self.classname
        )


@hooks.register("construct_main_menu")
def open_explorer_in_own_section(request, menu_items):
    for index, item in enumerate(menu_items):
        if item.name == "explorer" and not isinstance(item, SectionExplorerMenuItem):
            menu_items[index] = SectionExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )


class OwnSectionPanel(Component):
    name = "own_section"
    order = 10  # before Wagtail's own panels
    template_name = "partners/admin/own_section_panel.html"

    def __init__(self, sections):
        self.sections = sections

    def get_context_data(self, parent_context):
        return {"sections": self.sections, "moderated": any(page.moderated for page in self.sections)}


@hooks.register("construct_homepage_panels")
def show_own_section_first(request, panels):
    sections = own_sections(request.user)
    if sections:
        panels.insert(0, OwnSectionPanel(sections))


# --- Isolation between member sections (partners/isolation/) ------------------------------

hooks.register("construct_page_chooser_queryset", only_visible_pages)
# No translation goes live with source-language text the editor has not accepted; before
# wagtail-localize's own before_edit_* hooks, which publish (partners/isolation/translations.py).
hooks.register("before_edit_page", translations.publish_translation_only_when_complete, order=-1)
hooks.register("before_edit_snippet", translations.publish_snippet_translation_only_when_complete, order=-1)
hooks.register("before_bulk_action", translations.bulk_publish_only_complete_translations)
hooks.register("register_log_actions", translations.register_log_actions)


@hooks.register("before_move_page")
def only_movable_pages(request, page, destination):
    # Wagtail's move confirmation page checks nothing on GET (it names the page and its
    # translations); the move itself is checked again by Wagtail's MovePageAction.
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


# After Wagtail's own registrations (order), which these endpoints replace.
@hooks.register("construct_admin_api", order=100)
def admin_api_lists_only_visible_media(router):
    router.register_endpoint("documents", DocumentsAPIViewSet)
    router.register_endpoint("images", ImagesAPIViewSet)
