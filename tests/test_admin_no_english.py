"""No English on the admin screens a member organisation's editor uses every day.

A member editor (not a superuser; in their organisation's editors group, moderated section)
with the admin in Georgian, then in Azerbaijani, walks the dashboard, the explorer of their
section, the page editor (add and edit, every page type they may create, a body with one of
every block), history, images and documents (index, upload, chooser, duplicate), search, the
translation editor (its React props and the JavaScript catalogs), the workflow screens and the
account. All content is Georgian or Azerbaijani, so English found is interface text
(tests/admin_english.py finds it). The failure lists (screen, leaked string).
"""

import json
import re
from datetime import date
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation.trans_real import DjangoTranslation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from partners.sections import grant_section_access

from . import factories
from .admin_english import (
    azerbaijani_leaks,
    english_interface_phrases,
    georgian_leaks,
    response_texts,
    without_content,
)
from .test_browser import CHROMIUM, browser_page, log_into_admin  # noqa: F401 (fixture)

PASSWORD = "a-long-test-password"
CONTENT = {
    "ka": {
        "org": "ქალთა საინფორმაციო ცენტრი",
        "news": "ზუგდიდის საკრებულოს სხდომა",
        "draft": "სოფლის ბიბლიოთეკის მონახაზი",
        "pending": "ახალგაზრდული ფორუმი ქუთაისში",
        "event": "საჯარო შეხვედრა ლაგოდეხში",
        "project": "ქალთა ლიდერობის პროგრამა",
        "text": "სხდომას ადგილობრივი ორგანიზაციები დაესწრნენ",
        "image": "შეხვედრის ფოტო",
        "document": "წლიური ანგარიში",
        "search_hit": "ზუგდიდის",
        "nothing": "ჟღჟღჟ",
    },
    "az": {
        "org": "Qadın İnformasiya Mərkəzi",
        "news": "Zuqdidi bələdiyyə şurasının iclası",
        "draft": "Kənd kitabxanası haqqında qaralama",
        "pending": "Kutaisidə gənclər forumu",
        "event": "Laqodexidə ictimai görüş",
        "project": "Qadın liderliyi proqramı",
        "text": "İclasda yerli təşkilatlar iştirak etdi",
        "image": "Görüşdən foto",
        "document": "İllik hesabat",
        "search_hit": "Zuqdidi",
        "nothing": "Qxqxq",
    },
}


# --- a member editor's section, in Georgian or Azerbaijani -----------------------------------


def body(words, image, document):
    """One of every block of the body (core.blocks.BodyBlock)."""
    return [
        {"type": "heading", "value": words["news"]},
        {"type": "paragraph", "value": f"<p>{words['text']}</p>"},
        {"type": "image", "value": {"image": image.pk, "caption": words["image"], "attribution": words["org"]}},
        {"type": "quote", "value": {"text": words["text"], "attribute_name": words["org"]}},
        {"type": "document", "value": {"document": document.pk, "title": words["document"]}},
        {"type": "embed", "value": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
    ]


@pytest.fixture
def section(site, code):
    """A moderated organisation's section in ``code`` (its page published in ka and az), its
    editor with the admin in ``code``, a live news item with every block, an event, a project,
    a never-published draft, an image and a document in its collection, and a translation of
    the news item into the other language."""
    words, other = CONTENT[code], {"ka": "az", "az": "ka"}[code]
    org_ka = factories.organisation(site.members["ka"], slug="wic", title=CONTENT["ka"]["org"], acronym="WIC")
    grant_section_access(org_ka, moderated=True)
    org_ka.refresh_from_db()
    org_az = org_ka.copy_for_translation(site.locales["az"])
    org_az.title = CONTENT["az"]["org"]
    org_az.save_revision().publish()
    org = {"ka": org_ka, "az": org_az}[code]
    org.refresh_from_db()

    editor = get_user_model().objects.create_user(
        "nino", "nino@example.org", PASSWORD, first_name=words["org"].split()[0], last_name=words["org"].split()[-1]
    )
    editor.groups.add(org_ka.editors_group)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = code
    profile.save()

    image = get_image_model().objects.create(
        title=words["image"], file=get_test_image_file(), collection=org_ka.collection, uploaded_by_user=editor
    )
    image._set_file_hash()  # as an upload through the admin does: the duplicate check needs it
    image.save(update_fields=["file_hash"])
    document = get_document_model().objects.create(
        title=words["document"],
        collection=org_ka.collection,
        uploaded_by_user=editor,
        file=ContentFile(b"%PDF-1.4 report", name="report.pdf"),
    )
    news = factories.news(org, slug="news", title=words["news"], lead=words["text"], on=date(2024, 5, 1), owner=editor)
    news.body = body(words, image, document)
    news.save_revision(user=editor).publish()
    event = factories.event(org, slug="event", title=words["event"], venue=words["org"], owner=editor)
    project = factories.project(org, slug="project", title=words["project"], goal=words["text"], owner=editor)
    draft = factories.news(org, slug="draft", title=words["draft"], owner=editor)
    draft.unpublish()

    source, _created = TranslationSource.get_or_create_from_instance(news)
    translation = Translation.objects.create(source=source, target_locale=site.locales[other])
    translation.save_target(user=editor)
    # One segment translated by hand, so the editor shows "Translated manually on <date>".
    segment = StringSegment.objects.filter(source=source).select_related("string", "context").first()
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=site.locales[other],
        context=segment.context,
        data=CONTENT[other]["text"],
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=editor,
    )
    return {
        "code": code,
        "words": words,
        "org": org,
        "editor": editor,
        "news": news,
        "event": event,
        "project": project,
        "draft": draft,
        "image": image,
        "document": document,
        "translation": translation,
    }


