"""The pages the audit measures, found in the demo content the site was loaded with: the home
page, the news index, a news item, a project, a donor and a search with results, per language."""

import json
import subprocess
import sys
from urllib.parse import quote

from .server import ROOT

PAGES = ("home", "news", "news-item", "project", "donor", "search")
LANGUAGES = ("ka", "az")
# A word of the demo content in each language (Zugdidi, where several projects work).
SEARCH_WORDS = {"ka": "ზუგდიდი", "az": "Zuqdidi", "en": "Zugdidi"}

# Run inside the site's own environment (manage.py shell): the newest live page of each kind.
FIND_PAGES = """
import json
from news.models import NewsIndexPage, NewsPage
from partners.models import DonorPage, ProjectPage
found = {}
for code in %(languages)r:
    def first(model, order=("-first_published_at", "pk")):
        page = model.objects.live().public().filter(locale__language_code=code).order_by(*order).first()
        return page.url if page else None
    found[code] = {
        "news": first(NewsIndexPage),
        "news-item": first(NewsPage),
        "project": first(ProjectPage),
        "donor": first(DonorPage, ("pk",)),
    }
print(json.dumps(found))
"""


def find_urls(env, languages=LANGUAGES):
    """``{language: {page name: path}}`` of the pages to measure on the site ``env`` configures."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", FIND_PAGES % {"languages": tuple(languages)}],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(result.stdout.strip().splitlines()[-1])
    urls = {}
    for code in languages:
        urls[code] = {
            "home": f"/{code}/",
            **found[code],
            "search": f"/{code}/search/?q={quote(SEARCH_WORDS[code])}",
        }
    return urls


def selected(urls, pages=None, languages=None):
    """``[(language, page name, path)]`` in a fixed order, narrowed by ``--pages``/``--langs``."""
    chosen = []
    for code in languages or LANGUAGES:
        for name in pages or PAGES:
            if code in urls and urls[code].get(name):
                chosen.append((code, name, urls[code][name]))
    return chosen
