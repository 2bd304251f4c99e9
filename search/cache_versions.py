"""Versions in Django's cache that tell every process when something it keeps in memory has
changed: search.synonyms' map, search.lexicon's words. A process compares the versions it reads
with those it built its copy under; a change renews a version now and once the transaction
commits (another process may have read the rows before the commit).

The cache may be down: a search goes on. ``read_versions`` then answers None and the process keeps
its copy for FALLBACK_SECONDS (``still_fresh``); a renewal that the cache refused reaches the
other processes within as long.
"""

import logging
import time

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)

FALLBACK_SECONDS = 60


def read_versions(*keys):
    """{key: version} for ``keys``, a missing one created; None when the cache does not answer."""
    try:
        found = cache.get_many(keys)
        if len(found) < len(keys):
            for key in keys:
                if key not in found:
                    cache.add(key, time.time_ns(), None)
            found = cache.get_many(keys)
        return found if len(found) == len(keys) else None
    except Exception:
        logger.warning("The cache does not answer: %s kept as they are", ", ".join(keys), exc_info=True)
        return None


def renew_version(key, forget_here):
    """A new version of ``key``, now and once the transaction commits; ``forget_here()`` drops
    this process's copy each time, so that it sees its own change at once."""

    def renew():
        forget_here()
        try:
            cache.set(key, time.time_ns(), None)
        except Exception:
            logger.warning("The cache does not answer: %s not renewed", key, exc_info=True)

    renew()
    transaction.on_commit(renew)


def still_fresh(kept_at):
    """Whether a copy made at ``kept_at`` (time.monotonic()) may serve while the cache is down."""
    return time.monotonic() - kept_at < FALLBACK_SECONDS
