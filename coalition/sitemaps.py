"""/sitemap.xml: every live page of the site in every language, each with its alternates.

Wagtail's own sitemap lists the descendants of the Site's root page only, which is the
Georgian tree: the Azerbaijani and English home pages are that root's translations, beside
it rather than below it. This sitemap walks every translation of the root and adds the
hreflang alternates (and x-default) that Django's sitemap template renders.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.i18n import alternate_urls, live_translations
from core.visibility import live_public


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Q()
        for translated_root in Page.objects.filter(translation_key=root.translation_key):
            trees |= Q(path__startswith=translated_root.path)
        return (
            live_public(Page.objects.filter(trees))
            .order_by("locale_id", "path")
            .select_related("locale")
            .defer_streamfields()
            .specific()
        )

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
                url_info.setdefault("alternates", alternates)
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
