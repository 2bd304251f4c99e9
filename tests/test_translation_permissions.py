"""Translations obey page permissions and moderation (partners/isolation/translations.py), and
editors keep what they need: their own translations, links to other sections' live pages."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from . import factories, two_sections
from .test_member_sections import denied
from .two_sections import SECRET


@pytest.fixture
def s(site):
    return two_sections.build(site)


def submit(client, page, locale):
    return client.post(reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]})


def update(client, source, publish=True, accept=False):
    data = {"publish_translations": "on"} if publish else {}
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, data)
    if accept and response.status_code == 200:
        # Untranslated fields (tests/test_translation_publishing.py): the editor accepts them.
        data |= {"accept_source_text": "1", "accepted_segments": response.context["accepted_tokens"]}
        response = client.post(url, data)
    return response


def test_an_editor_cannot_translate_another_sections_draft(client, s):
    client.force_login(s.editor_a)
    assert denied(submit(client, s.pending, s.az))
    assert not s.pending.get_translations().filter(locale=s.az).exists()
    assert denied(client.get(reverse("wagtail_localize:submit_page_translation", args=[s.draft.pk])))


def test_an_editor_cannot_sync_or_publish_another_sections_translations(client, s):
    client.force_login(s.editor_a)
    before = s.source.last_updated_at
    assert denied(update(client, s.source))
    assert denied(client.get(reverse("wagtail_localize:update_translations", args=[s.source.pk])))
    s.source.refresh_from_db()
    s.draft_az.refresh_from_db()
    assert s.source.last_updated_at == before and not s.draft_az.live
    # Nothing of B's draft reached the public site in any language.
    client.logout()
    for language in ("ka", "az", "en"):
        assert SECRET not in client.get(f"/{language}/members/org-b/b-draft/").content.decode()


def test_an_editor_translates_and_publishes_their_own_page(client, s, django_capture_on_commit_callbacks):
    client.force_login(s.editor_a)
    response = submit(client, s.a_news, s.az)
    assert response.status_code == 302
    a_news_az = s.a_news.get_translation(s.az)
    assert a_news_az.get_parent().pk == s.a_az.pk
    source = TranslationSource.objects.get_for_instance(s.a_news)
    with django_capture_on_commit_callbacks(execute=True):
        assert update(client, source, accept=True)["Location"] != "/admin/"
    a_news_az.refresh_from_db()
    assert a_news_az.live


def test_a_moderated_sections_translations_go_to_its_workflow(client, s):
    """B's editor may edit but not publish: "publish immediately" submits the translation to
    the coalition's review instead of putting it live."""
    client.force_login(s.editor_b)
    assert s.draft_az.get_parent().pk == s.b_az.pk
    assert update(client, s.source, accept=True)["Location"] != "/admin/"
    draft_az = Page.objects.get(pk=s.draft_az.pk).specific
    assert not draft_az.live
    assert draft_az.workflow_in_progress
    assert draft_az.current_workflow_state.requested_by == s.editor_b
    # A's editor may neither publish nor submit it.
    client.force_login(s.editor_a)
    assert denied(update(client, s.source))


def test_an_editor_without_translation_rights_on_snippets_cannot_translate_places(client, s, site):
    place = factories.municipality(site.locales["ka"])
    client.force_login(s.editor_a)
    url = reverse("wagtail_localize:submit_snippet_translation", args=["partners", "municipality", place.pk])
    assert denied(client.post(url, {"locales": [s.az.pk]}))
    assert not type(place).objects.filter(translation_key=place.translation_key, locale=s.az).exists()


def test_the_translations_report_lists_only_the_editors_own_pages(client, s):
    client.force_login(s.editor_a)
    submit(client, s.a_news, s.az)
    assert Translation.objects.count() == 2  # B's and A's
    report = client.get(reverse("wagtail_localize:translations_report")).content.decode()
    assert s.a_news.title in report
    assert SECRET not in report


def test_an_editor_still_links_to_another_sections_live_pages(client, s):
    """The chooser lists B's published page (by its live title) but not B's draft."""
    client.force_login(s.editor_a)
    listing = client.get(reverse("wagtailadmin_choose_page_child", args=[s.b.pk])).json()["html"]
    assert two_sections.PUBLIC_TITLE in listing
    assert SECRET not in listing
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "სიახლე"}).content.decode()
    assert two_sections.PUBLIC_TITLE in search and SECRET not in search
    # B's own editor sees their draft and pending title in the same chooser.
    client.force_login(s.editor_b)
    assert SECRET in client.get(reverse("wagtailadmin_choose_page_child", args=[s.b.pk])).json()["html"]


def test_bulk_action_confirmation_names_only_the_editors_own_pages(client, s):
    client.force_login(s.editor_a)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    response = client.get(url, {"id": [s.a_news.pk, s.pending.pk, s.draft.pk]})
    body = response.content.decode()
    assert response.status_code == 200 and s.a_news.title in body and SECRET not in body
    assert client.get(url, {"id": [s.pending.pk]}).status_code == 404
