"""Who does the work and who pays for it, and where: places, organisations, donors, projects.
Each module's models declare their relations to the others (core.relations)."""

from partners.models.donors import DonorPage
from partners.models.funding import Currency, ExchangeRate, ProjectDonor, ProjectResult
from partners.models.indexes import DonorIndexPage, PartnerIndexPage, ProjectIndexPage
from partners.models.open_data import IatiOrganisationType, OpenDataSettings
from partners.models.organisations import PartnerOffice, PartnerOrganisationPage
from partners.models.places import Country, Municipality, Region
from partners.models.projects import (
    ProjectContact,
    ProjectPage,
    ProjectPageManager,
    ProjectPageQuerySet,
    ProjectStatus,
)

__all__ = [
    "Country",
    "Currency",
    "ExchangeRate",
    "IatiOrganisationType",
    "OpenDataSettings",
    "ProjectResult",
    "DonorIndexPage",
    "DonorPage",
    "Municipality",
    "PartnerIndexPage",
    "PartnerOffice",
    "PartnerOrganisationPage",
    "ProjectContact",
    "ProjectDonor",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageManager",
    "ProjectPageQuerySet",
    "ProjectStatus",
    "Region",
]
