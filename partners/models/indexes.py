"""The directories and listings of the partners app: members, donors and projects (with the
project listing's filters). Each index page says which kinds of content it ``shows`` (for the
page cache's purges, core.relations)."""

from django.utils.translation import gettext_lazy as _

from core.listing import ChoiceBySlug, FilteredListingMixin, IndexPage
from core.publishing import attach_publishers
from core.visibility import live_public
from partners.models.donors import DonorPage
from partners.models.filters import ProjectFilters
from partners.models.organisations import PartnerOrganisationPage
from partners.models.projects import ProjectPage


class PartnerIndexPage(IndexPage):
    """/members/: the directory of member and partner organisations."""

    subpage_types = ["partners.PartnerOrganisationPage"]
    shows = ("organisation",)

    class Meta:
        verbose_name = _("member directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = (
            live_public(PartnerOrganisationPage.objects.child_of(self)).select_related("logo").order_by("title")
        )
        context["members"] = [o for o in organisations if o.role == PartnerOrganisationPage.Role.MEMBER]
        context["partners"] = [o for o in organisations if o.role == PartnerOrganisationPage.Role.PARTNER]
        return context


class DonorIndexPage(IndexPage):
    """/donors/: everyone who funds the coalition's work."""

    subpage_types = ["partners.DonorPage"]
    shows = ("donor",)

    class Meta:
        verbose_name = _("donor directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["donors"] = live_public(DonorPage.objects.child_of(self)).select_related("logo").order_by("title")
        return context


class ProjectFilterForm(ProjectFilters):
    """The project index's filters: a donor's portfolio's, and the donor."""

    donor = ChoiceBySlug(
        lambda locale: DonorPage.objects.live().filter(locale=locale).order_by("title"),
        label=_("Donor"),
        empty_label=_("All donors"),
    )
    field_order = ["donor", "status", "region", "municipality", "organisation"]


class ProjectIndexPage(FilteredListingMixin, IndexPage):
    """/projects/: every project of the locale, filterable by donor, status, place and organisation."""

    subpage_types = []
    page_size = 12
    shows = ("project", "organisation", "donor", "place")

    class Meta:
        verbose_name = _("project index")

    filter_form_class = ProjectFilterForm

    def get_listing(self, filters):
        projects = live_public(ProjectPage.objects.filter(locale=self.locale)).matching(filters)
        return projects.select_related("image").order_by("-start_date", "title")

    def decorate_page_items(self, items):
        return attach_publishers(items)
