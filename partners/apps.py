from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"

    def ready(self):
        # Models and what uses them can only be imported once the app registry is ready.
        from wagtail.signals import page_published

        from partners.isolation.user_filters import narrow_user_filters
        from partners.models import PartnerOrganisationPage
        from partners.sections import keep_section_access_current

        narrow_user_filters()

        page_published.connect(keep_section_access_current, sender=PartnerOrganisationPage)
