"""Search the site from the command line exactly as the public search page does.

python manage.py search "ქუთაისში" --locale ka [--limit 10] [--json]
"""

import json

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from search_page.query import clean_query, search_pages


class Command(BaseCommand):
    help = "Ranked search results for a query, as the public search page finds them."

    def add_arguments(self, parser):
        parser.add_argument("query")
        parser.add_argument("--locale", default=None, help="language code (default: the site's default language)")
        parser.add_argument("--all-languages", action="store_true", help="search every language")
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--json", action="store_true", dest="as_json", help="print a JSON array")

    def handle(self, *args, query, locale, all_languages, limit, as_json, **options):
        if limit < 1:
            raise CommandError("--limit must be at least 1.")
        code = locale or Locale.get_default().language_code
        found = Locale.objects.filter(language_code=code).first()
        if found is None:
            known = ", ".join(Locale.objects.values_list("language_code", flat=True))
            raise CommandError(f"Unknown locale {code!r}; the site has: {known}.")
        results = list(search_pages(query, None if all_languages else found)[:limit])
        rows = [
            {
                "slug": page.slug,
                "title": page.title,
                "url": page.get_full_url(),
                "type": page.specific_class._meta.model_name,
                "locale": page.locale.language_code,
            }
            for page in results
        ]
        if as_json:
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            self.stdout.write(f"Nothing found for “{clean_query(query)}”.")
        for rank, row in enumerate(rows, 1):
            self.stdout.write(f"{rank:>3}. [{row['locale']}] {row['title']} ({row['type']}) {row['url']}")
