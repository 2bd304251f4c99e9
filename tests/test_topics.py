"""Topics as a translated vocabulary (topics/): a translated page shows its own language's topic
names, listings filter by the topic's slug (old tag links are sent on), member editors choose
topics and coalition staff manage them, and the migration that turned tags into topics."""

import importlib
import re
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from home.demo import data as demo_data
from news.models import EventPage, NewsPage
from partners.sections import COALITION_EDITORS, ensure_coalition_groups
from search_page.query import search_pages
from topics import vocabulary
from topics.models import Topic

from . import factories, two_sections
from .conftest import make_site

GEORGIAN_LETTER = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf]")
MIGRATION = "news.migrations.0005_tags_to_topics"


@pytest.fixture(autouse=True)
def _uncached(settings):
    settings.PAGE_CACHE_SECONDS = 0


# --- The vocabulary ----------------------------------------------------------------------


def test_the_vocabulary_names_every_topic_in_each_language_and_the_demo_uses_it():
    slugs = [entry[0] for entry in vocabulary.TOPICS]
    assert len(slugs) == len(set(slugs))
    for slug, ka, az, en in vocabulary.TOPICS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
        assert GEORGIAN_LETTER.search(ka) and not re.search("[A-Za-z]", ka.replace("1325", "")), ka
        assert az and not GEORGIAN_LETTER.search(az), az
        assert en.isascii(), en
        assert vocabulary.entry_named(az)[0] == vocabulary.entry_named(en.upper())[0] == slug
    assert vocabulary.entry_named(" Təlim ")[0] == "training"
    used = {slug for item in [*demo_data.NEWS, *demo_data.EVENTS] for slug in item.get("topics", [])}
    assert used and used <= set(slugs)


def test_a_topic_gets_a_latin_slug_its_translations_share(site):
    ka, az = site.locales["ka"], site.locales["az"]
    rights = factories.topic(ka, "ადამიანის უფლებები")
    assert rights.slug == "adamianis-uplebebi"
    translation = rights.copy_for_translation(az)
    translation.name = "insan hüquqları"
    translation.save()
    assert translation.slug == rights.slug
    # Another topic of the same name (another meaning, say) gets a slug of its own.
    assert factories.topic(ka, "ადამიანის უფლებები").slug == "adamianis-uplebebi-2"
    assert factories.topic(az, "insan hüquqları").slug == "insan-huquqlari"


# --- A translated page shows its language's names --------------------------------------------


@pytest.fixture
def translated(site):
    """A Georgian news item and an event on two topics, translated to Azerbaijani through
    wagtail-localize (which keeps the Georgian topics on the translation); one topic is
    translated, the other is not."""
    ka, az = site.locales["ka"], site.locales["az"]
    training = factories.topic(ka, "ტრენინგი", "training")
    factories.topic(az, "təlim", source=training)
    ecology = factories.topic(ka, "ეკოლოგია", "ecology")
    news = factories.news(site.news["ka"], "training-news", "ტრენინგი ქუთაისში", topics=[training, ecology])
    event = factories.event(site.news["ka"], "training-event", "ტრენინგის დღე", topics=[training])
    pages = {}
    for page in (news, event):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = source.create_or_update_translation(az, publish=False, fallback=True)
        pages[type(page)] = factories.publish(translation)
    return pages


def test_the_translation_keeps_the_source_topics_but_shows_its_own_names(client, site, translated):
    az_news = translated[NewsPage]
    assert {topic.locale_id for topic in az_news.topics.all()} == {site.locales["ka"].pk}  # synchronised as is
    assert [topic.name for topic in az_news.localized_topics()] == ["təlim"]  # never a Georgian name
    html = client.get(az_news.url).content.decode()
    assert "təlim" in html and "?topic=training" in html
    assert "ტრენინგი</a>" not in html and "ეკოლოგია" not in html
    source_html = client.get(NewsPage.objects.get(slug="training-news", locale=site.locales["ka"]).url).content
    assert "ეკოლოგია" in source_html.decode()
    assert "təlim" in client.get(translated[EventPage].url).content.decode()


def test_api_feed_and_search_use_the_page_language(client, site, translated):
    found = client.get("/api/v2/pages/?type=news.NewsPage&fields=topics&locale=az").json()["items"]
    assert [item["topics"] for item in found] == [[{"slug": "training", "name": "təlim"}]]
    feed = ElementTree.fromstring(client.get("/az/news/feed/").content)
    assert {category.text for category in feed.iter("category")} == {"təlim"}
    found = {page.pk for page in search_pages("təlim", site.locales["az"])}
    assert found == {page.pk for page in translated.values()}


