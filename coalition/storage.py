"""Media on S3: public images, private documents.

``STORAGES["default"]`` when ``AWS_STORAGE_BUCKET_NAME`` is set (coalition/settings/base.py). One
bucket holds both kinds of file, told apart by the folder Wagtail gives them:

- Images (``original_images/``) and their renditions (``images/``) are ``public-read`` objects
  with plain URLs, on ``AWS_S3_CUSTOM_DOMAIN`` if there is one. Pages that show them carry no
  expiring signatures, so their HTML can be cached; images have no privacy in Wagtail anyway.
- Everything else, documents above all, is a ``private`` object. Its ``url()`` is a signed URL
  that lives ``AWS_QUERYSTRING_EXPIRE`` seconds, always on the bucket's own endpoint (an
  unsigned custom-domain URL could not open a private object). Pages never show it:
  ``WAGTAILDOCS_SERVE_METHOD = "redirect"`` makes every document link Wagtail's
  ``/documents/<id>/<file>``, whose view checks the collection's privacy first and only then
  redirects to a fresh signed URL. A private document therefore has no public URL to guess, and
  a signed one that is passed on soon stops working.

Why "redirect" rather than "serve_view": with "serve_view" every download (up to
``WAGTAILDOCS_MAX_UPLOAD_SIZE``) streams through a Django worker. Both check privacy the same way;
"redirect" lets S3 send the bytes. The price is a signed URL that works for a short while for
whoever holds it, which is acceptable here.

The rest of django-storages' behaviour is kept, except:

- ``file_overwrite = False``: Wagtail names files after the upload, and two editors uploading
  ``photo.jpg`` must not replace each other's images (django-storages overwrites by default).
- The stored Content-Type comes from the file's extension, which Wagtail has validated, not from
  what the uploading browser claimed.

The bucket must accept object ACLs (on AWS: Object Ownership "Bucket owner preferred", and "Block
public access" off for ACLs), and its policy must not make the whole bucket public.
"""

import mimetypes

from botocore.exceptions import ClientError, ConnectionError, HTTPClientError
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

from coalition.page_cache import dont_store

# Wagtail's folders for original images and for renditions.
PUBLIC_FOLDERS = ("original_images/", "images/")
PUBLIC_CACHE_CONTROL = "public, max-age=86400"


class MediaStorage(S3Storage):
    default_acl = "private"
    querystring_auth = False  # public objects get plain URLs; private ones are signed in url()
    file_overwrite = False

    def is_public(self, name):
        """Whether ``name`` (relative to the storage, as Django passes it) is a public object."""
        return clean_name(name).lstrip("/").startswith(PUBLIC_FOLDERS)

    def _relative(self, key):
        location = self.location.strip("/")
        return key.removeprefix(f"{location}/") if location else key

    def _open(self, name, mode="rb"):
        """An unreachable bucket raises ``OSError``, as a missing file does: Wagtail then shows
        the image as broken (its ``SourceImageIOError``) instead of failing the whole page,
        which happened for every page showing an image without a stored rendition. Such a
        page is not kept in the page cache."""
        try:
            return super()._open(name, mode)
        except (ConnectionError, HTTPClientError, ClientError) as error:
            if isinstance(error, ClientError) and error.response["ResponseMetadata"]["HTTPStatusCode"] < 500:
                raise
            dont_store()
            raise OSError(f"media storage unavailable: {error}") from error

    def get_object_parameters(self, name):
        # django-storages passes the bucket key here (with AWS_LOCATION in front, if set).
        params = super().get_object_parameters(name)
        params["ContentType"] = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if self.is_public(self._relative(name)):
            params.setdefault("ACL", "public-read")
            params.setdefault("CacheControl", PUBLIC_CACHE_CONTROL)
        else:
            params["ACL"] = "private"
        return params

    def url(self, name, parameters=None, expire=None, http_method=None):
        if self.is_public(name):
            return super().url(name, parameters, expire, http_method)
        params = {**(parameters or {}), "Bucket": self.bucket_name, "Key": self._normalize_name(clean_name(name))}
        return self.connection.meta.client.generate_presigned_url(
            "get_object",
            Params=params,
            HttpMethod=http_method,
            ExpiresIn=self.querystring_expire if expire is None else expire,
        )
