"""Rebuild the vocabulary the search page's "did you mean" corrects from (search.spelling).

python manage.py rebuild_spelling

Publishing keeps it current between rebuilds (core.spelling); run this after a bulk import, after
``update_index``, or to count again what publications only added.
"""

from django.core.management.base import BaseCommand

from core.spelling import rebuild_spelling_vocabulary


class Command(BaseCommand):
    help = "Rebuild the spelling vocabulary of 'did you mean' from the words of every live public page."

    def handle(self, *args, **options):
        count = rebuild_spelling_vocabulary()
        self.stdout.write(self.style.SUCCESS(f"Spelling vocabulary rebuilt: {count} words and stems."))
