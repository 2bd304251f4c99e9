"""Checks on uploaded documents that Wagtail and Django leave out.

What is already done elsewhere, and so not here:

- Django's upload parser drops path separators and non-printable characters (control
  characters, right-to-left overrides) from the uploaded name; the storage's ``get_valid_name``
  then keeps only letters, digits, ``-``, ``_`` and ``.``.
- Wagtail checks images fully (``WAGTAILIMAGES_*`` in settings/base.py): size, pixel count, and
  that the content really is an image of the format its extension names; image files are stored
  under ASCII names shortened to fit the database column.
- For documents, Wagtail checks the extension (``WAGTAILDOCS_EXTENSIONS``) and the size
  (``WAGTAILDOCS_MAX_UPLOAD_SIZE``), nothing else.

So ``DocumentForm`` (``WAGTAILDOCS_DOCUMENT_FORM_BASE``) adds, for every admin upload (single and
multiple):

- the content must match the extension: a program renamed ``report.pdf`` is refused
  (signatures from ``filetype``, which Willow already installs);
- the stored name fits the file system: Django shortens names by characters, but Georgian
  letters take three bytes each, so a long Georgian name passed the 100-character limit and
  then failed with "File name too long" (a server error) on a file system's 255-byte limit;
- a name that is nothing but its extension (``.pdf``, once the parser has dropped the rest)
  becomes ``document.pdf`` rather than a hidden file.
"""

import os

import filetype
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# What the start of each document type must look like (``filetype``'s names for it). Office and
# OpenDocument files are ZIP archives that ``filetype`` does not always recognise as more.
ZIP_BASED = {"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"}
SIGNATURES = {
    "pdf": {"pdf"},
    "rtf": {"rtf"},
    "zip": {"zip"},
    **{extension: {extension, "zip"} for extension in ZIP_BASED - {"zip"}},
}
# Plain-text types have no signature; what they must not be is a recognisable binary file, or
# contain NUL bytes unless they start with a UTF-16 byte order mark (Excel's "Unicode text").
TEXT_TYPES = {"txt", "csv"}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes read to recognise a type; filetype looks at most this far.
HEAD_BYTES = 8192
# Leaves room within a file system's 255-byte limit for the suffix Django adds to a name that
# is already taken ("_AbC1234").
MAX_NAME_BYTES = 200


def safe_document_name(name):
    """``name`` shortened to ``MAX_NAME_BYTES`` of UTF-8 (whole characters, extension kept),
    with a stem when there is none."""
    stem, extension = os.path.splitext(name)
    if not extension and stem.startswith("."):  # splitext takes ".pdf" for a hidden file
        stem, extension = "", "." + stem.lstrip(".")
    stem = stem or "document"
    budget = MAX_NAME_BYTES - len(extension.encode())
    encoded = stem.encode()
    if len(encoded) > budget:
        stem = encoded[:budget].decode(errors="ignore")
    return stem + extension


def check_document_content(file, extension):
    """Raises ValidationError when the content of ``file`` is not what ``extension`` promises."""
    extension = extension.lower()
    if extension not in SIGNATURES and extension not in TEXT_TYPES:
        return  # An extension the site added without a rule: the extension check must do.
    position = file.tell()
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(position)
    kind = filetype.guess(head) if head else None
    if extension in TEXT_TYPES:
        valid = kind is None and (b"\x00" not in head or head.startswith(UTF16_BOMS))
    else:
        valid = kind is not None and kind.extension in SIGNATURES[extension]
    if not valid:
        raise ValidationError(
            _("This file is not a valid .%(extension)s file: its content does not match its name."),
            code="invalid_document_content",
            params={"extension": extension},
        )


class DocumentForm(BaseDocumentForm):
    def _post_clean(self):
        # When the file was refused, Document.clean() still checks the extension of the file
        # that was never taken and adds a confusing 'File extension "" is not allowed'.
        refused = list(self.errors.get("file", ()))
        super()._post_clean()
        if refused:
            self._errors["file"] = self.error_class(refused)

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):  # not on an edit that keeps the stored file
            file.name = safe_document_name(file.name)
            check_document_content(file, os.path.splitext(file.name)[1][1:])
        return file
