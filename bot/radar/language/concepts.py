"""The radar's ideas as answers, built from radar.yml: a ring, personas, build vs buy, the flows, signals."""

from __future__ import annotations

from dataclasses import dataclass

from bot.radar.answers import NamesNoTool, Placed, Radar
from bot.radar.catalog import Catalog
from bot.radar.models import BuildVsBuy, Category, Lifecycle, Persona, Ring, Signals, Tool

EXAMPLES_SHOWN = 3


@dataclass(frozen=True)
class RingConcept(NamesNoTool):
    """What one ring means, what to do with its tools, and a few of them."""

    ring: Ring
    count: int
    examples: tuple[Placed, ...]
    moves: str


@dataclass(frozen=True)
class PersonaHelp:
    persona: Persona
    categories: tuple[tuple[Category, tuple[Placed, ...]], ...]


@dataclass(frozen=True)
class PersonasAnswer(NamesNoTool):
    personas: tuple[PersonaHelp, ...]
    lifecycle: Lifecycle


@dataclass(frozen=True)
class BuildVsBuyAnswer(NamesNoTool):
    advice: BuildVsBuy
    swap_first: tuple[Category, ...]


@dataclass(frozen=True)
class FlowAnswer:
    summary: str
    tools: tuple[tuple[Placed, str], ...]

    @property
    def tool_ids(self) -> list[str]:
        return [p.tool.id for p, _ in self.tools]


@dataclass(frozen=True)
class SignalsAnswer(NamesNoTool):
    signals: Signals
    assess_ring: Ring
    examples: tuple[Placed, ...]


@dataclass(frozen=True)
class LifecycleAnswer(NamesNoTool):
    lifecycle: Lifecycle
    personas: tuple[Persona, ...]


ConceptAnswer = RingConcept | PersonasAnswer | BuildVsBuyAnswer | FlowAnswer | SignalsAnswer | LifecycleAnswer


_REFERENCED: dict[int, tuple[Catalog, dict[str, int]]] = {}


def referenced(catalog: Catalog) -> dict[str, int]:
    """How many tools name each tool as related: a sign of how central it is."""
    cached = _REFERENCED.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        counts: dict[str, int] = {}
        for tool in catalog.tools:
            for other in tool.related:
                counts[other] = counts.get(other, 0) + 1
        cached = _REFERENCED[id(catalog)] = (catalog, counts)
    return cached[1]


def best_tools(radar: Radar, tools: list[Tool], most: int = EXAMPLES_SHOWN) -> tuple[Placed, ...]:
    """The tools a team should look at first: better rings first, then the ones others point to."""
    counts = referenced(radar.catalog)
    ordered = sorted(tools, key=lambda t: (radar.team.ring_of(t).order, -counts.get(t.id, 0), t.name.lower()))
    return tuple(radar.placed(t) for t in ordered[:most])


def ring_concept(radar: Radar, ring: Ring) -> RingConcept:
    tools = radar.team.tools_in_ring(ring.id)
    inner = next((r for r in radar.catalog.rings if r.order == ring.order - 1), None)
    moves = (
        f"Tools usually move inwards as teams use them on real problems; the next step from here is {inner.name}."
        if inner
        else "This is the innermost ring: the team's standard."
    )
    return RingConcept(ring, len(tools), best_tools(radar, tools), moves)


def personas(radar: Radar, only: Persona | None = None) -> PersonasAnswer:
    chosen = [only] if only else radar.catalog.framework.personas
    helps = []
    for persona in chosen:
        cats = tuple(
            (radar.catalog.category(c), best_tools(radar, radar.catalog.tools_in_category(c), 2)) for c in persona.helps
        )
        helps.append(PersonaHelp(persona, cats))
    return PersonasAnswer(tuple(helps), radar.catalog.framework.lifecycle)


def build_vs_buy(radar: Radar) -> BuildVsBuyAnswer:
    swap_first = tuple(c for c in radar.catalog.categories if c.quadrant == "specialized-ml-tools")
    return BuildVsBuyAnswer(radar.catalog.framework.build_vs_buy, swap_first)


def flow(radar: Radar) -> FlowAnswer:
    items = []
    for entry in radar.catalog.framework.flow_distinction.tools:
        tool = radar.catalog.tool(entry.tool)
        if tool is not None:
            items.append((radar.placed(tool), entry.what))
    return FlowAnswer(radar.catalog.framework.flow_distinction.summary, tuple(items))


def flow_notes(radar: Radar, tools: list[Tool]) -> list[str]:
    """What tells apart the '-flow' tools among those compared, from the radar's own words."""
    named = {t.id for t in tools}
    entries = [e for e in radar.catalog.framework.flow_distinction.tools if e.tool in named]
    if len(entries) < 2:
        return []
    notes = [radar.catalog.framework.flow_distinction.summary]
    for entry in entries:
        tool = radar.catalog.tool(entry.tool)
        if tool is not None:
            notes.append(f"{tool.name}: {entry.what}")
    return notes


def signals(radar: Radar) -> SignalsAnswer:
    assess = radar.catalog.ring("assess")
    platforms = [t for t in radar.team.tools_in_ring("assess") if t.y > 0]
    return SignalsAnswer(radar.catalog.framework.signals, assess, best_tools(radar, platforms))


def lifecycle(radar: Radar) -> LifecycleAnswer:
    return LifecycleAnswer(radar.catalog.framework.lifecycle, tuple(radar.catalog.framework.personas))
