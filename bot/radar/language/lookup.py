"""Finding tools, rings, quadrants and categories from what people type, typos included."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein
from wordfreq import zipf_frequency

from bot.radar.catalog import Catalog, normalise
from bot.radar.models import Category, Quadrant, Ring, Tool

T = TypeVar("T")

# Vendor prefixes people often drop ("Amazon SageMaker" -> "sagemaker"). A key derived this
# way is only used when no tool claims it explicitly and no other tool derives it too.
DROPPABLE_PREFIXES = ("apache", "amazon", "aws", "google", "azure", "microsoft", "nvidia", "ibm", "the")
MAKERS_SHORT = {"microsoft": "ms", "amazon": "aws"}  # "ms fabric", "aws athena"

LINKING_WORDS = frozenset({"in", "for", "on", "by", "with", "of", "to", "and"})  # "Shiny for Python" is not a Python
# how an edition is licensed or run, never a product of its own ("OSS only pls": no OSS Vizier, no Unity Catalog OSS)
EDITION_WORDS = frozenset({"oss", "opensource", "foss", "saas", "enterprise", "community", "managed", "selfhosted"})
MOST_SHARED = 3  # a clarifying question offers this many tools at most
SUGGEST = 60.0  # anything this similar (0-100) is offered as "did you mean"
SHORTEST_TYPO = 4  # shorter words are too easily another word: only exact names count
LONGEST_NAME = 64  # no tool name is longer; longer text is never a name, so fuzzy search is bounded
PLURAL_LEAST = 3  # letters a name's last word must have beyond them to be read as a plural ("bias" is not one)
# A word at least this frequent in English (Zipf scale: 3 is once per million words) is an
# ordinary word: it may be a tool's exact name, but it is never corrected into one.
ORDINARY_WORD_ZIPF = 2.0


# A word this frequent (about once in 300,000 words) is everyday English, not an unknown product name.
COMMON_WORD_ZIPF = 3.5


EVERYDAY_WORD_ZIPF = 4.0
# A word this frequent (about once in 30,000 words: "next", "keep", "order") says nothing of what a message is about.
CHAT_WORD_ZIPF = 4.5
ADJECTIVE_LENGTH = 6  # the shortest adjective an opening adverb is read from


def is_chat_word(word: str) -> bool:
    return zipf_frequency(word, "en") >= CHAT_WORD_ZIPF


def is_ordinary_word(word: str) -> bool:
    """A word of the dictionary, or the plural of one ("quants" is no typo of Quanto)."""
    if zipf_frequency(word, "en") >= ORDINARY_WORD_ZIPF:
        return True
    return len(word) > SHORTEST_TYPO and word.endswith("s") and zipf_frequency(word[:-1], "en") >= ORDINARY_WORD_ZIPF


def is_sentence_adverb(word: str) -> bool:
    """An adverb made from a longer adjective ("conceptually", "hypothetically"): how something is asked, never a
    product's name; "Shapely" is made from no such word."""
    low = word.lower()
    if not low.isalpha() or not low.endswith("ly") or not is_ordinary_word(low):
        return False
    bases = (low[:-2], low[:-4]) if low.endswith("ally") else (low[:-2],)
    return any(len(base) >= ADJECTIVE_LENGTH and is_ordinary_word(base) for base in bases)


def is_common_word(word: str) -> bool:
    return zipf_frequency(word, "en") >= COMMON_WORD_ZIPF


def is_everyday_word(word: str) -> bool:
    """A word people write in every other message ("seriously", "hmm", "btw"), never a name in a name's place;
    rarer dictionary words ("prophet", "fireworks") may be."""
    return zipf_frequency(word, "en") >= EVERYDAY_WORD_ZIPF


def typo_budget(key: str) -> int:
    """How many edits (insert, drop, change or swap two letters) a typo of this length may carry."""
    if len(key) < SHORTEST_TYPO:
        return 0
    return 1 if len(key) < 10 else 2


KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
KEY_POSITIONS = {key: (row, col) for row, keys in enumerate(KEYBOARD_ROWS) for col, key in enumerate(keys)}
LOOK_ALIKES = frozenset({("0", "o"), ("1", "l"), ("1", "i"), ("5", "s"), ("3", "e")})
VOWELS = frozenset("aeiouy")


