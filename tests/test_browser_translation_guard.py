"""A Georgian member editor presses "Publish in Azərbaycanca" in wagtail-localize's React
translation editor with the lead left untranslated: nothing is published, a notice names the
lead, and publishing with the source-language text is the editor's explicit choice
(partners/isolation/translations.py), in a real browser (Debian's Chromium via Playwright)."""

import os
from datetime import date

import pytest

from . import factories

# The Chromium fixture and the browser marks (skipped where Debian's chromium is missing).
from .test_browser import browser_page, log_into_admin, pytestmark  # noqa: F401
from .test_browser_translation import AZERBAIJANI, admin_text

PASSWORD = "a-long-test-password"
TITLE = ("ლაგოდეხის ახალგაზრდული ცენტრი", "Laqodexi gənclər mərkəzi")
LEAD = "ცენტრი ახალგაზრდებს უფასო კონსულტაციებს სთავაზობს."


@pytest.fixture
def half_translated_news(transactional_db, django_db_serialized_rollback, live_server):
    """A member's Georgian news item, its Azerbaijani translation with only the title
    translated, and the member's Georgian-speaking editor."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    from home.site_setup import bootstrap_site
    from partners.models import PartnerIndexPage

    homes, indexes = bootstrap_site(places=False)
    org = factories.organisation(
        indexes[(PartnerIndexPage, "ka")], slug="lyc", title="ახალგაზრდული კავშირი", acronym="LYC"
    )
    org.refresh_from_db()
    az = homes["az"].locale
    org_az = org.copy_for_translation(az, copy_parents=True)
    org_az.save_revision().publish()
    news = factories.news(org, slug="lagodekhi-centre", title=TITLE[0], on=date(2024, 5, 1), lead=LEAD)

    source, _created = TranslationSource.get_or_create_from_instance(news)
    translation = Translation.objects.create(source=source, target_locale=az)
    title = source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(translation_of=title.string, locale=az, context=title.context, data=TITLE[1])
    translation.save_target(publish=False)
    target = news.get_translation(az)

    user = get_user_model().objects.create_user("lyc-editor", "lyc@example.org", PASSWORD)
    user.groups.add(org.editors_group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ka"
    profile.save()
    return live_server.url, target


def test_publishing_a_half_translated_page_asks_the_editor_first(browser_page, half_translated_news, tmp_path):
    from playwright.sync_api import expect

    page = browser_page
    base_url, target = half_translated_news
    log_into_admin(page, base_url, "lyc-editor", PASSWORD)

    page.goto(f"{base_url}/admin/pages/{target.pk}/edit/")
    page.get_by_role("button", name=admin_text("Publish in ", "djangojs") + AZERBAIJANI).click()

    # Not published: the notice names the lead as the page editor does, in Georgian.
    expect(page.get_by_role("heading", level=1)).to_have_text(admin_text("Untranslated fields"))
    expect(page.locator(".untranslated-fields li")).to_have_text(["მოკლე შესავალი"])
    screenshots = os.environ.get("SCREENSHOT_DIR", str(tmp_path))
    page.screenshot(path=f"{screenshots}/translation-guard-desktop.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=f"{screenshots}/translation-guard-phone.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})
    assert page.request.get(f"{base_url}/az/members/lyc/lagodekhi-centre/").status == 404

    # "Go back and translate" returns to the translation editor.
    page.get_by_role("link", name=admin_text("Go back and translate")).click()
    page.wait_for_url(f"**/admin/pages/{target.pk}/edit/")
    page.get_by_role("button", name=admin_text("Publish in ", "djangojs") + AZERBAIJANI).click()

    # The editor accepts the Georgian lead: published, back in the translation editor.
    page.get_by_role("button", name=admin_text("Publish with source-language text in these fields")).click()
    page.wait_for_url(f"**/admin/pages/{target.pk}/edit/")
    expect(page.get_by_role("status")).to_contain_text(TITLE[1])
    page.goto(f"{base_url}/az/members/lyc/lagodekhi-centre/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE[1])
