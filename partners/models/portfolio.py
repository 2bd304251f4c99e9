"""A portfolio: the stated amounts of a set of project–donor links, with their totals per
currency and their breakdowns by year, region, municipality, member organisation and donor.
The donor page, the funding overview and the open-data exports all read money through it, so
they always agree.

Two rules hold everywhere:
- amounts of different currencies are never added; a combined figure exists only where every
  currency involved has an exchange rate (ExchangeRate) to the combined currency, and it carries
  the date of the oldest rate used;
- an amount is spread over the calendar years of its project's period in proportion to the days
  in each (IATI's budgets may not be longer than a year), and equally over the project's
  municipalities; the parts are rounded to cents and always add up to the amount.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.i18n import localized
from core.publishing import attach_publishers
from partners.models.funding import ProjectDonor, totals_per_currency
from partners.models.projects import ProjectPage
from partners.models.rates import Rates

CENT = Decimal("0.01")
LONG_TEXTS = ("goal", "target_groups", "activities", "expected_results")


def _split(amount, weights):
    """``amount`` in parts proportional to ``weights``, rounded to cents, adding up exactly."""
    total = sum(weights)
    parts = [(amount * weight / total).quantize(CENT, ROUND_HALF_UP) for weight in weights[:-1]]
    return parts + [amount - sum(parts, Decimal(0))]


def yearly_shares(amount, start, end):
    """[(period start, period end, part)] over the calendar years of start–end. An open-ended
    project's amount falls in its first year."""
    if end is None or end < start:
        return [(start, date(start.year, 12, 31), amount)]
    periods = [(max(start, date(year, 1, 1)), min(end, date(year, 12, 31))) for year in range(start.year, end.year + 1)]
    parts = _split(amount, [(last - first).days + 1 for first, last in periods])
    return [(first, last, part) for (first, last), part in zip(periods, parts, strict=True)]


def donors_of(fundings, locale):
    """The donor of each of ``fundings`` (ProjectDonor rows) in ``locale``: each donor read once,
    not once per funding as select_related would (4 000 page objects for 6 donors at 2 000
    projects). Two queries at most."""
    one_per_donor = {f.donor_id: f.pk for f in fundings}.values()
    donors = {f.donor_id: f.donor for f in ProjectDonor.objects.filter(pk__in=one_per_donor).select_related("donor")}
    return localized([donors[f.donor_id] for f in fundings], locale)


def places_of(projects, locale):
    """{project id: its municipalities in ``locale``, each with ``localized_region``}: three
    queries at most, whatever the number of projects."""
    through = ProjectPage.municipalities.through
    links = through.objects.filter(projectpage_id__in=[p.pk for p in projects]).select_related("municipality__region")
    links = list(links.order_by("municipality__name"))
    municipalities = localized([link.municipality for link in links], locale)
    with_region = [m for m in municipalities if m.region_id]
    # Translations found by localized() come without their region: read those in one query.
    prefetch_related_objects(with_region, "region")
    regions = localized([m.region for m in with_region], locale)
    region_of = {id(m): r for m, r in zip(with_region, regions, strict=True)}
    places = defaultdict(list)
    for link, municipality in zip(links, municipalities, strict=True):
        municipality.localized_region = region_of.get(id(municipality))
        places[link.projectpage_id].append(municipality)
    return places


@dataclass
class FundingLine:
    """One project–donor amount, with the project's places, in the portfolio's language."""

    project: ProjectPage
    donor: object
    amount: Decimal
    currency: str
    places: list = field(default_factory=list)

    @property
    def member(self):
        return self.project.publisher


@dataclass
class TableRow:
    """A row as a table shows it: an amount (or None) for each of the table's currencies, and the
    project index's filter for it ("donor=eu"), where it has one."""

    label: str
    projects: int
    amounts: list
    combined: Decimal | None = None
    query: str = ""
    key: object = None


@dataclass
class BreakdownTable:
    """A breakdown (by year, region, donor, member…) as a table, with a row of totals."""

    dom_id: str
    title: str
    caption: str
    heading: str  # the first column's
    rows: list
    total: TableRow
    notes: list = field(default_factory=list)

    @property
    def linked(self):
        return any(row.query for row in self.rows)


def every_year(rows):
    """A breakdown by year with the years between that have nothing stated, so that a chart's
    axis and the table have no holes."""
    if not rows:
        return rows
    by_year = {row.key: row for row in rows}
    return [by_year.get(year) or Row(year, str(year), {}) for year in range(rows[0].key, rows[-1].key + 1)]


@dataclass
class Row:
    """A line of a breakdown: what it is about (a year, a region, …), its label and its amounts."""

    key: object
    label: str
    amounts: dict
    combined: Decimal | None = None
    projects: set = field(default_factory=set)


def _row_order(row):
    """Years in order, everything else by its label; the row of what is not stated last."""
    return (row.key is None, row.key if isinstance(row.key, int) else str(row.label))


