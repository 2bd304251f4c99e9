"""Django's Redis cache, made to degrade instead of failing requests while Redis is away.

Everything the site keeps in Redis can be recomputed: cached pages, Wagtail's site root paths,
locale names and image renditions, search suggestions' vocabulary. Django's ``RedisCache``
raises on every call while Redis is down, so each of those callers turned an outage of the
cache into a 500 on every page. Here a call that cannot reach Redis answers like a cache that
holds nothing (``get`` the default, ``add``/``touch``/``delete``/``has_key`` ``False``,
``set_many`` every key as not stored, as Django's API reports failed keys) and logs a warning.

After a connection error or timeout the cache is not tried again for ``RETRY_AFTER`` seconds
(per process, shared by its threads), so requests do not each wait for a connect timeout; the
first call after that tries again, and caching resumes by itself once Redis answers. Connect and
read timeouts belong in ``OPTIONS`` (``socket_connect_timeout``, ``socket_timeout``;
``settings/base.py`` sets them), so that a hung Redis cannot hang requests either.

``incr``/``decr`` still raise: a counter that silently stopped counting would be wrong rather
than slower. Nothing in the site uses them.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError, RedisError, TimeoutError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5  # seconds without trying Redis after it failed to answer

# Django makes a cache object per thread; the back-off is per server, for the whole process.
_down_until = {}
_lock = threading.Lock()


class ResilientRedisCache(RedisCache):
    def _call(self, fallback, method, *args, **kwargs):
        server = self._servers[0]
        down_until = _down_until.get(server)
        if down_until is not None and time.monotonic() < down_until:
            return fallback
        try:
            result = method(*args, **kwargs)
        except (ConnectionError, TimeoutError) as error:
            with _lock:
                _down_until[server] = time.monotonic() + RETRY_AFTER
            logger.warning("Cache unreachable, serving without it (retrying in %d s): %s", RETRY_AFTER, error)
            return fallback
        except RedisError as error:  # e.g. out of memory, a read-only replica: this call only
            logger.warning("Cache error, serving without it: %s", error)
            return fallback
        if down_until is not None:
            with _lock:
                if _down_until.pop(server, None) is not None:
                    logger.info("Cache reachable again")
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(None, super().delete_many, keys, version)

    def clear(self):
        return self._call(False, super().clear)
