"""The regions of Georgia and Azerbaijan as a tile map: a square per region on a grid, roughly
where it lies (hand-placed below, keyed by the region's slug), shaded by what was stated for it.

A map per country, server-rendered SVG with a title and description (``role="img"``); the page
shows the same figures in a table beside it. A tile is labelled with the region's name in the
page's language where the region is in the database, else with a short code on a blank tile.
Colours are classes of the site's stylesheet, with presentation attributes (``fill=``) as the
fallback, never ``style`` attributes (the public Content Security Policy forbids them).

What shades a tile: with one currency, the amount in it; with several, the combined amount where
exchange rates give one for every currency; otherwise the number of projects. Amounts of
different currencies are never added without a rate.
"""

import math
import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from funding.charts import amount_text
from partners.models.places import Country


@dataclass(frozen=True)
class Tile:
    slug: str
    col: int
    row: int
    code: str  # the label of a region not in the database


# Georgia's regions (mkhare, with Tbilisi and the autonomous republics) and Azerbaijan's economic
# regions (2021), west to east and north to south. Nakhchivan, an exclave, sits below East Zangezur.
LAYOUT = {
    Country.GEORGIA: (
        Tile("abkhazia", 0, 0, "AB"),
        Tile("samegrelo-zemo-svaneti", 1, 0, "SZ"),
        Tile("racha-lechkhumi-kvemo-svaneti", 2, 0, "RL"),
        Tile("mtskheta-mtianeti", 3, 0, "MM"),
        Tile("kakheti", 4, 0, "KA"),
        Tile("guria", 1, 1, "GU"),
        Tile("imereti", 2, 1, "IM"),
        Tile("shida-kartli", 3, 1, "SK"),
        Tile("tbilisi", 4, 1, "TB"),
        Tile("adjara", 1, 2, "AJ"),
        Tile("samtskhe-javakheti", 2, 2, "SJ"),
        Tile("kvemo-kartli", 3, 2, "KK"),
    ),
    Country.AZERBAIJAN: (
        Tile("gazakh-tovuz", 0, 0, "GT"),
        Tile("shaki-zagatala", 1, 0, "SZ"),
        Tile("quba-khachmaz", 2, 0, "GK"),
        Tile("ganja-dashkasan", 0, 1, "GD"),
        Tile("central-aran", 1, 1, "CA"),
        Tile("mountainous-shirvan", 2, 1, "MS"),
        Tile("absheron-khizi", 3, 1, "AK"),
        Tile("baku", 4, 1, "BA"),
        Tile("east-zangezur", 0, 2, "EZ"),
        Tile("karabakh", 1, 2, "KR"),
        Tile("mil-mughan", 2, 2, "MM"),
        Tile("shirvan-salyan", 3, 2, "SS"),
        Tile("nakhchivan", 0, 3, "NX"),
        Tile("lankaran-astara", 3, 3, "LA"),
    ),
}
# Other spellings editors may have used for a slug.
ALIASES = {
    "guba-khachmaz": "quba-khachmaz",
    "ajara": "adjara",
    "racha-lechkhumi-and-kvemo-svaneti": "racha-lechkhumi-kvemo-svaneti",
}
ON_MAP = {tile.slug for tiles in LAYOUT.values() for tile in tiles}

# Geometry in user units.
TILE = 100
GAP = 6
PADDING = 5
EDGE = 2  # room for the outer tiles' borders
LINE_HEIGHT = 1.15
LABEL_SIZES = (18, 17, 16, 15, 14, 13)
CODE_SIZE = 18
# The four shades, lightest first (the stylesheet's classes tile-shade-1…4 repeat them), and the
# blank tile of a region with nothing stated.
SHADES = {0: "#ffffff", 1: "#e3f1ed", 2: "#a9d3c7", 3: "#5fa694", 4: "#0b6654"}
BORDER = "#b9b5aa"
TEXT_DARK, TEXT_LIGHT, TEXT_MUTED = "#1f2328", "#ffffff", "#59626d"


