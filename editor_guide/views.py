"""The editor's guide: one admin page, in the viewer's admin language."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from partners.models.organisations import organisations_edited_by

# Each language's guide is a template of its own (prose does not belong in a catalog).
GUIDE_LANGUAGES = ("ka", "az", "en")


def guide_language(language=None):
    """The guide for an admin language: its own, else the site's default (Georgian)."""
    code = (language or get_language() or "").split("-")[0].lower()
    return code if code in GUIDE_LANGUAGES else settings.LANGUAGE_CODE


class EditorGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editor_guide/guide.html"
    page_title = _("Editor's guide")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        language = guide_language()
        # The viewer's own section only (partners decides which pages those are), its
        # translation in the guide's language first.
        sections = sorted(
            organisations_edited_by(self.request.user).select_related("locale", "collection"),
            key=lambda page: (page.locale.language_code != language, page.path),
        )
        return super().get_context_data(
            guide_language=language,
            guide_template=f"editor_guide/guide_{language}.html",
            section=sections[0] if sections else None,
            **kwargs,
        )
