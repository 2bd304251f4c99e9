"""No translation goes live with source-language text unless the editor accepts it
(core/translation_completeness.py, partners/isolation/translations.py)."""

import json

import pytest
from django.urls import reverse
from django.utils.translation import override
from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from core import translation_completeness as completeness
from core.blocks import BodyBlock

from . import factories, two_sections
from .test_member_sections import denied

BODY = json.dumps(
    [
        {"type": "heading", "value": "ახალი ცენტრი"},
        {"type": "paragraph", "value": "<p>პირველი აბზაცი.</p>"},
        {"type": "paragraph", "value": "<p>მეორე აბზაცი.</p><p>კიდევ ერთი წინადადება.</p>"},
        {"type": "quote", "value": {"text": "ციტატა", "attribute_name": "ნინო"}},
    ]
)
# The fields as the page editor names them, in the editor's language.
LEAD = {"ka": "მოკლე შესავალი", "az": "Qısa giriş"}
SECOND_PARAGRAPH = {"ka": "ძირითადი ტექსტი → აბზაცი 2", "az": "Əsas mətn → Abzas 2"}
BODY_FIELD = {"ka": "ძირითადი ტექსტი", "az": "Əsas mətn"}
SAID_BY = {"ka": "ციტატის ავტორი", "az": "Sitatın müəllifi"}
NOTICE_TITLE = {"ka": "უთარგმნელი ველები", "az": "Tərcümə olunmamış sahələr"}
ACCEPT_BUTTON = {
    "ka": "გამოქვეყნება ამ ველებში ორიგინალის ენის ტექსტით",
    "az": "Bu sahələrdə orijinalın dilindəki mətnlə dərc et",
}


@pytest.fixture
def s(site):
    return two_sections.build(site)


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def start_translation(client, page, locale):
    """As an editor would: "Translate this page" into ``locale``; the translated draft exists."""
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)
    return translation, page.get_translation(locale).specific


def translate(translation, skip=()):
    """Translate every text segment but those whose content path starts with one of ``skip``."""
    for segment in translation.source.stringsegment_set.select_related("context", "string"):
        if segment.context.path.startswith(tuple(skip)) if skip else False:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": f"az: {segment.string.data}"},
        )


def paragraph_path(page, number):
    """The content path of the ``number``-th block of the source's body."""
    return f"body.{page.body[number - 1].id}"


def publish(client, page, **extra):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish", **extra})


def accept_fields(response):
    """The hidden inputs of the notice's "publish with source-language text" form."""
    form = response.context
    fields = [(name, value) for name, value in form["carried"]]
    fields.append((form["accept_field"], "1"))
    fields += [(form["accepted_segments"], token) for token in form["accepted_tokens"]]
    data = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    return data


def public_url(page):
    return page.get_parent().url + page.slug + "/"


def acceptances(page):
    return PageLogEntry.objects.filter(page=page, action=completeness.LOG_ACTION)


@pytest.fixture
def a_news(s):
    return factories.news(s.a, slug="centre", title="ახალი ცენტრი", lead="მოკლე შესავალი ტექსტი", body=BODY)


@pytest.mark.parametrize("language", ["ka", "az"])
def test_an_incomplete_translation_is_not_published_and_the_notice_names_its_fields(
    client, s, a_news, language, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    speaks(s.editor_a, language)
    client.force_login(s.editor_a)
    translation, target = start_translation(client, a_news, s.az)
    translate(translation, skip=("lead", paragraph_path(a_news, 3), paragraph_path(a_news, 4) + ".attribute_name"))

    with django_assert_max_num_queries(60):
        response = publish(client, target)

    assert response.status_code == 200
    assert response.templates[0].name == "translation_publishing/untranslated_fields.html"
    body = response.content.decode()
    fields = response.context["items"][0]["fields"]
    # Both untranslated paragraphs of the second paragraph block are one field.
    with override(language):  # the quote block's own label, as the page editor shows it
        quote = str(BodyBlock.base_blocks["quote"].label)
    quote_author = f"{BODY_FIELD[language]} → {quote} 1 → {SAID_BY[language]}"
    assert fields == [LEAD[language], SECOND_PARAGRAPH[language], quote_author]
    for field in fields:
        assert field in body
    assert NOTICE_TITLE[language] in body and ACCEPT_BUTTON[language] in body
    assert reverse("wagtailadmin_pages:edit", args=[target.pk]) in body  # "go back and translate"
    target.refresh_from_db()
    assert not target.live and not acceptances(target).exists()
    client.logout()
    assert client.get(public_url(target)).status_code == 404


def test_accepting_publishes_and_records_the_acceptance(
    client, s, a_news, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0
    speaks(s.editor_a, "ka")
    client.force_login(s.editor_a)
    translation, target = start_translation(client, a_news, s.az)
    translate(translation, skip=("lead",))
    notice = publish(client, target)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), accept_fields(notice))

    assert response.status_code == 302
    target.refresh_from_db()
    assert target.live
    entry = acceptances(target).get()
    assert entry.user == s.editor_a and entry.data["fields"] == [LEAD["ka"]]
    assert entry.revision_id == target.live_revision_id
    # The source-language lead is what readers see, as accepted.
    client.logout()
    response = client.get(public_url(target))
    assert response.status_code == 200
    page = response.content.decode()
    assert "მოკლე შესავალი ტექსტი" in page and "az: ახალი ცენტრი" in page
    # The page's history says so, in the reader's admin language.
    client.force_login(s.editor_a)
    history = client.get(reverse("wagtailadmin_pages:history", args=[target.pk])).content.decode()
    assert "ორიგინალის ენის ტექსტი" in history and LEAD["ka"] in history


