"""The synonyms vocabulary: groups of equivalent terms that searches expand to (search.synonyms).

One group holds a name in every language and spelling at once (``USAID``, ``აშშ-ის საერთაშორისო
განვითარების სააგენტო``, ``ABŞ Beynəlxalq İnkişaf Agentliyi``, ``United States Agency for
International Development``), and every language's search uses every group. It is deliberately
not translatable (no wagtail-localize copy per locale): readers type names in other languages than
the site's (the English name or acronym on the Georgian site), so a Georgian search needs the
Azerbaijani and English names as much as the Georgian ones; per-locale copies of one group would
only drift apart. The vocabulary is shared by all organisations, so only coalition staff manage it
(partners.sections gives their groups its permissions).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from search.synonyms import MAX_TERM_LENGTH, MAX_TERM_WORDS, MAX_TERMS, split_terms, term_word_count


class SynonymGroup(models.Model):
    """A group of equivalent terms, one per line. Snippet (search.wagtail_hooks)."""

    terms = models.TextField(
        _("equivalent terms"),
        help_text=_(
            "One per line: a word, a name, a phrase or an acronym, in any language or spelling. "
            "A search for any of them also finds pages that use another."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [FieldPanel("terms")]

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms")
        ordering = ["terms"]

    def __str__(self):
        return " / ".join(self.term_list()[:3])

    def term_list(self):
        return split_terms(self.terms)

    def name(self):
        terms = self.term_list()
        return terms[0] if terms else ""

    name.short_description = _("term")

    def equivalents(self):
        return " / ".join(self.term_list()[1:])

    equivalents.short_description = _("equivalents")

    def clean(self):
        terms = split_terms(self.terms)
        if len(terms) < 2:
            raise ValidationError({"terms": _("Give at least two different terms, one per line.")})
        if len(terms) > MAX_TERMS:
            raise ValidationError({"terms": _("At most %(count)d terms in one group.") % {"count": MAX_TERMS}})
        for term in terms:
            if len(term) > MAX_TERM_LENGTH or term_word_count(term) > MAX_TERM_WORDS:
                raise ValidationError(
                    {
                        "terms": _("“%(term)s” is too long: at most %(words)d words.")
                        % {"term": term[:60], "words": MAX_TERM_WORDS}
                    }
                )
            if term_word_count(term) == 0:
                raise ValidationError({"terms": _("“%(term)s” has no letters or digits.") % {"term": term[:60]}})
        self.terms = "\n".join(terms)


def editors_groups():
    """The vocabulary's groups, as search.synonyms reads them (a source registered by search.apps)."""
    return [split_terms(terms) for terms in SynonymGroup.objects.values_list("terms", flat=True)]


class SpellingWord(models.Model):
    """A word (normalised, as search.analysis writes it) or a stem token that the live public
    pages of a language use: the vocabulary "did you mean" corrects queries from (search.spelling).
    Written by search.spelling only; exact after a rebuild, approximate between rebuilds."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=64)
    pages = models.PositiveIntegerField(default=0)  # how many pages use it
    title_pages = models.PositiveIntegerField(default=0)  # how many of them in their title

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="search_spellingword_unique")]

    def __str__(self):
        return f"{self.word} ({self.language})"
