"""/sitemap.xml: every live page of the site in every language, each with its alternates.

Wagtail's own sitemap lists the descendants of the Site's root page only, which is the
Georgian tree: the Azerbaijani and English home pages are that root's translations, beside
it rather than below it. This sitemap walks every translation of the root and adds the
hreflang alternates (and x-default) that Django's sitemap template renders.

With 100 000 pages in three languages one sitemap took 18 s and ran to megabytes, so
``/sitemap.xml`` is an index (Django's sitemap framework) of one sitemap per language,
``/sitemap-<language>.xml``, each in pages of ``PAGE_SIZE`` URLs (``?p=2``…).

Every location and alternate is on the address the sitemap was asked on (``core.absolute_urls``),
not the Site record's hostname and port.
"""

import functools
import operator

from django.db.models import Max, Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models

from core.absolute_urls import rebased
from core.i18n import alternate_urls, language_codes, live_translations
from core.visibility import live_public


@functools.cache
def _types_with_own_sitemap_urls():
    return [model for model in get_page_models() if model.get_sitemap_urls is not Page.get_sitemap_urls]


# Each sitemap page is one query for its pages and one for their alternates; building every URL
# and alternate is most of its time, so pages stay small (README, "Whole pages").
PAGE_SIZE = 500


class MultilingualSitemap(Sitemap):
    """Every language's tree, or only ``language_code``'s when a subclass sets it."""

    language_code = None
    limit = PAGE_SIZE

    def items(self):
        # The index asks each sitemap for its pages twice (count, newest change): the roots once.
        if not hasattr(self, "_trees"):
            root = self.get_wagtail_site().root_page
            roots = Page.objects.filter(translation_key=root.translation_key)
            if self.language_code is not None:
                roots = roots.filter(locale__language_code=self.language_code)
            self._trees = [translated_root.path for translated_root in roots]
        if not self._trees:
            return Page.objects.none()
        trees = functools.reduce(operator.or_, (Q(path__startswith=path) for path in self._trees))
        pages = live_public(Page.objects.filter(trees)).order_by("locale_id", "path").select_related("locale")
        # Specific pages (a query per page type) only where a type lists other URLs of its own.
        return pages.defer_streamfields().specific() if _types_with_own_sitemap_urls() else pages

    def get_latest_lastmod(self):
        # Django's would load every page to take the newest lastmod: one aggregate instead.
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        # Wagtail's Sitemap._urls, plus the alternates of a whole sitemap page in one query.
        items = list(self.paginator.page(page).object_list)
        translations = live_translations(item.translation_key for item in items)
        urls = []
        for item in items:
            alternates = [
                {"lang_code": code, "location": location}
                for code, location in alternate_urls(translations[item.translation_key], self.request)
            ]
            for url_info in item.get_sitemap_urls(self.request):
                # Page types build their locations from the Site record: the reader's address instead.
                url_info["location"] = rebased(url_info["location"], self.request)
                url_info.setdefault("alternates", alternates)
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def sitemaps_by_language():
    """{language code: its sitemap class}, for the index and the sections (coalition/urls.py)."""
    return {
        code: type(f"{code.capitalize()}Sitemap", (MultilingualSitemap,), {"language_code": code})
        for code in language_codes()
    }
