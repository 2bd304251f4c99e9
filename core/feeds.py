"""RSS and Atom feeds of news and events: one per locale (the news index) and one per member
organisation (its section), built on Django's syndication framework and served by routes of
those pages, so every feed URL carries its language prefix (/ka/news/feed/, /az/.../feed/atom/).
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.functional import cached_property
from wagtail.contrib.routable_page.models import path

from core.absolute_urls import page_full_url
from core.listing import prefetch_per_type
from core.publishing import attach_publishers
from core.templatetags.coalition_tags import teaser

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The latest news items and events of ``source`` (a page with NewsFeedRoutesMixin: the news
    index, an organisation), in the source's language, newest first."""

    feed_type = Rss201rev2Feed

    def __init__(self, source):
        super().__init__()
        self.source = source
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.source

    @cached_property
    def home_title(self):
        """The coalition's name in the feed's language: its home page's title (looked up once,
        not once per item)."""
        return self.source.get_ancestors().filter(depth=2).first().title

    def title(self, source):
        return source.feed_title() or f"{source.title} · {self.home_title}"

    def link(self, source):
        return page_full_url(source, self.request)

    def description(self, source):
        return teaser(source, 60) or self.title(source)

    def items(self, source):
        return prefetch_per_type(attach_publishers(list(source.feed_items()[:FEED_LENGTH])), "topics")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return teaser(item, 60)

    def item_link(self, item):
        return page_full_url(item, self.request)

    def item_pubdate(self, item):
        # A news item is dated by its editorial date (at the start of that day, local time); an
        # event by when it starts, or when it was announced if that was earlier (a feed item
        # dated in the future is hidden by some readers), never by when the site was loaded.
        date = getattr(item, "date", None)
        if date is not None:
            return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))
        start, announced = getattr(item, "start", None), item.first_published_at
        return min(day for day in (start, announced) if day is not None)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.publisher.title if item.publisher else self.home_title

    def item_categories(self, item):
        # In the feed's language: a translated item's topics are looked up in it (no query for
        # topics of its own language).
        return [topic.name for topic in item.localized_topics()] if hasattr(item, "localized_topics") else []


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self, source):
        return self.description(source)


class NewsFeedRoutesMixin:
    """``feed/`` (RSS 2.0) and ``feed/atom/`` routes for a RoutablePageMixin page. (Wagtail
    serves only dot-less paths, hence no ``feed.xml``.) The page says what its feed lists."""

    def feed_items(self):
        """The news and events the feed lists, newest first (a queryset)."""
        raise NotImplementedError

    def feed_title(self):
        """The feed's title; None for "<page title> · <coalition name>"."""
        return None

    @path("feed/", name="rss_feed")
    def rss_feed(self, request):
        return NewsFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return AtomNewsFeed(self)(request)
