"""Member and partner organisations: the directory, and each organisation's page, which is the
root of its publishing section (partners/sections.py)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import relations
from core.feeds import NewsFeedRoutesMixin
from core.forms import RomanisedSlugPageForm
from core.pictures import with_pictures
from core.publishing import attach_publishers
from core.visibility import live_public
from partners.models.open_data import IatiOrganisationType
from partners.models.projects import ProjectPage, pages_around_projects
from partners.sections import SectionRootPermissionTester
from search.indexing import AnalysedSearchMixin, analysed_search_fields


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
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    about = RichTextField(_("about"), blank=True)
    website = models.URLField(_("website"), blank=True)
    iati_identifier = models.CharField(
        _("IATI organisation identifier"),
        max_length=100,
        blank=True,
        help_text=_("As registered with IATI, e.g. XI-IATI-EC_INTPA or US-GOV-1; used in the open data files."),
    )
    iati_organisation_type = models.CharField(
        _("IATI organisation type"),
        max_length=2,
        choices=IatiOrganisationType.choices,
        default=IatiOrganisationType.NATIONAL_NGO,
    )
    # Publishing access (see partners/sections.py): set by add_member_organisation and kept in
    # step on every publish; only coalition staff may change whether a member is moderated.
    moderated = models.BooleanField(
        _("moderated"),
        default=False,
        help_text=_("Its editors submit their pages for approval by the coalition's moderators."),
    )
    editors_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("editors group"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("media collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("role")]),
        FieldPanel("logo"),
        FieldPanel("about"),
        FieldRowPanel(
            [FieldPanel("iati_identifier"), FieldPanel("iati_organisation_type")], heading=_("Open data (IATI)")
        ),
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
    api_fields = [APIField("acronym"), APIField("role"), APIField("website"), APIField("iati_identifier")]
    override_translatable_fields = [SynchronizedField("iati_identifier"), SynchronizedField("iati_organisation_type")]
    base_form_class = RomanisedSlugPageForm
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = ["news.NewsPage", "news.EventPage", "partners.ProjectPage"]
    # The root of a publishing section: what is below it is published by it (core.publishing).
    publishes_section = True
    publisher_related = ("logo",)

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        permissions = [("manage_member_sections", _("Can decide which members are moderated"))]

    def permissions_for_user(self, user):
        return SectionRootPermissionTester(user, self)

    @property
    def display_name(self):
        if self.acronym and self.acronym not in self.title:
            return f"{self.title} ({self.acronym})"
        return self.title

    def feed_items(self):
        return relations.news_items(self.locale).descendant_of(self)

    def feed_title(self):
        return gettext("News and events of %(organisation)s") % {"organisation": self.title}

    def projects(self):
        """Live projects of its language that it publishes or implements as a partner."""
        return (
            live_public(ProjectPage.objects.filter(locale=self.locale))
            .filter(relations.published_by(self, on=ProjectPage, versions=[(self.path, self.depth)]))
            .order_by("-start_date")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.feed_items()
        upcoming = relations.upcoming(items, timezone.now())
        context["upcoming_events"] = with_pictures(upcoming[:5])
        # Everything else its feed has, past events included, newest first.
        context["latest_news"] = with_pictures(items.exclude(pk__in=upcoming.values("pk"))[:5])
        # Partners' projects are published by others: cards name their publisher.
        context["projects"] = with_pictures(attach_publishers(list(self.projects())))
        return context

    def pages_showing_it(self):
        """Besides its section and the member directory: the listings (which filter by it), the
        projects it implements as a partner, and, as its name is on the cards of everything it
        publishes, the pages of the projects it publishes or that its news are about."""
        locale = self.locale_id
        ids = relations.pks(relations.index_pages_showing("organisation", locale))
        ids |= relations.pks(
            ProjectPage.objects.filter(locale=locale, partner_organisations__translation_key=self.translation_key)
        )
        section = Page.objects.descendant_of(self)
        project_keys = set(ProjectPage.objects.descendant_of(self).values_list("translation_key", flat=True))
        project_keys |= relations.related_keys("project", section)
        return ids | pages_around_projects(locale, project_keys)


class PartnerOffice(Orderable):
    page = ParentalKey(PartnerOrganisationPage, related_name="offices", on_delete=models.CASCADE)
    city = models.CharField(_("city"), max_length=100)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldPanel("city"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")


def organisations_edited_by(user):
    """The organisation pages whose editors group the user belongs to (every locale)."""
    if not user.is_authenticated:
        return PartnerOrganisationPage.objects.none()
    return PartnerOrganisationPage.objects.filter(editors_group__in=user.groups.all())
