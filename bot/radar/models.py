"""Pydantic models of the radar's knowledge: rings, axes, quadrants, categories and tools."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

SLUG = r"^[a-z0-9][a-z0-9-]*$"

RingId = Literal["adopt", "trial", "assess", "hold"]
QuadrantId = Literal["cloud-platforms", "ml-platforms", "specialized-ml-tools", "standard-swe-tools"]


class Strict(BaseModel):
    """Base for catalog models: unknown keys are mistakes, not extensions."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Ring(Strict):
    id: RingId
    name: str
    order: int = Field(ge=1, le=4)
    strategy: str
    actions: list[str] = Field(min_length=1)
    practice: str


class Axis(Strict):
    name: str
    low: str
    high: str
    description: str


class Axes(Strict):
    artifact: Axis
    scope: Axis


class Quadrant(Strict):
    id: QuadrantId
    name: str
    order: int = Field(ge=1, le=4)
    artifact: Literal["software", "model"]
    scope: Literal["piecemeal", "all-in-one"]
    description: str

    def contains(self, x: float, y: float) -> bool:
        """Whether a point (artifact x, scope y in [-1, 1]) falls inside this quadrant."""
        x_ok = x > 0 if self.artifact == "model" else x < 0
        y_ok = y > 0 if self.scope == "all-in-one" else y < 0
        return x_ok and y_ok


class Category(Strict):
    id: str = Field(pattern=SLUG)
    name: str
    quadrant: QuadrantId
    default_ring: RingId
    description: str
    note: str
    # other names people give the kind ("in-house ML platforms" for custom ones)
    also_called: list[str] = []


class Persona(Strict):
    id: str = Field(pattern=SLUG)
    name: str
    wants: str
    frustration: str
    needs: str
    helps: list[str]


class BuildVsBuy(Strict):
    stance: str
    rules: list[str]
    caveat: str


class FlowTool(Strict):
    tool: str
    what: str


class FlowDistinction(Strict):
    summary: str
    tools: list[FlowTool]


class Signal(Strict):
    name: str
    what: str


class Signals(Strict):
    summary: str
    items: list[Signal]


class Lifecycle(Strict):
    summary: str


class Framework(Strict):
    """Everything in `radar.yml`: the shape of the radar, without its tools."""

    rings: list[Ring] = Field(min_length=4, max_length=4)
    axes: Axes
    quadrants: list[Quadrant] = Field(min_length=4, max_length=4)
    categories: list[Category] = Field(min_length=1)
    personas: list[Persona]
    build_vs_buy: BuildVsBuy
    flow_distinction: FlowDistinction
    signals: Signals
    lifecycle: Lifecycle


class Tag(Strict):
    id: str = Field(pattern=SLUG)
    name: str
    phrases: list[str] = Field(min_length=1)
    # how people describe the trouble this use case solves without naming it; read by retrieval only
    problems: list[str] = Field(default_factory=list)


class TagVocabulary(Strict):
    tags: list[Tag] = Field(min_length=1)


class ThoughtworksPlacement(Strict):
    ring: Literal["adopt", "trial", "assess", "hold", "caution"]
    volume: int = Field(ge=1)
    date: str | None = None


class Tool(Strict):
    id: str = Field(pattern=SLUG)
    name: str = Field(min_length=1)
    aliases: list[str] = []
    category: str
    also_in: list[str] = Field(default=[], description="Further categories, for tools the posts place twice")
    ring: RingId | None = Field(default=None, description="Omit to take the category's default ring")
    ring_reason: str | None = Field(default=None, description="Required when ring differs from the category default")
    x: float = Field(ge=-1, le=1, description="Artifact axis: -1 software-focused, +1 model-focused")
    y: float = Field(ge=-1, le=1, description="Scope axis: -1 piecemeal, +1 all-in-one")
    description: str = Field(min_length=20)
    note: str | None = Field(default=None, description="Why it sits where it does, in our words")
    tags: list[str] = Field(min_length=1)
    homepage: HttpUrl
    repo: HttpUrl | None = None
    license: Literal["open-source", "commercial", "internal"]  # internal: built in-house
    since: int = Field(ge=1970, le=2030)
    thoughtworks: ThoughtworksPlacement | None = None
    related: list[str] = []
    sources: list[str] = Field(min_length=1)
    discontinued: bool = Field(
        default=False,
        description="The project or service has stopped (shut down, archived): looked up, never recommended",
    )

    @field_validator("aliases", "tags", "related", "also_in")
    @classmethod
    def no_blank_entries(cls, values: list[str]) -> list[str]:
        if any(not v.strip() for v in values):
            raise ValueError("entries must not be blank")
        return values

    @field_validator("description")
    @classmethod
    def two_to_four_sentences(cls, text: str) -> str:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
        if not 2 <= len(sentences) <= 4:
            raise ValueError(f"description should be two to four sentences, found {len(sentences)}")
        return text.strip()

    @property
    def categories(self) -> list[str]:
        return [self.category, *self.also_in]


class ToolFile(Strict):
    tools: list[Tool] = Field(min_length=1)


class SeedPlacement(Strict):
    tool: str
    categories: list[str] = Field(min_length=1)
    ring: RingId


class SeedFile(Strict):
    """The placements the seed posts give, which the catalog must honour."""

    seeds: list[SeedPlacement]
