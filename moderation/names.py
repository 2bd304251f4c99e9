"""Workflow and task names in the viewer's language.

Wagtail reads ``workflow.name`` and ``task.name`` in some forty places: templates (dashboards,
history, the status side panel), Python strings ("Submit to %(workflow_name)s", the lock banner's
``str.format``), the e-mails, and it copies them into the log entries' JSON. Overriding each of
those templates and views would be fragile, and storing a translated name would make it one
language for everybody. So the names stay stored as typed; reading the field returns a
``TranslatableName``: a ``str`` whose value is the stored name (what the database, JSON, lookups,
comparisons and hashing see) but whose text (``str()``, ``%s``, ``format()``, templates) is its
translation, looked up in the catalogs (the names we create are marked with gettext_noop). A
name without a translation, such as one an administrator types later, shows as typed.

A form shows the translation (Django renders ``str(value)``), so a Georgian administrator who
saves a workflow without renaming it would send back the Georgian name: ``keep_stored_name``
restores the stored one when the submitted name is merely its translation.
"""

import copy
import types

from django.conf import settings
from django.db.models.query_utils import DeferredAttribute
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

# Wagtail's own default workflow and task (its migration creates them; retired when unused).
gettext_noop("Moderators approval")


class TranslatableName(str):
    """A stored name; its text is its translation in the active language."""

    def raw(self):
        return str.__str__(self)

    def __str__(self):
        raw = self.raw()
        # gettext("") would return the catalog's header.
        return gettext(raw) if raw else raw

    def __format__(self, spec):
        return format(str(self), spec)


def translated(name):
    return TranslatableName(name) if isinstance(name, str) else name


class TranslatedNameAttribute(DeferredAttribute):
    """The model field's attribute, returning its value as a ``TranslatableName``. A data
    descriptor (with ``__set__``), so it is asked on every read, not bypassed by the
    instance's ``__dict__``."""

    def __get__(self, instance, cls=None):
        value = super().__get__(instance, cls)
        if instance is None or isinstance(value, TranslatableName):
            return value
        return translated(value)

    def __set__(self, instance, value):
        if isinstance(value, TranslatableName):
            value = value.raw()
        instance.__dict__[self.field.attname] = value


def _translated_str(self):
    return str(self.name)


def _stored_value_to_string(field, obj):
    """The serializers (dumpdata, the test database's serialized copy) write the stored name:
    ``str`` is not one of their "protected" types, so they would write the translation."""
    value = field.value_from_object(obj)
    return value.raw() if isinstance(value, TranslatableName) else value


def install(*models):
    for model in models:
        field = model._meta.get_field("name")
        model.name = TranslatedNameAttribute(field)
        field.value_to_string = types.MethodType(_stored_value_to_string, field)
        # Wagtail's __str__ returns the name itself, whose raw value "%s" % workflow would use.
        model.__str__ = _translated_str


def keep_stored_name(sender, instance, raw=False, **kwargs):
    """pre_save of workflows and tasks: a name submitted as the translation of the stored one
    keeps the stored one (the edit form showed the translation)."""
    from wagtail.models import Task, Workflow

    if raw or instance.pk is None or not isinstance(instance, (Workflow, Task)):
        return
    stored = type(instance)._base_manager.filter(pk=instance.pk).values_list("name", flat=True).first()
    submitted = instance.__dict__.get("name")
    if not stored or submitted == stored:
        return
    translations = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translations.add(gettext(stored))
    if submitted in translations:
        instance.name = stored


# --- History: Wagtail's log formatters read the names copied into each entry's data ----------

WORKFLOW_LOG_ACTIONS = (
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
)


def _with_translatable_titles(data):
    if isinstance(data, dict):
        return {
            key: translated(value) if key == "title" else _with_translatable_titles(value)
            for key, value in data.items()
        }
    return data


def translate_log_names(actions):
    """register_log_actions hook (after Wagtail's): the workflow entries' formatters get the
    entry with its workflow and task titles translatable, and keep their own wording."""
    for action in WORKFLOW_LOG_ACTIONS:
        formatter = actions.formatters.get(action)
        if formatter is None or getattr(formatter, "translates_names", False):
            continue

        class NamesInViewerLanguage(type(formatter)):
            translates_names = True

            def format_message(self, log_entry):
                entry = copy.copy(log_entry)
                entry.data = _with_translatable_titles(log_entry.data)
                return super().format_message(entry)

        actions.formatters[action] = NamesInViewerLanguage()
