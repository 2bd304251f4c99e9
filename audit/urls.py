"""The site's own URLs and the media files, served by Django only in the audit (settings.py),
with the Cache-Control the S3 bucket gives them in production (coalition/storage.py)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from coalition.storage import PUBLIC_CACHE_CONTROL
from coalition.urls import urlpatterns as site_urlpatterns


def serve_media(request, path):
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    return response


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve_media),
    *site_urlpatterns,
]
