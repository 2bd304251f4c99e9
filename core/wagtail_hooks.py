"""Admin fixes so that editors read the admin in Georgian or Azerbaijani only."""

from django.templatetags.static import static
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.models import Page
from wagtail_localize.models import StringTranslation


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("core/admin.css"))


@hooks.register("insert_editor_js")
def translation_editor_js():
    # The translation editor's template outputs this hook too (and so does the page editor,
    # where the script finds no translation editor and does nothing).
    return format_html('<script src="{}" defer></script>', static("core/translation-editor.js"))


# Wagtail translates these defaults with gettext when its module is imported, so every editor
# got the language the process started in (Georgian, the default): "ძიება" for an Azerbaijani
# editor. Lazy, they follow each editor's language. The views read them when the admin's URLs
# are built, after every wagtail_hooks module is imported.
ChooserViewSet.choose_one_text = _("Choose")
ChooserViewSet.choose_another_text = _("Choose another")
ChooserViewSet.edit_item_text = _("Edit")
ChooserViewSet.search_tab_label = _("Search")
ChooserViewSet.create_action_label = _("Create")


def _localised_comment(self):
    """wagtail-localize's note under a translated segment ("Translated manually on …"), with the
    date in the editor's language: it formats it with strftime("%B"), English month names."""
    date = formats.date_format(timezone.localtime(self.updated_at), "DATE_FORMAT")
    if self.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(tool_name=self.tool_name, date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


StringTranslation.get_comment = _localised_comment


_page_admin_display_title = Page.get_admin_display_title


def _admin_display_title(self):
    """The root page, titled "Root" by Wagtail's first migration, heads a member editor's
    breadcrumbs (their section is in three language trees): named in the editor's language."""
    if self.depth == 1 and (self.draft_title or self.title) == "Root":
        return pgettext("the top of the page tree", "Root")
    return _page_admin_display_title(self)


Page.get_admin_display_title = _admin_display_title
