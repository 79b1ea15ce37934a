"""Where everything goes on the radar picture: a pure, deterministic layout that SVG and PNG both draw.

Quadrants are angular sectors, rings are radial bands, each tool is one numbered blip. Blips
sit on arcs inside their segment with a fixed spacing, so none can touch another, a ring
line or an axis; ring bands widen to hold however many tools the team put in them. The
numbers are explained by a list beside each quadrant, laid out in columns that never
overlap. Text sizes are estimated with per-character widths at least as wide as the fonts
the renderers use, so an estimated box always contains the drawn text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.radar.models import Quadrant, Ring
from bot.radar.snapshot import MARK_WORDS, Entry, Mark, Snapshot

# --- geometry (layout units are CSS pixels at 100 % zoom) -----------------------------------

# colours both drawings (SVG and PNG) use for what is not a ring's own colour
AXIS_COLOR = "#afb8c1"
KEY_FILL = "#8c959f"  # the grey of the key's "new" and "moved" glyphs
BLIP_RADIUS = 10.0
MARKER_RADIUS = 12.0  # the ring or arc that marks a new or moved tool
MARKER_WIDTH = 2.0
FOOTPRINT = MARKER_RADIUS + MARKER_WIDTH / 2  # what a blip covers, marker included
SPACING = 2 * FOOTPRINT + 3  # centre to centre along a row and between rows
AXIS_CLEAR = 9.0  # half-width of the blip-free corridor along each axis; ring names sit in it
EDGE = AXIS_CLEAR + FOOTPRINT + 1  # how close a blip's centre may come to an axis
RING_PAD = FOOTPRINT + 2  # how close a blip's centre may come to a ring's circle
FIRST_ROW = 40.0  # radius of the innermost row; EDGE * sqrt(2) is the least that fits a blip
MIN_BAND = 64.0

MARGIN = 24.0
GAP = 40.0  # between the disc and the lists beside it
COLUMN_GAP = 18.0
MAX_ENTRY_WIDTH = 240.0

# --- type ------------------------------------------------------------------------------------

TITLE_SIZE = 22.0
SUBTITLE_SIZE = 12.0
PANEL_TITLE_SIZE = 15.0
RING_HEAD_SIZE = 12.0
ENTRY_SIZE = 11.0
RING_LABEL_SIZE = 11.0
CAPTION_SIZE = 11.0
KEY_SIZE = 11.0
LINE_HEIGHT = 1.25  # a text box is this many times its font size tall
ENTRY_LINE = 15.0
RING_HEAD_LINE = 19.0
PANEL_TITLE_LINE = 24.0

RING_COLORS = {"adopt": "#2e7d32", "trial": "#1565c0", "assess": "#a35f00", "hold": "#c62828"}
INK = "#1f2328"
MUTED = "#57606a"
GRID = "#d0d7de"

# Advance widths in thousandths of an em for characters 32..126: the widest of DejaVu Sans,
# Liberation Sans and Pillow's bundled Aileron, so estimates never fall short of a renderer.
_REGULAR = (
    318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 560, 838, 318, 361, 318, 337, 637, 637, 637, 637,
    637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 557, 1016, 685, 687, 723, 771, 667, 611, 778,
    752, 295, 544, 667, 575, 866, 749, 788, 667, 788, 723, 667, 612, 732, 685, 989, 686, 667, 686, 391,
    337, 391, 838, 557, 500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
    635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
)  # fmt: skip
_BOLD = (
    349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 605, 838, 380, 416, 380, 366, 696, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 611, 1000, 774, 763, 755, 831, 684, 684,
    821, 837, 373, 588, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726,
    458, 366, 458, 838, 557, 500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712,
    688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838,
)  # fmt: skip
_OTHER = 1000  # accented letters and symbols: assume a full em
_SLACK = 1.03  # hinting at small sizes can widen a line by a percent or two


def text_width(text: str, size: float, bold: bool = False) -> float:
    """An upper bound of the drawn width of `text` in the renderers' fonts."""
    table = _BOLD if bold else _REGULAR
    return sum(table[ord(c) - 32] if 32 <= ord(c) <= 126 else _OTHER for c in text) * size * _SLACK / 1000


