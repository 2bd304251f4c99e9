"""The funding overview: who funds the coalition's projects, where and when, for the whole
coalition in one language. One page per language, under the home page; its figures are those of
the live public projects of its language, read through Portfolio (partners.models.portfolio) as
the donor pages and the open-data exports read them, so all three agree."""

from django.utils.translation import gettext_lazy as _

from core.i18n import locale_of
from core.listing import IndexPage
from core.visibility import live_public
from funding.figures import overview
from partners.models import ProjectPage, Region
from partners.models.portfolio import Portfolio


class FundingOverviewPage(IndexPage):
    """/funding/: the stated amounts of every project, per currency, by year, region, donor and
    member organisation; a chart per currency, a map of the regions and tables of the figures."""

    subpage_types = []
    # What it shows, for the page cache's purges (core.relations.index_pages_showing): projects
    # and their amounts, donors and members by name, places. Exchange rates purge it as a page
    # listing donors (partners.models.funding.pages_showing_amounts).
    shows = ("project", "donor", "organisation", "place")

    class Meta:
        verbose_name = _("funding overview")

    def portfolio(self):
        locale = locale_of(self)
        return Portfolio.of(live_public(ProjectPage.objects.filter(locale=locale)), locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = locale_of(self)
        portfolio = self.portfolio()
        region_names = dict(Region.objects.filter(locale=locale).values_list("slug", "name")) if portfolio.lines else {}
        context.update(overview(portfolio, locale, region_names))
        return context
