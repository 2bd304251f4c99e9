"""News and events: what member organisations (and the coalition itself) publish."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce, TruncDate
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel, FieldRowPanel, MultiFieldPanel, MultipleChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from coalition.blocks import BodyBlock
from coalition.forms import LocaleScopedPageForm
from coalition.listing import FilteredListingMixin
from news.feeds import NewsFeedRoutesMixin
from partners.models import Municipality, PublishedByOrganisationMixin, attach_publishers
from search.indexing import AnalysedSearchMixin, analysed_search_fields, indexed_once


def dated_news_items(locale):
    """Live news and events of one locale, each annotated with ``sort_date``: the date of a
    news item, the day an event starts; so one list (and one year filter) holds both."""
    return (
        Page.objects.live().public().filter(locale=locale).type(NewsPage, EventPage)
        .annotate(sort_date=Coalesce("newspage__date", TruncDate("eventpage__start")))
    )


def news_items(locale):
    """Live news and events of one locale, newest first, as specific pages."""
    return dated_news_items(locale).order_by("-sort_date", "-pk").specific()


def about_projects(items, project_translation_keys):
    """The news and events of ``items`` that link to any of the projects, matched by
    translation key so a link to another language's version of a project counts."""
    keys = project_translation_keys
    return items.filter(Q(newspage__project_links__project__translation_key__in=keys)
                        | Q(eventpage__project_links__project__translation_key__in=keys)).distinct()


class NewsIndexPage(NewsFeedRoutesMixin, RoutablePageMixin, FilteredListingMixin, Page):
    """/news/: every news item and event of the locale, whoever published it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    # The coalition's own news and events sit here; members' sit in their sections.
    subpage_types = ["news.NewsPage", "news.EventPage"]
    max_count_per_parent = 1
    page_size = 10

    class Meta:
        verbose_name = _("news index")

    def get_filter_form_class(self):
        from news.forms import NewsFilterForm

        return NewsFilterForm

    def get_listing(self, filters):
        items = news_items(self.locale)
        if filters.get("organisation"):
            items = items.filter(path__startswith=filters["organisation"].path)
        if filters.get("project"):
            items = about_projects(items, [filters["project"].translation_key])
        if filters.get("municipality"):
            slug = filters["municipality"].slug
            items = items.filter(Q(newspage__municipalities__slug=slug) | Q(eventpage__municipality__slug=slug))
        if filters.get("topic"):
            slug = filters["topic"].slug
            items = items.filter(Q(newspage__tagged_items__tag__slug=slug)
                                 | Q(eventpage__tagged_items__tag__slug=slug))
        if filters.get("year"):
            items = items.filter(sort_date__year=filters["year"])
        return items.distinct()

    def decorate_page_items(self, items):
        return attach_publishers(items)


class NewsItemBase(AnalysedSearchMixin, PublishedByOrganisationMixin, Page):
    """Fields news and events share."""

    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences shown in listings."))
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    base_form_class = LocaleScopedPageForm
    parent_page_types = ["news.NewsIndexPage", "partners.PartnerOrganisationPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        *analysed_search_fields(),
    ]

    class Meta:
        abstract = True

    def localized_projects(self):
        return [link.project.localized for link in self.project_links.select_related("project")
                if link.project.localized.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_news"] = about_projects(
            news_items(self.locale).exclude(pk=self.pk),
            self.project_links.values("project__translation_key"),
        )[:3]
        return context


class NewsPage(NewsItemBase):
    date = models.DateField(_("date"), default=timezone.localdate)
    municipalities = ParentalManyToManyField(
        Municipality, verbose_name=_("municipalities"), blank=True, related_name="news",
    )
    tags = ClusterTaggableManager(through="news.NewsPageTag", blank=True, verbose_name=_("topics"))
    source_credit = models.CharField(
        _("source credit"), max_length=255, blank=True,
        help_text=_("Where the text or photos come from, if not from the publisher."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel([
            FieldPanel("tags"),
            FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
        ], heading=_("Topics and places")),
        MultipleChooserPanel("project_links", chooser_field_name="project", label=_("Related projects"),
                             heading=_("Related projects")),
        FieldPanel("source_credit"),
    ]
    search_fields = NewsItemBase.search_fields + [
        index.SearchField("source_credit"),
        index.SearchField("related_names"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    override_translatable_fields = [SynchronizedField("municipalities"), SynchronizedField("tags")]

    @indexed_once
    def related_names(self):
        """Its places by name in the page's language, for search. A place of the page's own
        language is its own name; only places synchronised from the source language are
        looked up in this one."""
        with translation.override(self.locale.language_code):
            return [place.name if place.locale_id == self.locale_id else place.localized.name
                    for place in self.municipalities.all()]

    @classmethod
    def get_indexed_objects(cls):
        # update_index reads every page's locale and places (related_names): one query per
        # chunk of pages instead of two per page.
        return super().get_indexed_objects().select_related("locale").prefetch_related("municipalities")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class EventPage(RoutablePageMixin, NewsItemBase):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="events",
    )
    organiser = models.CharField(_("organiser"), max_length=255, blank=True,
                                 help_text=_("Leave empty if the publishing organisation organises it."))
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    tags = ClusterTaggableManager(through="news.EventPageTag", blank=True, verbose_name=_("topics"))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("address"), FieldPanel("municipality")],
                        heading=_("Where")),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel([
            FieldPanel("organiser"),
            FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_phone"),
                           FieldPanel("contact_email")]),
        ], heading=_("Organiser and contact")),
        FieldPanel("tags"),
        MultipleChooserPanel("project_links", chooser_field_name="project", label=_("Related projects"),
                             heading=_("Related projects")),
    ]
    search_fields = NewsItemBase.search_fields + [
        index.SearchField("related_names"),
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    override_translatable_fields = [SynchronizedField("tags")]

    @indexed_once
    def related_names(self):
        """Its place by name in the page's language, for search."""
        if self.municipality is None:
            return []
        with translation.override(self.locale.language_code):
            return [self.municipality.localized.name]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @property
    def is_upcoming(self):
        return (self.end or self.start) >= timezone.now()

    @property
    def organiser_name(self):
        if self.organiser:
            return self.organiser
        return self.publisher.title if self.publisher else ""

    # Wagtail serves only slug-like paths (no dots), hence ".../ics/" rather than "event.ics".
    @path("ics/", name="ics")
    def ics(self, request):
        """The event as an iCalendar file for the reader's calendar app."""
        from news.calendar import event_to_ical

        response = HttpResponse(event_to_ical(self, request), content_type="text/calendar; charset=utf-8")
        filename = slugify(self.slug) or "event"
        response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
        return response


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(NewsPage, related_name="tagged_items", on_delete=models.CASCADE)


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(EventPage, related_name="tagged_items", on_delete=models.CASCADE)


class RelatedProjectLink(Orderable):
    project = models.ForeignKey("partners.ProjectPage", verbose_name=_("project"),
                                on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        abstract = True


class NewsPageProject(RelatedProjectLink):
    page = ParentalKey(NewsPage, related_name="project_links", on_delete=models.CASCADE)


class EventPageProject(RelatedProjectLink):
    page = ParentalKey(EventPage, related_name="project_links", on_delete=models.CASCADE)