# --- Listings ----------------------------------------------------------------------------------


def listing_titles(response):
    return [item.title for item in response.context["page_obj"].object_list]


def test_the_listing_filters_by_topic_in_each_language(client, site, translated):
    response = client.get("/az/news/?topic=training")
    assert response.status_code == 200
    assert sorted(listing_titles(response)) == sorted(page.title for page in translated.values())
    # The filter offers the language's own topics, by name, and only translated ones.
    choices = [(str(value), label) for value, label in response.context["filter_form"].fields["topic"].choices]
    assert choices[1:] == [("training", "təlim")]
    ka = client.get("/ka/news/?topic=ecology")
    assert listing_titles(ka) == ["ტრენინგი ქუთაისში"]
    for bad in ("x" * 5000, "%00", "<script>", "ecology-x"):
        assert client.get(f"/ka/news/?topic={bad}").status_code in (200, 400)


def test_old_tag_links_lead_to_the_topic(client, site, translated):
    # Tag slugs were the tag's name as a Unicode slug; a Georgian tag sat on Azerbaijani pages too.
    response = client.get("/az/news/?topic=ტრენინგი&year=2024")
    assert response.status_code == 301
    assert response["Location"] == "/az/news/?topic=training&year=2024"
    assert client.get("/ka/news/?topic=ეკოლოგია")["Location"] == "/ka/news/?topic=ecology"
    assert client.get("/ka/news/?topic=არაფერი").status_code == 200


def test_a_draft_in_another_section_neither_shows_nor_offers_its_topic(client, site):
    s = two_sections.build(site)
    secret = factories.topic(site.locales["ka"], "საიდუმლო თემა", "secret-topic")
    s.draft.topics.set([secret])
    s.draft.save()
    response = client.get("/ka/news/?topic=secret-topic")
    assert s.draft.title not in response.content.decode()
    assert "საიდუმლო თემა" not in response.content.decode()


# --- Admin: who chooses, who manages -----------------------------------------------------------