def slug_on_map(slug):
    slug = ALIASES.get(slug, slug)
    return slug if slug in ON_MAP else None


# --- What shades a tile --------------------------------------------------------------------


@dataclass
class Measure:
    """``kind``: "amount" (one currency), "combined" (several, all with rates) or "projects"."""

    kind: str
    currency: str | None = None

    @classmethod
    def for_portfolio(cls, portfolio):
        currencies = portfolio.currencies
        if len(currencies) == 1:
            return cls("amount", currencies[0])
        if currencies and portfolio.combined_total() is not None:
            return cls("combined", portfolio.combined_currency)
        return cls("projects")

    def of(self, row):
        if self.kind == "amount":
            return row.amounts.get(self.currency) or Decimal(0)
        if self.kind == "combined":
            return row.combined or Decimal(0)
        return len(row.projects)

    def text(self, value):
        if self.kind == "projects":
            return ngettext("%(count)s project", "%(count)s projects", value) % {"count": value}
        return f"{amount_text(value)} {self.currency}"


def _round_up(value):
    """``value`` rounded up to two significant digits (a legend's bound)."""
    if value <= 0:
        return Decimal(0)
    exponent = math.floor(math.log10(value)) - 1
    unit = Decimal(10) ** exponent
    return (Decimal(value) / unit).to_integral_value(ROUND_CEILING) * unit


def bounds_for(values, integer):
    """The upper bounds of up to four shades for these (positive) values."""
    largest = max(values)
    if integer:
        bounds = [math.ceil(largest * k / 4) for k in range(1, 5)]
    else:
        bounds = [_round_up(largest * k / 4) for k in range(1, 5)]
    return sorted(set(bounds))


def shade_of(value, bounds):
    """The shade class (1…4, the darkest for the largest) of a positive value; 0 for none."""
    if not value:
        return 0
    first = 5 - len(bounds)  # fewer bounds use the darker shades
    return first + next((i for i, bound in enumerate(bounds) if value <= bound), len(bounds) - 1)


def legend_for(bounds, integer):
    """[(shade, label)], the label the range of values of each shade."""
    items, previous = [], None
    for i, bound in enumerate(bounds):
        shade = 5 - len(bounds) + i
        if integer:
            low = 1 if previous is None else previous + 1
            label = str(bound) if low == bound else f"{low}–{bound}"
        else:
            label = f"≤ {amount_text(bound)}" if previous is None else f"{amount_text(previous)} – {amount_text(bound)}"
        items.append((shade, label))
        previous = bound
    return items


# --- Drawing -------------------------------------------------------------------------------


def _em(text):
    """The average width of the text's characters in em: Georgian letters are wider."""
    return 0.64 if re.search("[\u10a0-\u10ff\u1c90-\u1cbf]", text) else 0.58


def wrap(name, size):
    """The name in lines that fit a tile at font ``size``: broken at spaces and after hyphens."""
    room = TILE - 2 * PADDING
    per_line = max(1, int(room / (size * _em(name))))
    lines = []
    for word in (w for w in re.split(r"(?<=-)|\s+", name) if w):
        joiner = "" if lines and lines[-1].endswith("-") else " "
        if lines and len(lines[-1]) + len(joiner) + len(word) <= per_line:
            lines[-1] += joiner + word
        else:
            lines.append(word)
    return lines


def fit(name):
    """(font size, lines): the largest size at which the name fits its tile."""
    room = TILE - 2 * PADDING
    for size in LABEL_SIZES:
        lines = wrap(name, size)
        fits_across = all(len(line) * size * _em(line) <= room for line in lines)
        if fits_across and len(lines) * size * LINE_HEIGHT <= room:
            return size, lines
    return LABEL_SIZES[-1], wrap(name, LABEL_SIZES[-1])


