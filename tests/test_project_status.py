from datetime import date, timedelta

import pytest
from django.utils import timezone

from partners.models import ProjectPage, ProjectStatus

from . import factories


@pytest.fixture
def org(site):
    return factories.organisation(site.members["ka"])


def test_status_is_derived_from_dates(org):
    today = timezone.localdate()
    planned = factories.project(org, slug="planned", start=today + timedelta(days=30))
    ongoing = factories.project(org, slug="ongoing", start=today - timedelta(days=30), end=today + timedelta(days=30))
    open_ended = factories.project(org, slug="open-ended", start=today - timedelta(days=300))
    ends_today = factories.project(org, slug="ends-today", start=today - timedelta(days=3), end=today)
    completed = factories.project(org, slug="completed", start=date(2017, 1, 1), end=date(2018, 5, 31))

    assert planned.status == ProjectStatus.PLANNED
    assert ongoing.status == ProjectStatus.ONGOING
    assert open_ended.status == ProjectStatus.ONGOING
    assert ends_today.status == ProjectStatus.ONGOING
    assert completed.status == ProjectStatus.COMPLETED

    # The database filter agrees with the property for every project.
    for status in ProjectStatus:
        in_db = set(ProjectPage.objects.with_status(status).values_list("slug", flat=True))
        by_property = {p.slug for p in ProjectPage.objects.all() if p.status == status}
        assert in_db == by_property


def test_status_moves_with_time(org):
    project = factories.project(org, start=date(2030, 1, 1), end=date(2030, 12, 31))
    assert project.get_status(today=date(2029, 12, 31)) == ProjectStatus.PLANNED
    assert project.get_status(today=date(2030, 6, 1)) == ProjectStatus.ONGOING
    assert project.get_status(today=date(2031, 1, 1)) == ProjectStatus.COMPLETED


def test_end_before_start_is_a_validation_error(org):
    from django.core.exceptions import ValidationError

    project = ProjectPage(title="x", slug="x", start_date=date(2020, 5, 1), end_date=date(2020, 4, 1))
    with pytest.raises(ValidationError) as error:
        project.clean()
    assert "end_date" in error.value.message_dict
