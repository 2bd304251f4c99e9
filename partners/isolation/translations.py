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

No translation goes live (or to moderation) with source-language text in it unless the editor
accepts that, having seen which fields are untranslated (``core.translation_completeness``):

- The translation editor's "Publish in …" (a POST to the page's or snippet's edit view, which
  wagtail-localize takes over with ``before_edit_page``/``before_edit_snippet`` hooks): the guard
  below runs first, after Wagtail's own edit permission check, and answers with the list of
  untranslated fields instead of publishing.
- "Sync translated pages" with "Publish immediately": the sync happens; complete translations are
  published (or submitted), incomplete ones stay as they were and are listed in the same notice.
- The explorer's bulk "Publish" lists incomplete translations instead (no acceptance there: each
  is published from its translation editor).

Accepting re-posts the same request with the untranslated segments the editor saw; if more are
untranslated by then, the notice is shown again. The acceptance is recorded in the page's history.
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.snippets.permissions import get_permission_name, user_can_edit_snippet_type
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation, submit_translations, update_translations
from wagtail_localize.views.edit_translation import user_can_edit_instance

from core import translation_completeness as completeness

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
        # published or submitted here, as the user may, unless it lacks text the user has not
        # accepted (checked after the sync, which may have brought new text to translate).
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        submitted, held = 0, []
        for translation, how in plan:
            gap = completeness.untranslated(translation)
            if gap.fields and not accepted(self.request, translation, gap):
                held.append((translation, gap))
                continue
            with contextlib.suppress(ValidationError):
                translation.save_target(user=user, publish=how == PUBLISH)
                target = translation.get_target_instance()
                if how == SUBMIT:
                    submitted += submit_for_moderation(target, user)
                if gap.fields:
                    record_acceptance(user, target, gap.fields, submitted=how == SUBMIT)
        if submitted:
            messages.info(self.request, _("The translations were submitted for moderation."))
        if held:
            carried = [
                (name, value)
                for name in self.request.POST
                if name not in ("csrfmiddlewaretoken", completeness.ACCEPT_FIELD, ACCEPTED_SEGMENTS)
                for value in self.request.POST.getlist(name)
            ]
            moderated = any(how == SUBMIT for _translation, how in plan)
            return untranslated_notice(self.request, held, carried, back_url=response["Location"], submit=moderated)
        return response


# The translation editor: POST action=publish to the page's (or snippet's) edit view.


def publish_translation_only_when_complete(request, page):
    """Runs after Wagtail's edit permission check, so member isolation is as before."""
    if page.alias_of_id:
        return None
    return guard_publish(request, page, lambda: page.permissions_for_user(request.user).can_publish())


def publish_snippet_translation_only_when_complete(request, instance):
    def can_publish():  # as wagtail-localize decides it
        if not isinstance(instance, DraftStateMixin):
            return True
        return request.user.is_superuser or request.user.has_perm(get_permission_name("publish", type(instance)))

    if not isinstance(instance, TranslatableMixin):
        return None
    return guard_publish(request, instance, can_publish)


def guard_publish(request, instance, can_publish):
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )
    # The ordinary editor publishes what the editor sees; a user who may not publish is
    # refused by wagtail-localize, as before.
    if translation is None or not can_publish():
        return None
    gap = completeness.untranslated(translation)
    if not gap.fields:
        return None
    if not accepted(request, translation, gap):
        return untranslated_notice(request, [(translation, gap)], [("action", "publish")], back_url=request.path)
    with transaction.atomic():
        response = edit_translation.edit_translation(request, translation, instance)
        # wagtail-localize publishes on commit; the acceptance is recorded only if it did (a
        # validation error leaves the page as it was, with wagtail-localize's message).
        record_acceptance(
            request.user, instance, gap.fields, unless_live_revision=getattr(instance, "live_revision_id", False)
        )
    return response


def bulk_publish_only_complete_translations(request, action_type, objects, action_view):
    """The explorer's bulk "Publish" would put a translation's draft live as it is; incomplete
    translations are listed instead, to be published from their translation editors. ``objects``
    are only those the user may act on (Wagtail's check, as before)."""
    if action_type != "publish":
        return None
    pages = [page for page in objects if isinstance(page, Page)]
    translations = Translation.objects.filter(
        source__object_id__in=[page.translation_key for page in pages], enabled=True
    ).select_related("source", "target_locale")
    locale_of = {page.translation_key: set() for page in pages}
    for page in pages:
        locale_of[page.translation_key].add(page.locale_id)
    held = []
    for translation in translations:
        if translation.target_locale_id in locale_of.get(translation.source.object_id, ()):
            gap = completeness.untranslated(translation)
            if gap.fields:
                held.append((translation, gap))
    if held:
        return untranslated_notice(request, held, [], back_url=action_view.next_url, can_accept=False)
    return None


# Accepting source-language text

ACCEPTED_SEGMENTS = "accepted_segments"


def tokens(translation, segment_ids):
    return {f"{translation.pk}:{segment_id}" for segment_id in segment_ids}


def accepted(request, translation, gap):
    """Did the editor accept exactly these untranslated segments (or more) of this translation?"""
    if request.POST.get(completeness.ACCEPT_FIELD) != "1":
        return False
    return tokens(translation, gap.segment_ids) <= set(request.POST.getlist(ACCEPTED_SEGMENTS))


def record_acceptance(user, instance, fields, submitted=False, unless_live_revision=False):
    """Log the acceptance in the object's history once the transaction commits, after the
    publication wagtail-localize defers to then (``transaction.on_commit``); with
    ``unless_live_revision``, only if the live revision is no longer that one."""

    def log_it():
        target = type(instance)._default_manager.get(pk=instance.pk)
        if unless_live_revision is not False and target.live_revision_id == unless_live_revision:
            return
        log(
            instance=target,
            action=completeness.LOG_ACTION,
            user=user,
            revision=getattr(target, "latest_revision" if submitted else "live_revision", None),
            data={"fields": list(fields), "locale": target.locale.language_code, "submitted": submitted},
            content_changed=False,
        )

    transaction.on_commit(log_it)


def untranslated_notice(request, held, carried, back_url, submit=False, can_accept=True):
    """The list of untranslated fields per translation, with "go back" and "accept and publish"."""
    items, accepted_tokens = [], set()
    for translation, gap in held:
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            target = None
        items.append(
            {
                "title": str(target or translation.source.get_source_instance()),
                "language": translation.target_locale.get_display_name(),
                "fields": gap.fields,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[target.pk]) if isinstance(target, Page) else None,
            }
        )
        accepted_tokens |= tokens(translation, gap.segment_ids)
    context = {
        "items": items,
        "carried": carried,
        "accept_field": completeness.ACCEPT_FIELD,
        "accepted_segments": ACCEPTED_SEGMENTS,
        "accepted_tokens": sorted(accepted_tokens),
        "form_action": request.get_full_path(),
        "back_url": back_url,
        "submit": submit,
        "can_accept": can_accept,
        "header_title": _("Untranslated fields"),
        "page_title": _("Untranslated fields"),
        "header_icon": "wagtail-localize-language",
    }
    return render(request, "translation_publishing/untranslated_fields.html", context)


def register_log_actions(actions):
    completeness.register_log_action(actions)


def submit_for_moderation(page, user):
    """Start the page's workflow on its latest revision (unless it is already under review)."""
    page = page.specific
    if page.workflow_in_progress:
        return 1
    page.get_workflow().start(page, user)
    return 1
