"""Topics: the coalition's shared vocabulary that news and events are filed under, a snippet
translated like the places (one row per language, matched across languages by its Latin slug,
which filter links carry: ``?topic=gender-equality``). Coalition editors manage the vocabulary;
every editor, member editors included, chooses from it.

A translated page may keep pointing at the source language's topics (wagtail-localize
synchronises the field as it is), so pages show ``localized_topics()``: each topic's translation
in the page's language, and none that has no translation there (never a source-language name)."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import relations
from core.slugs import first_free, romanised_slug


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A topic (training, gender equality, local government…). Snippet."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("Latin letters; the same in every language, used in filter links. Made from the name if empty."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    # The admin's chooser and listing filter by locale before searching (and the backend must know the field).
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = free_slug(romanised_slug(self.name, fallback="topic", max_length=100), self)
        super().save(*args, **kwargs)

    def pages_showing_it(self):
        """The pages of its language filed under it, and the listings that offer it as a filter."""
        naming = Page.objects.filter(locale=self.locale_id).filter(relations.with_topic(self))
        return relations.pks(naming) | relations.pks(relations.index_pages_showing("topic", self.locale_id))


def free_slug(base, topic):
    """``base``, or ``base-2``, ``base-3``…: the first no other topic has (its translations share
    their slug, so they do not count)."""
    taken = Topic.objects.filter(slug__startswith=base).exclude(translation_key=topic.translation_key)
    return first_free(base, set(taken.values_list("slug", flat=True)))


def localize_topics(pages):
    """Set each page's topics in its own language (``page.localized_topics()``), read for all the
    pages at once: with ``topics`` prefetched (core.listing.prefetch_per_type), one query for the
    translations, however many pages and languages. (Not prefetched here: a previewed page's
    topics are the form's, in memory.)"""
    # Pairs, not a dict: a previewed new page has no pk to hash.
    chosen = [(page, list(page.topics.all())) for page in pages if hasattr(page, "topics")]
    wanted = {
        (topic.translation_key, page.locale_id)
        for page, topics in chosen
        for topic in topics
        if topic.locale_id != page.locale_id
    }
    found = {}
    if wanted:
        translations = Topic.objects.filter(
            translation_key__in={key for key, _locale in wanted}, locale_id__in={locale for _key, locale in wanted}
        )
        found = {(topic.translation_key, topic.locale_id): topic for topic in translations}
    for page, topics in chosen:
        here = (
            topic if topic.locale_id == page.locale_id else found.get((topic.translation_key, page.locale_id))
            for topic in topics
        )
        page._localized_topics = sorted({t.pk: t for t in here if t is not None}.values(), key=_by_name)
    return pages


def _by_name(topic):
    return topic.name.casefold()


class TopicsMixin:
    """For page models with a ``topics`` field: the page's topics in its own language."""

    def localized_topics(self):
        if not hasattr(self, "_localized_topics"):
            localize_topics([self])
        return self._localized_topics


def topic_for_former_tag(value):
    """The topic an old tag link (``?topic=<the tag's slug>``, before topics were a vocabulary)
    meant: the one whose name makes that slug as taggit made it, in any language; else None."""
    value = (value or "").strip()
    if not value or len(value) > 200 or "\x00" in value:
        return None
    for topic in Topic.objects.order_by("locale_id", "pk").only("slug", "name"):
        if slugify(topic.name, allow_unicode=True) == value:
            return topic
    return None
