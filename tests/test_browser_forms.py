"""Form controls and grids as a reader sees them, in Chromium on a 390×844 phone and a 1366 px
screen: no select's chosen text cut off (measured in the page with the select's own font), the
filter button's label on one line, selects and buttons a finger's height on a phone, and grids
(cards and logos on the home page, the members directory) that do not end with a lone item."""

import os
import shutil
from datetime import date

import pytest
from django.utils import translation
from django.utils.translation import gettext

from . import factories
from .test_browser import browser_page, live_site  # noqa: F401 (fixtures)
from .test_browser_phone import DESKTOP, PHONE, button, ka, open_page  # noqa: F401 (a fixture)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed"),
]

VIEWPORTS = [PHONE, DESKTOP]


def say(language, message):
    with translation.override(language):
        return gettext(message)


VIEWPORT_IDS = ["phone", "desktop"]

# Per select: how wide its chosen option's text is (canvas measureText with the select's computed
# font) and how wide the room for it is (the select's inner width less its padding, which
# includes the drawn arrow's place).
SELECTS = """() => {
    const context = document.createElement("canvas").getContext("2d");
    return [...document.querySelectorAll("select")].filter(s => s.offsetParent !== null).map(select => {
        const style = getComputedStyle(select);
        context.font = style.font;
        const text = select.selectedOptions[0].text;
        return {
            name: select.name,
            text: text,
            textWidth: context.measureText(text).width,
            room: select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
            arrowRoom: parseFloat(style.paddingRight),
            height: select.getBoundingClientRect().height,
            fontSize: parseFloat(style.fontSize),
            appearance: style.appearance,
        };
    });
}"""

# Per grid: how many items its rows hold, from the items' offsetTop.
GRID_ROWS = """(selector) => [...document.querySelectorAll(selector)].map(grid => {
    const rows = new Map();
    for (const item of grid.children) rows.set(item.offsetTop, (rows.get(item.offsetTop) || 0) + 1);
    return {classes: grid.className, rows: [...rows.values()]};
})"""


