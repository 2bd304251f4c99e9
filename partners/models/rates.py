"""Combined figures: amounts of several currencies in the one currency of Settings → Open data,
at the newest exchange rate editors entered for each (ExchangeRate). Where a currency has no rate
there is no combined figure; where there is one, it carries the date of the oldest rate used."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.cache import cache

from partners.models.funding import ExchangeRate
from partners.models.open_data import OpenDataSettings

# Read on every page with amounts, changed a few times a year: kept in the cache until an
# exchange rate or the open-data settings are saved or deleted (partners.apps).
CACHE_KEY = "partners:exchange-rates"


def forget_rates(**kwargs):
    cache.delete(CACHE_KEY)


class Rates:
    """The newest exchange rate of each currency to the combined currency."""

    def __init__(self, combined_currency, rates):
        self.currency = combined_currency
        self.rates = {**rates, combined_currency: (Decimal(1), None)}

    @classmethod
    def current(cls):
        kept = cache.get(CACHE_KEY)
        if kept is None:
            rates = {}
            for rate in ExchangeRate.objects.order_by("currency", "-date"):
                rates.setdefault(rate.currency, (rate.rate, rate.date))
            # Not OpenDataSettings.load(): it creates the settings on first use, and that save
            # would purge every page with amounts from the page cache while it is being rendered.
            settings = OpenDataSettings.objects.first()
            combined = settings.combined_currency if settings else OpenDataSettings.combined_currency.field.default
            kept = (combined, rates)
            cache.set(CACHE_KEY, kept, None)
        return cls(*kept)

    def combine(self, amounts):
        """The amounts ({currency: amount}) in the combined currency, or None where a rate is missing."""
        if not amounts or any(currency not in self.rates for currency in amounts):
            return None
        total = sum((amount * self.rates[currency][0] for currency, amount in amounts.items()), Decimal(0))
        return total.quantize(Decimal(1), ROUND_HALF_UP)

    def combined_figure(self, amounts):
        """The combined figure worth showing: for amounts in several currencies, all with rates."""
        return self.combine(amounts) if len(amounts) > 1 else None

    def date_for(self, currencies):
        """The date of the oldest rate used to combine these currencies."""
        dates = [self.rates[c][1] for c in currencies if c in self.rates and self.rates[c][1]]
        return min(dates) if dates else None
