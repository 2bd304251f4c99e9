"""Pictures on the public site: which renditions each use of an image asks for (cards, lead
images, logos), reading them for a whole listing at once, and what stands in for a missing one
(the initials of a name, a tone derived from a slug).

The renditions are those of ``{% picture %}`` (core/templatetags/pictures.py): every width in
AVIF, WebP and JPEG (PNG for logos, which may be transparent), so the browser takes the
smallest it can show.
"""

import unicodedata
import zlib
from dataclasses import dataclass

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.images.models import Filter


@dataclass(frozen=True)
class PictureUse:
    sizes: str
    # Wagtail filter specs with brace expansion, as {% picture %} takes them.
    specs: tuple[str, ...]

    @property
    def filter_specs(self):
        return Filter.expand_spec(list(self.specs))


USES = {
    # A card's slot: 16:9, a third of the container on wide screens, half on tablets, the
    # whole width on a phone.
    "card": PictureUse(
        sizes="(min-width: 72rem) 23rem, (min-width: 40rem) 50vw, 100vw",
        specs=("fill-{400x225,640x360,960x540}-c50", "format-{avif,webp,jpeg}"),
    ),
    # The lead image: the text column's width (46rem at most), the whole width on a phone.
    "lead": PictureUse(
        sizes="(min-width: 48rem) 46rem, 100vw",
        specs=("width-{640,1024,1600}", "format-{avif,webp,jpeg}"),
    ),
    # Logos: never cropped, shown at most 6rem high (twice that for sharp screens).
    "logo": PictureUse(sizes="12rem", specs=("max-{240x96,480x192}", "format-{webp,png}")),
}

# How many placeholder and initials colours site.css defines (.tone-0 … .tone-5).
TONES = 6


def tone(key):
    """A stable colour number for ``key`` (a slug): the same organisation, the same colour."""
    return zlib.crc32(str(key or "").encode()) % TONES


def with_pictures(objects, field="image", use="card"):
    """Read the ``field`` image of each of ``objects`` (pages of any types, or anything with
    that foreign key) and the renditions ``use`` asks for: two queries for the whole list (one
    when the images came with a select_related, none when nothing has an image) instead of two
    per card. Returns the list."""
    objects = list(objects)
    owners = [obj for obj in objects if hasattr(type(obj), field)]
    images, to_read = [], {}
    for obj in owners:
        foreign_key = type(obj)._meta.get_field(field)
        if foreign_key.is_cached(obj):
            images.append(getattr(obj, field))
        elif getattr(obj, foreign_key.attname) is not None:
            to_read.setdefault(getattr(obj, foreign_key.attname), []).append(obj)
    if to_read:
        for image in get_image_model().objects.filter(pk__in=to_read):
            for obj in to_read.pop(image.pk):
                type(obj)._meta.get_field(field).set_cached_value(obj, image)
            images.append(image)
        for orphans in to_read.values():  # their image was deleted meanwhile
            for obj in orphans:
                type(obj)._meta.get_field(field).set_cached_value(obj, None)
    images = [image for image in images if image is not None]
    if images:
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=USES[use].filter_specs)
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))
    return objects


QUOTES = "\"'„“”«»‘’‚"


def _is_georgian(char):
    return "\u10a0" <= char <= "\u10ff" or "\u1c90" <= char <= "\u1cbf"


def initials(name, language_code=""):
    """One or two letters standing for ``name`` in its own script: the first letters of the
    quoted name if it has one (ორგანიზაცია „მერკური“ → მ), else of its first two words
    (ქალთა საინფორმაციო ცენტრი → ქს, Qadın İnformasiya Mərkəzi → Qİ). Georgian letters stay
    Mkhedruli (their capitals, Mtavruli, read as shouting); others are capitalised, with the
    Azerbaijani dotted İ."""
    name = unicodedata.normalize("NFC", str(name or ""))
    for opening, closing in ("„“", "“”", "«»", '""'):
        start = name.find(opening)
        end = name.find(closing, start + 1) if start >= 0 else -1
        if start >= 0 and end > start + 1:
            name = name[start + 1 : end]
            break
    letters = []
    for word in name.replace("/", " ").split():
        first = next((char for char in word.strip(QUOTES) if char.isalpha()), None)
        if first is not None:
            letters.append(first)
        if len(letters) == 2:
            break
    result = []
    for char in letters:
        if _is_georgian(char):
            result.append(char)
        elif char == "i" and language_code == "az":
            result.append("İ")
        else:
            result.append(char.upper())
    return "".join(result)
