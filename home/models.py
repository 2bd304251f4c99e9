"""The home page of each locale and standard content pages (about, contact…)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core import relations
from core.blocks import BodyBlock
from core.forms import RomanisedSlugPageForm
from core.i18n import locale_of, localized
from core.pictures import with_pictures
from core.publishing import attach_publishers
from core.routing import RouteByUrlPathMixin
from core.visibility import live_public
from partners.models import DonorPage, PartnerOrganisationPage, ProjectPage, ProjectStatus
from search.indexing import AnalysedSearchMixin, analysed_search_fields


class HomePage(RouteByUrlPathMixin, Page):
    """The root of one language's tree; its title is the coalition's name in that language."""

    # The header, the footer and the <title> already name the coalition: the hero says what it is for.
    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        blank=True,
        help_text=_("A short line on what the coalition does, shown as the page's main heading. Empty: the title."),
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("intro"),
        MultipleChooserPanel(
            "featured_projects",
            chooser_field_name="project",
            label=_("Featured project"),
            heading=_("Featured projects"),
        ),
    ]
    base_form_class = RomanisedSlugPageForm
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "partners.ProjectIndexPage",
        "partners.PartnerIndexPage",
        "partners.DonorIndexPage",
        "funding.FundingOverviewPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = with_pictures(attach_publishers(relations.NewestNews(self.locale)[:6]))
        featured = localized(
            (link.project for link in self.featured_projects.select_related("project")), locale_of(self)
        )
        featured = [project for project in featured if project.live]
        if not featured:
            # Nothing chosen by editors yet: show what is running now.
            featured = list(
                live_public(ProjectPage.objects.filter(locale=self.locale))
                .with_status(ProjectStatus.ONGOING)
                .order_by("-start_date")[:3]
            )
        context["featured_projects"] = with_pictures(attach_publishers(featured))
        context["members"] = with_pictures(
            live_public(PartnerOrganisationPage.objects.filter(locale=self.locale))
            .filter(role=PartnerOrganisationPage.Role.MEMBER)
            .select_related("logo")
            .order_by("title"),
            "logo",
            "logo",
        )
        context["donors"] = with_pictures(
            live_public(DonorPage.objects.filter(locale=self.locale)).select_related("logo").order_by("title"),
            "logo",
            "logo",
        )
        return context


class HomePageFeaturedProject(Orderable):
    page = ParentalKey(HomePage, related_name="featured_projects", on_delete=models.CASCADE)
    project = models.ForeignKey(
        "partners.ProjectPage", verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("project")]


class StandardPage(AnalysedSearchMixin, Page):
    """About, contact and other pages of the coalition itself."""

    base_form_class = RomanisedSlugPageForm

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        *analysed_search_fields(),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
