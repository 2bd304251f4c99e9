"""Creates the first administrator for a local run and prints how to log in.

The generated password is kept in .admin-credentials (git-ignored) so that later runs of
``make run`` can print it again; on a server, use ``createsuperuser`` instead.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".admin-credentials"


class Command(BaseCommand):
    help = "Create an 'admin' superuser with a random password if there is no superuser yet."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            if CREDENTIALS_FILE.exists():
                self.stdout.write(CREDENTIALS_FILE.read_text().strip())
            else:
                self.stdout.write("A superuser already exists; log in with its credentials.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=f"{username}@example.org", password=password)
        message = f"Wagtail admin: http://127.0.0.1:8000/admin/  user: {username}  password: {password}"
        CREDENTIALS_FILE.write_text(message + "\n")
        CREDENTIALS_FILE.chmod(0o600)
        self.stdout.write(self.style.SUCCESS(message))
