"""Georgian is never given a Mtavruli "capital" first letter; Azerbaijani capitalises i as İ."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.text import capfirst

from .test_admin_language import admin_client, sidebar_labels, visible_text

MTAVRULI = re.compile("[\u1c90-\u1cbf]")


@pytest.mark.parametrize(
    "language, word, expected",
    [
        ("ka", "რეგიონები", "რეგიონები"),
        ("az", "istifadəçi", "İstifadəçi"),
        ("az", "ımtahan", "Imtahan"),
        ("en", "region", "Region"),
        ("ka", "region", "Region"),
        ("en", "", ""),
    ],
)
def test_capfirst_respects_georgian_and_azerbaijani(language, word, expected):
    with translation.override(language):
        assert capfirst(word) == expected
        assert Template("{{ word|capfirst }}").render(Context({"word": word})) == expected


@pytest.mark.django_db
def test_the_georgian_admin_shows_no_mtavruli_capitals(client, site):
    admin_client(client, "ka")
    for url in (
        "/admin/",
        f"/admin/pages/{site.news['ka'].pk}/edit/",
        f"/admin/pages/add/news/newspage/{site.news['ka'].pk}/",
        "/admin/snippets/partners/region/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        text = visible_text(page) + " ".join(sidebar_labels(page))
        assert not MTAVRULI.search(text), (url, MTAVRULI.findall(text)[:5])
