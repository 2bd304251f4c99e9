"""Which pages the public sees: live ones outside every private section.

Wagtail's ``PageQuerySet.public()`` first reads every view restriction, one query each time it is
called (8 of the 25 queries of a plain page). ``public()`` here is the same condition as a
``NOT EXISTS`` subquery: no query of its own, however often a page asks.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def _restricted():
    """A view restriction on the outer page or one of its ancestors (its path begins with theirs)."""
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


def public(pages):
    """``pages`` (a page queryset) without those in a private section."""
    return pages.exclude(_restricted())


def live_public(pages):
    """The live pages of ``pages`` that the public may see."""
    return public(pages.live())
