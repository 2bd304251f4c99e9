"""Member organisations' sections, through Wagtail's admin views: each organisation's editors
work in their own section only; moderated members go through the coalition's review."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, WorkflowState

from news.models import NewsPage
from partners.models import PartnerOrganisationPage
from partners.sections import COALITION_MODERATORS, ensure_coalition_groups

from . import factories
from .test_admin_language import sidebar_nodes

PASSWORD = "a-long-test-password"


def news_form(slug, title, action="action-publish"):
    return {
        "title": title,
        "slug": slug,
        "date": "2024-05-02",
        "lead": "მოკლედ.",
        "body-count": "0",
        "source_credit": "",
        "project_links-TOTAL_FORMS": "0",
        "project_links-INITIAL_FORMS": "0",
        "project_links-MIN_NUM_FORMS": "0",
        "project_links-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        action: action.removeprefix("action-"),
    }


def user_in(group, name):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD)
    user.groups.add(group)
    return user


@pytest.fixture
def sections(site):
    """Two members publishing directly (A, B) and one moderated (M), each with an editor, plus a
    coalition moderator; A and B each have a published news item and B a draft."""
    a = factories.organisation(site.members["ka"], slug="a", title="ორგანიზაცია ა", acronym="A")
    b = factories.organisation(site.members["ka"], slug="b", title="ორგანიზაცია ბ", acronym="B")
    m = factories.organisation(site.members["ka"], slug="m", title="ორგანიზაცია მ", acronym="M")
    call_command("add_member_organisation", name=m.title, acronym="M", moderated=True, stdout=StringIO())
    m.refresh_from_db()
    _editors, moderators = ensure_coalition_groups()
    b_draft = factories.news(b, slug="b-draft", title="ბ-ს მონახაზი")
    b_draft.unpublish()
    return {
        "a": a,
        "b": b,
        "m": m,
        "a_news": factories.news(a, slug="a-news", title="ა-ს სიახლე"),
        "b_news": factories.news(b, slug="b-news", title="ბ-ს სიახლე"),
        "b_draft": b_draft,
        "editor_a": user_in(a.editors_group, "editor-a"),
        "editor_m": user_in(m.editors_group, "editor-m"),
        "moderator": user_in(moderators, "moderator"),
    }


def login(client, user):
    client.force_login(user)
    return client


def test_publishing_an_organisation_sets_up_its_section(site, sections):
    a = sections["a"]
    assert a.editors_group.name == "A editors" and a.collection is not None
    codenames = set(
        GroupPagePermission.objects.filter(group=a.editors_group, page=a).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page", "publish_page"}
    m_codenames = set(
        GroupPagePermission.objects.filter(group=sections["m"].editors_group).values_list(
            "permission__codename", flat=True
        )
    )
    assert m_codenames == {"add_page", "change_page"}
    # A translation published later gets the same permissions.
    a_az = a.copy_for_translation(site.locales["az"])
    a_az.save_revision().publish()
    assert GroupPagePermission.objects.filter(group=a.editors_group, page=a_az).count() == 3


def test_editor_creates_edits_and_publishes_in_their_own_section(client, sections):
    a = sections["a"]
    login(client, sections["editor_a"])
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["news", "newspage", a.pk]), news_form("a-new", "ა-ს ახალი სიახლე")
    )
    assert response.status_code == 302
    created = NewsPage.objects.get(slug="a-new")
    assert created.live and created.get_parent().pk == a.pk

    edit = reverse("wagtailadmin_pages:edit", args=[sections["a_news"].pk])
    assert client.get(edit).status_code == 200
    assert client.post(edit, news_form("a-news", "ა-ს შესწორებული სიახლე")).status_code == 302
    assert NewsPage.objects.get(slug="a-news").title == "ა-ს შესწორებული სიახლე"
    # The shared news index shows it, attributed to A.
    listing = client.get("/ka/news/").content.decode()
    assert "ა-ს შესწორებული სიახლე" in listing and a.title in listing


def denied(response):
    # Wagtail answers a PermissionDenied in its admin with a redirect to the dashboard (or 403).
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_editor_cannot_touch_other_sections_indexes_or_donors(client, site, sections):
    login(client, sections["editor_a"])
    donor = factories.donor(site.donors["ka"])
    b_news = sections["b_news"]
    for page in (b_news, sections["b"], site.news["ka"], site.members["ka"], site.homes["ka"], donor):
        assert denied(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))), page
        assert denied(
            client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"title": "hacked", "slug": page.slug})
        ), page
        assert denied(client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))), page
        assert denied(client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))), page
    assert denied(client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", sections["b"].pk])))
    # Nothing changed.
    b_news.refresh_from_db()
    assert b_news.title == "ბ-ს სიახლე" and b_news.live
    assert Page.objects.filter(pk=donor.pk, live=True).exists()
    assert not Page.objects.filter(title="hacked").exists()


def test_editor_cannot_move_pages_out_of_their_section_or_remove_the_section(client, site, sections):
    login(client, sections["editor_a"])
    a_news, a, b = sections["a_news"], sections["a"], sections["b"]
    for destination in (b, site.news["ka"]):
        response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[a_news.pk, destination.pk]))
        assert denied(response)
    a_news.refresh_from_db()
    assert a_news.get_parent().pk == a.pk
    # Their own organisation page: editable, but not deletable, movable or unpublishable.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[a.pk])).status_code == 200
    for action in ("delete", "unpublish"):
        assert denied(client.post(reverse(f"wagtailadmin_pages:{action}", args=[a.pk])))
    assert denied(client.post(reverse("wagtailadmin_pages:move_confirm", args=[a.pk, site.members["az"].pk])))
    assert PartnerOrganisationPage.objects.filter(pk=a.pk, live=True).exists()


def test_editor_cannot_see_other_sections_drafts(client, sections):
    login(client, sections["editor_a"])
    draft = sections["b_draft"]
    assert denied(client.get(reverse("wagtailadmin_pages:view_draft", args=[draft.pk])))
    assert denied(client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk])))
    explorer = client.get(reverse("wagtailadmin_explore", args=[sections["b"].pk]))
    assert denied(explorer) or draft.title not in explorer.content.decode()
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "მონახაზი"})
    assert draft.title not in search.content.decode()


def test_editor_starts_in_their_own_section(client, sections):
    login(client, sections["editor_a"])
    dashboard = client.get("/admin/").content.decode()
    assert sections["a"].title in dashboard
    assert reverse("wagtailadmin_pages:add", args=["news", "newspage", sections["a"].pk]) in dashboard
    assert sections["b"].title not in dashboard
    # The sidebar's "Pages" opens the section, not the root of the tree.
    assert explorer_start_page(dashboard) == sections["a"].pk
    login(client, sections["moderator"])
    assert explorer_start_page(client.get("/admin/").content.decode()) == Page.get_first_root_node().pk


def explorer_start_page(html):
    """The page the sidebar's "Pages" explorer opens at."""
    return next(
        node["_args"][1] for node in sidebar_nodes(html) if node.get("_type") == "wagtail.sidebar.PageExplorerMenuItem"
    )