# --- the screens -----------------------------------------------------------------------------


def form_data(markup, form_id):
    """What a browser would post from the form as rendered (hidden inputs, defaults, formsets)."""
    form = BeautifulSoup(markup, "html.parser").find("form", id=form_id)
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file", "image"):
            continue
        if field.name == "textarea":
            data[name] = field.string or ""
        elif field.name == "select":
            data[name] = [option.get("value", "") for option in field.find_all("option") if option.has_attr("selected")]
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data[name] = field.get("value", "")
    return data


def image_upload():
    """The same PNG as the section's image (get_test_image_file), as a browser uploads it."""
    return SimpleUploadedFile("photo.png", get_test_image_file().file.getvalue(), content_type="image/png")


def chooser_screens(client, kind, words):
    """A chooser modal: browse (with its upload tab) and search, with a hit and without."""
    base = f"/admin/{kind}/chooser/"
    yield f"{kind} chooser", client.get(base)
    yield f"{kind} chooser search", client.get(f"{base}results/", {"q": words["search_hit"]})
    yield f"{kind} chooser search, nothing found", client.get(f"{base}results/", {"q": words["nothing"]})


def screens(client, section):
    """(screen, response) for every everyday screen, in the order an editor meets them."""
    words, org, news = section["words"], section["org"], section["news"]

    # Submitting a new page for moderation from the add form: the message on the next screen.
    add_url = f"/admin/pages/add/news/newspage/{org.pk}/"
    data = form_data(client.get(add_url).content.decode(), "page-edit-form")
    data.update(title=words["pending"], lead=words["text"], date="2024-05-02", slug="")
    data.update({"action-submit": "1", "body-count": "0"})  # the StreamField, built by its JavaScript
    submitted = client.post(add_url, data, follow=True)
    assert submitted.redirect_chain, submitted.context and submitted.context["form"].errors
    yield "page created and submitted for moderation", submitted
    pending = Page.objects.get(title=words["pending"])
    assert pending.workflow_in_progress

    yield "dashboard", client.get("/admin/")
    yield "explorer of the section", client.get(f"/admin/pages/{org.pk}/")
    for app, model in (("news", "newspage"), ("news", "eventpage"), ("partners", "projectpage")):
        yield f"add {model}", client.get(f"/admin/pages/add/{app}/{model}/{org.pk}/")
    for name in ("news", "event", "project", "draft"):
        yield f"edit {name}", client.get(f"/admin/pages/{section[name].pk}/edit/")
    yield "edit the organisation's page", client.get(f"/admin/pages/{org.pk}/edit/")
    yield "edit a page in moderation (lock banner)", client.get(f"/admin/pages/{pending.pk}/edit/")
    yield "page history", client.get(f"/admin/pages/{news.pk}/history/")
    yield "workflow history", client.get(f"/admin/pages/{pending.pk}/workflow_history/")
    state = pending.current_workflow_state
    yield "workflow history detail", client.get(f"/admin/pages/{pending.pk}/workflow_history/detail/{state.pk}/")

    yield "image index", client.get("/admin/images/")
    yield "image upload", client.get("/admin/images/multiple/add/")
    yield from chooser_screens(client, "images", {**words, "search_hit": words["image"].split()[0]})
    upload = {"files[]": image_upload(), "collection": section["image"].collection_id}
    duplicate = client.post("/admin/images/multiple/add/", upload)
    assert json.loads(duplicate.content).get("duplicate"), duplicate.content[:300]
    yield "duplicate image confirmation", duplicate
    chooser_upload = {"image-chooser-upload-title": words["image"], "image-chooser-upload-file": image_upload()}
    chooser_upload["image-chooser-upload-collection"] = section["image"].collection_id
    yield "duplicate image in the chooser", client.post("/admin/images/chooser/create/", chooser_upload)

    yield "document index", client.get("/admin/documents/")
    yield "document upload", client.get("/admin/documents/multiple/add/")
    yield from chooser_screens(client, "documents", {**words, "search_hit": words["document"].split()[0]})

    yield "page search", client.get("/admin/pages/search/", {"q": words["search_hit"]})
    yield "page search, nothing found", client.get("/admin/pages/search/", {"q": words["nothing"]})
    yield "page search, no query", client.get("/admin/pages/search/")

    target = section["translation"].get_target_instance()
    yield "translation editor", client.get(f"/admin/pages/{target.pk}/edit/")
    yield "account", client.get("/admin/account/")


