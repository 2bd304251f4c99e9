"""The filters of a list of projects (status, region, municipality, organisation): the project
index adds the donor (indexes.ProjectFilterForm); a donor's portfolio adds the order.

Each filter offers only the values that some live project of the form's language has (a place,
an organisation, a status), so that no choice leads to an empty list: ``offered_in`` of the
fields, computed once per language until something is published (core.listing.offered)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core import relations
from core.listing import ChoiceBySlug, ListingFilterForm, offered
from core.visibility import live_public
from partners.models.organisations import PartnerOrganisationPage
from partners.models.places import Municipality, Region
from partners.models.projects import ProjectPage, ProjectStatus

LISTING = "projects"


def live_projects(locale):
    return live_public(ProjectPage.objects.filter(locale=locale))


def organisations_with(pages, locale):
    """The slugs of the live organisations of ``locale`` that publish one of ``pages`` or
    implement it as a partner: those the "organisation" filter finds some of them for."""
    organisations = PartnerOrganisationPage.objects.live().filter(locale=locale)
    return set(relations.publishers_among(organisations, pages).values_list("slug", flat=True))


def offered_by_projects(name, compute):
    """``offered_in`` for a project filter: ``compute(projects, locale)`` over the live projects."""
    return lambda locale: offered(LISTING, name, locale, lambda: compute(live_projects(locale), locale))


def _statuses_with_projects(locale):
    def compute():
        projects = live_projects(locale)
        return [status for status in ProjectStatus.values if projects.with_status(status).exists()]

    return offered(LISTING, "status", locale, compute)


class ProjectFilters(ListingFilterForm):
    status = forms.ChoiceField(required=False, label=_("Status"))
    region = ChoiceBySlug(
        lambda locale: Region.objects.filter(locale=locale),
        label=_("Region"),
        empty_label=_("All regions"),
        offered_in=offered_by_projects("region", lambda pages, locale: relations.related_keys("region", pages, "slug")),
    )
    municipality = ChoiceBySlug(
        lambda locale: Municipality.objects.filter(locale=locale),
        label=_("Municipality"),
        empty_label=_("All municipalities"),
        offered_in=offered_by_projects("place", lambda pages, locale: relations.related_keys("place", pages, "slug")),
    )
    organisation = ChoiceBySlug(
        lambda locale: PartnerOrganisationPage.objects.live().filter(locale=locale).order_by("title"),
        label=_("Organisation"),
        empty_label=_("All organisations"),
        offered_in=offered_by_projects("organisation", organisations_with),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.locale

        def statuses():  # when rendered or validated (ChoiceField calls it then)
            found = _statuses_with_projects(locale)
            return [("", _("Any status"))] + [
                (value, label) for value, label in ProjectStatus.choices if value in found
            ]

        self.fields["status"].choices = statuses


class PortfolioFilterForm(ProjectFilters):
    """A donor's projects: filtered like the project index, in the order the reader chooses."""

    ORDERS = {
        "newest": _("Newest first"),
        "oldest": _("Oldest first"),
        "largest": _("Largest amount first"),
        "smallest": _("Smallest amount first"),
    }
    order = forms.ChoiceField(choices=list(ORDERS.items()), required=False, label=_("Order"))
