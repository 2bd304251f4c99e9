"""The Wagtail admin works for every page type: editors can open, edit and publish."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from news.models import NewsPage

from . import factories
from .conftest import make_site, shared_by_module


@pytest.fixture
def editor_client(client, site):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "secret-pass")
    client.force_login(user)
    return client


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker):
        yield _build_pages()


def _build_pages():
    site = make_site()
    ka = site.locales["ka"]
    zugdidi = factories.municipality(ka, "zugdidi", "ზუგდიდი")
    org = factories.organisation(site.members["ka"])
    donor = factories.donor(site.donors["ka"])
    project = factories.project(org, donors=[(donor, "1000", "EUR")], municipalities=[zugdidi])
    news = factories.news(org, projects=[project], municipalities=[zugdidi], topics=["ტრენინგი"])
    event = factories.event(site.news["ka"], municipality=zugdidi)
    return [
        site.homes["ka"],
        site.news["ka"],
        site.projects["ka"],
        site.members["ka"],
        site.donors["ka"],
        org,
        donor,
        project,
        news,
        event,
    ]


def test_every_page_type_opens_in_the_editor(editor_client, pages):
    for page in pages:
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, (page, response.status_code)
        assert page.title in response.content.decode()


def test_locale_scoped_choices_in_the_editor(editor_client, site, pages):
    """A Georgian project offers Georgian municipalities only."""
    factories.municipality(site.locales["az"], "zugdidi", "Zuqdidi")
    project = next(p for p in pages if p.specific_class.__name__ == "ProjectPage")
    html = editor_client.get(f"/admin/pages/{project.pk}/edit/").content.decode()
    assert "ზუგდიდი" in html
    assert "Zuqdidi" not in html


def test_editor_edits_and_publishes_a_news_item(editor_client, pages):
    news = next(p for p in pages if isinstance(p, NewsPage))
    url = f"/admin/pages/{news.pk}/edit/"
    form = editor_client.get(url).context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = [str(v) for v in value] if isinstance(value, (list, tuple)) else value
    data.update(
        {"title": "განახლებული სათაური", "lead": "ახალი ლიდი", "date": "2024-05-03", "action-publish": "publish"}
    )
    for formset in form.formsets.values():
        management = formset.management_form
        for field_name in management.fields:
            data[f"{formset.prefix}-{field_name}"] = management[field_name].value()
        for index, subform in enumerate(formset.forms):
            for field_name in subform.fields:
                value = subform[field_name].value()
                if value is not None:
                    data[f"{formset.prefix}-{index}-{field_name}"] = value
    data["body-count"] = "0"
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    news = Page.objects.get(pk=news.pk).specific
    assert news.title == "განახლებული სათაური"
    assert news.lead == "ახალი ლიდი"
    assert news.date == date(2024, 5, 3)
    assert news.live and not news.has_unpublished_changes
    assert [link.project.pk for link in news.project_links.all()] == [pages[7].pk]
    assert [topic.name for topic in news.topics.all()] == ["ტრენინგი"]


def test_places_snippets_are_in_the_admin(editor_client, site):
    factories.municipality(site.locales["ka"], "khashuri", "ხაშური")
    response = editor_client.get("/admin/snippets/partners/municipality/")
    assert response.status_code == 200
    assert "ხაშური" in response.content.decode()
