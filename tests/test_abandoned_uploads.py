"""Uploading a file that is already in the library reuses it (drafts/uploads.py), and
``forget_abandoned_uploads`` removes unused copies (drafts/abandoned.py)."""

import io
import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from partners.sections import shared_collection

from . import two_sections
from .test_member_sections import denied
from .two_sections import SECRET

Image = get_image_model()
Document = get_document_model()
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def s(site, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return two_sections.build(site)


def hashed(item):
    item.get_file_hash()  # as Wagtail's upload form would have recorded it
    return item


def png(colour="red"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), colour).save(buffer, "PNG")
    return buffer.getvalue()


def login(client, user, language="en"):
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    client.force_login(user)


def chooser_upload(client, collection, content=None, select_format=False, name="photo.png"):
    url = reverse("wagtailimages_chooser:create") + ("?select_format=true" if select_format else "")
    return client.post(
        url,
        {
            "image-chooser-upload-title": "ფოტო",
            "image-chooser-upload-collection": collection.pk,
            "image-chooser-upload-file": SimpleUploadedFile(name, content or png(), "image/png"),
        },
    )


def step(response):
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_same_image_uploaded_again_in_the_chooser_is_reused(client, s):
    login(client, s.editor_a)
    first = step(chooser_upload(client, s.a.collection))
    assert first["step"] == "chosen"
    original = Image.objects.get(pk=first["result"]["id"])
    assert original.file_hash  # Wagtail's upload form records it
    assert Image.objects.count() == 2  # B's and this one

    # The form was abandoned; the editor starts again and uploads the same file.
    second = step(chooser_upload(client, s.a.collection, name="photo-again.png"))
    assert second["step"] == "reshow_creation_form"
    assert "already in the library" in second["htmlFragment"] and original.title in second["htmlFragment"]
    assert f'name="reuse" value="{original.pk}"' in second["htmlFragment"]
    assert Image.objects.count() == 2

    chosen = step(client.post(reverse("wagtailimages_chooser:create"), {"reuse": original.pk}))
    assert chosen["step"] == "chosen" and chosen["result"]["id"] == str(original.pk)
    # Rich text goes on to the format step with the existing image.
    formats = step(client.post(reverse("wagtailimages_chooser:create") + "?select_format=true", {"reuse": original.pk}))
    assert formats["step"] == "select_format"
    assert Image.objects.count() == 2


def test_an_image_in_the_shared_collection_is_reused(client, s):
    shared = hashed(
        Image.objects.create(
            title="საერთო ლოგო", file=ContentFile(png("blue"), name="logo.png"), collection=shared_collection()
        )
    )
    login(client, s.editor_a)
    answer = step(chooser_upload(client, s.a.collection, content=png("blue")))
    assert f'value="{shared.pk}"' in answer["htmlFragment"]
    assert not Image.objects.filter(collection=s.a.collection).exists()


def test_another_organisations_image_is_never_offered_nor_chosen(client, s):
    hashed(s.image)
    s.image.file.open()
    content = s.image.file.read()
    s.image.file.close()
    login(client, s.editor_a)
    answer = step(chooser_upload(client, s.a.collection, content=content, name="same-as-b.png"))
    # A copy of their own, without a word about B's.
    assert answer["step"] == "chosen"
    assert SECRET not in json.dumps(answer)
    assert Image.objects.filter(collection=s.a.collection).count() == 1
    assert denied(client.post(reverse("wagtailimages_chooser:create"), {"reuse": s.image.pk}))
    assert client.post(reverse("wagtailimages_chooser:create"), {"reuse": "x1"}).status_code == 404


def test_the_editor_is_told_in_georgian(client, s):
    login(client, s.editor_a, "ka")
    step(chooser_upload(client, s.a.collection))
    fragment = step(chooser_upload(client, s.a.collection))["htmlFragment"]
    with translation.override("ka"):
        use = gettext("Use this image")
    assert use != "Use this image" and use in fragment
    assert "already in the library" not in fragment


def test_the_multiple_uploader_reuses_images(client, s):
    login(client, s.editor_a)
    url = reverse("wagtailimages:add_multiple")
    data = {"collection": s.a.collection.pk}
    first = step(client.post(url, {**data, "files[]": SimpleUploadedFile("a.png", png(), "image/png")}))
    assert first["success"] and not first["duplicate"]
    second = step(client.post(url, {**data, "files[]": SimpleUploadedFile("b.png", png(), "image/png")}))
    assert second["success"] and second["duplicate"] and second["image_id"] == first["image_id"]
    assert "already in the library" in second["confirm_duplicate_upload"]
    assert Image.objects.filter(collection=s.a.collection).count() == 1


