"""What the IATI file says about each project, read from the database in a fixed number of
queries whatever the number of projects: each step below reads what it needs for all of them.

One activity per project (per ``translation_key``): its data (dates, donors and amounts, places,
partners, results) come from the source version, the first one created: wagtail-localize and
``copy_for_translation`` create translations from an existing page, so the oldest live version
is the one the others were translated from. Its texts come from every live, public version,
one narrative per language. Aliases are not translations (their text is another page's) and
are left out.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone
from wagtail.models import Page, Site

from core.absolute_urls import page_full_url
from core.i18n import language_codes, locales_by_code
from core.publishing import attach_publishers
from core.visibility import live_public
from partners.models import Country, Municipality, ProjectDonor, ProjectPage, ProjectResult
from partners.models.portfolio import yearly_shares

from . import codes

PERCENT_STEP = Decimal("0.01")
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Organisation:
    names: dict  # {language code: name}, in the order of settings.LANGUAGES
    ref: str = ""  # its IATI organisation identifier, "" if unknown or invalid
    type: str = ""  # OrganisationType code


@dataclass
class Place:
    ref: str  # the municipality's slug, the same in every language
    names: dict
    country: str | None


@dataclass
class Budget:
    start: date
    end: date
    currency: str
    value: Decimal


@dataclass
class Result:
    indicator: dict
    target: dict
    achieved: dict
    period: tuple | None  # (start, end) or None when the dates say nothing usable


@dataclass
class Activity:
    identifier: str
    reporting_org: Organisation
    language: str
    last_updated: datetime
    default_currency: str
    titles: dict
    summaries: dict
    goals: dict
    status: str
    start: date
    end: date | None
    funders: list = field(default_factory=list)
    implementers: list = field(default_factory=list)
    countries: list = field(default_factory=list)  # [(code, percentage or None)]
    places: list = field(default_factory=list)
    sector: str = codes.SECTOR_NOT_SPECIFIED
    budgets: list = field(default_factory=list)
    pages: dict = field(default_factory=dict)  # {language code: URL of that version}
    results: list = field(default_factory=list)


def _language_of(obj):
    return next((code for code, locale in locales_by_code().items() if locale.pk == obj.locale_id), None)


def xml_text(text):
    """The text without the characters XML 1.0 does not allow (a control character pasted into a
    title would make the whole file unreadable: ElementTree writes them as they are)."""
    return NOT_XML.sub("", text or "")


def _texts(pairs):
    """{language code: text} from (language, text) pairs: cleaned, stripped, empty ones left
    out, in the order of settings.LANGUAGES."""
    found = {code: xml_text(text).strip() for code, text in pairs if code}
    return {code: found[code] for code in language_codes() if found.get(code)}


def coalition_names(request):
    """The coalition's name in each language: the titles of the site's home pages."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}
    homes = live_public(Page.objects.filter(translation_key=site.root_page.translation_key))
    names = _texts((_language_of(home), home.title) for home in homes)
    return names or _texts([(language_codes()[0], site.site_name)])


def _names_by_key(translation_keys):
    """{translation_key: {language: title}} of the live, public versions of those pages."""
    pages = live_public(Page.objects.filter(translation_key__in=set(translation_keys), alias_of__isnull=True))
    titles = defaultdict(list)
    for page in pages.only("title", "translation_key", "locale"):
        titles[page.translation_key].append((_language_of(page), page.title))
    return {key: _texts(pairs) for key, pairs in titles.items()}


def _split_percentages(weights):
    """100 in parts proportional to ``weights``, to the hundredth, adding up to exactly 100
    (rules 3.1.2 and 12.1.1 check the sum)."""
    total = sum(weights)
    parts = [(Decimal(100) * weight / total).quantize(PERCENT_STEP, ROUND_HALF_UP) for weight in weights[:-1]]
    return parts + [Decimal(100) - sum(parts, Decimal(0))]


def recipient_countries(places, fallback):
    """[(country code, percentage)]: the countries of the project's municipalities, each with
    its share of them (a project's amount is divided equally among its municipalities, as in
    the funding overview); the percentage is None for a single country (rule 3.1.4 wants it
    omitted or 100). Without a municipality whose region is known, ``fallback``."""
    counts = Counter(place.country for place in places if place.country)
    if len(counts) <= 1:
        return [(next(iter(counts), fallback), None)]
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return list(zip([code for code, _ in ordered], _split_percentages([n for _, n in ordered]), strict=True))


