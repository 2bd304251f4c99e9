"""Moderation a person can follow (moderation/): the moderator's comment in the page editor and
on the dashboard until the page is resubmitted, workflow e-mails in each recipient's admin
language with comments and the site's real address, and workflow names in the viewer's language.

Through the real admin views and Wagtail's own workflow signals; mail in Django's locmem outbox.
"""

import json
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail, serializers
from django.urls import reverse
from django.utils import translation
from wagtail.log_actions import registry as log_registry
from wagtail.models import GroupApprovalTask, PageLogEntry, Site, Task, Workflow, WorkflowState
from wagtail.users.models import UserProfile

from moderation.feedback import requests_for_changes
from moderation.names import TranslatableName
from news.models import NewsPage
from partners.sections import COALITION_MODERATORS, MEMBER_REVIEW_TASK, MEMBER_WORKFLOW

from . import factories, two_sections
from .conftest import make_site, shared_by_module

ADDRESS = "https://coalition.example.ge"
COMMENT = "დაამატეთ წყარო და ფოტოს ავტორი"
NAMES = {
    "ka": ("წევრების მოდერაცია", "კოალიციის განხილვა"),
    "az": ("Üzvlərin moderasiyası", "Koalisiyanın baxışı"),
    "en": ("Member moderation", "Coalition review"),
}
WORDS = {  # one phrase of each mail, per language
    "rejected": {"ka": "მოთხოვნილია ცვლილებები", "az": "Dəyişiklik istənilir", "en": "Changes requested"},
    "approved": {"ka": "დამტკიცდა", "az": "Təsdiqləndi", "en": "Approved"},
    "review": {"ka": "თქვენს განხილვას ელოდება", "az": "baxışınızı gözləyir", "en": "Awaiting your review"},
}
BANNER = {"ka": "შეიტანეთ ცვლილებები", "az": "Dəyişiklikləri edin", "en": "Make the changes"}


def speaks(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()
    return user


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """Two sections (B moderated, tests/two_sections.py) and a coalition moderator, built once;
    each test runs in a savepoint of it."""
    with shared_by_module(django_db_blocker):
        site = make_site()
        default_site = Site.objects.get(is_default_site=True)
        default_site.hostname, default_site.port = "coalition.example.ge", 443
        default_site.save()  # (clears Wagtail's cached site root paths)
        t = two_sections.build(site)
        t.moderator = get_user_model().objects.create_user(
            "moderator", "moderator@example.org", two_sections.PASSWORD, first_name="Maka", last_name="Moderator"
        )
        t.moderator.groups.add(Group.objects.get(name=COALITION_MODERATORS))
        for user in (t.moderator, t.editor_a, t.editor_b):
            speaks(user, "ka")
        yield t


@pytest.fixture
def world(built, db, settings):
    settings.WAGTAILADMIN_BASE_URL = ""
    settings.PAGE_CACHE_SECONDS = 0
    world = SimpleNamespace(**vars(built))
    world.pending = NewsPage.objects.get(pk=built.pending.pk)
    mail.outbox.clear()
    return world


def act(client, user, page, action, comment=""):
    """The moderator's approve / request changes, through Wagtail's workflow action view."""
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk])
    response = client.post(url, {"comment": comment})
    assert response.status_code in (200, 302)
    return WorkflowState.objects.get(pk=state.pk)


def mails_to(user):
    return [message for message in mail.outbox if message.to == [user.email]]


def edit_page(client, user, page):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


# --- The comment where the editor works -------------------------------------------------------


def test_the_editor_sees_the_comment_in_the_editor_until_resubmitting(client, world):
    act(client, world.moderator, world.pending, "reject", COMMENT)
    editor = edit_page(client, world.editor_b, world.pending)
    assert COMMENT in editor
    assert "Maka Moderator" in editor
    assert BANNER["ka"] in editor
    # Every opening shows it (a banner, not a one-off message).
    assert COMMENT in edit_page(client, world.editor_b, world.pending)

    state = WorkflowState.objects.get(object_id=str(world.pending.pk))
    state.resume(world.editor_b)
    assert COMMENT not in edit_page(client, world.editor_b, world.pending)


