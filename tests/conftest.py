from types import SimpleNamespace

import pytest
from django.core.cache import cache

from home.site_setup import bootstrap_site
from news.models import NewsIndexPage
from partners.models import DonorIndexPage, PartnerIndexPage, ProjectIndexPage


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


@pytest.fixture
def site(db):
    """The empty site of a fresh install: locales, home pages and index pages."""
    homes, indexes = bootstrap_site()

    def of(model):
        return {code: indexes[(model, code)] for code in homes}

    return SimpleNamespace(
        homes=homes,
        news=of(NewsIndexPage),
        projects=of(ProjectIndexPage),
        members=of(PartnerIndexPage),
        donors=of(DonorIndexPage),
        locales={code: home.locale for code, home in homes.items()},
    )
