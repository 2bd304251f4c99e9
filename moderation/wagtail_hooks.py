from wagtail import hooks

from moderation.feedback import add_changes_requested_panel, show_request_in_editor
from moderation.names import translate_log_names

hooks.register("before_edit_page", show_request_in_editor)
hooks.register("construct_homepage_panels", add_changes_requested_panel)
# After Wagtail's own registrations of the workflow actions, which it wraps.
hooks.register("register_log_actions", translate_log_names, order=100)
