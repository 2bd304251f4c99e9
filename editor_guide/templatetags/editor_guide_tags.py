"""Admin labels quoted in the guide, taken from the admin's own catalogs when the guide renders,
so the guide names every button and field exactly as the interface in its language does.

The messages are passed as variables to gettext, so `make messages` does not copy Wagtail's
strings into the project's catalogs (coalition/locale_overrides translates them)."""

from functools import lru_cache

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation.trans_real import DjangoTranslation

register = template.Library()


@lru_cache(maxsize=8)
def _javascript_catalog(language):
    # What /admin/jsi18n/ serves: the strings of Wagtail's and wagtail-localize's JavaScript.
    return DjangoTranslation(language, domain="djangojs")


def admin_label(message, language, js=False, **names):
    """``message`` as the admin shows it in ``language`` (capitalised as Wagtail shows labels),
    its placeholders filled with workflow and task ``names`` as the admin shows them (stored in
    English, shown through the catalogs: moderation/names.py)."""
    with translation.override(language):
        text = _javascript_catalog(language).gettext(message) if js else translation.gettext(message)
        if names:
            text = text % {key: translation.gettext(name) for key, name in names.items()}
        return capfirst(text)


@register.simple_tag(takes_context=True)
def ui(context, message, js=False, suffix="", **names):
    """A button, tab or field label of the admin, marked up as one: {% ui "Save draft" %};
    ``suffix`` for what the admin adds to it ("Publish in " + a language)."""
    language = context.get("guide_language") or translation.get_language()
    label = admin_label(message, language, js=js, **names)
    # Some of Wagtail's messages end in a space ("Cancel workflow ").
    return format_html('<span class="guide-ui">{}</span>', (label + suffix).strip())
