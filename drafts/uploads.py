"""Uploading a file that is already in the library reuses it instead of adding a copy.

Editors abandon a page form after uploading its image in the chooser, start again and upload the
same file: Wagtail 8 then saves a second image and, in the chooser, asks whether to keep it. Here
the upload is compared first (Wagtail's own ``file_hash``, SHA-1 of the content) with the images
or documents the user may choose (their organisation's collection and "Shared"; another
organisation's file never matches), and a match is reused, without saving anything:

- in the image and document choosers, the modal says so and offers "Use this image/document",
  which chooses the existing one (and goes on to the format step of rich text, as Wagtail does);
- in the multiple uploaders, the file's row says so and links to the existing one.

The views are Wagtail's own, subclassed, at Wagtail's paths (``wagtail_hooks`` puts them in
front), so every link Wagtail builds reaches them. Documents have ``file_hash`` too, though
Wagtail offers no duplicate check for them.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.documents.views import multiple as document_multiple
from wagtail.documents.views.chooser import DocumentChooserUploadView
from wagtail.documents.views.chooser import viewset as document_chooser_viewset
from wagtail.images import get_image_model
from wagtail.images.forms import ImageInsertionForm
from wagtail.images.views import multiple as image_multiple
from wagtail.images.views.chooser import ImageUploadView
from wagtail.images.views.chooser import viewset as image_chooser_viewset
from wagtail.permissions import policy_registry
from wagtail.utils.file import hash_filelike


def existing_copy(model, user, uploaded_file):
    """The oldest image or document the user may choose with the same content, or None."""
    if uploaded_file is None:
        return None
    policy = policy_registry.get_by_type(model)
    return (
        policy.instances_user_has_permission_for(user, "choose")
        .filter(file_hash=hash_filelike(uploaded_file))
        .order_by("created_at", "pk")
        .first()
    )


def reuse_notice(request, existing):
    return render_to_string(
        "drafts/reused_upload.html",
        {"existing": existing, "is_image": isinstance(existing, get_image_model())},
        request=request,
    )


class ReuseInChooserMixin:
    """For a chooser's upload view: a file already in the library is offered instead of saved."""

    upload_field_name = None  # the file field's name in the POST, with the form's prefix

    def post(self, request):
        reuse = request.POST.get("reuse", "")
        if reuse:
            return self.chosen_step(self.choosable(reuse))
        existing = existing_copy(self.model, request.user, request.FILES.get(self.upload_field_name))
        if existing is not None:
            return self.offer_existing(existing)
        return super().post(request)

    def choosable(self, pk):
        if not pk.isdigit():
            raise Http404
        item = get_object_or_404(self.model, pk=pk)
        if not policy_registry.get_by_type(self.model).user_has_permission_for_instance(
            self.request.user, "choose", item
        ):
            raise PermissionDenied
        return item

    def chosen_step(self, item):
        return self.get_chosen_response(item)

    def offer_existing(self, existing):
        # Wagtail's "reshow the upload form" step: the modal puts this fragment in place of the
        # upload tab and posts its form back here, with "reuse" instead of a file.
        html = render_to_string(
            "drafts/reuse_in_chooser.html",
            {
                "existing": existing,
                "is_image": isinstance(existing, get_image_model()),
                "notice": reuse_notice(self.request, existing),
                "action": self.request.get_full_path(),
            },
            request=self.request,
        )
        return render_modal_workflow(
            self.request, None, None, None, json_data={"step": "reshow_creation_form", "htmlFragment": html}
        )


class ImageChooserUploadView(ReuseInChooserMixin, ImageUploadView):
    upload_field_name = "image-chooser-upload-file"

    def post(self, request):
        self.model = get_image_model()
        return super().post(request)

    def chosen_step(self, image):
        if self.request.GET.get("select_format"):
            # Rich text asks for a format and alt text next, as after a new upload.
            form = ImageInsertionForm(initial={"alt_text": image.default_alt_text}, prefix="image-chooser-insertion")
            return self.render_select_format_response(image, form)
        return self.get_chosen_response(image)


class DocumentChooserReuseView(ReuseInChooserMixin, DocumentChooserUploadView):
    upload_field_name = "document-chooser-upload-file"


class ReuseInMultipleUploadMixin:
    """For a multiple uploader: the file's row tells the editor the file is already there."""

    def post(self, request):
        existing = existing_copy(self.model, request.user, request.FILES.get("files[]"))
        if existing is None:
            return super().post(request)
        return JsonResponse(self.reused_response_data(existing))


class ImageMultipleAddView(ReuseInMultipleUploadMixin, image_multiple.AddView):
    def reused_response_data(self, existing):
        # Wagtail's script shows "confirm_duplicate_upload" for a duplicate; without a "keep"
        # button in it, the notice is all the row shows.
        notice = reuse_notice(self.request, existing)
        return {"success": True, "duplicate": True, "image_id": existing.pk, "confirm_duplicate_upload": notice}


class DocumentMultipleAddView(ReuseInMultipleUploadMixin, document_multiple.AddView):
    def reused_response_data(self, existing):
        # The documents' script shows "form" in the row of a successful upload.
        return {"success": True, "doc_id": existing.pk, "form": reuse_notice(self.request, existing)}


def image_chooser_upload_view():
    # Built by Wagtail's own chooser viewset, with its settings (model, form, URL namespace).
    return image_chooser_viewset.construct_view(ImageChooserUploadView)


def document_chooser_upload_view():
    return document_chooser_viewset.construct_view(DocumentChooserReuseView)
