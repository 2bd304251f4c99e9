"""core.visibility.public(): the pages of a private section are left out of every listing,
as Wagtail's ``public()`` leaves them out, without a query of its own."""

from wagtail.models import Page, PageViewRestriction

from core.visibility import live_public, public
from news.models import NewsPage

from . import factories


def test_private_sections_are_left_out_as_wagtail_leaves_them_out(site, client, django_assert_num_queries):
    wic = factories.organisation(site.members["ka"])
    inside = factories.news(wic, "inside", "შიგნით")
    outside = factories.news(site.news["ka"], "outside", "გარეთ")
    with django_assert_num_queries(0):
        pages = public(Page.objects.all())  # a condition, not yet a query
    assert inside.pk in {page.pk for page in pages}

    PageViewRestriction.objects.create(page=wic, restriction_type=PageViewRestriction.LOGIN)
    ours = set(live_public(Page.objects.all()).values_list("pk", flat=True))
    assert ours == set(Page.objects.live().public().values_list("pk", flat=True))
    assert wic.pk not in ours and inside.pk not in ours and outside.pk in ours
    # On a page type's own queryset too (the condition follows the parent link to the page).
    assert set(live_public(NewsPage.objects.all()).values_list("pk", flat=True)) == {outside.pk}
    # The listing shows only what is public.
    assert "შიგნით" not in client.get(site.news["ka"].url).content.decode()