def content_titles():
    """What editors wrote (in any language): it is not interface."""
    titles = set()
    for title, draft_title in Page.objects.filter(depth__gt=1).values_list("title", "draft_title"):
        titles.update((title, draft_title))
    titles.update(get_image_model().objects.values_list("title", flat=True))
    titles.update(get_document_model().objects.values_list("title", flat=True))
    # Collections are named by partners.sections ("Shared", "Organisations"): data, not interface.
    titles.update(Collection.objects.filter(depth__gt=1).values_list("name", flat=True))
    titles.update(words["nothing"] for words in CONTENT.values())
    titles.update(StringTranslation.objects.values_list("data", flat=True))
    return sorted(filter(None, titles), key=len, reverse=True)


def javascript_catalog_gaps(client):
    """msgids of the admin's and wagtail-localize's JavaScript missing from the catalogs
    /admin/jsi18n/ serves this user (the React translation editor and Wagtail's widgets), and
    of core/static/core/translation-editor.js."""
    gaps = []
    response = client.get("/admin/localize/jsi18n/")
    if "%(source)s to %(target)s translation" not in response.content.decode():
        gaps.append("%(source)s to %(target)s translation")
    for package, url in ((wagtail, "/admin/jsi18n/"), (wagtail_localize, "/admin/localize/jsi18n/")):
        response = client.get(url)
        match = re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S)
        served = json.loads(match.group(1)) if match else {}
        for po in Path(package.__path__[0]).glob("**/locale/de/LC_MESSAGES/djangojs.po"):
            gaps += [entry.msgid for entry in polib.pofile(str(po)) if entry.msgid and entry.msgid not in served]
    return gaps


@pytest.fixture(params=["ka", "az"])
def code(request):
    return request.param


@pytest.mark.django_db
def test_a_member_editor_meets_no_english_on_everyday_admin_screens(client, section, code, settings):
    settings.PAGE_CACHE_SECONDS = 0
    editor = section["editor"]
    assert not editor.is_superuser
    client.force_login(editor)
    if code == "ka":
        names = {editor.username, editor.email}
        detect = lambda texts: georgian_leaks(texts, names)  # noqa: E731
    else:
        english = english_interface_phrases()
        detect = lambda texts: azerbaijani_leaks(texts, english)  # noqa: E731
    leaks, walked = [], []
    for screen, response in screens(client, section):
        assert response.status_code == 200, (screen, response.status_code)
        walked.append(screen)
        texts = without_content(response_texts(response), content_titles())
        leaks += [(screen, text) for text in sorted(detect(texts))]
    assert len(walked) >= 30
    leaks += [("JavaScript catalog", msgid) for msgid in javascript_catalog_gaps(client)]
    assert not leaks, f"{len(leaks)} English interface strings for a {code} editor:\n" + "\n".join(
        f"{screen}: {text}" for screen, text in leaks
    )


@pytest.mark.django_db
def test_locale_labels_and_georgian_statuses_keep_their_case(client, site):
    """Wagtail uppercases its status tags: "English" in the Azerbaijani admin became "ENGLİSH"
    and Georgian statuses turned into Mtavruli. core/static/core/admin.css, on every admin page,
    stops that."""
    user = get_user_model().objects.create_superuser("aysel", "aysel@example.org", PASSWORD)
    client.force_login(user)
    assert 'href="/static/core/admin.css"' in client.get("/admin/").content.decode()
    css = (Path(settings.BASE_DIR) / "core" / "static" / "core" / "admin.css").read_text()
    rule = re.search(r"([^{}]*)\{\s*text-transform:\s*none;\s*\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    selectors = {selector.strip() for selector in rule.group(1).split(",")}
    assert {".w-status--label", 'html[lang="ka"] .w-status'} <= selectors


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
@pytest.mark.parametrize("code", ["ka"])
def test_the_translation_editor_has_no_english_in_a_browser(
    transactional_db, django_db_serialized_rollback, live_server, browser_page, section, code
):
    """Two texts wagtail-localize's React code writes in English ("ქართული to Azərbaycanca
    translation", "More actions") come out in Georgian (core/static/core/translation-editor.js)."""
    from playwright.sync_api import expect

    catalog = DjangoTranslation("ka", domain="djangojs")
    heading = catalog.gettext("%(source)s to %(target)s translation") % {"source": "ქართული", "target": "Azərbaycanca"}
    log_into_admin(browser_page, live_server.url, section["editor"].username, PASSWORD)
    target = section["translation"].get_target_instance()
    browser_page.goto(f"{live_server.url}/admin/pages/{target.pk}/edit/")
    editor = browser_page.locator(".js-translation-editor")
    expect(editor.locator("h3").first).to_have_text(heading)
    expect(editor.locator(".w-sr-only", has_text=catalog.gettext("More actions")).first).to_be_attached()
    text = editor.text_content()
    assert " to " not in text and "More actions" not in text and "translation" not in text
