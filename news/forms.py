from django import forms
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import relations
from core.listing import ChoiceBySlug, ListingFilterForm, kept_until_published
from partners.models import Municipality, PartnerOrganisationPage, ProjectPage
from topics.models import Topic


def _topics_in(locale):
    slugs = kept_until_published(f"news-topics:{locale.pk}", lambda: sorted(_topic_slugs_for_locale(locale)))
    return Topic.objects.filter(locale=locale, slug__in=slugs).order_by("name")


class NewsFilterForm(ListingFilterForm):
    organisation = ChoiceBySlug(
        lambda locale: PartnerOrganisationPage.objects.live().filter(locale=locale).order_by("title"),
        label=_("Organisation"),
        empty_label=_("All organisations"),
    )
    project = ChoiceBySlug(
        lambda locale: ProjectPage.objects.live().filter(locale=locale).order_by("title"),
        label=_("Project"),
        empty_label=_("All projects"),
    )
    municipality = ChoiceBySlug(
        lambda locale: Municipality.objects.filter(locale=locale),
        label=_("Municipality"),
        empty_label=_("All municipalities"),
    )
    topic = ChoiceBySlug(_topics_in, label=_("Topic"), empty_label=_("All topics"))
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


def _topic_slugs_for_locale(locale):
    """The topics of live pages of this locale, by slug: a translated page may point at the
    source language's topic, which the filter offers in this language (if translated)."""
    return relations.related_keys("topic", Page.objects.live().filter(locale=locale), key="slug")