def _label(x, y, name, fill, css="tile-map__name"):
    size, lines = fit(name)
    first = y + TILE / 2 - (len(lines) - 1) * size * LINE_HEIGHT / 2 + size * 0.35
    spans = "".join(
        f'<tspan x="{x + TILE / 2:.0f}" y="{first + i * size * LINE_HEIGHT:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text font-size="{size}" text-anchor="middle" fill="{fill}" class="{css}">{spans}</text>'


@dataclass
class TileMap:
    country: str
    title: str
    description: str
    svg: str
    dom_id: str


def draw_country(country, tiles, dom_id, title, description):
    """The SVG of one country's tiles: [(Tile, name or None, shade, tooltip)]."""
    cols = max(tile.col for tile, *_ in tiles) + 1
    rows = max(tile.row for tile, *_ in tiles) + 1
    width = cols * TILE + (cols - 1) * GAP + 2 * EDGE
    height = rows * TILE + (rows - 1) * GAP + 2 * EDGE
    parts = []
    for tile, name, shade, tooltip in tiles:
        x, y = tile.col * (TILE + GAP), tile.row * (TILE + GAP)
        dashes = ' stroke-dasharray="4 3"' if shade == 0 else ""
        parts.append(
            f'<g class="tile-map__tile tile-shade-{shade}" data-region="{tile.slug}"><title>{escape(tooltip)}</title>'
            f'<rect x="{x}" y="{y}" width="{TILE}" height="{TILE}" rx="4" fill="{SHADES[shade]}" '
            f'stroke="{BORDER}"{dashes}/>'
        )
        if name and shade:
            parts.append(_label(x, y, name, TEXT_LIGHT if shade == 4 else TEXT_DARK))
        elif name:
            parts.append(_label(x, y, name, TEXT_MUTED, "tile-map__name tile-map__name--none"))
        else:
            parts.append(
                f'<text x="{x + TILE / 2:.0f}" y="{y + TILE / 2 + CODE_SIZE * 0.35:.1f}" font-size="{CODE_SIZE}" '
                f'text-anchor="middle" fill="{TEXT_MUTED}" class="tile-map__code">{tile.code}</text>'
            )
        parts.append("</g>")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="tile-map" viewBox="-{EDGE} -{EDGE} {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-labelledby="{dom_id}-title {dom_id}-desc" '
        f'id="{dom_id}" data-country="{country}">'
        f'<title id="{dom_id}-title">{escape(title)}</title><desc id="{dom_id}-desc">{escape(description)}</desc>'
        + "".join(parts)
        + "</svg>"
    )


def region_maps(rows, names, measure):
    """The maps (a TileMap per country) and the legend ([(shade, label)]) for a breakdown by
    region (``Portfolio.by_region()``); ``names``: {slug: name} of the regions of the page's
    language in the database."""
    by_slug = {slug_on_map(row.key): row for row in rows if row.key and slug_on_map(row.key)}
    values = [measure.of(row) for row in by_slug.values() if measure.of(row)]
    integer = measure.kind == "projects"
    bounds = bounds_for(values, integer) if values else []
    names = {ALIASES.get(slug, slug): name for slug, name in names.items()}
    maps = []
    for country, layout in LAYOUT.items():
        tiles, described = [], []
        for tile in layout:
            row = by_slug.get(tile.slug)
            name = row.label if row is not None else names.get(tile.slug)
            value = measure.of(row) if row is not None else 0
            if value:
                tooltip = f"{name}: {measure.text(value)}"
                described.append(tooltip)
            else:
                tooltip = f"{name or tile.code}: {_('no funding stated')}"
            tiles.append((tile, name, shade_of(value, bounds), tooltip))
        dom_id = f"map-{country.lower()}"
        title = _("%(country)s: funding by region") % {"country": Country(country).label}
        if described:
            description = _("Regions with stated funding: %(regions)s.") % {"regions": "; ".join(described)}
        else:
            description = _("No funding is stated for a region of this country.")
        svg = mark_safe(draw_country(country, tiles, dom_id, title, description))
        maps.append(TileMap(country, title, description, svg, dom_id))
    return maps, legend_for(bounds, integer)
