"""News and events: what member organisations (and the coalition itself) publish."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import api_fields as api_data
from core import relations
from core.blocks import BodyBlock
from core.feeds import NewsFeedRoutesMixin
from core.forms import LocaleScopedPageForm
from core.i18n import locale_of, localized
from core.listing import FilteredListingMixin, IndexPage
from core.pictures import with_pictures
from core.publishing import PublishedByOrganisationMixin, attach_publishers
from core.relations import Relations
from news.calendar import event_to_ical
from news.forms import NewsFilterForm
from partners.models import Municipality
from partners.models.projects import pages_around_projects
from search.indexing import AnalysedSearchMixin, analysed_search_fields, indexed_once
from topics.models import Topic, TopicsMixin, topic_for_former_tag


class NewsIndexPage(NewsFeedRoutesMixin, RoutablePageMixin, FilteredListingMixin, IndexPage):
    """/news/: every news item and event of the locale, whoever published it."""

    intro = models.TextField(_("introduction"), blank=True)

    # The coalition's own news and events sit here; members' sit in their sections.
    subpage_types = ["news.NewsPage", "news.EventPage"]
    page_size = 10
    shows = ("news", "organisation", "project", "place", "topic")
    filter_form_class = NewsFilterForm

    class Meta:
        verbose_name = _("news index")

    def get_listing(self, filters):
        on = tuple(relations.news_models())
        if not any(value not in (None, "") for value in filters.values()):
            return relations.NewestNews(self.locale)
        return relations.news_items(self.locale).filter(relations.listing_filters(filters, on=on, one_locale=True))

    def feed_items(self):
        # The whole language's news, members' sections included, as the page lists them.
        return relations.NewestNews(self.locale)

    def decorate_page_items(self, items):
        return attach_publishers(items)

    @path("")
    def index_route(self, request, *args, **kwargs):
        # Links from when topics were tags carry the tag's slug (?topic=ტრენინგი): sent on, for
        # good, to the topic's (?topic=training).
        value = request.GET.get("topic", "")
        if value and "\x00" not in value and not Topic.objects.filter(slug=value[:100]).exists():
            topic = topic_for_former_tag(value)
            if topic is not None:
                params = request.GET.copy()
                params["topic"] = topic.slug
                return redirect(f"{request.path}?{params.urlencode()}", permanent=True)
        return super().index_route(request, *args, **kwargs)


class NewsItemBase(TopicsMixin, AnalysedSearchMixin, PublishedByOrganisationMixin, Page):
    """Fields news and events share."""

    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences shown in listings."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    # Synchronised as they are (a translation may point at the source's topics) and shown
    # through localized_topics(), like the places.
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")

    base_form_class = LocaleScopedPageForm
    summary_field = "lead"  # what suggestions complete words from, besides the title
    parent_page_types = ["news.NewsIndexPage", "partners.PartnerOrganisationPage"]
    subpage_types = []
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        *analysed_search_fields(),
    ]

    class Meta:
        abstract = True

    # What news items and events both offer the pages API (core/api_fields.py), and what it reads.
    api_fields = [
        APIField("lead"),
        api_data.computed("places", "api_places"),
        api_data.computed("topics", "api_topics"),
        api_data.computed("projects", "api_projects"),
    ]
    api_prefetch = ("municipalities", "topics", "project_links__project")

    def api_places(self):
        return api_data.places(self.localized_municipalities())

    def api_topics(self):
        return api_data.places(self.localized_topics())

    def api_projects(self):
        return api_data.pages(link.project for link in self.project_links.all())

    def localized_projects(self):
        projects = localized((link.project for link in self.project_links.select_related("project")), locale_of(self))
        return [project for project in projects if project.live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        keys = self.project_links.values("project__translation_key")
        context["related_news"] = with_pictures(
            attach_publishers(list(relations.news_about(self.locale, keys).exclude(pk=self.pk)[:3]))
        )
        return context

    def pages_showing_it(self):
        """Besides its section: the news index of its language, and the pages of the projects it
        is about (with their donors' pages and the other news about them)."""
        locale = self.locale_id
        project_keys = {link.project.translation_key for link in self.project_links.all()}
        return relations.pks(relations.index_pages_showing("news", locale)) | pages_around_projects(
            locale, project_keys
        )


class NewsPage(NewsItemBase):
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    municipalities = ParentalManyToManyField(
        Municipality,
        verbose_name=_("municipalities"),
        blank=True,
        related_name="news",
    )
    source_credit = models.CharField(
        _("source credit"),
        max_length=255,
        blank=True,
        help_text=_("Where the text or photos come from, if not from the publisher."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Topics and places"),
        ),
        MultipleChooserPanel(
            "project_links", chooser_field_name="project", label=_("Related projects"), heading=_("Related projects")
        ),
        FieldPanel("source_credit"),
    ]
    search_fields = NewsItemBase.search_fields + [
        index.SearchField("source_credit"),
        index.SearchField("related_names"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [SynchronizedField("municipalities"), SynchronizedField("topics")]
    api_fields = [APIField("date"), APIField("source_credit"), *NewsItemBase.api_fields]
    relations = Relations(
        date="date",
        news=True,
        place="municipalities",
        project="project_links__project",
        donor="project_links__project__fundings__donor",
        topic="topics",
    )

    @indexed_once
    def related_names(self):
        """Its places and topics by name in the page's language, for search. A place or topic
        of the page's own language is its own name; only those synchronised from the source
        language are looked up in this one."""
        return [place.name for place in self.localized_municipalities()] + [
            topic.name for topic in self.localized_topics()
        ]

    def localized_municipalities(self):
        return localized(self.municipalities.all(), locale_of(self))

    @classmethod
    def get_indexed_objects(cls):
        # update_index reads every page's locale and places (related_names): one query per
        # chunk of pages instead of two per page.
        return super().get_indexed_objects().select_related("locale").prefetch_related("municipalities", "topics")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class EventPage(RoutablePageMixin, NewsItemBase):
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    organiser = models.CharField(
        _("organiser"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty if the publishing organisation organises it."),
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("address"), FieldPanel("municipality")], heading=_("Where")),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_phone"), FieldPanel("contact_email")]),
            ],
            heading=_("Organiser and contact"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultipleChooserPanel(
            "project_links", chooser_field_name="project", label=_("Related projects"), heading=_("Related projects")
        ),
    ]
    search_fields = NewsItemBase.search_fields + [
        index.SearchField("related_names"),
        index.SearchField("venue"),
        index.SearchField("organiser"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [SynchronizedField("topics")]
    api_fields = [APIField("start"), APIField("end"), APIField("venue"), APIField("address"), *NewsItemBase.api_fields]
    api_prefetch = ("municipality", "topics", "project_links__project")
    relations = Relations(
        date="start",
        starts="start",
        news=True,
        place="municipality",
        project="project_links__project",
        donor="project_links__project__fundings__donor",
        topic="topics",
    )

    @indexed_once
    def related_names(self):
        """Its place and topics by name in the page's language, for search."""
        return [place.name for place in self.localized_municipalities()] + [
            topic.name for topic in self.localized_topics()
        ]

    def localized_municipalities(self):
        return localized([self.municipality], locale_of(self)) if self.municipality is not None else []

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().prefetch_related("topics")

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
        response = HttpResponse(event_to_ical(self, request), content_type="text/calendar; charset=utf-8")
        filename = slugify(self.slug) or "event"
        response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
        return response


class RelatedProjectLink(Orderable):
    project = models.ForeignKey(
        "partners.ProjectPage", verbose_name=_("project"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        abstract = True


class NewsPageProject(RelatedProjectLink):
    page = ParentalKey(NewsPage, related_name="project_links", on_delete=models.CASCADE)


class EventPageProject(RelatedProjectLink):
    page = ParentalKey(EventPage, related_name="project_links", on_delete=models.CASCADE)
