"""The money and results of a project: each donor's amount in its currency, what the project set
out to achieve and what it achieved, the OECD DAC sector it reports under, and the exchange
rates editors maintain for combined figures.

Amounts are never added across currencies; a combined figure exists only where an exchange rate
to the combined currency is maintained here (partners.models.portfolio)."""

import json
from functools import cache
from pathlib import Path

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, Page, TranslatableMixin

from core import relations

CODELISTS = Path(__file__).resolve().parent.parent / "codelists"


class Currency(models.TextChoices):
    GEL = "GEL", "GEL ₾"
    AZN = "AZN", "AZN ₼"
    USD = "USD", "USD $"
    EUR = "EUR", "EUR €"
    GBP = "GBP", "GBP £"
    CHF = "CHF", "CHF"
    SEK = "SEK", "SEK"
    NOK = "NOK", "NOK"
    DKK = "DKK", "DKK"
    CZK = "CZK", "CZK"
    PLN = "PLN", "PLN"
    JPY = "JPY", "JPY ¥"


@cache
def dac_sectors():
    """The OECD DAC 5-digit sectors (IATI's Sector codelist, codelists/dac_sectors.json): code → name."""
    with (CODELISTS / "dac_sectors.json").open(encoding="utf-8") as f:
        return {item["code"]: item["name"] for item in json.load(f)["sectors"]}


@cache
def _dac_sector_names():
    """{code: {"ka": …, "az": …}}: the sectors' names in Georgian and Azerbaijani, translated for
    this site (codelists/dac_sector_names.json; the DAC publishes them in English and French only)."""
    with (CODELISTS / "dac_sector_names.json").open(encoding="utf-8") as f:
        return json.load(f)["names"]


def dac_sector_name(code, language=None):
    """The sector's name in ``language`` (the active one by default); empty rather than English
    on a page in another language."""
    language = (language or get_language() or "en").split("-")[0]
    if language == "en":
        return dac_sectors().get(code, "")
    return _dac_sector_names().get(code, {}).get(language, "")


def dac_sector_choices():
    """The sectors, named in the active language (the admin user's), by code."""
    return [("", "—")] + [(code, f"{code} {dac_sector_name(code) or name}") for code, name in dac_sectors().items()]


def pages_showing_amounts():
    """The pages that may show a combined figure, for the page cache to purge when a rate or the
    combined currency changes: projects with amounts, donors, and the listings showing donors."""
    stated = Page.objects.filter(projectpage__fundings__amount__isnull=False)
    donors = Page.objects.filter(donorpage__isnull=False)
    return relations.pks(stated) | relations.pks(donors) | relations.pks(relations.index_pages_showing("donor"))


def totals_per_currency(pairs):
    """[(currency, total)] of (currency, amount) pairs, by currency code: amounts are added up
    within a currency, never across currencies."""
    totals = {}
    for currency, amount in pairs:
        totals[currency] = totals.get(currency, 0) + amount
    return sorted(totals.items())


class ProjectDonor(Orderable):
    """A donor of a project, with the amount where it is public. The amount is the donor's
    commitment over the whole project period, in the currency of the agreement."""

    Currency = Currency

    project = ParentalKey("partners.ProjectPage", related_name="fundings", on_delete=models.CASCADE)
    donor = models.ForeignKey(
        "partners.DonorPage", verbose_name=_("donor"), on_delete=models.CASCADE, related_name="fundings"
    )
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The donor's commitment for the whole project period. Leave empty if it is not public."),
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR)

    panels = [FieldPanel("donor"), FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")])]

    class Meta(Orderable.Meta):
        verbose_name = _("project donor")
        verbose_name_plural = _("project donors")


class ProjectResult(TranslatableMixin, Orderable):
    """One thing the project set out to achieve: an indicator, its target, what was achieved and by
    when. Translated with the page (wagtail-localize translates the text of translatable child
    objects)."""

    project = ParentalKey("partners.ProjectPage", related_name="results", on_delete=models.CASCADE)
    indicator = models.CharField(
        _("indicator"), max_length=255, help_text=_("What is measured, e.g. “Municipal action plans adopted”.")
    )
    target = models.CharField(_("target"), max_length=255, help_text=_("e.g. “8 municipalities”."))
    achieved = models.CharField(
        _("achieved"), max_length=255, blank=True, help_text=_("Leave empty until there is something to report.")
    )
    due_date = models.DateField(_("by when"), null=True, blank=True)

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("target"), FieldPanel("achieved"), FieldPanel("due_date")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("result")
        verbose_name_plural = _("results")
        unique_together = [("translation_key", "locale")]


class ExchangeRate(models.Model):
    """How many units of the combined currency one unit of ``currency`` was worth on a date.
    Snippet, maintained by the coalition's staff; the newest rate of each currency is used and
    its date printed beside every combined figure."""

    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices)
    rate = models.DecimalField(
        _("rate"),
        max_digits=18,
        decimal_places=8,
        help_text=_("Units of the combined currency (see Settings → Open data) for one unit of this currency."),
    )
    date = models.DateField(_("date of the rate"))
    source = models.CharField(_("source"), max_length=200, blank=True, help_text=_("e.g. National Bank of Georgia."))

    panels = [FieldRowPanel([FieldPanel("currency"), FieldPanel("rate"), FieldPanel("date")]), FieldPanel("source")]

    class Meta:
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")
        ordering = ["currency", "-date"]
        constraints = [
            models.UniqueConstraint(fields=["currency", "date"], name="one_exchange_rate_per_currency_and_day"),
            models.CheckConstraint(condition=models.Q(rate__gt=0), name="exchange_rate_positive"),
        ]

    def __str__(self):
        return f"1 {self.currency} = {self.rate.normalize()} ({self.date:%Y-%m-%d})"

    def pages_showing_it(self):
        return pages_showing_amounts()
