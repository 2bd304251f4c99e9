"""core.routing: the home page finds what a URL names in two queries, and finds what Wagtail's
own walk down the tree (one level at a time) finds: the page, its sub-routes, or a 404."""

from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page

from . import factories


def routed(home, path, stock):
    request = RequestFactory().get(path)
    components = [part for part in path.split("/") if part]
    route = Page.route if stock else type(home).route
    try:
        page, args, kwargs = route(home, request, components)
    except Http404:
        return "404"
    view = args[0].__name__ if args else None
    return (page.pk, type(page).__name__, view, args[1:] if args else (), kwargs)


def test_the_same_answers_as_wagtails_walk(site, django_assert_max_num_queries):
    home = site.homes["ka"].specific
    wic = factories.organisation(site.members["ka"])
    news = factories.news(wic, "news", "სიახლე")
    event = factories.event(wic, "meeting", "შეხვედრა")
    draft = factories.news(wic, "draft", "მონახაზი")
    draft.unpublish()
    # A child page named like a route of its parent: the parent's route answers first.
    feed_named = factories.news(site.news["ka"], "feed", "არხი")
    paths = [
        "/news/",
        "/news/feed/",
        "/news/feed/atom/",
        "/members/wic/",
        "/members/wic/feed/",
        "/members/wic/news/",
        "/members/wic/meeting/",
        "/members/wic/meeting/ics/",
        "/members/wic/draft/",
        "/members/wic/nothing/",
        "/members/wic/news/extra/",
        "/nothing/",
        "/news/feed/nothing/",
    ]
    for path in paths:
        assert routed(home, path, stock=False) == routed(home, path, stock=True), path
    assert routed(home, "/members/wic/news/", stock=False)[0] == news.pk
    assert routed(home, "/members/wic/meeting/ics/", stock=False)[:3] == (event.pk, "EventPage", "ics")
    assert routed(home, "/news/feed/", stock=False)[2] == "rss_feed" and feed_named.live
    assert routed(home, "/members/wic/draft/", stock=False) == "404"
    with django_assert_max_num_queries(2):
        routed(home, "/members/wic/meeting/ics/", stock=False)
