"""The editor's guide in the admin: its page, an item in the Help menu and a dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .views import EditorGuideView


@hooks.register("register_admin_urls")
def guide_urls():
    # Admin URLs require admin access (anonymous visitors go to the login page).
    return [path("guide/", EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("register_help_menu_item")
def guide_menu_item():
    # Before Wagtail's own items (1000 and up), which link to its English-only online guide.
    return MenuItem(
        _("Editor's guide"), reverse("editor_guide"), name="coalition-editor-guide", icon_name="help", order=900
    )


class EditorGuidePanel(Component):
    name = "editor_guide"
    # After the member's section (10) and unfinished drafts (150), before Wagtail's workflow
    # and recent-edit panels (210 and up).
    order = 160
    template_name = "editor_guide/panel.html"


@hooks.register("construct_homepage_panels")
def show_guide_on_dashboard(request, panels):
    panels.append(EditorGuidePanel())


# Wagtail's own help items that open its online documentation, which exists only in English.
ENGLISH_ONLY_HELP = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_help_menu")
def keep_english_only_help_for_english_admins(request, menu_items):
    if get_language().split("-")[0] != "en":
        menu_items[:] = [item for item in menu_items if not item.name.startswith(ENGLISH_ONLY_HELP)]