def fit_text(text: str, size: float, limit: float, bold: bool = False) -> str:
    """`text`, shortened with an ellipsis when wider than `limit`."""
    if text_width(text, size, bold) <= limit:
        return text
    while text and text_width(text + "…", size, bold) > limit:
        text = text[:-1]
    return text.rstrip() + "…"


def number_size(number: int) -> float:
    return 8.0 if number >= 100 else 9.5


# --- the layout's parts ----------------------------------------------------------------------

Anchor = Literal["start", "middle", "end"]


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def touches_circle(self, x: float, y: float, r: float) -> bool:
        nearest_x = min(max(x, self.x0), self.x1)
        nearest_y = min(max(y, self.y0), self.y1)
        return (nearest_x - x) ** 2 + (nearest_y - y) ** 2 < r * r


@dataclass(frozen=True)
class Text:
    """One line of text; `x` is where `anchor` sits, `y` the top of its box."""

    text: str
    x: float
    y: float
    size: float
    kind: str
    bold: bool = False
    anchor: Anchor = "start"
    color: str = INK
    tool_id: str | None = None

    @property
    def width(self) -> float:
        return text_width(self.text, self.size, self.bold)

    @property
    def height(self) -> float:
        return self.size * LINE_HEIGHT

    @property
    def baseline(self) -> float:
        return self.y + self.size * 0.95

    @property
    def box(self) -> Box:
        left = {"start": self.x, "middle": self.x - self.width / 2, "end": self.x - self.width}[self.anchor]
        return Box(left, self.y, left + self.width, self.y + self.height)


@dataclass(frozen=True)
class Blip:
    number: int
    tool_id: str
    name: str
    quadrant_id: str
    ring_id: str
    x: float
    y: float
    color: str
    mark: Mark | None
    inward: float  # direction of the centre from the blip, in degrees (screen: 0 = right, 90 = down)

    @property
    def number_size(self) -> float:
        return number_size(self.number)


@dataclass(frozen=True)
class Glyph:
    """A sample blip in the key: what a ring colour or a marker looks like."""

    x: float
    y: float
    color: str
    mark: Mark | None
    inward: float = 180.0


@dataclass(frozen=True)
class Band:
    ring_id: str
    name: str
    color: str
    inner: float
    outer: float


@dataclass(frozen=True)
class Sector:
    quadrant_id: str
    name: str
    start: float  # degrees, counter-clockwise from the right-hand axis, y pointing up
    end: float


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    cx: float
    cy: float
    radius: float
    bands: tuple[Band, ...]
    sectors: tuple[Sector, ...]
    blips: tuple[Blip, ...]
    texts: tuple[Text, ...]
    glyphs: tuple[Glyph, ...]
    title: str

    @property
    def full(self) -> bool:
        return len(self.sectors) == 4

    def legend_entry(self, tool_id: str) -> Text | None:
        return next((t for t in self.texts if t.kind == "entry" and t.tool_id == tool_id), None)


# --- sectors and rows ------------------------------------------------------------------------


def _side(quadrant: Quadrant) -> tuple[bool, bool]:
    """(right, top): model-focused quadrants sit right, all-in-one quadrants on top."""
    return quadrant.artifact == "model", quadrant.scope == "all-in-one"


def _sector_angles(quadrant: Quadrant) -> tuple[float, float, float]:
    """(start, end, direction) in degrees; numbers run from the vertical axis toward the horizontal one."""
    right, top = _side(quadrant)
    start = {(True, True): 0.0, (False, True): 90.0, (False, False): 180.0, (True, False): 270.0}[(right, top)]
    vertical = 90.0 if top else 270.0
    direction = -1.0 if (right == top) else 1.0
    return start, vertical, direction


