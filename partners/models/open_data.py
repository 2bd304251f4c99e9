"""Settings → Open data: who publishes the coalition's IATI file and the currency combined
figures are given in. Organisation identifiers follow IATI's rules: a registration agency's prefix
(``GE-NAPR`` for Georgia's public registry, ``AZ-IVI`` for Azerbaijan's taxpayer register) and the
organisation's number there."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from partners.models.funding import Currency, pages_showing_amounts


class IatiOrganisationType(models.TextChoices):
    """IATI's OrganisationType codelist (version 2.03)."""

    GOVERNMENT = "10", _("Government")
    LOCAL_GOVERNMENT = "11", _("Local government")
    OTHER_PUBLIC = "15", _("Other public sector")
    INTERNATIONAL_NGO = "21", _("International NGO")
    NATIONAL_NGO = "22", _("National NGO")
    REGIONAL_NGO = "23", _("Regional NGO")
    PARTNER_COUNTRY_NGO = "24", _("Partner country based NGO")
    PUBLIC_PRIVATE = "30", _("Public private partnership")
    MULTILATERAL = "40", _("Multilateral")
    FOUNDATION = "60", _("Foundation")
    PRIVATE_SECTOR = "70", _("Private sector")
    ACADEMIC = "80", _("Academic, training and research")
    OTHER = "90", _("Other")


@register_setting(icon="download")
class OpenDataSettings(BaseGenericSetting):
    class Reporter(models.TextChoices):
        COALITION = "coalition", _("The coalition, for every project")
        MEMBER = "member", _("The member organisation that publishes the project")

    reporting_organisation_identifier = models.CharField(
        _("coalition's IATI organisation identifier"),
        max_length=100,
        blank=True,
        help_text=_("e.g. GE-NAPR-404123456: a registry prefix and the number there. Required for the IATI file."),
    )
    reporting_organisation_type = models.CharField(
        _("coalition's organisation type"),
        max_length=2,
        choices=IatiOrganisationType.choices,
        default=IatiOrganisationType.NATIONAL_NGO,
    )
    reporter = models.CharField(
        _("reporting organisation in the IATI file"),
        max_length=16,
        choices=Reporter.choices,
        default=Reporter.COALITION,
        help_text=_("A member reports its own projects only once its IATI identifier is set on its page."),
    )
    combined_currency = models.CharField(
        _("currency of combined figures"),
        max_length=3,
        choices=Currency.choices,
        default=Currency.EUR,
        help_text=_("Totals across currencies are shown in it where every currency has an exchange rate."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("reporting_organisation_identifier"), FieldPanel("reporting_organisation_type")]
                ),
                FieldPanel("reporter"),
            ],
            heading=_("IATI"),
        ),
        FieldPanel("combined_currency"),
    ]

    class Meta:
        verbose_name = _("open data")

    def pages_showing_it(self):
        return pages_showing_amounts()
