"""The PNG drawing: the layout's blips in their colours at their places, text no wider than the layout allowed."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image

from bot.radar.picture.layout import RING_COLORS, layout, text_width
from bot.radar.picture.png import font, render_png
from bot.radar.snapshot import Snapshot
from bot.radar.team import TeamRadar

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def picture(catalog, quadrant=None, **extra):
    return layout(Snapshot(TeamRadar(catalog), NOW, **extra), quadrant)


def close(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_png_has_the_layout_size_and_every_blip_in_its_ring_colour(tiny_catalog):
    lay = picture(tiny_catalog, moved={"kedro": "in"}, new=frozenset({"dvc"}))
    image = Image.open(io.BytesIO(render_png(lay, scale=2))).convert("RGB")
    assert image.size == (lay.width * 2, lay.height * 2)
    assert image.getpixel((2, 2)) == (255, 255, 255)
    hold = lay.bands[-1]
    inside_hold = (round((lay.cx - (hold.inner + hold.outer) / 2) * 2), round((lay.cy - 60) * 2))
    assert image.getpixel(inside_hold) != (255, 255, 255)  # the ring tints survive the palette
    for blip in lay.blips:
        # just above the number, still inside the circle
        pixel = image.getpixel((round(blip.x * 2), round((blip.y - 7.5) * 2)))
        expected = tuple(int(RING_COLORS[blip.ring_id][i : i + 2], 16) for i in (1, 3, 5))
        assert close(pixel, expected), (blip.tool_id, pixel, expected)


def test_same_radar_same_png(tiny_catalog):
    lay = picture(tiny_catalog, quadrant="specialized-ml-tools")
    assert render_png(lay) == render_png(lay)


def test_estimated_widths_cover_the_drawn_text(bundled_catalog):
    lay = picture(bundled_catalog)
    for text in lay.texts:
        drawn = font(text.size * 4, text.bold).getlength(text.text) / 4
        assert drawn <= text.width + 0.01, text.text
    for blip in lay.blips:
        assert font(blip.number_size * 4, True).getlength(str(blip.number)) / 4 <= text_width(
            str(blip.number), blip.number_size, True
        )