def _row_offsets(rho: float) -> tuple[float, float] | None:
    """The angular interval (radians from the vertical axis) where a blip on radius `rho` keeps clear of both axes."""
    if rho <= EDGE:
        return None
    clear = math.asin(EDGE / rho)
    if clear > math.pi / 4:
        return None
    return clear, math.pi / 2 - clear


def _step(rho: float) -> float:
    return 2 * math.asin(min(1.0, SPACING / (2 * rho)))


def row_capacity(rho: float) -> int:
    offsets = _row_offsets(rho)
    if offsets is None:
        return 0
    span = offsets[1] - offsets[0]
    return int(math.floor(span / _step(rho) + 1e-9)) + 1


def _first_row(inner: float) -> float:
    return FIRST_ROW if inner <= 0 else inner + RING_PAD


def _packed_rows(inner: float, count: int) -> list[float]:
    return [_first_row(inner) + i * SPACING for i in range(count)]


def _spread_rows(low: float, high: float, count: int) -> list[float]:
    if count == 1:
        return [(low + high) / 2]
    return [low + i * (high - low) / (count - 1) for i in range(count)]


def _rows_needed(inner: float, demand: int) -> int:
    rows = 0
    while sum(row_capacity(r) for r in _packed_rows(inner, rows)) < demand:
        rows += 1
    return rows


def _bands(rings: Sequence[Ring], demand: dict[str, int]) -> list[Band]:
    """Ring bands from the centre out, each wide enough for its fullest quadrant and its name."""
    bands: list[Band] = []
    inner = 0.0
    for ring in rings:
        rows = _rows_needed(inner, demand.get(ring.id, 0))
        outer = _packed_rows(inner, rows)[-1] + RING_PAD if rows else inner
        label = text_width(ring.name.upper(), RING_LABEL_SIZE, bold=True) + 16
        outer = max(outer, inner + MIN_BAND, inner + label, FIRST_ROW + RING_PAD if inner <= 0 else 0.0)
        bands.append(Band(ring.id, ring.name, RING_COLORS.get(ring.id, INK), inner, outer))
        inner = outer
    return bands


