"""Creating the empty site structure: locales, the Site, a home page per locale and the
index pages. Used by ``bootstrap_site``, ``load_demo_content`` and the tests.

Every function here is idempotent: it finds what exists and creates only what is missing,
and never overwrites what editors changed.
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page, Site

from core.publishing import publish
from funding.models import FundingOverviewPage
from home.models import HomePage
from news.models import NewsIndexPage
from partners.models import DonorIndexPage, PartnerIndexPage, ProjectIndexPage
from partners.places_loading import ensure_places
from search.synonym_defaults import ensure_default_synonyms

# Titles are content (editors may rename them), so they are set once here, per language,
# rather than through gettext.
HOME_TITLES = {
    "ka": "სამოქალაქო საზოგადოების კოალიცია",
    "az": "Vətəndaş Cəmiyyəti Koalisiyası",
    "en": "Civil Society Coalition",
}
INDEX_PAGES = [
    (NewsIndexPage, "news", {"ka": "სიახლეები", "az": "Xəbərlər", "en": "News"}),
    (ProjectIndexPage, "projects", {"ka": "პროექტები", "az": "Layihələr", "en": "Projects"}),
    (PartnerIndexPage, "members", {"ka": "წევრი ორგანიზაციები", "az": "Üzv təşkilatlar", "en": "Member organisations"}),
    (DonorIndexPage, "donors", {"ka": "დონორები", "az": "Donorlar", "en": "Donors"}),
    (FundingOverviewPage, "funding", {"ka": "დაფინანსება", "az": "Maliyyələşmə", "en": "Funding"}),
]


def ensure_locales():
    """A Locale for every language in settings.LANGUAGES, default first."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def ensure_translation(source, locale, **fields):
    """The translation of ``source`` into ``locale``, created (and published) if missing.

    ``fields`` are applied only when the translation is created here.
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    return publish(translated)


def _remove_wagtail_placeholder(root):
    """Wagtail's first migration creates a bare "Welcome" page and a Site on it."""
    for child in root.get_children():
        if child.specific_class is Page and child.slug == "home":
            Site.objects.filter(root_page=child).delete()
            child.delete()


@transaction.atomic
def bootstrap_site(site_name=None, hostname=None, port=None, places=True):
    """Locales, every region and municipality (``places``), one HomePage per locale with its
    index pages, the default Site, and the default search synonyms on an empty vocabulary."""
    locales = ensure_locales()
    ensure_default_synonyms()
    if places:
        ensure_places()
    default_code = settings.LANGUAGE_CODE
    default_locale = locales[default_code]
    # Migrations create the tree root; a flushed database (e.g. after a transactional test) has none.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=default_locale))

    home = HomePage.objects.filter(locale=default_locale).child_of(root).first()
    if home is None:
        _remove_wagtail_placeholder(root)
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(
                title=HOME_TITLES.get(default_code, "Coalition"),
                slug="home",
                locale=default_locale,
            )
        )
        publish(home)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname or settings.SITE_HOSTNAME,
            port=port or settings.SITE_PORT,
            root_page=home,
            is_default_site=True,
            site_name=site_name or HOME_TITLES["en"],
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()

    homes = {default_code: home}
    for code, locale in locales.items():
        if code != default_code:
            homes[code] = ensure_translation(home, locale, title=HOME_TITLES.get(code, home.title))

    indexes = {}
    for model, slug, titles in INDEX_PAGES:
        index = model.objects.child_of(home).first()
        if index is None:
            with translation.override(default_code):
                index = home.add_child(
                    instance=model(title=titles[default_code], slug=slug, locale=default_locale, show_in_menus=True)
                )
            publish(index)
        indexes[(model, default_code)] = index
        for code, locale in locales.items():
            if code != default_code:
                indexes[(model, code)] = ensure_translation(index, locale, title=titles.get(code, index.title))
    return homes, indexes
