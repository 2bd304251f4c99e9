from django.core.management.base import BaseCommand

from home.site_setup import bootstrap_site


class Command(BaseCommand):
    help = (
        "Create the locales, the default Site, a home page per language and the empty "
        "news, projects, members and donors index pages. Safe to run again."
    )

    def handle(self, *args, **options):
        homes, indexes = bootstrap_site()
        for code, home in homes.items():
            self.stdout.write(
                f"{code}: {home.title} ({home.url_path}) with {len([k for k in indexes if k[1] == code])} index pages"
            )
        self.stdout.write(self.style.SUCCESS("Site structure is in place."))