class Portfolio:
    """The funding lines of some projects (optionally of one donor), in ``locale``."""

    def __init__(self, lines, rates):
        self.lines = lines
        self.rates = rates

    @classmethod
    def of(cls, projects, locale, donor=None, rates=None):
        """The stated amounts of ``projects`` (a queryset of one locale's project pages), of one
        donor (any language version of it) or of all. A fixed number of queries, whatever the number of projects."""
        fundings = ProjectDonor.objects.filter(project__in=projects, amount__isnull=False)
        if donor is not None:
            fundings = fundings.filter(donor__translation_key=donor.translation_key)
        fundings = list(fundings.order_by("project__start_date", "project_id", "sort_order"))
        # Each project and donor read once (not once per funding line), without the long texts
        # no figure needs: at 2 000 projects this halves the time.
        project_ids = {f.project_id for f in fundings}
        project_list = ProjectPage.objects.filter(pk__in=project_ids).defer(*LONG_TEXTS).order_by("start_date", "pk")
        project_list = attach_publishers(list(project_list))
        projects_by_id = {p.pk: p for p in project_list}
        places = places_of(project_list, locale)
        donors = donors_of(fundings, locale)
        lines = [
            FundingLine(projects_by_id[f.project_id], d, f.amount, f.currency, places.get(f.project_id, []))
            for f, d in zip(fundings, donors, strict=True)
        ]
        return cls(lines, rates or Rates.current())

    # --- figures -----------------------------------------------------------------------------

    @property
    def currencies(self):
        return sorted({line.currency for line in self.lines})

    def totals(self):
        """[(currency, total)], by currency code."""
        return totals_per_currency((line.currency, line.amount) for line in self.lines)

    def combined_total(self):
        return self.rates.combine(dict(self.totals()))

    @cached_property
    def combined_figure(self):
        """The combined total where it adds something: more than one currency, all with rates."""
        return self.rates.combined_figure(dict(self.totals()))

    @property
    def combined_currency(self):
        return self.rates.currency

    @property
    def rates_date(self):
        return self.rates.date_for(self.currencies)

    def projects(self):
        """The projects with a stated amount, each with ``amounts`` ({currency: amount}) and
        ``combined_amount`` set."""
        found = {}
        for line in self.lines:
            project = line.project
            if project.pk not in found:
                found[project.pk] = project
                project.amounts = {}
            project.amounts[line.currency] = project.amounts.get(line.currency, Decimal(0)) + line.amount
        for project in found.values():
            project.combined_amount = self.rates.combine(project.amounts)
        return list(found.values())

    def by_year(self):
        return self._breakdown(
            (year_start.year, str(year_start.year), line, part)
            for line in self.lines
            for year_start, _end, part in yearly_shares(line.amount, line.project.start_date, line.project.end_date)
        )

    def by_municipality(self):
        return self._by_place(lambda m: (m.slug, m.name), _("Municipality not stated"))

    def by_region(self):
        return self._by_place(
            lambda m: (
                (m.localized_region.slug, m.localized_region.name)
                if m.localized_region
                else (None, _("Region not stated"))
            ),
            _("Region not stated"),
        )

    def by_member(self):
        return self._breakdown(
            (line.member.slug if line.member else None, line.member.title if line.member else "—", line, line.amount)
            for line in self.lines
        )

    def by_donor(self):
        return self._breakdown((line.donor.slug, line.donor.title, line, line.amount) for line in self.lines)

    def table(self, dom_id, title, caption, heading, rows, queries=None, notes=()):
        """``rows`` (a breakdown of this portfolio) as a table with a column per currency and a
        row of totals; ``queries``: {row key: the project index's filter for the row}."""
        queries = queries or {}
        currencies = self.currencies

        def as_table_row(row, query=""):
            amounts = [(currency, row.amounts.get(currency)) for currency in currencies]
            return TableRow(row.label, len(row.projects), amounts, row.combined, query, row.key)

        totals = Row(None, _("All projects"), dict(self.totals()), self.combined_total())
        totals.projects = {line.project.pk for line in self.lines}
        rows = [as_table_row(row, queries.get(row.key, "")) for row in rows]
        return BreakdownTable(dom_id, title, caption, heading, rows, as_table_row(totals), list(notes))

    # --- helpers -----------------------------------------------------------------------------

    def _by_place(self, key_and_label, unstated):
        def parts():
            for line in self.lines:
                if not line.places:
                    yield None, unstated, line, line.amount
                    continue
                # A project in several places: its amount is divided equally among them.
                shares = _split(line.amount, [1] * len(line.places))
                for place, share in zip(line.places, shares, strict=True):
                    key, label = key_and_label(place)
                    yield key, label, line, share

        rows = self._breakdown(parts())
        return sorted(rows, key=lambda row: (row.key is None, -(row.combined or 0), str(row.label)))

    def _breakdown(self, parts):
        rows = {}
        for key, label, line, amount in parts:
            row = rows.setdefault(key, Row(key, label, {}))
            row.amounts[line.currency] = row.amounts.get(line.currency, Decimal(0)) + amount
            row.projects.add(line.project.pk)
        for row in rows.values():
            row.combined = self.rates.combine(row.amounts)
        return sorted(rows.values(), key=_row_order)
