"""Who does the work and who pays for it, and where: places, organisations, donors, projects.
Each module's models declare their relations to the others (core.relations)."""

from partners.models.donors import DonorPage
from partners.models.indexes import DonorIndexPage, PartnerIndexPage, ProjectIndexPage
from partners.models.organisations import PartnerOffice, PartnerOrganisationPage
from partners.models.places import Municipality, Region
from partners.models.projects import (
    ProjectContact,
    ProjectDonor,
    ProjectPage,
    ProjectPageManager,
    ProjectPageQuerySet,
    ProjectStatus,
)

__all__ = [
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
