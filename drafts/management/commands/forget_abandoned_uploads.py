"""List, or with --delete remove, images and documents uploaded again and never used."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from drafts.abandoned import abandoned_copies, media_models


class Command(BaseCommand):
    help = (
        "Lists images and documents that are copies of an older one in the same collection (same "
        "content), uploaded more than --days days ago and used nowhere (reference index, drafts' "
        "latest revisions, scheduled revisions, any other row). Changes nothing unless --delete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7, help="only copies uploaded longer ago (default 7)")
        parser.add_argument("--delete", action="store_true", help="delete them (default: only list them)")

    def handle(self, *args, days, delete, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more")
        total = 0
        for label, model in media_models():
            for copy in abandoned_copies(model, days, record_hashes=delete):
                total += 1
                item, original = copy.item, copy.original
                self.stdout.write(
                    f"{label} {item.pk} “{item.title}” ({item.collection.name}, uploaded "
                    f"{item.created_at:%Y-%m-%d}): a copy of {original.pk} “{original.title}”"
                )
                if delete:
                    with transaction.atomic():
                        item.delete()
        if delete:
            self.stdout.write(f"Deleted {total} unused copies.")
        else:
            self.stdout.write(f"{total} unused copies found; run again with --delete to delete them.")
