"""The pages API serves what readers and donors need: news and events with their date, lead,
places, topics and projects; projects with their period, status, places, partners and donors
with amounts; organisations and donors with their details. Places and related pages are given
in the page's own language."""

from datetime import date

from . import factories


def items(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return {item["meta"]["slug"]: item for item in response.json()["items"]}


def test_news_and_projects_carry_their_relations(site, client):
    kutaisi = factories.municipality(site.locales["ka"])
    wic = factories.organisation(site.members["ka"])
    partner = factories.organisation(site.members["ka"], "sukhumi", "ფონდი სოხუმი", "FS")
    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი", country="ბელგია")
    project = factories.project(
        wic,
        "monitoring",
        "მონიტორინგი",
        start=date(2023, 1, 1),
        end=date(2025, 12, 31),
        donors=[(eu, "125000.50", "EUR")],
        municipalities=[kutaisi],
        partners=[partner],
    )
    factories.news(
        wic,
        "report",
        "ანგარიში",
        on=date(2024, 2, 3),
        projects=[project],
        municipalities=[kutaisi],
        topics=[factories.topic(site.locales["ka"], "წყალი", "water")],
    )

    news = items(client, "/api/v2/pages/?type=news.NewsPage&fields=*&locale=ka")["report"]
    assert news["date"] == "2024-02-03"
    assert news["places"] == [{"slug": "kutaisi", "name": "ქუთაისი"}]
    assert news["topics"] == [{"slug": "water", "name": "წყალი"}]
    assert news["projects"] == [{"id": project.pk, "title": "მონიტორინგი"}]

    found = items(client, "/api/v2/pages/?type=partners.ProjectPage&fields=*&locale=ka")["monitoring"]
    assert (found["start_date"], found["end_date"], found["status"]) == ("2023-01-01", "2025-12-31", project.status)
    assert found["donors"] == [{"id": eu.pk, "title": "ევროკავშირი", "amount": "125000.50", "currency": "EUR"}]
    assert found["partners"] == [{"id": partner.pk, "title": "ფონდი სოხუმი"}]
    assert found["places"] == [{"slug": "kutaisi", "name": "ქუთაისი"}]

    donor = items(client, "/api/v2/pages/?type=partners.DonorPage&fields=kind,country")["eu"]
    assert (donor["kind"], donor["country"]) == (eu.kind, "ბელგია")
    organisation = items(client, "/api/v2/pages/?type=partners.PartnerOrganisationPage&fields=acronym,role")["sukhumi"]
    assert (organisation["acronym"], organisation["role"]) == ("FS", partner.role)
    # Fields the API does not offer are still a clear 400, not a 500.
    assert client.get("/api/v2/pages/?type=news.NewsPage&fields=nonsense").status_code == 400
