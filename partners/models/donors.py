"""Who funds the coalition's work: the donor directory and each donor's page with what it funds."""

from django.db import models
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core import relations
from core.publishing import attach_publishers
from core.visibility import live_public
from partners.models.projects import ProjectDonor, ProjectPage
from search.indexing import AnalysedSearchMixin, analysed_search_fields


class DonorPage(AnalysedSearchMixin, Page):
    """A government, multilateral body or foundation that funds projects."""

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

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("about"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("about"),
        index.SearchField("country"),
        index.FilterField("kind"),
        *analysed_search_fields(),
    ]
    api_fields = [APIField("kind"), APIField("country"), APIField("website")]
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

    def funding_totals(self, projects):
        """Sum of the stated amounts per currency, over the given projects."""
        rows = (
            ProjectDonor.objects.filter(
                project__in=projects, amount__isnull=False, donor__translation_key=self.translation_key
            )
            .values("currency")
            .annotate(total=Sum("amount"))
            .order_by("currency")
        )
        return [(row["currency"], row["total"]) for row in rows]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = self.funded_projects()
        context["projects"] = attach_publishers(list(projects))
        context["totals"] = self.funding_totals(projects)
        news = relations.news_items(self.locale).filter(relations.about_projects(projects.values("translation_key")))
        context["news"] = attach_publishers(list(news[:10]))
        return context

    def pages_showing_it(self):
        """Besides the donor directory: the project listing (which filters by donor) and the
        projects it funds."""
        locale = self.locale_id
        funded = ProjectPage.objects.filter(locale=locale).filter(relations.funded_by(self, on=ProjectPage))
        return relations.pks(relations.index_pages_showing("donor", locale)) | relations.pks(funded)
