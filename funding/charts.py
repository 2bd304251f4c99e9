"""Funding by year as server-rendered SVG: one small bar chart per currency (small multiples,
never one axis for two currencies), horizontal bars with their value at the end, an axis with
gridlines, and a title and description for screen readers (``role="img"``). The page shows the
same figures in a table beside it.

No JavaScript and nothing the public Content Security Policy forbids: colours are presentation
attributes (``fill=``) and classes of the site's stylesheet, never ``style`` attributes. Every
figure is written with ``floatformat:"0g"``, the filter the tables use, so chart and table say
the same numbers in the reader's language.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from django.template.defaultfilters import floatformat
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

# Geometry, in the SVG's user units (the drawing scales to the width the stylesheet gives it).
WIDTH = 360  # the stylesheet shows it at most this many pixels wide
FONT_SIZE = 14
TICK_SIZE = 12
ROW_PITCH = 28
BAR_HEIGHT = 18
LABEL_WIDTH = 46  # the years on the left
TOP = 6
AXIS_GAP = 4
TICK_LABELS = 22
DIGIT_EM = 0.6  # the width of a digit (and of a group separator, at most) in em

BAR_FILL = "#0b6654"  # --color-accent
TEXT_FILL = "#1f2328"  # --color-text
MUTED_FILL = "#59626d"  # --color-muted
GRID_STROKE = "#dcd9d0"  # --color-border


def amount_text(value):
    """An amount as the tables write it (``floatformat:"0g"``: rounded, grouped as the active
    language groups digits), or "—" where there is none."""
    return "—" if value is None else str(floatformat(value, "0g"))


def nice_step(largest, ticks=3):
    """A round step (1, 2, 2.5 or 5 × a power of ten) giving about ``ticks`` intervals up to ``largest``."""
    if largest <= 0:
        return Decimal(1)
    raw = Decimal(largest) / ticks
    power = Decimal(10) ** math.floor(math.log10(raw))
    for factor in (1, 2, Decimal("2.5"), 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power  # pragma: no cover (the loop ends at 10)


@dataclass
class Bar:
    label: str  # the year
    value: Decimal | None
    text: str  # the value as written on the chart and in the table


@dataclass
class BarChart:
    """One currency's bars, and the SVG drawing them."""

    currency: str
    bars: list
    dom_id: str

    @property
    def title(self):
        return _("Funding by year in %(currency)s") % {"currency": self.currency}

    @property
    def description(self):
        stated = [f"{bar.label}: {bar.text} {self.currency}" for bar in self.bars if bar.value is not None]
        return "; ".join(stated) + "."

    @property
    def svg(self):
        return mark_safe(draw(self))


def year_charts(rows, currencies, prefix="by-year"):
    """[BarChart] for a breakdown by year (``Portfolio.by_year()``): one per currency, each with
    every year of the breakdown so the small multiples line up."""
    return [
        BarChart(
            currency,
            [Bar(row.label, row.amounts.get(currency), amount_text(row.amounts.get(currency))) for row in rows],
            f"{prefix}-{currency.lower()}",
        )
        for currency in currencies
    ]


def _text(x, y, content, *, anchor="start", fill=TEXT_FILL, css="", size=FONT_SIZE):
    css_attr = f' class="{css}"' if css else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}"{css_attr}>'
        f"{escape(content)}</text>"
    )


def draw(chart):
    """The SVG markup of one chart."""
    values = [bar.value for bar in chart.bars if bar.value is not None]
    largest = max(values, default=Decimal(0))
    step = nice_step(largest)
    top_of_axis = step * max(1, math.ceil(largest / step)) if largest > 0 else step
    widest = max((len(bar.text) for bar in chart.bars), default=1)
    value_room = widest * DIGIT_EM * FONT_SIZE + 8
    x0 = LABEL_WIDTH
    x1 = WIDTH - value_room - 4
    scale = (x1 - x0) / float(top_of_axis)
    axis_y = TOP + len(chart.bars) * ROW_PITCH + AXIS_GAP
    height = axis_y + TICK_LABELS + 4

    parts = []
    # Gridlines and the axis's ticks, labelled with the amounts.
    ticks = int(top_of_axis / step)
    for n in range(ticks + 1):
        x = x0 + float(step * n) * scale
        parts.append(
            f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{axis_y}" stroke="{GRID_STROKE}" class="chart__grid"/>'
        )
        parts.append(_text(x, axis_y + 17, amount_text(step * n), anchor="middle", fill=MUTED_FILL, size=TICK_SIZE))
    parts.append(
        f'<line x1="{x0}" y1="{axis_y}" x2="{x1:.1f}" y2="{axis_y}" stroke="{MUTED_FILL}" class="chart__axis"/>'
    )
    parts.append(f'<line x1="{x0}" y1="{TOP}" x2="{x0}" y2="{axis_y}" stroke="{MUTED_FILL}" class="chart__axis"/>')
    # A bar per year, its value at its end.
    for i, bar in enumerate(chart.bars):
        y = TOP + i * ROW_PITCH + (ROW_PITCH - BAR_HEIGHT) / 2
        middle = y + BAR_HEIGHT / 2 + FONT_SIZE * 0.35
        parts.append(_text(x0 - 6, middle, bar.label, anchor="end", css="chart__label"))
        length = float(bar.value) * scale if bar.value else 0
        if length > 0:
            parts.append(
                f'<rect x="{x0}" y="{y:.1f}" width="{max(length, 1):.1f}" height="{BAR_HEIGHT}" '
                f'fill="{BAR_FILL}" class="chart__bar"/>'
            )
        parts.append(_text(x0 + length + 5, middle, bar.text, css="chart__value"))

    title_id, desc_id = f"{chart.dom_id}-title", f"{chart.dom_id}-desc"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'width="{WIDTH}" height="{height:.0f}" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'id="{chart.dom_id}" data-currency="{escape(chart.currency)}">'
        f'<title id="{title_id}">{escape(chart.title)}</title>'
        f'<desc id="{desc_id}">{escape(chart.description)}</desc>' + "".join(parts) + "</svg>"
    )
