"""Which pages an editor started and never finished, for the dashboard.

A page is the user's unfinished draft when the user owns it or saved its latest revision, they
may still work on it (their section, as ``partners.isolation`` says), it is not waiting for a
moderator, and either

- it was never published: Wagtail's autosave and "Save draft" leave such pages behind when an
  editor abandons a form, invisible on the site but holding their slug; listed at once, or
- it is live with changes nobody published for longer than ``STALE_AFTER``: a change saved
  today is work in progress, one left for a day or more is easily forgotten.
"""

from datetime import timedelta

from django.db.models import CharField, F, Q
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import WorkflowState, get_default_page_content_type

from core.publishing import attach_publishers
from partners.isolation.visibility import editable_pages

STALE_AFTER = timedelta(days=1)
# The panel shows the newest few and counts the rest: its queries do not grow with them.
SHOWN = 8


def _awaiting_moderation():
    return WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS, base_content_type=get_default_page_content_type()
    ).values("object_id")


def unfinished_drafts(user, now=None):
    """The user's unfinished drafts, newest change first (a queryset of plain pages)."""
    stale_before = (now or timezone.now()) - STALE_AFTER
    return (
        editable_pages(user)
        .filter(Q(owner=user) | Q(latest_revision__user=user))
        .filter(
            Q(live=False, first_published_at__isnull=True)
            | Q(live=True, has_unpublished_changes=True, latest_revision_created_at__lt=stale_before)
        )
        # WorkflowState.object_id is text, whatever the page's key is.
        .annotate(pk_text=Cast("pk", output_field=CharField()))
        .exclude(pk_text__in=_awaiting_moderation())
        .select_related("locale", "content_type")
        .order_by(F("latest_revision_created_at").desc(nulls_last=True), "-pk")
    )


class Draft:
    """One row of the panel: the page, where it sits, and what the user may do with it."""

    def __init__(self, page, user):
        self.page = page
        self.never_published = not page.live
        self.edited_at = page.latest_revision_created_at
        self.section = page.publisher
        self.type_name = page.specific_class._meta.verbose_name if page.specific_class else ""
        # A page that was never published is discarded by deleting it, through Wagtail's own
        # confirmation view, offered only where Wagtail would allow it (asked of the specific
        # class without loading it: a section root has rules of its own).
        self.may_delete = self.never_published and page.specific_deferred.permissions_for_user(user).can_delete()


def drafts_for_panel(user, now=None):
    """(the newest ``SHOWN`` drafts as ``Draft`` rows, how many more there are)."""
    drafts = unfinished_drafts(user, now)
    shown = list(drafts[: SHOWN + 1])
    more = 0
    if len(shown) > SHOWN:
        more = drafts.count() - SHOWN
        shown = shown[:SHOWN]
    attach_publishers(shown)
    return [Draft(page, user) for page in shown], more
