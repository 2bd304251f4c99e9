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


@pytest.fixture(scope="session", autouse=True)
def _close_live_server_connections(django_db_setup, django_db_blocker):
    """Live-server request threads can leave a PostgreSQL session open on the test database,
    which then cannot be dropped at the end of the run; end those sessions first."""
    yield
    from django.db import connection

    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a live-server or gunicorn test (they commit data, so Django empties the database
    after them), put back what the migrations made: the next test in this process may need it.
    Django restores it only before the next such test; with tests spread over processes
    (pytest-xdist), an ordinary test may come next."""
    yield
    # After the last test the test database is already gone.
    if nextitem is None or "django_db_serialized_rollback" not in getattr(item, "fixturenames", ()):
        return
    from django.db import connection
    from pytest_django.plugin import blocking_manager_key

    contents = getattr(connection, "_test_serialized_contents", None)
    if contents:
        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(contents)
