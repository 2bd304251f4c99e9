"""Three languages for readers and editors: wagtail-localize translation (API, admin editor,
PO files, snippets), the language switcher, hreflang, the sitemap, feeds, per-language date
formats and 404s."""

from datetime import date, datetime, timedelta
from urllib.parse import urlencode
from xml.etree import ElementTree

import polib
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.publishing import publish
from partners.models import Municipality

from . import factories

AZ_TEXT = {
    "ზუგდიდის საკრებულოს საჯარო სხდომა": "Zuqdidi bələdiyyə şurasının açıq iclası",
    "სხდომას ადგილობრივი ორგანიზაციები დაესწრნენ.": "İclasda yerli təşkilatlar iştirak etdi.",
}


def page_html(client, page_or_url, status=200):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(soup):
    return {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}


def hreflang_links(soup):
    return {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}


def translate_strings(translation_obj, texts):
    """Translate every string segment of a Translation (as a translator would); strings not in
    ``texts`` (the slug) are kept as they are."""
    segments = StringSegment.objects.filter(source=translation_obj.source).select_related("string", "context")
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation_obj.target_locale,
            context=segment.context,
            defaults={"data": texts.get(segment.string.data, segment.string.data)},
        )


@pytest.fixture
def zugdidi(site):
    place = factories.municipality(site.locales["ka"], slug="zugdidi", name="ზუგდიდი")
    return factories.news(
        site.news["ka"],
        slug="zugdidi-council",
        title="ზუგდიდის საკრებულოს საჯარო სხდომა",
        on=date(2024, 5, 1),
        municipalities=[place],
        lead="სხდომას ადგილობრივი ორგანიზაციები დაესწრნენ.",
    )


def test_translating_with_wagtail_localize_creates_the_page_in_the_other_tree_and_resyncs(
    site, zugdidi, django_capture_on_commit_callbacks
):
    # wagtail-localize publishes translations when the transaction commits.
    az = site.locales["az"]
    source, _created = TranslationSource.get_or_create_from_instance(zugdidi)
    job = Translation.objects.create(source=source, target_locale=az)
    translate_strings(job, AZ_TEXT)
    with django_capture_on_commit_callbacks(execute=True):
        job.save_target(publish=True)

    translated = zugdidi.get_translation(az).specific
    assert translated.live and translated.get_parent().pk == site.news["az"].pk
    assert translated.title == "Zuqdidi bələdiyyə şurasının açıq iclası"
    assert translated.lead == "İclasda yerli təşkilatlar iştirak etdi."
    # Synchronised fields follow the source; text fields are translated.
    assert translated.date == date(2024, 5, 1)
    assert list(translated.municipalities.values_list("slug", flat=True)) == ["zugdidi"]
    assert translated.slug == zugdidi.slug

    # The source changes: a new date and lead. Re-syncing carries the date over at once and
    # the new lead once it is translated.
    zugdidi.date = date(2024, 5, 3)
    zugdidi.lead = "სხდომა გადაიდო."
    publish(zugdidi)
    source.update_from_db()
    translate_strings(job, {**AZ_TEXT, "სხდომა გადაიდო.": "İclas təxirə salındı."})
    with django_capture_on_commit_callbacks(execute=True):
        job.save_target(publish=True)
    translated.refresh_from_db()
    assert translated.date == date(2024, 5, 3)
    assert translated.lead == "İclas təxirə salındı."
    assert translated.title == "Zuqdidi bələdiyyə şurasının açıq iclası"


def test_editor_translates_a_news_item_in_the_admin_and_readers_find_it_under_az(
    admin_client, client, site, zugdidi, django_capture_on_commit_callbacks
):
    az = site.locales["az"]
    # "Translate" on the Georgian page, choosing Azerbaijani. (Commit callbacks run, so a
    # publish wagtail-localize might schedule would happen: the new translation stays a draft.)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[zugdidi.pk]),
            {"locales": [az.pk]},
        )
    assert response.status_code == 302
    draft = zugdidi.get_translation(az)
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert not draft.live
    assert client.get("/az/news/zugdidi-council/").status_code == 404

    # The translation editor opens and saves each string through its API, then publishes.
    editor = admin_client.get(response["Location"])
    assert editor.status_code == 200
    job = Translation.objects.get(source__object_id=zugdidi.translation_key, target_locale=az)
    for segment in StringSegment.objects.filter(source=job.source).select_related("string"):
        saved = admin_client.put(
            reverse("wagtail_localize:edit_string_translation", args=[job.pk, segment.pk]),
            urlencode({"value": AZ_TEXT.get(segment.string.data, segment.string.data)}),
            content_type="application/x-www-form-urlencoded",
        )
        assert saved.status_code == 201, saved.content
    with django_capture_on_commit_callbacks(execute=True):
        published = admin_client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"})
    assert published.status_code == 302

    soup = page_html(client, "/az/news/zugdidi-council/")
    assert soup.h1.get_text(strip=True) == "Zuqdidi bələdiyyə şurasının açıq iclası"
    assert switcher_links(soup)["ka"] == "/ka/news/zugdidi-council/"
    assert switcher_links(page_html(client, zugdidi))["az"] == "/az/news/zugdidi-council/"


