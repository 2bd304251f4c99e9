"""An editor's path through wagtail-localize in a real browser (Debian's Chromium via Playwright):
a Georgian news item is translated into Azerbaijani in the admin's React translation editor,
published from there, and readers find it under /az/."""

import re
from datetime import date

import pytest
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation.trans_real import DjangoTranslation

from . import factories

# The Chromium fixture and the browser marks (skipped where Debian's chromium is missing).
from .test_browser import browser_page, log_into_admin, pytestmark  # noqa: F401

AZERBAIJANI = "Azərbaycanca"  # the locale's display name (settings.LANGUAGES) in the admin
TITLE = ("ზუგდიდის საკრებულოს საჯარო სხდომა", "Zuqdidi bələdiyyə şurasının açıq iclası")
LEAD = ("სხდომას ადგილობრივი ორგანიზაციები დაესწრნენ.", "İclasda yerli təşkilatlar iştirak etdi.")


def admin_text(message, domain="django"):
    """``message`` as the admin shows it to this Georgian browser, so that the selectors follow
    the catalogs (coalition's overrides first) instead of copying Georgian strings.
    ``domain="djangojs"`` for the strings of wagtail-localize's React editor."""
    if domain == "django":
        with translation.override("ka"):  # the live server's own (cached) catalog
            return gettext(message)
    return DjangoTranslation("ka", domain=domain).gettext(message)  # as /admin/jsi18n/ builds it


@pytest.fixture
def georgian_news(transactional_db, django_db_serialized_rollback, live_server):
    """A published Georgian news item with no Azerbaijani translation, and a superuser."""
    from django.contrib.auth import get_user_model

    from home.site_setup import bootstrap_site
    from news.models import NewsIndexPage

    _homes, indexes = bootstrap_site()
    news = factories.news(
        indexes[(NewsIndexPage, "ka")], "zugdidi-council", TITLE[0], on=date(2024, 5, 1), lead=LEAD[0]
    )
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    return live_server.url, news


def test_editor_translates_a_news_item_in_the_translation_editor_and_readers_find_it_under_az(
    browser_page, georgian_news
):
    from playwright.sync_api import expect

    page = browser_page
    base_url, news = georgian_news
    log_into_admin(page, base_url, "editor", "a-long-test-password")

    # "Translate this page" sits in the action menu of the editor's header.
    page.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    page.locator("header").get_by_role("button", name=admin_text("Actions"), exact=True).click()
    page.get_by_role("link", name=admin_text("Translate this page")).click()
    page.wait_for_url(f"**/admin/localize/submit/page/{news.pk}/")
    page.get_by_label(AZERBAIJANI).check()
    page.get_by_role("button", name=admin_text("Submit"), exact=True).click()

    # The draft's editor is wagtail-localize's translation editor (React). Each string segment
    # is a list item with the source text and its own buttons; the field's list item around
    # it also has the field's heading.
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    editor = page.get_by_role("tabpanel")  # the visible tab, "Content"
    for source, translated in (TITLE, LEAD):
        segment = (
            editor.get_by_role("listitem")
            .filter(has=page.get_by_text(source, exact=True))
            .filter(has_not=page.get_by_role("heading"))
        )
        segment.get_by_role("button", name=admin_text("Translate", "djangojs"), exact=True).click()
        segment.get_by_role("textbox").fill(translated)
        segment.get_by_role("button", name=admin_text("Save", "djangojs"), exact=True).click()
        # Saved on the server once "Saving..." has given way to the "Edit" button.
        expect(segment.get_by_role("button", name=admin_text("Edit", "djangojs"), exact=True)).to_be_visible()
        expect(segment).to_contain_text(translated)

    page.get_by_role("button", name=admin_text("Publish in ", "djangojs") + AZERBAIJANI).click()
    # Back in the editor with the message "Published '<the Azerbaijani title>' in Azərbaycanca".
    expect(page.get_by_role("status")).to_contain_text(TITLE[1])

    az_url = "/az/news/zugdidi-council/"
    page.goto(base_url + az_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE[1])
    expect(page.locator("html")).to_have_attribute("lang", "az")

    page.goto(base_url + news.url)
    expect(page.locator("html")).to_have_attribute("lang", "ka")
    expect(page.locator(".language-switcher a[hreflang='az']")).to_have_attribute("href", az_url)
