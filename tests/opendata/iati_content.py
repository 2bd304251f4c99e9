"""A small coalition for the IATI file's tests: projects in every status, translated and not,
funded in several currencies, in Georgia and Azerbaijan, with a hidden draft and a private one.

Dates are fixed in the past where a status must not change with the calendar (a completed
project, an open-ended ongoing one) and counted from today where they must lie ahead (planned).
"""

from datetime import date
from types import SimpleNamespace

from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.site_setup import ensure_translation
from partners.models import DonorPage, OpenDataSettings, Region

from .. import factories

COALITION_ID = "GE-NAPR-404000001"
WIC_ID = "GE-NAPR-204870123"
AZ_MEMBER_ID = "AZ-IVI-1700123451"
EU_ID = "XI-IATI-EC_NEAR"
SWEDEN_ID = "SE-0-SE-6"


def configure(identifier=COALITION_ID, reporter=OpenDataSettings.Reporter.COALITION):
    settings = OpenDataSettings.load()
    settings.reporting_organisation_identifier = identifier
    settings.reporter = reporter
    settings.save()
    return settings


def translated_snippet(source, locale, **fields):
    copy = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def build(site):
    ka, az, en = (site.locales[code] for code in ("ka", "az", "en"))
    configure()

    imereti = factories.region(ka, "imereti", "იმერეთი")
    shaki = Region.objects.create(locale=ka, slug="shaki-zaqatala", name="შექი-ზაქათალა", country="AZ")
    kutaisi = factories.municipality(ka, "kutaisi", "ქუთაისი", region=imereti)
    zaqatala = factories.municipality(ka, "zaqatala", "ზაქათალა", region=shaki)
    translated_snippet(kutaisi, az, name="Kutaisi")
    translated_snippet(kutaisi, en, name="Kutaisi (en)")
    translated_snippet(zaqatala, az, name="Zaqatala")

    wic = factories.organisation(site.members["ka"], iati_identifier=WIC_ID)
    ensure_translation(wic, az, title="Qadın İnformasiya Mərkəzi")
    ensure_translation(wic, en, title="Women's Information Center")
    cif = factories.organisation(site.members["ka"], slug="cif", title="სამოქალაქო ინტეგრაციის ფონდი", acronym="CIF")
    # A member that writes in Azerbaijani only, registered in Azerbaijan.
    az_member = factories.organisation(
        site.members["az"], slug="dialog", title="Dialoq Mərkəzi", acronym="DM", iati_identifier=AZ_MEMBER_ID
    )

    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი", iati_identifier=EU_ID)
    ensure_translation(eu, az, title="Avropa İttifaqı")
    ensure_translation(eu, en, title="European Union")
    sweden = factories.donor(
        site.donors["ka"], "sweden", "შვედეთის მთავრობა", kind=DonorPage.Kind.GOVERNMENT, iati_identifier=SWEDEN_ID
    )
    foundation = factories.donor(site.donors["ka"], "osf", "ღია საზოგადოების ფონდი", kind=DonorPage.Kind.FOUNDATION)

    completed = factories.project(
        wic,
        "monitoring",
        "ადგილობრივი ბიუჯეტების მონიტორინგი",
        start=date(2022, 3, 1),
        end=date(2024, 6, 30),
        donors=[(eu, "200000", "EUR"), (sweden, "50000", "USD"), (foundation, "10000", "EUR")],
        municipalities=[kutaisi, zaqatala],
        partners=[cif, wic],  # the publisher among its partners too: named once
        results=[("სამოქმედო გეგმები", "8 მუნიციპალიტეტი", "6 მუნიციპალიტეტი", date(2024, 6, 30))],
        dac_sector="15150",
        summary="ქალები ადგილობრივ ბიუჯეტებს აკვირდებიან.",
        goal="ქალთა მონაწილეობა ადგილობრივ დაგეგმვაში.",
    )
    completed_az = ensure_translation(
        completed,
        az,
        title="Yerli büdcələrin monitorinqi",
        summary="Qadınlar yerli büdcələri izləyir.",
        goal="Qadınların yerli planlaşdırmada iştirakı.",
    )
    completed_en = ensure_translation(
        completed,
        en,
        title="Monitoring local budgets",
        summary="Women monitor local budgets.",
        goal="",  # not translated: no English narrative for it
    )
    for page, (indicator, target, achieved) in (
        (completed_az, ("Fəaliyyət planları", "8 bələdiyyə", "6 bələdiyyə")),
        (completed_en, ("Action plans adopted", "8 municipalities", "6 municipalities")),
    ):
        result = page.results.get()
        result.indicator, result.target, result.achieved = indicator, target, achieved
        result.save()

    ongoing = factories.project(
        cif,
        "open-ended",
        "ღია პროექტი",
        start=date(2024, 1, 1),
        donors=[(eu, "30000", "GEL"), (eu, "5000", "EUR"), (foundation, None, "USD")],
        goal="სათემო ორგანიზაციების გაძლიერება.",
    )
    next_year = timezone.localdate().year + 1
    planned = factories.project(
        wic,
        "planned",
        "დაგეგმილი\x0b პროექტი",  # a control character pasted from a word processor
        start=date(next_year, 3, 1),
        end=date(next_year + 1, 2, 28),
        donors=[(foundation, "12000", "USD")],
        municipalities=[kutaisi],
        dac_sector="15170",
        summary="მომავალი.",
    )
    azerbaijani = factories.project(
        az_member,
        "dialoq",
        "Dialoq layihəsi",
        start=date(2021, 1, 1),
        end=date(2021, 12, 31),
        donors=[(sweden, "40000", "AZN")],
        summary="İcmalar arasında dialoq.",
    )

    draft = factories.project(wic, "draft", "მონახაზი", donors=[(eu, "1", "EUR")])
    draft.unpublish()
    private = factories.project(cif, "private", "დახურული", donors=[(eu, "1", "EUR")])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")

    return SimpleNamespace(**locals())
