"""Whatever an editor types into the admin's searches (the explorer's, the page search, the page
chooser, which autocomplete) gets an answer, never a 503: modelsearch quotes each term for
SQLite's FTS5 without escaping, so a typed `"` was a syntax error there."""

import pytest
from django.contrib.auth import get_user_model

from tests import factories

TYPED = ['"', '"ქუთა', "ქუთა<", "<", "a < b", "<script>", "NEAR(", "*", "a:b", "-x", "^x", "(", "x OR", "a'b", "\x00"]


@pytest.fixture
def kutaisi_news(site):
    return factories.news(site.news["ka"], slug="kutaisi-forum", title="ქუთაისის ფორუმი")


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-password"))
    return client


def searches(site):
    return ["/admin/pages/search/", f"/admin/pages/{site.news['ka'].id}/", "/admin/choose-page/search/"]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", TYPED)
def test_odd_input_in_the_admin_searches_gets_an_answer(site, kutaisi_news, editor, typed):
    for url in searches(site):
        assert editor.get(url, {"q": typed}).status_code == 200, url


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["ქუთა", '"ქუთა', "ქუთა<"])
def test_a_word_being_typed_still_finds_the_page_around_stray_characters(site, kutaisi_news, editor, typed):
    response = editor.get("/admin/pages/search/", {"q": typed})
    assert "ქუთაისის ფორუმი" in response.content.decode()
