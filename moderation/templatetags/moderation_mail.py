from django import template

from moderation.notifications import admin_base_url

register = template.Library()


@register.simple_tag(name="admin_base_url")
def admin_base_url_tag():
    """The site's address for links in e-mails (see moderation.notifications.admin_base_url)."""
    return admin_base_url()
