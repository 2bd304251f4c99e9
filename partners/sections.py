"""Each member organisation publishes in its own section of the shared site.

An organisation's page (in every language) is the root of its section. Access is built from
Wagtail's own mechanisms only:

- a group "<ACRONYM> editors" with page permissions on the organisation's page in every
  locale: add + change + publish, or add + change for a moderated organisation;
- a media collection of its own (add/change/choose images and documents there) and the
  shared collection (choose);
- for moderated organisations, the "Member moderation" workflow on their pages: editors
  submit, members of "Coalition moderators" approve or reject with a comment;
- "Coalition editors" and "Coalition moderators" may edit and publish everything.

``grant_section_access()`` is the one place that sets this up; it is idempotent, and runs
again whenever an organisation page is published (so a translation created later gets the
same permissions, and a change of "moderated" takes effect). ``add_member_organisation`` and
the demo content both use it.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext_noop
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PagePermissionTester,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

COALITION_EDITORS = "Coalition editors"
COALITION_MODERATORS = "Coalition moderators"
# Stored as typed here; shown in the viewer's language (moderation/names.py).
MEMBER_WORKFLOW = gettext_noop("Member moderation")
MEMBER_REVIEW_TASK = gettext_noop("Coalition review")
SHARED_COLLECTION = "Shared"
ORGANISATIONS_COLLECTION = "Organisations"

COALITION_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
MEDIA_PERMISSIONS = ("add", "change", "choose")
MEDIA_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _submit_translation_permission():
    # wagtail-localize creates this one in a data migration, not from a model's Meta, so a
    # database that was flushed (as tests do) lacks it until created the same way.
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")
    return Permission.objects.get_or_create(
        content_type=content_type, codename="submit_translation", defaults={"name": "Can submit translations"}
    )[0]


def _synonym_permissions():
    # The search app comes after partners in INSTALLED_APPS: a migrate that adds its model runs
    # partners' post_migrate (keep_coalition_groups_current) before Django creates its permissions.
    content_type, _ = ContentType.objects.get_or_create(app_label="search", model="synonymgroup")
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_synonymgroup",
            defaults={"name": f"Can {action} synonym group"},
        )[0]
        for action in ("add", "change", "delete")
    ]


def _page_permission(action):
    page_type = ContentType.objects.get_for_model(Page)
    return Permission.objects.get(content_type=page_type, codename=f"{action}_page")


def _grant_page_permissions(group, pages, actions):
    """Exactly ``actions`` for the group on these pages (extra ones removed)."""
    wanted = {_page_permission(action).pk for action in actions}
    for page in pages:
        current = GroupPagePermission.objects.filter(group=group, page=page)
        current.exclude(permission_id__in=wanted).delete()
        for permission_id in wanted - set(current.values_list("permission_id", flat=True)):
            GroupPagePermission.objects.create(group=group, page=page, permission_id=permission_id)


def _grant_collection_permissions(group, collection, actions):
    for app_label, model in MEDIA_MODELS:
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=_permission(app_label, f"{action}_{model}"),
            )


def _root_collection():
    # Wagtail creates the root collection in a data migration; a flushed database lacks it.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def _collection(name, parent):
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(instance=Collection(name=name))


def shared_collection():
    return _collection(SHARED_COLLECTION, _root_collection())


@transaction.atomic
def ensure_coalition_groups():
    """The secretariat's two groups, with access to every page, media and place."""
    root = Page.get_first_root_node()
    editors, _ = Group.objects.get_or_create(name=COALITION_EDITORS)
    moderators, _ = Group.objects.get_or_create(name=COALITION_MODERATORS)
    model_permissions = [
        _permission("wagtailadmin", "access_admin"),
        _submit_translation_permission(),
        _permission("partners", "manage_member_sections"),
        *(
            _permission("partners", f"{action}_{model}")
            for model in ("region", "municipality")
            for action in ("add", "change", "delete")
        ),
        # The topics vocabulary: coalition staff manage it, member editors only choose from it.
        *(_permission("topics", f"{action}_topic") for action in ("add", "change", "delete")),
        # The search synonyms, shared by all organisations: coalition staff manage them too.
        *_synonym_permissions(),
    ]
    for group in (editors, moderators):
        group.permissions.add(*model_permissions)
        _grant_page_permissions(group, [root], COALITION_PAGE_PERMISSIONS)
        _grant_collection_permissions(group, _root_collection(), (*MEDIA_PERMISSIONS, "delete"))
    return editors, moderators


