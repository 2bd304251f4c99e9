"""Who does the work and who pays for it: member/partner organisations, donors, projects,
and the places (regions, municipalities) projects and news are about.

Relations across locales: a translated page may keep pointing at the source-locale
version of a related page or snippet (wagtail-localize synchronises such fields as they
are). Queries therefore match related pages by ``translation_key`` and snippets by their
synchronised ``slug``, and templates show the ``.localized`` version.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Sum
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from coalition.forms import LocaleScopedPageForm
from coalition.listing import FilteredListingMixin
from news.feeds import NewsFeedRoutesMixin
from search.indexing import AnalysedSearchMixin, analysed_search_fields, indexed_once


# --- Places -----------------------------------------------------------------------


class Region(TranslatableMixin, index.Indexed, models.Model):
    """A region (Georgian mkhare, Azerbaijani economic region). Snippet."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, allow_unicode=False,
        help_text=_("Latin letters; the same in every language, used in filter links."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Municipality(TranslatableMixin, index.Indexed, models.Model):
    """A municipality or district a project works in or a news item is about. Snippet."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100,
        help_text=_("Latin letters; the same in every language, used in filter links."),
    )
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="municipalities",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("region")]
    translatable_fields = [
        TranslatableField("name"), SynchronizedField("slug"), TranslatableField("region"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


# --- Organisations ----------------------------------------------------------------


class PartnerIndexPage(Page):
    """/members/: the directory of member and partner organisations."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerOrganisationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisations = (
            PartnerOrganisationPage.objects.child_of(self).live().public()
            .select_related("logo").order_by("title")
        )
        context["members"] = [o for o in organisations if o.role == PartnerOrganisationPage.Role.MEMBER]
        context["partners"] = [o for o in organisations if o.role == PartnerOrganisationPage.Role.PARTNER]
        return context


