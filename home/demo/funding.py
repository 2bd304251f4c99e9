"""The demo's money and results: each project's donors with their amounts, its results in the
page's language, and the exchange rates and open-data settings (``data.EXCHANGE_RATES``,
``data.OPEN_DATA``). Called by the loader (``loader.DemoLoader``); like it, creates only what is
missing, so a second run writes nothing."""

import uuid
from datetime import date
from decimal import Decimal

from partners.models import ExchangeRate, OpenDataSettings, ProjectDonor, ProjectResult

from . import data
from .results import RESULTS

# The results of a project share a translation key across its language versions: one per result,
# derived from the project's slug and the result's position, so that every run finds the same.
RESULT_KEYS = uuid.uuid5(uuid.NAMESPACE_URL, "https://demo.coalition.invalid/project-results")


def project_fundings(item, donors, code):
    """The ``code`` version of the project's donors (``donors``: slug → {code: page}), with the amounts."""
    return [
        ProjectDonor(
            donor=donors[f["donor"]].get(code) or next(iter(donors[f["donor"]].values())),
            amount=Decimal(f["amount"]) if f.get("amount") else None,
            currency=f.get("currency") or "EUR",
            sort_order=i,
        )
        for i, f in enumerate(item.get("donors", []))
    ]


def project_results(slug, page, code):
    """The results of the project ``slug`` for its ``code`` version ``page``: that language's
    texts, the page's locale, and the translation key the other versions' results share."""
    return [
        ProjectResult(
            translation_key=uuid.uuid5(RESULT_KEYS, f"{slug}/{i}"),
            locale=page.locale,
            indicator=result["indicator"][code],
            target=result["target"][code],
            achieved=result["achieved"][code],
            due_date=date.fromisoformat(result["due"]) if result.get("due") else None,
            sort_order=i,
        )
        for i, result in enumerate(RESULTS.get(slug, []))
    ]


def currencies_used():
    return {f.get("currency") or "EUR" for item in data.PROJECTS for f in item.get("donors", [])}


def load_open_data():
    """The open-data settings, unless already set, and an (illustrative) exchange rate to the
    combined currency for each other currency the projects use. Returns how many objects it wrote."""
    written = 0
    settings = OpenDataSettings.load()
    if not settings.reporting_organisation_identifier:
        for field, value in data.OPEN_DATA.items():
            setattr(settings, field, value)
        settings.save()
        written += 1
    rates = data.EXCHANGE_RATES
    on = date.fromisoformat(rates["date"])
    combined = data.OPEN_DATA["combined_currency"]  # what the demo's rates are given in
    if settings.combined_currency != combined:
        return written
    for currency in sorted(currencies_used() - {combined}):
        if not ExchangeRate.objects.filter(currency=currency, date=on).exists():
            ExchangeRate.objects.create(
                currency=currency, rate=Decimal(rates["rates"][currency]), date=on, source=rates["source"]
            )
            written += 1
    return written
