from datetime import date
from decimal import Decimal

import pytest

from . import factories


@pytest.fixture
def funded(site):
    org = factories.organisation(site.members["ka"])
    other = factories.organisation(site.members["ka"], slug="cif", title="სამოქალაქო ინტეგრაციის ფონდი", acronym="CIF")
    eu = factories.donor(site.donors["ka"], "eu", "ევროკავშირი")
    un_women = factories.donor(site.donors["ka"], "un-women", "გაეროს ქალთა ორგანიზაცია")
    czech = factories.donor(site.donors["ka"], "czech-mfa", "ჩეხეთის საგარეო საქმეთა სამინისტრო")
    a = factories.project(org, "a", "პროექტი ა", donors=[(eu, "120000.50", "EUR"), (un_women, "30000", "USD")])
    b = factories.project(other, "b", "პროექტი ბ", donors=[(eu, "80000", "EUR"), (eu, "1000", "USD")])
    c = factories.project(other, "c", "პროექტი გ", donors=[(un_women, None, "USD")])
    news_a = factories.news(org, "news-a", "ამბავი ა", projects=[a], on=date(2024, 1, 1))
    factories.news(org, "news-c", "ამბავი გ", projects=[c], on=date(2024, 2, 1))
    return locals()


def test_donor_lists_exactly_the_projects_that_name_it(client, funded):
    response = client.get(funded["eu"].url)
    assert response.status_code == 200
    assert sorted(p.title for p in response.context["projects"]) == ["პროექტი ა", "პროექტი ბ"]
    assert dict(response.context["portfolio"].totals()) == {"EUR": Decimal("200000.50"), "USD": Decimal("1000")}
    assert [n.title for n in response.context["news"]] == ["ამბავი ა"]

    response = client.get(funded["un_women"].url)
    assert sorted(p.title for p in response.context["projects"]) == ["პროექტი ა", "პროექტი გ"]
    # An amount that is not public counts in no total.
    assert dict(response.context["portfolio"].totals()) == {"USD": Decimal("30000")}

    response = client.get(funded["czech"].url)
    assert list(response.context["projects"]) == []
    assert response.context["portfolio"].totals() == []
    assert response.status_code == 200


def test_unpublished_projects_are_not_listed(client, funded):
    funded["b"].unpublish()
    response = client.get(funded["eu"].url)
    assert [p.title for p in response.context["projects"]] == ["პროექტი ა"]


def test_donor_of_a_translated_project_is_found_in_that_language(client, site, funded):
    """A translation keeps pointing at the Georgian donor; the Azerbaijani donor page still lists it."""
    az = site.locales["az"]
    for page in (funded["org"], funded["eu"]):
        page.copy_for_translation(az).save_revision().publish()
    project_az = funded["a"].copy_for_translation(az)
    project_az.title = "Layihə A"
    project_az.save_revision().publish()
    assert project_az.fundings.first().donor.locale.language_code == "ka"

    eu_az = funded["eu"].get_translation(az)
    response = client.get(eu_az.url)
    assert [p.title for p in response.context["projects"]] == ["Layihə A"]