def test_the_banner_follows_the_editor_language_and_goes_after_approval(client, world):
    speaks(world.editor_b, "az")
    act(client, world.moderator, world.pending, "reject", COMMENT)
    assert BANNER["az"] in edit_page(client, world.editor_b, world.pending)
    state = WorkflowState.objects.get(object_id=str(world.pending.pk))
    state.resume(world.editor_b)
    act(client, world.moderator, world.pending, "approve", "ყველაფერი რიგზეა")
    editor = edit_page(client, world.editor_b, world.pending)
    assert COMMENT not in editor and BANNER["az"] not in editor


def test_the_dashboard_lists_pages_with_changes_requested(client, world):
    act(client, world.moderator, world.pending, "reject", COMMENT)
    client.force_login(world.editor_b)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "მოდერატორების მიერ მოთხოვნილი ცვლილებები" in dashboard
    assert COMMENT in dashboard
    assert reverse("wagtailadmin_pages:edit", args=[world.pending.pk]) in dashboard


def test_another_organisations_editor_never_sees_the_request(client, world):
    act(client, world.moderator, world.pending, "reject", COMMENT)
    # A's own page also waits for changes (a workflow started by hand on A's section).
    own = factories.news(world.a, slug="a-moderated", title="ა-ს გვერდი")
    world.workflow.start(own, world.editor_a)
    act(client, world.moderator, own, "reject", "ა-ს შენიშვნა")

    assert [page.pk for page, _state in requests_for_changes(world.editor_a)] == [own.pk]
    client.force_login(world.editor_a)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "ა-ს შენიშვნა" in dashboard
    assert COMMENT not in dashboard and two_sections.SECRET not in dashboard
    # Nor through B's editor (Wagtail refuses before any hook runs).
    response = client.get(reverse("wagtailadmin_pages:edit", args=[world.pending.pk]))
    assert response.status_code == 302 and COMMENT not in response.content.decode()
    # A dashboard without requests has no panel.
    client.force_login(world.editor_b)
    state = WorkflowState.objects.get(object_id=str(world.pending.pk))
    state.resume(world.editor_b)
    assert "მოდერატორების მიერ მოთხოვნილი ცვლილებები" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_dashboard_panel_queries_do_not_grow_with_the_pages(client, world, django_assert_max_num_queries):
    act(client, world.moderator, world.pending, "reject", COMMENT)
    with django_assert_max_num_queries(4):
        assert len(requests_for_changes(world.editor_b)) == 1
    for number in range(6):
        page = factories.news(world.b, slug=f"b-more-{number}", title=f"ბ-ს სიახლე {number}")
        world.workflow.start(page, world.editor_b)
        act(client, world.moderator, page, "reject", f"შენიშვნა {number}")
    with django_assert_max_num_queries(4):
        assert len(requests_for_changes(world.editor_b)) == 7
    client.force_login(world.editor_b)
    with django_assert_max_num_queries(60):
        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert all(f"შენიშვნა {number}" in dashboard for number in range(6))


# --- E-mails -----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["ka", "az", "en"])
def test_changes_requested_mail_in_the_editor_language(client, world, code):
    speaks(world.editor_b, code)
    act(client, world.moderator, world.pending, "reject", COMMENT)
    (message,) = mails_to(world.editor_b)
    assert WORDS["rejected"][code] in message.subject
    assert world.pending.get_admin_display_title() in message.subject
    assert COMMENT in message.body
    assert "Maka Moderator" in message.body
    workflow, task = NAMES[code]
    assert workflow in message.body and task in message.body
    assert f"{ADDRESS}/admin/pages/{world.pending.pk}/edit/" in message.body
    assert f"{ADDRESS}/admin/account/" in message.body
    assert "127.0.0.1" not in message.body and "&quot;" not in message.body


@pytest.mark.parametrize("code", ["ka", "az", "en"])
def test_approval_mail_carries_the_comment(client, world, code):
    speaks(world.editor_b, code)
    act(client, world.moderator, world.pending, "approve", "კარგი ტექსტია, გამოვაქვეყნეთ")
    (message,) = mails_to(world.editor_b)
    assert WORDS["approved"][code] in message.subject
    assert "კარგი ტექსტია, გამოვაქვეყნეთ" in message.body
    assert "Maka Moderator" in message.body
    world.pending.refresh_from_db()
    assert world.pending.live
    assert world.pending.full_url.startswith(ADDRESS) and world.pending.full_url in message.body


