"""S3 down: pages still render. An image whose rendition is stored keeps its URL (no S3 call);
one that needs a new rendition shows as a broken image instead of failing the page (was a 500),
and that page is not kept in the page cache. /healthz names the storage; document links still
redirect (the signed URL is made without S3). Against moto's S3 server, stopped mid-test."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from . import factories
from .s3_server import s3_bucket

pytestmark = pytest.mark.django_db

BUCKET = "coalition-fault"
REGION = "eu-central-1"


def media_on(env, **extra):
    """The settings base.py makes for this bucket (tests/test_media_storage.py checks them)."""
    return override_settings(
        STORAGES={**settings.STORAGES, "default": {"BACKEND": "coalition.storage.MediaStorage"}},
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=env["AWS_S3_ENDPOINT_URL"],
        AWS_S3_REGION_NAME=REGION,
        AWS_ACCESS_KEY_ID=env["AWS_ACCESS_KEY_ID"],
        AWS_SECRET_ACCESS_KEY=env["AWS_SECRET_ACCESS_KEY"],
        WAGTAILDOCS_SERVE_METHOD="redirect",
        **extra,
    )


def test_pages_render_while_the_bucket_is_unreachable(client, site):
    images = get_image_model().objects
    with s3_bucket(BUCKET, REGION) as server:
        env = server.env
        with media_on(env):
            shown = factories.news(
                site.news["ka"],
                "shown",
                "ნაჩვენები",
                image=images.create(title="shown", file=get_test_image_file("shown.png")),
            )
            assert client.get(shown.url).status_code == 200  # its renditions are made and stored now
            fresh = factories.news(
                site.news["ka"],
                "fresh",
                "ახალი",
                image=images.create(title="fresh", file=get_test_image_file("fresh.png")),
            )
            document = get_document_model().objects.create(
                title="report", file=ContentFile(b"report", name="report.txt")
            )
    # The S3 server has stopped; the settings still point at it.
    with media_on(env, PAGE_CACHE_SECONDS=600):
        page = client.get(shown.url)
        assert page.status_code == 200 and f"/{BUCKET}/images/" in page.content.decode()
        for url in (fresh.url, site.news["ka"].url, "/ka/"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["X-Cache"] == "miss"
            assert client.get(url)["X-Cache"] == "miss", f"{url} with a broken image was cached"
        # Wagtail's stand-in for an image it could not read: a 0×0 rendition named "not-found".
        assert f"/{BUCKET}/not-found" in client.get(fresh.url).content.decode()
        assert client.get(document.url).status_code == 302
        health = client.get("/healthz")
        assert health.status_code == 503 and health.json()["checks"]["storage"] == "error"
