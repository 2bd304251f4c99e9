"""Uploads through the admin's add views: wrong content, oversized files and forbidden types are
clear form errors and nothing is saved; hostile file names are stored sanitised."""

import io
import json
import os
import uuid
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
WINDOWS_PROGRAM = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 100 + b"This program cannot be run in DOS mode"
)


@pytest.fixture
def admin(client, tmp_path):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-test-password")
    # Error messages in English, whatever the catalogs translate.
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client.force_login(user)
    with override_settings(MEDIA_ROOT=tmp_path):
        client.media = tmp_path
        yield client


def png(size=(40, 30), mode="RGB", noise=False):
    image = PILImage.frombytes(mode, size, os.urandom(size[0] * size[1] * 3)) if noise else PILImage.new(mode, size)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, url, filename, content, **fields):
    """POST a multipart form with the file name exactly as given: the test client would strip
    directories from it, a hostile client need not."""
    boundary = uuid.uuid4().hex
    file_field = fields.pop("file_field", "file")
    fields = {"collection": str(Collection.get_first_root_node().pk), **fields}
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
        f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
        + content
        + b"\r\n"
    )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return client.post(url, data=body, content_type=f"multipart/form-data; boundary={boundary}")


def stored_files(client):
    return sorted(str(path.relative_to(client.media)) for path in client.media.rglob("*") if path.is_file())


def file_errors(response):
    assert response.status_code == 200  # the form again, not a redirect and never a 500
    with translation.override("en"):  # the messages are lazy; read them in English
        return [str(error) for error in response.context["form"].errors.get("file", [])]


# Images: Wagtail's own checks, configured in settings/base.py.


def test_text_file_named_jpg_is_refused(admin):
    response = upload(admin, "/admin/images/add/", "photo.jpg", b"not an image at all\n" * 20, title="Photo")
    assert any("Upload a valid image" in error for error in file_errors(response))
    assert not Image.objects.exists() and stored_files(admin) == []


def test_oversized_image_is_refused(admin):
    content = png((200, 200), noise=True)  # about 120 KB of incompressible pixels
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=50_000):
        response = upload(admin, "/admin/images/add/", "big.png", content, title="Big")
    assert any("too big" in error for error in file_errors(response))
    assert not Image.objects.exists() and stored_files(admin) == []


def test_image_with_too_many_pixels_is_refused(admin):
    # 8000 × 7000 pixels in a few kilobytes: decoded, it would take hundreds of megabytes.
    content = png((8000, 7000), mode="1")
    assert len(content) < 100_000
    response = upload(admin, "/admin/images/add/", "bomb.png", content, title="Bomb")
    assert any("too many pixels" in error for error in file_errors(response))
    assert not Image.objects.exists() and stored_files(admin) == []


def test_svg_is_not_an_allowed_image_type(admin):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload(admin, "/admin/images/add/", "logo.svg", svg, title="Logo")
    assert file_errors(response)
    assert not Image.objects.exists()


def test_odd_image_file_name_is_sanitised(admin):
    name = "../../etc/\u202egnp.exe\u0007 ფოტო \x1b[31m.png"
    response = upload(admin, "/admin/images/add/", name, png(), title="Odd")
    assert response.status_code == 302, response.context["form"].errors
    stored = Image.objects.get().file.name
    assert stored.startswith("original_images/") and stored.endswith(".png")
    filename = stored.removeprefix("original_images/")
    assert "/" not in filename and ".." not in filename and filename.isascii() and filename.isprintable()
    assert "\u202e" not in filename and " " not in filename
    assert stored_files(admin) == [stored]


# Documents: Wagtail checks the extension and size; coalition/uploads.py checks the content
# and the stored name.


def test_exe_document_is_refused(admin):
    response = upload(admin, "/admin/documents/add/", "setup.exe", WINDOWS_PROGRAM, title="Setup")
    assert any("exe" in error for error in file_errors(response))
    assert not Document.objects.exists() and stored_files(admin) == []


@pytest.mark.parametrize(
    "filename, content",
    [
        ("report.pdf", WINDOWS_PROGRAM),  # a program renamed
        ("report.pdf", b"just some text\n"),
        ("minutes.docx", PDF),  # a PDF is no Word file
        ("table.csv", WINDOWS_PROGRAM),  # a binary is no text
        ("archive.zip", b"PK but not really a zip"),
    ],
)
def test_document_whose_content_does_not_match_its_extension_is_refused(admin, filename, content):
    response = upload(admin, "/admin/documents/add/", filename, content, title="Wrong")
    extension = filename.rsplit(".", 1)[1]
    assert file_errors(response) == [
        f"This file is not a valid .{extension} file: its content does not match its name."
    ]
    assert not Document.objects.exists() and stored_files(admin) == []


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "filename, content",
    [
        ("report.pdf", PDF),
        ("minutes.docx", docx()),
        ("table.csv", "ორგანიზაცია,თანხა\nWIC,1250000\n".encode()),
        ("export.txt", "ორგანიზაცია\tთანხა\n".encode("utf-16")),  # Excel's "Unicode text"
        ("notes.txt", b"plain text\n"),
        ("letter.rtf", b"{\\rtf1\\ansi Hello}"),
    ],
)
def test_valid_documents_are_accepted(admin, filename, content):
    response = upload(admin, "/admin/documents/add/", filename, content, title="Fine")
    assert response.status_code == 302, response.context["form"].errors
    assert Document.objects.get().file.read() == content


def test_oversized_document_is_refused(admin):
    with override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1000):
        response = upload(admin, "/admin/documents/add/", "big.pdf", PDF + b"%" * 2000, title="Big")
    assert any("too big" in error for error in file_errors(response))
    assert not Document.objects.exists() and stored_files(admin) == []


def test_long_georgian_document_name_fits_the_file_system(admin):
    # "documents/" and 86 Georgian letters fill Django's 100-character limit exactly, so Django
    # keeps the name as it is; but that is 262 bytes, more than a file system allows in one
    # name, and without the limit in bytes this upload was a server error.
    name = ("ანგარიში" * 11)[:86] + ".pdf"
    response = upload(admin, "/admin/documents/add/", name, PDF, title="ანგარიში")
    assert response.status_code == 302, response.context["form"].errors
    stored = Document.objects.get().file.name
    assert stored.startswith("documents/ანგარიში") and stored.endswith(".pdf")
    assert len(os.path.basename(stored).encode()) <= 255
    assert stored_files(admin) == [stored]


def test_odd_document_names_are_sanitised(admin):
    response = upload(
        admin, "/admin/documents/add/", "..\\..\\\u202efdp.exe\u0000\x07 ბიუჯეტი 2024.pdf", PDF, title="Budget"
    )
    assert response.status_code == 302, response.context["form"].errors
    stored = Document.objects.get().file.name
    assert stored == "documents/fdp.exe_ბიუჯეტი_2024.pdf"

    # Nothing left but the extension: not a hidden file.
    response = upload(admin, "/admin/documents/add/", "\u202e\u200f.pdf", PDF, title="Nameless")
    assert response.status_code == 302, response.context["form"].errors
    assert Document.objects.get(title="Nameless").file.name == "documents/document.pdf"


def test_multiple_upload_reports_the_same_errors(admin):
    response = upload(admin, "/admin/documents/multiple/add/", "report.pdf", WINDOWS_PROGRAM, file_field="files[]")
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert "its content does not match its name" in answer["error_message"]
    assert not Document.objects.exists()