def test_an_acceptance_covers_only_the_fields_the_editor_saw(client, s, a_news, django_capture_on_commit_callbacks):
    speaks(s.editor_a, "en")
    client.force_login(s.editor_a)
    translation, target = start_translation(client, a_news, s.az)
    translate(translation, skip=("lead",))
    notice = publish(client, target)
    # Meanwhile a translated paragraph loses its translation.
    segment = translation.source.stringsegment_set.get(context__path=paragraph_path(a_news, 2))
    StringTranslation.objects.filter(context=segment.context, locale=s.az).delete()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), accept_fields(notice))

    assert response.status_code == 200
    assert response.context["items"][0]["fields"] == ["Lead", "Body → Paragraph 1"]
    target.refresh_from_db()
    assert not target.live
    # A forged acceptance without the segments is no acceptance either.
    with django_capture_on_commit_callbacks(execute=True):
        response = publish(client, target, **{completeness.ACCEPT_FIELD: "1"})
    assert response.status_code == 200
    target.refresh_from_db()
    assert not target.live


def test_a_complete_translation_publishes_straight_away(client, s, a_news, django_capture_on_commit_callbacks):
    client.force_login(s.editor_a)
    translation, target = start_translation(client, a_news, s.az)
    translate(translation)  # the slug may stay the source's

    with django_capture_on_commit_callbacks(execute=True):
        response = publish(client, target)

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[target.pk])
    target.refresh_from_db()
    assert target.live and target.title == "az: ახალი ცენტრი"
    assert not acceptances(target).exists()
    assert completeness.untranslated_fields(translation) == []


def test_another_organisations_translation_is_refused_as_before(client, s, django_capture_on_commit_callbacks):
    """A's editor cannot publish B's draft translation, with or without an acceptance."""
    client.force_login(s.editor_a)
    tokens = [f"{s.translation.pk}:{pk}" for pk in s.source.stringsegment_set.values_list("pk", flat=True)]
    for extra in ({}, {completeness.ACCEPT_FIELD: "1", "accepted_segments": tokens}):
        with django_capture_on_commit_callbacks(execute=True):
            response = publish(client, s.draft_az, **extra)
        assert denied(response)
        assert two_sections.SECRET not in response.content.decode()
    assert not Page.objects.get(pk=s.draft_az.pk).live
    assert not PageLogEntry.objects.filter(page=s.draft_az, action=completeness.LOG_ACTION).exists()


def test_saving_translations_and_drafts_is_unaffected(client, s, a_news):
    client.force_login(s.editor_a)
    translation, target = start_translation(client, a_news, s.az)
    segment = translation.source.stringsegment_set.get(context__path="lead")
    url = reverse(
        "wagtail_localize:edit_string_translation",
        kwargs={"translation_id": translation.pk, "string_segment_id": segment.pk},
    )
    # The translation editor saves each string as it is typed, whatever is left untranslated.
    response = client.put(url, "value=qısa+giriş", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 201
    assert "lead" not in [s.context.path for s in completeness.untranslated_segments(translation)]
    # The editor still opens; a sync without publishing updates the draft translation.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).status_code == 200
    source = TranslationSource.objects.get_for_instance(a_news)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert response.status_code == 302
    target.refresh_from_db()
    assert not target.live


def test_sync_and_publish_holds_incomplete_translations_until_accepted(
    client, s, a_news, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0
    speaks(s.editor_a, "az")
    client.force_login(s.editor_a)
    translation, target = start_translation(client, a_news, s.az)
    source = TranslationSource.objects.get_for_instance(a_news)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})

    assert response.status_code == 200
    item = response.context["items"][0]
    assert item["language"] and item["fields"][0] == "Başlıq" and LEAD["az"] in item["fields"]
    target.refresh_from_db()
    assert not target.live

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, accept_fields(response))
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.live
    assert acceptances(target).get().data["fields"][0] == "Başlıq"


