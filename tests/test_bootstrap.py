from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site

from home.models import HomePage
from news.models import NewsIndexPage
from partners.models import DonorIndexPage, PartnerIndexPage, ProjectIndexPage


def test_bootstrap_creates_locales_site_homes_and_indexes(db):
    call_command("bootstrap_site", stdout=open("/dev/null", "w"))

    assert set(Locale.objects.values_list("language_code", flat=True)) == {"ka", "az", "en"}
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale.language_code == "ka"
    for code in ("ka", "az", "en"):
        home = HomePage.objects.get(locale__language_code=code)
        assert home.live
        assert home.translation_key == site.root_page.translation_key
        for model in (NewsIndexPage, ProjectIndexPage, PartnerIndexPage, DonorIndexPage):
            assert model.objects.child_of(home).live().count() == 1
    # Wagtail's placeholder "Welcome" page is gone; nothing but the tree above exists.
    assert Page.objects.filter(depth=2).count() == 3
    assert Page.objects.count() == 1 + 3 * 6  # root; per language a home, 4 indexes, the funding overview


def test_bootstrap_is_idempotent(db):
    call_command("bootstrap_site", stdout=open("/dev/null", "w"))
    pages, revisions = Page.objects.count(), Revision.objects.count()
    call_command("bootstrap_site", stdout=open("/dev/null", "w"))
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions


def test_bootstrap_keeps_editor_changes(site):
    news = site.news["ka"]
    news.title = "ახალი ამბები"
    news.save_revision().publish()
    call_command("bootstrap_site", stdout=open("/dev/null", "w"))
    news.refresh_from_db()
    assert news.title == "ახალი ამბები"


def test_every_language_has_a_prefixed_home(client, site):
    for code in ("ka", "az", "en"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert site.homes[code].title in response.content.decode()


def test_root_redirects_to_a_language(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="az")
    assert response.status_code == 302
    assert response["Location"] == "/az/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response["Location"] == "/ka/"


def test_unknown_language_prefix_is_a_404_not_a_500(client, site):
    # Answered where it is: no redirect to a /ka/xx/news/ that does not exist either.
    response = client.get("/xx/news/")
    assert response.status_code == 404
