"""The filters of a list of projects (status, region, municipality, organisation): the project
index adds the donor (indexes.ProjectFilterForm); a donor's portfolio adds the order."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ChoiceBySlug, ListingFilterForm
from partners.models.organisations import PartnerOrganisationPage
from partners.models.places import Municipality, Region
from partners.models.projects import ProjectStatus


class ProjectFilters(ListingFilterForm):
    status = forms.ChoiceField(
        choices=[("", _("Any status"))] + ProjectStatus.choices, required=False, label=_("Status")
    )
    region = ChoiceBySlug(
        lambda locale: Region.objects.filter(locale=locale), label=_("Region"), empty_label=_("All regions")
    )
    municipality = ChoiceBySlug(
        lambda locale: Municipality.objects.filter(locale=locale),
        label=_("Municipality"),
        empty_label=_("All municipalities"),
    )
    organisation = ChoiceBySlug(
        lambda locale: PartnerOrganisationPage.objects.live().filter(locale=locale).order_by("title"),
        label=_("Organisation"),
        empty_label=_("All organisations"),
    )


class PortfolioFilterForm(ProjectFilters):
    """A donor's projects: filtered like the project index, in the order the reader chooses."""

    ORDERS = {
        "newest": _("Newest first"),
        "oldest": _("Oldest first"),
        "largest": _("Largest amount first"),
        "smallest": _("Smallest amount first"),
    }
    order = forms.ChoiceField(choices=list(ORDERS.items()), required=False, label=_("Order"))
