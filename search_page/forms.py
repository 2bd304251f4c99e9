"""Filters of the search page. A value that does not validate, or names nothing, is ignored
rather than an error: the page shows the results without that filter."""

from django import forms
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

from news.models import EventPage, NewsPage
from partners.models import DonorPage, Municipality, PartnerOrganisationPage, ProjectPage

PAGE_TYPES = {
    "news": (NewsPage, _("News")),
    "event": (EventPage, _("Events")),
    "project": (ProjectPage, _("Projects")),
    "organisation": (PartnerOrganisationPage, _("Organisations")),
    "donor": (DonorPage, _("Donors")),
}
FACET_LABELS = {
    "organisation": _("Organisation"),
    "donor": _("Donor"),
    "municipality": _("Municipality"),
    "year": _("Year"),
}
MIN_YEAR, MAX_YEAR = 1900, 2100


class SearchFilterForm(forms.Form):
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types"))] + [(key, label) for key, (_model, label) in PAGE_TYPES.items()],
    )
    all_languages = forms.BooleanField(label=_("Search all languages"), required=False)
    # Organisations and donors by page slug, municipalities by snippet slug (as in the news and
    # project listings' filters); the version in the reader's language is preferred.
    organisation = forms.SlugField(allow_unicode=True, max_length=255, required=False)
    donor = forms.SlugField(allow_unicode=True, max_length=255, required=False)
    municipality = forms.SlugField(allow_unicode=True, max_length=255, required=False)
    year = forms.IntegerField(min_value=MIN_YEAR, max_value=MAX_YEAR, required=False)

    def __init__(self, data=None, *, locale=None, **kwargs):
        self.locale = locale
        super().__init__(data, **kwargs)

    def _prefer_locale(self, objects):
        if self.locale is None:
            return objects.order_by("pk").first()
        return (
            objects.annotate(
                other_locale=Case(
                    When(locale=self.locale, then=Value(0)), default=Value(1), output_field=IntegerField()
                ),
            )
            .order_by("other_locale", "pk")
            .first()
        )

    def clean_organisation(self):
        slug = self.cleaned_data.get("organisation")
        return self._prefer_locale(PartnerOrganisationPage.objects.live().filter(slug=slug)) if slug else None

    def clean_donor(self):
        slug = self.cleaned_data.get("donor")
        return self._prefer_locale(DonorPage.objects.live().filter(slug=slug)) if slug else None

    def clean_municipality(self):
        slug = self.cleaned_data.get("municipality")
        return self._prefer_locale(Municipality.objects.filter(slug=slug)) if slug else None

    def filters(self):
        """{"model", "all_languages", "filters": {name: page, snippet or year}}: what validated."""
        self.is_valid()
        cleaned = self.cleaned_data
        model = PAGE_TYPES[cleaned["type"]][0] if cleaned.get("type") else None
        return {
            "model": model,
            "all_languages": bool(cleaned.get("all_languages")),
            "filters": {name: cleaned[name] for name in FACET_LABELS if cleaned.get(name) is not None},
        }
