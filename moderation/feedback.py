"""The moderator's request for changes, shown where the editor works: a banner in the page
editor and a panel on the dashboard, until the page is submitted again (or the workflow is
cancelled or approved: the workflow state then leaves "needs changes")."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.template.defaultfilters import linebreaksbr
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.templatetags.wagtailadmin_tags import user_display_name
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from partners.isolation.visibility import editable_pages


def _needing_changes():
    return WorkflowState.objects.filter(
        status=WorkflowState.STATUS_NEEDS_CHANGES,
        base_content_type=ContentType.objects.get_for_model(Page),
        current_task_state__isnull=False,
    ).select_related("workflow", "current_task_state__task", "current_task_state__finished_by")


def request_for_changes(page):
    """The workflow state of this page waiting for the editor's changes, or None."""
    return _needing_changes().filter(object_id=str(page.pk)).first()


def requests_for_changes(user):
    """(page, workflow state) for every page the user may edit that waits for their changes,
    the latest request first. Three queries, however many pages."""
    # WorkflowState.object_id is text, for pages and snippets alike.
    page_ids = editable_pages(user).annotate(id_text=Cast("pk", output_field=CharField())).values("id_text")
    states = list(_needing_changes().filter(object_id__in=page_ids).order_by("-current_task_state__finished_at"))
    pages = Page.objects.select_related("locale").in_bulk([int(state.object_id) for state in states])
    return [(pages[int(state.object_id)], state) for state in states if int(state.object_id) in pages]


def when(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT") if moment else ""


def banner(state):
    task_state = state.current_task_state
    comment = task_state.comment.strip()
    return format_html(
        '<strong>{}</strong><br><em class="moderation-comment">{}</em><br>{}',
        _("Changes requested by %(name)s, %(date)s:")
        % {"name": user_display_name(task_state.finished_by), "date": when(task_state.finished_at)},
        linebreaksbr(comment) if comment else _("(no comment)"),
        _("Make the changes, then submit the page again."),
    )


def show_request_in_editor(request, page):
    """before_edit_page: the moderator's comment above the editor, on every opening (not on the
    form's own POSTs, which redirect to an opening)."""
    if request.method != "GET":
        return
    state = request_for_changes(page)
    if state is not None and state.current_task_state is not None:
        messages.warning(request, banner(state), extra_tags="moderation-comment")


class ChangesRequestedPanel(Component):
    name = "changes_requested"
    order = 20  # after the editor's own section (partners), before Wagtail's panels
    template_name = "moderation/changes_requested_panel.html"

    def __init__(self, requests):
        self.requests = requests

    def get_context_data(self, parent_context):
        return {
            "requests": [
                {"page": page, "task_state": task_state, "when": when(task_state.finished_at)}
                for page, task_state in ((page, state.current_task_state) for page, state in self.requests)
            ]
        }


def add_changes_requested_panel(request, panels):
    requests = requests_for_changes(request.user)
    if requests:
        panels.append(ChangesRequestedPanel(requests))
