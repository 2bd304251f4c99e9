from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from coalition.api import api_router
from coalition.health import healthz
from coalition.sitemaps import sitemaps_by_language
from coalition.views import robots_txt
from opendata import urls as opendata_urls
from partners.isolation import urls as isolation_urls
from search_page import views as search_views

SITEMAPS = sitemaps_by_language()

# A 503 page in the reader's language while the database is unreachable, else Django's 500.
handler500 = "coalition.views.server_error"

# Admin and document downloads are language-neutral; everything the public reads is
# under a language prefix (/ka/, /az/, /en/). "/" is redirected by LocaleMiddleware.
urlpatterns = [
    # Admin views narrowed to what a member organisation's editor may see (partners/isolation/),
    # in front of Wagtail's at the same paths.
    path("admin/", include(isolation_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"}, name="sitemap"),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("healthz", healthz, name="healthz"),
    *opendata_urls.language_neutral,
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    *opendata_urls.per_language,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
