"""Is a translation complete, and if not, which fields still show the source language?

wagtail-localize publishes a translation whatever is left untranslated: each missing string
falls back to the source language's text. The publishing views ask this module before they
publish (``partners/isolation/translations.py``), and name the fields the way the page editor
does ("Lead", "Body → Paragraph 3", "Body → Quote 1 → Said by"), in the editor's language.

A translation counts as complete when every text segment of its source has a translation in
the target language (a translation with an error counts as missing, as wagtail-localize
treats it). The slug is left out: readers do not read it, and wagtail-localize keeps the
source's slug when none is given, as every translation starts out.
"""

from typing import NamedTuple

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.fields import StreamField
from wagtail.log_actions import LogFormatter

# Text segments that never make a translation incomplete (see above).
IGNORED_FIELDS = frozenset({"slug"})
ACCEPT_FIELD = "accept_source_text"
LOG_ACTION = "coalition.translation.source_text_accepted"
SEPARATOR = " → "


def untranslated_segments(translation):
    """The source's text segments without a usable translation in the target language."""
    return (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .exclude(context__path__in=IGNORED_FIELDS)
        .select_related("context")
        .order_by("order")
    )


class Untranslated(NamedTuple):
    """What a translation still lacks: its segments' ids (what an acceptance covers) and the
    fields they are in, as the page editor labels them."""

    segment_ids: frozenset
    fields: list


def untranslated(translation):
    """The segments and fields (labels in the page editor's order and the active language) with
    untranslated text; a rich-text block with several untranslated paragraphs is named once."""
    segments = list(untranslated_segments(translation))
    labels = []
    if segments:
        instance = translation.source.as_instance()
        for segment in segments:
            label = field_label(instance, segment.context.path)
            if label not in labels:
                labels.append(label)
    return Untranslated(frozenset(segment.pk for segment in segments), labels)


def untranslated_fields(translation):
    return untranslated(translation).fields


def field_label(instance, content_path):
    """ "Lead", "Body → Paragraph 2" (the second paragraph), "Results → 1 → Indicator"."""
    name, *rest = content_path.split(".")
    try:
        field = instance._meta.get_field(name)
    except LookupError:
        return name
    if isinstance(field, StreamField) and rest:
        return SEPARATOR.join([_capfirst(field.verbose_name), *_block_labels(getattr(instance, name), rest)])
    if isinstance(field, models.ManyToOneRel) and isinstance(field.remote_field, ParentalKey) and rest:
        return SEPARATOR.join(_child_labels(instance, field, rest))
    return _capfirst(getattr(field, "verbose_name", name))


def _block_labels(stream, path):
    """["Paragraph 2"] or ["Quote 1", "Said by"] for the block with id ``path[0]``."""
    block_id, *rest = path
    counts = {}
    for block in stream:
        counts[block.block_type] = counts.get(block.block_type, 0) + 1
        if block.id == block_id:
            labels = [f"{_capfirst(block.block.label)} {counts[block.block_type]}"]
            child_blocks = getattr(block.block, "child_blocks", {})
            if rest and rest[0] in child_blocks:
                labels.append(_capfirst(child_blocks[rest[0]].label))
            return labels
    return []


def _child_labels(instance, relation, path):
    """["Results", "2", "Indicator"] for an inline panel's child (a translatable child model)."""
    child_key, *rest = path
    model = relation.related_model
    labels = [_capfirst(model._meta.verbose_name_plural)]
    children = list(getattr(instance, relation.get_accessor_name()).all())
    for position, child in enumerate(children, start=1):
        if str(getattr(child, "translation_key", "")) == child_key:
            labels.append(str(position))
            break
    if rest:
        try:
            labels.append(_capfirst(model._meta.get_field(rest[0]).verbose_name))
        except LookupError:
            pass
    return labels


def _capfirst(text):
    """Django's capfirst, without its two mistakes here: Georgian has no capitals (upper() turns
    Mkhedruli into Mtavruli), and an Azerbaijani "i" becomes "İ", not "I"."""
    text = str(text)
    if not text or "\u10d0" <= text[0] <= "\u10ff":
        return text
    if text[0] == "i" and (get_language() or "").startswith("az"):
        return "İ" + text[1:]
    return text[0].upper() + text[1:]


class AcceptedSourceTextFormatter(LogFormatter):
    """The history line that records an editor's acceptance of source-language text."""

    label = _("Source-language text accepted")

    def format_message(self, log_entry):
        fields = ", ".join(log_entry.data.get("fields", []))
        if log_entry.data.get("submitted"):
            return _("Submitted for moderation with source-language text accepted in: %(fields)s") % {"fields": fields}
        return _("Published with source-language text accepted in: %(fields)s") % {"fields": fields}


def register_log_action(actions):
    """For the ``register_log_actions`` hook."""
    actions.register_action(LOG_ACTION)(AcceptedSourceTextFormatter)
