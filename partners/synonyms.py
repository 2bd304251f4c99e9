"""Organisations, donors and places are synonyms of themselves: the titles of a page's live
translations (they share its translation_key: its Georgian, Azerbaijani and English names), its
acronym, and the parts of a title such as "European Union (EU)", form one group of
search.synonyms, and so do a region's or municipality's names in every language: a search for
any of them finds pages naming another.

The groups are read from the pages and places when the synonyms map is built (four queries, once
per version, not per search), so they cannot drift from them; publishing, unpublishing or
deleting an organisation or a donor, and saving or deleting a place, renews the map (``connect``)."""

import re
from collections import defaultdict

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from search.synonyms import forget_synonyms, register_source

from .models import DonorPage, Municipality, PartnerOrganisationPage, Region

# "Name (ACRONYM)": the name and the acronym are terms too.
PARENTHESISED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<short>[^()]+)\)\s*$")


# A proper name quoted inside a title: ეკოლოგიური კავშირი „მწვანე ტალღა“, “Yaşıl Dalğa” Ekoloji Birliyi.
QUOTED = re.compile(r"[„“«\"](?P<name>[^„“”«»\"]{2,})[“”»\"]")


def _terms(title):
    match = PARENTHESISED.match(title)
    terms = [title, match["name"], match["short"]] if match else [title]
    return terms + [quoted["name"].strip() for quoted in QUOTED.finditer(title)]


def organisation_and_donor_names():
    """[[terms of one organisation or donor], …]: one group per translation_key."""
    groups = defaultdict(list)
    for key, title, acronym in PartnerOrganisationPage.objects.live().values_list(
        "translation_key", "title", "acronym"
    ):
        groups[key].extend([*_terms(title), acronym])
    for key, title in DonorPage.objects.live().values_list("translation_key", "title"):
        groups[key].extend(_terms(title))
    return [[term for term in terms if term and term.strip()] for terms in groups.values()]


def place_names():
    """[[names of one region or municipality in every language], …]: ლენქორანი, Lənkəran and
    Lankaran, one group per translation_key (a place's pages name it in their own language)."""
    groups = defaultdict(list)
    for model in (Region, Municipality):
        for key, name in model.objects.values_list("translation_key", "name"):
            groups[key].append(name)
    return [names for names in groups.values() if len(names) > 1]


def connect():
    register_source(organisation_and_donor_names)
    register_source(place_names)
    for model in (Region, Municipality):
        for signal in (post_save, post_delete):
            signal.connect(forget_synonyms, sender=model, dispatch_uid=f"partners.synonyms.{signal}.{model.__name__}")
    for model in (PartnerOrganisationPage, DonorPage):
        for signal in (page_published, page_unpublished, post_delete):
            signal.connect(forget_synonyms, sender=model, dispatch_uid=f"partners.synonyms.{signal}.{model.__name__}")
