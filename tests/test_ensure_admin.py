import stat

from django.contrib.auth import get_user_model
from django.core.management import call_command


def test_creates_one_admin_and_prints_the_same_login_again(db, settings, tmp_path, capsys):
    settings.ADMIN_CREDENTIALS_FILE = tmp_path / "credentials"
    call_command("ensure_admin", "--admin-url", "http://127.0.0.1:8011/admin/")
    first = capsys.readouterr().out.strip()
    assert first.startswith("Wagtail admin: http://127.0.0.1:8011/admin/  user: admin  password: ")
    password = first.rsplit(" ", 1)[1]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)
    assert stat.S_IMODE(settings.ADMIN_CREDENTIALS_FILE.stat().st_mode) == 0o600

    call_command("ensure_admin")
    assert capsys.readouterr().out.strip() == first
    assert get_user_model().objects.count() == 1
