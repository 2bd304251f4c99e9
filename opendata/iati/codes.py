"""The IATI 2.03 codes the activity file uses, named. Each comes from one of IATI's codelists
(IATI/IATI-Codelists for the embedded ones, IATI/IATI-Codelists-NonEmbedded for the others);
the tests check every code in the generated file against those lists
(tests/opendata/iati_rulesets/codelists.json)."""

import re

from partners.models import Country, DonorPage, ProjectStatus

VERSION = "2.03"

# ActivityStatus. A completed project is "3 Finalisation", not "4 Closed": the site knows that
# the work has ended, not that the donors' accounts are closed.
ACTIVITY_STATUS = {
    ProjectStatus.PLANNED: "1",  # Pipeline/identification
    ProjectStatus.ONGOING: "2",  # Implementation
    ProjectStatus.COMPLETED: "3",  # Finalisation
}

# ActivityDateType
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"

# OrganisationRole
FUNDING, IMPLEMENTING = "1", "4"

# OrganisationType for each kind of donor. Embassies are their government's agencies.
DONOR_TYPES = {
    DonorPage.Kind.GOVERNMENT: "10",
    DonorPage.Kind.EMBASSY: "10",
    DonorPage.Kind.MULTILATERAL: "40",
    DonorPage.Kind.FOUNDATION: "60",
    DonorPage.Kind.INGO: "21",
    DonorPage.Kind.PRIVATE: "70",
    DonorPage.Kind.OTHER: "90",
}
OTHER_ORGANISATION_TYPE = "90"

# SectorVocabulary "1" (OECD DAC 5-digit) and, in it, "99810 Sectors not specified": what the
# file says of a project whose sector editors have not chosen (the rulesets require a sector).
DAC_SECTOR_VOCABULARY = "1"
SECTOR_NOT_SPECIFIED = "99810"

# BudgetType "1 Original", BudgetStatus "2 Committed": the amounts are the donors' commitments.
BUDGET_ORIGINAL, BUDGET_COMMITTED = "1", "2"

# DescriptionType
DESCRIPTION_GENERAL, DESCRIPTION_OBJECTIVES = "1", "2"

# A municipality as a location: GeographicLocationClass "1 Administrative Region", placed in its
# country with GeographicVocabulary "A4" (ISO 3166-1 alpha-2) at level 0.
ADMINISTRATIVE_REGION = "1"
ISO_COUNTRY_VOCABULARY, COUNTRY_LEVEL = "A4", "0"

# A project result: ResultType "9 Other" (the site does not say whether a result is an output,
# outcome or impact) and IndicatorMeasure "5 Qualitative" (targets are text, e.g. "8
# municipalities", so no @value: the rulesets want numbers in it for every other measure).
RESULT_OTHER = "9"
QUALITATIVE = "5"

# The project's page on the site: DocumentCategory "A12 Activity web page", FileFormat text/html.
ACTIVITY_WEB_PAGE, HTML = "A12", "text/html"

# The standard's rules for identifiers: no leading or trailing spaces (stripped here), none of
# the symbols / & | ? (rules 1.3.13, 1.8.13, 1.14.13), and none inside either: an identifier
# is one token.
_IDENTIFIER = re.compile(r"^[^\s\x00-\x1f/&|?]+$")


def clean_identifier(text):
    """The organisation identifier as the file may state it, or "" when it is empty or breaks
    the standard's rules (an editor's typo must not make the whole file invalid)."""
    text = (text or "").strip()
    return text if _IDENTIFIER.match(text) else ""


def country_of_identifier(identifier):
    """The country an organisation identifier names by its registration agency's prefix
    (``GE-…`` Georgia, ``AZ-…`` Azerbaijan), if it is one the coalition works in."""
    prefix = (identifier or "").split("-", 1)[0].upper()
    return prefix if prefix in Country.values else None