def _share(count: int, capacities: list[int]) -> list[int]:
    """Split `count` blips over rows in proportion to their capacity, never above it."""
    total = sum(capacities)
    shares = [count * c // total for c in capacities]
    remainders = sorted(range(len(capacities)), key=lambda i: (-(count * capacities[i] % total), i))
    left = count - sum(shares)
    while left:
        for i in remainders:
            if left and shares[i] < capacities[i]:
                shares[i] += 1
                left -= 1
    return shares


def _row_angles(rho: float, count: int) -> list[float]:
    """Offsets (radians from the vertical axis) for `count` blips spread evenly along a row."""
    offsets = _row_offsets(rho)
    if offsets is None:  # callers only place blips on rows with room for them
        raise ValueError(f"a row at radius {rho:.1f} has no room for blips")
    low, high = offsets
    span = high - low
    if count == 1:
        return [(low + high) / 2]
    if count <= span / _step(rho) + 1e-9:
        return [low + (i + 0.5) * span / count for i in range(count)]
    return [low + i * span / (count - 1) for i in range(count)]


def _place_segment(entries: list[Entry], band: Band, quadrant: Quadrant, cx: float, cy: float) -> list[Blip]:
    if not entries:
        return []
    low, high = _first_row(band.inner), band.outer - RING_PAD
    most = int(math.floor((high - low) / SPACING + 1e-9)) + 1
    for rows in range(1, most + 1):
        radii = _spread_rows(low, high, rows)
        capacities = [row_capacity(r) for r in radii]
        if sum(capacities) >= len(entries):
            break
    else:  # the band was sized for its fullest segment, so this cannot happen
        raise AssertionError(f"{len(entries)} blips do not fit the {band.name} band")
    _, vertical, direction = _sector_angles(quadrant)
    blips: list[Blip] = []
    queue = iter(entries)
    for rho, count in zip(radii, _share(len(entries), capacities), strict=True):
        for offset in _row_angles(rho, count) if count else []:
            entry = next(queue)
            theta = math.radians(vertical) + direction * offset
            x, y = cx + rho * math.cos(theta), cy - rho * math.sin(theta)
            blips.append(
                Blip(
                    number=entry.number,
                    tool_id=entry.tool.id,
                    name=entry.tool.name,
                    quadrant_id=quadrant.id,
                    ring_id=entry.ring.id,
                    x=x,
                    y=y,
                    color=RING_COLORS.get(entry.ring.id, INK),
                    mark=entry.mark,
                    inward=math.degrees(math.atan2(cy - y, cx - x)) % 360,
                )
            )
    return blips


# --- lists beside the disc -------------------------------------------------------------------


@dataclass
class _Panel:
    texts: list[Text]
    width: float
    height: float


def entry_label(entry: Entry) -> str:
    suffix = f" ({MARK_WORDS[entry.mark]})" if entry.mark else ""
    return (
        fit_text(f"{entry.number}. {entry.tool.name}", ENTRY_SIZE, MAX_ENTRY_WIDTH - text_width(suffix, ENTRY_SIZE))
        + suffix
    )


def _panel(
    quadrant: Quadrant, entries: list[Entry], rings: Sequence[Ring], x0: float, y0: float, height: float
) -> _Panel:
    """The quadrant's name, then its tools ring by ring, flowing into as many columns as the height needs."""
    title = Text(quadrant.name, x0, y0, PANEL_TITLE_SIZE, "quadrant", bold=True)
    top = y0 + PANEL_TITLE_LINE
    bottom = y0 + height
    # first pass: (column, y, text) with x filled in once column widths are known
    placed: list[tuple[int, float, Text]] = []
    column, y = 0, top
    for ring in rings:
        members = [e for e in entries if e.ring.id == ring.id]
        if not members:
            continue
        if y > top and y + RING_HEAD_LINE + ENTRY_LINE > bottom:  # keep a heading with its first tool
            column, y = column + 1, top
        color = RING_COLORS.get(ring.id, INK)
        placed.append((column, y, Text(ring.name, 0, y, RING_HEAD_SIZE, "ring-heading", bold=True, color=color)))
        y += RING_HEAD_LINE
        for entry in members:
            if y + ENTRY_LINE > bottom:
                column, y = column + 1, top
            placed.append((column, y, Text(entry_label(entry), 0, y, ENTRY_SIZE, "entry", tool_id=entry.tool.id)))
            y += ENTRY_LINE
    columns = (max(c for c, _, _ in placed) + 1) if placed else 0
    widths = [max((t.width for c, _, t in placed if c == i), default=0.0) for i in range(columns)]
    lefts = [x0 + sum(widths[:i]) + COLUMN_GAP * i for i in range(columns)]
    texts = [title] + [
        Text(t.text, lefts[c], y, t.size, t.kind, t.bold, t.anchor, t.color, t.tool_id) for c, y, t in placed
    ]
    width = max(title.width, sum(widths) + COLUMN_GAP * max(0, columns - 1))
    used = max((y + (ENTRY_LINE if t.kind == "entry" else RING_HEAD_LINE) for _, y, t in placed), default=top)
    return _Panel(texts, width, used - y0)


def _shift(panel: _Panel, dx: float, dy: float) -> _Panel:
    moved = [
        Text(t.text, t.x + dx, t.y + dy, t.size, t.kind, t.bold, t.anchor, t.color, t.tool_id) for t in panel.texts
    ]
    return _Panel(moved, panel.width, panel.height)


# --- header: title, subtitle and the key ----------------------------------------------------


def _key(rings: Sequence[Ring]) -> list[tuple[Glyph | None, Text]]:
    """Sample glyphs with their words, laid out left to right from x = 0, y = 0 (centre line)."""
    items: list[tuple[Glyph | None, Text]] = []
    x = 0.0
    for ring in rings:
        color = RING_COLORS.get(ring.id, INK)
        items.append(
            (
                Glyph(x + FOOTPRINT, 0, color, None),
                Text(ring.name, x + 2 * FOOTPRINT + 4, -KEY_SIZE * LINE_HEIGHT / 2, KEY_SIZE, "key"),
            )
        )
        x += 2 * FOOTPRINT + 4 + items[-1][1].width + 14
    marked: tuple[tuple[Mark, str], ...] = (
        ("new", "new to the radar"),
        ("in", "moved in by the last poll"),
        ("out", "moved out by the last poll"),
    )
    for mark, words in marked:
        glyph = Glyph(x + FOOTPRINT, 0, MUTED, mark, 180.0)
        items.append((glyph, Text(words, x + 2 * FOOTPRINT + 4, -KEY_SIZE * LINE_HEIGHT / 2, KEY_SIZE, "key")))
        x += 2 * FOOTPRINT + 4 + items[-1][1].width + 14
    return items


def _key_width(items: list[tuple[Glyph | None, Text]]) -> float:
    return max(t.box.x1 for _, t in items)


# --- the whole picture -----------------------------------------------------------------------


def layout(snapshot: Snapshot, quadrant_id: str | None = None, title: str = "MLOps Radar") -> Layout:
    """Lay out the whole radar, or one quadrant of it, for `snapshot`."""
    catalog = snapshot.catalog
    rings = catalog.rings
    quadrants = [q for q in catalog.quadrants if quadrant_id in (None, q.id)]
    if not quadrants:
        raise ValueError(f"unknown quadrant {quadrant_id!r}")
    entries = [e for e in snapshot.entries if e.quadrant.id in {q.id for q in quadrants}]

    demand: dict[str, int] = {}
    for ring in rings:
        demand[ring.id] = max(
            sum(1 for e in entries if e.ring.id == ring.id and e.quadrant.id == q.id) for q in quadrants
        )
    bands = _bands(rings, demand)
    radius = bands[-1].outer

    # header
    count = len(entries)
    scope = (
        f"{quadrants[0].name} ({quadrants[0].scope}, {quadrants[0].artifact}-focused)"
        if quadrant_id
        else "the team's radar"
    )
    subtitle = f"{scope} as of {snapshot.as_of:%Y-%m-%d} · {count} tools · numbers match the lists"
    header: list[Text] = [
        Text(title, MARGIN, MARGIN, TITLE_SIZE, "title", bold=True),
        Text(subtitle, MARGIN, MARGIN + TITLE_SIZE * LINE_HEIGHT + 4, SUBTITLE_SIZE, "subtitle", color=MUTED),
    ]
    key = _key(rings)
    header_width = max(t.box.x1 for t in header)
    header_bottom = header[-1].box.y1
    content_top = header_bottom + 18

    if quadrant_id is None:
        disc, panels, width, height = _full(snapshot, quadrants, rings, bands, radius, content_top)
    else:
        disc, panels, width, height = _single(snapshot, quadrants[0], rings, bands, radius, content_top)
    cx, cy, captions, sectors = disc

    # the key goes top right when the title leaves room for it, otherwise on its own line
    key_width = _key_width(key)
    if header_width + 40 + key_width <= width - MARGIN:
        key_x, key_y = width - MARGIN - key_width, MARGIN + TITLE_SIZE * LINE_HEIGHT / 2
        shift = 0.0
    else:
        key_x, key_y = MARGIN, header_bottom + 10 + FOOTPRINT
        shift = 2 * FOOTPRINT + 14
    width = max(width, header_width + 2 * MARGIN, key_x + key_width + MARGIN)
    glyphs = [Glyph(g.x + key_x, g.y + key_y, g.color, g.mark, g.inward) for g, _ in key if g]
    key_texts = [Text(t.text, t.x + key_x, t.y + key_y, t.size, t.kind) for _, t in key]

    blips: list[Blip] = []
    for quadrant in quadrants:
        for band, ring in zip(bands, rings, strict=True):
            members = [e for e in entries if e.quadrant.id == quadrant.id and e.ring.id == ring.id]
            blips.extend(_place_segment(members, band, quadrant, cx, cy + shift))
    ring_labels = _ring_labels(bands, quadrants, cx, cy + shift)
    body = [
        Text(t.text, t.x, t.y + shift, t.size, t.kind, t.bold, t.anchor, t.color, t.tool_id)
        for t in (*captions, *panels)
    ]
    return Layout(
        width=math.ceil(width),
        height=math.ceil(height + shift),
        cx=cx,
        cy=cy + shift,
        radius=radius,
        bands=tuple(bands),
        sectors=tuple(sectors),
        blips=tuple(sorted(blips, key=lambda b: b.number)),
        texts=tuple([*header, *key_texts, *ring_labels, *body]),
        glyphs=tuple(glyphs),
        title=title,
    )


def _ring_labels(bands: Sequence[Band], quadrants: Sequence[Quadrant], cx: float, cy: float) -> list[Text]:
    """Ring names in the corridor along the horizontal axis, on each side that is drawn."""
    sides = sorted({_side(q)[0] for q in quadrants})
    labels = []
    for band in bands:
        middle = (band.inner + band.outer) / 2
        for right in sides:
            x = cx + middle if right else cx - middle
            labels.append(
                Text(
                    band.name.upper(),
                    x,
                    cy - RING_LABEL_SIZE * LINE_HEIGHT / 2,
                    RING_LABEL_SIZE,
                    "ring-label",
                    bold=True,
                    anchor="middle",
                    color=band.color,
                )
            )
    return labels


def _sector(quadrant: Quadrant) -> Sector:
    start = _sector_angles(quadrant)[0]
    return Sector(quadrant.id, quadrant.name, start, start + 90.0)


Disc = tuple[float, float, list[Text], list[Sector]]


def _full(
    snapshot: Snapshot,
    quadrants: Sequence[Quadrant],
    rings: Sequence[Ring],
    bands: Sequence[Band],
    radius: float,
    top: float,
) -> tuple[Disc, list[Text], float, float]:
    """Four quadrants: the disc in the middle, each quadrant's list on its own side and half."""
    caption_room = CAPTION_SIZE * LINE_HEIGHT + 8
    half = max(radius + caption_room, 280.0)
    cy = top + half
    slots: dict[tuple[bool, bool], _Panel] = {}
    for quadrant in quadrants:
        right, upper = _side(quadrant)
        y0 = top if upper else cy + 10
        slots[(right, upper)] = _panel(quadrant, snapshot.in_quadrant(quadrant.id), rings, 0.0, y0, half - 10)
    left_width = max((p.width for (right, _), p in slots.items() if not right), default=0.0)
    right_width = max((p.width for (right, _), p in slots.items() if right), default=0.0)
    cx = MARGIN + left_width + GAP + radius
    panels: list[Text] = []
    for (right, _), panel in slots.items():
        panels.extend(_shift(panel, cx + radius + GAP if right else MARGIN, 0).texts)
    bottom = max([cy + half] + [t.box.y1 for t in panels])
    axes = catalog_axes(snapshot)
    captions = [
        Text(axes[3], cx, cy - radius - caption_room, CAPTION_SIZE, "caption", anchor="middle", color=MUTED),
        Text(axes[2], cx, cy + radius + 6, CAPTION_SIZE, "caption", anchor="middle", color=MUTED),
        Text(axes[0], cx - radius, cy + radius + 6, CAPTION_SIZE, "caption", anchor="start", color=MUTED),
        Text(axes[1], cx + radius, cy + radius + 6, CAPTION_SIZE, "caption", anchor="end", color=MUTED),
    ]
    width = cx + radius + GAP + right_width + MARGIN
    return (cx, cy, captions, [_sector(q) for q in quadrants]), panels, width, bottom + MARGIN


def _single(
    snapshot: Snapshot, quadrant: Quadrant, rings: Sequence[Ring], bands: Sequence[Band], radius: float, top: float
) -> tuple[Disc, list[Text], float, float]:
    """One quadrant: its quarter of the disc on the left, its list on the right."""
    right, upper = _side(quadrant)
    pad = AXIS_CLEAR + 2
    box_left, box_top = MARGIN, top
    cx = box_left + (pad if right else radius)
    cy = box_top + (radius if upper else pad)
    box_height = radius + pad
    panel = _panel(
        quadrant,
        snapshot.in_quadrant(quadrant.id),
        rings,
        box_left + radius + pad + GAP,
        box_top,
        max(box_height, 360.0),
    )
    width = box_left + radius + pad + GAP + panel.width + MARGIN
    bottom = max(box_top + box_height, max(t.box.y1 for t in panel.texts))
    return (cx, cy, [], [_sector(quadrant)]), panel.texts, width, bottom + MARGIN


def catalog_axes(snapshot: Snapshot) -> tuple[str, str, str, str]:
    """The words at the four ends of the axes: left, right, bottom, top."""
    axes = snapshot.catalog.framework.axes
    return axes.artifact.low, axes.artifact.high, axes.scope.low, axes.scope.high


def overlaps(layout: Layout) -> list[str]:
    """Every pair of things that touch: blips, texts, blips and texts. Empty for a legible picture."""
    problems: list[str] = []
    blips = layout.blips
    for i, a in enumerate(blips):
        for b in blips[i + 1 :]:
            if math.hypot(a.x - b.x, a.y - b.y) < 2 * FOOTPRINT:
                problems.append(f"blips {a.number} and {b.number} overlap")
    texts = list(layout.texts)
    boxes = [t.box for t in texts]
    for i, box in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            if box.overlaps(boxes[j]):
                problems.append(f"texts {texts[i].text!r} and {texts[j].text!r} overlap")
    circles: list[tuple[float, float, str]] = [(b.x, b.y, f"blip {b.number}") for b in blips]
    circles += [(g.x, g.y, "key glyph") for g in layout.glyphs]
    for text, box in zip(texts, boxes, strict=True):
        for x, y, name in circles:
            if box.touches_circle(x, y, FOOTPRINT):
                problems.append(f"text {text.text!r} covers {name}")
    for blip in blips:
        if text_width(str(blip.number), blip.number_size, bold=True) > 2 * BLIP_RADIUS - 2:
            problems.append(f"number {blip.number} is wider than its blip")
    return problems


def outside(layout: Layout) -> list[str]:
    """Blips outside their own segment, and anything outside the canvas."""
    problems: list[str] = []
    bands = {b.ring_id: b for b in layout.bands}
    sectors = {s.quadrant_id: s for s in layout.sectors}
    for blip in layout.blips:
        dx, dy = blip.x - layout.cx, layout.cy - blip.y
        rho = math.hypot(dx, dy)
        band = bands[blip.ring_id]
        if not band.inner + FOOTPRINT <= rho <= band.outer - FOOTPRINT:
            problems.append(f"blip {blip.number} leaves its ring")
        angle = math.degrees(math.atan2(dy, dx)) % 360
        sector = sectors[blip.quadrant_id]
        if not sector.start <= angle <= sector.end:
            problems.append(f"blip {blip.number} leaves its quadrant")
        if min(abs(dx), abs(dy)) < AXIS_CLEAR + FOOTPRINT:
            problems.append(f"blip {blip.number} touches an axis")
    for text in layout.texts:
        box = text.box
        if box.x0 < 0 or box.y0 < 0 or box.x1 > layout.width or box.y1 > layout.height:
            problems.append(f"text {text.text!r} leaves the canvas")
    for blip in layout.blips:
        if not (FOOTPRINT <= blip.x <= layout.width - FOOTPRINT and FOOTPRINT <= blip.y <= layout.height - FOOTPRINT):
            problems.append(f"blip {blip.number} leaves the canvas")
    return problems
