"""The demo's pictures, drawn here with Pillow (nothing copied from anywhere): flat landscape
illustrations for news, events and projects (logos: home/demo/logos.py).

Everything is drawn from a seed (the page's slug), so a picture is the same on every machine
and every run. Illustrations share one style: a sky in a gradient, a sun, mountains and hills,
then what the page is about in front (a meeting table, a training, a forum, a town, a ballot
box, a river valley).

Fonts: Debian's Noto TTFs (fonts-noto-core) when present; Pillow's own font otherwise, so a
machine without them still loads the demo.
"""

import io
import math
import random
import zlib
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1600, 900
FONT_DIR = Path("/usr/share/fonts/truetype/noto")

# (sky top, sky bottom, far mountains, hills, near ground, accent): the coalition's teal first.
PALETTES = [
    ("#bfe3dc", "#fbf3e4", "#8fb8b0", "#4f9a86", "#0b6654", "#e8a33d"),
    ("#c9d6f2", "#fdf0e6", "#9aa7cf", "#5d78b8", "#3b4f8f", "#e0794f"),
    ("#f3d9c4", "#fdf6ea", "#d3a98e", "#b9784c", "#7c4a2a", "#2f7f73"),
    ("#d9e8c9", "#fbf7e8", "#a9c18b", "#6f9a4b", "#4f5f24", "#d9623b"),
    ("#cfe1ec", "#f9f4ea", "#93b4c9", "#4f7f9d", "#2f5269", "#f0b44c"),
    ("#ead3e4", "#fcf3ee", "#c6a0bd", "#9a5f8c", "#6a3259", "#e8a33d"),
]
SKIN = ["#8d5a3b", "#c58c64", "#e0b08a", "#6b4630", "#f1c9a5"]
CLOTHES = ["#0b6654", "#3b4f8f", "#c2410c", "#7a3b69", "#e8a33d", "#2f5269", "#55652a", "#d9623b"]

# Which scene a topic calls for (the first topic that has one wins).
SCENES_BY_TOPIC = {
    "training": "training",
    "youth": "valley",
    "ecology": "valley",
    "elections": "voting",
    "civic-participation": "voting",
    "civic-forum": "forum",
    "advocacy": "forum",
    "public-administration-reform": "town",
    "local-government": "town",
    "e-services": "town",
    "anti-corruption": "town",
    "participatory-budgeting": "meeting",
    "local-policy": "meeting",
    "unscr-1325": "meeting",
}
# What each scene shows: its alt text, in the page's first language.
SCENE_DESCRIPTIONS = {
    "meeting": {
        "ka": "ილუსტრაცია: ადამიანები მაგიდასთან შეხვედრაზე",
        "az": "İllüstrasiya: masa arxasında görüşən insanlar",
        "en": "Illustration: people meeting around a table",
    },
    "training": {
        "ka": "ილუსტრაცია: ტრენინგი, მონაწილეები დაფის წინ",
        "az": "İllüstrasiya: təlim, lövhə qarşısında iştirakçılar",
        "en": "Illustration: a training, people in front of a board",
    },
    "forum": {
        "ka": "ილუსტრაცია: ფორუმზე გამომსვლელი და აუდიტორია",
        "az": "İllüstrasiya: forumda çıxış edən və dinləyicilər",
        "en": "Illustration: a speaker at a forum and the audience",
    },
    "town": {
        "ka": "ილუსტრაცია: ქალაქის სახლები მთების ძირას",
        "az": "İllüstrasiya: dağların ətəyində şəhər evləri",
        "en": "Illustration: a town's houses under the mountains",
    },
    "voting": {
        "ka": "ილუსტრაცია: ადამიანები საარჩევნო ყუთთან",
        "az": "İllüstrasiya: seçki qutusunun yanında insanlar",
        "en": "Illustration: people by a ballot box",
    },
    "valley": {
        "ka": "ილუსტრაცია: მდინარის ხეობა ხეებით მთების ძირას",
        "az": "İllüstrasiya: dağların ətəyində ağaclı çay vadisi",
        "en": "Illustration: a river valley with trees under the mountains",
    },
}
SCENES = tuple(SCENE_DESCRIPTIONS)


def scene_for(topics, kind):
    """The scene of a page about ``topics`` (slugs); events default to a meeting, projects to a
    valley, news to a town."""
    for topic in topics or ():
        if topic in SCENES_BY_TOPIC:
            return SCENES_BY_TOPIC[topic]
    return {"event": "meeting", "project": "valley"}.get(kind, "town")


def seeded_random(seed):
    return random.Random(zlib.crc32(seed.encode()))


@cache
def font(size, georgian=False, bold=True):
    """Noto Sans (Georgian) at ``size`` px, or Pillow's built-in font without them."""
    family = "NotoSansGeorgian" if georgian else "NotoSans"
    path = FONT_DIR / f"{family}-{'Bold' if bold else 'Regular'}.ttf"
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:
        return ImageFont.load_default(size=size)


