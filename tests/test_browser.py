"""A reader's path through the site in a real browser (Debian's Chromium via Playwright)."""

import os
import shutil
from datetime import date

import pytest

from . import factories

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def browser_page(monkeypatch):
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls stay
    # synchronous and are safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        page = browser.new_page(locale="ka-GE")  # a Georgian reader's browser
        yield page
        browser.close()


def log_into_admin(browser_page, base_url, username, password):
    browser_page.goto(base_url + "/admin/login/")
    browser_page.fill("input[name=username]", username)
    browser_page.fill("input[name=password]", password)
    browser_page.locator("form button[type=submit]").first.click()
    browser_page.wait_for_url("**/admin/")


@pytest.fixture
def live_site(transactional_db, django_db_serialized_rollback, live_server):
    from home.site_setup import bootstrap_site
    from news.models import NewsIndexPage
    from partners.models import PartnerIndexPage

    homes, indexes = bootstrap_site()
    members = indexes[(PartnerIndexPage, "ka")]
    org = factories.organisation(members, "sukhumi", "ფონდი „სოხუმი“", "")
    news = factories.news(
        org, "zugdidi-conference", "კონფერენცია ზუგდიდში", on=date(2024, 9, 1), lead="ადგილობრივი თანამშრომლობა."
    )
    az_news = news.copy_for_translation(homes["az"].locale, copy_parents=True)
    az_news.title = "Zuqdidi konfransı"
    az_news.save_revision().publish()
    for ancestor in az_news.get_ancestors().specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    return live_server.url, news, indexes[(NewsIndexPage, "ka")]


def test_reader_finds_news_and_switches_language(browser_page, live_site):
    base_url, news, news_index = live_site
    browser_page.goto(base_url + "/", wait_until="domcontentloaded")
    assert browser_page.url.endswith("/ka/")
    assert browser_page.locator("html").get_attribute("lang") == "ka"

    browser_page.goto(base_url + news_index.url)
    browser_page.get_by_role("link", name="კონფერენცია ზუგდიდში").first.click()
    browser_page.wait_for_url("**" + news.url)
    assert browser_page.get_by_role("heading", level=1).inner_text() == "კონფერენცია ზუგდიდში"
    assert "ფონდი „სოხუმი“" in browser_page.content()

    # The switcher leads to the same news item in Azerbaijani.
    browser_page.locator("a[hreflang='az']").first.click()
    browser_page.wait_for_load_state()
    assert "/az/" in browser_page.url
    assert browser_page.get_by_role("heading", level=1).inner_text() == "Zuqdidi konfransı"
    assert browser_page.locator("html").get_attribute("lang") == "az"


def test_news_filters_work_in_the_browser(browser_page, live_site):
    base_url, news, news_index = live_site
    browser_page.goto(base_url + news_index.url + "?organisation=nobody&page=abc")
    assert "კონფერენცია ზუგდიდში" in browser_page.content()
    browser_page.goto(base_url + news_index.url)
    browser_page.select_option("select[name=year]", "2024")
    browser_page.locator("form.filter-form button[type=submit]").click()
    browser_page.wait_for_load_state()
    assert "year=2024" in browser_page.url
    assert "კონფერენცია ზუგდიდში" in browser_page.content()


def test_editor_logs_in_and_edits_a_page_in_the_admin(browser_page, live_site):
    from django.contrib.auth import get_user_model

    base_url, news, news_index = live_site
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    log_into_admin(browser_page, base_url, "editor", "a-long-test-password")

    browser_page.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    title = browser_page.locator("#id_title")
    title.fill("კონფერენცია ზუგდიდში: შედეგები")
    # Publish sits in the footer's action menu, behind the "More actions" toggle.
    browser_page.locator("footer [aria-label='More actions'], footer .w-dropdown__toggle").first.click()
    browser_page.locator("button[name='action-publish']").click()
    browser_page.wait_for_url("**/admin/pages/*/")

    browser_page.goto(base_url + news.url)
    assert browser_page.get_by_role("heading", level=1).inner_text() == "კონფერენცია ზუგდიდში: შედეგები"
