"""Which tools a message names, how surely, and the role each plays in it (subject, stack, replace, compare)."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from bot.radar.catalog import Catalog, normalise
from bot.radar.language.concepts import NOTES
from bot.radar.language.cues import (
    ALTERNATIVE_TO,
    CHOSEN_BEFORE,
    CLOUD_NOUNS,
    DECIDED_AFTER,
    DECIDED_BEFORE,
    EXAMPLE_AFTER,
    FRAME_WORDS,
    KEPT_INSIDE,
    KEPT_REACH,
    KIND_FILLERS,
    LIGHTER_CUE,
    LOOKUP_FRAME,
    MISSPELT_NAME_LENGTH,
    MORE_CUE,
    MOVED_FROM_AFAR,
    MUST_RUN_ON,
    OPEN_AFTER,
    PICK_CUE,
    PLACE_FRAME,
    QUESTION_BEFORE,
    REPLACE_AFTER,
    REPLACE_BEFORE,
    REPLACED_BY_POINTER,
    SETTING_AFTER,
    STACK_BREAKS,
    STACK_NOUN,
    STACK_SUFFIX,
    STACK_VERB,
    TROUBLE_AFTER,
    TROUBLE_REACH,
    VENDOR_PEOPLE_AFTER,
    WORKS_WITH_NEXT,
    YARDSTICK_BEFORE,
)
from bot.radar.language.lookup import (
    ToolIndex,
    is_common_word,
    is_everyday_word,
    is_ordinary_word,
    is_sentence_adverb,
)
from bot.radar.language.message import (
    ADDED_AFTER,
    CALENDAR,
    COMPOUND_WORDS,
    DETERMINERS,
    LIKENESS_SUFFIXES,
    MAKER_WORDS,
    NEEDING_WORDS,
    QUANTITY,
    SETTLING_VERBS,
    clause_words,
    glued_spans,
    goes_on_with_a_name,
    inside_a_compound,
    is_an_asker,
    looks_like_a_name,
    odd_compounds,
    ordinary_lowercase,
    paired_with_a_name,
    placed_name,
    set_against_it,
    unique,
    versus_a_name,
    where_it_runs,
    word_at,
)
from bot.radar.language.question import (
    Memory,
    Mention,
    Role,
)
from bot.radar.language.recommend import (
    LANGUAGES,
    PERSONA_WORDS,
    NeedFinder,
    Recommender,
)
from bot.radar.language.retrieval import QUESTION_WORDS
from bot.radar.language.text import (
    COMMON_WORDS,
    LANGUAGE_SIGNS,
    STOP_WORDS,
    Token,
    clean,
    expand_contractions,
    stem,
    tokens,
    words,
)
from bot.radar.models import Tool

SUGGEST = 0.6  # and this close is offered as "did you mean"
FUZZY_MIN_LENGTH = 4
LONGEST_NAME = 4  # words in the longest tool name worth scanning for
TYPOS_TRIED = 12  # unfamiliar words checked for typos of tool names, per question


# words after "is <word>" that make the word the subject asked about: "is evidently the right call?"
# what a hyphen joins to a name to make it the yardstick: "a dbt-ish thing", "kafka-adjacent stuff" (not what works
# with it: "s3-compatible")
YARDSTICK_SUFFIXES = (LIKENESS_SUFFIXES - {"compatible"}) | {"ish", "adjacent"}
ASKED_OF_A_NAME = frozenset(
    {
        "the",
        "a",
        "an",
        "any",
        "still",
        "worth",
        "really",
        "actually",
        "good",
        "ok",
        "okay",
        "safe",
        "ready",
        "mature",
        "stable",
        # ("is evidently something we're allowed to use yet?", "is evidently approved for prod?")
        "something",
        "allowed",
        "approved",
        "usable",
    }
)

# words that close "what is <word>" as a question of its own: "what is evidently and is it any good?"
AFTER_A_NAME_ASKED = frozenset({"and", "exactly", "anyway", "then"})
# how far after a name a choice left open is looked for ("grafana for GPU utilisation or is there something ...")
OPEN_REACH = 10


# words asking about a thing by its name: "does the radar know about shiny?", "thoughts on outlines?"
KNOWN_OF_BEFORE = re.compile(
    r"\b(know about|heard of|heard about|familiar with|cover|covers|thoughts on|opinion on|opinions on|verdict on|"
    r"stance on|take on|thinking about|thinking of|considering|looking at|evaluating|trying out|piloting|"
    # ("show me the card for cloud run")
    r"(card|entry|ring|status|placement|verdict) (for|on|of)|"
    # ("someone in #ml-infra mentioned evidently for drift")
    r"(mentioned|mentioning|recommended|recommending|suggested|suggesting|pitched|pitching|brought up|swears by|"
    r"swear by|raves about|rave about)|"
    # ("what would the radar say about temporal for the same job?")
    r"(radar|you|we|team|folks|people) (say|says|think|thinks) (about|of)|"
    # ("what's the deal with evidently?", "what's up with ray", "heard a lot about feast at the summit")
    r"deal with|(what s|whats) up with|(a lot|lots|loads|good things|great things|so much) about|read about)$"
)
# an opinion asked right after a name that opens the message: "shiny still ok for the R crowd?", "ray any good?"
# the words a question asked of a name set off before it opens with ("outlines: is it any good?")
SET_OFF_ASKS = frozenset(
    {
        "what",
        "whats",
        "which",
        "where",
        "who",
        "is",
        "are",
        "does",
        "do",
        "can",
        "should",
        "how",
        "any",
        "thoughts",
        "ring",
        "adopt",
        "trial",
        "assess",
        "hold",
        "worth",
        "good",
        "status",
        "verdict",
        "opinions",
    }
)
OPINION_OF_AFTER = re.compile(r"(still )?(ok|okay|fine|alive|worth it|recommended|a thing|any good|legit)\b")


def possessive(toks: list[Token], i: int) -> bool:
    """Whether the word is glued only to a possessive "'s" after it ("dagstr's")."""
    return i + 1 < len(toks) and toks[i + 1].low == "s" and toks[i + 1].start - toks[i].end == 1


# what the team runs, told right before a name that is also an everyday word: "we already have ray", "we use outlines"
RUN_BY_US = re.compile(
    r"\b(we|i|they|the team)( already| currently| still| also| now)? "
    r"(use|run|have|deploy|deployed|adopted|picked|chose)$"
)
# and the words that may follow such a name: "... ray for batch jobs", "... evidently in place"
AFTER_A_NAME_RUN = frozenset({"for", "on", "in", "already", "today", "now", "everywhere", "at", "as", "with", "and"})
# the words before "the" and a capitalised word that make it a place: "at the Talstation"
PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "from", "near", "inside", "across", "around", "outside"})


class ToolMentions:
    """Reads the tools a message names: exact names and aliases, typos of distinctive words, names the catalog
    lacks, and what each named tool is to the question. Pure and deterministic."""

    def __init__(
        self,
        catalog: Catalog,
        index: ToolIndex,
        needs: NeedFinder | None = None,
        recommender: Recommender | None = None,
    ) -> None:
        self.catalog = catalog
        self.needs = needs or NeedFinder(catalog)
        self.recommender = recommender or Recommender(catalog)
        self.prose = _framework_words(catalog)
        plain = STOP_WORDS | COMMON_WORDS | self.prose
        self.index = index
        self.keys: dict[str, str] = index.keys()
        self.weak: set[str] = set()
        for tool in catalog.tools:
            for key, parts in _key_parts(tool):
                if key in self.keys and all(p in plain for p in parts):
                    self.weak.add(key)
        # a category's name is the category, even when a tool lists it as an alias ("Data Version Control")
        self._category_keys = {normalise(c.name) for c in catalog.categories} | {
            normalise(c.name).rstrip("s") for c in catalog.categories
        }
        self.names = NameSearch(self.keys)
        self._kind_words: dict[str, frozenset[str]] = {}  # each tool's own kind words, stemmed when first asked
        self._two_word_phrases = self.needs.two_word_phrases
        # the last words of use cases' names that no other use case's name uses ("serving", not "platform")
        heads = Counter(stem(w) for tag in catalog.tags for w in set(words(tag.name)))
        self._distinct_heads = frozenset(head for tag in catalog.tags if heads[head := stem(words(tag.name)[-1])] == 1)
        # words and stems that are ordinary question vocabulary, never typos of a tool name
        tag_words = {w for tag in catalog.tags for phrase in (*tag.phrases, tag.name) for w in words(phrase)}
        names = (
            [c.name for c in catalog.categories]
            + [q.name for q in catalog.quadrants]
            + [r.name for r in catalog.rings]
            + [p.name for p in catalog.framework.personas]
        )
        name_words = {w for name in names for w in words(name)} | {
            w for ws in PERSONA_WORDS.values() for phrase in ws for w in words(phrase)
        }
        idea_words = {w for n in NOTES for w in words(f"{n.words} {n.title} {n.text}")}
        self.vocabulary = plain | tag_words | name_words | FRAME_WORDS | idea_words
        # everyday words that begin or end a tool's longer name ("great" in Great Expectations)
        self._words_of_long_names = {
            w for t in catalog.tools for n in (t.name, *t.aliases) if len(n.split()) > 1 for w in words(n) if len(w) > 3
        }
        self.vocabulary_stems = {stem(w) for w in self.vocabulary}
        # the words inside a name of three ("and" in Weights and Biases), and the two words that open or close it: a
        # typo in its third word is corrected even when that typo is an English word too ("weights and biasses")
        three = [words(n) for t in catalog.tools for n in (t.name, *t.aliases) if len(words(n)) == 3]
        self._inner_words_of_long_names = {w[1] for w in three}
        self._pairs_of_long_names = {tuple(w[:2]) for w in three} | {tuple(w[1:]) for w in three}

    def _mentions(self, toks: list[Token], low: str, code_words: set[str]) -> list[Mention]:
        claimed = [False] * len(toks)
        found: list[Mention] = []
        content = [i for i, t in enumerate(toks) if t.low not in STOP_WORDS and t.low not in FRAME_WORDS]
        # everyday words that are a tool's whole name, for a second look once the other names are found
        everyday_names: list[tuple[int, str]] = []
        for size in range(LONGEST_NAME, 0, -1):
            for start in range(0, len(toks) - size + 1):
                end = start + size
                if any(claimed[start:end]):
                    continue
                window = toks[start:end]
                key = "".join(t.low for t in window)
                tool_id = self.keys.get(key)
                if tool_id is None:
                    continue
                glued = size > 1 and all(t.glued_to_next for t in window[:-1])
                if size == 1 and window[0].low in STOP_WORDS and window[0].low not in code_words:
                    continue
                everyday = all(t.low in STOP_WORDS or t.low in COMMON_WORDS for t in window)  # "what if" (WhatIf)
                if (
                    (key in self.weak or everyday)
                    and not glued
                    and not self._clearly_named(toks, start, end, content, code_words, low)
                    and not paired_with_a_name(toks, start, end, claimed)
                ):
                    if size == 1:
                        everyday_names.append((start, tool_id))
                    continue
                if (
                    size == 1
                    and self._in_a_phrase(toks, start)
                    and not self._clearly_named(toks, start, end, content, code_words, low)
                ):
                    continue  # "gradient boosting tools": a use case's phrase, not Gradient
                if key in self._category_keys and not (all(t.low in code_words for t in window)):
                    continue
                if (
                    size == 1
                    and start > 0
                    and toks[start - 1].low in {"a", "an"}
                    and window[0].raw.islower()
                    and is_ordinary_word(window[0].low)
                    and window[0].low not in code_words
                    and (end == len(toks) or toks[end].low in STOP_WORDS)
                ):
                    continue  # "a spark of an idea", "a checklist": the everyday noun, not the tool
                tool = self.catalog.tool(tool_id)
                if tool is None:
                    continue
                if (
                    size == 1
                    and start > 0
                    and claimed[start - 1]
                    and not toks[start - 1].listed_with_next
                    and window[0].low in self.vocabulary
                    and window[0].low not in code_words
                    and window[0].low != tool.name.lower()
                ):
                    continue  # "SageMaker Pipelines", "Vertex Pipelines": a part of the platform named before it
                if (
                    size > 1
                    and not glued
                    and start > 0
                    and toks[start - 1].low in {"a", "an"}
                    and " " not in tool.name
                    and all(t.raw.islower() or t.raw.isupper() for t in window)
                    and all(t.low not in code_words for t in window)
                ):
                    continue  # "an open LLM": an adjective and a noun, not OpenLLM written apart
                if size > 1 and not glued and window[0].low in {"a", "an", "the"} and " " not in tool.name:
                    continue  # "are you a real bot": an article and a word, not AReaL written apart
                if size == 1 and inside_a_compound(toks, start) and window[0].low not in code_words:
                    continue  # "fine-tune", "drop-in": an everyday word inside a hyphenated word, not a name
                if end < len(toks) and toks[end].low in LIKENESS_SUFFIXES and toks[end - 1].glued_to_next:
                    continue  # "an OpenAI-compatible API", "Airflow-style DAGs": a likeness, not the tool
                for i in range(start, end):
                    claimed[i] = True
                found.append(Mention(tool, start, end))
        found, claimed = self._misspelt_names(toks, found, claimed)
        for i, tool_id in everyday_names:
            # "evidently or nannyml for drift? ...": set against a name found after it, in a message that compares
            tool = self.catalog.tool(tool_id)
            # (or listed among names found after it: "1) evidently 2) nannyml 3) whylabs")
            if (
                tool is not None
                and not claimed[i]
                and (
                    versus_a_name(toks, i, claimed)
                    or set_against_it(toks, i)
                    or paired_with_a_name(toks, i, i + 1, claimed)
                )
            ):
                claimed[i] = True
                found.append(Mention(tool, i, i + 1))
        found.sort(key=lambda m: m.start)
        for i, tok in enumerate(toks):
            # "Sagemaker vs Vertex": a word only one tool's name starts with, beside another name, is that tool
            beside = {toks[j].low for j in (i - 1, i + 1) if 0 <= j < len(toks)}
            # (or an acronym in capitals: "SAS licences end next year" is about SAS Viya's maker's product line)
            acronym = tok.raw.isupper() and len(tok.raw) >= 3 and tok.stem not in self.needs.phrase_stems
            # (an everyday word counts only set against a name across a "vs": "iceberg vs delta vs hudi")
            if (
                claimed[i]
                or tok.low in KIND_FILLERS  # "open source or azure-native": a filter, not Rasa Open Source
                or not (beside & {"vs", "versus", "or", "and"} or acronym)
                or (is_common_word(tok.low) and not versus_a_name(toks, i, claimed))
            ):
                continue
            shared = self.index.sharing(tok.low)
            leads = bool(shared) and shared[0].name.lower().split()[0] == tok.low  # "SAS" of SAS Viya, not "NLP"
            if len(shared) == 1 and len(tok.low) >= (3 if acronym else 4) and (leads or not acronym):
                claimed[i] = True
                found.append(Mention(shared[0], i, i + 1))
        found, claimed = self._misspelt_compounds(toks, found, claimed)
        tried = 0
        for i, tok in enumerate(toks):
            # "mlflw-pro-max" is a name of its own; "dagstr's status" is a possessive
            in_compound = (tok.glued_to_next and not possessive(toks, i)) or (
                i > 0 and toks[i - 1].glued_to_next and not possessive(toks, i - 1)
            )
            if (
                claimed[i]
                or in_compound
                or len(tok.low) < FUZZY_MIN_LENGTH
                or (len(tok.low) == FUZZY_MIN_LENGTH and tok.low.endswith("s"))  # "OOMs", "UDFs": acronyms
                or tok.low in self.vocabulary
                or tok.stem in self.vocabulary_stems
                or tok.low.isdigit()
            ):
                continue
            tried += 1
            if tried > TYPOS_TRIED:
                break
            # one typo policy for lookups and questions alike: see ToolIndex.correct
            tool = self.index.correct(tok.low)
            if tool is not None:
                claimed[i] = True
                # "kubeflw pipelines": the corrected name and the word after it may name a longer tool
                longer = self.keys.get(normalise(tool.name) + toks[i + 1].low) if i + 1 < len(toks) else None
                if longer is not None and not claimed[i + 1] and (whole := self.catalog.tool(longer)) is not None:
                    claimed[i + 1] = True
                    found.append(Mention(whole, i, i + 2))
                else:
                    found.append(Mention(tool, i, i + 1))
        found.sort(key=lambda m: m.start)
        if any(not self._ordinary(m, toks, code_words) for m in found):
            # a clearly written name is what the message is about; everyday words beside it stay words
            # ("the doc that outlines our stack says DVC is in Trial")
            named = {i for m in found if not self._ordinary(m, toks, code_words) for i in range(m.start, m.end)}
            claimed = [i in named for i in range(len(toks))]
            # (unless the question opens on it: "is feast worth running or is it just redis with extra steps?")
            found = [
                m
                for m in found
                if not self._ordinary(m, toks, code_words)
                or self._beside_a_name(m, toks, named)
                or paired_with_a_name(toks, m.start, m.end, claimed)
                or _asked_of(toks, m.start, m.end)
                or set_against_it(toks, m.start)
                # ("heard about feast at the databricks summit": the word asked about as a thing)
                or KNOWN_OF_BEFORE.search(" ".join(t.low for t in toks[max(0, m.start - 3) : m.start]))
            ]
        return found

    def _in_a_phrase(self, toks: list[Token], i: int) -> bool:
        """Whether a word and the one beside it make one of the use cases' two-word phrases."""
        pairs = [(toks[j].stem, toks[j + 1].stem) for j in (i - 1, i) if j >= 0 and j + 1 < len(toks)]
        return any(pair in self._two_word_phrases for pair in pairs)

    def _misspelt_names(
        self, toks: list[Token], found: list[Mention], claimed: list[bool]
    ) -> tuple[list[Mention], list[bool]]:
        """Names of two or three words with a typo in one of them ("Verex AI", "Azure OpenI", "PyTorch Geometic"):
        the words together are one letter or two from one tool's name, and the first or last word is written right.
        The longer name wins over a shorter one found inside it ("Azure")."""
        for size in (3, 2):
            for start in range(0, len(toks) - size + 1):
                end = start + size
                window = toks[start:end]
                if any(
                    (
                        t.low in STOP_WORDS
                        and t.low not in self._words_of_long_names
                        and not (k == 1 and size == 3 and t.low in self._inner_words_of_long_names)
                    )
                    or not t.low.isalnum()
                    for k, t in enumerate(window)
                ):
                    continue
                inside = [m for m in found if m.start >= start and m.end <= end]
                crossing = [m for m in found if m not in inside and m.start < end and m.end > start]
                if crossing or any(m.end - m.start == size for m in inside):
                    continue
                key = "".join(t.low for t in window)
                if len(key) < MISSPELT_NAME_LENGTH or key in self.keys:
                    continue
                pairs = {(window[0].low, window[1].low), (window[-2].low, window[-1].low)}
                known = all(t.low in self.keys or t.low in self.vocabulary or is_common_word(t.low) for t in window)
                if known and not (size == 3 and pairs & self._pairs_of_long_names):
                    continue  # every word is known as written: no typo to correct (and no fuzzy search to pay for)
                tool = self.index.correct(" ".join(t.low for t in window))
                if tool is None:
                    continue
                spelled = [n.lower().split() for n in (tool.name, *tool.aliases)]
                anchored = any(len(n) == size and (n[0] == window[0].low or n[-1] == window[-1].low) for n in spelled)
                if not anchored:
                    continue
                found = [m for m in found if m not in inside] + [Mention(tool, start, end)]
                claimed = [c or start <= i < end for i, c in enumerate(claimed)]
        return found, claimed

    def _misspelt_compounds(
        self, toks: list[Token], found: list[Mention], claimed: list[bool]
    ) -> tuple[list[Mention], list[bool]]:
        """Names written with a hyphen or a dot and a typo in one part ("Featur-engine", "LLaMA-actory",
        "Acord.NET"): the parts together are a letter or two from one tool's name, and another part is written
        exactly as in that name."""
        for first, end in glued_spans(toks):
            parts = toks[first:end]
            if any(claimed[first:end]):
                continue
            key = "".join(t.low for t in parts)
            if key in self.keys or len(key) < MISSPELT_NAME_LENGTH - 1:
                continue
            tool = self.index.correct(" ".join(t.low for t in parts))
            if tool is None:
                continue
            written = {w for name in (tool.name, *tool.aliases) for w in words(name)}
            if not any(t.low in written and len(t.low) >= 2 for t in parts):
                continue
            found = [*found, Mention(tool, first, end)]
            claimed = [c or first <= k < end for k, c in enumerate(claimed)]
        return found, claimed

    def _new_names(self, toks: list[Token]) -> list[Token]:
        """Words written as product names (capitalised inside a sentence, not English, not radar vocabulary)."""
        unfamiliar = set(self._unfamiliar(toks))
        return [
            t
            for i, t in enumerate(toks)
            if t in unfamiliar
            and t.raw[:1].isupper()
            and t.raw[1:].islower()
            and not t.sentence_start
            and t.raw.isalpha()
            and len(t.raw) >= 5
            and not is_ordinary_word(t.low)
            # ("the on-prem boxes at the Talstation": a place of theirs, not a product)
            and not (i >= 2 and toks[i - 1].low == "the" and toks[i - 2].low in PLACE_PREPOSITIONS)
        ]

    def _ordinary(self, m: Mention, toks: list[Token], code_words: set[str]) -> bool:
        """A one-word mention that is a lower-case everyday word ("outlines", "ray", "determined")."""
        tok = toks[m.start]
        return m.end - m.start == 1 and ordinary_lowercase(tok) and tok.low not in code_words

    def _maker_of_unknown(self, m: Mention, toks: list[Token], mentions: list[Mention]) -> bool:
        """Whether a cloud, or any maker, is named as the maker of a product written right after it that no tool
        names ("Azure Purview"; "Grafana Mimir": a word the radar does not know, written as a name)."""
        if m.end >= len(toks) or any(o.start == m.end for o in mentions):
            return False
        if not self._is_cloud(m.tool):
            after = toks[m.end]
            return (
                goes_on_with_a_name(toks, m.end)
                and toks[m.start].raw[:1].isupper()
                and not is_common_word(after.low)
                and after.stem not in self.vocabulary_stems
            )
        # ("AWS ML": an acronym after the cloud is its own word, unless glued to more of a name: "Google OR-Tools")
        return goes_on_with_a_name(toks, m.end) and (not toks[m.end].raw.isupper() or toks[m.end].glued_to_next)

    def _asked_name(self, low: str, toks: list[Token], mentions: list[Mention], memory: Memory) -> str:
        """The name a placement or lookup frame asks about, when it is no tool and not a word of the radar's own
        ("what ring is statsig?", "tell me about kubecost, ..."); a cloud's name with everyday words after it is
        the cloud's product ("is azure data explorer in the catalog?"). Empty when there is none."""
        if memory:
            return ""
        framed = LOOKUP_FRAME.match(low)
        # (asked at the end of the message or of its first sentence: "what ring is braintrust in? looking at it for
        # llm evals")
        first_end = next((i + 1 for i, t in enumerate(toks) if t.ends_sentence), len(toks))
        opening = " ".join(t.low for t in toks[:first_end])
        placed = PLACE_FRAME.search(low) or PLACE_FRAME.search(opening)
        asked_last = (
            r"\b(what|which) ring (is|are|would) (?P<name>\w+)( in| on| go)?\W*$"
            r"|(^|\bthe )ring (for|of) (?P<of>\w+)\W*$"
        )
        later = re.search(asked_last, low) or re.search(asked_last, opening)
        ring_of = later.group("of") if later else None  # "what's the ring for polars": asked as a tool in so many words
        slot = (
            ring_of
            or (placed_name(placed) if placed else "")
            or (framed.group("name") if framed else "")
            or (later.group("name") if later else "")
        )
        if not slot:
            return ""
        slot_words = slot.split()
        at = next((i for i in range(len(toks)) if [t.low for t in toks[i : i + len(slot_words)]] == slot_words), None)
        if at is None:
            return ""
        first = toks[at]
        maker = self.recommender.cloud_words.get(first.low)
        if maker is None and any(m.start <= at < m.end for m in mentions):
            return ""  # a tool the catalog has, asked about as usual
        if maker is not None:
            # the words after the cloud's name, up to a frame or stop word: its product
            product = []
            for i in range(at + 1, min(len(toks), at + 1 + COMPOUND_WORDS)):
                t = toks[i]
                if t.low in STOP_WORDS or t.low in FRAME_WORDS or any(m.start <= i < m.end for m in mentions):
                    break  # ("Databricks Unity Catalog": the product is a tool the catalog has)
                product.append(t)
            if product and any(t.low not in self.vocabulary for t in product):
                name = " ".join(t.raw for t in [first, *product])
                return "" if self.index.knows(name) else name
            return ""
        written = toks[at : at + len(slot_words)]
        if (
            len(written) >= 2
            and all(t.raw[:1].isupper() for t in written)
            and not written[0].sentence_start
            and not any(m.start < at + len(written) and m.end > at for m in mentions)
            and not all(t.stem in self.needs.phrase_stems for t in written)
            and self.index.exact(slot) is None
            and not self.index.sharing(slot)  # ("what's Hugging Face on the radar?": which of its tools is asked)
        ):
            return " ".join(t.raw for t in written)  # "what's our take on Core ML?": a name written in capitals
        if first.low in STOP_WORDS or first.low in FRAME_WORDS or first.low in self.vocabulary:
            return ""
        if (
            any(m.start == at for m in mentions)
            or self.index.exact(first.low) is not None
            or self.index.correct(first.low) is not None
        ):
            return ""  # (a tool's own name, or its maker's before its product: "Databricks Unity Catalog")
        if self.index.sharing(first.low):
            return ""  # a word of tools' names ("paperspace", "vertex"): the usual lookup asks which one
        # ("what ring is looker in?": a ring asked of a word the radar does not use is asked of a name)
        return first.raw if ring_of or later or self._unheard_of(first) or not is_ordinary_word(first.low) else ""

    def _clouds_product(self, toks: list[Token], mentions: list[Mention]) -> str:
        """A product of the one cloud asked about that the catalog lacks, written as the cloud's name and two or more
        words that are none of a cloud's everyday business ("azure stream analytics", "aws step functions", not "aws
        account" or "azure gpu credits"). Empty when there is none."""
        asked = [m for m in mentions if not m.stack]
        # (or the cloud's name opens the message, whatever it is read as: "azure event hubs? instead of kafka")
        opening = [m for m in mentions[:1] if m.start == 0 and self._is_cloud(m.tool)]
        cloud = opening[0] if opening else asked[0] if len(asked) == 1 else None
        if cloud is None or not self._is_cloud(cloud.tool):
            return ""
        product: list[Token] = []
        for i in range(cloud.end, min(len(toks), cloud.end + COMPOUND_WORDS)):
            t, before = toks[i], toks[i - 1]
            if t.start - before.end != 1 or before.ends_sentence or before.glued_to_next or before.listed_with_next:
                break  # (written apart from the cloud's name: "azure, data factory", "aws. step functions")
            if not t.low.isalpha() or t.low in STOP_WORDS or t.low in FRAME_WORDS or t.low in {"vs", "versus"}:
                break
            if any(m.start <= i < m.end for m in mentions):
                return ""  # ("aws sagemaker": the product is a tool the catalog has)
            product.append(t)
        if len(product) < 2 or any(t.low in CLOUD_NOUNS or t.low.endswith("ly") for t in product):
            return ""
        name = " ".join(t.raw for t in toks[cloud.start : cloud.end + len(product)])
        return "" if self.index.knows(name) else name

    def _unheard_of(self, token: Token) -> bool:
        """A word that is no question word, no word of the radar's vocabulary and no word of a use case: in a
        name's place, a name the catalog lacks."""
        return (
            len(token.low) >= 3
            and token.low.isalpha()
            and token.low not in STOP_WORDS
            and token.low not in QUESTION_WORDS
            and token.low not in COMMON_WORDS
            and not is_everyday_word(token.low)
            and token.stem not in self.vocabulary_stems
            and token.stem not in self.needs.phrase_stems
        )

    def _maker_of(self, maker: Mention, product: Mention, toks: list[Token]) -> bool:
        """Whether a name written right before another, with only a space between ("Databricks Unity Catalog", not
        "optuna, ray tune"), is that product's maker: the product's entry names it."""
        if maker.end != product.start or maker.tool.id == product.tool.id:
            return False
        if toks[product.start].start - toks[maker.end - 1].end != 1:
            return False
        owner = self.recommender.affinity(product.tool)
        return owner == maker.tool.id or (
            maker.tool.id in product.tool.related and maker.tool.name.lower() in product.tool.description.lower()
        )

    def _is_cloud(self, tool: Tool) -> bool:
        return self.recommender.cloud_of(tool) is tool or self.recommender.affinity(tool) == tool.id

    def _beside_a_name(self, m: Mention, toks: list[Token], named: set[int]) -> bool:
        """Listed with other names ("mlflow or ray", "kedro, ray and dvc"): a name too."""
        near = {toks[i].low for i in (m.start - 1, m.end) if 0 <= i < len(toks)}
        return (
            bool(near & {"vs", "versus", "or", "and", "compare", "compared", "than", "with"})
            or toks[m.start].glued_to_next
            # ("great expectations / soda / pandera": listed by slash or comma beside another name)
            or (toks[m.end - 1].listed_with_next and m.end in named)
            or (m.start > 0 and toks[m.start - 1].listed_with_next and m.start - 1 in named)
            # ("1) evidently 2) nannyml": an item of a numbered list whose next or last item is a name)
            or (m.start > 0 and toks[m.start - 1].low.isdigit() and (m.end + 1 in named or m.start - 2 in named))
        )

    def _of_its_kind(self, tool: Tool, kind: list[str]) -> bool:
        """Whether the words after a tool's name say what kind of tool it is ("volcano scheduler"): each is a word
        of its description, its use cases or its category."""
        known = self._kind_words.get(tool.id)
        if known is None:
            category = self.catalog.category(tool.category)
            told = [tool.description, category.name, *(t.name for t in (self.catalog.tag(i) for i in tool.tags) if t)]
            known = self._kind_words[tool.id] = frozenset(stem(w) for text in told for w in words(text))
        return bool(kind) and all(stem(w) in known for w in kind)

    def _told_apart(self, mentions: list[Mention], toks: list[Token]) -> list[Mention]:
        """A name several tools share, named beside others, means the one of their kind: "coreweave vs lambda vs
        nebius" is Lambda Cloud, not AWS Lambda."""
        result = []
        for m in mentions:
            shared = self.index.sharing(" ".join(t.low for t in toks[m.start : m.end]))
            others = [o.tool for o in mentions if o is not m and o.tool not in shared]
            if len(shared) < 2 or not others:
                result.append(m)
                continue
            best = max(shared, key=lambda tool: _kinship(tool, others))
            closer = _kinship(best, others) > _kinship(m.tool, others)
            result.append(Mention(best, m.start, m.end, m.stack, m.role) if closer else m)
        return result

    def _clearly_named(
        self, toks: list[Token], start: int, end: int, content: list[int], code_words: set[str], low: str
    ) -> bool:
        """Whether words that are also everyday English are meant as a tool's name here."""
        window = toks[start:end]
        if all(t.low in code_words for t in window):
            return True
        if all(t.raw[:1].isupper() for t in window) and (not window[0].sentence_start or window[0].quoted):
            return True  # ('is "Cloud Run" an approved technology?': a capitalised name set in quotes)
        if all(t.raw.isupper() and len(t.raw) >= 2 for t in window):
            return True  # an acronym written in capitals ("SAS licences end next year") even to start a sentence
        tool = self.catalog.tool(self.keys.get("".join(t.low for t in window), ""))
        if (
            tool is not None
            and window[0].raw[:1].isupper()
            and end < len(toks)
            and toks[end].low not in STOP_WORDS
            and self._of_its_kind(tool, [toks[end].low])
        ):
            return True  # "Volcano scheduler :thinking_face:": a capitalised name followed by what kind of tool it is
        if start > 0 and end == len(toks) and window[0].sentence_start and not toks[start - 1].ends_sentence:
            return True  # "radar pls: evidently": the name set off by a colon to close the message
        if _asked_of(toks, start, end):
            return True  # "is evidently the right call for the churn model": the subject a question opens on
        said_before = " ".join(t.low for t in toks[max(0, start - 4) : start])
        if RUN_BY_US.search(said_before) and (
            end == len(toks) or toks[end - 1].ends_sentence or toks[end].low in AFTER_A_NAME_RUN
        ):
            return True  # "we already have ray for batch jobs", "we have evidently in place": what the team runs
        ends_the_ask = end == len(toks) or toks[end - 1].ends_sentence or toks[end].low in AFTER_A_NAME_ASKED
        if ends_the_ask and re.search(r"\bwhat( even| exactly| actually| the heck| on earth)? is$", said_before):
            # "what is evidently?", "what even is ray", "what is evidently and is it any good?": a word closing "what
            # is" is asked about as a thing
            return True
        # (the message's only word of substance is the name, unless a determiner makes it a thing: "we need
        # something for our pipelines")
        if (
            [i for i in content if not (start <= i < end)] == []
            and content
            and not (start > 0 and toks[start - 1].low in (DETERMINERS | NEEDING_WORDS))
            and not self._job_asked_for([t.stem for t in window], low)
        ):
            return True
        if (
            start > 0
            and toks[start - 1].low in {"add", "include"}
            and (end == len(toks) or toks[end].low in ADDED_AFTER)
        ):
            return True  # "add aim to that", "include flux too": what is added to a comparison is a name
        framed = LOOKUP_FRAME.match(low)
        if framed and end - start >= 2 and len(framed.group(1).split()) == start:
            return True  # "is cloud run a sane place to host it?": a name of several words right where one is asked
        if (
            start == 0
            and end < len(toks)
            and toks[end].clause_start
            and not toks[end - 1].ends_sentence  # ("pipelines? what should we use" asks for the job)
            and toks[end].low in SET_OFF_ASKS
        ):
            return True  # "evidently — what ring, who owns it?": a name set off before the question asked of it
        # ("where does shiny sit? half our dashboards are shiny apps": the name a placement asks about, in the
        # sentence that asks it)
        opens = max((i + 1 for i in range(start) if toks[i].ends_sentence), default=0)
        closes = next((i + 1 for i in range(end - 1, len(toks)) if toks[i].ends_sentence), len(toks))
        placed = PLACE_FRAME.search(" ".join(t.low for t in toks[opens:closes]))
        if placed is not None and placed_name(placed) == " ".join(t.low for t in window):
            return True
        before = " ".join(t.low for t in toks[max(0, start - 3) : start])
        after = " ".join(t.low for t in toks[end : end + 3])
        if KNOWN_OF_BEFORE.search(before) or (start == 0 and OPINION_OF_AFTER.match(after)):
            # "does the radar know about shiny?", "shiny still ok for the R crowd?": a word asked about as a thing
            return True
        # ("we went with evidently for drift reports": what a team chose or runs is a thing, not a manner)
        if CHOSEN_BEFORE.search(before) and (
            end == len(toks) or toks[end].low in {"for", "and", "or"} or toks[end].clause_start
        ):
            return True
        near = {toks[i].low for i in range(max(0, start - 2), min(len(toks), end + 2)) if not (start <= i < end)}
        if near & {"vs", "versus"}:
            return True  # "evidently vs nannyml for drift detection": both sides of a "vs" are names
        # ("how does it stack up against flux?": weighed against the thread's tool)
        compared = {"vs", "versus", "or", "compare", "compared", "than", "against"}
        return bool(near & compared) and len(content) <= end - start + 3

    def _job_asked_for(self, stems: list[str], low: str) -> bool:
        """Whether words of a use case, alone in a message that asks to be handed a tool, are the job asked for
        ("pipelines. what should we use": not Azure Pipelines), not a name ("spark? what instead")."""
        return (
            all(s in self.needs.phrase_stems for s in stems)
            and bool(PICK_CUE.search(low))
            and not MORE_CUE.search(low)
            and not ALTERNATIVE_TO.search(low)
        )

    def _mark_stack(
        self, mentions: list[Mention], toks: list[Token], aside: frozenset[int] = frozenset()
    ) -> list[Mention]:
        """Tools the person says they already run are their setting, not what they ask about (`aside`: the words
        in parentheses after the person's own things)."""
        result = []
        for m in mentions:
            # (a sentence's end closes what goes before: "we have credits on both. vertex ai or azure ml?" runs nothing)
            window = max(0, m.start - 8)
            opening = max((i for i in range(window, m.start + 1) if toks[i].sentence_start), default=window)
            before = " ".join(t.low for t in toks[opening : m.start])
            # (up to a comma or a sentence's end: "pgvector vs qdrant, we already run postgres")
            after = "" if toks[m.end - 1].listed_with_next else " ".join(clause_words(toks[m.end : m.end + 3]))
            stack = (
                bool(STACK_SUFFIX.search(after))
                or (
                    bool(DECIDED_AFTER.search(after))
                    and (m.start == 0 or toks[m.start].clause_start or toks[m.start - 1].low in DECIDED_BEFORE)
                )
                or (m.start > 0 and toks[m.start - 1].low in {"our", "my"})
                # ("we're azure and really don't want a second cloud": what the team is, it runs)
                or (m.start > 1 and toks[m.start - 1].low == "are" and toks[m.start - 2].low == "we")
                or (
                    m.start > 1
                    and toks[m.start - 1].low == "own"
                    and toks[m.start - 2].low in {"our", "my"}
                    # ("Vertex AI vs running our own Kubeflow": one side of the choice, not what they run)
                    and not {t.low for t in toks[max(0, m.start - 5) : m.start]} & {"vs", "versus", "or", "against"}
                )
                # "we track experiments in Comet already" (not "is Unsloth already placed on the radar?")
                or (
                    "already" in after.split()
                    and not (m.start == 1 and toks[0].low in {"is", "are", "was", "has"})
                    # ("airflow vs dagster — we already run airflow": "already" belongs to the next clause, about
                    # another tool; not "the postgres we already run")
                    and not (
                        after.split()[0] in {"we", "i", "they", "you", "our", "the", "it"}
                        and any(m.end < o.start <= m.end + 4 for o in mentions)
                    )
                )
                # "we are pytorch people", "a team of R folks"
                or (
                    after.split()[:1] in (["people"], ["folks"], ["devs"], ["fans"])
                    and before.endswith((" are", " of"))
                )
            )
            for verb in STACK_VERB.finditer(before):
                prefix = before[: verb.start()].split()
                between = verb.group(2).split()  # "we are a small startup on X"
                gap = before[verb.end() :].split()
                # ("Feast or Tecton if we're on AWS?": where they are is the setting, conditional or not)
                where = prefix[-1:] == ["if"] and verb.group(3).strip() in {"on", "run on", "live on", "hosted in"}
                if verb.group(3).strip() == "on" and set(between) & SETTLING_VERBS:
                    continue  # ("should the team standardise on MLflow or W&B?": what is to be chosen)
                if (
                    len(gap) <= 3
                    and not (prefix and QUESTION_BEFORE.search(prefix[-1]) and not where)
                    and not (set(gap) | set(between)) & STACK_BREAKS
                ):
                    stack = True
            noun = STACK_NOUN.search(before)
            # ("should new projects be built on airflow?" asks about it)
            asked_to_be = (
                re.search(r"\b(should|could|would|shall|be)\b", " ".join(before[: noun.start()].split()[-4:]))
                if noun
                else None
            )
            if noun and len(before[noun.end() :].split()) <= 3 and not asked_to_be:
                stack = True
            if MUST_RUN_ON.search(before) or WORKS_WITH_NEXT.search(before):
                # ("it must run inside spark", "anything lightweight that works natively on pandas dataframes?")
                stack = True  # where the answer has to run
            if m.start in aside:
                stack = True  # "our data lake (Hive + Trino)": what the person's own setting is made of
            result.append(Mention(m.tool, m.start, m.end, stack))
        # a list of tools after one stack verb ("we use docker, kubernetes and argo", "AWS (S3, EKS)") shares it;
        # a name the catalog lacks may sit in the list too
        for i in range(1, len(result)):
            prev, cur = result[i - 1], result[i]
            between = {t.low for t in toks[prev.end : cur.start] if is_common_word(t.low)}
            if prev.stack and not cur.stack and between <= {"and", "plus", "with", "also"}:
                result[i] = Mention(cur.tool, cur.start, cur.end, True)
        return result

    def _roles(self, mentions: list[Mention], toks: list[Token]) -> list[Mention]:
        """Each tool's role: the person's stack, something to replace, a yardstick, or the subject."""
        result = []
        lighter = LIGHTER_CUE.search(" ".join(t.low for t in toks))
        for number, m in enumerate(mentions):
            before = " ".join(t.low for t in toks[max(0, m.start - 4) : m.start])
            # the words after the name, up to the next name: "Airflow feels like overkill", "a terraform alternative"
            until = mentions[number + 1].start if number + 1 < len(mentions) else len(toks)
            after = " ".join(t.low for t in toks[m.end : min(until, m.end + TROUBLE_REACH)])
            # (what the person is stuck on or moving off is to be replaced, even when they run it: "we are stuck on
            # airflow 1.10")
            # ("and if we never want the data to leave BigQuery?": where it must stay, told by a denial wider than
            # the few words before it)
            wide = " ".join(t.low for t in toks[max(0, m.start - KEPT_REACH) : m.start])
            kept_inside = KEPT_INSIDE.search(wide)
            # ("porting the scorecard build from SAS to python": what the work moves off, told further back)
            moved_off = bool(REPLACE_BEFORE.search(before) or MOVED_FROM_AFAR.search(wide))
            # ("we pay for a dataiku seat nobody uses. what could replace it?": the one tool the team runs, pointed
            # back at as what is to go; not where data goes, "exports into snowflake ... what should replace it?")
            moved_off = moved_off or (
                len(mentions) == 1
                and m.stack
                and not before.endswith(("into", " to", "onto"))
                and bool(REPLACED_BY_POINTER.search(" ".join(t.low for t in toks[m.end :])))
            )
            # ("a k8s-free way to run ray", "spark-free options"): the tool its absence is asked of
            moved_off = moved_off or (m.end < len(toks) and toks[m.end].low == "free" and toks[m.end - 1].glued_to_next)
            if kept_inside or (
                (m.stack or SETTING_AFTER.match(after)) and not TROUBLE_AFTER.search(after) and not moved_off
            ):
                role = Role.STACK
            elif moved_off or REPLACE_AFTER.match(after) or TROUBLE_AFTER.search(after):
                role = Role.REPLACE
            elif (
                YARDSTICK_BEFORE.search(before)
                # ("someone at the azure meetup", "a Dataiku rep got a meeting with our CFO": where a tool was heard of)
                or VENDOR_PEOPLE_AFTER.match(after)
                or EXAMPLE_AFTER.match(after)
                # ("pandas but on gpu?", "git but for a table analysts edit", "a dbt-ish thing for sql transforms":
                # the tool as the yardstick of what is asked)
                or (m.start == 0 and after.startswith("but "))
                # ("kafka-adjacent things", "airflow-style DAGs")
                or (m.end < len(toks) and toks[m.end].low in YARDSTICK_SUFFIXES and toks[m.end - 1].glued_to_next)
                # (the one name asked about, beside where it runs and what the person runs: "mlflow or wandb or
                # something else?" compares them)
                or (
                    all(
                        other == number or mentions[other].stack or where_it_runs(toks, mentions, other)
                        for other in range(len(mentions))
                    )
                    and OPEN_AFTER.match(" ".join(t.low for t in toks[m.end : m.end + OPEN_REACH]))
                )
            ):
                role = Role.COMPARE
            elif (
                lighter
                and len(mentions) == 1
                and m.end <= word_at(lighter)
                # ("and if IT forces us to put it in Azure instead?", "use prefect instead": the one to go to)
                and not (m.end == word_at(lighter) and before.split()[-1:] in (["in"], ["on"], ["to"], ["use"]))
                # ("is there a GCP equivalent?": the cloud whose own version is asked for)
                and not (m.end < len(toks) and toks[m.end].low in {"equivalent", "equivalents", "counterpart"})
            ):
                role = Role.REPLACE  # "Airflow is a lot for five cron jobs, anything lighter?", "Fivetran's bill
                # tripled, what's the open-source replacement?"
            else:
                role = Role.SUBJECT
            result.append(Mention(m.tool, m.start, m.end, m.stack and role is Role.STACK, role))
        # names listed after one ruled out share it: "we can't use azure or gcp stuff", "no airflow, luigi or cron"
        for i in range(1, len(result)):
            prev, cur = result[i - 1], result[i]
            between = [t.low for t in toks[prev.end : cur.start]]
            joined = between in (["or"], ["and"], ["nor"]) or (not between and toks[prev.end - 1].listed_with_next)
            # (and after a yardstick: "cloud providers besides azure/aws/gcp")
            if prev.role in (Role.REPLACE, Role.COMPARE) and cur.role in (Role.SUBJECT, Role.STACK) and joined:
                result[i] = Mention(cur.tool, cur.start, cur.end, False, prev.role)
            # ("we're on azure devops, not github", "spark, not pandas": what the person runs set against what not)
            elif prev.role is Role.STACK and cur.role is Role.SUBJECT and between == ["not"]:
                result[i] = Mention(cur.tool, cur.start, cur.end, False, Role.REPLACE)
        return result

    def roles(self, text: str) -> list[tuple[str, Role]]:
        """The tools a message names and the role of each, in order (for tests and the console)."""
        toks = tokens(expand_contractions(clean(text).text))
        low = " ".join(t.low for t in toks)
        return [
            (m.tool.id, m.role) for m in self._roles(self._mark_stack(self._mentions(toks, low, set()), toks), toks)
        ]

    def _unfamiliar(self, toks: list[Token]) -> list[Token]:
        """Words that are neither ordinary question words nor radar vocabulary: likely names."""
        # (a word of a hyphenated name written oddly, "Node-RED", "OR-Tools", is a name whatever its words, and so
        # is a word of a product the catalog knows it leaves out: "power bi", "node-red")
        elsewhere = self._named_elsewhere(toks)
        odd = odd_compounds(toks) | elsewhere
        return [
            t
            for i, t in enumerate(toks)
            if ((t.low not in STOP_WORDS and t.low not in FRAME_WORDS) or i in odd)
            and (
                (
                    t.low not in self.vocabulary
                    # (a rarer word written like a name is no form of a known word: "Looker" is not "look")
                    and (t.stem not in self.vocabulary_stems or (looks_like_a_name(t) and not is_common_word(t.low)))
                )
                or i in odd
            )
            and not t.low.isdigit()
            and t.low not in LANGUAGE_SIGNS  # "C#", ".NET": languages, told as a setting
            and t.low not in LANGUAGES  # ("what about typescript?": a language, never a product asked about)
            and not QUANTITY.match(t.low)  # "13B", "24GB", "8xH100": sizes, not names
            # ("we don't have k8s in that zone": a tool's own name, told as what is lacking, is no unheard-of product)
            and not (t.low.isascii() and any(c.isdigit() for c in t.low) and self.index.exact(t.low) is not None)
            and not CALENDAR.match(t.low)  # "before Q3", "by FY26": when, not a name
            # an everyday English word is a name only when written like one ("what's Flux?") or as a word of a lacked
            # product ("power bi")
            and (i in elsewhere or not (is_common_word(t.low) and not looks_like_a_name(t)))
            and not is_sentence_adverb(t.low)  # "hypothetically, which ring ...": how it is asked
            and not (is_an_asker(t.low) and i not in elsewhere)  # "(quote from the COO)": who asks, no product
        ]

    def _named_elsewhere(self, toks: list[Token]) -> set[int]:
        """Positions of the words of a product the catalog leaves out, written in one to three words."""
        others = self.catalog.products_elsewhere
        found = {
            k
            for i in range(len(toks))
            for n in range(1, 4)
            if i + n <= len(toks)
            and normalise("".join(t.low for t in toks[i : i + n])) in others
            # (an everyday word alone is such a name only when written like one: "River", not "the river levels")
            and not (n == 1 and is_common_word(toks[i].low) and not looks_like_a_name(toks[i]))
            for k in range(i, i + n)
        }
        # (the maker written before it is a word of its name: "google or-tools", "microsoft presidio")
        return found | {i - 1 for i in found if i > 0 and i - 1 not in found and toks[i - 1].low in MAKER_WORDS}

    def _close_tools(self, name: str) -> tuple[Tool, ...]:
        """The tools whose names are spelled closest to a name the catalog lacks, for "did you mean"."""
        found = unique(self.catalog.tool(self.keys[k]) for k, _ in self.names.close(normalise(name), SUGGEST, most=8))
        return tuple(t for t in found if t is not None)


