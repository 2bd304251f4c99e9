"""The editor's guide (editor_guide/): an admin page in the editor's admin language, linked from
the dashboard and the Help menu, that names the admin's buttons and fields exactly as the
catalogs translate them, and shows the viewer their own organisation only."""

import json
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from wagtail.users.models import UserProfile

from editor_guide.views import guide_language
from partners.sections import MEMBER_REVIEW_TASK, MEMBER_WORKFLOW

from . import two_sections

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
LANGUAGES = ("ka", "az", "en")
GUIDE_URL = "/admin/guide/"
SECTIONS = ("start", "news", "event", "project", "translate", "moderation", "drafts")
# Each language's headings of those sections, as its template writes them.
HEADINGS = {
    "ka": ["სანამ დაიწყებთ", "სიახლის გამოქვეყნება", "ღონისძიება", "პროექტი", "თარგმნა სხვა ენებზე", "მოდერაცია"],
    "az": ["Başlamazdan əvvəl", "Xəbərin dərci", "Tədbir", "Layihə", "Digər dillərə tərcümə", "Moderasiya"],
    "en": ["Before you start", "Publishing a news item", "An event", "A project", "Translating into", "Moderation"],
}
# Buttons every guide must name (Wagtail's, wagtail-localize's and the site's own).
REQUIRED_BUTTONS = [
    "Add news",
    "Add event",
    "Add project",
    "Save draft",
    "Publish",
    "Translate this page",
    "Submit",
    "Request changes",
    "Approve",
    "Sync translated pages",
]


@pytest.fixture
def sections(site):
    return two_sections.build(site)


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def catalogs(language, domain="django"):
    """The catalogs the admin reads for ``language``, in Django's order (LOCALE_PATHS: ours first)."""
    paths = [ROOT / "locale", ROOT / "coalition" / "locale_overrides"]
    return [
        polib.pofile(str(path / language / "LC_MESSAGES" / f"{domain}.po"))
        for path in paths
        if (path / language / "LC_MESSAGES" / f"{domain}.po").exists()
    ]


def catalog_text(message, language, domain="django"):
    """``message`` as the committed catalogs translate it (English: the message itself)."""
    if language == "en":
        return message
    for po in catalogs(language, domain):
        for entry in po:
            if entry.msgid == message and entry.msgstr and "fuzzy" not in entry.flags:
                return entry.msgstr
    return message


def catalog_labels(language):
    """Every label the catalogs could show in ``language``, placeholders as patterns,
    capitalised as the admin shows labels."""
    with translation.override(language):
        labels = set()
        for domain in ("django", "djangojs"):
            # English: the messages themselves (Georgian's catalogs have every one).
            for po in catalogs("ka" if language == "en" else language, domain):
                for entry in po:
                    text = entry.msgid if language == "en" else entry.msgstr
                    if text and "fuzzy" not in entry.flags:
                        labels.add(capfirst(text).strip())
        return labels


def rendered_labels(html):
    return [" ".join(span.get_text().split()) for span in BeautifulSoup(html, "html.parser").select(".guide-ui")]


def admin_get(client, user, url=GUIDE_URL):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def sidebar_items(html, within=None):
    """The sidebar's menu items, in order (Wagtail renders them as JSON for its React sidebar);
    ``within``: only those of the submenu of that name."""
    soup = BeautifulSoup(html, "html.parser")
    props = json.loads(soup.find("script", id="wagtail-sidebar-props").string)
    if within is not None:
        # Telepath packs a submenu as {"_args": [{"name": …}, [its items…]]}.
        props = next(
            item
            for item in _dicts(props)
            if isinstance(item.get("_args"), list)
            and item["_args"]
            and isinstance(item["_args"][0], dict)
            and item["_args"][0].get("name") == within
        )
    return [item for item in _dicts(props) if "name" in item and "url" in item]


