"""No editor is offered a workflow nobody moderates: Wagtail's default "Moderators approval"
(its migration puts it on the root page, for a group with no members here) is retired after
migrate, while the members' moderation stays."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Workflow

from partners.sections import MEMBER_WORKFLOW, retire_workflows_nobody_moderates

from .two_sections import PASSWORD, build


def test_the_default_workflow_is_retired_and_a_direct_publisher_is_offered_no_submission(client, site):
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    scenario = build(site)
    assert Workflow.objects.get(name=MEMBER_WORKFLOW).active  # B is moderated
    client.login(username=scenario.editor_a.username, password=PASSWORD)
    html = client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", scenario.a.pk])).content.decode()
    assert 'name="action-publish"' in html
    assert 'name="action-submit"' not in html


def test_a_workflow_whose_group_gains_a_member_is_kept(db):
    workflow = Workflow.objects.get(name="Moderators approval")
    workflow.active = True
    workflow.save()
    get_user_model().objects.create_user("mod", "mod@example.org", "pw").groups.add(
        Group.objects.get(name="Moderators")
    )
    retire_workflows_nobody_moderates()
    workflow.refresh_from_db()
    assert workflow.active


def test_coalition_groups_gain_the_permissions_of_models_added_since_after_migrate(site):
    """An existing database gets the topics vocabulary's permissions for its coalition staff on
    migrate, not only at the next add_member_organisation (partners.sections)."""
    from django.apps import apps
    from django.contrib.auth.models import Permission
    from django.db.models.signals import post_migrate

    from partners.sections import COALITION_EDITORS, ensure_coalition_groups, keep_coalition_groups_current

    ensure_coalition_groups()
    editors = Group.objects.get(name=COALITION_EDITORS)
    editors.permissions.remove(*Permission.objects.filter(content_type__app_label="topics"))
    assert not editors.permissions.filter(codename="add_topic").exists()
    # Called as migrate calls it (sending the whole signal would also run Django's content type
    # and permission creation, whose cached ids outlive this test's rolled-back transaction).
    partners = apps.get_app_config("partners")
    assert post_migrate.disconnect(keep_coalition_groups_current, sender=partners)
    post_migrate.connect(keep_coalition_groups_current, sender=partners)
    keep_coalition_groups_current(sender=partners, app_config=partners, using="default")
    assert editors.permissions.filter(codename="add_topic").exists()
