"""The radar layout drawn as SVG: deterministic text, one group per blip, ready to inline in a web page."""

from __future__ import annotations

import math
from html import escape

from bot.radar.picture.layout import (
    AXIS_COLOR,
    BLIP_RADIUS,
    GRID,
    KEY_FILL,
    MARKER_RADIUS,
    MARKER_WIDTH,
    Band,
    Blip,
    Glyph,
    Layout,
    Sector,
    Text,
)
from bot.radar.snapshot import MARK_WORDS

FONT_FAMILY = "'DejaVu Sans', Verdana, 'Liberation Sans', Arial, sans-serif"


def _n(value: float) -> str:
    """Numbers with two decimals at most, so the same layout always gives the same bytes."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _point(layout: Layout, rho: float, degrees: float) -> tuple[float, float]:
    theta = math.radians(degrees)
    return layout.cx + rho * math.cos(theta), layout.cy - rho * math.sin(theta)


def band_path(layout: Layout, band: Band, sector: Sector) -> str:
    """An annular sector (a wedge for the innermost ring) from the sector's start angle to its end."""
    ox0, oy0 = _point(layout, band.outer, sector.start)
    ox1, oy1 = _point(layout, band.outer, sector.end)
    outer = f"M{_n(ox0)} {_n(oy0)}A{_n(band.outer)} {_n(band.outer)} 0 0 0 {_n(ox1)} {_n(oy1)}"
    if band.inner <= 0:
        return f"{outer}L{_n(layout.cx)} {_n(layout.cy)}Z"
    ix1, iy1 = _point(layout, band.inner, sector.end)
    ix0, iy0 = _point(layout, band.inner, sector.start)
    return f"{outer}L{_n(ix1)} {_n(iy1)}A{_n(band.inner)} {_n(band.inner)} 0 0 1 {_n(ix0)} {_n(iy0)}Z"


def marker_arc(x: float, y: float, direction: float) -> str:
    """A third of a circle around a blip, centred on `direction` (screen degrees)."""
    a0, a1 = math.radians(direction - 60), math.radians(direction + 60)
    x0, y0 = x + MARKER_RADIUS * math.cos(a0), y + MARKER_RADIUS * math.sin(a0)
    x1, y1 = x + MARKER_RADIUS * math.cos(a1), y + MARKER_RADIUS * math.sin(a1)
    return f"M{_n(x0)} {_n(y0)}A{_n(MARKER_RADIUS)} {_n(MARKER_RADIUS)} 0 0 1 {_n(x1)} {_n(y1)}"


def _marker(x: float, y: float, color: str, mark: str | None, inward: float) -> str:
    if mark == "new":
        return (
            f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(MARKER_RADIUS)}" '
            f'fill="none" stroke="{color}" stroke-width="{_n(MARKER_WIDTH)}"/>'
        )
    if mark in ("in", "out"):
        direction = inward if mark == "in" else inward + 180
        return (
            f'<path d="{marker_arc(x, y, direction)}" fill="none" stroke="{color}" '
            f'stroke-width="{_n(MARKER_WIDTH)}" stroke-linecap="round"/>'
        )
    return ""


def _blip(blip: Blip, ring_name: str) -> str:
    status = f", {MARK_WORDS[blip.mark]}" if blip.mark else ""
    label = escape(f"{blip.number}. {blip.name} ({ring_name}{status})")
    return (
        f'<g class="blip" id="blip-{escape(blip.tool_id)}" data-tool="{escape(blip.tool_id)}" '
        f'data-number="{blip.number}">'
        f"<title>{label}</title>"
        f'<circle cx="{_n(blip.x)}" cy="{_n(blip.y)}" r="{_n(BLIP_RADIUS)}" fill="{blip.color}"/>'
        f"{_marker(blip.x, blip.y, blip.color, blip.mark, blip.inward)}"
        f'<text x="{_n(blip.x)}" y="{_n(blip.y + blip.number_size * 0.36)}" font-size="{_n(blip.number_size)}" '
        f'font-weight="bold" text-anchor="middle" fill="#fff">{blip.number}</text></g>'
    )


def _glyph(glyph: Glyph) -> str:
    fill = glyph.color if glyph.mark is None else KEY_FILL
    return f'<circle cx="{_n(glyph.x)}" cy="{_n(glyph.y)}" r="{_n(BLIP_RADIUS)}" fill="{fill}"/>' + _marker(
        glyph.x, glyph.y, glyph.color, glyph.mark, glyph.inward
    )


def _text(text: Text) -> str:
    attributes = [
        f'x="{_n(text.x)}"',
        f'y="{_n(text.baseline)}"',
        f'font-size="{_n(text.size)}"',
        f'fill="{text.color}"',
        f'class="{text.kind}"',
    ]
    if text.bold:
        attributes.append('font-weight="bold"')
    if text.anchor != "start":
        attributes.append(f'text-anchor="{text.anchor}"')
    if text.tool_id:
        attributes.append(f'data-tool="{escape(text.tool_id)}"')
    return f"<text {' '.join(attributes)}>{escape(text.text)}</text>"


def render_svg(layout: Layout) -> str:
    """The whole picture as one SVG document."""
    ring_names = {b.ring_id: b.name for b in layout.bands}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {layout.width} {layout.height}" '
        f'width="{layout.width}" height="{layout.height}" '
        f'role="img" aria-labelledby="radar-title" font-family="{FONT_FAMILY}">',
        f'<title id="radar-title">{escape(layout.title)}: {len(layout.blips)} tools</title>',
        f'<rect width="{layout.width}" height="{layout.height}" fill="#fff"/>',
        '<g class="grid">',
    ]
    for sector in layout.sectors:
        for band in layout.bands:
            parts.append(
                f'<path d="{band_path(layout, band, sector)}" fill="{band.color}" fill-opacity="0.07" '
                f'stroke="{GRID}" stroke-width="1"/>'
            )
    for degrees in sorted({angle % 360 for s in layout.sectors for angle in (s.start, s.end)}):
        x, y = _point(layout, layout.radius, degrees)
        parts.append(
            f'<line x1="{_n(layout.cx)}" y1="{_n(layout.cy)}" x2="{_n(x)}" y2="{_n(y)}" '
            f'stroke="{AXIS_COLOR}" stroke-width="1.5"/>'
        )
    parts.append("</g>")
    parts.append('<g class="blips">')
    parts.extend(_blip(b, ring_names.get(b.ring_id, b.ring_id)) for b in layout.blips)
    parts.append("</g>")
    parts.append('<g class="key">')
    parts.extend(_glyph(g) for g in layout.glyphs)
    parts.append("</g>")
    parts.append('<g class="texts">')
    parts.extend(_text(t) for t in layout.texts)
    parts.append("</g></svg>")
    return "\n".join(parts) + "\n"
