"""Capitalising the first letter in a way Georgian and Azerbaijani accept.

Django's ``capfirst`` (used for every form label, Wagtail menu item and admin heading made from a
model's verbose name) upper-cases the first character. Since Unicode 11, Python maps Georgian
Mkhedruli letters to Mtavruli capitals, but Georgian has no sentence case: Mtavruli is used only
for whole words in ALL CAPS, so "რეგიონები" came out as "Რეგიონები" (and as a missing-glyph box
in fonts without Mtavruli). Azerbaijani, like Turkish, capitalises "i" as "İ", not "I".

Neither Django nor Wagtail has a setting for this, and the function is imported by name all over
both, so ``patch_django_capfirst()`` swaps the body of Django's two capfirst functions (the
utility and the template filter) for one that calls ``capfirst`` below. Everything else about
them (laziness, the filter's registration) stays Django's own.
"""

from django.utils.translation import get_language

MKHEDRULI = range(0x10D0, 0x1100)
DOTTED_CAPITAL_I_LANGUAGES = {"az", "tr"}


def capfirst(text):
    if not text:
        return text
    text = str(text)
    first = text[0]
    if ord(first) in MKHEDRULI:
        return text
    if first == "i" and (get_language() or "").split("-")[0] in DOTTED_CAPITAL_I_LANGUAGES:
        return "İ" + text[1:]
    return first.upper() + text[1:]


def _calls_our_capfirst(x):
    # Runs with the globals of Django's module, so it imports what it needs itself.
    from coalition.text_case import capfirst

    return capfirst(x)


def patch_django_capfirst():
    from django.template import defaultfilters
    from django.utils import text

    for wrapper in (text.capfirst, defaultfilters.capfirst):
        wrapper.__wrapped__.__code__ = _calls_our_capfirst.__code__
