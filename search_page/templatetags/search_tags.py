from django import template

from core.templatetags.coalition_tags import language_code, teaser

register = template.Library()


@register.simple_tag
def marked_title(page, marker):
    """``{% marked_title result query_marker %}``: the title with its matching words marked
    (``marker``: the request's search_page.highlight.QueryMarker)."""
    return marker.highlight(page.title, language_code(page))


@register.simple_tag
def matching_passage(page, marker):
    """``{% matching_passage result query_marker %}``: the passage of the page's text around
    its first matching word, inflected forms marked; its summary when nothing in the text matches.
    The page's own text only, as loaded with the result: the names of its places, partners and
    donors (also indexed) would cost queries for every result."""
    texts = getattr(page, "own_searchable_texts", None)
    text = " ".join(" ".join(texts()).split()) if texts else ""
    return marker.passage(text or teaser(page, 60), language_code(page))
