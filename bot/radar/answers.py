"""Answers as plain data: what the radar says about a tool, a ring, a quadrant or a comparison."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass

from bot.radar.catalog import Catalog, normalise
from bot.radar.commands import Command, Usage
from bot.radar.language.lookup import ToolIndex, find_category, find_quadrant, find_ring
from bot.radar.models import Axes, Category, Quadrant, Ring, Tool
from bot.radar.team import STARTER, Entry, RingMove, TeamRadar

NEIGHBOURS_SHOWN = 8
COMPARED_MOST = 3  # tools side by side in one answer: more would not fit a phone's screen
COMPARED_READ = 6  # names read from a compare command, those beyond the first few said to be left out
LIST_SHOWN = 40


class NamesNoTool:
    """For answers about the radar itself rather than any tool: `--json` lists no tool ids for them."""

    @property
    def tool_ids(self) -> list[str]:
        return []


@dataclass(frozen=True)
class Placed:
    """A tool together with the ring the team has it in."""

    tool: Tool
    ring: Ring


@dataclass(frozen=True)
class ToolCard:
    tool: Tool
    category: Category
    also_in: tuple[Category, ...]
    quadrant: Quadrant
    ring: Ring
    ring_voted: bool
    latest_move: RingMove | None
    position: str
    why: str
    neighbours: tuple[Placed, ...]
    more_neighbours: int
    # the two layers: whether the team placed it, its entry, and where the framework would put it
    on_radar: bool = True
    entry: Entry | None = None
    framework_ring: Ring | None = None
    team_view: bool = False  # False: the whole catalog as a radar, where every tool counts as placed

    @property
    def tool_ids(self) -> list[str]:
        return [self.tool.id]


@dataclass(frozen=True)
class NotFound(NamesNoTool):
    query: str
    kind: str
    suggestions: tuple[str, ...] = ()
    suggested_tools: tuple[Tool, ...] = ()


@dataclass(frozen=True)
class Help(NamesNoTool):
    commands: tuple[Usage, ...]
    intro: str = "I explain where MLOps tools sit on the team's radar and what to do with them."


@dataclass(frozen=True)
class RingsOverview(NamesNoTool):
    rings: tuple[tuple[Ring, int], ...]


@dataclass(frozen=True)
class QuadrantsOverview(NamesNoTool):
    axes: Axes
    quadrants: tuple[tuple[Quadrant, tuple[tuple[Category, int], ...]], ...]


@dataclass(frozen=True)
class ToolGroup:
    heading: str
    tools: tuple[Placed, ...]
    hidden: int = 0


@dataclass(frozen=True)
class ToolList:
    title: str
    intro: str
    groups: tuple[ToolGroup, ...]
    more_hint: str = ""

    @property
    def tool_ids(self) -> list[str]:
        return [p.tool.id for g in self.groups for p in g.tools]

    @property
    def total(self) -> int:
        return sum(len(g.tools) + g.hidden for g in self.groups)


@dataclass(frozen=True)
class Comparison:
    cards: tuple[ToolCard, ...]
    differences: tuple[str, ...]
    missing: tuple[NotFound, ...] = ()
    left_out: tuple[Tool, ...] = ()  # named beyond the most compared at once

    @property
    def tool_ids(self) -> list[str]:
        return [c.tool.id for c in self.cards]


@dataclass(frozen=True)
class Refusal(NamesNoTool):
    """Input we cannot act on, with what to type instead."""

    message: str
    example: str = ""


# picks which of a group's tools to show, and in what order, at most n of them
ToolChooser = Callable[[list[Tool], int], tuple[Placed, ...]]

Answer = ToolCard | NotFound | Help | RingsOverview | QuadrantsOverview | ToolList | Comparison | Refusal


def position_words(tool: Tool) -> str:
    """Where a tool sits on the two axes, in words ('model-focused, all-in-one')."""

    def side(value: float, low: str, high: str) -> str:
        word = high if value > 0 else low
        if abs(value) < 0.25:
            return f"leaning {word}"
        if abs(value) >= 0.75:
            return f"strongly {word}"
        return word

    return f"{side(tool.x, 'software-focused', 'model-focused')}, {side(tool.y, 'piecemeal', 'all-in-one')}"


@dataclass(frozen=True)
class Members:
    """The catalog's tools by the team's ring and by category (ring order, then name): computed once per radar."""

    by_ring: dict[str, list[Tool]]
    by_category: dict[str, list[Tool]]
    by_tag: dict[str, list[Tool]]
    by_category_tag: dict[tuple[str, str], list[Tool]]
    order: dict[str, int]  # position in (team ring, name) order
    ring_order: dict[str, int]  # the team ring's order of each tool
    by_ring_quadrant: dict[tuple[str, str], list[Tool]]  # (ring, quadrant) -> tools by name
    best: dict[str, int]  # position in (team ring, most named as related, name) order: who to look at first
    by_best: list[Tool]  # the catalog's tools in that order


_MEMBERS: dict[int, tuple[TeamRadar, Members]] = {}


def members(team: TeamRadar) -> Members:
    """The team's radar grouped once; a radar only changes with the database, and a new one is a new object."""
    cached = _MEMBERS.get(id(team))
    if cached is not None and cached[0] is team:
        return cached[1]
    rings = {t.id: team.ring_of(t) for t in team.catalog.tools}
    ordered = sorted(team.catalog.tools, key=lambda t: (rings[t.id].order, t.name.lower()))
    by_ring: dict[str, list[Tool]] = {}
    by_category: dict[str, list[Tool]] = {}
    for tool in ordered:  # each ring's tools by name, so that a ring's list needs no sorting
        by_ring.setdefault(rings[tool.id].id, []).append(tool)
    by_tag: dict[str, list[Tool]] = {}
    by_category_tag: dict[tuple[str, str], list[Tool]] = {}
    for tool in ordered:
        for category in dict.fromkeys(tool.categories):
            by_category.setdefault(category, []).append(tool)
        for tag in dict.fromkeys(tool.tags):
            by_tag.setdefault(tag, []).append(tool)
            for category in dict.fromkeys(tool.categories):
                by_category_tag.setdefault((category, tag), []).append(tool)
    by_ring_quadrant: dict[tuple[str, str], list[Tool]] = {}
    for ring_id, tools in by_ring.items():
        for tool in tools:
            by_ring_quadrant.setdefault((ring_id, team.catalog.quadrant_of(tool).id), []).append(tool)
    referenced = team.catalog.referenced
    best = sorted(team.catalog.tools, key=lambda t: (rings[t.id].order, -referenced(t.id), t.name.lower()))
    result = Members(
        by_ring,
        by_category,
        by_tag,
        by_category_tag,
        {t.id: n for n, t in enumerate(ordered)},
        {i: r.order for i, r in rings.items()},
        by_ring_quadrant,
        {t.id: n for n, t in enumerate(best)},
        best,
    )
    if len(_MEMBERS) > 16:
        _MEMBERS.clear()
    _MEMBERS[id(team)] = (team, result)
    return result