def test_translator_works_offline_with_a_po_file(
    admin_client, client, site, zugdidi, django_capture_on_commit_callbacks
):
    az = site.locales["az"]
    admin_client.post(reverse("wagtail_localize:submit_page_translation", args=[zugdidi.pk]), {"locales": [az.pk]})
    job = Translation.objects.get(source__object_id=zugdidi.translation_key, target_locale=az)

    download = admin_client.get(reverse("wagtail_localize:download_pofile", args=[job.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid for entry in po} == {*AZ_TEXT, zugdidi.slug}
    for entry in po:
        entry.msgstr = AZ_TEXT.get(entry.msgid, entry.msgid)

    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[job.pk]),
        {"file": SimpleUploadedFile("zugdidi-az.po", str(po).encode(), "text/x-gettext-translation")},
    )
    assert upload.status_code == 302
    draft = zugdidi.get_translation(az)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"})
    assert page_html(client, "/az/news/zugdidi-council/").h1.get_text(strip=True) == AZ_TEXT[zugdidi.title]

    # A file that is not a PO file is refused with a message; nothing is lost.
    broken = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[job.pk]),
        {"file": SimpleUploadedFile("broken.po", b"\x00\xff not a po file", "text/plain")},
        follow=True,
    )
    assert broken.status_code == 200
    assert StringTranslation.objects.filter(locale=az, context__object=job.source.object).count() == len(AZ_TEXT) + 1


def test_municipality_snippets_translate_through_wagtail_localize(admin_client, site):
    kutaisi = factories.municipality(site.locales["ka"])
    response = admin_client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["partners", "municipality", kutaisi.pk]),
        {"locales": [site.locales["az"].pk, site.locales["en"].pk]},
    )
    assert response.status_code == 302
    translations = Municipality.objects.filter(translation_key=kutaisi.translation_key)
    assert {m.locale.language_code for m in translations} == {"ka", "az", "en"}
    # The slug is synchronised: filters and links match places across languages by it.
    assert {m.slug for m in translations} == {"kutaisi"}


@pytest.fixture
def spread(site):
    """News items that exist in three, two and one language."""
    pages = {}
    for count in (3, 2, 1):
        page = factories.news(site.news["ka"], slug=f"in-{count}", title=f"სიახლე {count}")
        for code in ("az", "en")[: count - 1]:
            publish(page.copy_for_translation(site.locales[code]))
        pages[count] = page
    return pages


@pytest.mark.parametrize("count", [3, 2, 1])
def test_switcher_and_hreflang_follow_the_translations_that_exist(client, site, spread, count):
    soup = page_html(client, spread[count])
    existing = ["ka", "az", "en"][:count]
    expected = {code: f"/{code}/news/in-{count}/" for code in existing}
    # The switcher goes to the same page where it exists, otherwise to that language's home page.
    assert switcher_links(soup) == {**{"ka": "/ka/", "az": "/az/", "en": "/en/"}, **expected}
    hreflang = hreflang_links(soup)
    assert {code: url.split("://", 1)[1].split("/", 1)[1] for code, url in hreflang.items()} == {
        **{code: url.lstrip("/") for code, url in expected.items()},
        "x-default": f"ka/news/in-{count}/",
    }
    assert soup.html["lang"] == "ka"
    if count > 1:
        assert page_html(client, f"/az/news/in-{count}/").html["lang"] == "az"


def test_sitemap_lists_every_live_page_of_every_language_with_alternates(client, site, spread):
    draft = factories.news(site.news["az"], slug="draft-only", title="Qaralama")
    draft.unpublish()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = [loc.text for loc in ElementTree.fromstring(index.content).findall("s:sitemap/s:loc", ns)]
    assert [section.split("/")[-1] for section in sections] == ["sitemap-ka.xml", "sitemap-az.xml", "sitemap-en.xml"]
    urls = []
    for section in sections:
        response = client.get("/" + section.split("://", 1)[1].split("/", 1)[1])
        assert response.status_code == 200
        urls += ElementTree.fromstring(response.content).findall("s:url", ns)
    entries = {}
    for url in urls:
        path = "/" + url.find("s:loc", ns).text.split("://", 1)[1].split("/", 1)[1]
        entries[path] = {
            link.get("hreflang"): "/" + link.get("href").split("://", 1)[1].split("/", 1)[1]
            for link in url.findall("x:link", ns)
        }
    live = {page.url for page in Page.objects.live().public().filter(depth__gt=1)}
    assert set(entries) == live
    assert "/az/news/draft-only/" not in entries
    assert entries["/en/news/in-3/"] == {
        "ka": "/ka/news/in-3/",
        "az": "/az/news/in-3/",
        "en": "/en/news/in-3/",
        "x-default": "/ka/news/in-3/",
    }
    assert entries["/az/news/in-2/"] == {"ka": "/ka/news/in-2/", "az": "/az/news/in-2/", "x-default": "/ka/news/in-2/"}
    assert entries["/ka/news/in-1/"] == {"ka": "/ka/news/in-1/", "x-default": "/ka/news/in-1/"}
    assert "/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_single_language_content_is_simply_absent_elsewhere(client, site, spread):
    az_news = page_html(client, site.news["az"].url).get_text()
    assert "სიახლე 1" not in az_news
    # Its switcher entry for az still works: it leads to the Azerbaijani home page.
    assert client.get(switcher_links(page_html(client, spread[1]))["az"]).status_code == 200


