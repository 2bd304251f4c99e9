"""``{% picture_for image "card" %}``: one responsive picture, as every template shows images.

Wagtail's ``Picture`` (what ``{% picture %}`` renders) with the renditions core/pictures.py
names for the use: a <source> per modern format with a srcset of every width, an <img> with
width and height (nothing shifts while it loads) and decoding="async". Lazy unless ``eager``
(the lead image and the first cards, above the fold; the lead image is also fetched first).
The alt text is the image's own (its description or title) unless the template gives one;
``decorative=True`` gives alt="" where the title is printed next to the image.
"""

from django import template
from django.utils.translation import get_language
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from core import pictures

register = template.Library()


@register.simple_tag
def picture_for(image, use, *, eager=False, decorative=False, alt=None, css_class=None, sizes=None):
    if not image:
        return ""
    picture_use = pictures.USES[use]
    renditions = get_renditions_or_not_found(image, picture_use.filter_specs)
    attrs = {"sizes": sizes or picture_use.sizes, "decoding": "async"}
    if eager:
        if use == "lead":
            attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
    if decorative:
        attrs["alt"] = ""
    elif alt:
        attrs["alt"] = alt
    if css_class:
        attrs["class"] = css_class
    return Picture(renditions, attrs).__html__()


@register.filter
def tone(key):
    """The colour class number of a placeholder or initials box (core.pictures.tone)."""
    return pictures.tone(key)


@register.filter
def initials(organisation):
    """The one or two letters standing for an organisation when it has no logo: from its title
    in the page's language, which is the reader's (core.pictures.initials)."""
    return pictures.initials(getattr(organisation, "title", ""), get_language() or "")
