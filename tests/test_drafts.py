"""The dashboard's "Your unfinished drafts" (drafts/): what it lists for whom, discarding through
Wagtail's delete view with its permission checks, and its bounded queries."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.users.models import UserProfile

from drafts.panels import UnfinishedDraftsPanel
from drafts.unfinished import SHOWN, unfinished_drafts
from news.models import NewsPage

from . import two_sections
from .test_member_sections import denied
from .two_sections import SECRET

HEADING = "Your unfinished drafts"


@pytest.fixture
def s(site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    return two_sections.build(site)


def draft(parent, user, title, slug):
    """A news item the user started and never published, as the admin's create view leaves it."""
    page = NewsPage(title=title, slug=slug, date=date(2026, 1, 1), live=False, owner=user, locale=parent.locale)
    parent.add_child(instance=page)
    page.save_revision(user=user)
    return Page.objects.get(pk=page.pk)


def change_unpublished(page, user, days_ago):
    page = page.specific
    page.title = f"{page.title} (changed)"
    revision = page.save_revision(user=user)
    when = timezone.now() - timedelta(days=days_ago)
    type(revision).objects.filter(pk=revision.pk).update(created_at=when)
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=when)
    return Page.objects.get(pk=page.pk)


def dashboard(client, user, language="en"):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_the_panel_lists_the_editors_own_drafts_newest_first(client, s):
    older = draft(s.a, s.editor_a, "ძველი მონახაზი", "old-draft")
    Page.objects.filter(pk=older.pk).update(latest_revision_created_at=timezone.now() - timedelta(days=3))
    newer = draft(s.a, s.editor_a, "ახალი მონახაზი", "new-draft")
    assert list(unfinished_drafts(s.editor_a)) == [newer, older]

    html = dashboard(client, s.editor_a)
    assert HEADING in html
    assert html.index("ახალი მონახაზი") < html.index("ძველი მონახაზი")
    assert reverse("wagtailadmin_pages:edit", args=[newer.pk]) in html
    # Never published: discarded through Wagtail's delete view, back to the dashboard after.
    assert f"{reverse('wagtailadmin_pages:delete', args=[newer.pk])}?next=/admin/" in html
    assert s.a.title in html  # its section
    assert "3\xa0days ago" in html or "3 days ago" in html  # the older one's last edit


def test_a_member_editor_never_sees_another_sections_drafts(client, s):
    draft(s.a, s.editor_a, "ა-ს მონახაზი", "a-draft")
    html = dashboard(client, s.editor_a)
    assert "ა-ს მონახაზი" in html
    assert SECRET not in html
    assert s.draft.pk not in {page.pk for page in unfinished_drafts(s.editor_a)}
    # B's editor sees B's own: the never-published draft and its Azerbaijani translation.
    listed = {page.pk for page in unfinished_drafts(s.editor_b)}
    assert {s.draft.pk, s.draft_az.pk} <= listed
    assert "ა-ს მონახაზი" not in dashboard(client, s.editor_b)


def test_pages_awaiting_moderation_and_fresh_changes_are_not_abandoned(client, s):
    # B's pending page is in the moderators' hands, not forgotten.
    assert s.pending.pk not in {page.pk for page in unfinished_drafts(s.editor_b)}
    fresh = change_unpublished(s.a_news, s.editor_a, days_ago=0)
    assert fresh.pk not in {page.pk for page in unfinished_drafts(s.editor_a)}
    stale = change_unpublished(s.a_news, s.editor_a, days_ago=2)
    assert stale.pk in {page.pk for page in unfinished_drafts(s.editor_a)}
    html = dashboard(client, s.editor_a)
    # A live page is not deleted to discard its changes: its versions are offered instead.
    assert reverse("wagtailadmin_pages:history", args=[stale.pk]) in html
    assert reverse("wagtailadmin_pages:delete", args=[stale.pk]) not in html


def test_a_page_last_edited_by_the_user_is_theirs_to_resume(client, s):
    page = draft(s.b, s.editor_b, "ბ-ს გვერდი", "b-shared")
    Page.objects.filter(pk=page.pk).update(owner=None)
    page.specific.save_revision(user=s.editor_b)
    html = dashboard(client, s.editor_b)
    assert "ბ-ს გვერდი" in html
    # Discard is offered exactly where Wagtail's own rule allows deleting the page.
    offered = reverse("wagtailadmin_pages:delete", args=[page.pk]) in html
    assert offered == page.specific.permissions_for_user(s.editor_b).can_delete()


def test_discarding_a_draft_deletes_it_through_wagtails_view(client, s):
    page = draft(s.a, s.editor_a, "მიტოვებული", "abandoned")
    client.force_login(s.editor_a)
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    assert client.get(url).status_code == 200
    response = client.post(f"{url}?next=/admin/", {"next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not Page.objects.filter(pk=page.pk).exists()
    assert f'data-draft="{page.pk}"' not in dashboard(client, s.editor_a)


def test_another_organisations_draft_cannot_be_discarded(client, s):
    client.force_login(s.editor_a)
    url = reverse("wagtailadmin_pages:delete", args=[s.draft.pk])
    assert denied(client.get(url))
    assert denied(client.post(url))
    assert Page.objects.filter(pk=s.draft.pk).exists()


def test_discarding_needs_a_post_with_csrf(s):
    from django.test import Client

    page = draft(s.a, s.editor_a, "დაცული", "guarded")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(s.editor_a)
    response = strict.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 403
    assert Page.objects.filter(pk=page.pk).exists()


def test_no_drafts_no_panel(client, s):
    assert HEADING not in dashboard(client, s.editor_a)


def test_the_panel_speaks_georgian(client, s):
    draft(s.a, s.editor_a, "ქართული მონახაზი", "ka-draft")
    html = dashboard(client, s.editor_a, language="ka")
    with translation.override("ka"):
        heading, resume = gettext(HEADING), gettext("Continue editing")
    assert heading != HEADING and heading in html
    assert resume != "Continue editing" and resume in html


def _panel_queries(user):
    with translation.override("en"), CaptureQueriesContext(connection) as queries:
        html = UnfinishedDraftsPanel(user).render_html({})
    return len(queries), html


def test_the_panels_queries_do_not_grow_with_the_drafts(s, django_assert_max_num_queries):
    for number in range(3):
        draft(s.a, s.editor_a, f"მონახაზი {number}", f"draft-{number}")
    few, _html = _panel_queries(s.editor_a)
    for number in range(3, SHOWN + 6):
        draft(s.a, s.editor_a, f"მონახაზი {number}", f"draft-{number}")
    with django_assert_max_num_queries(few + SHOWN):
        many, html = _panel_queries(s.editor_a)
    # Each shown row asks Wagtail whether it may be deleted (one query); nothing else grows.
    assert many - few <= SHOWN - 3
    assert html.count("data-draft=") == SHOWN
    assert "more unfinished drafts are not shown" in html
