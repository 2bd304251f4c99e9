from django import forms
from django.utils.translation import gettext_lazy as _

from news.models import EventPage, NewsPage
from partners.models import DonorPage, PartnerOrganisationPage, ProjectPage

PAGE_TYPES = {
    "news": (NewsPage, _("News")),
    "event": (EventPage, _("Events")),
    "project": (ProjectPage, _("Projects")),
    "organisation": (PartnerOrganisationPage, _("Organisations")),
    "donor": (DonorPage, _("Donors")),
}


class SearchFilterForm(forms.Form):
    """Filters of the search page. A value that does not validate is ignored, not an error."""

    type = forms.ChoiceField(
        label=_("Type"), required=False,
        choices=[("", _("All types"))] + [(key, label) for key, (_model, label) in PAGE_TYPES.items()],
    )
    all_languages = forms.BooleanField(label=_("Search all languages"), required=False)

    def filters(self):
        self.is_valid()
        cleaned = self.cleaned_data
        model = PAGE_TYPES[cleaned["type"]][0] if cleaned.get("type") else None
        return {"model": model, "all_languages": bool(cleaned.get("all_languages"))}
