"""Slugs romanised from Georgian and Azerbaijani titles (core/slugs.py), and made unique on the
server by the page form (core.forms.RomanisedSlugPageForm): an editor never meets a slug clash
with a slug they did not type, and one they typed is explained in their language at the top."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

from core.slugs import romanised_slug
from news.models import NewsPage

from . import factories
from .test_member_sections import news_form

TITLE = "ქალები, მშვიდობა და უსაფრთხოება"
SLUG = "kalebi-mshvidoba-da-usaprtkhoeba"
# What the admin's JavaScript pre-fills from TITLE (WAGTAIL_ALLOW_UNICODE_SLUGS).
UNICODE_SLUG = "ქალები-მშვიდობა-და-უსაფრთხოება"


@pytest.mark.parametrize(
    "title, slug",
    [
        (TITLE, SLUG),
        ("ჭიათურა", "chiatura"),
        # The national system writes ყ as q: Tsqaltubo (the town's older English spelling,
        # "Tskaltubo", is not a romanisation of the letters).
        ("წყალტუბო", "tsqaltubo"),
        ("ყვარელი", "qvareli"),
        ("ღია საზოგადოება", "ghia-sazogadoeba"),
        ("ჟურნალისტები ხევში", "zhurnalistebi-khevshi"),
        ("ფოთი და ქუთაისი", "poti-da-kutaisi"),
        ("ძველი თბილისი, ჯავახეთი, ჰერეთი", "dzveli-tbilisi-javakheti-hereti"),
        ("ᲥᲐᲚᲔᲑᲘ", "kalebi"),
        ("Lənkəranda qadınların iştirakı", "lenkeranda-qadinlarin-ishtiraki"),
        ("Şəki", "sheki"),
        ("İsmayıllı, Ağdam, Göyçay, Gəncə, Xaçmaz", "ismayilli-aghdam-goychay-gence-xachmaz"),
        ("Гражданское общество", "grazhdanskoe-obshchestvo"),
        ("Women, Peace & Security 2024", "women-peace-security-2024"),
    ],
)
def test_titles_are_romanised(title, slug):
    assert romanised_slug(title) == slug


def test_a_long_title_is_cut_at_a_word_boundary():
    title = "სამოქალაქო საზოგადოების ორგანიზაციების კოალიციის წლიური შეხვედრა ქუთაისში, ბათუმში და თელავში"
    slug = romanised_slug(title)
    assert len(slug) <= 80
    assert slug == "samokalako-sazogadoebis-organizatsiebis-koalitsiis-tsliuri-shekhvedra-kutaisshi"
    whole = "-".join(romanised_slug(word) for word in title.replace(",", "").split())
    assert whole.startswith(slug + "-")
    assert romanised_slug("ა" * 200) == "a" * 80


@pytest.mark.parametrize("title", ["🎉🕊️", "\x00", "!!! … ---", "", "   "])
def test_a_title_without_letters_gets_a_fallback(title):
    assert romanised_slug(title) == "page"
    assert romanised_slug(title, fallback="news page") == "news-page"


@pytest.fixture
def section(site):
    org = factories.organisation(site.members["ka"], slug="a", title="ორგანიზაცია ა", acronym="A")
    editor = get_user_model().objects.create_user("editor-a", "editor-a@example.org", "a-long-test-password")
    editor.groups.add(org.editors_group)
    factories.news(org, slug="a-news", title="ა-ს სიახლე")
    return org, editor


def add_url(org):
    return reverse("wagtailadmin_pages:add", args=["news", "newspage", org.pk])


def test_drafts_and_pages_of_the_same_title_get_romanised_unique_slugs(client, section):
    org, editor = section
    client.force_login(editor)
    # A draft with no slug: the server makes it (the editor then abandons it).
    response = client.post(add_url(org), news_form("", TITLE, action="action-save"))
    assert response.status_code == 302
    draft = NewsPage.objects.get(title=TITLE)
    assert draft.slug == SLUG and not draft.live

    # The same title again, with the Unicode slug the admin's JavaScript pre-fills, published.
    response = client.post(add_url(org), news_form(UNICODE_SLUG, TITLE))
    assert response.status_code == 302
    second = NewsPage.objects.exclude(pk=draft.pk).get(title=TITLE)
    assert second.slug == f"{SLUG}-2" and second.live
    assert second.url.endswith(f"/{SLUG}-2/")

    # A third, with an empty slug, published straight away.
    assert client.post(add_url(org), news_form("", TITLE)).status_code == 302
    assert set(NewsPage.objects.filter(title=TITLE).values_list("slug", flat=True)) == {SLUG, f"{SLUG}-2", f"{SLUG}-3"}

    # Saving the abandoned draft again (as autosave does, with the Unicode slug still in the
    # form) keeps its slug rather than clashing with itself.
    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert client.post(edit, news_form(UNICODE_SLUG, TITLE, action="action-save")).status_code == 302
    draft.refresh_from_db()
    assert draft.get_latest_revision_as_object().slug == SLUG


def test_a_typed_slug_is_kept_and_a_published_pages_slug_never_changes(client, section):
    org, editor = section
    client.force_login(editor)
    assert client.post(add_url(org), news_form("my-own-slug", TITLE)).status_code == 302
    page = NewsPage.objects.get(title=TITLE)
    assert page.slug == "my-own-slug"
    # A published page with an old Unicode slug keeps it when edited.
    old = factories.news(org, slug="ძველი-სიახლე", title="ძველი სიახლე")
    edit = reverse("wagtailadmin_pages:edit", args=[old.pk])
    assert client.post(edit, news_form("ძველი-სიახლე", "ძველი სიახლე")).status_code == 302
    old.refresh_from_db()
    assert old.slug == "ძველი-სიახლე" and old.live


@pytest.mark.parametrize(
    "language, message",
    [
        ("ka", "სლაგი „a-news“ უკვე აქვს სხვა გვერდს იმავე ადგილას, შესაძლოა გამოუქვეყნებელ მონახაზს"),
        ("az", "“a-news” qısa adı (slug) artıq eyni yerdəki başqa səhifədədir"),
    ],
)
def test_a_typed_slug_that_clashes_is_explained_at_the_top_in_the_editors_language(client, section, language, message):
    org, editor = section
    if language != "ka":
        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = language
        profile.save()
    client.force_login(editor)
    response = client.post(add_url(org), news_form("a-news", "სხვა სიახლე"))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    # In the banner of messages at the top, not only next to the field on the Promote tab.
    assert html.index(message) < html.index('name="title"')
    assert "is already in use" not in html
    assert not NewsPage.objects.filter(title="სხვა სიახლე").exists()


def test_every_page_type_editors_create_gets_its_slug_made_on_the_server():
    """Organisation, index and home pages too, not just news: every creatable page type's
    admin form is a RomanisedSlugPageForm."""
    from django.apps import apps
    from wagtail.models import Page, get_page_models

    from core.forms import RomanisedSlugPageForm

    assert apps.is_installed("wagtail")
    models = [model for model in get_page_models() if model is not Page and model.is_creatable]
    assert len(models) >= 10
    plain = [
        model.__name__
        for model in models
        if not issubclass(model.get_edit_handler().get_form_class(), RomanisedSlugPageForm)
    ]
    assert not plain
