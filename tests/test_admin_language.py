"""The Wagtail admin speaks the language an editor picks under Account → Preferences.

Wagtail ships only a few dozen Georgian admin strings and names its Azerbaijani catalog
``az_AZ`` (never loaded for the language code "az"); coalition/locale_overrides/{ka,az} fill
the gap. These tests go through the real admin views with a user whose Wagtail profile
says ka, az or en. They need the compiled catalogs (`make translations`).
"""

import html
import json
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

LOCALE_OVERRIDES = Path(settings.BASE_DIR) / "coalition" / "locale_overrides"
GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]")

# What an editor reads first, in each admin language (all from coalition/locale_overrides).
EXPECTED = {
    "ka": {
        "menu": ["გვერდები", "სურათები", "დოკუმენტები", "ანგარიშგება", "პარამეტრები", "დახმარება"],
        "account_menu": ["ანგარიში", "გამოსვლა"],
        "dashboard_title": "მართვის პანელი",
        "site_summary": "საიტის შეჯამება",
        "save_draft": "მონახაზის შენახვა",
        "publish": "გამოქვეყნება",
        "tabs": ["შიგთავსი", "პოპულარიზაცია"],
        "status": "გვერდის ხილვადობა:",
        "js": {"Insert a block": "ბლოკის ჩასმა", "Dashboard": "მართვის პანელი"},
        "localize_js": {"Download PO file": "PO ფაილის ჩამოტვირთვა", "Upload PO file": "PO ფაილის ატვირთვა"},
    },
    "az": {
        "menu": ["Səhifələr", "Şəkillər", "Sənədlər", "Hesabatlar", "Parametrlər", "Kömək"],
        "account_menu": ["Hesab", "Çıxış"],
        "dashboard_title": "İdarə paneli",
        "site_summary": "Sayt xülasəsi",
        "save_draft": "Qaralamanı yadda saxla",
        "publish": "Dərc et",
        "tabs": ["Məzmun", "Təşviq"],
        "status": "Səhifənin görünməsi:",
        "js": {"Insert a block": "Blok əlavə et", "Dashboard": "İdarə paneli"},
        "localize_js": {"Download PO file": "PO faylını endir", "Upload PO file": "PO faylını yüklə"},
    },
    "en": {
        "menu": ["Pages", "Images", "Documents", "Reports", "Settings", "Help"],
        "account_menu": ["Account", "Log out"],
        "dashboard_title": "Dashboard",
        "site_summary": "Site summary",
        "save_draft": "Save draft",
        "publish": "Publish",
        "tabs": ["Content", "Promote"],
        "status": "Page visibility:",
        "js": {"Insert a block": "Insert a block", "Dashboard": "Dashboard"},
        "localize_js": {"Download PO file": "Download PO file", "Upload PO file": "Upload PO file"},
    },
}
LANGUAGES = list(EXPECTED)


def admin_client(client, language):
    user = get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "secret-pass", first_name="Nino", last_name="Beridze"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture(params=LANGUAGES)
def language(request):
    return request.param


def sidebar_nodes(page):
    """Every object in the sidebar's props, which Wagtail renders as JSON."""
    match = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', page, re.S)
    assert match, "no sidebar on the page"
    stack = [json.loads(match.group(1))]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def sidebar_labels(page):
    """Every menu label of the sidebar."""
    return [node["label"] for node in sidebar_nodes(page) if isinstance(node.get("label"), str)]


def footer_button_labels(page):
    """The labels of the editor's long-running action buttons (Save draft, Publish…)."""
    return [
        html.unescape(label.strip())
        for label in re.findall(r'<em data-w-progress-target="label">(.*?)</em>', page, re.S)
    ]


def visible_text(page):
    page = re.sub(r"<(script|template|svg)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def js_catalog(client, url):
    response = client.get(url)
    assert response.status_code == 200
    match = re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S)
    return json.loads(match.group(1)) if match else {}  # English: no catalog at all


@pytest.mark.django_db
def test_dashboard_speaks_the_users_language(client, site, language):
    expected = EXPECTED[language]
    response = admin_client(client, language).get("/admin/")
    assert response.status_code == 200
    page = response.content.decode()

    labels = sidebar_labels(page)
    for label in expected["menu"] + expected["account_menu"]:
        assert label in labels, (language, label, labels)
    if language != "en":
        for english in EXPECTED["en"]["menu"] + EXPECTED["en"]["account_menu"]:
            assert english not in labels, (language, english)

    assert re.search(rf"<title>\s*{re.escape(expected['dashboard_title'])}\b", page), page[:500]
    text = visible_text(page)
    assert expected["site_summary"] in text
    if language != "en":
        assert "Site summary" not in text
        assert "Dashboard" not in text


@pytest.mark.django_db
def test_page_editor_speaks_the_users_language(client, site, language):
    expected = EXPECTED[language]
    page_in_editor = site.news[language]
    response = admin_client(client, language).get(f"/admin/pages/{page_in_editor.pk}/edit/")
    assert response.status_code == 200
    page = response.content.decode()

    buttons = footer_button_labels(page)
    assert expected["save_draft"] in buttons, buttons
    assert expected["publish"] in buttons, buttons
    text = visible_text(page)
    for tab in expected["tabs"]:
        assert tab in text, (language, tab)
    assert expected["status"] in text
    if language != "en":
        assert "Save draft" not in buttons and "Publish" not in buttons, buttons
        for english in ("Save draft", "Promote", "Page visibility:", "No publishing schedule set"):
            assert english not in text, (language, english)


