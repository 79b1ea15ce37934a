"""The radar layout drawn as a PNG with Pillow, for Slack: the same picture as the SVG, pixel for pixel in place."""

from __future__ import annotations

import io
import math
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from bot.radar.picture.layout import (
    AXIS_COLOR,
    BLIP_RADIUS,
    FOOTPRINT,
    GRID,
    KEY_FILL,
    MARKER_RADIUS,
    MARKER_WIDTH,
    Layout,
    Text,
)

DEFAULT_SCALE = 1.5  # pixels per layout unit: sharp on high-density screens, still a few hundred kilobytes
SMOOTH = 2  # the disc and blips are drawn this many times larger, then scaled down, for smooth edges
ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont


@lru_cache(maxsize=64)
def font(size: float, bold: bool = False) -> FontType:
    """DejaVu Sans when the system has it (as browsers showing the SVG usually do), else Pillow's own font."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default(size=size)


def _rgb(color: str) -> tuple[int, int, int]:
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def _tint(color: str, amount: float) -> tuple[int, int, int]:
    """`color` laid at `amount` opacity over white."""
    red, green, blue = (round(c * amount + 255 * (1 - amount)) for c in _rgb(color))
    return red, green, blue


def _disc(layout: Layout, scale: float) -> tuple[Image.Image, tuple[int, int]]:
    """Bands, ring lines and axes, drawn large and scaled down; with where to paste them."""
    factor = scale * SMOOTH
    size = math.ceil(2 * layout.radius * factor) + 4
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    centre = size / 2

    def bbox(radius: float) -> tuple[float, float, float, float]:
        r = radius * factor
        return centre - r, centre - r, centre + r, centre + r

    line = max(1, round(factor))
    for band in reversed(layout.bands):
        for sector in layout.sectors:
            # Pillow measures angles clockwise on screen; the layout counter-clockwise with y up
            draw.pieslice(bbox(band.outer), -sector.end, -sector.start, fill=_tint(band.color, 0.07))
    for band in layout.bands:
        for sector in layout.sectors:
            draw.arc(bbox(band.outer), -sector.end, -sector.start, fill=GRID, width=line)
    for degrees in sorted({a % 360 for s in layout.sectors for a in (s.start, s.end)}):
        theta = math.radians(degrees)
        end = (centre + layout.radius * factor * math.cos(theta), centre - layout.radius * factor * math.sin(theta))
        draw.line([(centre, centre), end], fill=AXIS_COLOR, width=max(1, round(1.5 * factor)))
    final = math.ceil(size / SMOOTH)
    small = image.resize((final, final), Image.Resampling.BOX)  # averaging each block is all the smoothing needs
    left = round(layout.cx * scale - final / 2)
    top = round(layout.cy * scale - final / 2)
    return small, (left, top)


@lru_cache(maxsize=512)
def _sprite(color: str, mark: str | None, direction: int, scale: float, fill: str | None = None) -> Image.Image:
    """One blip (circle and marker, no number) with a transparent background, smoothed."""
    factor = scale * SMOOTH * 2
    half = FOOTPRINT + 2
    size = math.ceil(2 * half * factor)
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    c = size / 2
    r = BLIP_RADIUS * factor
    draw.ellipse((c - r, c - r, c + r, c + r), fill=_rgb(fill or color))
    m = MARKER_RADIUS * factor
    width = max(1, round(MARKER_WIDTH * factor))
    ring = (c - m - width / 2, c - m - width / 2, c + m + width / 2, c + m + width / 2)
    if mark == "new":
        draw.ellipse(ring, outline=_rgb(color), width=width)
    elif mark in ("in", "out"):
        draw.arc(ring, direction - 60, direction + 60, fill=_rgb(color), width=width)
    final = math.ceil(2 * half * scale)
    return image.resize((final, final), Image.Resampling.LANCZOS)


def _paste_blip(canvas: Image.Image, x: float, y: float, sprite: Image.Image, scale: float) -> None:
    left = round(x * scale - sprite.width / 2)
    top = round(y * scale - sprite.height / 2)
    canvas.alpha_composite(sprite, (left, top))


def _direction(mark: str | None, inward: float) -> int:
    if mark == "out":
        return round(inward + 180) % 360
    return round(inward) % 360 if mark == "in" else 0


def _draw_text(draw: ImageDraw.ImageDraw, text: Text, scale: float) -> None:
    draw.text(
        (text.x * scale, text.baseline * scale),
        text.text,
        font=font(text.size * scale, text.bold),
        fill=text.color,
        anchor=ANCHORS[text.anchor],
    )


def _with_palette(image: Image.Image) -> Image.Image:
    """The picture in 256 colours: it looks the same (flat fills, smooth edges) at a quarter of the bytes.

    The colours are chosen on a reduced copy, which is quick and still holds every fill and
    edge shade; the faint ring tints survive, which a faster octree would merge into white.
    """
    palette = image.reduce(3).quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    colours = (palette.getpalette() or [])[: 256 * 3]
    # Pillow matches colours to a palette at reduced precision: make every near-white entry white,
    # or the background may come out a shade of grey
    for i in range(0, len(colours), 3):
        if min(colours[i : i + 3]) >= 248:
            colours[i : i + 3] = [255, 255, 255]
    palette.putpalette(colours)
    return image.quantize(palette=palette, dither=Image.Dither.NONE)


def render_png(layout: Layout, scale: float = DEFAULT_SCALE) -> bytes:
    """The whole picture as PNG bytes."""
    canvas = Image.new("RGBA", (math.ceil(layout.width * scale), math.ceil(layout.height * scale)), "white")
    disc, where = _disc(layout, scale)
    # the disc image is square; a single quadrant only needs its quarter, the rest is white anyway
    canvas.paste(disc, where)
    for blip in layout.blips:
        _paste_blip(
            canvas, blip.x, blip.y, _sprite(blip.color, blip.mark, _direction(blip.mark, blip.inward), scale), scale
        )
    for glyph in layout.glyphs:
        fill = None if glyph.mark is None else KEY_FILL
        _paste_blip(
            canvas,
            glyph.x,
            glyph.y,
            _sprite(glyph.color, glyph.mark, _direction(glyph.mark, glyph.inward), scale, fill),
            scale,
        )
    draw = ImageDraw.Draw(canvas)
    for blip in layout.blips:
        size = blip.number_size * scale
        draw.text(
            (blip.x * scale, (blip.y + blip.number_size * 0.36) * scale),
            str(blip.number),
            font=font(size, True),
            fill="white",
            anchor="ms",
        )
    for text in layout.texts:
        _draw_text(draw, text, scale)
    out = io.BytesIO()
    _with_palette(canvas.convert("RGB")).save(out, format="PNG")
    return out.getvalue()
