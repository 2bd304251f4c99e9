"""What the funding overview shows, from a Portfolio (partners.models.portfolio): the totals per
currency, and the breakdowns by year, region, donor and member organisation as tables (a column
per currency, a combined column only where exchange rates give one), the charts by year and the
region map. Amounts of different currencies are never added here; Portfolio combines them only
with exchange rates, and the page prints the rates' date beside every combined figure."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from funding.charts import year_charts
from funding.tile_map import Measure, region_maps, slug_on_map
from partners.models.portfolio import every_year


def overview(portfolio, locale, region_names):
    """The template's context: ``region_names`` are {slug: name} of the regions of ``locale``."""
    currencies = portfolio.currencies
    if not currencies:
        return {"portfolio": portfolio, "currencies": [], "tables": [], "has_figures": False}

    by_year, by_region = every_year(portfolio.by_year()), portfolio.by_region()
    by_donor, by_member = portfolio.by_donor(), portfolio.by_member()
    donors = {line.donor.slug: line.donor for line in portfolio.lines}
    donor_queries = {
        slug: urlencode({"donor": slug})
        for slug, donor in donors.items()
        if donor.locale_id == locale.pk and donor.live
    }
    region_queries = {row.key: urlencode({"region": row.key}) for row in by_region if row.key in region_names}
    member_queries = {row.key: urlencode({"organisation": row.key}) for row in by_member if row.key}

    measure = Measure.for_portfolio(portfolio)
    maps, legend = region_maps(by_region, region_names, measure)
    off_map = [row for row in by_region if not (row.key and slug_on_map(row.key))]
    region_notes = [_("A project in several municipalities is divided equally among them.")]
    if off_map:
        region_notes.append(_("Regions not on the map, and projects without a stated place, are listed in the table."))

    combined = portfolio.combined_figure
    return {
        "portfolio": portfolio,
        "has_figures": True,
        "currencies": currencies,
        "totals": portfolio.totals(),
        "combined_total": combined,
        "combined_currency": portfolio.combined_currency,
        "rates_date": portfolio.rates_date if combined is not None else None,
        "project_count": len({line.project.pk for line in portfolio.lines}),
        "year_charts": year_charts(by_year, currencies),
        "maps": maps,
        "legend": legend,
        "measure": measure,
        "tables": [
            portfolio.table("by-year", _("By year"), _("Stated amounts by year"), _("Year"), by_year),
            portfolio.table(
                "by-region",
                _("By region"),
                _("Stated amounts by region"),
                _("Region"),
                by_region,
                region_queries,
                region_notes,
            ),
            portfolio.table(
                "by-donor", _("By donor"), _("Stated amounts by donor"), _("Donor"), by_donor, donor_queries
            ),
            portfolio.table(
                "by-member",
                _("By member organisation"),
                _("Stated amounts by member organisation"),
                _("Organisation"),
                by_member,
                member_queries,
            ),
        ],
    }
