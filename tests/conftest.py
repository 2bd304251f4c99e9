from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import transaction

from home.site_setup import bootstrap_site
from news.models import NewsIndexPage
from partners.models import DonorIndexPage, PartnerIndexPage, ProjectIndexPage


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


@pytest.fixture
def site(db):
    """The empty site of a fresh install: locales, home pages and index pages."""
    return make_site()


def make_site():
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


@contextmanager
def shared_by_module(django_db_blocker):
    """For module-scoped content fixtures: what is built inside is rolled back at the end of
    the module, and each test runs in a savepoint within it (so its own changes vanish)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
