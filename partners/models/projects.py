"""Projects: what an organisation implements, with its partners, donors (and the amounts), places
and contacts; and the project index.

Relations across locales: a translated page may keep pointing at the source-locale version of a
related page or snippet (wagtail-localize synchronises such fields as they are), so queries match
related pages by ``translation_key`` and snippets by their synchronised ``slug`` (core.relations),
and templates show the ``.localized`` version.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import api_fields as api_data
from core import relations
from core.forms import LocaleScopedPageForm
from core.i18n import locale_of, localized
from core.pictures import with_pictures
from core.publishing import PublishedByOrganisationMixin, attach_publishers
from core.relations import Relations
from partners.models.funding import ProjectDonor, dac_sector_choices, dac_sector_name, totals_per_currency
from partners.models.places import Municipality
from partners.models.rates import Rates
from search.indexing import AnalysedSearchMixin, analysed_search_fields, indexed_once


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ProjectPageQuerySet(PageQuerySet):
    def with_status(self, status, today=None):
        """Filter by status, which is derived from the dates, never stored."""
        today = today or timezone.localdate()
        if status == ProjectStatus.PLANNED:
            return self.filter(start_date__gt=today)
        if status == ProjectStatus.COMPLETED:
            return self.filter(end_date__lt=today)
        if status == ProjectStatus.ONGOING:
            return self.filter(start_date__lte=today).filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        return self

    def matching(self, filters):
        """The projects a project listing shows for ``filters`` (ProjectFilterForm's valid values):
        the project index, a donor's portfolio and the open-data exports filter alike."""
        projects = self.with_status(filters["status"]) if filters.get("status") else self
        return projects.filter(relations.listing_filters(filters, on=self.model, one_locale=True))

    def involving(self, organisation):
        """Projects the organisation publishes (in its section) or implements as a partner."""
        return self.filter(relations.published_by(organisation, on=self.model))


ProjectPageManager = PageManager.from_queryset(ProjectPageQuerySet)


class ProjectPage(AnalysedSearchMixin, PublishedByOrganisationMixin, Page):
    """A project an organisation implements, with its partners, donors and places."""

    summary = models.TextField(
        _("summary"), max_length=400, blank=True, help_text=_("One or two sentences for listings.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    goal = models.TextField(_("goal"), blank=True)
    target_groups = RichTextField(_("target groups"), blank=True)
    activities = RichTextField(_("activities"), blank=True)
    expected_results = RichTextField(_("expected results"), blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for open-ended projects.")
    )
    municipalities = ParentalManyToManyField(
        Municipality,
        verbose_name=_("municipalities"),
        blank=True,
        related_name="projects",
    )
    dac_sector = models.CharField(
        _("sector (OECD DAC)"),
        max_length=5,
        blank=True,
        choices=dac_sector_choices,
        help_text=_("The sector donors report it under, e.g. 15150 (democratic participation and civil society)."),
    )
    partner_organisations = ParentalManyToManyField(
        "partners.PartnerOrganisationPage",
        verbose_name=_("implementing partners"),
        blank=True,
        related_name="partnered_projects",
        help_text=_("Other organisations implementing the project with the publishing one."),
    )

    objects = ProjectPageManager()
    base_form_class = LocaleScopedPageForm
    summary_field = "summary"  # what suggestions complete words from, besides the title

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("goal"),
        FieldPanel("target_groups"),
        FieldPanel("activities"),
        FieldPanel("expected_results"),
        MultiFieldPanel(
            [
                FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
                FieldPanel("partner_organisations", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Where and with whom"),
        ),
        FieldPanel("dac_sector"),
        InlinePanel("fundings", label=_("Donor"), heading=_("Donors and amounts")),
        InlinePanel("results", label=_("Result"), heading=_("Results")),
        InlinePanel("contacts", label=_("Contact"), heading=_("Contacts")),
    ]
    search_fields = Page.search_fields + [
        *analysed_search_fields(),
        index.SearchField("related_names"),
        index.SearchField("summary", boost=2),
        index.SearchField("goal"),
        index.SearchField("target_groups"),
        index.SearchField("activities"),
        index.SearchField("expected_results"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    override_translatable_fields = [
        SynchronizedField("municipalities"),
        SynchronizedField("partner_organisations"),
        SynchronizedField("dac_sector"),
    ]
    api_fields = [
        APIField("start_date"),
        APIField("end_date"),
        api_data.computed("status", "status"),
        APIField("summary"),
        APIField("goal"),
        api_data.computed("places", "api_places"),
        api_data.computed("partners", "api_partners"),
        api_data.computed("donors", "api_donors"),
        api_data.computed("results", "api_results"),
        APIField("dac_sector"),
    ]
    api_prefetch = ("municipalities", "partner_organisations", "fundings__donor", "results")
    parent_page_types = ["partners.PartnerOrganisationPage"]
    subpage_types = []
    relations = Relations(
        date="start_date",
        place="municipalities",
        region="municipalities__region",
        donor="fundings__donor",
        partner="partner_organisations",
    )

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The project cannot end before it starts.")})

    def get_status(self, today=None):
        today = today or timezone.localdate()
        if self.start_date and self.start_date > today:
            return ProjectStatus.PLANNED
        if self.end_date and self.end_date < today:
            return ProjectStatus.COMPLETED
        return ProjectStatus.ONGOING

    @property
    def status(self):
        return self.get_status()

    @property
    def status_label(self):
        return ProjectStatus(self.status).label

    def localized_municipalities(self):
        return localized(self.municipalities.all(), locale_of(self))

    def localized_partners(self):
        return [p for p in localized(self.partner_organisations.all(), locale_of(self)) if p.live]

    def localized_fundings(self):
        fundings = self.fundings.all()
        if "fundings" not in getattr(self, "_prefetched_objects_cache", {}):  # the API prefetches them
            fundings = fundings.select_related("donor")
        fundings = list(fundings)
        for funding, donor in zip(fundings, localized([f.donor for f in fundings], locale_of(self)), strict=True):
            funding.localized_donor = donor
        return fundings

    def api_places(self):
        return api_data.places(self.localized_municipalities())

    def api_partners(self):
        return api_data.pages(self.localized_partners())

    def api_donors(self):
        """Each donor (in the page's language) with the stated amount and its currency."""
        return [
            {
                "id": funding.localized_donor.pk,
                "title": funding.localized_donor.title,
                "amount": str(funding.amount) if funding.amount is not None else None,
                "currency": funding.currency,
            }
            for funding in self.localized_fundings()
        ]

    def api_results(self):
        return [
            {
                "indicator": result.indicator,
                "target": result.target,
                "achieved": result.achieved,
                "due_date": result.due_date.isoformat() if result.due_date else None,
            }
            for result in self.results.all()
        ]

    @property
    def dac_sector_name(self):
        return dac_sector_name(self.dac_sector)

    @indexed_once
    def related_names(self):
        """Its places, partners and donors by name, in the page's language: a project found
        by "Tsalenjikha" may name the place only in its list of municipalities."""
        with translation.override(locale_of(self).language_code):
            return (
                [place.name for place in self.localized_municipalities()]
                + [partner.title for partner in self.localized_partners()]
                + [funding.localized_donor.title for funding in self.localized_fundings()]
            )

    def funding(self):
        """What the page's funding section shows: each donor's amount, the total per currency
        (never across currencies) and, where exchange rates allow, a combined figure."""
        fundings = self.localized_fundings()
        totals = dict(totals_per_currency((f.currency, f.amount) for f in fundings if f.amount is not None))
        rates = Rates.current() if totals else None
        combined = rates.combined_figure(totals) if rates else None
        return {
            "fundings": fundings,
            "totals": list(totals.items()),
            "combined": combined,
            "combined_currency": rates.currency if combined is not None else None,
            "rates_date": rates.date_for(totals) if combined is not None else None,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["funding"] = self.funding()
        context["news"] = with_pictures(
            attach_publishers(list(relations.news_about(self.locale, [self.translation_key])[:10]))
        )
        return context

    def pages_showing_it(self):
        """Besides its section: the listings (the project index, and the news index, which filters
        by project), its partners' pages, and its donors' pages and the news about it (with the
        pages around those)."""
        locale = self.locale_id
        ids = relations.pks(relations.index_pages_showing("project", locale))
        partners = {org.translation_key for org in self.partner_organisations.all()}
        ids |= relations.pks(Page.objects.filter(locale=locale, translation_key__in=partners))
        donors = {funding.donor.translation_key for funding in self.fundings.all()}
        ids |= relations.pks(Page.objects.filter(locale=locale, translation_key__in=donors))
        return ids | pages_around_projects(locale, {self.translation_key})


class ProjectContact(Orderable):
    project = ParentalKey(ProjectPage, related_name="contacts", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")


def pages_around_projects(locale, project_translation_keys):
    """The pages of ``locale`` that show something of these projects: the projects' own pages,
    their donors' pages and the news and events about them."""
    if not project_translation_keys:
        return set()
    keys = list(project_translation_keys)
    ids = relations.pks(ProjectPage.objects.filter(locale=locale, translation_key__in=keys))
    donors = ProjectDonor.objects.filter(project__translation_key__in=keys).values("donor__translation_key")
    ids |= relations.pks(Page.objects.filter(locale=locale, translation_key__in=donors))
    ids |= relations.pks(Page.objects.filter(locale=locale).filter(relations.about_projects(keys)))
    return ids