def _asked_of(toks: list[Token], start: int, end: int) -> bool:
    """Whether the words are the subject a question opens on: "is evidently the right call", "is feast worth it",
    "is shiny on the radar?"."""
    if not (start == 1 and toks[0].low in {"is", "are"} and end < len(toks)):
        return False
    placed = " ".join(t.low for t in toks[end : end + 3])
    return toks[end].low in ASKED_OF_A_NAME or bool(PLACED_ON_THE_RADAR.match(placed))


# where a name asked about is placed: "is shiny on the radar?", "is ray in adopt"
PLACED_ON_THE_RADAR = re.compile(r"(on|in) ((the|our|your) (radar|catalog|catalogue|menu)|adopt|trial|assess|hold)\b")


def _key_parts(tool: Tool) -> list[tuple[str, list[str]]]:
    """Each spelling of a tool as (lookup key, its words), derived shortenings included."""
    parts = []
    for name in (tool.id.replace("-", " "), tool.name, *tool.aliases):
        ws = words(name)
        for skip in range(len(ws)):
            tail = ws[skip:]
            if tail:
                parts.append((normalise("".join(tail)), tail))
    return parts


def _framework_words(catalog: Catalog) -> set[str]:
    """Lower-case words of the radar's own prose (rings, axes, categories, ideas): plain vocabulary."""
    fw = catalog.framework
    texts: list[str] = []
    for ring in fw.rings:
        texts += [ring.strategy, ring.practice, *ring.actions]
    texts += [fw.axes.artifact.description, fw.axes.scope.description]
    texts += [q.description for q in fw.quadrants]
    texts += [f"{c.description} {c.note}" for c in fw.categories]
    texts += [f"{p.wants} {p.frustration} {p.needs}" for p in fw.personas]
    texts += [
        fw.build_vs_buy.stance,
        *fw.build_vs_buy.rules,
        fw.signals.summary,
        *(s.what for s in fw.signals.items),
        fw.lifecycle.summary,
    ]
    found: set[str] = set()
    for text in texts:
        found |= {m.group(0) for m in re.finditer(r"\b[a-z][a-z0-9]*\b", text)}
    return found


class NameSearch:
    """Close spellings of tool names, fast enough to try on every unfamiliar word.

    Keys sharing the most letter trigrams with a word are the only ones worth comparing;
    they are then ranked by the same similarity the lookup index uses.
    """

    CANDIDATES = 40

    def __init__(self, keys: dict[str, str]) -> None:
        self._by_gram: dict[str, list[str]] = {}
        for key in keys:
            for gram in trigrams(key):
                self._by_gram.setdefault(gram, []).append(key)

    def close(self, word: str, cutoff: float, most: int = 3) -> list[tuple[str, float]]:
        shared = Counter(k for gram in trigrams(word) for k in self._by_gram.get(gram, ()))
        scored = []
        for key, _ in shared.most_common(self.CANDIDATES):
            score = fuzz.ratio(key, word, score_cutoff=cutoff * 100) / 100
            if score >= cutoff:
                scored.append((key, score))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored[:most]


def trigrams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _kinship(tool: Tool, others: list[Tool]) -> tuple[bool, int]:
    """How close a tool is to others named beside it: the same category first, then shared use cases."""
    return (
        any(tool.category == o.category for o in others),
        len({tag for o in others for tag in o.tags}.intersection(tool.tags)),
    )
