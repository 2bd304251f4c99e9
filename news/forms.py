"""The news index's filters. Each offers only the values that some live news item or event of
the form's language has (an organisation that published one, a place, a topic, a year), so that
no choice leads to an empty list (core.listing.offered: once per language until something is
published)."""

from django import forms
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import relations
from core.listing import ChoiceBySlug, ListingFilterForm, kept_until_published, offered
from core.visibility import live_public
from partners.models import Municipality, PartnerOrganisationPage, ProjectPage
from partners.models.filters import organisations_with
from topics.models import Topic

LISTING = "news"


def offered_by_news(name, compute):
    """``offered_in`` for a news filter: ``compute(news, locale)`` over the live news and events."""
    return lambda locale: offered(LISTING, name, locale, lambda: compute(news_pages(locale), locale))


def news_pages(locale):
    return live_public(Page.objects.filter(locale=locale)).type(*relations.news_models())


def projects_in_news(pages, locale):
    """The slugs of the live projects of ``locale`` that one of ``pages`` is about (by translation
    key: a translated item may still point at the source language's project)."""
    keys = relations.related_keys("project", pages)
    projects = ProjectPage.objects.live().filter(locale=locale, translation_key__in=sorted(keys))
    return set(projects.values_list("slug", flat=True))


class NewsFilterForm(ListingFilterForm):
    organisation = ChoiceBySlug(
        lambda locale: PartnerOrganisationPage.objects.live().filter(locale=locale).order_by("title"),
        label=_("Organisation"),
        empty_label=_("All organisations"),
        offered_in=offered_by_news("organisation", organisations_with),
    )
    project = ChoiceBySlug(
        lambda locale: ProjectPage.objects.live().filter(locale=locale).order_by("title"),
        label=_("Project"),
        empty_label=_("All projects"),
        offered_in=offered_by_news("project", projects_in_news),
    )
    municipality = ChoiceBySlug(
        lambda locale: Municipality.objects.filter(locale=locale),
        label=_("Municipality"),
        empty_label=_("All municipalities"),
        offered_in=offered_by_news("place", lambda pages, locale: relations.related_keys("place", pages, "slug")),
    )
    # A translated item may point at the source language's topic: offered in this language (if
    # translated), as topics are matched by slug.
    topic = ChoiceBySlug(
        lambda locale: Topic.objects.filter(locale=locale).order_by("name"),
        label=_("Topic"),
        empty_label=_("All topics"),
        offered_in=offered_by_news("topic", lambda pages, locale: relations.related_keys("topic", pages, "slug")),
    )
    year = forms.TypedChoiceField(coerce=int, required=False, label=_("Year"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.locale
        years = kept_until_published(f"news-years:{locale.pk}", lambda: _years_for_locale(locale))
        years = years or [timezone.localdate().year]
        self.fields["year"].choices = [("", _("Any year"))] + [(y, str(y)) for y in years]


def _years_for_locale(locale):
    return list(
        relations.dated_news_items(locale)
        .annotate(year=ExtractYear("sort_date"))
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