@pytest.mark.parametrize("code", ["ka", "az", "en"])
def test_moderators_get_the_submission_in_their_language(world, code):
    speaks(world.moderator, code)
    page = factories.news(world.b, slug="b-new", title="ბ-ს ახალი სიახლე")
    world.workflow.start(page, world.editor_b)
    (message,) = mails_to(world.moderator)
    assert WORDS["review"][code] in message.subject
    assert "ბ-ს ახალი სიახლე" in message.subject
    workflow, task = NAMES[code]
    assert workflow in message.body and task in message.body
    assert "Bsecretname Editor" in message.body
    assert f"{ADDRESS}/admin/pages/{page.pk}/edit/" in message.body


def test_an_address_set_in_the_environment_wins(client, world, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://admin.coalition.example.ge/"
    act(client, world.moderator, world.pending, "reject", COMMENT)
    (message,) = mails_to(world.editor_b)
    assert f"https://admin.coalition.example.ge/admin/pages/{world.pending.pk}/edit/" in message.body


# --- Workflow and task names --------------------------------------------------------------------


def test_names_show_in_the_viewer_language_and_stay_stored_as_typed(world):
    workflow = Workflow.objects.get(name=MEMBER_WORKFLOW)
    task = Task.objects.get(name=MEMBER_REVIEW_TASK).specific
    for code, (workflow_name, task_name) in NAMES.items():
        with translation.override(code):
            assert str(workflow.name) == str(workflow) == f"{workflow.name}" == workflow_name
            assert "%s" % task.name == "%s" % task == str(task) == task_name  # noqa: UP031 (what Wagtail does)
    assert isinstance(workflow.name, TranslatableName)
    assert workflow.name == MEMBER_WORKFLOW  # comparisons, lookups and the database see the stored name
    with translation.override("ka"):
        workflow.save()
        task.save()
    assert Workflow.objects.filter(name="Member moderation").exists()
    assert GroupApprovalTask.objects.filter(name="Coalition review").exists()


def test_serialized_names_are_the_stored_ones_in_any_language(world):
    """dumpdata and the test database's serialized copy (restored after transactional tests)
    write what is stored, not the translation of the language active at the time."""
    for code in ("ka", "az", "en"):
        with translation.override(code):
            dumped = json.loads(serializers.serialize("json", Workflow.objects.filter(name=MEMBER_WORKFLOW)))
        assert dumped[0]["fields"]["name"] == "Member moderation"
    with translation.override("ka"):
        dumped = serializers.serialize("json", Task.objects.filter(name=MEMBER_REVIEW_TASK))
    restored = next(serializers.deserialize("json", dumped))
    assert restored.object.name == MEMBER_REVIEW_TASK


def test_the_editor_buttons_and_history_are_in_the_editor_language(client, world):
    page = factories.news(world.b, slug="b-fresh", title="ბ-ს ახალი")
    editor = edit_page(client, world.editor_b, page)
    assert "წევრების მოდერაცია" in editor and "Member moderation" not in editor
    world.workflow.start(page, world.editor_b)
    act(client, world.moderator, page, "reject", COMMENT)
    entries = PageLogEntry.objects.filter(page=page, action__startswith="wagtail.workflow.")
    assert entries.count() == 2
    for entry in entries:
        assert entry.data["workflow"]["title"] == "Member moderation"  # stored as it was
        with translation.override("az"):
            message = str(log_registry.get_formatter(entry).format_message(entry))
        assert "Koalisiyanın baxışı" in message or "Üzvlərin moderasiyası" in message
        assert "Coalition review" not in message and "Member moderation" not in message


def test_a_georgian_admin_editing_the_workflow_keeps_its_stored_name(client, world):
    admin = speaks(get_user_model().objects.create_superuser("root", "root@example.org", "x"), "ka")
    client.force_login(admin)
    url = reverse("wagtailadmin_workflows:edit", args=[world.workflow.pk])
    form = client.get(url).content.decode()
    assert "წევრების მოდერაცია" in form
    # Saving the form as shown (the Georgian name) keeps the stored English name.
    workflow = Workflow.objects.get(pk=world.workflow.pk)
    workflow.name = "წევრების მოდერაცია"
    workflow.save()
    assert Workflow.objects.filter(pk=workflow.pk, name="Member moderation").exists()
    # A name typed anew is stored and shown as typed, in every language.
    workflow.name = "რეგიონული მოდერაცია"
    workflow.save()
    workflow.refresh_from_db()
    with translation.override("en"):
        assert str(workflow.name) == "რეგიონული მოდერაცია"
