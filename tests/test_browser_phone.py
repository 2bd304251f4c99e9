"""The public site on a 390×844 phone, in a real browser (Debian's Chromium via Playwright): a
compact header whose menu button opens the navigation, filters and search facets behind a
"Filters" disclosure, a project's facts before its body, the first card on the first screen;
all of it with JavaScript on and off (the menu and the disclosures are <details>), and the wide
screen showing everything without a click."""

import os
import shutil
from datetime import date

import pytest
from django.utils import translation
from django.utils.translation import gettext

from . import factories
from .test_browser import browser_page, live_site  # noqa: F401 (fixtures)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed"),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def ka(message):
    """``message`` as the Georgian site says it, so that selectors follow the catalogs."""
    with translation.override("ka"):
        return gettext(message)


@pytest.fixture
def phone_site(live_site):  # noqa: F811
    """The live site of test_browser with enough news to fill a screen, a project with facts
    and a long body, and the news tied to its organisation (so the search has facets)."""
    base_url, news, news_index = live_site
    org = news.get_parent().specific  # news is published in its organisation's section
    for day in range(1, 7):
        factories.news(
            org,
            f"conference-{day}",
            f"კონფერენცია ქუთაისში №{day}",
            on=date(2024, 10, day),
            lead="შეხვედრა ადგილობრივ თვითმმართველობასთან და ახალგაზრდულ ორგანიზაციებთან.",
        )
    from partners.models import Municipality

    kutaisi = Municipality.objects.filter(locale=news.locale).first() or factories.municipality(news.locale)
    long_text = " ".join(["ქალთა მონაწილეობა ადგილობრივ გადაწყვეტილებებში."] * 40)
    project = factories.project(
        org,
        "local-democracy",
        "ადგილობრივი დემოკრატია: ქალთა და ახალგაზრდების მონაწილეობა მუნიციპალიტეტების გადაწყვეტილებებში, "
        "საბიუჯეტო დაგეგმვასა და სამოქალაქო მონიტორინგში",
        municipalities=[kutaisi],
        summary="ქალთა და ახალგაზრდების ჩართულობა მუნიციპალიტეტის საქმეებში.",
        goal=long_text,
        activities=f"<p>{long_text}</p>",
    )
    return base_url, news_index, project


@pytest.fixture
def open_page(browser_page):  # noqa: F811
    """``open_page(url, viewport, javascript=True)``: a fresh Georgian browser tab, collecting
    script errors and console errors (CSP violations among them) in ``page.errors``."""
    browser = browser_page.context.browser
    contexts = []

    def open_page(url, viewport=PHONE, javascript=True):
        context = browser.new_context(viewport=viewport, java_script_enabled=javascript, locale="ka-GE")
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
        response = page.goto(url)
        assert response.ok, url
        return page

    yield open_page
    for context in contexts:
        context.close()


def disclosure_expanded(page, name):
    """Whether Chromium's accessibility tree (what a screen reader gets) has a disclosure button
    named ``name``, and tells it expanded: None when there is none."""
    session = page.context.new_cdp_session(page)
    for node in session.send("Accessibility.getFullAXTree")["nodes"]:
        if node.get("role", {}).get("value") == "DisclosureTriangle" and node["name"]["value"] == name:
            properties = {item["name"]: item["value"].get("value") for item in node.get("properties", [])}
            return properties.get("expanded", False)
    return None


def button(page, name):
    # A <summary>: Chromium exposes it as a disclosure button; Playwright's roles leave it out.
    return page.locator("summary", has_text=name)


def top(locator):
    return locator.first.bounding_box()["y"]


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_phone_menu_button_opens_and_closes_the_navigation(phone_site, open_page, javascript):
    base_url, news_index, project = phone_site
    page = open_page(base_url + "/ka/", javascript=javascript)
    header = page.locator(".site-header")
    assert header.bounding_box()["height"] <= 120  # 349 px before: three rows of links
    menu = button(page, ka("Menu"))
    navigation = page.get_by_role("navigation", name=ka("Main"))
    assert menu.is_visible()
    assert not navigation.is_visible()
    assert not page.locator(".language-switcher").is_visible()

    menu.click()
    assert navigation.is_visible()
    assert page.locator(".language-switcher a[hreflang='az']").is_visible()
    assert page.locator("#header-search").is_visible()
    assert disclosure_expanded(page, ka("Menu")) is True
    # Nothing covers the page below: the open menu pushes it down.
    assert top(page.locator("main")) >= navigation.bounding_box()["y"] + navigation.bounding_box()["height"]

    menu.click()
    assert not navigation.is_visible()
    assert disclosure_expanded(page, ka("Menu")) is False

    # From the keyboard, on a fresh page: the button takes the focus and Enter opens it.
    page.reload()
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the site's name
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('site-menu__button')")
    page.keyboard.press("Enter")
    assert navigation.is_visible()
    navigation.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert page.url != base_url + "/ka/"
    assert page.errors == []


