"""News and events' tags become topics (topics.Topic, a translated vocabulary).

Every tag in use becomes a topic:

- a tag named as an entry of the starting vocabulary (topics/vocabulary.py) in any of its languages
  becomes that topic, created in every language with its names there, so the Georgian, Azerbaijani
  and English tags of the same subject are one topic's translations (slug from the vocabulary);
- any other tag written in Georgian script (or with Azerbaijani letters) becomes a topic of that
  language only: pages of other languages that carried it (tags were synchronised from the source
  page) point at it and show it once it is translated, never in the wrong language;
- any other tag becomes a topic in each language whose pages used it, those linked together as
  translations (its slug romanised from the name).

Pages keep their topics (the live rows, and the latest revision, which the editor opens).
Existing topics with the same slug in a language are reused, so running it again changes nothing.

Backwards: every topic of a page becomes a tag of its name again (the topics stay)."""

import re
import uuid

from django.db import migrations
from django.utils.text import slugify

from core.slugs import romanised_slug
from topics import vocabulary

GEORGIAN = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")
AZERBAIJANI = re.compile("[əƏğĞıİşŞ]")
PAGE_MODELS = (("NewsPage", "NewsPageTag"), ("EventPage", "EventPageTag"))


def _links(apps):
    """[(page model, page id, page locale id, tag id, tag name)] of every tagged news item and event."""
    found = []
    for page_name, through_name in PAGE_MODELS:
        page_model = apps.get_model("news", page_name)
        through = apps.get_model("news", through_name)
        rows = through.objects.order_by("pk").values_list(
            "content_object_id", "content_object__locale_id", "tag_id", "tag__name"
        )
        found += [(page_model, *row) for row in rows]
    return found


class Vocabulary:
    """The topics made so far, by (group, locale id); a group is one topic's translations."""

    def __init__(self, apps):
        self.topic_model = apps.get_model("topics", "Topic")
        locale_model = apps.get_model("wagtailcore", "Locale")
        self.locales = dict(locale_model.objects.values_list("language_code", "pk"))
        self.made = {}
        self.keys = {}

    def topic(self, group, locale_id, name, slug):
        if (group, locale_id) not in self.made:
            existing = self.topic_model.objects.filter(locale_id=locale_id, slug=slug).first()
            key = self.keys.setdefault(group, existing.translation_key if existing else uuid.uuid4())
            self.made[group, locale_id] = existing or self.topic_model.objects.create(
                locale_id=locale_id, name=name[:100], slug=slug, translation_key=key
            )
        return self.made[group, locale_id]

    def free_slug(self, base, group):
        """``base`` or ``base-2``…, whichever no other topic has in any language."""
        taken = set(self.topic_model.objects.filter(slug__startswith=base).values_list("slug", flat=True))
        taken |= {topic.slug for (other, _locale), topic in self.made.items() if other != group}
        candidate, number = base, 1
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        return candidate


def topic_for(vocab, tag_id, name, page_locale_id, slugs):
    """The topic a page of ``page_locale_id`` tagged ``name`` is filed under from now on."""
    entry = vocabulary.entry_named(name)
    if entry is not None:
        group = ("vocabulary", entry[0])
        for code, translated in vocabulary.names(entry).items():
            if code in vocab.locales:
                vocab.topic(group, vocab.locales[code], translated, entry[0])
        return vocab.made.get((group, page_locale_id)) or vocab.topic(group, page_locale_id, name, entry[0])
    group = ("tag", tag_id)
    if group not in slugs:
        # A topic of this name already (the migration run again): the same one.
        existing = vocab.topic_model.objects.filter(name=name[:100]).first()
        if existing is not None:
            vocab.keys[group] = existing.translation_key
        slugs[group] = existing.slug if existing else vocab.free_slug(romanised_slug(name, "topic", 100), group)
    language = "ka" if GEORGIAN.search(name) else "az" if AZERBAIJANI.search(name) else None
    locale_id = vocab.locales.get(language, page_locale_id)
    return vocab.topic(group, locale_id, name, slugs[group])


def tags_to_topics(apps, schema_editor):
    vocab = Vocabulary(apps)
    slugs = {}
    per_page = {}
    for page_model, page_id, locale_id, tag_id, name in _links(apps):
        topic = topic_for(vocab, tag_id, name, locale_id, slugs)
        per_page.setdefault((page_model, page_id), {})[tag_id] = topic
    revision_model = apps.get_model("wagtailcore", "Revision")
    for (page_model, page_id), by_tag in per_page.items():
        page = page_model.objects.get(pk=page_id)
        through = page_model._meta.get_field("topics").remote_field.through
        for topic in by_tag.values():
            through.objects.get_or_create(**{f"{page_model._meta.model_name}_id": page_id, "topic_id": topic.pk})
        # The latest revision (what the editor opens) files the page under the same topics.
        revision = revision_model.objects.filter(pk=page.latest_revision_id).first()
        if revision is not None and isinstance(revision.content, dict):
            tags = [item.get("tag") for item in revision.content.get("tagged_items") or []]
            kept = [by_tag[tag].pk for tag in tags if tag in by_tag]
            revision.content["topics"] = list(dict.fromkeys(kept or [t.pk for t in by_tag.values()]))
            revision.save(update_fields=["content"])


def topics_to_tags(apps, schema_editor):
    tag_model = apps.get_model("taggit", "Tag")
    for page_name, through_name in PAGE_MODELS:
        page_model = apps.get_model("news", page_name)
        through = apps.get_model("news", through_name)
        for page in page_model.objects.prefetch_related("topics"):
            for topic in page.topics.all():
                tag = tag_model.objects.filter(name=topic.name).first()
                if tag is None:
                    base = slugify(topic.name, allow_unicode=True) or "tag"
                    slug, number = base, 1
                    while tag_model.objects.filter(slug=slug).exists():
                        number += 1
                        slug = f"{base}_{number}"
                    tag = tag_model.objects.create(name=topic.name, slug=slug)
                through.objects.get_or_create(content_object_id=page.pk, tag=tag)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_topics"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(tags_to_topics, topics_to_tags)]
