import os
import sqlite3
from contextlib import contextmanager
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

from core.i18n import forget_locales
from funding.models import FundingOverviewPage
from home.site_setup import bootstrap_site
from news.models import NewsIndexPage
from partners.models import DonorIndexPage, PartnerIndexPage, ProjectIndexPage


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    # Each test's database is its own (rolled back, or a copy): no locale read in another counts.
    forget_locales()


@pytest.fixture
def site(db):
    """The empty site of a fresh install: locales, home pages and index pages."""
    return make_site()


def make_site():
    # Without the 540 rows of every place of both countries: each test makes the places it
    # needs (tests/test_places.py loads the full list).
    homes, indexes = bootstrap_site(places=False)

    def of(model):
        return {code: indexes[(model, code)] for code in homes}

    return SimpleNamespace(
        homes=homes,
        news=of(NewsIndexPage),
        projects=of(ProjectIndexPage),
        members=of(PartnerIndexPage),
        donors=of(DonorIndexPage),
        funding=of(FundingOverviewPage),
        locales={code: home.locale for code, home in homes.items()},
    )


@contextmanager
def shared_by_module(django_db_blocker):
    """For module-scoped content fixtures: what is built inside is rolled back at the end of
    the module, and each test runs in a savepoint within it (so its own changes vanish)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


class DemoDatabase:
    """A copy of this process's freshly migrated test database, into which the demo content
    (``load_demo_content``) is loaded the first time a test asks for it: once per test process
    (per pytest-xdist worker), instead of once per test module. While a test that asks for it
    runs, Django's connection points at the copy; the test runs in a transaction rolled back as
    usual (``db`` or ``django_db``), so what it writes, search index entries included (a table
    on PostgreSQL, FTS tables on SQLite, all in the copy), is gone before the next one. Every
    other test keeps the test database, without the demo content."""

    def __init__(self):
        self.test_name = connection.settings_dict["NAME"]
        self.loaded = self.active = False
        self._keep_open = []
        if connection.vendor == "postgresql":
            self.name = f"{self.test_name}_demo"
            # CREATE DATABASE ... TEMPLATE needs no session on the template, ours included.
            connection.close()
            with connection._nodb_cursor() as cursor:
                self._drop_postgresql(cursor)
                cursor.execute(
                    f"CREATE DATABASE {self._quoted(self.name)} WITH TEMPLATE {self._quoted(self.test_name)}"
                )
        elif connection.vendor == "sqlite":
            if connection.is_in_memory_db():
                # An in-memory database lives while a connection to it is open, and Django's
                # connection is closed to point it at the other one.
                self.name = "file:memorydb_default_demo?mode=memory&cache=shared"
                self._keep_open = [sqlite3.connect(self.test_name, uri=True), sqlite3.connect(self.name, uri=True)]
                target = self._keep_open[1]
            else:
                root, ext = os.path.splitext(self.test_name)
                self.name = f"{root}_demo{ext}"
                if os.path.exists(self.name):
                    os.remove(self.name)
                target = sqlite3.connect(self.name)
            connection.ensure_connection()
            connection.connection.backup(target)
            if target not in self._keep_open:
                target.close()
        else:
            raise NotImplementedError(f"demo content copy on {connection.vendor}")

    @staticmethod
    def _quoted(name):
        return connection.ops.quote_name(name)

    def _drop_postgresql(self, cursor):
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [self.name],
        )
        cursor.execute(f"DROP DATABASE IF EXISTS {self._quoted(self.name)}")

    def _point_at(self, name):
        assert not connection.in_atomic_block, (
            "the database cannot change inside a transaction: a test using demo_content must not "
            "run inside a module-wide one (shared_by_module) nor be transactional"
        )
        if connection.vendor == "sqlite":
            # SQLite's close() ignores in-memory databases (_keep_open keeps them).
            BaseDatabaseWrapper.close(connection)
        else:
            connection.close()
        connection.settings_dict["NAME"] = name

    def activate(self):
        if not self.active:
            self._point_at(self.name)
            self.active = True

    def deactivate(self):
        if self.active:
            self._point_at(self.test_name)
            self.active = False

    def load(self):
        self.activate()
        if not self.loaded:
            call_command("load_demo_content", stdout=StringIO())
            self.loaded = True

    def drop(self):
        self.deactivate()
        if connection.vendor == "postgresql":
            with connection._nodb_cursor() as cursor:
                self._drop_postgresql(cursor)
        elif self._keep_open:
            for kept in self._keep_open:
                kept.close()
        elif os.path.exists(self.name):
            os.remove(self.name)


_demo_database = None


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and a copy of it for the demo content (DemoDatabase),
    made while it is fresh from its migrations (and, on PostgreSQL, has no other session)."""
    global _demo_database
    with django_db_blocker.unblock():
        _demo_database = DemoDatabase()
    yield
    with django_db_blocker.unblock():
        _demo_database.drop()
    _demo_database = None


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test process into a database of its own (see
    DemoDatabase), for tests that read it; a test may write too, its transaction is rolled back.
    The test needs ``db`` or ``@pytest.mark.django_db`` (not transactional)."""
    with django_db_blocker.unblock():
        _demo_database.load()  # and points the connection at it, for this first test
    yield
    _demo_database.deactivate()


def _uses_demo_content(item):
    return "demo_content" in getattr(item, "fixturenames", ())


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Point the connection at the demo content's database before a test that asks for it sets
    up its transaction (``_django_db_helper``); the first such test loads it (``demo_content``,
    session-scoped, so set up before that transaction too)."""
    if _uses_demo_content(item):
        marker = item.get_closest_marker("django_db")
        if "transactional_db" in item.fixturenames or (marker and marker.kwargs.get("transaction")):
            pytest.fail(
                "demo_content cannot be used by a transactional test (its flush would empty the shared demo database)",
                pytrace=False,
            )
        if _demo_database is not None and _demo_database.loaded:
            _demo_database.activate()


@pytest.fixture(scope="session", autouse=True)
def _close_live_server_connections(django_db_setup, django_db_blocker):
    """Live-server request threads can leave a PostgreSQL session open on the test database,
    which then cannot be dropped at the end of the run; end those sessions first."""
    yield
    from django.db import connection

    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a live-server or gunicorn test (they commit data, so Django empties the database
    after them), put back what the migrations made: the next test in this process may need it.
    Django restores it only before the next such test; with tests spread over processes
    (pytest-xdist), an ordinary test may come next."""
    yield
    if _demo_database is not None:
        _demo_database.deactivate()
    # After the last test the test database is already gone.
    if nextitem is None or "django_db_serialized_rollback" not in getattr(item, "fixturenames", ()):
        return
    from django.db import connection
    from pytest_django.plugin import blocking_manager_key

    contents = getattr(connection, "_test_serialized_contents", None)
    if contents:
        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(contents)
