"""Admin filters never offer another organisation's users.

Wagtail's listings (explorer, page search, page type usage, forms, history, site history,
workflow reports …) build their "owner", "edited by", "user" and "requested by" filters
from every user who ever owned or edited any page, and there is no hook to narrow them. All
of these are django-filter choice filters on a ``WagtailFilterSet``, so this narrows, in one
place, every user choice of every such filter to ``visible_users``: patching the filter set's
initialiser is the one point every listing passes through. (Replacing a dozen views instead
would miss the next one Wagtail adds; ``tests/test_admin_route_walk.py`` would catch that.)
"""

from django.contrib.auth import get_user_model
from django_filters.filters import QuerySetRequestMixin
from wagtail.admin.filters import WagtailFilterSet

from .visibility import visible_users


def _narrowed(filter_, user):
    original = filter_.get_queryset

    def get_queryset(request):
        queryset = original(request)
        if queryset is None:
            queryset = filter_.extra.get("queryset")
        if queryset is not None and queryset.model is get_user_model():
            queryset = queryset & visible_users(user)
        return queryset

    return get_queryset


def narrow_user_filters():
    if getattr(WagtailFilterSet, "_users_narrowed", False):
        return
    wagtail_init = WagtailFilterSet.__init__

    def __init__(self, *args, **kwargs):
        wagtail_init(self, *args, **kwargs)
        user = getattr(self.request, "user", None)
        if user is None or user.is_superuser:
            return
        for filter_ in self.filters.values():
            if isinstance(filter_, QuerySetRequestMixin):
                filter_.get_queryset = _narrowed(filter_, user)

    WagtailFilterSet.__init__ = __init__
    WagtailFilterSet._users_narrowed = True