def budgets_of(fundings, start, end):
    """One budget per calendar year of the project and currency: each donor's amount split by
    ``yearly_shares`` (periods of at most a year, rule 7.5.3), the donors' parts summed per
    period and currency, so no two budgets of one currency overlap. Amounts in different
    currencies are never added: a project funded in two currencies has two budgets a year, each
    value with its own @currency. Amounts not stated, or not positive, are not budgets."""
    sums = defaultdict(Decimal)
    for funding in fundings:
        if funding.amount is None or funding.amount <= 0:
            continue
        for first, last, part in yearly_shares(funding.amount, start, end):
            sums[(first, last, funding.currency)] += part
    return [Budget(first, last, currency, value) for (first, last, currency), value in sorted(sums.items())]


def default_currency(fundings, fallback):
    """The currency most of the project's stated amounts are in (the first one's on a tie),
    else ``fallback``. Every value in the file names its currency anyway."""
    stated = Counter(f.currency for f in fundings if f.amount is not None)
    return stated.most_common(1)[0][0] if stated else fallback


def _result_period(result, start, end):
    """The indicator's period: from the project's start to the result's date (or the project's
    end). None when there is no end or it lies before the start (rule 8.6.1)."""
    last = result.due_date or end
    return (start, last) if last and last >= start else None


