"""The demo's logos, drawn with Pillow (nothing copied from anywhere): for a member
organisation a geometric mark and its short name in its own script (with its full name below an
acronym); for a donor an institutional seal (columns for a ministry, a globe for a multilateral
body, a laurel for a foundation) and its name. Drawn from a seed (the slug): the same on every
machine. Transparent 720×288 PNGs, shown at one height everywhere.
"""

import math

from PIL import Image, ImageDraw

from .pictures import PALETTES, font, is_georgian, png_bytes, seeded_random

LOGO_SIZE = (720, 288)

MARKS = ("rings", "petals", "hexagon", "sunrise", "leaf")
SEALS = {"government": "columns", "multilateral": "globe", "foundation": "laurel"}


def _mark(draw, kind, box, colours):
    """A geometric emblem in ``box`` (left, top, size)."""
    left, top, size = box
    cx, cy, r = left + size / 2, top + size / 2, size / 2
    main, second, third = colours
    if kind == "rings":  # three overlapping circles: organisations together
        for i, colour in enumerate((main, second, third)):
            angle = math.tau * i / 3 - math.pi / 2
            x, y = cx + r * 0.33 * math.cos(angle), cy + r * 0.33 * math.sin(angle)
            draw.ellipse((x - r * 0.55, y - r * 0.55, x + r * 0.55, y + r * 0.55), outline=colour, width=int(r * 0.13))
    elif kind == "petals":
        for i in range(6):
            angle = math.tau * i / 6
            x, y = cx + r * 0.45 * math.cos(angle), cy + r * 0.45 * math.sin(angle)
            draw.ellipse((x - r * 0.4, y - r * 0.4, x + r * 0.4, y + r * 0.4), fill=(main, second)[i % 2])
        draw.ellipse((cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3), fill=third)
    elif kind == "hexagon":
        outer = [(cx + r * math.cos(math.tau * i / 6), cy + r * math.sin(math.tau * i / 6)) for i in range(6)]
        inner = [
            (cx + r * 0.55 * math.cos(math.tau * i / 6), cy + r * 0.55 * math.sin(math.tau * i / 6)) for i in range(6)
        ]
        draw.polygon(outer, fill=main)
        draw.polygon(inner, fill=second)
        draw.ellipse((cx - r * 0.2, cy - r * 0.2, cx + r * 0.2, cy + r * 0.2), fill=third)
    elif kind == "sunrise":
        draw.pieslice((left, top + r * 0.3, left + size, top + size * 1.3), 180, 360, fill=main)
        for i in range(7):
            angle = math.pi + math.pi * (i + 0.5) / 7
            x1, y1 = cx + r * 0.62 * math.cos(angle), cy + r * 0.3 + r * 0.62 * math.sin(angle)
            draw.line((cx, cy + r * 0.3, x1, y1), fill=second, width=int(r * 0.09))
        draw.ellipse((cx - r * 0.3, cy, cx + r * 0.3, cy + r * 0.6), fill=third)
        draw.rectangle((left, cy + r * 0.3, left + size, cy + r * 0.45), fill=main)
    else:  # leaf: two mirrored arcs and a stem
        draw.chord((left + r * 0.2, top, left + size * 0.95, top + size * 0.95), 90, 270, fill=main)
        draw.chord((left + r * 0.05, top + r * 0.05, left + size * 0.8, top + size), 270, 90, fill=second)
        draw.line((cx, top + r * 0.2, cx, top + size), fill=third, width=int(r * 0.1))


