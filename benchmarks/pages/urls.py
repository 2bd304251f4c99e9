"""The URLs the benchmark times, chosen from what the database holds."""

from urllib.parse import quote

from wagtail.models import Page

from benchmarks.search.pages import SLUG_PREFIX
from news.models import EventPage, NewsPage
from partners.models import DonorPage, Municipality, PartnerOrganisationPage, ProjectPage

# A word common to the demo's and the benchmark's texts in each language.
SEARCH_WORDS = {"ka": "ქალთა", "az": "qadın"}


def _url(model, **filters):
    page = model.objects.live().filter(locale__language_code="ka", **filters).order_by("pk").first()
    return page.url if page is not None else None


def page_urls():
    """[(name, url, budget kind)]: "search" pages have the search budget, the rest the page one."""
    place = Municipality.objects.filter(locale__language_code="ka", news__isnull=False).order_by("pk").first()
    news_count = NewsPage.objects.live().filter(locale__language_code="ka").count()
    deep = min(1000, max(1, news_count // 10))
    synthetic = NewsPage.objects.live().filter(locale__language_code="ka", slug__startswith=SLUG_PREFIX).first()
    ka, az = (quote(word) for word in SEARCH_WORDS.values())
    urls = [
        ("search ka", f"/ka/search/?q={ka}", "search"),
        ("search az", f"/az/search/?q={az}", "search"),
        ("search, a place", f"/ka/search/?q={ka}&municipality={place.slug}" if place else None, "search"),
        ("search, page 2", f"/ka/search/?q={ka}&page=2", "search"),
        ("home", "/ka/", "page"),
        ("news index", "/ka/news/", "page"),
        (f"news index, page {deep}", f"/ka/news/?page={deep}", "page"),
        ("news index, a place", f"/ka/news/?municipality={place.slug}" if place else None, "page"),
        ("news item (demo)", _url(NewsPage, slug__startswith="par-"), "page"),
        ("news item (synthetic)", synthetic.url if synthetic else None, "page"),
        ("event", _url(EventPage), "page"),
        ("project index", "/ka/projects/", "page"),
        ("project", _url(ProjectPage), "page"),
        ("organisation", _url(PartnerOrganisationPage), "page"),
        ("donor", _url(DonorPage), "page"),
        ("suggestions", "/ka/search/suggest/?q=" + quote(SEARCH_WORDS["ka"][:3]), "page"),
        ("API search", f"/api/v2/pages/?search={ka}&locale=ka", "page"),
        ("news feed", "/ka/news/feed/", "page"),
        ("sitemap index", "/sitemap.xml", "page"),
        ("sitemap, last Georgian page", None, "page"),
    ]
    # The sitemap's last page is found from the index at run time (runner).
    return [(name, url, kind) for name, url, kind in urls if url or name.startswith("sitemap, ")]


def last_sitemap_page(client):
    """The last page of the Georgian sitemap, as the index names it."""
    from xml.etree import ElementTree

    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    georgian = [loc.text for loc in index.findall("s:sitemap/s:loc", ns) if "sitemap-ka.xml" in loc.text]
    return "/" + georgian[-1].split("://", 1)[1].split("/", 1)[1] if georgian else None


def live_pages():
    return Page.objects.live().count()
