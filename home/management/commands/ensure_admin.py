"""Creates the first administrator for a local run and prints how to log in.

The generated password is kept in .admin-credentials (git-ignored) so that later runs of
``make run`` can print it again; on a server, use ``createsuperuser`` instead.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


def credentials_file():
    return Path(getattr(settings, "ADMIN_CREDENTIALS_FILE", Path(settings.BASE_DIR) / ".admin-credentials"))


class Command(BaseCommand):
    help = "Create an 'admin' superuser with a random password if there is no superuser yet."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument(
            "--admin-url",
            default="http://127.0.0.1:8000/admin/",
            help="where the admin will be served, for the printed message",
        )

    def handle(self, *args, username, admin_url, **options):
        User = get_user_model()
        path = credentials_file()
        if User.objects.filter(is_superuser=True).exists():
            if path.exists():
                self.stdout.write(path.read_text().strip())
            else:
                self.stdout.write("A superuser already exists; log in with its credentials.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=f"{username}@example.org", password=password)
        message = f"Wagtail admin: {admin_url}  user: {username}  password: {password}"
        path.write_text(message + "\n")
        path.chmod(0o600)
        self.stdout.write(self.style.SUCCESS(message))
