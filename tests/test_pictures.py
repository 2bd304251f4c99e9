"""Pictures on the public site: responsive renditions on cards and lead images (AVIF and WebP
sources, widths, width and height, lazy only below the fold, alt text), a placeholder where a page
has none, the initials of an organisation without a logo in the page's own script, the demo's
pictures and logos, and a listing's picture queries that do not grow with its cards."""

import io
import re
from datetime import date

import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from core.pictures import initials
from home.demo import images as demo_images
from home.demo import pictures as demo_pictures
from news.models import EventPage, NewsPage
from partners.models import DonorPage, PartnerOrganisationPage, ProjectPage

from . import factories

GEORGIAN = re.compile("[\u10a0-\u10ff]")


def make_image(title="მთები და მდინარე", seed="test"):
    Image = get_image_model()
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(demo_pictures.illustration(seed, "valley")), name=f"{seed}.png")
    image.save()
    return image


@pytest.fixture
def fresh(settings):
    settings.PAGE_CACHE_SECONDS = 0


def pictures_in(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def test_a_card_and_a_lead_image_are_responsive_pictures(site, client, fresh):
    org = factories.organisation(site.members["ka"])
    image = make_image()
    news = factories.news(org, slug="with-picture", image=image)
    factories.news(org, slug="without-picture", on=news.date.replace(year=2023))

    html = client.get("/ka/news/").content.decode()
    card = pictures_in(html)[0]
    assert '<source sizes="' in card and 'type="image/avif"' in card and 'type="image/webp"' in card
    assert re.search(r'srcset="[^"]+ 400w, [^"]+ 640w, [^"]+ 960w"', card)
    assert 'width="400"' in card and 'height="225"' in card and 'decoding="async"' in card
    assert 'alt=""' in card  # the title is printed right under it
    assert 'loading="lazy"' not in card  # the first row of cards is above the fold
    # The card without a picture has a panel of the same size instead, and no request.
    assert html.count('class="card__media"') == 2
    assert 'class="picture-placeholder tone-' in html

    lead = pictures_in(client.get(news.url).content.decode())[0]
    assert 'type="image/avif"' in lead and 'type="image/webp"' in lead and " 1600w" in lead
    assert 'fetchpriority="high"' in lead and 'loading="lazy"' not in lead
    assert f'alt="{image.title}"' in lead and 'width="640"' in lead and 'height="360"' in lead


def test_cards_below_the_fold_are_lazy(site, client, fresh):
    org = factories.organisation(site.members["ka"])
    image = make_image()
    project = factories.project(org, image=image)
    factories.news(org, slug="about", image=image, projects=[project])
    # The project page's news come after the whole project: lazy; its own image is not.
    pictures = pictures_in(client.get(project.url).content.decode())
    lead, *cards = pictures
    assert 'fetchpriority="high"' in lead
    assert cards and all('loading="lazy"' in card for card in cards)


@pytest.mark.parametrize(
    ("name", "code", "expected"),
    [
        ("ქალთა საინფორმაციო ცენტრი", "ka", "ქს"),
        ("ორგანიზაცია „მერკური“", "ka", "მ"),
        ("“Merkuri” təşkilatı", "az", "M"),
        ("Qadın İnformasiya Mərkəzi", "az", "Qİ"),
        ("ilk addım", "az", "İA"),
        ("", "ka", ""),
        ("\x00 \u200b", "az", ""),
    ],
)
def test_initials_are_in_the_names_own_script(name, code, expected):
    assert initials(name, code) == expected


def test_an_organisation_without_a_logo_shows_its_initials_in_the_pages_script(site, client, fresh):
    ka = factories.organisation(site.members["ka"], slug="wic", title="ქალთა საინფორმაციო ცენტრი")
    az = ka.copy_for_translation(site.locales["az"])
    az.title = "Qadın İnformasiya Mərkəzi"
    factories.publish(az)

    ka_html = client.get("/ka/members/").content.decode()
    az_html = client.get("/az/members/").content.decode()
    ka_mark = re.search(r'class="logo logo--placeholder tone-\d" aria-hidden="true">([^<]*)<', ka_html).group(1)
    az_mark = re.search(r'class="logo logo--placeholder tone-\d" aria-hidden="true">([^<]*)<', az_html).group(1)
    assert ka_mark == "ქს" and GEORGIAN.search(ka_mark)
    assert az_mark == "Qİ"
    # A logo, once there, takes its place: a picture, decorative next to the name.
    ka.logo = make_image("WIC", "wic-logo")
    factories.publish(ka)
    html = client.get("/ka/members/").content.decode()
    assert "logo--placeholder" not in html
    assert 'class="logo"' in html and 'type="image/webp"' in html


def test_the_demo_pages_have_pictures_and_the_organisations_logos(demo_content, db):
    for model in (NewsPage, EventPage, ProjectPage):
        pages = list(model.objects.live())
        with_picture = [page for page in pages if page.image_id]
        assert len(with_picture) > len(pages) / 2, model
    # … but a few have none, so the placeholder shows.
    assert NewsPage.objects.live().filter(slug__in=demo_images.WITHOUT_PICTURE, image=None).exists()
    assert not PartnerOrganisationPage.objects.filter(logo=None).exists()
    assert not DonorPage.objects.filter(logo=None).exists()
    # Described in the page's first language, which is the alt text.
    picture = NewsPage.objects.get(slug="par-final-conference", locale__language_code="ka").image
    assert GEORGIAN.search(picture.default_alt_text)


def test_drawing_is_deterministic_and_needs_no_fonts(monkeypatch, tmp_path):
    first = demo_pictures.illustration("seed", "forum")
    assert demo_pictures.illustration("seed", "forum") == first
    assert demo_pictures.illustration("other", "forum") != first
    monkeypatch.setattr(demo_pictures, "FONT_DIR", tmp_path)
    demo_pictures.font.cache_clear()
    try:
        from home.demo import logos

        assert logos.logo("x", "მერკური").startswith(b"\x89PNG")
    finally:
        demo_pictures.font.cache_clear()


def count(client, url):
    client.get(url)  # renditions made, caches warm
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("url", ["/ka/news/", "/ka/projects/", "/ka/", "/ka/members/", "/ka/members/org/"])
def test_a_listings_picture_queries_do_not_grow_with_its_cards(site, client, fresh, url):
    org = factories.organisation(site.members["ka"], slug="org", logo=make_image("logo", "logo"))

    def add(n):
        image = make_image(f"picture {n}", f"picture-{n}")
        factories.news(org, slug=f"news-{n}", image=image, on=date(2024, 1, 1 + n))
        factories.project(org, slug=f"project-{n}", image=image, start=date(2020, 1, 1 + n))

    add(0)
    few = count(client, url)
    for n in range(1, 6):
        add(n)
    assert count(client, url) <= few
