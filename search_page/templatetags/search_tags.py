from django import template

from core.templatetags.coalition_tags import teaser
from search_page.highlight import highlight, passage

register = template.Library()


@register.simple_tag
def marked_title(page, query):
    """``{% marked_title result search_query %}``: the title with its matching words marked."""
    return highlight(page.title, query, page.locale.language_code)


@register.simple_tag
def matching_passage(page, query):
    """``{% matching_passage result search_query %}``: the passage of the page's text around
    its first matching word, inflected forms marked; its summary when nothing in the text matches."""
    texts = getattr(page, "_searchable_texts", None)
    text = " ".join(" ".join(texts()).split()) if texts else ""
    return passage(text or teaser(page, 60), query, page.locale.language_code)