def test_documents_are_reused_too(client, s):
    login(client, s.editor_a)
    url = reverse("wagtaildocs_chooser:create")

    def upload(name):
        return step(
            client.post(
                url,
                {
                    "document-chooser-upload-title": "ანგარიში",
                    "document-chooser-upload-collection": s.a.collection.pk,
                    "document-chooser-upload-file": SimpleUploadedFile(name, PDF, "application/pdf"),
                },
            )
        )

    first = upload("report.pdf")
    assert first["step"] == "chosen"
    again = upload("report-2.pdf")
    assert again["step"] == "reshow_creation_form" and "Use this document" in again["htmlFragment"]
    chosen = step(client.post(url, {"reuse": first["result"]["id"]}))
    assert chosen["step"] == "chosen" and chosen["result"]["id"] == first["result"]["id"]
    multiple = step(
        client.post(
            reverse("wagtaildocs:add_multiple"),
            {"collection": s.a.collection.pk, "files[]": SimpleUploadedFile("r3.pdf", PDF, "application/pdf")},
        )
    )
    assert multiple["success"] and str(multiple["doc_id"]) == first["result"]["id"]
    assert Document.objects.filter(collection=s.a.collection).count() == 1
    assert denied(client.post(url, {"reuse": s.document.pk}))


# --- forget_abandoned_uploads ------------------------------------------------------------


def aged(item, days):
    type(item).objects.filter(pk=item.pk).update(created_at=timezone.now() - timedelta(days=days))
    return item


def image_in(collection, title, days_ago, colour="green"):
    return aged(
        Image.objects.create(title=title, file=ContentFile(png(colour), name="pic.png"), collection=collection),
        days_ago,
    )


def run(*args):
    out = StringIO()
    call_command("forget_abandoned_uploads", *args, stdout=out)
    return out.getvalue()


def test_the_command_lists_by_default_and_deletes_only_when_asked(s):
    collection = s.a.collection
    original = image_in(collection, "original", 30)
    copy = image_in(collection, "copy", 20)
    fresh_copy = image_in(collection, "fresh copy", 1)
    elsewhere = image_in(Collection.get_first_root_node(), "elsewhere", 20)  # another collection: kept

    listing = run()
    assert f"image {copy.pk} “copy”" in listing and "1 unused copies found" in listing
    assert Image.objects.filter(pk=copy.pk).exists()
    assert "fresh copy" not in listing  # uploaded a day ago: the editor may still use it
    assert "elsewhere" not in listing and "“original”" in listing  # named as what it copies

    assert "fresh copy" in run("--days", "0")
    assert "Deleted 1 unused copies" in run("--delete")
    assert not Image.objects.filter(pk=copy.pk).exists()
    assert Image.objects.filter(pk__in=[original.pk, fresh_copy.pk, elsewhere.pk]).count() == 3


def test_a_copy_used_anywhere_is_never_deleted(s):
    collection = s.a.collection
    image_in(collection, "original", 30)
    on_live_page = image_in(collection, "on a live page", 20)
    in_a_draft = image_in(collection, "in a draft", 20)
    page = s.a_news.specific
    page.image = on_live_page
    page.save_revision().publish()
    # Only the draft of B's page uses the other: the saved page row does not.
    pending = s.pending.specific
    pending.image = in_a_draft
    pending.save_revision(user=s.editor_b)

    assert "0 unused copies found" in run("--days", "0")
    run("--delete", "--days", "0")
    assert Image.objects.filter(pk__in=[on_live_page.pk, in_a_draft.pk]).count() == 2


def test_document_copies_and_bad_options(s):
    collection = s.a.collection
    aged(Document.objects.create(title="report", collection=collection, file=ContentFile(PDF, name="r.pdf")), 30)
    copy = aged(
        Document.objects.create(title="report again", collection=collection, file=ContentFile(PDF, name="r.pdf")), 9
    )
    assert f"document {copy.pk} “report again”" in run()
    run("--delete")
    assert not Document.objects.filter(pk=copy.pk).exists()
    with pytest.raises(CommandError):
        run("--days", "-1")


def test_the_command_records_missing_hashes_only_when_deleting(s):
    # Images saved by code (imports, the demo loader) have no hash; the command computes it.
    assert not Image.objects.get(pk=s.image.pk).file_hash
    run()
    assert not Image.objects.get(pk=s.image.pk).file_hash
    run("--delete")
    assert Image.objects.get(pk=s.image.pk).file_hash
