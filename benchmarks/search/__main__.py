"""``python -m benchmarks.search [options] N…``: the search benchmark (see the package), with
the settings manage.py uses unless DJANGO_SETTINGS_MODULE says otherwise."""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings.dev")
    import django

    django.setup()
    from benchmarks.search.runner import BenchSearchCommand

    BenchSearchCommand().run_from_argv(["python -m", "benchmarks.search", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
