"""The team's radar page as one HTML document: the picture, a filterable table and a detail view per tool.

Everything is rendered on the server, so the page works without JavaScript (each tool's detail
view opens through its `#tool-<id>` anchor); the inline script only adds search and filters.
No external resources: the page must work offline and under a strict Content-Security-Policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from html import escape
from importlib import resources

from bot.radar.answers import Radar, position_words
from bot.radar.formats import move_words
from bot.radar.snapshot import MARK_WORDS, Entry, Snapshot
from bot.services.links import page_path

CHANGE_LABELS = {"new": "New", "in": "Moved in", "out": "Moved out"}


@lru_cache(maxsize=4)
def asset(name: str) -> str:
    return resources.files("bot.web").joinpath("assets", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class PageContext:
    team_id: str
    svg: str
    nonce: str
    access: str = ""  # the query string that carries the page's access on to its downloads
    expires_at: datetime | None = None
    whole: bool = False  # the whole catalog rather than the team's radar


def _search_text(entry: Entry, snapshot: Snapshot) -> str:
    catalog = snapshot.catalog
    tool = entry.tool
    tags = [t.name for t in (catalog.tag(i) for i in tool.tags) if t]
    words = [
        tool.name,
        *tool.aliases,
        tool.id,
        entry.quadrant.name,
        entry.ring.name,
        *(catalog.category(c).name for c in tool.categories),
        *tags,
        tool.description,
    ]
    return " ".join(words).lower()


def _row(entry: Entry, snapshot: Snapshot) -> str:
    tool = entry.tool
    categories = ", ".join(snapshot.catalog.category(c).name for c in tool.categories)
    change = entry.mark or ""
    badge = f'<span class="change change-{change}">{CHANGE_LABELS[change]}</span>' if change else ""
    return (
        f'<tr class="tool" id="row-{escape(tool.id)}" data-tool="{escape(tool.id)}" '
        f'data-quadrant="{entry.quadrant.id}" '
        f'data-ring="{entry.ring.id}" data-change="{change}" data-voted="{1 if entry.history else 0}" '
        f'data-search="{escape(_search_text(entry, snapshot))}">'
        f'<td class="num">{entry.number}</td>'
        f'<td><a href="#tool-{escape(tool.id)}">{escape(tool.name)}</a></td>'
        f'<td><span class="ring ring-{entry.ring.id}">{escape(entry.ring.name)}</span></td>'
        f"<td>{escape(categories)}</td>"
        f"<td>{badge}</td></tr>"
    )


def _table(snapshot: Snapshot) -> str:
    parts: list[str] = []
    for quadrant in snapshot.catalog.quadrants:
        entries = snapshot.in_quadrant(quadrant.id)
        parts.append(f'<section class="quadrant" data-quadrant="{quadrant.id}" aria-labelledby="q-{quadrant.id}">')
        parts.append(
            f'<h2 id="q-{quadrant.id}">{escape(quadrant.name)} '
            f"<small>{escape(quadrant.scope)}, {escape(quadrant.artifact)}-focused</small></h2>"
        )
        parts.append(f'<p class="quadrant-desc">{escape(quadrant.description)}</p>')
        parts.append(
            '<table><thead><tr><th scope="col">#</th><th scope="col">Tool</th><th scope="col">Ring</th>'
            '<th scope="col">Category</th><th scope="col">Change</th></tr></thead>'
        )
        for ring in snapshot.catalog.rings:
            members = [e for e in entries if e.ring.id == ring.id]
            if not members:
                continue
            parts.append(
                f'<tbody data-ring="{ring.id}"><tr class="ring-row"><th colspan="5" scope="rowgroup">'
                f"{escape(ring.name)} <small>{escape(ring.strategy)}</small></th></tr>"
            )
            parts.extend(_row(e, snapshot) for e in members)
            parts.append("</tbody>")
        parts.append("</table></section>")
    return "\n".join(parts)


def _history(entry: Entry, snapshot: Snapshot) -> str:
    names: dict[str, str] = {r.id: r.name for r in snapshot.catalog.rings}
    if not entry.history:
        return f"<p>No moves yet: the catalog places it in {escape(entry.default_ring.name)}.</p>"
    items = [
        f'<li><time datetime="{m.decided_at:%Y-%m-%d}">{m.decided_at:%Y-%m-%d}</time>: '
        f"{escape(move_words(m, names))}</li>"
        for m in reversed(entry.history)
    ]
    items.append(f"<li>Before that: placed in {escape(entry.default_ring.name)} by the catalog.</li>")
    return '<ul class="history">' + "".join(items) + "</ul>"


def _detail(entry: Entry, snapshot: Snapshot, radar: Radar) -> str:
    tool = entry.tool
    categories = ", ".join(snapshot.catalog.category(c).name for c in tool.categories)
    links = [f'<li><a href="{escape(str(tool.homepage))}" rel="noopener noreferrer" target="_blank">Homepage</a></li>']
    if tool.repo:
        links.append(
            f'<li><a href="{escape(str(tool.repo))}" rel="noopener noreferrer" target="_blank">Repository</a></li>'
        )
    facts = ["Open source" if tool.license == "open-source" else "Commercial", f"since {tool.since}"]
    if tool.thoughtworks:
        facts.append(f"Thoughtworks Radar: {tool.thoughtworks.ring.title()} (volume {tool.thoughtworks.volume})")
    change = f' <span class="change change-{entry.mark}">{MARK_WORDS[entry.mark]}</span>' if entry.mark else ""
    return (
        f'<section class="detail" id="tool-{escape(tool.id)}" aria-labelledby="title-{escape(tool.id)}">'
        f'<a class="close" href="#tools" aria-label="Close">×</a>'
        f'<h2 id="title-{escape(tool.id)}"><span class="num">{entry.number}</span> {escape(tool.name)}{change}</h2>'
        f'<p class="placement"><span class="ring ring-{entry.ring.id}">{escape(entry.ring.name)}</span> '
        f"{escape(entry.quadrant.name)} · {escape(categories)} · {escape(position_words(tool))}</p>"
        f'<p class="description">{escape(tool.description)}</p>'
        f"<p><strong>Why here:</strong> {escape(radar.why(tool))}</p>"
        f'<p class="practice"><strong>{escape(entry.ring.name)} in practice:</strong> {escape(entry.ring.practice)}</p>'
        f'<ul class="links">{"".join(links)}</ul>'
        f'<p class="facts">{escape(" · ".join(facts))}</p>'
        f"<h3>History of moves</h3>{_history(entry, snapshot)}"
        "</section>"
    )


def _with_view(access: str, whole: bool) -> str:
    """The access query string, plus view=all for the whole catalog."""
    if not whole:
        return access
    return f"{access}&view=all" if access else "?view=all"


def _options(pairs: list[tuple[str, str]]) -> str:
    return "".join(f'<option value="{escape(v)}">{escape(label)}</option>' for v, label in pairs)


def render_page(snapshot: Snapshot, context: PageContext) -> str:
    catalog = snapshot.catalog
    radar = Radar(snapshot.team)
    total = len(snapshot.entries)
    validity = f" · this link works until {context.expires_at:%Y-%m-%d %H:%M} UTC" if context.expires_at else ""
    nonce = escape(context.nonce)
    view = _with_view(context.access, context.whole)
    png_href = escape(page_path(context.team_id, "/radar.png") + view)
    svg_href = escape(page_path(context.team_id, "/radar.svg") + view)
    other = escape(page_path(context.team_id, "") + _with_view(context.access, not context.whole))
    shown = "the whole catalog" if context.whole else "our radar"
    toggle = f'<a href="{other}">Show {"our radar" if context.whole else "the whole catalog"}</a>'
    filters = (
        '<form id="filters" role="search" aria-label="Filter the tools">'
        '<label>Search <input id="search" type="search" placeholder="Name, category, use case…" autocomplete="off">'
        "</label>"
        '<label>Quadrant <select id="filter-quadrant"><option value="">All quadrants</option>'
        f"{_options([(q.id, q.name) for q in catalog.quadrants])}</select></label>"
        '<label>Ring <select id="filter-ring"><option value="">All rings</option>'
        f"{_options([(r.id, r.name) for r in catalog.rings])}</select></label>"
        '<label>Changes <select id="filter-change"><option value="">Any</option>'
        + _options(
            [("new", "New to the radar"), ("moved", "Moved by the last poll"), ("voted", "Ever moved by the team")]
        )
        + f'</select></label><output id="count" aria-live="polite">{total} of {total} tools</output></form>'
    )
    details = "\n".join(_detail(e, snapshot, radar) for e in snapshot.entries)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>MLOps Radar · {escape(context.team_id)}</title>
<style nonce="{nonce}">{asset("page.css")}</style>
</head>
<body>
<header class="top">
<h1>MLOps Radar</h1>
<p class="meta">Team {escape(context.team_id)} · {shown} · as of {snapshot.as_of:%Y-%m-%d} · {total} tools{validity}</p>
<nav>{toggle} <a href="{png_href}" download>Download PNG</a> <a href="{svg_href}" download>Download SVG</a>
<button type="button" id="zoom" aria-pressed="false">Actual size</button></nav>
</header>
<main>
<section id="picture" aria-label="The radar picture"><div class="frame">{context.svg}</div></section>
<section id="tools" aria-label="Tools by quadrant and ring">
{filters}
{_table(snapshot)}
<p id="no-match" hidden>No tool matches these filters.</p>
</section>
{details}
</main>
<script nonce="{nonce}">{asset("page.js")}</script>
</body>
</html>
"""