def submit(client, page_pk):
    edit = reverse("wagtailadmin_pages:edit", args=[page_pk])
    page = NewsPage.objects.get(pk=page_pk)
    return client.post(edit, news_form(page.slug, page.title, action="action-submit"))


def workflow_action(client, page, action, comment):
    state = WorkflowState.objects.get(
        base_content_type__isnull=False, object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk])
    return client.post(url, {"comment": comment})


def test_moderated_member_submits_and_a_moderator_approves(client, sections, django_capture_on_commit_callbacks):
    m = sections["m"]
    login(client, sections["editor_m"])
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["news", "newspage", m.pk]), news_form("m-news", "მ-ს სიახლე")
    )  # tries to publish directly
    page = NewsPage.objects.get(slug="m-news")
    assert not page.live
    assert response.status_code in (200, 302)
    assert submit(client, page.pk).status_code == 302
    assert page.workflow_in_progress

    client.logout()
    login(client, sections["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "approve", "კარგია")
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert "მ-ს სიახლე" in client.get("/ka/news/").content.decode()


def test_moderated_member_submits_and_a_moderator_rejects_with_a_comment(client, sections):
    m = sections["m"]
    page = factories.news(m, slug="m-draft", title="მ-ს მონახაზი")
    page.unpublish()
    login(client, sections["editor_m"])
    assert submit(client, page.pk).status_code == 302
    client.logout()
    login(client, sections["moderator"])
    workflow_action(client, page, "reject", "დაამატეთ წყარო")
    page.refresh_from_db()
    assert not page.live
    state = WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "დაამატეთ წყარო"


def test_add_member_organisation_is_idempotent(site):
    out = StringIO()
    call_command(
        "add_member_organisation",
        name="ახალი წევრი",
        acronym="NEW",
        name_az="Yeni üzv",
        editor=["nino@new.ge"],
        stdout=out,
    )
    assert "one-time password" in out.getvalue()
    pages = PartnerOrganisationPage.objects.filter(acronym="NEW")
    # Published where it has a name in that language; a draft for translators elsewhere.
    assert {(p.locale.language_code, p.title, p.live) for p in pages} == {
        ("ka", "ახალი წევრი", True),
        ("az", "Yeni üzv", True),
        ("en", "ახალი წევრი", False),
    }
    assert GroupPagePermission.objects.filter(page__in=pages, group__name="NEW editors").count() == 9
    group = Group.objects.get(name="NEW editors")
    assert get_user_model().objects.get(email="nino@new.ge").groups.filter(pk=group.pk).exists()

    def snapshot():
        return (
            Page.objects.count(),
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            get_user_model().objects.count(),
            sorted(p.latest_revision_id for p in pages.all()),
        )

    before = snapshot()
    again = StringIO()
    call_command(
        "add_member_organisation",
        name="ახალი წევრი",
        acronym="NEW",
        name_az="Yeni üzv",
        editor=["nino@new.ge"],
        stdout=again,
    )
    assert "Nothing changed." in again.getvalue() and "password" not in again.getvalue()
    assert snapshot() == before


@pytest.mark.parametrize(
    "arguments, message",
    [
        ({"name": "x", "acronym": "A B"}, "acronym"),
        ({"name": "x", "acronym": ""}, "acronym"),
        ({"name": "  ", "acronym": "X"}, "--name"),
        ({"name": "x", "acronym": "X", "editor": ["not-an-email"]}, "e-mail"),
        ({"name": "სხვა სახელი", "acronym": "WIC"}, "belongs to"),
    ],
)
def test_add_member_organisation_refuses_bad_arguments(site, arguments, message):
    factories.organisation(site.members["ka"])  # WIC
    with pytest.raises(CommandError, match=message):
        call_command("add_member_organisation", stdout=StringIO(), **arguments)


def test_add_member_organisation_needs_a_bootstrapped_site(db):
    with pytest.raises(CommandError, match="bootstrap_site"):
        call_command("add_member_organisation", name="x", acronym="X", stdout=StringIO())


def test_coalition_moderators_can_edit_everything(client, site, sections):
    assert Group.objects.filter(name=COALITION_MODERATORS).exists()
    login(client, sections["moderator"])
    for page in (sections["b_news"], site.news["ka"], sections["a"]):
        assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_demo_member_editors_each_publish_in_their_own_section(demo_content, db, client):
    User = get_user_model()
    wic = PartnerOrganisationPage.objects.get(slug="wic", locale__language_code="ka")
    sukhumi = PartnerOrganisationPage.objects.get(slug="sukhumi", locale__language_code="ka")
    assert PartnerOrganisationPage.objects.get(slug="cif", locale__language_code="ka").moderated
    for me, other, slug in ((wic, sukhumi, "wic-demo-news"), (sukhumi, wic, "sukhumi-demo-news")):
        client.force_login(User.objects.get(username=f"{me.slug}-editor"))
        assert explorer_start_page(client.get("/admin/").content.decode()) == me.pk
        response = client.post(
            reverse("wagtailadmin_pages:add", args=["news", "newspage", me.pk]),
            news_form(slug, f"{me.title}: ახალი ამბავი"),
        )
        assert response.status_code == 302
        other_news = NewsPage.objects.live().descendant_of(other).first()
        assert denied(
            client.post(
                reverse("wagtailadmin_pages:edit", args=[other_news.pk]), {"title": "hacked", "slug": other_news.slug}
            )
        )
        feed = client.get("/ka/news/feed/").content.decode()
        assert f"{me.title}: ახალი ამბავი" in feed and "<dc:creator" in feed
        listing = client.get("/ka/news/").content.decode()
        assert f"{me.title}: ახალი ამბავი" in listing
    assert not Page.objects.filter(title="hacked").exists()


def test_only_coalition_staff_decide_who_is_moderated(client, site, sections):
    m = sections["m"]
    settings_form = {
        "title": m.title,
        "slug": m.slug,
        "acronym": "M",
        "role": "member",
        "about": '{"blocks": [], "entityMap": {}}',
        "website": "",
        "iati_identifier": "",
        "iati_organisation_type": "22",
        "offices-TOTAL_FORMS": "0",
        "offices-INITIAL_FORMS": "0",
        "offices-MIN_NUM_FORMS": "0",
        "offices-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    # The moderated editor saves their organisation page without the box: nothing changes.
    login(client, sections["editor_m"])
    edit = reverse("wagtailadmin_pages:edit", args=[m.pk])
    assert 'name="moderated"' not in client.get(edit).content.decode()
    assert client.post(edit, {**settings_form, "action-submit": "submit"}).status_code == 302
    m.refresh_from_db()
    assert m.moderated
    # A coalition moderator unticks it and publishes: M's editors may now publish themselves.
    client.logout()
    login(client, sections["moderator"])
    assert 'name="moderated"' in client.get(edit).content.decode()
    assert client.post(edit, {**settings_form, "action-publish": "publish"}).status_code == 302
    m.refresh_from_db()
    assert not m.moderated
    assert GroupPagePermission.objects.filter(
        group=m.editors_group, page=m, permission__codename="publish_page"
    ).exists()


def test_editors_add_media_to_their_own_collection_only(client, sections):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    login(client, sections["editor_a"])
    # A's collection is the only one they may add to, so Wagtail offers no choice at all...
    form = BeautifulSoup(client.get(reverse("wagtailimages:add")).content, "html.parser")
    assert not form.select("select[name=collection]")
    # ...and asking for B's collection anyway still files the image in A's.
    upload = get_test_image_file(filename="photo.png")
    client.post(
        reverse("wagtailimages:add"),
        {
            "title": "photo",
            "collection": sections["b"].collection.pk,
            "file": SimpleUploadedFile(upload.name, upload.file.getvalue(), "image/png"),
        },
    )
    image = get_image_model().objects.get(title="photo")
    assert image.collection_id == sections["a"].collection.pk
    # B's editors' images are not theirs to browse or edit.
    b_image = get_image_model().objects.create(
        title="b-photo", file=get_test_image_file(), collection=sections["b"].collection
    )
    assert "b-photo" not in client.get(reverse("wagtailimages:index")).content.decode()
    assert denied(client.get(reverse("wagtailimages:edit", args=[b_image.pk])))
