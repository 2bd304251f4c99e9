"""The project list as open data, in the reader's language: CSV and JSON, one row per project–donor
link (a project without donors has one row with the donor columns empty), filtered by the same
query parameters as the project index (donor, status, region, municipality, organisation).

The columns are documented in the README ("Open data"); their names are part of the interface and
do not change. The CSV starts with a UTF-8 byte order mark: without it spreadsheet programs read
Georgian and Azerbaijani letters as Latin-1 garbage."""

import csv
import io
from collections import defaultdict
from decimal import Decimal

from django.http import HttpResponse, JsonResponse
from django.utils import timezone

from core.absolute_urls import page_full_url
from core.i18n import active_locale, localized
from core.publishing import attach_publishers
from core.visibility import live_public
from partners.models import ProjectPage
from partners.models.funding import ProjectDonor, totals_per_currency
from partners.models.indexes import ProjectFilterForm
from partners.models.portfolio import donors_of, places_of

COLUMNS = [
    "project_id",
    "project_title",
    "project_url",
    "organisation",
    "implementing_partners",
    "status",
    "start_date",
    "end_date",
    "dac_sector",
    "donor",
    "donor_iati_identifier",
    "amount",
    "currency",
    "municipalities",
    "regions",
    "countries",
    "language",
]
LIST_SEPARATOR = "; "


def filtered_projects(request, locale):
    form = ProjectFilterForm(request.GET or None, locale=locale)
    filters = form.valid_filters()
    projects = live_public(ProjectPage.objects.filter(locale=locale)).matching(filters)
    projects = list(projects.order_by("-start_date", "title"))
    return projects, filters.get("donor"), {name: request.GET[name] for name in filters}


def rows_for(projects, locale, request=None, donor=None):
    """The export's rows, each a dict of COLUMNS; only ``donor``'s links when given (a donor's
    export adds up to its page's totals). A fixed number of queries for any number of projects."""
    attach_publishers(projects)
    places = places_of(projects, locale)
    fundings = defaultdict(list)
    links = ProjectDonor.objects.filter(project__in=projects).order_by("sort_order")
    if donor is not None:
        links = links.filter(donor__translation_key=donor.translation_key)
    links = list(links)
    for link, donor in zip(links, donors_of(links, locale), strict=True):
        link.localized_donor = donor
        fundings[link.project_id].append(link)
    partners = ProjectPage.partner_organisations.through.objects.filter(projectpage__in=projects)
    partners = list(partners.select_related("partnerorganisationpage"))
    partner_pages = localized([link.partnerorganisationpage for link in partners], locale)
    partners_of = defaultdict(list)
    for link, partner in zip(partners, partner_pages, strict=True):
        if partner.live:
            partners_of[link.projectpage_id].append(partner.title)

    rows = []
    for project in projects:
        municipalities = places.get(project.pk, [])
        regions = list(dict.fromkeys(m.localized_region for m in municipalities if m.localized_region))
        common = {
            "project_id": str(project.translation_key),
            "project_title": project.title,
            "project_url": page_full_url(project, request),
            "organisation": project.publisher.title if project.publisher else "",
            "implementing_partners": LIST_SEPARATOR.join(partners_of[project.pk]),
            "status": project.status,
            "start_date": project.start_date.isoformat(),
            "end_date": project.end_date.isoformat() if project.end_date else "",
            "dac_sector": project.dac_sector,
            "municipalities": LIST_SEPARATOR.join(m.name for m in municipalities),
            "regions": LIST_SEPARATOR.join(r.name for r in regions),
            "countries": LIST_SEPARATOR.join(sorted({r.country for r in regions})),
            "language": locale.language_code,
        }
        for link in fundings[project.pk] or [None]:
            rows.append(
                {
                    **common,
                    "donor": link.localized_donor.title if link else "",
                    "donor_iati_identifier": link.localized_donor.iati_identifier if link else "",
                    "amount": str(link.amount) if link and link.amount is not None else "",
                    "currency": link.currency if link and link.amount is not None else "",
                }
            )
    return rows


def totals(rows):
    """The stated amounts summed per currency, never across currencies."""
    sums = totals_per_currency((row["currency"], Decimal(row["amount"])) for row in rows if row["amount"])
    return [{"currency": currency, "amount": str(amount)} for currency, amount in sums]


def _file_name(locale, extension):
    return f"projects-{locale.language_code}-{timezone.localdate():%Y-%m-%d}.{extension}"


def projects_csv(request):
    locale = active_locale()
    projects, donor, _filters = filtered_projects(request, locale)
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows_for(projects, locale, request, donor))
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_file_name(locale, "csv")}"'
    return response


def projects_json(request):
    locale = active_locale()
    projects, donor, filters = filtered_projects(request, locale)
    rows = rows_for(projects, locale, request, donor)
    document = {
        "language": locale.language_code,
        "generated": timezone.now().isoformat(timespec="seconds"),
        "filters": filters,
        "columns": COLUMNS,
        "totals": totals(rows),
        "rows": rows,
    }
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = f'inline; filename="{_file_name(locale, "json")}"'
    return response