class Collector:
    """Reads everything the file needs for all projects at once; ``activities()`` assembles it."""

    def __init__(self, request, open_data, reporting_identifier):
        self.request = request
        self.open_data = open_data
        self.coalition = Organisation(
            names=coalition_names(request) or {language_codes()[0]: reporting_identifier},
            ref=reporting_identifier,
            type=open_data.reporting_organisation_type,
        )
        self.today = timezone.localdate()

    def activities(self):
        versions = live_public(ProjectPage.objects.filter(alias_of__isnull=True)).order_by("pk")
        by_key = defaultdict(list)
        for page in versions:
            if _language_of(page) in language_codes():
                by_key[page.translation_key].append(page)
        if not by_key:
            return []
        sources = attach_publishers([pages[0] for pages in by_key.values()])
        self._read_relations(sources, [page for pages in by_key.values() for page in pages])
        activities = [self._activity(pages[0], pages) for pages in by_key.values()]
        return sorted(activities, key=lambda activity: (activity.start, activity.identifier))

    def _read_relations(self, sources, all_versions):
        ids = [page.pk for page in sources]
        self.fundings = defaultdict(list)
        for funding in ProjectDonor.objects.filter(project_id__in=ids).select_related("donor").order_by("sort_order"):
            self.fundings[funding.project_id].append(funding)
        partner_links = ProjectPage.partner_organisations.through.objects.filter(projectpage_id__in=ids)
        self.partners = defaultdict(list)
        for link in partner_links.select_related("partnerorganisationpage").order_by("pk"):
            self.partners[link.projectpage_id].append(link.partnerorganisationpage)
        place_links = ProjectPage.municipalities.through.objects.filter(projectpage_id__in=ids)
        self.municipalities = defaultdict(list)
        for link in place_links.select_related("municipality__region").order_by("municipality__slug"):
            self.municipalities[link.projectpage_id].append(link.municipality)

        organisations = [f.donor for fs in self.fundings.values() for f in fs]
        organisations += [p for ps in self.partners.values() for p in ps]
        organisations += [page.publisher for page in sources if page.publisher]
        self.organisation_names = _names_by_key(org.translation_key for org in organisations)

        place_keys = {m.translation_key for ms in self.municipalities.values() for m in ms}
        self.place_names = defaultdict(list)
        municipalities = Municipality.objects.filter(translation_key__in=place_keys)
        for municipality in municipalities.only("name", "translation_key", "locale"):
            self.place_names[municipality.translation_key].append((_language_of(municipality), municipality.name))

        # A result's language versions share its translation key within the project's versions (a
        # copied page may keep its results' keys, so the project's key is part of the key here).
        versions = {page.pk: page for page in all_versions}
        self.results = defaultdict(list)  # source project id → its results
        self.result_texts = defaultdict(lambda: defaultdict(list))  # (project key, result key) → field → texts
        source_ids = set(ids)
        results = ProjectResult.objects.filter(project_id__in=list(versions)).order_by("sort_order", "pk")
        for result in results:
            version = versions[result.project_id]
            texts = self.result_texts[(version.translation_key, result.translation_key)]
            for name in ("indicator", "target", "achieved"):
                texts[name].append((_language_of(version), getattr(result, name)))
            if result.project_id in source_ids:
                self.results[result.project_id].append(result)

    def _organisation(self, page, ref, type):
        names = self.organisation_names.get(page.translation_key) or _texts([(_language_of(page), page.title)])
        names = names or {_language_of(page): page.slug}  # a title of nothing but control characters
        return Organisation(names=names, ref=codes.clean_identifier(ref), type=type)

    def _reporting_org(self, project):
        """The coalition, or the publishing member when members report their own projects and
        this one has a valid identifier (Settings → Open data)."""
        member = project.publisher
        if (
            self.open_data.reporter == self.open_data.Reporter.MEMBER
            and member is not None
            and codes.clean_identifier(member.iati_identifier)
        ):
            return self._organisation(member, member.iati_identifier, member.iati_organisation_type)
        return self.coalition

    def _funders(self, project):
        """Each donor once (a donor may fund a project in two currencies), in the editors' order."""
        funders = {}
        for funding in self.fundings[project.pk]:
            donor = funding.donor
            if donor.translation_key not in funders:
                kind_type = codes.DONOR_TYPES.get(donor.kind, codes.OTHER_ORGANISATION_TYPE)
                funders[donor.translation_key] = self._organisation(donor, donor.iati_identifier, kind_type)
        return list(funders.values())

    def _implementers(self, project):
        """The publishing member, then the partners that have a live, public page, each once."""
        organisations = [project.publisher] if project.publisher else []
        organisations += [p for p in self.partners[project.pk] if p.translation_key in self.organisation_names]
        unique = {}
        for org in organisations:  # a publisher may list itself among the partners too
            unique.setdefault(org.translation_key, org)
        return [self._organisation(org, org.iati_identifier, org.iati_organisation_type) for org in unique.values()]

    def _fallback_country(self, project):
        """For a project without a known place: the country of its publisher's registration, else of
        the coalition's, else Georgia (where the coalition's site is in its default language)."""
        member = project.publisher
        return (
            codes.country_of_identifier(member.iati_identifier if member else "")
            or codes.country_of_identifier(self.coalition.ref)
            or Country.GEORGIA.value
        )

    def _places(self, project):
        places = []
        for municipality in self.municipalities[project.pk]:
            names = _texts(self.place_names[municipality.translation_key])
            country = municipality.region.country if municipality.region_id else None
            places.append(Place(ref=municipality.slug, names=names, country=country))
        return places

    def _results(self, project, start, end):
        results = []
        for result in self.results[project.pk]:
            texts = self.result_texts[(project.translation_key, result.translation_key)]
            indicator = _texts(texts["indicator"])
            if indicator:
                period = _result_period(result, start, end)
                results.append(Result(indicator, _texts(texts["target"]), _texts(texts["achieved"]), period))
        return results

    def _urls(self, versions):
        urls = ((_language_of(version), page_full_url(version, self.request)) for version in versions)
        return {language: url for language, url in urls if url}

    def _last_updated(self, versions):
        """When any language version was last published; never later than now (rule 11.1.1)."""
        now = timezone.now()
        moments = [v.last_published_at or v.latest_revision_created_at or v.first_published_at for v in versions]
        return min(max((m for m in moments if m), default=now), now)

    def _activity(self, project, versions):
        reporting_org = self._reporting_org(project)
        # An end before the start is a data error the admin form prevents: read as "not known".
        start = project.start_date
        end = project.end_date if project.end_date and project.end_date >= start else None
        fundings = self.fundings[project.pk]
        places = self._places(project)
        return Activity(
            identifier=f"{reporting_org.ref}-{project.translation_key}",
            reporting_org=reporting_org,
            language=_language_of(project),
            last_updated=self._last_updated(versions),
            default_currency=default_currency(fundings, self.open_data.combined_currency),
            titles=_texts((_language_of(v), v.title) for v in versions) or {_language_of(project): project.slug},
            summaries=_texts((_language_of(v), v.summary) for v in versions),
            goals=_texts((_language_of(v), v.goal) for v in versions),
            status=project.get_status(self.today),
            start=start,
            end=end,
            funders=self._funders(project),
            implementers=self._implementers(project),
            countries=recipient_countries(places, self._fallback_country(project)),
            places=places,
            sector=project.dac_sector or codes.SECTOR_NOT_SPECIFIED,
            budgets=budgets_of(fundings, start, end),
            pages=self._urls(versions),
            results=self._results(project, start, end),
        )