def is_georgian(text):
    return any("\u10a0" <= char <= "\u10ff" or "\u1c90" <= char <= "\u1cbf" for char in text)


def png_bytes(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


# --- Illustrations ---------------------------------------------------------------------------


def _ridge(rng, base, amplitude, waves, width=WIDTH):
    """Points of a smooth ridge line across the picture, ``base`` px from the top."""
    phases = [rng.uniform(0, math.tau) for _ in range(waves)]
    points = []
    for x in range(0, width + 40, 40):
        y = base + sum(
            amplitude / (i + 1) * math.sin(x / width * math.tau * (i + 1) * 0.7 + phase)
            for i, phase in enumerate(phases)
        )
        points.append((x, y))
    return points


def _fill_below(draw, points, colour):
    draw.polygon([*points, (WIDTH + 40, HEIGHT), (0, HEIGHT)], fill=colour)


def _sky(image, top, bottom):
    gradient = Image.linear_gradient("L").resize((1, HEIGHT))
    sky = Image.composite(Image.new("RGB", (1, HEIGHT), bottom), Image.new("RGB", (1, HEIGHT), top), gradient)
    image.paste(sky.resize((WIDTH, HEIGHT)))


def _mountains(draw, rng, colour, snow):
    """A Caucasus-like range: jagged peaks, some with snow."""
    x, points = -60, [(-60, 520)]
    while x < WIDTH + 60:
        peak_x = x + rng.randint(120, 260)
        peak_y = rng.randint(250, 420)
        valley_x = peak_x + rng.randint(90, 200)
        points += [(peak_x, peak_y), (valley_x, rng.randint(430, 500))]
        if peak_y < 340:
            cap = 0.22
            left = (peak_x - (peak_x - x) * cap, peak_y + (points[-3][1] - peak_y) * cap)
            right = (peak_x + (valley_x - peak_x) * cap, peak_y + (points[-1][1] - peak_y) * cap)
            snow.append([left, (peak_x, peak_y), right])
        x = valley_x
    points.append((WIDTH + 60, 520))
    draw.polygon([*points, (WIDTH + 60, HEIGHT), (-60, HEIGHT)], fill=colour)


def _person(draw, x, ground, height, rng, facing_away=False):
    """A flat figure: head and shoulders on a rounded body, ``height`` px tall, feet at ``ground``."""
    head = height * 0.16
    body_top = ground - height * 0.72
    clothes = rng.choice(CLOTHES)
    draw.rounded_rectangle(
        (x - height * 0.17, body_top, x + height * 0.17, ground), radius=int(height * 0.12), fill=clothes
    )
    head_y = body_top - head * 1.05
    draw.ellipse((x - head, head_y - head, x + head, head_y + head), fill=rng.choice(SKIN))
    if facing_away or rng.random() < 0.5:  # hair
        draw.pieslice((x - head, head_y - head, x + head, head_y + head), 180, 360, fill="#3a2a22")


def _tree(draw, x, ground, size, colour):
    draw.rectangle((x - size * 0.06, ground - size * 0.5, x + size * 0.06, ground), fill="#6b4a33")
    draw.ellipse((x - size * 0.32, ground - size * 1.1, x + size * 0.32, ground - size * 0.38), fill=colour)


def _scene_meeting(draw, rng, palette):
    ground = 800
    draw.rounded_rectangle((330, 640, 1270, 700), radius=18, fill="#f4efe4")
    draw.rectangle((330, 690, 1270, 720), fill="#d8cdb8")
    for i in range(6):
        x = 400 + i * 160
        _person(draw, x, 660, rng.randint(230, 270), rng)
    for i in range(5):
        draw.rounded_rectangle((420 + i * 170, 650, 480 + i * 170, 672), radius=4, fill="#ffffff")
    draw.rectangle((360, 720, 380, ground), fill="#a8987c")
    draw.rectangle((1220, 720, 1240, ground), fill="#a8987c")


def _scene_training(draw, rng, palette):
    draw.rectangle((1080, 380, 1460, 640), fill="#ffffff", outline=palette[4], width=10)
    for i, length in enumerate((260, 200, 280, 160)):
        draw.rounded_rectangle((1120, 420 + i * 50, 1120 + length, 440 + i * 50), radius=8, fill=palette[3])
    draw.rectangle((1260, 640, 1275, 840), fill="#6b6155")
    _person(draw, 960, 840, 320, rng)
    for row, (y, size) in enumerate(((780, 220), (870, 250))):
        for i in range(5 - row):
            _person(draw, 160 + i * 170 + row * 80, y, size, rng, facing_away=True)


def _scene_forum(draw, rng, palette):
    draw.rectangle((420, 300, 1180, 400), fill=palette[4])
    for i in range(9):
        draw.ellipse((470 + i * 80, 335, 500 + i * 80, 365), fill=palette[5])
    draw.polygon([(700, 560), (900, 560), (880, 700), (720, 700)], fill=palette[4])
    _person(draw, 800, 580, 240, rng)
    for row in range(2):
        for i in range(9):
            _person(draw, 90 + i * 180 + row * 90, 820 + row * 90, 200 + row * 30, rng, facing_away=True)


def _scene_town(draw, rng, palette):
    ground = 780
    x = 40
    while x < WIDTH - 40:
        width, height = rng.randint(130, 220), rng.randint(200, 380)
        colour = rng.choice(["#f4efe4", "#efe2cf", "#e4d6c3", "#f8f3ea"])
        draw.rectangle((x, ground - height, x + width, ground), fill=colour)
        if rng.random() < 0.6:  # a pitched roof, as in Georgian towns
            draw.polygon(
                [(x - 10, ground - height), (x + width / 2, ground - height - 60), (x + width + 10, ground - height)],
                fill=rng.choice(["#b5523b", "#8c3f2f", palette[4]]),
            )
        for wy in range(ground - height + 30, ground - 60, 60):
            for wx in range(x + 20, x + width - 30, 45):
                draw.rectangle((wx, wy, wx + 22, wy + 32), fill=palette[2])
        x += width + rng.randint(10, 40)
    draw.rectangle((0, ground, WIDTH, HEIGHT), fill="#d9d2c3")
    for i in range(4):
        _person(draw, 300 + i * 330 + rng.randint(-40, 40), 880, rng.randint(170, 200), rng)


def _scene_voting(draw, rng, palette):
    draw.rectangle((640, 520, 960, 800), fill="#ffffff", outline=palette[4], width=10)
    draw.rectangle((720, 515, 880, 535), fill=palette[4])
    draw.rectangle((760, 420, 840, 525), fill="#fffdf7", outline="#bdb4a2", width=4)
    draw.line((780, 450, 800, 480, 830, 435), fill=palette[4], width=10)
    draw.ellipse((730, 620, 870, 700), outline=palette[3], width=10)
    for i, x in enumerate((220, 400, 1180, 1360)):
        _person(draw, x, 860 - (i % 2) * 30, rng.randint(250, 290), rng)


def _scene_valley(draw, rng, palette):
    # A river winding from the hills towards the viewer, wider as it comes closer.
    left, right = [], []
    for step in range(13):
        t = step / 12
        y = 560 + t * (HEIGHT - 560)
        x = 800 + math.sin(t * math.pi * 1.6) * 160 * t
        half = 30 + t * t * 330
        left.append((x - half, y))
        right.append((x + half, y))
    draw.polygon(left + right[::-1], fill="#8cc4d8")
    draw.line(
        [(x + 0.3 * (r[0] - x), y) for (x, y), r in zip(left[3:], right[3:], strict=True)], fill="#b7dceb", width=14
    )
    for _ in range(18):
        x = rng.choice([rng.randint(40, 600), rng.randint(1000, 1560)])
        y = rng.randint(600, 880)
        _tree(draw, x, y, rng.randint(80, 160) * (y / 760), rng.choice([palette[4], palette[3], "#3f7a3a"]))
    _person(draw, 1300, 860, 230, rng)
    _person(draw, 1380, 860, 200, rng)


SCENE_DRAWERS = {
    "meeting": _scene_meeting,
    "training": _scene_training,
    "forum": _scene_forum,
    "town": _scene_town,
    "voting": _scene_voting,
    "valley": _scene_valley,
}


def illustration(seed, scene):
    """A 1600×900 flat illustration of ``scene`` (SCENES), the same for the same ``seed``, as PNG bytes."""
    rng = seeded_random(seed)
    palette = PALETTES[rng.randrange(len(PALETTES))]
    image = Image.new("RGB", (WIDTH, HEIGHT))
    _sky(image, palette[0], palette[1])
    draw = ImageDraw.Draw(image)
    sun_x, sun_y, radius = rng.randint(180, 1420), rng.randint(120, 230), rng.randint(60, 90)
    draw.ellipse(
        (sun_x - radius * 1.6, sun_y - radius * 1.6, sun_x + radius * 1.6, sun_y + radius * 1.6), fill="#fdf3d6"
    )
    draw.ellipse((sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius), fill="#f6c75a")
    snow = []
    _mountains(draw, rng, palette[2], snow)
    for cap in snow:
        draw.polygon(cap, fill="#fbfaf6")
    _fill_below(draw, _ridge(rng, 560, 40, 3), palette[3])
    _fill_below(draw, _ridge(rng, 660, 30, 2), palette[4])
    SCENE_DRAWERS[scene](draw, rng, palette)
    return png_bytes(image)
