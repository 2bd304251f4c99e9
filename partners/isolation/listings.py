"""Admin listings that Wagtail fills from every section: bulk-action confirmations, reports,
the translations report and the admin API's media endpoints, each narrowed by
``visibility``."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.admin.views.bulk_action import index as wagtail_bulk_action
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.reports import audit_logging, page_types_usage, workflows
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail_localize.views.report import TranslationsReportView as LocalizeTranslationsReportView

from .visibility import (
    DraftTitles,
    actionable,
    editable_pages,
    visible_media,
    visible_pages,
    visible_users,
)


def bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk-action view, given only the ids the user may act on: its confirmation
    page would list the title of any object by id ("you have no permission to …")."""
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    model = apps.get_model(app_label, model_name)  # registered, so it exists
    ids = request.GET.getlist("id")
    if "all" in ids:
        ids = list(action_class(request, model).get_all_objects_in_listing_query(request.GET.get("childOf")))
    ids = [str(pk) for pk in ids if str(pk).isdigit()]
    allowed = actionable(request.user, model, ids)
    if allowed is not None:
        ids = [str(pk) for pk in allowed.values_list("pk", flat=True)]
    request.GET = request.GET.copy()
    request.GET.setlist("id", ids)
    return wagtail_bulk_action(request, app_label, model_name, action)


class SiteHistoryFilterSet(audit_logging.SiteHistoryReportFilterSet):
    def get_user_choices(self):
        return super().get_user_choices() & visible_users(self.request.user)


class SiteHistoryView(audit_logging.LogEntriesView):
    filterset_class = SiteHistoryFilterSet


def editable_page_ids(user):
    return [str(pk) for pk in editable_pages(user).values_list("pk", flat=True)]


class WorkflowView(workflows.WorkflowView):
    """Workflow states of the pages the user may edit (Wagtail also lists every state of a
    page type the user holds a model permission for)."""

    def get_queryset(self):
        return only_editable_objects(super().get_queryset(), self.request.user, "")


class WorkflowTasksView(workflows.WorkflowTasksView):
    def get_queryset(self):
        return only_editable_objects(super().get_queryset(), self.request.user, "workflow_state__")


def only_editable_objects(queryset, user, prefix):
    if user.is_superuser:
        return queryset
    page_type = ContentType.objects.get_for_model(Page)
    pages = Q(**{f"{prefix}base_content_type": page_type, f"{prefix}object_id__in": editable_page_ids(user)})
    return queryset.filter(pages | ~Q(**{f"{prefix}base_content_type": page_type}))


class PageTypesUsageView(page_types_usage.PageTypesUsageReportView):
    """Counts stay; "last edited page" names only a page whose title the user may read."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        titles = DraftTitles(self.request.user)
        for item in page_types:
            if item.last_edited_page is not None and not titles.may_read(item.last_edited_page):
                item.last_edited_page = None
        return page_types


class TranslationsReportView(LocalizeTranslationsReportView):
    """Translations of the pages the user may edit and of the snippets they may edit."""

    def get_queryset(self):
        queryset = super().get_queryset()
        user = self.request.user
        if user.is_superuser:
            return queryset
        snippet_types = [
            ContentType.objects.get_for_model(model)
            for model in get_snippet_models()
            if user_can_edit_snippet_type(user, model)
        ]
        page_types = [ContentType.objects.get_for_model(model) for model in get_page_models()]
        return queryset.filter(
            Q(
                source__object_id__in=editable_pages(user).values("translation_key"),
                source__specific_content_type__in=page_types,
            )
            | Q(source__specific_content_type__in=snippet_types)
        )


class VisibleMediaMixin:
    def get_queryset(self):
        return super().get_queryset() & visible_media(self.request.user, self.model)


class DocumentsAPIViewSet(VisibleMediaMixin, DocumentsAdminAPIViewSet):
    pass


class ImagesAPIViewSet(VisibleMediaMixin, ImagesAdminAPIViewSet):
    pass


def page_workflow_view(view_name):
    """Wagtail's page workflow views (action, action data, cancellation, task preview), for
    the page's editors and its current reviewers only. Wagtail answers anyone else with a
    message naming the page by its latest draft title ("… is not currently awaiting
    moderation") before checking what they may do."""
    wagtail_view = page_viewset_registry.as_view(view_name, page_id_kwarg="page_id")

    def view(request, page_id, **kwargs):
        page = get_object_or_404(Page, pk=page_id).specific
        if not (DraftTitles(request.user).may_read(page) or reviews(request.user, page)):
            raise PermissionDenied
        return wagtail_view(request, page_id=page_id, **kwargs)

    return view


def reviews(user, page):
    task = page.current_workflow_task
    return task is not None and task.specific.user_can_access_editor(page, user)


def explorer_view(view_name):
    """Wagtail's explorer, for pages the user may see. Wagtail lets an editor explore anything
    below their "explorable root", the closest common ancestor of their pages; with a section
    in three language trees that is the root of the whole site, and exploring another
    section's draft shows its title."""
    wagtail_view = page_viewset_registry.as_view(view_name, parent_page_id_kwarg="parent_page_id")

    def view(request, parent_page_id, **kwargs):
        if not visible_pages(request.user).filter(pk=parent_page_id).exists():
            raise PermissionDenied
        return wagtail_view(request, parent_page_id=parent_page_id, **kwargs)

    return view
