"""``python -m benchmarks.pages [options]``: the whole-page benchmark (see the package), with the
settings manage.py uses unless DJANGO_SETTINGS_MODULE says otherwise."""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings.dev")
    # What is measured is the uncached page (the command also overrides the setting, for
    # callers whose settings are already loaded).
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    import django

    django.setup()
    from benchmarks.pages.runner import BenchPagesCommand

    BenchPagesCommand().run_from_argv(["python -m", "benchmarks.pages", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
