"""Media on S3 (coalition/storage.py) against moto's S3 server over real HTTP, and static files
collected for WhiteNoise with the production settings.

The S3 settings are the ones coalition/settings/base.py makes from the environment, pointed at
the moto server; images and documents go through Wagtail's own admin and serve views.
"""

import os
import runpy
import subprocess
import sys
from types import SimpleNamespace
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from botocore.exceptions import ClientError
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from coalition.settings import base as base_settings
from coalition.storage import MediaStorage

from . import factories
from .conftest import make_site, shared_by_module
from .s3_server import s3_bucket

BUCKET = "coalition-media"
REGION = "eu-central-1"
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


def settings_from_environment(env):
    """What base.py makes of these environment variables (run afresh, without importing it)."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    with mock.patch.dict(os.environ, {**keep, **env}, clear=True):
        return runpy.run_path(base_settings.__file__)


@pytest.fixture(scope="module")
def s3():
    """moto's S3 server on a free local port, with an empty bucket; base.py's S3 settings for it
    are in force for the whole module."""
    with s3_bucket(BUCKET, REGION) as server:
        endpoint, client = server.endpoint, server.client
        derived = settings_from_environment(server.env)
        overrides = override_settings(
            STORAGES={**settings.STORAGES, "default": derived["STORAGES"]["default"]},
            WAGTAILDOCS_SERVE_METHOD=derived["WAGTAILDOCS_SERVE_METHOD"],
            MEDIA_IMG_SOURCES=derived["MEDIA_IMG_SOURCES"],
            **{name: value for name, value in derived.items() if name.startswith("AWS_")},
        )
        overrides.enable()
        try:
            yield SimpleNamespace(client=client, endpoint=endpoint, public_prefix=f"{endpoint}/{BUCKET}/")
        finally:
            overrides.disable()


@pytest.fixture(scope="module")
def people(s3, django_db_setup, django_db_blocker):
    """A fresh site, a superuser, a "Board papers" collection that only the Board group may see,
    a board member and a logged-in reader outside the Board."""
    with shared_by_module(django_db_blocker):
        site = make_site()
        users = get_user_model().objects
        board = Group.objects.create(name="Board")
        papers = Collection.get_first_root_node().add_child(name="Board papers")
        restriction = CollectionViewRestriction.objects.create(
            collection=papers, restriction_type=BaseViewRestriction.GROUPS
        )
        restriction.groups.set([board])
        member = users.create_user("board-member", "member@example.org", "x")
        member.groups.add(board)
        yield SimpleNamespace(
            site=site,
            papers=papers,
            member=member,
            admin=users.create_superuser("admin", "admin@example.org", "x"),
            outsider=users.create_user("outsider", "outsider@example.org", "x"),
        )


@pytest.fixture
def as_admin(client, people, db):
    client.force_login(people.admin)
    return client


def exists(s3, key):
    try:
        s3.client.head_object(Bucket=BUCKET, Key=key)
    except ClientError as error:
        assert error.response["Error"]["Code"] == "404"
        return False
    return True


def public_read(s3, key):
    grants = s3.client.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    return any(g["Grantee"].get("URI") == ALL_USERS and g["Permission"] == "READ" for g in grants)


def upload_image(client, title, collection=None):
    upload = get_test_image_file(filename=f"{title}.png", colour="red")
    data = upload.file.getvalue()
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "collection": (collection or Collection.get_first_root_node()).pk,
            "file": SimpleUploadedFile(upload.name, data, "image/png"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_image_model().objects.get(title=title), data


def upload_document(client, title, content, collection=None):
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "collection": (collection or Collection.get_first_root_node()).pk,
            "file": SimpleUploadedFile(f"{title}.txt", content, "text/plain"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_document_model().objects.get(title=title)


def test_media_storage_follows_the_environment():
    local = settings_from_environment({})
    assert local["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    # Local files keep Wagtail's default (serve_view); "redirect" would point at /media/.
    assert "WAGTAILDOCS_SERVE_METHOD" not in local and local["MEDIA_IMG_SOURCES"] == []
    on_aws = settings_from_environment({"AWS_STORAGE_BUCKET_NAME": "media"})
    assert on_aws["STORAGES"]["default"]["BACKEND"] == "coalition.storage.MediaStorage"
    assert on_aws["WAGTAILDOCS_SERVE_METHOD"] == "redirect"
    assert on_aws["AWS_S3_ENDPOINT_URL"] is None and on_aws["AWS_ACCESS_KEY_ID"] is None  # boto3's chain
    assert on_aws["MEDIA_IMG_SOURCES"] == ["https://media.s3.amazonaws.com"]
    assert on_aws["STORAGES"]["staticfiles"] == local["STORAGES"]["staticfiles"]
    behind_cdn = settings_from_environment(
        {"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_CUSTOM_DOMAIN": "cdn.example.org"}
    )
    assert behind_cdn["MEDIA_IMG_SOURCES"] == ["https://cdn.example.org"]


def test_image_uploaded_in_the_admin_is_a_public_object_in_the_bucket(s3, as_admin):
    image, data = upload_image(as_admin, "river")
    key = image.file.name
    assert key.startswith("original_images/")
    stored = s3.client.get_object(Bucket=BUCKET, Key=key)
    assert stored["Body"].read() == data
    assert stored["ContentType"] == "image/png"
    assert public_read(s3, key)
    assert image.file.url == s3.public_prefix + key  # a plain URL, no signature
    assert s3.public_prefix.startswith(f"{settings.MEDIA_IMG_SOURCES[0]}/")  # what the CSP allows
    assert requests.get(image.file.url, timeout=10).content == data


def test_page_renditions_are_public_objects_in_the_bucket(s3, as_admin, people):
    image, _data = upload_image(as_admin, "meeting")
    page = factories.news(people.site.news["ka"], slug="with-image", image=image)
    as_admin.logout()

    html = as_admin.get(page.url).content.decode()

    srcs = {
        src.split()[0]
        for img in BeautifulSoup(html, "html.parser").select("main img")
        for src in [img["src"], *img.get("srcset", "").split(",")]
        if src.strip()
    }
    renditions = {s3.public_prefix + r.file.name for r in image.renditions.all()}
    assert srcs and srcs <= renditions, (srcs, renditions)
    for src in srcs:
        key = src.removeprefix(s3.public_prefix)
        assert key.startswith("images/") and exists(s3, key) and public_read(s3, key)
        response = requests.get(src, timeout=10)
        assert response.status_code == 200 and response.headers["Content-Type"].startswith("image/")
    # Nothing that expires in the HTML: pages with images stay cacheable.
    assert "X-Amz-" not in html


def test_public_document_downloads_through_a_short_lived_signed_url(s3, client, as_admin):
    document = upload_document(as_admin, "annual-report", b"Annual report 2024")
    client.logout()

    assert document.url == f"/documents/{document.pk}/annual-report.txt"
    response = client.get(document.url)

    assert response.status_code == 302
    signed = response["Location"]
    assert signed.startswith(s3.public_prefix + "documents/")
    query = parse_qs(urlsplit(signed).query)
    assert "X-Amz-Signature" in query and query["X-Amz-Expires"] == [str(settings.AWS_QUERYSTRING_EXPIRE)]
    download = requests.get(signed, timeout=10)
    assert download.status_code == 200 and download.content == b"Annual report 2024"
    assert download.headers["Content-Type"] == "text/plain"
    # In the bucket every document is private: the only way in is the site's document view.
    assert not public_read(s3, document.file.name)


def test_private_document_is_served_only_to_permitted_users(s3, client, people):
    client.force_login(people.admin)
    document = upload_document(client, "board-minutes", b"Minutes of the board", collection=people.papers)
    key = document.file.name

    client.logout()
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    login = urlsplit(anonymous["Location"])
    assert login.path.endswith("/_util/login/") and parse_qs(login.query)["next"] == [document.url]

    client.force_login(people.outsider)
    assert urlsplit(client.get(document.url)["Location"]).path == login.path

    client.force_login(people.member)
    granted = client.get(document.url)
    assert granted.status_code == 302 and "X-Amz-Signature" in granted["Location"]
    assert requests.get(granted["Location"], timeout=10).content == b"Minutes of the board"

    # The bucket itself refuses anyone without a signature, and the site never hands out a
    # plain URL: the admin's listing links to the document view too.
    assert not public_read(s3, key)
    assert requests.get(s3.public_prefix + key, timeout=10).status_code == 403
    client.force_login(people.admin)
    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert document.url in listing and s3.endpoint not in listing


def test_deleting_in_the_admin_removes_the_objects(s3, as_admin, people, django_capture_on_commit_callbacks):
    image, _data = upload_image(as_admin, "to-delete")
    keys = [image.file.name] + [image.get_rendition(spec).file.name for spec in ("width-200", "fill-100x100")]
    document = upload_document(as_admin, "obsolete", b"old")
    keys.append(document.file.name)
    assert all(exists(s3, key) for key in keys)

    # Wagtail deletes the files once the deletion is committed.
    with django_capture_on_commit_callbacks(execute=True):
        assert as_admin.post(reverse("wagtailimages:delete", args=[image.pk])).status_code == 302
        assert as_admin.post(reverse("wagtaildocs:delete", args=[document.pk])).status_code == 302

    assert [key for key in keys if exists(s3, key)] == []


def test_storage_details(s3):
    storage = storages["default"]
    assert isinstance(storage, MediaStorage)
    # Two uploads with one name keep both files.
    first = storage.save("documents/same.txt", ContentFile(b"one"))
    second = storage.save("documents/same.txt", ContentFile(b"two"))
    assert first != second and storage.open(first).read() == b"one"
    # The stored type follows the (validated) extension, not the browser's claim.
    claimed_html = SimpleUploadedFile("notes.txt", b"<script>alert(1)</script>", "text/html")
    name = storage.save("documents/notes.txt", claimed_html)
    assert s3.client.head_object(Bucket=BUCKET, Key=name)["ContentType"] == "text/plain"
    # Behind a CDN domain images use it; documents are still signed on the bucket's endpoint,
    # which is what can open a private object.
    cdn = MediaStorage(custom_domain="media.example.org")
    assert cdn.url("images/a.fill-10x10.png") == "https://media.example.org/images/a.fill-10x10.png"
    signed = cdn.url(name)
    assert signed.startswith(s3.public_prefix + name) and "X-Amz-Signature" in signed
    assert requests.get(signed, timeout=10).content == b"<script>alert(1)</script>"
    # A path that climbs out of images/ is not public.
    assert not cdn.is_public("images/../documents/x.pdf")


# Static files -------------------------------------------------------------------------------

PRODUCTION = {
    **{k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "DJANGO_"))},
    "DJANGO_SETTINGS_MODULE": "coalition.settings.production",
    "SECRET_KEY": "static-test-key",
    "ALLOWED_HOSTS": "coalition.example.org",
}

SERVE = """
from django.test import Client
client = Client(HTTP_HOST="coalition.example.org", HTTP_X_FORWARDED_PROTO="https")
for encoding in ("", "gzip"):
    r = client.get("/static/" + PATH, HTTP_ACCEPT_ENCODING=encoding)
    print(r.status_code, r.headers.get("Cache-Control"), r.headers.get("Content-Encoding"))
"""


def test_collectstatic_with_production_settings_writes_hashed_compressed_files(tmp_path):
    env = {**PRODUCTION, "STATIC_ROOT": str(tmp_path)}
    manage = [sys.executable, "manage.py"]
    result = subprocess.run(
        [*manage, "collectstatic", "--noinput"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    css = [p.name for p in (tmp_path / "css").iterdir()]
    hashed = next(n for n in css if n.startswith("site.") and n.endswith(".css") and n != "site.css")
    assert f"{hashed}.gz" in css
    assert (tmp_path / "staticfiles.json").exists()
    assert list(tmp_path.glob("wagtailadmin/css/core.*.css"))

    # WhiteNoise serves the hashed name for a year (immutable), gzipped when asked.
    result = subprocess.run(
        [*manage, "shell", "-c", f"PATH = 'css/{hashed}'\n{SERVE}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    plain, gzipped = result.stdout.strip().splitlines()[-2:]
    assert plain == "200 max-age=315360000, public, immutable None"
    assert gzipped == "200 max-age=315360000, public, immutable gzip"
