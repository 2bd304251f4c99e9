"""``{{ items|grid_class:"logos" }}``: column counts that leave no lone item at the end of a grid.

A grid that simply fits as many columns as it can ends 9 members as 4/4/1. For a known number
of items, each breakpoint picks, within the columns its width allows for that kind of grid, the
count whose last row is the fullest (on a tie, more columns). site.css
has a class per breakpoint and count: ``grid-p<n>`` (phones), ``grid-t<n>`` (tablets),
``grid-d<n>`` (desktops).
"""

from django import template

register = template.Library()

# Per kind of grid and breakpoint, the fewest and most columns that keep its items readable.
COLUMNS = {
    "cards": {"p": (1, 1), "t": (2, 2), "d": (2, 3)},
    "logos": {"p": (2, 2), "t": (3, 4), "d": (3, 5)},
    "organisations": {"p": (1, 1), "t": (2, 2), "d": (2, 3)},
}


def columns_for(count, fewest, most):
    """The column count in fewest..most whose last row is the fullest; ``most`` when the items
    fit one row (no row is left alone then, and the items are as wide as in the page's other
    grids of that kind)."""
    if count <= most:
        return most

    def last_row_filled(columns):
        return (count % columns or columns) / columns

    return max(range(fewest, most + 1), key=lambda columns: (last_row_filled(columns), columns))


@register.filter
def grid_class(items, kind):
    """The grid's column classes for ``items`` (a list, a queryset or a number)."""
    breakpoints = COLUMNS.get(kind)
    if breakpoints is None:
        return ""
    try:
        count = items if isinstance(items, int) else len(items)
    except TypeError:
        return ""
    return " ".join(f"grid-{name}{columns_for(count, *limits)}" for name, limits in breakpoints.items())
