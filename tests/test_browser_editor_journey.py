"""One Georgian member editor's journey through the admin in a real browser (Debian's Chromium via
Playwright), the "Done when" of issue 18: a news item with an uploaded image, abandoned as a draft,
started again with the same title and image, published under a romanised slug that does not clash
with the draft, translated into Azerbaijani in wagtail-localize's translation editor and published
under /az/ with no Georgian text left in it. On every screen the interface must be in Georgian.

Screenshots of each screen, at desktop and phone size, go to /tmp/journey/ (not asserted: they are
for a person to look at)."""

import io
import re
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import OperationalError

from core.slugs import romanised_slug

from . import factories
from .test_browser import browser_page, log_into_admin, pytestmark  # noqa: F401
from .test_browser_translation import AZERBAIJANI, admin_text

PASSWORD = "a-long-test-password"
SHOTS = Path("/tmp/journey")
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}

ORGANISATION = ("ქალთა საინფორმაციო ცენტრი", "Qadın İnformasiya Mərkəzi")
# The news item in Georgian and its Azerbaijani translation, field by field.
TITLE = ("ზუგდიდში ქალთა მეწარმეობის ფორუმი გაიმართა", "Zuqdidi şəhərində qadın sahibkarlığı forumu keçirildi")
LEAD = (
    "ფორუმზე ადგილობრივმა მეწარმე ქალებმა ერთმანეთს საკუთარი გამოცდილება გაუზიარეს.",
    "Forumda yerli qadın sahibkarlar öz təcrübələrini bir-biri ilə bölüşdülər.",
)
BODY = (
    "შეხვედრას სამეგრელოს სხვადასხვა მუნიციპალიტეტიდან ორმოცდაათამდე მონაწილე დაესწრო.",
    "Görüşə Sameqrelonun müxtəlif bələdiyyələrindən əlliyə yaxın iştirakçı qatıldı.",
)
IMAGE_TITLE = "ფორუმის მონაწილეები"

GEORGIAN = re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")
# Runs of Latin words (Azerbaijani letters included) in what a screen shows, once the content
# and names allowed on it are taken out: English interface text.
LATIN = "A-Za-z\u00c0-\u024f\u0259"
LATIN_WORDS = re.compile(rf"[{LATIN}][{LATIN}'’]*(?:[ -][{LATIN}][{LATIN}'’]*)*")
# The same in every language: language names in their own language (how the admin lists
# locales), file formats and the product's name.
NOT_ENGLISH = ("Azərbaycanca", "English", "AVIF", "GIF", "JPEG", "JPG", "PNG", "WEBP", "PO", "Wagtail")


def jpeg_file(tmp_path):
    """A small real JPEG, as an editor would upload a photo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 400), (34, 98, 140))
    draw = ImageDraw.Draw(image)
    draw.rectangle((80, 60, 560, 340), fill=(240, 190, 60))
    draw.ellipse((240, 120, 400, 280), fill=(180, 40, 60))
    path = tmp_path / "forum-zugdidi.jpg"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def member_editor(transactional_db, django_db_serialized_rollback, live_server):
    """A member organisation that publishes directly, in Georgian and Azerbaijani, and one of its
    editors with the admin in Georgian."""
    from wagtail.users.models import UserProfile

    from home.site_setup import bootstrap_site
    from partners.models import PartnerIndexPage
    from partners.sections import grant_section_access

    homes, indexes = bootstrap_site(places=False)
    organisation = factories.organisation(indexes[(PartnerIndexPage, "ka")], "wic", ORGANISATION[0], "WIC")
    access = grant_section_access(organisation, moderated=False)
    organisation_az = organisation.copy_for_translation(homes["az"].locale)
    organisation_az.title = ORGANISATION[1]
    organisation_az.save_revision().publish()
    organisation.refresh_from_db()

    editor = get_user_model().objects.create_user(
        "wic-editor", "wic-editor@example.org", PASSWORD, first_name="ნინო", last_name="ბერიძე"
    )
    editor.groups.add(access.group)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ka"
    profile.save()
    return live_server.url, organisation, homes


class Screens:
    """Screenshots at desktop and phone size, and the English interface text seen on each screen
    (gathered, and asserted at the end so that one untranslated label does not hide how the rest
    of the journey went). The phone's view is the same address in a second, phone-sized browser with
    the same login: resizing the editor's own tab would keep the desktop sidebar's layout."""

    def __init__(self, page, content):
        self.page = page
        self.content = content  # written by the editor, in Latin letters or Azerbaijani
        self.english = {}
        self.phone = page.context.browser.new_context(viewport=PHONE, locale="ka-GE").new_page()
        SHOTS.mkdir(parents=True, exist_ok=True)

    def look(self, name):
        page = self.page
        page.wait_for_load_state()
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        found = english_on_screen(page.locator("body").inner_text(), self.content)
        if found:
            self.english[name] = found
        self.phone.context.add_cookies(page.context.cookies())  # the same session
        self.phone.goto(page.url)
        self.phone.screenshot(path=str(SHOTS / f"{name}-phone.png"), full_page=True)

    def assert_no_english(self):
        assert not self.english, f"English interface text on the editor's screens: {self.english}"


def english_on_screen(text, allowed=()):
    for name in sorted((*NOT_ENGLISH, *allowed), key=len, reverse=True):
        text = text.replace(name, " ").replace(name.upper(), " ")
    return sorted({run.strip(" -") for run in LATIN_WORDS.findall(text)} - {""})


def open_menu_and_publish(page):
    # Publish sits in the footer's action menu, behind the "More actions" toggle.
    page.locator("footer .w-dropdown__toggle").first.click()
    page.get_by_role("button", name=admin_text("Publish"), exact=True).click()


def choose_image(page, screens, image_file, shot):
    """Through the image chooser's upload tab, as an editor adds a photo to a news item."""
    page.get_by_role("button", name=admin_text("Choose an image")).first.click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name=admin_text("Upload")).click()
    modal.locator("input[type=file]").set_input_files(str(image_file))
    modal.get_by_label(admin_text("Title")).fill(IMAGE_TITLE)
    screens.look(shot)
    modal.get_by_role("button", name=admin_text("Upload")).click()


