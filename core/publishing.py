"""Who publishes a page, and publishing one.

Member organisations publish in their own sections: a page is published by the organisation
whose page it sits below (partners/sections.py sets up the access). The organisation's page
model says it is the root of such a section with ``publishes_section = True`` (and which of its
relations a card of its pages shows, ``publisher_related``); this module finds publishers
through that, without knowing the model.
"""

from wagtail.models import get_page_models

from .pictures import with_pictures


def publisher_models():
    """The page models whose pages are the roots of a publishing section."""
    return [model for model in get_page_models() if getattr(model, "publishes_section", False)]


def _publishers(model):
    return model.objects.select_related(*getattr(model, "publisher_related", ()))


def organisations_by_path(locale):
    """Every organisation of a locale by its path, for finding pages' publishers without a query each
    (with the renditions of the logos cards show next to their names, in one query)."""
    organisations = [org for model in publisher_models() for org in _publishers(model).filter(locale=locale)]
    return {org.path: org for org in with_pictures(organisations, "logo", "logo")}


def attach_publishers(pages):
    """Set ``page.publisher`` (the organisation page above it, or None) on each page.

    One query per locale in the list instead of one ancestor query per page.
    """
    cache = {}
    for page in pages:
        if page.locale_id not in cache:
            cache[page.locale_id] = organisations_by_path(page.locale_id)
        page.publisher = next(
            (org for path, org in cache[page.locale_id].items() if page.path.startswith(path) and page.path != path),
            None,
        )
    return pages


class PublishedByOrganisationMixin:
    """News, events and projects are published by the organisation whose section they sit in."""

    @property
    def publisher(self):
        if not hasattr(self, "_publisher"):
            self._publisher = next(
                (org for model in publisher_models() for org in _publishers(model).ancestor_of(self)[:1]), None
            )
        return self._publisher

    @publisher.setter
    def publisher(self, value):
        self._publisher = value


def publish(page):
    """Publish the page as it is (a new revision) and return it fresh from the database."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page
