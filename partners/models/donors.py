"""Who funds the coalition's work: the donor directory and each donor's page with what it funds."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import relations
from core.forms import RomanisedSlugPageForm
from core.pictures import with_pictures
from core.publishing import attach_publishers
from core.visibility import live_public
from partners.models.filters import PortfolioFilterForm
from partners.models.portfolio import Portfolio, every_year
from partners.models.projects import ProjectPage
from search.indexing import AnalysedSearchMixin, analysed_search_fields

PROJECTS_PER_PAGE = 25


def _in_order(projects, order):
    """Projects by date, or by amount: the combined amount where exchange rates give one, else
    within each currency; projects without a stated amount come last either way."""
    if order in ("largest", "smallest"):
        sign = -1 if order == "largest" else 1

        def by_amount(project):
            if not project.amounts:
                return (2, "", 0)
            if project.combined_amount is not None:
                return (0, "", sign * project.combined_amount)
            currency, amount = max(project.amounts.items(), key=lambda item: item[1])
            return (1, currency, sign * amount)

        return sorted(projects, key=by_amount)
    return sorted(projects, key=lambda p: (p.start_date, p.title), reverse=order != "oldest")


class DonorPage(AnalysedSearchMixin, Page):
    """A government, multilateral body or foundation that funds projects."""

    base_form_class = RomanisedSlugPageForm

    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Government agency")
        MULTILATERAL = "multilateral", _("Multilateral organisation")
        FOUNDATION = "foundation", _("Foundation")
        INGO = "ingo", _("International NGO")
        EMBASSY = "embassy", _("Embassy")
        PRIVATE = "private", _("Private sector")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.GOVERNMENT)
    country = models.CharField(_("country"), max_length=100, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    about = RichTextField(_("about"), blank=True)
    iati_identifier = models.CharField(
        _("IATI organisation identifier"),
        max_length=100,
        blank=True,
        help_text=_("As registered with IATI, e.g. XI-IATI-EC_INTPA or US-GOV-1; used in the open data files."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("about"),
        FieldPanel("iati_identifier"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("about"),
        index.SearchField("country"),
        index.FilterField("kind"),
        *analysed_search_fields(),
    ]
    api_fields = [APIField("kind"), APIField("country"), APIField("website"), APIField("iati_identifier")]
    override_translatable_fields = [SynchronizedField("iati_identifier")]
    parent_page_types = ["partners.DonorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("donor")
        verbose_name_plural = _("donors")

    def funded_projects(self):
        """Live projects of this donor's locale that name this donor (in any locale's version)."""
        return (
            live_public(ProjectPage.objects.filter(locale=self.locale))
            .filter(relations.funded_by(self, on=ProjectPage))
            .select_related("image")
            .order_by("-start_date")
        )

    def portfolio(self, request):
        """The donor's projects, filtered and ordered as the reader asked, one page of them, with
        its stated amounts and their breakdowns (partners.models.portfolio)."""
        params = request.GET.copy()
        params.pop("page", None)
        form = PortfolioFilterForm(params or None, locale=self.locale)
        filters = form.valid_filters()
        projects = self.funded_projects().matching(filters)
        portfolio = Portfolio.of(projects, self.locale, donor=self)
        amounts = {project.pk: project for project in portfolio.projects()}
        listed = list(projects)
        for project in listed:
            stated = amounts.get(project.pk)
            project.amounts = stated.amounts if stated else {}
            project.combined_amount = stated.combined_amount if stated else None
        # get_page() turns "abc" into page 1 and 99999 into the last page.
        page_obj = Paginator(_in_order(listed, filters.get("order") or "newest"), PROJECTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        page_obj.object_list = attach_publishers(list(page_obj.object_list))
        return form, filters, portfolio, page_obj

    def breakdowns(self, portfolio):
        """The portfolio by year, region, municipality and member; a name links to this donor's
        projects there in the project index."""

        def linked(rows, name):
            return {row.key: urlencode({"donor": self.slug, name: row.key}) for row in rows if row.key}

        by_region, by_municipality, by_member = (
            portfolio.by_region(),
            portfolio.by_municipality(),
            portfolio.by_member(),
        )
        return [
            portfolio.table("by-year", _("By year"), _("By year"), _("Year"), every_year(portfolio.by_year())),
            portfolio.table(
                "by-region", _("By region"), _("By region"), _("Region"), by_region, linked(by_region, "region")
            ),
            portfolio.table(
                "by-municipality",
                _("By municipality"),
                _("By municipality"),
                _("Municipality"),
                by_municipality,
                linked(by_municipality, "municipality"),
            ),
            portfolio.table(
                "by-member",
                _("By member organisation"),
                _("By member organisation"),
                _("Organisation"),
                by_member,
                linked(by_member, "organisation"),
            ),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, filters, portfolio, page_obj = self.portfolio(request)
        context.update(filter_form=form, filters=filters, portfolio=portfolio, page_obj=page_obj)
        context["projects"] = page_obj.object_list
        context["elided_page_range"] = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2)
        context["breakdowns"] = self.breakdowns(portfolio)
        # The open-data exports of exactly these projects (the export's own filter names).
        export_query = request.GET.copy()
        export_query.pop("order", None)
        export_query.pop("page", None)
        export_query["donor"] = self.slug
        context["export_query"] = export_query.urlencode()
        news = relations.news_items(self.locale).filter(
            relations.about_projects(self.funded_projects().values("translation_key"))
        )
        context["news"] = with_pictures(attach_publishers(list(news[:10])))
        return context

    def pages_showing_it(self):
        """Besides the donor directory: the project listing (which filters by donor) and the
        projects it funds."""
        locale = self.locale_id
        funded = ProjectPage.objects.filter(locale=locale).filter(relations.funded_by(self, on=ProjectPage))
        return relations.pks(relations.index_pages_showing("donor", locale)) | relations.pks(funded)
