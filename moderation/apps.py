from django.apps import AppConfig
from django.db.models.signals import pre_save


class ModerationConfig(AppConfig):
    """Moderation a person can follow: the moderator's comment where the editor works, workflow
    e-mails in the recipient's language with the site's real address, translated workflow names."""

    name = "moderation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import Task, Workflow

        from moderation import names, notifications

        names.install(Workflow, Task)
        pre_save.connect(names.keep_stored_name, dispatch_uid="moderation_keep_stored_workflow_names")
        notifications.replace_wagtail_notifiers()
