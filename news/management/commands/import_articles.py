import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm
from wagtail.models import Locale

from news.importing import ArticleError, import_article, read_article
from news.models import NewsIndexPage
from partners.models import PartnerOrganisationPage


class Command(BaseCommand):
    help = (
        "Import plain-text articles (first non-empty line = title, then paragraphs) as "
        "published news under an organisation or the news index. Re-importing a file "
        "updates its page."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--locale", required=True, help="language code, e.g. ka, az, en")
        parser.add_argument(
            "--organisation", metavar="SLUG", help="slug of the publishing organisation's page; default: the news index"
        )

    def handle(self, *args, files, locale, organisation, **options):
        locale_obj = Locale.objects.filter(language_code=locale).first()
        if locale_obj is None:
            known = ", ".join(Locale.objects.values_list("language_code", flat=True)) or "none"
            raise CommandError(f"unknown locale '{locale}' (known: {known}; run bootstrap_site first)")
        parent = self.find_parent(locale_obj, organisation)

        counts = {"created": 0, "updated": 0, "unchanged": 0}
        failures = 0
        # A progress bar only for long runs on a terminal (tqdm hides itself otherwise).
        progress = tqdm(files, unit="file", disable=True if len(files) < 10 else None, file=sys.stderr)
        for path in progress:
            try:
                page, status = import_article(read_article(path), parent, locale_obj)
            except ArticleError as error:
                failures += 1
                self.stderr.write(f"{path}: error: {error}")
                continue
            counts[status] += 1
            if options["verbosity"] >= 2:
                self.stdout.write(f"{path}: {status} {page.url or ''}")
        summary = (
            f"{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {failures} failed"
        )
        if failures:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    def find_parent(self, locale, organisation_slug):
        if organisation_slug:
            organisation = PartnerOrganisationPage.objects.filter(locale=locale, slug=organisation_slug).first()
            if organisation is None:
                raise CommandError(f"unknown organisation '{organisation_slug}' in locale '{locale.language_code}'")
            return organisation
        index = NewsIndexPage.objects.filter(locale=locale).first()
        if index is None:
            raise CommandError(f"no news index in locale '{locale.language_code}' (run bootstrap_site first)")
        return index