def test_member_editor_publishes_news_in_georgian_abandons_restarts_and_translates_into_azerbaijani(
    browser_page, member_editor, tmp_path
):
    from playwright.sync_api import expect
    from wagtail.images import get_image_model

    from news.models import NewsPage

    page = browser_page
    page.set_viewport_size(DESKTOP)
    page.set_default_timeout(8000)
    page.on("dialog", lambda dialog: dialog.accept())  # "leave the page?" would otherwise block
    base_url, organisation, homes = member_editor
    photo = jpeg_file(tmp_path)
    slug = romanised_slug(TITLE[0])
    content = [ORGANISATION[1], TITLE[1], LEAD[1], BODY[1], photo.name, slug, romanised_slug(TITLE[1])]
    screens = Screens(page, content)

    # 1. From the dashboard to the organisation's section, and a new news item with a photo.
    log_into_admin(page, base_url, "wic-editor", PASSWORD)
    screens.look("01-dashboard")
    page.get_by_role("link", name=admin_text("Add news")).first.click()
    page.wait_for_url(f"**/admin/pages/add/news/newspage/{organisation.pk}/")
    page.locator("#id_title").fill(TITLE[0])
    page.locator("#id_lead").fill(LEAD[0])
    choose_image(page, screens, photo, "02-image-upload")
    expect(page.locator("[data-chooser-title]").first).to_have_text(IMAGE_TITLE)
    add_paragraph(page, BODY[0])
    screens.look("03-news-form")

    # 2. The editor leaves without saving: autosave has kept the work as a draft.
    draft_pk = kept_as_draft(page, BODY[0])
    draft = from_database(lambda: NewsPage.objects.get(title=TITLE[0]))
    assert draft.pk == draft_pk and not draft.live and draft.slug == slug
    page.goto(base_url + "/admin/")
    # The dashboard lists it among the editor's unfinished drafts (drafts/panels.py).
    unfinished = page.locator("#unfinished-drafts-content")  # templates/drafts/unfinished_drafts_panel.html
    expect(unfinished.get_by_role("link", name=TITLE[0])).to_have_attribute("href", f"/admin/pages/{draft.pk}/edit/")
    screens.look("04-dashboard-after-leaving")

    # 3. Starting again from the section's listing, where the draft is: the same title, the same
    # photo (which must not be stored twice), published.
    page.get_by_role("link", name=ORGANISATION[0]).first.click()
    page.wait_for_url(f"**/admin/pages/{organisation.pk}/")
    expect(page.get_by_role("link", name=TITLE[0])).to_be_visible()
    screens.look("05-section")
    page.get_by_role("link", name=admin_text("Add child page")).first.click()
    page.get_by_role("link", name=admin_text("news item"), exact=True).click()
    page.wait_for_url(f"**/admin/pages/add/news/newspage/{organisation.pk}/")
    page.locator("#id_title").fill(TITLE[0])
    page.locator("#id_lead").fill(LEAD[0])
    choose_image(page, screens, photo, "06-image-upload-again")
    # The chooser offers the photo already in the library instead of a copy (drafts/uploads.py);
    # Wagtail's own dialog (after saving a copy) offers to use the existing one and delete the new.
    reuse = page.get_by_role("button", name=admin_text("Use this image"), exact=True).or_(
        page.get_by_role("link", name=admin_text("Use existing and delete new"))
    )
    expect(reuse).to_be_visible()
    screens.look("07-same-image-again")
    reuse.click()
    expect(page.locator("[data-chooser-title]").first).to_have_text(IMAGE_TITLE)
    add_paragraph(page, BODY[0])
    # Publish once autosave has made the new draft, which the form then edits (clicked while
    # autosave's first request is on its way, the page would be created twice).
    assert kept_as_draft(page, BODY[0]) != draft.pk
    open_menu_and_publish(page)
    page.wait_for_url(re.compile(r"/admin/pages/\d+/(edit/)?$"))
    expect(page.get_by_role("status").first).to_contain_text(TITLE[0])
    expect(page.locator(".messages .error")).to_have_count(0)
    screens.look("08-published")

    news = from_database(lambda: NewsPage.objects.get(title=TITLE[0], live=True))
    assert news.pk != draft.pk and news.slug == f"{slug}-2"
    assert from_database(get_image_model().objects.filter(file_hash=news.image.file_hash).count) == 1
    page.goto(base_url + news.url)
    assert news.url == f"/ka/members/wic/{slug}-2/"
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE[0])
    expect(page.locator("main")).to_contain_text(BODY[0])
    page.screenshot(path=str(SHOTS / "09-live-ka.png"), full_page=True)

    # 4. "Translate this page" in the editor's own action menu, into Azerbaijani.
    page.goto(f"{base_url}/admin/pages/{news.pk}/edit/")
    screens.look("10-editor")
    page.locator("header").get_by_role("button", name=admin_text("Actions"), exact=True).click()
    page.get_by_role("link", name=admin_text("Translate this page")).click()
    page.wait_for_url(f"**/admin/localize/submit/page/{news.pk}/")
    page.get_by_label(AZERBAIJANI).check()
    screens.look("11-submit-translation")
    page.get_by_role("button", name=admin_text("Submit"), exact=True).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))

    translate_every_segment(page, screens, news.slug)
    page.get_by_role("button", name=admin_text("Publish in ", "djangojs") + AZERBAIJANI).click()
    expect(page.get_by_role("status")).to_contain_text(TITLE[1])
    screens.look("13-translation-published")

    news_az = from_database(lambda: news.get_translation(homes["az"].locale))
    assert news_az.live and news_az.title == TITLE[1]
    page.goto(base_url + news_az.url)
    assert news_az.url == f"/az/members/wic/{romanised_slug(TITLE[1])}/"
    expect(page.locator("html")).to_have_attribute("lang", "az")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE[1])
    main = page.locator("main")
    expect(main).to_contain_text(LEAD[1])
    expect(main).to_contain_text(BODY[1])
    expect(main).to_contain_text(ORGANISATION[1])
    assert not GEORGIAN.findall(main.inner_text()), main.inner_text()
    page.screenshot(path=str(SHOTS / "14-live-az.png"), full_page=True)

    screens.assert_no_english()