class PartnerOrganisationPage(AnalysedSearchMixin, NewsFeedRoutesMixin, RoutablePageMixin, Page):
    """A member or partner organisation; the root of its own publishing section.

    News, events and projects below it are "published by" it.
    """

    class Role(models.TextChoices):
        MEMBER = "member", _("Coalition member")
        PARTNER = "partner", _("Partner organisation")

    acronym = models.CharField(_("acronym"), max_length=32, blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    about = RichTextField(_("about"), blank=True)
    website = models.URLField(_("website"), blank=True)
    # Publishing access (see partners/sections.py): set by add_member_organisation and kept in
    # step on every publish; only coalition staff may change whether a member is moderated.
    moderated = models.BooleanField(
        _("moderated"), default=False,
        help_text=_("Its editors submit their pages for approval by the coalition's moderators."),
    )
    editors_group = models.ForeignKey(
        "auth.Group", verbose_name=_("editors group"), null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection", verbose_name=_("media collection"), null=True, blank=True,
        editable=False, on_delete=models.SET_NULL, related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("role")]),
        FieldPanel("logo"),
        FieldPanel("about"),
        FieldPanel("website"),
        InlinePanel("offices", label=_("Offices"), heading=_("Offices")),
    ]
    settings_panels = Page.settings_panels + [
        FieldPanel("moderated", permission="partners.manage_member_sections"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("acronym", boost=2),
        index.SearchField("about"),
        index.FilterField("role"),
        *analysed_search_fields(),
    ]
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = ["news.NewsPage", "news.EventPage", "partners.ProjectPage"]

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        permissions = [("manage_member_sections", _("Can decide which members are moderated"))]

    def permissions_for_user(self, user):
        from partners.sections import SectionRootPermissionTester

        return SectionRootPermissionTester(user, self)

    @property
    def display_name(self):
        if self.acronym and self.acronym not in self.title:
            return f"{self.title} ({self.acronym})"
        return self.title

    def get_context(self, request, *args, **kwargs):
        from news.models import news_items

        context = super().get_context(request, *args, **kwargs)
        items = news_items(self.locale).descendant_of(self)
        now = timezone.now()
        context["latest_news"] = items.filter(newspage__isnull=False)[:5]
        context["upcoming_events"] = (
            items.filter(eventpage__start__gte=now).order_by("eventpage__start")[:5]
        )
        context["projects"] = (
            ProjectPage.objects.live().public().filter(locale=self.locale).involving(self)
            .order_by("-start_date")
        )
        return context


class PartnerOffice(Orderable):
    page = ParentalKey(PartnerOrganisationPage, related_name="offices", on_delete=models.CASCADE)
    city = models.CharField(_("city"), max_length=100)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldPanel("city"), FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")


def organisations_by_path(locale):
    """Every organisation of a locale, for finding pages' publishers without a query each."""
    return {
        org.path: org
        for org in PartnerOrganisationPage.objects.filter(locale=locale).select_related("logo")
    }


def attach_publishers(pages):
    """Set ``page.publisher`` (the PartnerOrganisationPage above it, or None) on each page.

    One query per locale in the list instead of one ancestor query per page.
    """
    cache = {}
    for page in pages:
        if page.locale_id not in cache:
            cache[page.locale_id] = organisations_by_path(page.locale_id)
        page.publisher = next(
            (org for path, org in cache[page.locale_id].items()
             if page.path.startswith(path) and page.path != path),
            None,
        )
    return pages


class PublishedByOrganisationMixin:
    """News, events and projects are published by the organisation whose section they sit in."""

    @property
    def publisher(self):
        if not hasattr(self, "_publisher"):
            self._publisher = (
                PartnerOrganisationPage.objects.ancestor_of(self).select_related("logo").first()
            )
        return self._publisher

    @publisher.setter
    def publisher(self, value):
        self._publisher = value


# --- Donors -----------------------------------------------------------------------


class DonorIndexPage(Page):
    """/donors/: everyone who funds the coalition's work."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.DonorPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("donor directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["donors"] = (
            DonorPage.objects.child_of(self).live().public().select_related("logo").order_by("title")
        )
        return context


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
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
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
        index.SearchField("about"), index.SearchField("country"), index.FilterField("kind"),
        *analysed_search_fields(),
    ]
    parent_page_types = ["partners.DonorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("donor")
        verbose_name_plural = _("donors")

    def funded_projects(self):
        """Live projects of this donor's locale that name this donor (in any locale's version)."""
        return (
            ProjectPage.objects.live().public().filter(locale=self.locale)
            .filter(fundings__donor__translation_key=self.translation_key)
            .distinct().order_by("-start_date")
        )

    def funding_totals(self, projects):
        """Sum of the stated amounts per currency, over the given projects."""
        rows = (
            ProjectDonor.objects.filter(project__in=projects, amount__isnull=False,
                                        donor__translation_key=self.translation_key)
            .values("currency").annotate(total=Sum("amount")).order_by("currency")
        )
        return [(row["currency"], row["total"]) for row in rows]

    def get_context(self, request, *args, **kwargs):
        from news.models import about_projects, news_items

        context = super().get_context(request, *args, **kwargs)
        projects = self.funded_projects()
        context["projects"] = attach_publishers(list(projects))
        context["totals"] = self.funding_totals(projects)
        context["news"] = about_projects(news_items(self.locale), projects.values("translation_key"))[:10]
        return context


# --- Projects ---------------------------------------------------------------------


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
            return self.filter(start_date__lte=today).filter(
                Q(end_date__isnull=True) | Q(end_date__gte=today)
            )
        return self

    def involving(self, organisation):
        """Projects the organisation publishes (in its section) or implements as a partner."""
        return self.filter(
            Q(path__startswith=organisation.path)
            | Q(partner_organisations__translation_key=organisation.translation_key)
        ).distinct()


ProjectPageManager = PageManager.from_queryset(ProjectPageQuerySet)


class ProjectIndexPage(FilteredListingMixin, Page):
    """/projects/: every project of the locale, filterable by donor, status, place and organisation."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_size = 12

    class Meta:
        verbose_name = _("project index")

    def get_filter_form_class(self):
        from partners.forms import ProjectFilterForm

        return ProjectFilterForm

    def get_listing(self, filters):
        projects = (
            ProjectPage.objects.live().public().filter(locale=self.locale)
            .select_related("image").order_by("-start_date", "title")
        )
        if filters.get("donor"):
            projects = projects.filter(fundings__donor__translation_key=filters["donor"].translation_key)
        if filters.get("status"):
            projects = projects.with_status(filters["status"])
        if filters.get("region"):
            projects = projects.filter(municipalities__region__slug=filters["region"].slug)
        if filters.get("municipality"):
            projects = projects.filter(municipalities__slug=filters["municipality"].slug)
        if filters.get("organisation"):
            projects = projects.involving(filters["organisation"])
        return projects.distinct()

    def decorate_page_items(self, items):
        return attach_publishers(items)


