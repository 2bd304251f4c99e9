"""The one rule for what an admin user may see of other people's work.

- Pages: every live page (the public can read it anyway), plus the pages the user has any
  page permission on (their section, for a member editor). Of a page they may not edit, they
  see the live title only: a pending draft title is unpublished text.
- Images and documents: those in collections the user may add to, edit in or choose from
  (their own collection and "Shared", for a member editor).
- Users: the user's fellow group members and the coalition's staff; nobody from another
  member organisation.
Superusers see everything.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from partners.sections import COALITION_EDITORS, COALITION_MODERATORS

MEDIA_ACTIONS = ("add", "change", "choose")


def editable_pages(user):
    """Pages the user holds any page permission on (with everything below them)."""
    return PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ("add", "change", "publish", "lock", "unlock")
    )


def visible_pages(user, pages=None):
    pages = Page.objects.all() if pages is None else pages
    if user.is_superuser:
        return pages
    return pages.filter(Q(live=True) | Q(pk__in=editable_pages(user).values("pk")))


class DraftTitles:
    """Which pages' draft titles a user may read; answers from the user's permission roots,
    fetched once, without a query per page."""

    def __init__(self, user):
        self.everything = user.is_superuser
        self.roots = (
            ()
            if self.everything
            else tuple(page.path for page in PagePermissionPolicy().instances_with_direct_explore_permission(user))
        )

    def may_read(self, page):
        return self.everything or page.path.startswith(self.roots)

    def title(self, page):
        """The admin title Wagtail would show, or the live title where the draft is not theirs."""
        if self.may_read(page):
            return page.get_admin_display_title()
        return page.title


def media_permission_policy(model):
    if model in (get_image_model(), get_document_model()):
        return policy_registry.get_by_type(model)
    return None


def visible_media(user, model):
    policy = media_permission_policy(model)
    return policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)


def visible_users(user):
    users = get_user_model().objects.all()
    if user.is_superuser:
        return users
    groups = Group.objects.filter(Q(user=user) | Q(name__in=(COALITION_EDITORS, COALITION_MODERATORS)))
    # A subquery rather than .distinct(): Wagtail's filters combine this with their own querysets.
    fellows = users.filter(Q(pk=user.pk) | Q(groups__in=groups) | Q(is_superuser=True)).values("pk")
    return users.filter(pk__in=fellows)


def actionable(user, model, ids):
    """The subset of ``ids`` of ``model`` the user may act on in bulk: their own pages, media
    they may see, fellow users; None when the rule does not cover the model (Wagtail's own
    checks then apply)."""
    if issubclass(model, Page):
        return editable_pages(user).filter(pk__in=ids)
    if media_permission_policy(model) is not None:
        return visible_media(user, model).filter(pk__in=ids)
    if model is get_user_model():
        return visible_users(user).filter(pk__in=ids)
    return None
