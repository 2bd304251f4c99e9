"""An editor's unfinished work: the dashboard panel of abandoned drafts, and uploads of a file
already in the library reusing it (``uploads``) instead of leaving a duplicate behind."""

from django.urls import path
from wagtail import hooks

from . import uploads
from .panels import UnfinishedDraftsPanel


@hooks.register("construct_homepage_panels")
def show_unfinished_drafts(request, panels):
    panels.append(UnfinishedDraftsPanel(request.user))


# Before Wagtail's own admin URLs (order), so that these views answer Wagtail's upload paths;
# Wagtail's URL names keep pointing at these paths. The admin wraps them in its access check.
@hooks.register("register_admin_urls", order=-10)
def reuse_uploaded_files():
    return [
        path("images/chooser/create/", uploads.image_chooser_upload_view()),
        path("images/multiple/add/", uploads.ImageMultipleAddView.as_view()),
        path("documents/chooser/create/", uploads.document_chooser_upload_view()),
        path("documents/multiple/add/", uploads.DocumentMultipleAddView.as_view()),
    ]
