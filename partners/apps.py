from django.apps import AppConfig


def keep_section_access_current(sender, instance, **kwargs):
    """Publishing an organisation page (a new translation, a change of "moderated") brings its
    section's groups, permissions and workflow up to date."""
    from partners.sections import grant_section_access

    grant_section_access(instance)


class PartnersConfig(AppConfig):
    name = "partners"

    def ready(self):
        from wagtail.signals import page_published

        from partners.isolation.user_filters import narrow_user_filters
        from partners.models import PartnerOrganisationPage

        narrow_user_filters()

        page_published.connect(keep_section_access_current, sender=PartnerOrganisationPage)
