from django.core.management.base import BaseCommand

from core.spelling import ensure_spelling_vocabulary
from home.site_setup import bootstrap_site


class Command(BaseCommand):
    help = (
        "Create the locales, the default Site, a home page per language and the empty "
        "news, projects, members and donors index pages, and the spelling vocabulary of 'did you mean' "
        "when it is empty. Safe to run again."
    )

    def handle(self, *args, **options):
        homes, indexes = bootstrap_site()
        # A site older than the vocabulary (or new) gets it here; publishing keeps it current.
        ensure_spelling_vocabulary()
        for code, home in homes.items():
            self.stdout.write(
                f"{code}: {home.title} ({home.url_path}) with {len([k for k in indexes if k[1] == code])} index pages"
            )
        self.stdout.write(self.style.SUCCESS("Site structure is in place."))