@pytest.fixture
def form_site(live_site):  # noqa: F811
    """The live site of test_browser with what fills the filters' longest labels (news in a
    municipality, on a topic, in several years), nine member organisations without logos (the
    initials instead) and six donors, and a search that finds organisations and news."""
    from partners.models import DonorIndexPage, Municipality

    base_url, news, news_index = live_site
    org = news.get_parent().specific
    members_index = org.get_parent().specific
    zugdidi = Municipality.objects.filter(locale=news.locale, slug="zugdidi").first() or factories.municipality(
        news.locale, "zugdidi", "ზუგდიდი"
    )
    for number in range(1, 7):
        factories.news(
            org,
            f"zugdidi-meeting-{number}",
            f"შეხვედრა ზუგდიდში №{number}",
            on=date(2019 + number, 3, number),
            municipalities=[zugdidi],
            topics=["ადგილობრივი თვითმმართველობა"],
            lead="ზუგდიდის მუნიციპალიტეტის მოქალაქეები და ადგილობრივი თვითმმართველობა.",
        )
    for number, title in enumerate(
        [
            "ქალთა საინფორმაციო ცენტრი",
            "სამოქალაქო ინტეგრაციის ფონდი",
            "ორგანიზაცია „მერკური“",
            "სამოქალაქო სპექტრი – თანასწორობა",
            "იგპ ქალთა ასოციაცია „თანხმობა“",
            "საქველმოქმედო ჰუმანიტარული ცენტრი „აფხაზეთი“",
            "ახალგაზრდების საგანმანათლებლო ცენტრი",
            "სამოქალაქო საზოგადოების ფორმირების ხელშემწყობი ცენტრი",
        ]
    ):
        factories.organisation(members_index, f"member-{number}", title, "")
    donors_index = DonorIndexPage.objects.get(locale=news.locale)
    for number in range(6):
        factories.donor(donors_index, f"donor-{number}", f"დონორი №{number + 1}")
    return base_url, news_index


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=VIEWPORT_IDS)
def test_filter_selects_show_their_whole_text_and_the_button_one_line(form_site, open_page, viewport):
    base_url, news_index = form_site
    for language in ("ka", "az"):
        page = open_page(base_url + news_index.url.replace("/ka/", f"/{language}/"), viewport=viewport)
        if viewport is PHONE:
            button(page, say(language, "Filters")).click()
        page.evaluate("document.fonts.ready")
        selects = page.evaluate(SELECTS)
        assert {"organisation", "year"} <= {s["name"] for s in selects}, language
        if language == "ka":  # "ყველა მუნიციპალიტეტი", the longest, clipped before
            assert {"municipality", "topic"} <= {s["name"] for s in selects}
        for select in selects:
            assert select["textWidth"] <= select["room"], (language, select)
            assert select["appearance"] == "none" and select["arrowRoom"] >= 24, select  # the drawn arrow
            if viewport is PHONE:
                assert select["height"] >= 44, select
                assert select["fontSize"] >= 16, select  # iOS zooms into smaller text
        submit = page.locator("form.filter-form button[type=submit]")
        box = submit.bounding_box()
        line = page.evaluate("(b => parseFloat(getComputedStyle(b).lineHeight))", submit.element_handle())
        lines = page.evaluate(
            "(b => { const r = document.createRange(); r.selectNodeContents(b); return r.getClientRects().length; })",
            submit.element_handle(),
        )
        assert lines == 1, (language, submit.inner_text())
        assert box["height"] < 2 * line + 8  # one line and its padding
        if viewport is PHONE:
            assert box["height"] >= 44
        assert page.errors == []


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=VIEWPORT_IDS)
def test_search_type_and_languages_are_part_of_the_form(form_site, open_page, viewport):
    base_url, news_index = form_site
    page = open_page(base_url + "/ka/search/?q=ზუგდიდი", viewport=viewport)
    if viewport is PHONE:
        button(page, ka("Filters")).click()
    page.evaluate("document.fonts.ready")
    (select,) = [s for s in page.evaluate(SELECTS) if s["name"] == "type"]
    assert select["textWidth"] <= select["room"], select
    assert select["height"] >= 44 and select["fontSize"] >= 16 and select["appearance"] == "none"
    # As high as the query field, the checkbox and its label a finger's height and level with it.
    query = page.locator("#search-query").bounding_box()
    assert abs(select["height"] - query["height"]) <= 2
    checkbox = page.locator(".search-form__filters .checkbox")
    label_box = checkbox.bounding_box()
    assert label_box["height"] >= 44
    type_box = page.locator("select[name=type]").bounding_box()
    if viewport is DESKTOP:
        assert abs((label_box["y"] + label_box["height"] / 2) - (type_box["y"] + type_box["height"] / 2)) <= 2
    tick = page.locator(".search-form__filters input[type=checkbox]").bounding_box()
    assert tick["width"] >= 18  # not the browser's 13 px box
    # Keyboard focus shows a ring.
    page.locator("select[name=type]").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert page.evaluate("document.activeElement.name") == "type" and outline == "solid"
    assert page.errors == []


@pytest.mark.parametrize("viewport", VIEWPORTS + [{"width": 800, "height": 900}], ids=VIEWPORT_IDS + ["tablet"])
def test_grids_end_with_a_full_or_half_full_row(form_site, open_page, viewport):
    base_url, news_index = form_site
    for path, selector in (("/ka/", ".card-grid, .logo-grid"), ("/ka/members/", ".org-list")):
        page = open_page(base_url + path, viewport=viewport)
        grids = page.evaluate(GRID_ROWS, selector)
        assert grids, path
        for grid in grids:
            rows = grid["rows"]
            if len(rows) > 1:
                assert rows[-1] * 2 >= rows[0], (path, viewport, grid)
        if path == "/ka/":
            members = page.locator("section[aria-labelledby=members-heading] .logo-grid li")
            assert members.count() == 9
            # No logo: each tile has the initials in their place, so that the tiles line up.
            assert members.locator(".logo--placeholder").count() == 9
            # The first row's logos level, whatever the length of the names under them.
            tops = page.evaluate(
                """() => { const items = [...document.querySelectorAll(
                        "section[aria-labelledby=members-heading] .logo-grid li")];
                    return items.filter(li => li.offsetTop === items[0].offsetTop)
                        .map(li => Math.round(li.querySelector(".logo").getBoundingClientRect().top)); }"""
            )
            assert len(tops) >= 2 and len(set(tops)) == 1, tops