def test_wide_screen_shows_navigation_and_languages_without_a_button(phone_site, open_page):
    base_url, news_index, project = phone_site
    page = open_page(base_url + "/ka/", viewport=DESKTOP)
    assert not button(page, ka("Menu")).is_visible()
    assert disclosure_expanded(page, ka("Menu")) is None  # no button for screen readers either
    navigation = page.get_by_role("navigation", name=ka("Main"))
    assert navigation.is_visible()
    assert page.locator(".language-switcher a[hreflang='az']").is_visible()
    assert page.locator("#header-search").is_visible()
    # The links of the navigation sit on one row, under the site's name.
    links = navigation.get_by_role("link")
    assert len({round(box["y"]) for box in (links.nth(i).bounding_box() for i in range(links.count()))}) == 1
    assert page.locator(".site-header").bounding_box()["height"] <= 160
    assert page.errors == []


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_news_filters_wait_behind_a_disclosure_on_a_phone(phone_site, open_page, javascript):
    base_url, news_index, project = phone_site
    page = open_page(base_url + news_index.url, javascript=javascript)
    year = page.locator("select[name=year]")
    assert not year.is_visible()
    cards = page.locator(".listing-layout__results .card")
    assert cards.count() >= 6
    assert top(cards) < PHONE["height"]  # y≈1200 before

    button(page, ka("Filters")).click()
    assert year.is_visible()
    year.select_option("2024")
    page.locator("form.filter-form button[type=submit]").click()
    page.wait_for_load_state()
    assert "year=2024" in page.url
    # The button counts the filters in use; the form waits closed again above the results.
    summary = page.locator(".filters-disclosure__button")
    assert summary.locator(".filters-disclosure__count").inner_text().startswith("1")
    assert not year.is_visible()
    assert page.errors == []

    wide = open_page(base_url + news_index.url, viewport=DESKTOP, javascript=javascript)
    assert wide.locator("select[name=year]").is_visible()  # open on a wide screen, no click
    assert not button(wide, ka("Filters")).is_visible()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_search_facets_wait_behind_a_disclosure_on_a_phone(phone_site, open_page, javascript):
    base_url, news_index, project = phone_site
    page = open_page(base_url + "/ka/search/?q=კონფერენცია", javascript=javascript)
    facets = page.locator(".search-facets")
    assert facets.count() == 1
    assert not facets.is_visible()
    assert not page.locator("select[name=type]").is_visible()
    assert top(page.locator(".search-result")) < PHONE["height"]  # y≈1440 before

    button(page, ka("Filters")).click()
    assert facets.is_visible()
    assert page.locator("select[name=type]").is_visible()
    assert page.errors == []

    wide = open_page(base_url + "/ka/search/?q=კონფერენცია", viewport=DESKTOP, javascript=javascript)
    assert wide.locator(".search-facets").is_visible()


def test_first_cards_and_project_facts_on_the_first_screen(phone_site, open_page):
    base_url, news_index, project = phone_site
    home = open_page(base_url + "/ka/")
    assert top(home.locator(".card")) < PHONE["height"]

    page = open_page(base_url + project.url)
    facts = page.locator(".event-details")
    body = page.locator(".article-layout__main .subsection")
    assert top(facts) < PHONE["height"]  # y≈2760 before, after the whole body
    assert top(facts) < top(body)
    assert page.errors == []

    # On a wide screen the facts stay in the side column, level with the body.
    wide = open_page(base_url + project.url, viewport=DESKTOP)
    facts_box = wide.locator(".event-details").bounding_box()
    main_box = wide.locator(".article-layout__main").bounding_box()
    assert facts_box["x"] > main_box["x"] + main_box["width"]
    assert abs(facts_box["y"] - main_box["y"]) < 5


def test_breadcrumbs_fit_one_line(phone_site, open_page):
    from home.models import HomePage

    base_url, news_index, project = phone_site
    site_name = HomePage.objects.get(locale__language_code="ka").title
    for viewport in (PHONE, DESKTOP):
        page = open_page(base_url + project.url, viewport=viewport)
        crumbs = page.get_by_role("navigation", name=ka("Breadcrumbs"))
        assert site_name not in crumbs.inner_text()
        line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.breadcrumbs')).lineHeight)")
        assert crumbs.bounding_box()["height"] < 2 * line + 20  # one line and its padding
        # The long title is cut short inside the trail rather than running off its edge.
        assert page.evaluate("(ol => ol.scrollWidth <= ol.clientWidth + 1)(document.querySelector('.breadcrumbs ol'))")
    assert ka("Home") in crumbs.inner_text()