@pytest.mark.django_db
def test_page_explorer_speaks_the_users_language(client, site, language):
    home = site.homes[language]
    response = admin_client(client, language).get(f"/admin/pages/{home.pk}/")
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    expected = {
        "ka": ["ქვეგვერდის დამატება", "გამოქვეყნებულია", "მენიუში რიგითობის შეცვლა"],
        "az": ["Alt səhifə əlavə et", "Dərc olunub", "Menyu sırasını dəyiş"],
        "en": ["Add child page", "Live", "Sort menu order"],
    }[language]
    for label in expected:
        assert label in text, (language, label)
    if language != "en":
        for english in ("Add child page", "Sort menu order", "View live", "Bulk actions"):
            assert english not in text, (language, english)


@pytest.mark.django_db
def test_javascript_catalogs_follow_the_users_language(client, site, language):
    admin_client(client, language)
    catalog = js_catalog(client, reverse("wagtailadmin_javascript_catalog"))
    localize_catalog = js_catalog(client, reverse("wagtail_localize:javascript_catalog"))
    if language == "en":
        assert not any(key in catalog for key in EXPECTED["en"]["js"])
        assert not any(key in localize_catalog for key in EXPECTED["en"]["localize_js"])
        return
    for msgid, msgstr in EXPECTED[language]["js"].items():
        assert catalog.get(msgid) == msgstr
    for msgid, msgstr in EXPECTED[language]["localize_js"].items():
        assert localize_catalog.get(msgid) == msgstr
    if language == "az":
        # Django falls back to LANGUAGE_CODE ("ka") for a missing az string: none may be Georgian.
        for msgid, msgstr in {**catalog, **localize_catalog}.items():
            assert not GEORGIAN.search(json.dumps(msgstr, ensure_ascii=False)), msgid


@pytest.mark.django_db
def test_preferences_offer_the_three_languages(client, site):
    response = admin_client(client, "en").get("/admin/account/")
    assert response.status_code == 200
    select = re.search(r'<select name="locale-preferred_language"[^>]*>(.*?)</select>', response.content.decode(), re.S)
    assert select, "no language choice in the preferences"
    options = dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select.group(1)))
    assert {code for code in options if code} == {"ka", "az", "en"}
    assert options["ka"] == "ქართული" and options["az"] == "Azərbaycanca" and options["en"] == "English"


@pytest.mark.django_db
def test_choosing_a_language_in_the_preferences_switches_the_admin(client, site):
    admin_client(client, "en")
    response = client.get("/admin/account/")
    data = {}
    for panels in response.context["panels_by_tab"].values():
        for panel in panels:
            form = panel.get_form()
            for name in form.fields:
                value = form[name].value()
                if (
                    value is None
                    or name.endswith("password1")
                    or name.endswith("password2")
                    or name == "old_password"
                    or name == "avatar"
                ):
                    continue
                if isinstance(value, bool):
                    if value:
                        data[form.add_prefix(name)] = "on"
                    continue
                data[form.add_prefix(name)] = value
    data["locale-preferred_language"] = "az"
    response = client.post("/admin/account/", data)
    assert response.status_code == 302, response.context and [
        panel.get_form().errors for panels in response.context["panels_by_tab"].values() for panel in panels
    ]

    user = get_user_model().objects.get(username="editor")
    assert UserProfile.get_for_user(user).preferred_language == "az"
    labels = sidebar_labels(client.get("/admin/").content.decode())
    assert "Səhifələr" in labels and "Pages" not in labels


def catalog_entries(language, domain):
    path = LOCALE_OVERRIDES / language / "LC_MESSAGES" / f"{domain}.po"
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural): entry for entry in polib.pofile(str(path)) if entry.msgid}


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_georgian_and_azerbaijani_catalogs_cover_the_same_strings(domain):
    """An Azerbaijani editor must never see a Georgian string: Django falls back to
    LANGUAGE_CODE ("ka") for any msgid the az catalogs lack."""
    ka, az = catalog_entries("ka", domain), catalog_entries("az", domain)
    # az may have more (lower-case month names inside dates, which Georgian does not need).
    assert ka.keys() <= az.keys()
    assert {key for key in az.keys() - ka.keys() if key[0] != "alt. month"} == set()
    for key, entry in az.items():
        values = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        assert all(values), key
        assert not any(GEORGIAN.search(value) for value in values), key
    for key, entry in ka.items():
        values = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        assert all(values), key


def test_no_admin_string_falls_back_to_georgian_for_azerbaijani_editors():
    """Every msgid Georgian editors get translated (ours and Wagtail's own ka catalogs) comes out
    in Azerbaijani, not Georgian, for az (the fallback language is ka)."""
    import wagtail
    import wagtail_localize

    msgids = {(e.msgctxt, e.msgid, e.msgid_plural) for e in catalog_entries("ka", "django").values()}
    for package in (wagtail, wagtail_localize):
        for mo in Path(package.__path__[0]).glob("**/locale/ka/LC_MESSAGES/django.mo"):
            msgids |= {(e.msgctxt, e.msgid, e.msgid_plural) for e in polib.mofile(str(mo)) if e.msgid}
    leaks = []
    with translation.override("az"):
        for context, msgid, plural in msgids:
            if plural:
                values = [
                    translation.npgettext(context, msgid, plural, n)
                    if context
                    else translation.ngettext(msgid, plural, n)
                    for n in (1, 2)
                ]
            else:
                values = [translation.pgettext(context, msgid) if context else translation.gettext(msgid)]
            if any(GEORGIAN.search(value) for value in values):
                leaks.append(msgid)
    assert leaks == []