def _seal(draw, kind, box, colour):
    """An institutional seal: a ring with, inside, columns (a ministry), a globe (a multilateral
    body) or a laurel (a foundation)."""
    left, top, size = box
    cx, cy, r = left + size / 2, top + size / 2, size / 2
    draw.ellipse((left, top, left + size, top + size), outline=colour, width=int(r * 0.07))
    for i in range(24):  # a ring of dots
        angle = math.tau * i / 24
        x, y = cx + r * 0.82 * math.cos(angle), cy + r * 0.82 * math.sin(angle)
        draw.ellipse((x - r * 0.035, y - r * 0.035, x + r * 0.035, y + r * 0.035), fill=colour)
    inner = r * 0.6
    if kind == "columns":
        draw.polygon(
            [(cx - inner, cy - inner * 0.35), (cx, cy - inner * 0.85), (cx + inner, cy - inner * 0.35)], fill=colour
        )
        for i in range(4):
            x = cx - inner * 0.75 + i * inner * 0.5
            draw.rectangle((x - inner * 0.09, cy - inner * 0.25, x + inner * 0.09, cy + inner * 0.55), fill=colour)
        draw.rectangle((cx - inner, cy + inner * 0.62, cx + inner, cy + inner * 0.78), fill=colour)
    elif kind == "globe":
        width = int(r * 0.05)
        draw.ellipse((cx - inner, cy - inner, cx + inner, cy + inner), outline=colour, width=width)
        draw.ellipse((cx - inner * 0.45, cy - inner, cx + inner * 0.45, cy + inner), outline=colour, width=width)
        draw.line((cx, cy - inner, cx, cy + inner), fill=colour, width=width)
        for f in (-0.5, 0, 0.5):
            half = inner * math.sqrt(1 - f * f)
            draw.line((cx - half, cy + f * inner, cx + half, cy + f * inner), fill=colour, width=width)
    else:  # a laurel: leaves along two arcs, open at the top, around a star
        for side in (-1, 1):
            for i in range(7):
                angle = math.pi / 2 + side * (math.pi * 0.12 + i * math.pi * 0.11)
                x, y = cx + inner * 0.85 * math.cos(angle), cy + inner * 0.85 * math.sin(angle)
                tangent = angle + side * math.pi / 2 + side * 0.5
                tip = (x + inner * 0.26 * math.cos(tangent), y + inner * 0.26 * math.sin(tangent))
                normal = tangent + math.pi / 2
                bulge = inner * 0.08
                mid = (x + inner * 0.13 * math.cos(tangent), y + inner * 0.13 * math.sin(tangent))
                draw.polygon(
                    [
                        (x, y),
                        (mid[0] + bulge * math.cos(normal), mid[1] + bulge * math.sin(normal)),
                        tip,
                        (mid[0] - bulge * math.cos(normal), mid[1] - bulge * math.sin(normal)),
                    ],
                    fill=colour,
                )
        star = [
            (
                cx + inner * (0.42 if i % 2 == 0 else 0.18) * math.cos(-math.pi / 2 + i * math.pi / 5),
                cy + inner * (0.42 if i % 2 == 0 else 0.18) * math.sin(-math.pi / 2 + i * math.pi / 5),
            )
            for i in range(10)
        ]
        draw.polygon(star, fill=colour)


def _fit(draw, text, max_width, size, bold=True, smallest=20):
    """The largest font up to ``size`` px at which ``text`` fits ``max_width``."""
    georgian = is_georgian(text)
    while size > smallest:
        face = font(size, georgian, bold)
        if draw.textlength(text, font=face) <= max_width:
            return face
        size -= 4
    return font(smallest, georgian, bold)


def _wrap(text, words_per_line):
    words = text.split()
    if len(words) <= words_per_line:
        return [text]
    middle = math.ceil(len(words) / 2)
    return [" ".join(words[:middle]), " ".join(words[middle:])]


def _text_block(draw, lines, left, max_width, colours):
    """``lines`` as (text, size, bold), stacked and centred vertically in the logo; lines of one
    size stay of one size (the largest at which all of them fit)."""
    fitted = {}
    for text, size, bold in lines:
        face = _fit(draw, text, max_width, size, bold)
        fitted[(size, bold)] = min(fitted.get((size, bold), size), face.size)
    faces = [font(fitted[(size, bold)], is_georgian(text), bold) for text, size, bold in lines]
    heights = [face.getbbox("Hg" + text)[3] for face, (text, _, _) in zip(faces, lines, strict=True)]
    y = (LOGO_SIZE[1] - sum(heights) - 12 * (len(lines) - 1)) / 2
    for face, height, (text, _, _), colour in zip(faces, heights, lines, colours, strict=False):
        draw.text((left, y), text, font=face, fill=colour)
        y += height + 12


def logo(seed, name, subtitle=""):
    """A member organisation's logo: a mark and its short ``name`` (with ``subtitle``, its full
    name, small below), on a transparent 720×288 canvas, as PNG bytes."""
    rng = seeded_random(seed)
    palette = PALETTES[rng.randrange(len(PALETTES))]
    image = Image.new("RGBA", LOGO_SIZE, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    _mark(draw, MARKS[rng.randrange(len(MARKS))], (24, 34, 220), (palette[4], palette[5], palette[3]))
    size = 112 if len(name) <= 5 else 84
    if draw.textlength(name, font=font(size, is_georgian(name))) > (LOGO_SIZE[0] - 292) * 1.4:
        lines = [(line, 64, True) for line in _wrap(name, 1)]  # a long name, on two lines
        subtitle = ""
    else:
        lines = [(name, size, True)]
    if subtitle and subtitle != name:
        lines += [(line, 34, False) for line in _wrap(subtitle, 3)]
    _text_block(draw, lines, 276, LOGO_SIZE[0] - 276 - 16, [palette[4], "#4b5259", "#4b5259"])
    return png_bytes(image)


def seal(seed, name, kind):
    """A donor's institutional mark: a seal (by the donor's ``kind``) and its name on one or two
    lines, separated by a rule, as PNG bytes."""
    rng = seeded_random(seed)
    colour = rng.choice(["#1f3a68", "#18475e", "#273a5a", "#1e4d45"])
    image = Image.new("RGBA", LOGO_SIZE, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    _seal(draw, SEALS.get(kind, "laurel"), (20, 24, 240), colour)
    draw.rectangle((286, 54, 290, LOGO_SIZE[1] - 54), fill=colour)
    lines = [(line, 64, True) for line in _wrap(name, 2)]
    _text_block(draw, lines, 312, LOGO_SIZE[0] - 312 - 12, [colour, colour])
    return png_bytes(image)