def test_member_editors_choose_topics_and_cannot_manage_them(client, site):
    s = two_sections.build(site)
    ka = site.locales["ka"]
    training = factories.topic(ka, "ტრენინგი", "training")
    factories.topic(site.locales["az"], "təlim", source=training)
    client.login(username=s.editor_a.username, password=two_sections.PASSWORD)

    add_url = f"/admin/pages/add/news/newspage/{s.a.pk}/"
    html = client.get(add_url).content.decode()
    assert 'name="topics"' in html and "ტრენინგი" in html and "təlim" not in html  # the page's language only
    data = {
        "title": "ახალი ტრენინგი",
        "date": "2024-05-02",
        "lead": "მოკლედ.",
        "body-count": "0",
        "topics": [str(training.pk)],
        "action-publish": "publish",
    }
    for prefix in ("project_links", "comments"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
        data.update({f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
    response = client.post(add_url, data)
    assert response.status_code == 302
    page = NewsPage.objects.get(title="ახალი ტრენინგი")
    assert page.live and list(page.topics.all()) == [training]

    # The topic chooser searches for them as for everyone.
    results = client.get(reverse("wagtailsnippetchoosers_topics_topic:choose_results"), {"q": "ტრენ", "locale": "ka"})
    assert results.status_code == 200 and "ტრენინგი" in results.content.decode()
    for query in ("\x00", "ტ" * 500, "%_'\"<>"):
        assert client.get(reverse("wagtailsnippetchoosers_topics_topic:choose_results"), {"q": query}).status_code in (
            200,
            400,
        )
    # Managing the vocabulary is the coalition's: refused (Wagtail answers a redirect to the dashboard).
    assert client.get(reverse("wagtailsnippets_topics_topic:add")).status_code == 302
    assert client.post(reverse("wagtailsnippets_topics_topic:add"), {"name": "ახალი"}).status_code == 302
    assert client.post(reverse("wagtailsnippets_topics_topic:delete", args=[training.pk])).status_code == 302
    assert Topic.objects.count() == 2


def test_coalition_editors_manage_topics(client, site):
    ensure_coalition_groups()
    user = two_sections.editor(Group.objects.get(name=COALITION_EDITORS), "coalition-editor", "Nino")
    client.login(username=user.username, password=two_sections.PASSWORD)
    listing = client.get(reverse("wagtailsnippets_topics_topic:list"))
    assert listing.status_code == 200
    response = client.post(
        reverse("wagtailsnippets_topics_topic:add") + "?locale=ka",
        {"name": "სოციალური დაცვა", "slug": ""},
    )
    assert response.status_code == 302
    topic = Topic.objects.get(name="სოციალური დაცვა")
    assert (topic.slug, topic.locale.language_code) == ("sotsialuri-datsva", "ka")


# --- The migration from tags ---------------------------------------------------------------


def _state_with_tags():
    """The database as before the tags were converted (news 0004): the tag tables back, empty."""
    executor = MigrationExecutor(connection)
    executor.migrate([("news", "0004_topics")])
    return executor.loader.project_state([("news", "0004_topics")]).apps


# Migrating backwards and forwards needs a transactional test. Like the live-server tests it asks
# for django_db_serialized_rollback, so the migrations' rows come back after its flush (with the
# content types' ids the cache and the demo database know; tests/conftest.py).
@pytest.mark.django_db(transaction=True)
def test_the_migration_turns_tags_into_translated_topics(django_db_serialized_rollback):
    site = make_site()
    ka_training = factories.news(site.news["ka"], "ka-training", "ტრენინგი")
    az_training = factories.news(site.news["az"], "az-training", "Təlim")
    az_synced = factories.news(site.news["az"], "az-synced", "Sinxron")
    en_other = factories.event(site.news["en"], "en-other", "Other")
    try:
        apps = _state_with_tags()
        tag = apps.get_model("taggit", "Tag")
        tagged = {
            "NewsPage": apps.get_model("news", "NewsPageTag"),
            "EventPage": apps.get_model("news", "EventPageTag"),
        }
        names = ["ტრენინგი", "Təlim", "ქალაქის ბაღები", "community radio"]
        tags = {name: tag.objects.create(name=name, slug=f"tag-{n}") for n, name in enumerate(names)}
        for page, page_tags in (
            (ka_training, ["ტრენინგი", "ქალაქის ბაღები"]),
            (az_training, ["Təlim"]),
            (az_synced, ["ტრენინგი", "ქალაქის ბაღები"]),  # a Georgian tag synchronised to a translation
            (en_other, ["community radio"]),
        ):
            for name in page_tags:
                tagged[type(page).__name__].objects.create(content_object_id=page.pk, tag=tags[name])

        migration = importlib.import_module(MIGRATION)
        migration.tags_to_topics(apps, None)
        migration.tags_to_topics(apps, None)  # run again: nothing new

        by_slug = {}
        for topic in Topic.objects.select_related("locale"):
            by_slug.setdefault(topic.slug, {})[topic.locale.language_code] = topic
        # A vocabulary topic in every language, one translation key; the Georgian and the
        # Azerbaijani tag of the same subject are the same topic.
        assert {code: t.name for code, t in by_slug["training"].items()} == {
            "ka": "ტრენინგი",
            "az": "təlim",
            "en": "training",
        }
        assert len({t.translation_key for t in by_slug["training"].values()}) == 1
        # Unknown Georgian tag: a Georgian topic only; a Latin one: a topic of the language using it.
        assert {code: t.name for code, t in by_slug["kalakis-baghebi"].items()} == {"ka": "ქალაქის ბაღები"}
        assert {code: t.name for code, t in by_slug["community-radio"].items()} == {"en": "community radio"}
        assert Topic.objects.count() == 5

        def names_on(page):
            page = type(page).objects.get(pk=page.pk)
            return sorted(t.name for t in page.localized_topics()), sorted(t.slug for t in page.topics.all())

        assert names_on(ka_training) == (["ტრენინგი", "ქალაქის ბაღები"], ["kalakis-baghebi", "training"])
        assert names_on(az_training) == (["təlim"], ["training"])
        # The synchronised page shows its own language's name, and no Georgian one.
        assert names_on(az_synced) == (["təlim"], ["kalakis-baghebi", "training"])
        assert names_on(en_other) == (["community radio"], ["community-radio"])
        # The editor opens the latest revision: it has the topics too.
        revision = Page.objects.get(pk=az_synced.pk).latest_revision
        revision.refresh_from_db()
        assert sorted(revision.content["topics"]) == sorted(t.pk for t in az_synced.topics.all())
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    assert "news_newspagetag" not in connection.introspection.table_names()