def _dicts(value):
    found = []

    def walk(value):
        if isinstance(value, dict):
            found.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(value)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_member_editor_reaches_the_guide_from_the_dashboard_and_the_help_menu(sections, client, language):
    editor = speaking(sections.editor_a, language)
    dashboard = admin_get(client, editor, reverse("wagtailadmin_home"))
    title = catalog_text("Editor's guide", language)
    panel = BeautifulSoup(dashboard, "html.parser").select_one(".editor-guide-panel")
    assert panel is not None
    assert panel.select_one("h2").get_text(strip=True) == title
    assert panel.select_one(f'a[href="{GUIDE_URL}"]').get_text(strip=True) == catalog_text("Open the guide", language)

    items = [item for item in sidebar_items(dashboard) if item["url"] == GUIDE_URL]
    assert [item["label"] for item in items] == [title]
    # First in the Help menu; Wagtail's own (English-only, online) editor guide only in English.
    help_items = sidebar_items(dashboard, within="help")
    assert help_items[0]["url"] == GUIDE_URL
    assert any(item["name"] == "editor-guide" for item in help_items) == (language == "en")
    # The account summary beside the dashboard's title links the guide too, Wagtail's only in English.
    summary_links = [a["href"] for a in BeautifulSoup(dashboard, "html.parser").select(".w-dashboard header a")]
    assert GUIDE_URL in summary_links
    assert any("guide.wagtail.org" in href for href in summary_links) == (language == "en")

    guide = admin_get(client, editor)
    soup = BeautifulSoup(guide, "html.parser")
    assert soup.select_one("article.editor-guide")["lang"] == language
    assert title in soup.title.get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_guide_with_every_section(sections, client, language):
    soup = BeautifulSoup(admin_get(client, speaking(sections.editor_a, language)), "html.parser")
    article = soup.select_one("article.editor-guide")
    for section in SECTIONS:
        assert article.select_one(f"section#{section} h2"), section
        assert article.select_one(f'nav a[href="#{section}"]'), section
        assert article.select(f"section#{section} li"), section
    headings = [h2.get_text(strip=True) for h2 in article.select("section h2")]
    for expected in HEADINGS[language]:
        assert any(heading.startswith(expected) for heading in headings), (expected, headings)
    # The guide itself (the box above it names the editor's organisation, content).
    text = " ".join(part.get_text(" ") for part in article.select("nav, section"))
    georgian = re.findall("[\u10d0-\u10ff]+", text)
    if language == "ka":
        assert len(georgian) > 500
    else:
        # Georgian only in the language switch's own name for Georgian ("ქართული").
        assert set(georgian) <= {"ქართული"}, set(georgian)
    # Never Mtavruli (an uppercase transform of Georgian).
    assert not re.search("[\u1c90-\u1cbf]", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_button_and_field_names_in_the_guide_are_the_catalogs_translations(sections, client, language):
    labels = rendered_labels(admin_get(client, speaking(sections.editor_a, language)))
    assert len(labels) > 60
    known = catalog_labels(language)
    workflow = catalog_text(MEMBER_WORKFLOW, language)
    task = catalog_text(MEMBER_REVIEW_TASK, language)
    known |= {
        capfirst(catalog_text("Submit to %(workflow_name)s", language) % {"workflow_name": workflow}),
        capfirst(catalog_text("Resubmit to %(task_name)s", language) % {"task_name": task}),
        catalog_text("Publish in ", language, "djangojs") + "…",
    }
    strays = [label for label in labels if label not in known]
    assert not strays, f"{language}: labels the catalogs do not have: {strays}"
    with translation.override(language):
        for message in REQUIRED_BUTTONS:
            assert capfirst(catalog_text(message, language)) in labels, message
    if language != "en":
        english = {label for label in labels if label in REQUIRED_BUTTONS}
        assert not english, english


def test_an_unknown_or_missing_language_falls_back_to_georgian():
    assert guide_language("fr") == "ka"
    assert guide_language("az") == "az"
    assert guide_language("en-us") == "en"


def test_an_editor_without_a_language_preference_gets_the_georgian_guide(sections, client):
    soup = BeautifulSoup(admin_get(client, sections.editor_a), "html.parser")
    assert soup.select_one("article.editor-guide")["lang"] == "ka"


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(GUIDE_URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_user_without_admin_access_does_not_get_the_guide(site, client):
    user = get_user_model().objects.create_user("reader", "reader@example.org", "a-long-test-password")
    client.force_login(user)
    response = client.get(GUIDE_URL)
    assert response.status_code == 302
    assert "editor-guide" not in client.get(response["Location"]).content.decode()


def test_the_guide_shows_the_editors_own_organisation_only(sections, client, django_assert_max_num_queries):
    client.force_login(speaking(sections.editor_a, "ka"))
    with django_assert_max_num_queries(25):
        response = client.get(GUIDE_URL)
    html = response.content.decode()
    box = BeautifulSoup(html, "html.parser").select_one(".guide-section-box")
    assert sections.a.title in box.get_text()
    assert box.select_one("a")["href"] == reverse("wagtailadmin_explore", args=[sections.a.pk])
    assert sections.a.collection.name in box.get_text()
    assert catalog_text("You publish your organisation's pages yourself.", "ka") in box.get_text()
    for other in (sections.b.title, sections.b_az.title, two_sections.SECRET, sections.collection.name):
        assert other not in html, other


def test_a_moderated_organisations_editor_is_told_their_pages_are_reviewed(sections, client):
    soup = BeautifulSoup(admin_get(client, speaking(sections.editor_b, "az")), "html.parser")
    box = soup.select_one(".guide-section-box")
    # The organisation in the guide's language first.
    assert sections.b_az.title in box.get_text()
    assert (
        catalog_text("A coalition moderator reviews your organisation's pages before they go live.", "az")
        in box.get_text()
    )
    assert box.select_one('a[href="#moderation"]')
    assert sections.a.title not in str(soup)
