"""The demo's images in Wagtail's library: each drawn once (home/demo/pictures.py, logos.py)
and found by its title on a later run, so loading the demo again draws and writes nothing.
Each function returns (image, whether it was created)."""

import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from . import logos, pictures

# As on a real site, a few pages have no picture (their cards show the placeholder).
WITHOUT_PICTURE = {
    "baghdati-anti-corruption-provision",
    "terjola-working-group-results",
    "quba-right-to-the-city-meeting-2027",
    "unscr-1325-municipalities-phase-2",
}


def stored(title, filename, draw, description=""):
    """The library's image called ``title``, drawn (``draw()`` gives PNG bytes) when missing."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing, False
    image = Image(title=title, description=description)
    image.file = ImageFile(io.BytesIO(draw()), name=filename)
    image.save()
    image.get_file_hash()  # saved, as an upload's is: an upload of the same file then reuses it
    return image, True


def first_language(texts):
    return next(code for code in ("ka", "az", "en") if texts.get(code))


def page_picture(item, kind):
    """The picture of a news item, event or project (None for the few without): a scene for its
    topics, described (its alt text) in its first language."""
    if item["slug"] in WITHOUT_PICTURE:
        return None, False
    scene = pictures.scene_for(item.get("topics"), kind)
    return stored(
        f"Demo picture: {item['slug']}",
        f"{item['slug']}.png",
        lambda: pictures.illustration(item["slug"], scene),
        pictures.SCENE_DESCRIPTIONS[scene][first_language(item["title"])],
    )


def quoted(name):
    """The name in quotes of a title like ორგანიზაცია „მერკური“, or ""."""
    for opening, closing in ("„“", "“”"):
        start = name.find(opening)
        end = name.find(closing, start + 1) if start >= 0 else -1
        if end > start + 1:
            return name[start + 1 : end]
    return ""


def organisation_logo(item):
    """A mark and the acronym over the full name, or the short name, in the first language's script."""
    name = item["title"][first_language(item["title"])]
    short = item.get("acronym") or quoted(name) or name.split(" – ")[0]
    return stored(
        f"Logo of {item['title'].get('en') or name}",
        f"logo-{item['slug']}.png",
        lambda: logos.logo(item["slug"], short, name if item.get("acronym") else ""),
    )


def donor_logo(item):
    """A seal and the donor's name as it writes it (in English here)."""
    name = item["title"].get("en") or item["title"][first_language(item["title"])]
    return stored(f"Logo of {name}", f"logo-{item['slug']}.png", lambda: logos.seal(item["slug"], name, item["kind"]))
