"""The demo content: loads, renders everywhere, and a second run changes nothing."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from news.models import EventPage, NewsPage
from partners.models import DonorPage, Municipality, PartnerOrganisationPage, ProjectDonor, ProjectPage, Region


@pytest.fixture
def demo(demo_content, db):
    """The demo content, loaded once per test process (conftest: demo_content)."""


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "regions": Region.objects.count(),
        "municipalities": Municipality.objects.count(),
        "images": get_image_model().objects.count(),
        "titles": sorted(Page.objects.values_list("locale__language_code", "url_path", "title")),
    }


def test_demo_content_loads_twice_without_changes(demo, capsys):
    before = snapshot()
    call_command("load_demo_content")
    assert "nothing changed" in capsys.readouterr().out
    assert snapshot() == before

    # (Same loaded database, to spare a second load.) Every page type in both languages:
    for model in (PartnerOrganisationPage, DonorPage, ProjectPage, NewsPage, EventPage):
        for code in ("ka", "az"):
            assert model.objects.live().filter(locale__language_code=code).exists(), (model, code)
    # Some content exists in one language only, as on a real coalition site.
    single = [p for p in NewsPage.objects.live() if len(p.get_translations(inclusive=True)) == 1]
    assert {p.locale.language_code for p in single} >= {"ka"}
    assert (
        NewsPage.objects.live()
        .filter(locale__language_code="az")
        .exclude(translation_key__in=NewsPage.objects.filter(locale__language_code="ka").values("translation_key"))
        .exists()
    )
    # Translations share relations to same-language objects.
    for project in ProjectPage.objects.filter(locale__language_code="az"):
        assert all(m.locale_id == project.locale_id for m in project.municipalities.all())
        assert all(f.donor.locale_id == project.locale_id for f in project.fundings.all())


def test_every_demo_page_renders_and_donors_show_their_projects(demo, client):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert len(pages) > 60
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    for event in EventPage.objects.live():
        assert client.get(event.url + event.reverse_subpage("ics")).status_code == 200

    eu = DonorPage.objects.get(slug="european-union", locale__language_code="ka")
    cache.clear()  # the loop filled the page cache; a cached answer has no template context
    response = client.get(eu.url)
    expected = set(
        ProjectPage.objects.live().filter(locale=eu.locale, fundings__donor=eu).values_list("title", flat=True)
    )
    assert expected
    assert {p.title for p in response.context["projects"]} == expected
    # Every project–donor link states its amount, so a donor sees what its money went to.
    assert not ProjectDonor.objects.filter(amount__isnull=True).exists()
    stated = ProjectDonor.objects.filter(project__locale=eu.locale, donor=eu, project__live=True)
    assert dict(response.context["totals"]) == {"EUR": sum(f.amount for f in stated)}


@pytest.mark.parametrize("turn", ["first", "second"])
def test_what_a_test_writes_into_the_shared_demo_content_is_gone_for_the_next(demo, turn):
    """The demo content is loaded once per test process and shared (conftest: demo_content);
    each test's transaction is rolled back, search index included."""
    from search_page.query import search_pages

    assert not Page.objects.filter(title__startswith="written by a test").exists()
    assert not search_pages("zyxwvutsrq", Page.objects.first().locale)
    news = NewsPage.objects.live().filter(locale__language_code="ka").first()
    news.title = f"written by a test zyxwvutsrq {turn}"
    news.save_revision().publish()
    Region.objects.all().delete()
    assert search_pages("zyxwvutsrq", news.locale)


def test_other_tests_do_not_see_the_demo_content(db):
    assert not PartnerOrganisationPage.objects.exists() and not Region.objects.exists()