def test_news_feeds_per_language_and_per_organisation(client, site):
    wic = factories.organisation(site.members["ka"])
    factories.news(wic, slug="wic-news", title="ქალთა ცენტრის სიახლე", on=date(2024, 3, 1), topics=["გენდერი"])
    factories.news(site.news["ka"], slug="coalition-news", title="კოალიციის სიახლე", on=date(2024, 4, 1))
    factories.news(site.news["az"], slug="az-only", title="Koalisiya xəbəri", on=date(2024, 4, 2))

    rss = ElementTree.fromstring(client.get("/ka/news/feed/").content)
    assert rss.find("channel/language").text == "ka"
    titles = [item.find("title").text for item in rss.findall("channel/item")]
    assert titles == ["კოალიციის სიახლე", "ქალთა ცენტრის სიახლე"]  # newest first, one language
    coalition_item, wic_item = rss.findall("channel/item")
    assert coalition_item.find("{http://purl.org/dc/elements/1.1/}creator").text == site.homes["ka"].title
    assert wic_item.find("{http://purl.org/dc/elements/1.1/}creator").text == wic.title
    assert wic_item.find("category").text == "გენდერი"

    atom = ElementTree.fromstring(client.get("/az/news/feed/atom/").content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert [e.find("a:title", ns).text for e in atom.findall("a:entry", ns)] == ["Koalisiya xəbəri"]

    org_feed = ElementTree.fromstring(client.get(wic.url + "feed/").content)
    assert [item.find("title").text for item in org_feed.findall("channel/item")] == ["ქალთა ცენტრის სიახლე"]
    assert client.get(wic.url + "feed/atom/")["Content-Type"].startswith("application/atom+xml")
    assert 'type="application/rss+xml"' in client.get(wic.url).content.decode()


def test_a_past_event_is_dated_in_feeds_by_its_start_not_by_when_it_was_loaded(client, site):
    from email.utils import parsedate_to_datetime

    start = timezone.make_aware(datetime(2018, 11, 7, 14, 0))
    factories.event(site.news["ka"], slug="workshop-2018", title="სემინარი 2018", start=start)
    upcoming = factories.event(
        site.news["ka"], slug="next-year", title="მომავალი", start=timezone.now() + timedelta(days=300)
    )
    items = {
        item.find("title").text: parsedate_to_datetime(item.find("pubDate").text)
        for item in ElementTree.fromstring(client.get("/ka/news/feed/").content).findall("channel/item")
    }
    assert items["სემინარი 2018"] == start
    # An upcoming event is dated when it was announced, not in the future.
    assert items["მომავალი"] <= timezone.now() and items["მომავალი"].date() == upcoming.first_published_at.date()


@pytest.mark.parametrize(
    "code, expected",
    [
        ("ka", "1 მაისი, 2024"),
        ("az", "1 may 2024"),
        ("en", "May 1, 2024"),
    ],
)
def test_dates_follow_each_language(client, site, code, expected):
    page = factories.news(site.news[code], slug="dated", title="Dated", on=date(2024, 5, 1))
    assert expected in page_html(client, page).select_one("time").get_text()


@pytest.mark.parametrize(
    "url, code",
    [
        ("/xx/news/", "ka"),
        ("/ka/no-such-page/", "ka"),
        ("/az/no-such-page/", "az"),
        ("/en/news/no-such/", "en"),
    ],
)
def test_missing_pages_are_404_pages_in_the_right_language(client, site, url, code):
    response = client.get(url)
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code
    with translation.override(code):
        assert gettext("Page not found") in soup.h1.get_text()


def test_unprefixed_paths_still_redirect_to_the_visitors_language(client, site):
    assert client.get("/news/", HTTP_ACCEPT_LANGUAGE="az")["Location"] == "/az/news/"
    assert client.get("/search/")["Location"] == "/ka/search/"
    assert client.get("/news/feed/")["Location"] == "/ka/news/feed/"


@pytest.mark.parametrize(
    "code, expected",
    [
        ("ka", "1\xa0250\xa0000 EUR"),
        ("az", "1\xa0250\xa0000 EUR"),
        ("en", "1,250,000 EUR"),
    ],
)
def test_amounts_follow_each_language(client, site, code, expected):
    donor = factories.donor(site.donors[code])
    org = factories.organisation(site.members[code])
    factories.project(org, donors=[(donor, "1250000", "EUR")])
    assert expected in page_html(client, donor).select_one(".amount").get_text()


@pytest.mark.django_db
def test_every_language_has_its_locale_right_after_migrate():
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) == {"ka", "az", "en"}
    assert Locale.get_default().language_code == "ka"