class ProjectPage(AnalysedSearchMixin, PublishedByOrganisationMixin, Page):
    """A project an organisation implements, with its partners, donors and places."""

    summary = models.TextField(_("summary"), max_length=400, blank=True,
                               help_text=_("One or two sentences for listings."))
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    goal = models.TextField(_("goal"), blank=True)
    target_groups = RichTextField(_("target groups"), blank=True)
    activities = RichTextField(_("activities"), blank=True)
    expected_results = RichTextField(_("expected results"), blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True,
                                help_text=_("Leave empty for open-ended projects."))
    municipalities = ParentalManyToManyField(
        Municipality, verbose_name=_("municipalities"), blank=True, related_name="projects",
    )
    partner_organisations = ParentalManyToManyField(
        PartnerOrganisationPage, verbose_name=_("implementing partners"), blank=True,
        related_name="partnered_projects",
        help_text=_("Other organisations implementing the project with the publishing one."),
    )

    objects = ProjectPageManager()
    base_form_class = LocaleScopedPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("goal"),
        FieldPanel("target_groups"),
        FieldPanel("activities"),
        FieldPanel("expected_results"),
        MultiFieldPanel([
            FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
            FieldPanel("partner_organisations", widget=forms.CheckboxSelectMultiple),
        ], heading=_("Where and with whom")),
        InlinePanel("fundings", label=_("Donor"), heading=_("Donors")),
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
    ]
    parent_page_types = ["partners.PartnerOrganisationPage"]
    subpage_types = []

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
        return [m.localized for m in self.municipalities.all()]

    def localized_partners(self):
        return [p.localized for p in self.partner_organisations.all() if p.localized.live]

    def localized_fundings(self):
        fundings = list(self.fundings.select_related("donor"))
        for funding in fundings:
            funding.localized_donor = funding.donor.localized
        return fundings

    @indexed_once
    def related_names(self):
        """Its places, partners and donors by name, in the page's language: a project found
        by "Tsalenjikha" may name the place only in its list of municipalities."""
        with translation.override(self.locale.language_code):
            return ([place.name for place in self.localized_municipalities()]
                    + [partner.title for partner in self.localized_partners()]
                    + [funding.localized_donor.title for funding in self.localized_fundings()])

    def get_context(self, request, *args, **kwargs):
        from news.models import about_projects, news_items

        context = super().get_context(request, *args, **kwargs)
        context["news"] = about_projects(news_items(self.locale), [self.translation_key])[:10]
        return context


class ProjectDonor(Orderable):
    """A donor of a project, with the amount where it is public."""

    class Currency(models.TextChoices):
        GEL = "GEL", "GEL ₾"
        AZN = "AZN", "AZN ₼"
        USD = "USD", "USD $"
        EUR = "EUR", "EUR €"
        GBP = "GBP", "GBP £"
        CHF = "CHF", "CHF"
        SEK = "SEK", "SEK"
        CZK = "CZK", "CZK"

    project = ParentalKey(ProjectPage, related_name="fundings", on_delete=models.CASCADE)
    donor = models.ForeignKey(DonorPage, verbose_name=_("donor"), on_delete=models.CASCADE,
                              related_name="fundings")
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR)

    panels = [FieldPanel("donor"), FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")])]

    class Meta(Orderable.Meta):
        verbose_name = _("project donor")
        verbose_name_plural = _("project donors")


class ProjectContact(Orderable):
    project = ParentalKey(ProjectPage, related_name="contacts", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
              FieldRowPanel([FieldPanel("phone"), FieldPanel("email")])]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