@dataclass
class Radar:
    """The pure answering core: given the team's radar, answer parsed commands."""

    team: TeamRadar
    index: ToolIndex | None = None

    def __post_init__(self) -> None:
        # building the index costs milliseconds; callers answering many requests pass one in
        if self.index is None:
            self.index = ToolIndex(self.team.catalog)

    @property
    def catalog(self) -> Catalog:
        return self.team.catalog

    def answer(self, command: Command) -> Answer:
        """The answer to a sub-command the core knows; the command table decides which those are."""
        match command.name:
            case "lookup":
                return self.lookup(command.argument)
            case "compare":
                return self.compare_named(command.argument)
            case "ring":
                return self.ring_answer(command.argument)
            case "quadrant":
                return self.quadrant_answer(command.argument)
            case "category":
                return self.category_answer(command.argument)
            case "rings":
                return self.rings_overview()
            case "quadrants":
                return self.quadrants_overview()
        return Refusal(f"`{command.name}` is not something I can answer here.", "/radar help")

    # --- tools -------------------------------------------------------------------------

    def placed(self, tool: Tool) -> Placed:
        return Placed(tool, self.team.ring_of(tool))

    def card(self, tool: Tool) -> ToolCard:
        catalog = self.catalog
        category = catalog.category(tool.category)
        neighbours, peers = self._neighbours(tool)
        return ToolCard(
            tool=tool,
            category=category,
            also_in=tuple(catalog.category(c) for c in tool.also_in),
            quadrant=catalog.quadrant_of(tool),
            ring=self.team.ring_of(tool),
            ring_voted=self.team.voted(tool),
            latest_move=self._latest_decision(tool),
            position=position_words(tool),
            why=self._why(tool, category),
            neighbours=tuple(self.placed(t) for t in neighbours[:NEIGHBOURS_SHOWN]),
            more_neighbours=max(0, peers - NEIGHBOURS_SHOWN),
            on_radar=self.team.on_radar(tool),
            entry=self.team.entry(tool),
            framework_ring=self.team.framework_ring(tool),
            team_view=not self.team.whole_catalog,
        )

    def _latest_decision(self, tool: Tool) -> RingMove | None:
        """The team's own latest move of the tool (not the starter set's placement)."""
        move = self.team.latest_moves.get(tool.id)
        return move if move is not None and move.by != STARTER and self.team.on_radar(tool) else None

    def why(self, tool: Tool) -> str:
        """Why the tool sits in its ring for this team: the team's vote, else the catalog's reason."""
        return self._why(tool, self.catalog.category(tool.category))

    def _why(self, tool: Tool, category: Category) -> str:
        move = self.team.latest_moves.get(tool.id)
        if move and move.by != STARTER and self.team.on_radar(tool):
            return self._decided(move)
        parts = [tool.ring_reason] if tool.ring_reason else []
        parts.append(tool.note or category.note)
        return " ".join(p for p in parts if p)

    def _decided(self, move: RingMove) -> str:
        """How the team's ring came about: a vote, a decision or an imported sheet."""
        to = self.catalog.ring(move.to_ring).name
        frm = self.catalog.ring(move.from_ring).name if move.from_ring else ""
        when = f"{move.decided_at:%Y-%m-%d}"
        votes = ", ".join(f"{self.catalog.ring(r).name} {n}" for r, n in move.tally.items() if n)
        contested = " It was close (one vote), so it comes back on the next ballot." if move.contested else ""
        if votes:
            change = f"from {frm} to {to}" if frm else f"onto the radar in {to}"
            return f"The team voted it {change} on {when} ({votes}).{contested}"
        who = f" by <@{move.by}>" if move.by else ""
        why = f": {move.note}" if move.note else "."
        if move.what == "placed":
            return f"Placed in {to} on {when}{who}{why}"
        if not move.by:  # a ring set by an imported sheet rather than a poll
            return f"The team set it from {frm or 'off the radar'} to {to} on {when}, importing its earlier radar."
        return f"Moved from {frm or 'off the radar'} to {to} on {when}{who}{why}"

    def _neighbours(self, tool: Tool) -> tuple[list[Tool], int]:
        """The first tools of its categories, the ones it names as related first, then those sharing the most
        use cases, then the team's better rings; and how many tools its categories hold besides it.

        Each list in `members` is in ring order already, so only tools sharing a use case are counted and
        only the few shown are ordered: a large catalog never costs a sort of whole categories.
        """
        groups = members(self.team)
        categories = list(dict.fromkeys(tool.categories))
        if len(categories) == 1:
            total = len(groups.by_category.get(categories[0], ())) - 1
        else:
            total = len({t.id for c in categories for t in groups.by_category.get(c, ())} - {tool.id})
        in_categories = {c for c in categories}
        related = [
            t
            for t in (self.catalog.tool(r) for r in dict.fromkeys(tool.related))
            if t is not None and t.id != tool.id and not in_categories.isdisjoint(t.categories)
        ]
        chosen = {tool.id} | {t.id for t in related}
        shared: dict[str, int] = {}
        for tag in dict.fromkeys(tool.tags):
            seen_here: set[str] = set()
            for category in categories:
                for other in groups.by_category_tag.get((category, tag), ()):
                    if other.id not in chosen and other.id not in seen_here:
                        seen_here.add(other.id)
                        shared[other.id] = shared.get(other.id, 0) + 1
        wanted = NEIGHBOURS_SHOWN - len(related)
        best = heapq.nsmallest(max(0, wanted), shared, key=lambda tid: (-shared[tid], groups.order[tid]))
        found = related + [t for t in (self.catalog.tool(i) for i in best) if t is not None]
        if len(found) < NEIGHBOURS_SHOWN:
            taken = chosen | set(best)
            rest = {t.id: t for c in categories for t in groups.by_category.get(c, ()) if t.id not in taken}
            found += heapq.nsmallest(NEIGHBOURS_SHOWN - len(found), rest.values(), key=lambda t: groups.order[t.id])
        return found[:NEIGHBOURS_SHOWN], total

    def lookup(self, text: str) -> Answer:
        assert self.index is not None  # set in __post_init__
        own = self.team.named(text)  # a tool the team defined answers like any catalog tool
        if own is not None:
            return self.card(own)
        match = self.index.find(text)
        if match.tool:
            return self.card(match.tool)
        if normalise(text) in self.catalog.products_elsewhere:
            return NotFound(text, "tool", (), ())  # ("power bi": a product the radar leaves out, no misspelling)
        return NotFound(text, "tool", tuple(t.name for t in match.suggestions), match.suggestions)

    def compare_named(self, text: str) -> Answer:
        if not text:
            return Refusal("Tell me which tools to compare.", "/radar compare mlflow kubeflow")
        assert self.index is not None  # set in __post_init__
        matches = self.index.split_many(text, most=COMPARED_READ)
        found = [m.tool for m in matches if m.tool]
        missing = tuple(
            NotFound(m.query, "tool", tuple(t.name for t in m.suggestions), m.suggestions)
            for m in matches
            if not m.tool
        )
        unique = list({t.id: t for t in found}.values())
        if len(unique) < 2:
            if missing:
                return missing[0]
            return Refusal("I need two or three different tools to compare.", "/radar compare dvc pachyderm")
        return self.compare(unique, missing)

    def compare(self, tools: list[Tool], missing: tuple[NotFound, ...] = ()) -> Comparison:
        """The first few tools side by side; those named beyond them are said to be left out."""
        cards = tuple(self.card(t) for t in tools[:COMPARED_MOST])
        return Comparison(cards, tuple(self._differences(cards)), missing, tuple(tools[COMPARED_MOST:]))

    def _differences(self, cards: tuple[ToolCard, ...]) -> list[str]:
        notes: list[str] = []

        def names(pick: Callable[[ToolCard], str]) -> str:
            return "; ".join(f"{c.tool.name}: {pick(c)}" for c in cards)

        if len({c.quadrant.id for c in cards}) > 1:
            notes.append(f"Different quadrants ({names(lambda c: c.quadrant.name)}).")
        elif len({c.category.id for c in cards}) > 1:
            notes.append(f"Same quadrant, different categories ({names(lambda c: c.category.name)}).")
        else:
            notes.append(f"Direct alternatives: all in {cards[0].category.name}.")
        scopes = {c.tool.y > 0 for c in cards}
        if len(scopes) > 1:
            notes.append(
                f"Scope differs ({names(lambda c: 'all-in-one' if c.tool.y > 0 else 'piecemeal')}): an all-in-one tool "
                "is a bigger commitment, a piecemeal one is easier to swap."
            )
        if len({c.ring.id for c in cards}) > 1:
            best = min(cards, key=lambda c: c.ring.order)
            notes.append(f"Rings differ ({names(lambda c: c.ring.name)}); {best.tool.name} is the safer bet today.")
        else:
            notes.append(f"Same ring: {cards[0].ring.name}.")
        for card in cards:
            own = [t for t in card.tool.tags if not any(t in other.tool.tags for other in cards if other is not card)]
            labels = [tag.name for t in own[:3] if (tag := self.catalog.tag(t))]
            if labels:
                notes.append(f"Only {card.tool.name} is for {', '.join(labels)}.")
        return notes

    # --- lists ---------------------------------------------------------------------------

    def ring_answer(self, text: str) -> Answer:
        ring = find_ring(self.catalog, text)
        if ring is None:
            return NotFound(text, "ring", tuple(r.name for r in self.catalog.rings))
        return self.ring_list(ring)

    def ring_list(
        self, ring: Ring, limit: int = 12, choose: ToolChooser | None = None, more: Callable[[int], str] | None = None
    ) -> ToolList:
        """A ring by quadrant; `choose` picks the tools shown, `more` words the pointer to the rest."""
        grouped = members(self.team).by_ring_quadrant  # grouped once per radar: thousands in a large catalog
        groups = [
            self._group(q.name, grouped[(ring.id, q.id)], limit, choose, by_name=True)
            for q in self.catalog.quadrants
            if (ring.id, q.id) in grouped
        ]
        hidden = sum(g.hidden for g in groups)
        hint = (more(hidden) if more else self._more_hint(groups, "/radar quadrant <name>")) if hidden else ""
        return ToolList(f"{ring.name}: {ring.strategy}", f"In practice: {ring.practice}", tuple(groups), hint)

    def quadrant_answer(self, text: str) -> Answer:
        quadrant = find_quadrant(self.catalog, text)
        if quadrant is None:
            return NotFound(text, "quadrant", tuple(q.name for q in self.catalog.quadrants))
        groups = []
        for category in self.catalog.categories_in_quadrant(quadrant.id):
            tools = [t for t in self.catalog.tools_in_category(category.id) if t.category == category.id]
            groups.append(
                self._group(f"{category.name} (default {self.catalog.ring(category.default_ring).name})", tools)
            )
        return ToolList(
            quadrant.name, quadrant.description, tuple(groups), self._more_hint(groups, "/radar category <name>")
        )

    def category_answer(self, text: str) -> Answer:
        category = find_category(self.catalog, text)
        if category is None:
            return NotFound(text, "category", tuple(c.name for c in self.catalog.categories))
        tools = self.catalog.tools_in_category(category.id)
        quadrant = self.catalog.quadrant(category.quadrant)
        groups = []
        for ring in self.catalog.rings:
            in_ring = [t for t in tools if self.team.ring_of(t).id == ring.id]
            if in_ring:
                groups.append(self._group(ring.name, in_ring, limit=LIST_SHOWN))
        intro = (
            f"{category.description} Quadrant: {quadrant.name}. Default ring: "
            f"{self.catalog.ring(category.default_ring).name}. {category.note}"
        )
        return ToolList(category.name, intro, tuple(groups), self._more_hint(groups, "/radar <tool>"))

    def _group(
        self,
        heading: str,
        tools: list[Tool],
        limit: int = 12,
        choose: ToolChooser | None = None,
        *,
        by_name: bool = False,  # the tools share a ring and come sorted by name already
    ) -> ToolGroup:
        if choose:
            shown = choose(tools, limit)
        elif by_name:
            shown = tuple(self.placed(t) for t in tools[:limit])
        else:
            # the first few of a long group: a partial sort, not the whole ring (thousands in a large catalog)
            ordered = heapq.nsmallest(limit, tools, key=lambda t: (self.team.ring_of(t).order, t.name.lower()))
            shown = tuple(self.placed(t) for t in ordered)
        return ToolGroup(heading, shown, max(0, len(tools) - len(shown)))

    @staticmethod
    def _more_hint(groups: list[ToolGroup], command: str) -> str:
        hidden = sum(g.hidden for g in groups)
        return f"{hidden} more not shown; narrow it down with `{command}`." if hidden else ""

    # --- overviews -----------------------------------------------------------------------

    def rings_overview(self, _: str = "") -> Answer:
        return RingsOverview(tuple((r, len(members(self.team).by_ring.get(r.id, []))) for r in self.catalog.rings))

    def quadrants_overview(self, _: str = "") -> Answer:
        quadrants = tuple(
            (
                q,
                tuple(
                    (c, len(self.catalog.tools_in_category(c.id))) for c in self.catalog.categories_in_quadrant(q.id)
                ),
            )
            for q in self.catalog.quadrants
        )
        return QuadrantsOverview(self.catalog.framework.axes, quadrants)

    def help(self, usages: tuple[Usage, ...]) -> Answer:
        return Help(usages)
