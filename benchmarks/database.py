"""The benchmarks write to their database: they refuse one that is not obviously theirs."""

from django.core.management.base import CommandError
from django.db import connection


def refuse_unless_bench_database(force, what_it_writes, make_target):
    """CommandError unless the database's name says "bench" or "test" (or ``force``)."""
    name = str(connection.settings_dict.get("NAME") or "")
    if not force and "bench" not in name and "test" not in name:
        raise CommandError(
            f"The database {name!r} does not look like a benchmark database ({what_it_writes}). Use "
            f"`make {make_target}` or DATABASE_URL=postgres://…/coalition_bench, or --force."
        )
