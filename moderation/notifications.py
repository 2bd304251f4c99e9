"""Workflow e-mails: in each recipient's admin language, with the moderators' comments, and with
links to the site's real address.

Wagtail 8's notifiers already render the subject and text of each message inside
``translation.override(<recipient's preferred language>)``; the English came from its templates'
strings, which Wagtail's catalogs lack in Georgian and Azerbaijani. Our templates
(``templates/wagtailadmin/notifications/``) replace them with strings of the project's catalogs.
Wagtail's submission (to superusers) and rejection notifiers pass what the templates need; the
two below add what Wagtail's lack: the approval's comments (Wagtail passes none) and, for the
moderators, the workflow and who submitted. Links use the site's address (``admin_base_url``).
"""

from django.conf import settings
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
)
from wagtail.models import Site, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved


def admin_base_url():
    """WAGTAILADMIN_BASE_URL where the environment sets it, else the default Site's address
    (Settings → Sites: the hostname and port editors configured), without a trailing slash."""
    configured = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


class SubmissionToModeratorsNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["workflow"] = task_state.workflow_state.workflow
        context["requested_by"] = task_state.workflow_state.requested_by
        context["submitted_by"] = kwargs.get("user") or task_state.workflow_state.requested_by
        return context


class ApprovalNotifier(WorkflowStateApprovalEmailNotifier):
    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        # Wagtail's approval mail carries no comment; every approval of this run of the
        # workflow may have left one.
        context["approvals"] = list(
            workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
            .exclude(comment="")
            .select_related("task", "finished_by")
            .order_by("finished_at", "pk")
        )
        context["approved_by"] = kwargs.get("user")
        return context


# (signal, notifier, Wagtail's dispatch_uid for it in wagtail/admin/signal_handlers.py)
NOTIFIERS = (
    (task_submitted, TaskState, SubmissionToModeratorsNotifier(), "group_approval_task_submitted_email_notification"),
    (workflow_approved, WorkflowState, ApprovalNotifier(), "workflow_state_approved_email_notification"),
)


def replace_wagtail_notifiers():
    """Ours in place of Wagtail's, under the same dispatch_uid (whichever app is ready first)."""
    for signal, sender, notifier, dispatch_uid in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