def kept_as_draft(page, text):
    """Once the admin's autosave has made the new page a draft: the form then edits it (the
    hidden input of the rich text holds ``text`` once Draftail has synchronised it)."""
    from playwright.sync_api import expect

    expect(page.locator("#body-0-value")).to_have_value(re.compile(re.escape(text[:20])))
    expect(page.locator("form[data-edit-form]")).to_have_attribute("action", re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator("#w-autosave-indicator").get_by_text(admin_text("Saved"))).to_be_visible()
    return int(re.search(r"/pages/(\d+)/edit/", page.locator("form[data-edit-form]").get_attribute("action"))[1])


def from_database(query, seconds=10):
    """``query()``, retried while the live server's thread holds SQLite's shared in-memory
    database locked."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return query()
        except OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def add_paragraph(page, text):
    """A paragraph block in the body's StreamField, typed into its rich text editor."""
    body = page.locator("[data-contentpath=body]")
    body.get_by_role("button", name=admin_text("Insert a block", "djangojs")).first.click()
    page.get_by_role("option", name=admin_text("Paragraph")).click()
    editor = body.locator("[contenteditable=true]").first
    editor.click()
    editor.type(text)


def translate_every_segment(page, screens, slug):
    """Every string segment on every tab of wagtail-localize's translation editor, each saved."""
    from playwright.sync_api import expect

    # The slug is a segment too (Promote tab): the Azerbaijani page gets the romanised
    # Azerbaijani title, as an Azerbaijani reader would type it.
    translations = {TITLE[0]: TITLE[1], LEAD[0]: LEAD[1], BODY[0]: BODY[1], slug: romanised_slug(TITLE[1])}
    translate = page.get_by_role("button", name=admin_text("Translate", "djangojs"), exact=True)
    tabs = page.get_by_role("tab")
    for index in range(tabs.count()):
        tabs.nth(index).click()
        panel = page.get_by_role("tabpanel")
        # A string segment is a list item with its source text and buttons; the field's list
        # item around it also has the field's heading.
        segments = panel.get_by_role("listitem").filter(has_not=page.get_by_role("heading"))
        while segments.filter(has=translate).count():
            source_text = segments.filter(has=translate).first.inner_text()
            source = next((s for s in translations if s in source_text), None)
            assert source is not None, f"an unexpected segment to translate: {source_text!r}"
            segment = segments.filter(has=page.get_by_text(source, exact=True))
            segment.get_by_role("button", name=admin_text("Translate", "djangojs"), exact=True).click()
            segment.get_by_role("textbox").fill(translations[source])
            segment.get_by_role("button", name=admin_text("Save", "djangojs"), exact=True).click()
            # Saved on the server once "Saving..." has given way to the "Edit" button.
            expect(segment.get_by_role("button", name=admin_text("Edit", "djangojs"), exact=True)).to_be_visible()
            expect(segment).to_contain_text(translations[source])
    tabs.first.click()
    screens.look("12-translation-editor")
