"""Admin: Topics in the admin menu (for those allowed to manage them: coalition staff) and the
topic chooser, searched by name in the database like the places' (core/choosers.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from core.choosers import VocabularyViewSet

from .models import Topic


class TopicViewSet(VocabularyViewSet):
    """Only coalition staff hold its add/change/delete permissions (partners.sections), so only
    they see it in the menu; member editors choose topics on the page."""

    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_name = "topics"
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(TopicViewSet)
