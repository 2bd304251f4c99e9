"""The page chooser (browse, search, several pages, a pasted URL) for editors of one section:
other sections' drafts are not listed, and their pages show by their live title.

Listing is filtered by Wagtail's ``construct_page_chooser_queryset`` hook (registered in
``partners.wagtail_hooks``); titles need the views themselves, as Wagtail's title column and
chosen-page responses read ``draft_title`` straight from the page.
"""

import copy

from django.http import Http404
from django.urls import reverse
from wagtail.admin.views import chooser
from wagtail.models import Page

from .visibility import DraftTitles, visible_pages


def only_visible_pages(pages, request):
    return visible_pages(request.user, pages)


class VisibleTitleColumn(chooser.PageTitleColumn):
    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        titles = draft_titles(parent_context["request"])
        if not titles.may_read(instance):
            # The cell's template reads the admin title from the page itself.
            shown = copy.copy(instance)
            shown.draft_title = instance.title
            context.update(page=shown, value=instance.title)
        return context


def draft_titles(request):
    # One per request: the user's permission roots are read once for a whole listing.
    if not hasattr(request, "_draft_titles"):
        request._draft_titles = DraftTitles(request.user)
    return request._draft_titles


def with_visible_titles(columns):
    return [
        VisibleTitleColumn(column.name, label=column.label, is_multiple_choice=column.is_multiple_choice)
        if isinstance(column, chooser.PageTitleColumn)
        else column
        for column in columns
    ]


class BrowseView(chooser.BrowseView):
    def get(self, request, parent_page_id=None):
        # The parent is listed too: a draft of another section is no place to browse.
        if parent_page_id is not None and not visible_pages(request.user).filter(pk=parent_page_id).exists():
            raise Http404
        return super().get(request, parent_page_id)

    @property
    def columns(self):
        return with_visible_titles(super().columns)


class SearchView(chooser.SearchView):
    @property
    def columns(self):
        return with_visible_titles(super().columns)


class ChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        ids = [value for value in request.GET.getlist("id") if value.isdigit()]
        pages = visible_pages(request.user, Page.objects.filter(pk__in=ids, depth__gt=1)).specific()
        titles = draft_titles(request)
        return self.render_chosen_response(
            [
                {
                    "id": page.pk,
                    "parentId": page.get_parent().pk,
                    "adminTitle": titles.title(page),
                    "editUrl": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                    "url": page.url,
                }
                for page in pages
            ]
        )


class ExternalLinkView(chooser.ExternalLinkView):
    """A pasted URL of one of the site's pages becomes a link to that page, titled by its live
    title unless the page is the user's own."""

    def post(self, request):
        # Wagtail's form fails with a 500 when the URL field is missing altogether.
        request.POST = request.POST.copy()
        request.POST.setdefault(f"{self.form_prefix}-{self.link_url_field_name}", "")
        return super().post(request)

    def render_chosen_response(self, result):
        if "id" in result:
            page = Page.objects.get(pk=result["id"])
            result = {**result, "adminTitle": draft_titles(self.request).title(page)}
        return super().render_chosen_response(result)
