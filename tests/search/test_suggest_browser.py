"""Suggestions in a real browser (Debian's Chromium via Playwright): typing part of a word in
the header's search box lists pages in an accessible listbox; the keyboard picks one."""

from datetime import date

import pytest

from .. import factories
from ..test_browser import CHROMIUM, browser_page  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not __import__("os").path.exists(CHROMIUM), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def live_news(transactional_db, django_db_serialized_rollback, live_server):
    from home.site_setup import bootstrap_site
    from news.models import NewsIndexPage

    _homes, indexes = bootstrap_site()
    parent = indexes[(NewsIndexPage, "ka")]
    news = factories.news(parent, "zugdidi-conference", "კონფერენცია ზუგდიდში", on=date(2024, 9, 1))
    factories.news(parent, "kutaisi-festival", "ქუთაისის ფესტივალი", on=date(2024, 8, 1))
    return live_server.url, news


def test_typing_part_of_a_word_suggests_pages(browser_page, live_news):  # noqa: F811
    base_url, news = live_news
    browser_page.goto(base_url + "/ka/")
    box = browser_page.locator("#header-search")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-autocomplete") == "list"
    assert box.get_attribute("aria-expanded") == "false"

    box.press_sequentially("ზუგდ", delay=30)
    listbox = browser_page.get_by_role("listbox")
    option = listbox.get_by_role("option", name="კონფერენცია ზუგდიდში")
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert listbox.get_attribute("id") == box.get_attribute("aria-controls")

    # Escape closes the list; arrow down opens it again and selects the first option.
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false" and listbox.is_hidden()
    box.press("ArrowDown")
    assert option.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    box.press("Enter")
    browser_page.wait_for_url("**" + news.url)
    assert browser_page.get_by_role("heading", level=1).inner_text() == "კონფერენცია ზუგდიდში"


def test_the_search_page_box_suggests_too(browser_page, live_news):  # noqa: F811
    base_url, news = live_news
    browser_page.goto(base_url + "/ka/search/")
    box = browser_page.locator("#search-query")
    box.press_sequentially("ქუთაის", delay=30)
    option = browser_page.get_by_role("option", name="ქუთაისის ფესტივალი")
    option.click()
    browser_page.wait_for_url("**/kutaisi-festival/")
