from django.core.management.base import BaseCommand

from home.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Build the demo coalition site (organisations, donors, projects, news, events in "
        "Georgian, Azerbaijani and English). Runs bootstrap_site first; safe to run again."
    )

    def handle(self, *args, **options):
        verbose = options["verbosity"] >= 2
        created = DemoLoader(log=self.stdout.write if verbose else None).run()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {created} objects created."))
        else:
            self.stdout.write("Demo content already present; nothing changed.")
