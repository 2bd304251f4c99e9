"""The dashboard panel "Your unfinished drafts" (registered in ``wagtail_hooks``)."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .unfinished import drafts_for_panel


class UnfinishedDraftsPanel(Component):
    name = "unfinished_drafts"
    # After the member's own section (10) and before Wagtail's workflow and recent-edit panels
    # (210 and up): an abandoned draft holds a slug and clutters the section until dealt with.
    order = 150
    template_name = "drafts/unfinished_drafts_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        drafts, more = drafts_for_panel(self.user)
        # The template renders nothing without drafts: no empty panel on the dashboard.
        return {"drafts": drafts, "more": more, "dashboard_url": reverse("wagtailadmin_home")}
