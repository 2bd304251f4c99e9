"""wagtail-localize's submit and update views, with the page's own permissions.

wagtail-localize checks only the global "Can submit translations" permission here (which
every member editor needs for their own pages), so any editor could translate, sync and
publish any page. Its other views (the translation editor, PO files, preview, stop, convert)
already check edit permission on the translated page and are used as they are.

- Submitting a page for translation needs edit permission on it; a snippet, edit permission
  on its type.
- Updating (syncing) translations needs edit permission on the source.
- "Publish immediately" publishes the translations the user may publish; in a section whose
  pages go through a workflow (a moderated member) it saves them and submits them to that
  workflow instead; where the user may do neither, nothing is done and the answer is 403.
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail_localize.views import submit_translations, update_translations
from wagtail_localize.views.edit_translation import user_can_edit_instance

PUBLISH, SUBMIT = "publish", "submit"


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    def get_object(self):
        page = super().get_object()
        if not page.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return page


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    def get_object(self):
        instance = super().get_object()
        if not user_can_edit_snippet_type(self.request.user, type(instance)):
            raise PermissionDenied
        return instance


def how_to_publish(user, translation, source):
    """PUBLISH, SUBMIT (to the page's workflow) or None (not allowed) for one translation."""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None  # created by this update: it lands in the source's section
    page = target or source
    if not isinstance(page, Page):
        return PUBLISH if user_can_edit_instance(user, page) else None
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        return None
    if permissions.can_publish():
        return PUBLISH
    if page.get_workflow() is not None and permissions.can_submit_for_moderation():
        return SUBMIT
    return None


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def get_object(self):
        source = super().get_object()
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist:
            raise PermissionDenied from None
        if not user_can_edit_instance(self.request.user, instance):
            raise PermissionDenied
        return source

    @transaction.atomic
    def form_valid(self, form):
        if not form.cleaned_data["publish_translations"]:
            return super().form_valid(form)
        user = self.request.user
        source = self.object.get_source_instance()
        translations = list(self.object.translations.filter(enabled=True).select_related("target_locale"))
        plan = [(translation, how_to_publish(user, translation, source)) for translation in translations]
        if any(how is None for _translation, how in plan):
            raise PermissionDenied
        # wagtail-localize syncs the source (and view restrictions); then each translation is
        # published or submitted here, as the user may.
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        submitted = 0
        for translation, how in plan:
            with contextlib.suppress(ValidationError):
                translation.save_target(user=user, publish=how == PUBLISH)
                if how == SUBMIT:
                    submitted += submit_for_moderation(translation.get_target_instance(), user)
        if submitted:
            messages.info(self.request, _("The translations were submitted for moderation."))
        return response


def submit_for_moderation(page, user):
    """Start the page's workflow on its latest revision (unless it is already under review)."""
    page = page.specific
    if page.workflow_in_progress:
        return 1
    page.get_workflow().start(page, user)
    return 1
