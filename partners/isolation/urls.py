"""The admin views this package narrows, at the same paths and under the same names as
Wagtail's and wagtail-localize's own. ``coalition.urls`` includes these before the admin, so
they answer those paths; each is wrapped in Wagtail's admin access check like any admin view."""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from . import choosers, listings, translations


def admin_view(view):
    return require_admin_access(view)


urlpatterns = [
    # Page chooser (wagtail.admin.urls)
    path("choose-page/", admin_view(choosers.BrowseView.as_view()), name="wagtailadmin_choose_page"),
    path(
        "choose-page/<int:parent_page_id>/",
        admin_view(choosers.BrowseView.as_view()),
        name="wagtailadmin_choose_page_child",
    ),
    path("choose-page/search/", admin_view(choosers.SearchView.as_view()), name="wagtailadmin_choose_page_search"),
    path(
        "choose-page/chosen-multiple/",
        admin_view(choosers.ChosenMultipleView.as_view()),
        name="wagtailadmin_choose_page_chosen_multiple",
    ),
    path(
        "choose-external-link/",
        admin_view(choosers.ExternalLinkView.as_view()),
        name="wagtailadmin_choose_page_external_link",
    ),
    # Bulk actions
    path(
        "bulk/<str:app_label>/<str:model_name>/<str:action>/",
        admin_view(listings.bulk_action),
        name="wagtail_bulk_action",
    ),
    # Explorer (wagtail.admin.urls)
    path("pages/<int:parent_page_id>/", admin_view(listings.explorer_view("index")), name="wagtailadmin_explore"),
    path(
        "pages/<int:parent_page_id>/results/",
        admin_view(listings.explorer_view("index_results")),
        name="wagtailadmin_explore_results",
    ),
    # Page workflow actions (wagtail.admin.urls.pages)
    path(
        "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        admin_view(listings.page_workflow_view("workflow_action")),
    ),
    path(
        "pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        admin_view(listings.page_workflow_view("collect_workflow_action_data")),
    ),
    path(
        "pages/workflow/confirm_cancellation/<int:page_id>/",
        admin_view(listings.page_workflow_view("confirm_workflow_cancellation")),
    ),
    path(
        "pages/workflow/preview/<int:page_id>/<int:task_id>/",
        admin_view(listings.page_workflow_view("workflow_preview")),
    ),
    # Reports (wagtail.admin.urls.reports)
    path("reports/workflow/", admin_view(listings.WorkflowView.as_view())),
    path("reports/workflow/results/", admin_view(listings.WorkflowView.as_view(results_only=True))),
    path("reports/workflow_tasks/", admin_view(listings.WorkflowTasksView.as_view())),
    path("reports/workflow_tasks/results/", admin_view(listings.WorkflowTasksView.as_view(results_only=True))),
    path("reports/site-history/", admin_view(listings.SiteHistoryView.as_view())),
    path("reports/site-history/results/", admin_view(listings.SiteHistoryView.as_view(results_only=True))),
    path("reports/page-types-usage/", admin_view(listings.PageTypesUsageView.as_view())),
    path("reports/page-types-usage/results/", admin_view(listings.PageTypesUsageView.as_view(results_only=True))),
    # wagtail-localize
    path("localize/submit/page/<int:page_id>/", admin_view(translations.SubmitPageTranslationView.as_view())),
    path(
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        admin_view(translations.SubmitSnippetTranslationView.as_view()),
    ),
    path("localize/update/<int:translation_source_id>/", admin_view(translations.UpdateTranslationsView.as_view())),
    path("localize/reports/translations/", admin_view(listings.TranslationsReportView.as_view())),
    path(
        "localize/reports/translations/results/", admin_view(listings.TranslationsReportView.as_view(results_only=True))
    ),
]
