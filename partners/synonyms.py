"""Organisations and donors are synonyms of themselves: the titles of a page's live translations
(they share its translation_key: its Georgian, Azerbaijani and English names), its acronym, and
the parts of a title such as "European Union (EU)", form one group of search.synonyms, so a
search for any of them finds pages naming another.

The groups are read from the pages when the synonyms map is built (two queries, once per
version, not per search), so they cannot drift from the pages; publishing, unpublishing or
deleting an organisation or a donor renews the map (``connect``)."""

import re
from collections import defaultdict

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from search.synonyms import forget_synonyms, register_source

from .models import DonorPage, PartnerOrganisationPage

# "Name (ACRONYM)": the name and the acronym are terms too.
PARENTHESISED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<short>[^()]+)\)\s*$")


def _terms(title):
    match = PARENTHESISED.match(title)
    return [title, match["name"], match["short"]] if match else [title]


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


def connect():
    register_source(organisation_and_donor_names)
    for model in (PartnerOrganisationPage, DonorPage):
        for signal in (page_published, page_unpublished, post_delete):
            signal.connect(forget_synonyms, sender=model, dispatch_uid=f"partners.synonyms.{signal}.{model.__name__}")
