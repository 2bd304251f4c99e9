"""Finding the page a URL names in two queries, however deep it is.

Wagtail routes a URL one path component at a time: each level asks for the child with that slug
and then for its specific page, two queries per level (a project page five levels down took ten
before its own content). ``RouteByUrlPathMixin``, on the page routing starts from (each
language's home page), finds every page along the URL in one query by their ``url_path`` and
loads the one that answers as its specific page, then hands the rest of the URL to that page's
own ``route`` (its sub-routes: feeds, calendar files), as Wagtail would have.

What Wagtail's walk decides, this decides the same way: the deepest page along the URL answers,
except that a live routable page above it answers first if one of its routes matches the rest of
the URL (``RoutablePageMixin.route`` tries its routes before its children).
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def _routes_match(model, components):
    if not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in components))
    except Http404:  # Resolver404 is one: no route of that page matches
        return False
    return True


class RouteByUrlPathMixin:
    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        prefixes = {
            self.url_path + "".join(f"{part}/" for part in path_components[:n]): n
            for n in range(1, len(path_components) + 1)
        }
        along = list(
            # The slug condition lets the database use its slug index rather than read the subtree.
            Page.objects.filter(path__startswith=self.path, slug__in=path_components, url_path__in=list(prefixes))
            .order_by("depth")
            .values_list("pk", "content_type_id", "url_path", "live")
        )
        if not along:
            return super().route(request, path_components)  # a 404, as Wagtail answers it
        chosen = along[-1]
        for pk, content_type_id, url_path, live in along[:-1]:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if live and _routes_match(model, path_components[prefixes[url_path] :]):
                chosen = (pk, content_type_id, url_path, live)
                break
        pk, content_type_id, url_path, _live = chosen
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model._default_manager.select_related("locale").get(pk=pk)
        return page.route(request, path_components[prefixes[url_path] :])
