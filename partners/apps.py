from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"

    def ready(self):
        # Models and what uses them can only be imported once the app registry is ready.
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.signals import page_published

        from partners import synonyms
        from partners.isolation.user_filters import narrow_user_filters
        from partners.models import ExchangeRate, OpenDataSettings, PartnerOrganisationPage
        from partners.models.rates import forget_rates
        from partners.sections import (
            keep_coalition_groups_current,
            keep_section_access_current,
            retire_workflows_nobody_moderates,
        )

        narrow_user_filters()
        synonyms.connect()
        post_migrate.connect(retire_workflows_nobody_moderates, sender=self)
        post_migrate.connect(keep_coalition_groups_current, sender=self)

        page_published.connect(keep_section_access_current, sender=PartnerOrganisationPage)
        for model in (ExchangeRate, OpenDataSettings):
            for signal in (post_save, post_delete):
                signal.connect(forget_rates, sender=model, dispatch_uid=f"forget_rates_{signal}_{model.__name__}")
