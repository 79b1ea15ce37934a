"""Finding tools, rings, quadrants and categories from what people type, typos included."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

T = TypeVar("T")

from bot.radar.catalog import Catalog, normalise
from bot.radar.models import Category, Quadrant, Ring, Tool

# Vendor prefixes people often drop ("Amazon SageMaker" -> "sagemaker"). A key derived this
# way is only used when no tool claims it explicitly and no other tool derives it too.
DROPPABLE_PREFIXES = ("apache", "amazon", "aws", "google", "azure", "microsoft", "nvidia", "ibm", "the")

ACCEPT = 0.84  # a typo closer than this to one tool's key finds that tool
SUGGEST = 0.6  # anything closer than this is offered as "did you mean"


@dataclass(frozen=True)
class Match:
    """The result of looking a name up: the tool when one is clear, otherwise suggestions."""

    query: str
    tool: Tool | None
    score: float
    suggestions: tuple[Tool, ...] = ()


class ToolIndex:
    """Every spelling of every tool, normalised, for exact and forgiving lookup."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        explicit: dict[str, str] = {}
        for tool in catalog.tools:
            for name in (tool.id, tool.name, *tool.aliases):
                explicit.setdefault(normalise(name), tool.id)
        derived: dict[str, set[str]] = {}
        for tool in catalog.tools:
            for name in (tool.name, *tool.aliases):
                for key in _derived_keys(name):
                    if key not in explicit:
                        derived.setdefault(key, set()).add(tool.id)
        self._keys: dict[str, str] = dict(explicit)
        self._keys.update({k: next(iter(ids)) for k, ids in derived.items() if len(ids) == 1 and len(k) >= 3})
        self._key_list = list(self._keys)

    def keys(self) -> dict[str, str]:
        """Every normalised spelling the index knows, with the id of the tool it finds."""
        return dict(self._keys)

    def exact(self, text: str) -> Tool | None:
        tool_id = self._keys.get(normalise(text))
        return self.catalog.tool(tool_id) if tool_id else None

    def find(self, text: str) -> Match:
        key = normalise(text)
        if not key:
            return Match(text, None, 0.0)
        if key in self._keys:
            return Match(text, self.catalog.tool(self._keys[key]), 1.0)
        scored = self._scored(key)
        suggestions = tuple(tool for tool, score in scored[:3] if score >= SUGGEST)
        if (
            scored
            and scored[0][1] >= ACCEPT
            and (len(scored) == 1 or scored[0][1] - scored[1][1] >= 0.04 or scored[0][1] >= 0.9)
        ):
            return Match(text, scored[0][0], scored[0][1], suggestions[1:])
        return Match(text, None, scored[0][1] if scored else 0.0, suggestions)

    def _scored(self, key: str) -> list[tuple[Tool, float]]:
        """Tools ranked by their best-matching key, one entry per tool."""
        best: dict[str, float] = {}
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(key)
        for candidate in self._key_list:
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() < SUGGEST or matcher.quick_ratio() < SUGGEST:
                continue
            score = matcher.ratio()
            if score >= SUGGEST:
                tool_id = self._keys[candidate]
                best[tool_id] = max(best.get(tool_id, 0.0), score)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        return [(t, s) for t, s in ((self.catalog.tool(i), s) for i, s in ranked) if t is not None]

    def split_many(self, text: str, most: int = 3) -> list[Match]:
        """Read two or three tool names out of free text ('ml flow kedro', 'dvc, pachyderm')."""
        parts = [
            p
            for p in re.split(r"\s*(?:,|;|\bvs\.?\b|\bversus\b|\bor\b|\band\b|&(?=\s)|\|)\s*", text, flags=re.I)
            if p.strip()
        ]
        if len(parts) >= 2:
            return [self.find(p) for p in parts[:most]]
        words = text.split()
        best: list[Match] = []
        best_score = -1.0
        for count in range(2, min(most, len(words)) + 1):
            for cuts in combinations(range(1, len(words)), count - 1):
                bounds = (0, *cuts, len(words))
                matches = [self.find(" ".join(words[a:b])) for a, b in zip(bounds, bounds[1:])]
                score = sum(m.score for m in matches) / len(matches) - 0.01 * count
                if score > best_score:
                    best, best_score = matches, score
        return best or [self.find(text)]


def _derived_keys(name: str) -> list[str]:
    words = name.lower().split()
    keys = []
    while len(words) > 1 and words[0] in DROPPABLE_PREFIXES:
        words = words[1:]
        keys.append(normalise(" ".join(words)))
    return keys


def _fuzzy_pick(text: str, options: dict[str, T]) -> T | None:
    key = normalise(text)
    if not key:
        return None
    if key in options:
        return options[key]
    close = difflib.get_close_matches(key, list(options), n=1, cutoff=0.75)
    return options[close[0]] if close else None


def find_ring(catalog: Catalog, text: str) -> Ring | None:
    options: dict[str, Ring] = {}
    for ring in catalog.rings:
        for word in (ring.id, ring.name, ring.id + "ed", ring.id + "s", "on" + ring.id, "in" + ring.id):
            options[normalise(word)] = ring
    return _fuzzy_pick(text, options)


QUADRANT_NICKNAMES = {
    "cloud-platforms": ["cloud", "clouds", "cloud platform"],
    "ml-platforms": ["ml platform", "machine learning platform", "platforms", "ml platforms"],
    "specialized-ml-tools": [
        "specialized",
        "specialised",
        "specialised ml tools",
        "specialized tools",
        "ml tools",
        "specialized ml",
    ],
    "standard-swe-tools": [
        "swe",
        "swe tools",
        "software engineering",
        "standard software engineering tools",
        "standard swe",
    ],
}


def find_quadrant(catalog: Catalog, text: str) -> Quadrant | None:
    options: dict[str, Quadrant] = {}
    for quadrant in catalog.quadrants:
        for word in (quadrant.id, quadrant.name, *QUADRANT_NICKNAMES.get(quadrant.id, [])):
            options[normalise(word)] = quadrant
    return _fuzzy_pick(text, options)


def find_category(catalog: Catalog, text: str) -> Category | None:
    options: dict[str, Category] = {}
    for category in catalog.categories:
        for word in (category.id, category.name):
            key = normalise(word)
            options[key] = category
            options[key.rstrip("s")] = category
    text_key = normalise(text)
    return _fuzzy_pick(text_key.rstrip("s") if text_key.rstrip("s") in options else text, options)
