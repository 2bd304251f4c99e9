"""The places projects and news are about: regions (Georgian mkhare, Azerbaijani economic
regions) and municipalities, snippets translated like pages. Filters and links name a place by
its slug, which is the same in every language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import relations


class Country(models.TextChoices):
    """The countries the coalition works in (ISO 3166-1 codes, as IATI reports them)."""

    GEORGIA = "GE", _("Georgia")
    AZERBAIJAN = "AZ", _("Azerbaijan")


class Region(TranslatableMixin, index.Indexed, models.Model):
    """A region (Georgian mkhare, Azerbaijani economic region). Snippet."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Latin letters; the same in every language, used in filter links."),
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default=Country.GEORGIA)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("country")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug"), SynchronizedField("country")]
    # The admin's chooser and listing filter by locale before searching (and the backend must know the field).
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def pages_showing_it(self):
        """The pages of its language that name it, and the listings that offer it as a filter."""
        naming = Page.objects.filter(locale=self.locale_id).filter(relations.in_region(self))
        return relations.pks(naming) | relations.pks(relations.index_pages_showing("place", self.locale_id))


class Municipality(TranslatableMixin, index.Indexed, models.Model):
    """A municipality or district a project works in or a news item is about. Snippet."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Latin letters; the same in every language, used in filter links."),
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="municipalities",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("region")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("region"),
    ]
    # The admin's chooser and listing filter by locale before searching (and the backend must know the field).
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def pages_showing_it(self):
        """The pages of its language that name it, and the listings that offer it as a filter."""
        naming = Page.objects.filter(locale=self.locale_id).filter(relations.in_place(self))
        return relations.pks(naming) | relations.pks(relations.index_pages_showing("place", self.locale_id))
