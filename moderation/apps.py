from django.apps import AppConfig


class ModerationConfig(AppConfig):
    """Moderation a person can follow: the moderator's comment where the editor works, workflow
    e-mails in the recipient's language with the site's real address, translated workflow names."""

    name = "moderation"
    default_auto_field = "django.db.models.BigAutoField"
