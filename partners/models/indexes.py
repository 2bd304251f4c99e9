"""The directories and listings of the partners app: members, donors and projects (with the
project listing's filters). Each index page says which kinds of content it ``shows`` (for the
page cache's purges, core.relations)."""

from django.utils.translation import gettext_lazy as _

from core import relations
from core.listing import ChoiceBySlug, FilteredListingMixin, IndexPage
from core.pictures import with_pictures
from core.publishing import attach_publishers
from core.visibility import live_public
from partners.models.donors import DonorPage
from partners.models.filters import ProjectFilters, offered_by_projects
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
        organisations = with_pictures(
            live_public(PartnerOrganisationPage.objects.child_of(self)).select_related("logo").order_by("title"),
            "logo",
            "logo",
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
        context["donors"] = with_pictures(
            live_public(DonorPage.objects.child_of(self)).select_related("logo").order_by("title"), "logo", "logo"
        )
        return context


def donors_funding(pages, locale):
    """The slugs of the donors of ``locale`` that fund one of ``pages`` (matched by translation
    key, as the donor filter matches them)."""
    keys = relations.related_keys("donor", pages)
    return set(DonorPage.objects.filter(locale=locale, translation_key__in=sorted(keys)).values_list("slug", flat=True))


class ProjectFilterForm(ProjectFilters):
    """The project index's filters: a donor's portfolio's, and the donor."""

    donor = ChoiceBySlug(
        lambda locale: DonorPage.objects.live().filter(locale=locale).order_by("title"),
        label=_("Donor"),
        empty_label=_("All donors"),
        offered_in=offered_by_projects("donor", lambda pages, locale: donors_funding(pages, locale)),
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