def test_sync_and_publish_publishes_complete_translations_at_once(
    client, s, a_news, django_capture_on_commit_callbacks
):
    client.force_login(s.editor_a)
    translation, target = start_translation(client, a_news, s.az)
    translate(translation)
    source = TranslationSource.objects.get_for_instance(a_news)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.live and target.title == "az: ახალი ცენტრი"


def test_a_moderated_section_submits_an_incomplete_translation_only_when_accepted(
    client, s, django_capture_on_commit_callbacks
):
    speaks(s.editor_b, "ka")
    client.force_login(s.editor_b)
    url = reverse("wagtail_localize:update_translations", args=[s.source.pk])

    response = client.post(url, {"publish_translations": "on"})

    assert response.status_code == 200 and response.context["submit"]
    assert "გაგზავნა ამ ველებში ორიგინალის ენის ტექსტით" in response.content.decode()
    draft_az = Page.objects.get(pk=s.draft_az.pk).specific
    assert not draft_az.workflow_in_progress

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, accept_fields(response)).status_code == 302
    draft_az = Page.objects.get(pk=s.draft_az.pk).specific
    assert draft_az.workflow_in_progress and not draft_az.live
    assert acceptances(draft_az).get().data["submitted"] is True


@pytest.mark.parametrize(("language", "label"), [("ka", "ამ გვერდის თარგმნა"), ("az", "Bu səhifəni tərcümə et")])
def test_the_page_editor_offers_translate_to_a_member_editor(client, s, a_news, language, label):
    speaks(s.editor_a, language)
    client.force_login(s.editor_a)
    body = client.get(reverse("wagtailadmin_pages:edit", args=[a_news.pk])).content.decode()
    assert reverse("wagtail_localize:submit_page_translation", args=[a_news.pk]) in body
    assert label in body


def test_a_snippet_translation_is_held_the_same_way(client, site, django_capture_on_commit_callbacks):
    """A place translated in the snippet's translation editor: "publish" with its name
    untranslated shows the notice and saves nothing until accepted."""
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("coalition", "c@example.org", two_sections.PASSWORD)
    speaks(admin, "az")
    place = factories.municipality(site.locales["ka"], slug="lagodekhi", name="ლაგოდეხი")
    source, _created = TranslationSource.get_or_create_from_instance(place)
    translation = Translation.objects.create(source=source, target_locale=site.locales["az"])
    translation.save_target(user=admin)  # a place has no drafts: saved as it is
    place_az = type(place).objects.get(translation_key=place.translation_key, locale=site.locales["az"])
    client.force_login(admin)
    url = reverse("wagtailsnippets_partners_municipality:edit", args=[place_az.pk])

    notice = client.post(url, {"action": "publish"})
    assert notice.status_code == 200 and notice.context["items"][0]["fields"] == ["Ad"]

    StringTranslation.objects.create(
        translation_of=source.stringsegment_set.get().string,
        locale=site.locales["az"],
        context=source.stringsegment_set.get().context,
        data="Laqodexi",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"action": "publish"}).status_code == 302
    place_az.refresh_from_db()
    assert place_az.name == "Laqodexi"


def test_bulk_publish_lists_incomplete_translations_instead(client, s, a_news, django_capture_on_commit_callbacks):
    """The explorer's bulk "Publish" would put the translation's draft live as it is."""
    speaks(s.editor_a, "ka")
    client.force_login(s.editor_a)
    translation, target = start_translation(client, a_news, s.az)
    translate(translation, skip=("lead",))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={target.pk}"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)

    assert response.status_code == 200 and not response.context["can_accept"]
    assert response.context["items"][0]["fields"] == [LEAD["ka"]]
    assert ACCEPT_BUTTON["ka"] not in response.content.decode()
    target.refresh_from_db()
    assert not target.live

    translate(translation)
    translation.save_target(user=s.editor_a, publish=False)  # the draft now has every field
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    target.refresh_from_db()
    assert target.live
