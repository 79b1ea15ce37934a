"""Needs and ideas found by retrieval: BM25 over tag phrases, category and tool descriptions, and concept notes."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.radar.catalog import Catalog
from bot.radar.language.text import GLUE_WORDS, STOP_WORDS, stem, words

# Words every question uses; they say nothing about which use case or idea is meant.
QUESTION_WORDS = frozenset(
    {
        "tool",
        "tools",
        "use",
        "using",
        "need",
        "want",
        "what",
        "which",
        "good",
        "best",
        "team",
        "something",
        "way",
        "model",
        "models",
        "ml",
        "data",
        "radar",
        "should",
        "would",
        "could",
        "people",
        "like",
        "thing",
        "stuff",
        "recommend",
        "recommendation",
        "recommendations",
        "suggest",
        "suggestion",
        "pick",
        "choose",
        "help",
    }
)
QUESTION_STEMS = frozenset(stem(w) for w in QUESTION_WORDS)


def terms(text: str) -> list[str]:
    """The stems BM25 compares: content words only, the same stemmer as the rules use."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS and w not in GLUE_WORDS and w not in QUESTION_WORDS]


@dataclass(frozen=True)
class Hit:
    key: str
    score: float  # BM25 score
    share: float  # score divided by the best score of this query (1.0 for the best)


class Ranker:
    """A BM25 index over a few labelled documents (each document a bag of texts, repeated texts weigh more)."""

    def __init__(self, docs: Sequence[tuple[str, Iterable[str]]]) -> None:
        # imported here: the index is built with the first question, and start-up need not load numpy
        import bm25s

        # bm25s sets its own logger to DEBUG and reports every index it builds; only its warnings matter here
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self.keys = [key for key, _ in docs]
        self._position = {key: number for number, key in enumerate(self.keys)}
        corpus = [[t for text in texts for t in terms(text)] or ["_"] for _, texts in docs]
        self.vocabulary = {t for doc in corpus for t in doc}
        self._terms = [frozenset(doc) for doc in corpus]
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        # the last query's scores: a recommendation asks the same words twice (the best tools of the whole catalog,
        # then how well each candidate is described)
        self._last: tuple[tuple[str, ...], Any] | None = None

    def _known(self, query: Iterable[str]) -> list[str]:
        """The query's stems this index knows, question words aside."""
        return [s for s in query if s in self.vocabulary and s not in QUESTION_STEMS]

    def _scored(self, stems: list[str]) -> Any:
        key = tuple(stems)
        if self._last is None or self._last[0] != key:
            self._last = (key, self._bm25.get_scores(stems))
        return self._last[1]

    def scores(self, query: Iterable[str], keys: Iterable[str]) -> dict[str, float]:
        """The BM25 scores of the named documents for the query's stems (documents sharing none score 0)."""
        stems = self._known(query)
        if not stems:
            return {}
        scores = self._scored(stems)
        return {key: float(scores[self._position[key]]) for key in keys if key in self._position}

    def shared(self, query: Iterable[str], key: str) -> int:
        """How many of the query's distinct stems the named document holds."""
        return len(self.common_terms(query, key))

    def common_terms(self, query: Iterable[str], key: str) -> frozenset[str]:
        """The query's stems the named document holds."""
        position = self._position.get(key)
        if position is None:
            return frozenset()
        return frozenset(self._known(query)) & self._terms[position]

    def rank(self, query: Iterable[str], most: int = 3) -> list[Hit]:
        """The best documents for the query's stems, best first; empty when no stem is known."""
        stems = self._known(query)
        if not stems or not self.keys:
            return []
        scores = self._scored(stems)
        order = sorted(range(len(scores)), key=lambda i: -scores[i])[:most] if len(scores) < 64 else _top(scores, most)
        best = float(scores[order[0]]) if len(order) else 0.0
        if best <= 0:
            return []
        return [Hit(self.keys[i], float(scores[i]), float(scores[i]) / best) for i in order if scores[i] > 0]


def tag_documents(catalog: Catalog) -> list[tuple[str, list[str]]]:
    """One document per use-case tag: its name and phrases (twice, they are the vocabulary), the
    descriptions of the tools that list it first, and the description of the category it lives in."""
    described: dict[str, list[str]] = {t.id: [] for t in catalog.tags}
    homes: dict[str, dict[str, int]] = {t.id: {} for t in catalog.tags}
    for tool in catalog.tools:
        if tool.tags and tool.tags[0] in described:
            described[tool.tags[0]].append(tool.description)
        for tag_id in tool.tags[:2]:
            if tag_id in homes:
                homes[tag_id][tool.category] = homes[tag_id].get(tool.category, 0) + 1
    docs = []
    for tag in catalog.tags:
        phrases = [tag.name, *tag.phrases]
        home = max(homes[tag.id].items(), key=lambda kv: kv[1])[0] if homes[tag.id] else None
        category = [catalog.category(home).description] if home else []
        docs.append((tag.id, [*phrases, *phrases, *category, *described[tag.id][:40]]))
    return docs


def tool_documents(catalog: Catalog) -> list[tuple[str, list[str]]]:
    """One document per tool: its own description and the names of the use cases it lists."""
    return [
        (tool.id, [tool.description, *(tag.name for tag in map(catalog.tag, tool.tags) if tag is not None)])
        for tool in catalog.tools
    ]


def problem_documents(catalog: Catalog) -> list[tuple[str, list[str]]]:
    """One document per use-case tag: the problems people describe it by. An index of its own, so that the
    everyday words of problems do not dilute the weight of the tags' own vocabulary."""
    return [(tag.id, list(tag.problems)) for tag in catalog.tags if tag.problems]


def _top(scores: Any, most: int) -> list[int]:
    """Indexes of the highest scores, best first (numpy's partition for large indexes)."""
    import numpy as np

    if len(scores) > most:
        # (only the few best are sorted: a large catalog's index has thousands of documents)
        best = np.argpartition(-scores, most)[:most]
        return [int(i) for i in best[np.argsort(-scores[best], kind="stable")]]
    return [int(i) for i in np.argsort(-scores, kind="stable")[:most]]
