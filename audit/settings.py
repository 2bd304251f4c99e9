"""Production settings as deployed, plus what the deployment's proxy or S3 bucket does there:
the uploaded media (demo pictures) served from a folder of the audit's own (AUDIT_MEDIA_ROOT),
so that the demo content's images load as they would in production."""

import os

from coalition.settings.production import *  # noqa: F401,F403

MEDIA_ROOT = os.environ["AUDIT_MEDIA_ROOT"]
ROOT_URLCONF = "audit.urls"
