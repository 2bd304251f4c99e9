"""Uploads left behind: copies of a file uploaded again that nothing uses.

A copy is an image or document with the same content (Wagtail's ``file_hash``, computed here for
files saved without one) as an older one in the same collection. (A copy whose only older twin
is in another collection is kept: its collection's editors may not be able to choose the other.)
It is abandoned when it was uploaded more than ``days`` ago and nothing refers to it:

- no entry of Wagtail's reference index (pages, snippets and other indexed models as saved),
- no reference in the latest revision of anything with unpublished changes, or in a revision
  scheduled to go live (Wagtail indexes an object's saved row, not a draft kept in a revision),
- no database row pointing at it other than its renditions and tags.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from taggit.models import ItemBase
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import AbstractRendition
from wagtail.models import DraftStateMixin, ReferenceIndex, Revision


@dataclass
class AbandonedCopy:
    item: object
    original: object


def _revisions_to_check():
    """The latest revision of every object with unpublished changes, and scheduled revisions."""
    latest = Q()
    for model in apps.get_models():
        # Once per table: a page type's rows are Page's rows.
        if issubclass(model, DraftStateMixin) and model._meta.get_field("has_unpublished_changes").model is model:
            ids = model._default_manager.filter(has_unpublished_changes=True).values("latest_revision_id")
            latest |= Q(pk__in=ids)
    return Revision.objects.filter(latest | Q(approved_go_live_at__isnull=False))


def references_in_drafts():
    """(content type id, object id as text) of everything drafts refer to."""
    found = set()
    for revision in _revisions_to_check().iterator():
        # Wagtail's own extraction, as the reference index uses it for saved objects. A revision
        # that cannot be read fails the command rather than let what it uses be deleted.
        draft = revision.as_object()
        for content_type_id, object_id, *_path in ReferenceIndex._extract_references_from_object(draft):
            found.add((content_type_id, str(object_id)))
    return found


def _pointed_at_by_rows(item):
    for relation in item._meta.related_objects:
        related = relation.related_model
        # Renditions belong to the image; tags are the item's own.
        if issubclass(related, (AbstractRendition, ItemBase)):
            continue
        if relation.many_to_many:
            if getattr(item, relation.get_accessor_name()).exists():
                return True
        elif related._base_manager.filter(**{relation.field.name: item}).exists():
            return True
    return False


def _with_hash(item, record):
    """The item's content hash; items saved without one (by code, not an admin form) get it
    computed from their file, and kept only if ``record``."""
    if not item.file_hash:
        try:
            item._set_file_hash()
        except (OSError, ValueError):  # a missing or unreadable file: nothing to compare
            return ""
        if record:
            type(item).objects.filter(pk=item.pk).update(file_hash=item.file_hash)
    return item.file_hash


def abandoned_copies(model, days, now=None, record_hashes=False):
    """Copies of ``model`` (images or documents) that may go, oldest first."""
    uploaded_before = (now or timezone.now()) - timedelta(days=days)
    originals = {}
    candidates = []
    for item in model._default_manager.select_related("collection").order_by("created_at", "pk").iterator():
        key = (item.collection_id, _with_hash(item, record_hashes))
        if not key[1]:
            continue
        if key not in originals:
            originals[key] = item  # the oldest is the one to keep
        elif item.created_at < uploaded_before:
            candidates.append(AbandonedCopy(item, originals[key]))
    if not candidates:
        return []
    in_drafts = references_in_drafts()
    content_type = ContentType.objects.get_for_model(model)
    return [
        copy
        for copy in candidates
        if not ReferenceIndex.get_references_to(copy.item).exists()
        and (content_type.pk, str(copy.item.pk)) not in in_drafts
        and not _pointed_at_by_rows(copy.item)
    ]


def media_models():
    """(the word the command's output uses, the model)."""
    return (("image", get_image_model()), ("document", get_document_model()))