@transaction.atomic
def ensure_member_workflow():
    """The "Member moderation" workflow: one approval task for the coalition moderators."""
    _editors, moderators = ensure_coalition_groups()
    workflow, _ = Workflow.objects.get_or_create(name=MEMBER_WORKFLOW)
    task = GroupApprovalTask.objects.filter(name=MEMBER_REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=MEMBER_REVIEW_TASK)
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def keep_coalition_groups_current(**kwargs):
    """After every migrate: the coalition's groups, where they exist, get the permissions of
    models added since (the topics vocabulary, for one) without waiting for the next
    add_member_organisation or demo load."""
    if Page.get_first_root_node() is not None and Group.objects.filter(name=COALITION_EDITORS).exists():
        ensure_coalition_groups()


def retire_workflows_nobody_moderates(**kwargs):
    """Deactivate every workflow (but the members') whose approval tasks name no group with an
    active member: Wagtail's own "Moderators approval" on the root page, which its migration
    creates, would otherwise offer directly publishing editors "Submit to …" for a review nobody
    does. Run after every migrate; an administrator re-enables a workflow in Settings → Workflows
    once its group has members."""
    for workflow in Workflow.objects.filter(active=True).exclude(name=MEMBER_WORKFLOW):
        groups = Group.objects.filter(groupapprovaltask__workflow_tasks__workflow=workflow)
        if not groups.filter(user__is_active=True).exists():
            workflow.deactivate()


def keep_section_access_current(sender, instance, **kwargs):
    """Publishing an organisation page (a new translation, a change of "moderated") brings its
    section's groups, permissions and workflow up to date."""
    grant_section_access(instance)


def group_name(organisation):
    return f"{organisation.acronym or organisation.slug.upper()} editors"


@dataclass
class SectionAccess:
    group: Group
    pages: list
    collection: Collection
    moderated: bool
    created: list = field(default_factory=list)


@transaction.atomic
def grant_section_access(organisation, moderated=None):
    """Set up (or bring up to date) the editors, permissions, collection and moderation of an
    organisation's section in every locale. ``moderated`` changes the organisation's setting;
    None keeps it."""
    organisation = organisation.specific
    pages = list(organisation.get_translations(inclusive=True).order_by("locale_id"))
    source = next((p for p in pages if p.pk == organisation.pk), organisation)
    if moderated is None:
        moderated = source.moderated
    created = []

    group = source.editors_group or next((p.editors_group for p in pages if p.editors_group), None)
    if group is None:
        group, new = Group.objects.get_or_create(name=group_name(source))
        if new:
            created.append(f"group {group.name}")
    group.permissions.add(_permission("wagtailadmin", "access_admin"), _submit_translation_permission())

    collection = source.collection or next((p.collection for p in pages if p.collection), None)
    if collection is None:
        organisations = _collection(ORGANISATIONS_COLLECTION, _root_collection())
        collection = _collection(source.acronym or source.title, organisations)
        created.append(f"collection {collection.name}")
    _grant_collection_permissions(group, collection, MEDIA_PERMISSIONS)
    _grant_collection_permissions(group, shared_collection(), ("choose",))

    actions = ("add", "change") if moderated else ("add", "change", "publish")
    _grant_page_permissions(group, pages, actions)

    workflow = ensure_member_workflow() if moderated else None
    for page in pages:
        if moderated:
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
        else:
            WorkflowPage.objects.filter(page=page, workflow__name=MEMBER_WORKFLOW).delete()
        changes = {"editors_group_id": group.pk, "collection_id": collection.pk, "moderated": moderated}
        if any(getattr(page, name) != value for name, value in changes.items()):
            # A plain update: these are access settings, not content, so no new revision.
            type(page).objects.filter(pk=page.pk).update(**changes)
            for name, value in changes.items():
                setattr(page, name, value)
    return SectionAccess(group=group, pages=pages, collection=collection, moderated=moderated, created=created)


class SectionRootPermissionTester(PagePermissionTester):
    """An organisation's editors may edit their organisation's page and everything below it,
    but not delete, move, copy or unpublish the section itself: that takes permission to
    edit the members index above it (coalition staff)."""

    def _can_manage_section(self):
        return self.user.is_superuser or self.page.get_parent().permissions_for_user(self.user).can_edit()

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and self._can_manage_section()

    def can_unpublish(self):
        return super().can_unpublish() and self._can_manage_section()

    def can_move(self):
        return super().can_move() and self._can_manage_section()

    def can_copy(self):
        return super().can_copy() and self._can_manage_section()