def _neighbours(a: str, b: str) -> bool:
    """Whether two characters sit next to each other on a QWERTY keyboard, look alike ("0" and "o") or are two
    vowels, which people swap when they spell by ear ("sentance", "pachiderm")."""
    if (a, b) in LOOK_ALIKES or (b, a) in LOOK_ALIKES or (a in VOWELS and b in VOWELS):
        return True
    if a not in KEY_POSITIONS or b not in KEY_POSITIONS:
        return False
    (ra, ca), (rb, cb) = KEY_POSITIONS[a], KEY_POSITIONS[b]
    return abs(ra - rb) <= 1 and abs(ca - cb) <= 1


def slip_of(typed: str, name: str) -> bool:
    """Whether a typed word reads as a slip on a name: a letter dropped or doubled, two swapped, a key next to the
    right one or a vowel spelt by ear. "vanta" is not a slip on "vanna" (t is far from n), nor "deepstream" on
    "deepteam" (two letters too many): those are other names."""
    ops = Levenshtein.editops(typed, name)
    extra = sum(1 for op in ops if op.tag == "delete")
    if extra > 1:
        return False
    return all(_neighbours(typed[op.src_pos], name[op.dest_pos]) for op in ops if op.tag == "replace")


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
        self.correct = lru_cache(maxsize=4096)(self._correct)
        # names that are the first or last words of longer names ("Paperspace", "Cortex"): shared names
        self._leading: dict[str, set[str]] = {}
        self._trailing: dict[str, set[str]] = {}
        for tool in catalog.tools:
            for name in (tool.name, *tool.aliases):
                ws = name.lower().split()
                for k in range(1, len(ws)):
                    leading, trailing = normalise(" ".join(ws[:k])), normalise(" ".join(ws[k:]))
                    if leading not in EDITION_WORDS:
                        self._leading.setdefault(leading, set()).add(tool.id)
                    if (
                        not (k == 1 and ws[0] in DROPPABLE_PREFIXES)
                        and ws[k - 1] not in LINKING_WORDS
                        and trailing not in EDITION_WORDS
                    ):
                        self._trailing.setdefault(trailing, set()).add(tool.id)
        self._colliding = self._collisions()

    def _collisions(self) -> dict[str, set[str]]:
        """Short names two unrelated tools both answer to: "Lambda" is AWS Lambda only by a dropped prefix,
        and Lambda Cloud's own name starts with it. A tool whose description names the other (Spark NLP runs
        on Spark) is of its family, so the short name still means the family's head."""
        colliding: dict[str, set[str]] = {}
        for key, tool_id in self._keys.items():
            tool = self.catalog.tool(tool_id)
            # (a name that is its brand and a word like "AI" is that brand: "Arize" is Arize AI, "OpenAI" the OpenAI
            # API; "AWS Glue" is of AWS's family. "H2O" may be H2O-3 or H2O AI Cloud, "Jina" Jina-serve or Reader)
            if tool is None or _brand_head(tool.name, key) or key in DROPPABLE_PREFIXES or len(key) < 3:
                continue
            for other_id in self._leading.get(key, set()) - {tool_id}:
                other = self.catalog.tool(other_id)
                if other is None or not normalise(other.name).startswith(key):
                    continue
                description = other.description.lower()
                # (unless the other carries the company's own name, "H2O.ai", and the short name is only an alias of
                # this one: then it is the maker's, and may mean any of its products)
                one_word = any(normalise(a) == key and len(a.split()) == 1 for a in tool.aliases)
                makers = (
                    one_word
                    and normalise(tool.name) != key
                    and any(_brand_head(a, key) and normalise(a) != key for a in (other.name, *other.aliases))
                )
                family = tool.name.lower() in description or any(
                    normalise(a) != key and a.lower() in description for a in tool.aliases
                )
                if family and not makers:
                    continue
                colliding.setdefault(key, {tool_id}).add(other_id)
        return colliding

    def keys(self) -> dict[str, str]:
        """Every normalised spelling the index knows, with the id of the tool it finds."""
        return dict(self._keys)

    def exact(self, text: str) -> Tool | None:
        tool_id = self._keys.get(normalise(text))
        return self.catalog.tool(tool_id) if tool_id else None

    def knows(self, text: str) -> bool:
        """Whether a name finds a tool, spelt as the catalog spells it or with a typo."""
        return self.exact(text) is not None or self.correct(text) is not None

    def sharing(self, text: str) -> list[Tool]:
        """The tools a name could mean when it is shared, e.g. "Cortex" (Cortex, Twitter Cortex) or
        "Paperspace" (Paperspace CORE, Paperspace Gradient); one tool when a name's first words are
        only that tool's; empty when the name is not shared."""
        key = normalise(text)
        if not key or len(key) > LONGEST_NAME:
            return []
        exact = self._keys.get(key)
        if exact is not None and key in self._colliding:  # (every colliding key is a key: `exact` is its tool)
            ids = [exact, *sorted(self._colliding[key] - {exact})]
        elif exact is not None:
            others = sorted(self._trailing.get(key, set()) - {exact})
            ids = [exact, *others] if others else []
        else:
            ids = sorted(self._leading.get(key, set()) | self._trailing.get(key, set()))
        return [t for t in (self.catalog.tool(i) for i in ids[:MOST_SHARED]) if t is not None]

    def find(self, text: str) -> Match:
        key = normalise(text)
        if not key:
            return Match(text, None, 0.0)
        if key in self._keys:
            return Match(text, self.catalog.tool(self._keys[key]), 1.0)
        ranked = self._ranked(key)
        corrected = self.correct(text)
        if corrected is not None:
            return Match(text, corrected, 0.9, tuple(t for t, _ in ranked if t.id != corrected.id)[:2])
        suggestions = tuple(tool for tool, _ in ranked[:3])
        return Match(text, None, ranked[0][1] / 100 if ranked else 0.0, suggestions)

    def _correct(self, text: str) -> Tool | None:
        """The one tool a typo clearly means: a rare word a letter or two from one tool's name and no other's.

        An ordinary word ("lux", "outliers") or a short one is never corrected, and a typo as
        close to two tools' names means neither: a wrong card is worse than "did you mean".
        """
        key = normalise(text)
        budget = typo_budget(key)
        words = re.findall(r"[a-z0-9]+", text.lower())
        if not budget or len(key) > LONGEST_NAME or key in self._keys or key in self.catalog.other_names:
            return None
        if all(map(is_ordinary_word, words)):
            return None
        close = process.extract(key, self._key_list, scorer=OSA.distance, score_cutoff=budget, limit=8)
        if not close:
            return None
        nearest = min(distance for _, distance, _ in close)
        closest = [candidate for candidate, distance, _ in close if distance == nearest]
        tools = {self._keys[candidate] for candidate in closest}
        # (as close to two tools' names means neither; one name it is no slip on is another product's)
        if len(tools) != 1 or not any(slip_of(key, candidate) for candidate in closest):
            return None
        return self.catalog.tool(tools.pop())

    def _ranked(self, key: str) -> list[tuple[Tool, float]]:
        """Tools ranked by their best-matching key (0-100), one entry per tool, for "did you mean"."""
        if len(key) > LONGEST_NAME:
            return []
        best: dict[str, float] = {}
        for candidate, score, _ in process.extract(
            key, self._key_list, scorer=fuzz.ratio, score_cutoff=SUGGEST, limit=12
        ):
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
        return self._split_words(text.split(), most)

    def _split_words(self, words: list[str], most: int) -> list[Match]:
        """Names written one after another ('ml flow kedro'): the longest known name at each point, left to right.

        Linear in the number of words (each start tries names of up to four words), so no text,
        however long, makes this expensive.
        """
        matches: list[Match] = []
        start = 0
        while start < len(words) and len(matches) < most:
            for length in range(min(4, len(words) - start), 0, -1):
                phrase = " ".join(words[start : start + length])
                match = self.find(phrase)
                if match.tool is not None or length == 1:
                    matches.append(match)
                    start += length
                    break
        return matches or [self.find(" ".join(words))]


BRAND_SUFFIXES = frozenset({"", "ai", "api", "inc", "labs", "io", "hq", "platform"})


def _brand_head(name: str, key: str) -> bool:
    """Whether a tool's name is the key itself, or the key and a word that only says it is a company's product."""
    whole = normalise(name)
    return whole.startswith(key) and whole[len(key) :] in BRAND_SUFFIXES


def _derived_keys(name: str) -> list[str]:
    words = name.lower().split()
    keys = []
    # a name of several words whose last is a plural, written in the singular: "great expectation", "kubeflow
    # pipeline"
    last = words[-1]
    if len(words) > 1 and len(last) > PLURAL_LEAST and last.endswith("s") and not last.endswith("ss"):
        keys.append(normalise(" ".join([*words[:-1], last[:-1]])))
    if len(words) > 1 and words[0] in MAKERS_SHORT:
        keys.append(normalise(" ".join([MAKERS_SHORT[words[0]], *words[1:]])))
    while len(words) > 1 and words[0] in DROPPABLE_PREFIXES:
        words = words[1:]
        # "Microsoft Agent Framework" without its maker is "agent framework", words anyone writes for a kind of tool
        if len(words) == 1 or not all(is_common_word(w) for w in words):
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
