"""Working out what a free-text question asks: which tools, which need, which idea, or a follow-up."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from rapidfuzz import fuzz

from bot.radar.catalog import Catalog, normalise
from bot.radar.language.concepts import NOTES
from bot.radar.language.cues import (
    ABOUT_ITSELF,
    ABOUT_THE_BOT,
    ADDING,
    ADDING_FIRST,
    ALL_ITEMS,
    ALSO_NEEDED,
    ALTERNATIVE_TO,
    AMBIGUOUS_FILLERS,
    AMBIGUOUS_NEEDS,
    AMOUNTS,
    ANYWHERE_COMPARE_CUE,
    ASK_FOR_TOOL,
    ASKED_AFTER,
    ASKED_BEFORE,
    ASKING_VERBS,
    ASKING_WORDS,
    AXES_CUE,
    BUILD_BUY_CUE,
    BUILD_OR_BUY_ASKED,
    BUY_DECIDED,
    CATALOG_VS_RADAR,
    CATEGORY_MEANING,
    CHANGES_PICK,
    CHITCHAT,
    CHOICE_UNNAMED,
    CLAUSE_OPENERS,
    CLAUSE_WORDS,
    CLOSING_DECISION,
    CLOUD_KIND,
    CLOUD_OPTION,
    COMMAND_HELP,
    COMPARE_CUE,
    CONCEPT_ASK,
    COUNTED_BEFORE,
    DECIDE_CUE,
    DEPENDS_ON,
    EACH_RING_ASKED,
    EQUIVALENT_CUE,
    EVERY_ITEM,
    EXAMPLE_AFTER,
    EXAMPLES_ASKED,
    FLOW_CUE,
    FOREIGN_HELP,
    FRAME_WORDS,
    GENERIC_HEADS,
    HELP_CUE,
    IDEA_MIN,
    JOKE_CUE,
    KIND_BY_LICENCE,
    KIND_FILLERS,
    KIND_NOUNS,
    KIND_SETTING_WORDS,
    KIND_WORDS_AT_MOST,
    LIFECYCLE_CUE,
    LIGHTER_CUE,
    LIST_ASK,
    LIST_CUE,
    LIST_WORD,
    LOOKUP_ASK,
    LOOKUP_FRAME,
    MEANING_CUE,
    MISSPELT_NAME_LENGTH,
    MODIFIED_NOUNS,
    MORE_CUE,
    MOST_CHOSEN_FROM,
    MOST_UNFAMILIAR,
    MUST_RUN_ON,
    NAME_ASK,
    NAME_ASKED_LATER,
    NAME_FIRST,
    NAMING_CUE,
    NEEDING,
    NEGATED_RESOURCES,
    NEGATORS,
    NEXT_NEED,
    OPINION_ASKED,
    OPINION_LAST,
    ORDINAL_REF,
    ORDINALS,
    OTHER_REF,
    OUTSIDE_WORK,
    PERSON_WORDS,
    PERSONA_CUE,
    PICK_CUE,
    PLACE_FRAME,
    PLAIN_CHAT,
    PLURAL_REF,
    QUADRANT_MEANING,
    QUESTION_BEFORE,
    QUOTED,
    QUOTED_IDEA_MIN,
    RANKING_ASK,
    RANKING_WORDS,
    RATHER_NOT,
    RECOMMEND_CUE,
    REPLACE_AFTER,
    REPLACE_BEFORE,
    RING_CONTEXT,
    RING_MEANING_CUE,
    RING_OBLIGATION,
    SETTING_ADDED,
    SETTING_AFTER,
    SETTING_AGAIN,
    SETTING_TOLD,
    SETTING_WORDS,
    SHOW_ASKED,
    SIGNALS_CUE,
    SIGNALS_SOFT_CUE,
    SINGLE_REF,
    SOCIAL_CUE,
    SPEAKS_OF_ONESELF,
    STACK_BREAKS,
    STACK_NOUN,
    STACK_SUFFIX,
    STACK_VERB,
    STRICT_COMPARE_CUE,
    STRONG_IDEA,
    SWITCHING,
    TASK_DONE_IN,
    TOOL_ASKED,
    TROUBLE_AFTER,
    TROUBLE_REACH,
    VAGUE_WORDS,
    WANTING_WORDS,
    WANTS_SOMETHING,
    WHICH_OF_THEM,
    WHY_CUE,
    YARDSTICK_BEFORE,
    cue,
)
from bot.radar.language.lookup import (
    QUADRANT_NICKNAMES,
    ToolIndex,
    is_common_word,
    is_everyday_word,
    is_ordinary_word,
)
from bot.radar.language.recommend import (
    HEAD_WEIGHT,
    KUBERNETES_WORDS,
    NO_KUBERNETES_CUE,
    PERSONA_WORDS,
    VENDOR_PLATFORMS,
    Constraints,
    Need,
    NeedFinder,
    NeedMatch,
    Recommender,
    Situation,
    constraints_in,
    persona_named,
    personas_named,
)
from bot.radar.language.retrieval import QUESTION_WORDS, Ranker
from bot.radar.language.text import COMMON_WORDS, STOP_WORDS, Token, clean, expand_contractions, stem, tokens, words
from bot.radar.models import Category, Persona, Quadrant, Ring, Tag, Tool

SUGGEST = 0.6  # and this close is offered as "did you mean"
FUZZY_MIN_LENGTH = 4
# programming languages the catalog lists: named in a need, they are where the answer must fit
LANGUAGE_TOOLS = frozenset({"python", "julia", "r", "java", "scala", "go", "rust", "javascript", "typescript"})
CLOUD_TIER = 0.9  # matches this close to the best one count when asking which cloud decides
# use cases that name a kind of data or model rather than a job done with it
DATA_KINDS = frozenset({"nlp", "computer-vision", "time-series", "speech-audio", "tabular-ml", "graph-ml", "llm-ops"})
SHORT_FOR_WORDS = 7  # "braintrust for llm evals?": a name and what it would be for, asked about as a whole
TOLD_AT_LENGTH = 8  # ...and beyond which a problem told with no word asking about a tool is a need, however faint
TOLD_NEED_WORDS = 4  # content words beyond which a message about a problem is more than a tool's name and a word
REQUIRED = re.compile(r"\b(has to|have to|must|needs? to|only|required|requirement|forgot to say)\b")
RESTATED_WORDS = 16  # a follow-up that only adds a constraint or a setting is short
LONGEST_NAME = 4  # words in the longest tool name worth scanning for
LONGEST_QUESTION = 2000  # characters read from a message; a question is never longer, a pasted log may be
TYPOS_TRIED = 12  # unfamiliar words checked for typos of tool names, per question


class Intent(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    LOOKUP = "lookup"
    COMPARE = "compare"
    RECOMMEND = "recommend"
    LIST = "list"
    CONCEPT = "concept"
    FOLLOWUP = "followup"
    HELP = "help"
    UNKNOWN = "unknown"
    SOCIAL = "social"
    CLARIFY = "clarify"


@dataclass(frozen=True)
class Option:
    """One answer to a clarifying question: its button label, the question it then asks, the tool it means."""

    label: str
    text: str
    tool: str = ""


@dataclass(frozen=True)
class Memory:
    """What a thread was last about: the tools discussed (in order), the intent, the need behind it,
    and a clarifying question still waiting for its answer."""

    tools: tuple[str, ...] = ()
    intent: str = ""
    tags: tuple[str, ...] = ()
    pending: tuple[Option, ...] = ()
    asked: str = ""  # the question the clarifying question was about
    insists: tuple[str, ...] = ()  # what the person insisted on earlier in the thread (Constraints.as_tags)
    idea: str = ""  # the radar's idea just explained ("ring:trial"), for "which tools are in it?"

    def __bool__(self) -> bool:
        return bool(self.tools or self.tags or self.idea)

    def resolve(self, reply: str) -> tuple[str, Memory] | None:
        """The refined question when a reply answers the pending clarifying question, with the memory for it."""
        if not self.asked:
            return None
        said = normalise(reply)
        chosen = next((o for o in self.pending if said and normalise(o.label) == said), None)
        if chosen is None and len(reply.split()) <= 6:
            chosen = next((o for o in self.pending if normalise(o.label) and normalise(o.label) in said), None)
        if chosen is None:
            return None
        tools = (chosen.tool, *(t for t in self.tools if t != chosen.tool)) if chosen.tool else self.tools
        return chosen.text, Memory(tools, self.intent, self.tags, insists=self.insists)


class Role(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    """What a tool named in a message is to the question."""

    SUBJECT = "subject"  # what the question is about
    STACK = "stack"  # the person already runs it ("we use Kubernetes")
    REPLACE = "replace"  # something to move away from ("alternatives to Jenkins")
    COMPARE = "compare"  # a yardstick ("lighter than Airflow", "besides Comet")


@dataclass(frozen=True)
class Mention:
    tool: Tool
    start: int
    end: int  # token positions, end exclusive
    stack: bool = False  # the person already runs it ("we use Kubernetes")
    role: Role = Role.SUBJECT


@dataclass(frozen=True)
class Question:
    """A question as understood: its intent and a finer action, and everything it names."""

    text: str
    intent: Intent
    action: str = ""
    tools: tuple[Tool, ...] = ()
    need: Need = field(default_factory=Need)
    situation: Situation = field(default_factory=Situation)
    ring: Ring | None = None
    quadrant: Quadrant | None = None
    category: Category | None = None
    persona: Persona | None = None
    unknown: str = ""
    suggestions: tuple[Tool, ...] = ()
    options: tuple[Option, ...] = ()  # a clarifying question's choices


class Understander:
    """Turns a question (and what its thread was about) into a Question. Pure and deterministic."""

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
        self.flow_tools = {f.tool for f in catalog.framework.flow_distinction.tools}
        # the use cases the seed posts' tools are made for: the choices offered when a question says nothing of its need
        seeds = {s.tool for s in catalog.seeds}
        made_for = Counter(tag for t in catalog.tools if t.id in seeds for tag in t.tags)
        self._common_needs = tuple(
            Option(tag.name, f"what should we use for {tag.name}?", "")
            for tag in sorted(catalog.tags, key=lambda t: (-made_for[t.id], t.id))[:5]
        )
        self.ideas = Ranker(idea_documents(catalog))
        self._stems: list[str] = []
        self._lows: list[str] = []
        self._rings = {w: r for r in catalog.rings for w in _ring_words(r)}
        self._quadrants = [
            (q, tuple(stem(w) for w in words(name) if w not in STOP_WORDS))
            for q in catalog.quadrants
            for name in {q.name, q.id.replace("-", " "), *QUADRANT_NICKNAMES.get(q.id, [])}
        ]

    # --- entry point -------------------------------------------------------------------------

    def understand(self, text: str, memory: Memory | None = None) -> Question:
        cleaned = clean((text or "")[:LONGEST_QUESTION])
        # ("hera (the argo python sdk), where is it on the radar?": the words describing the name asked about name
        # no tool and no need of their own)
        cleaned = replace(cleaned, text=APPOSITION.sub(r"\g<name>", cleaned.text, count=1))
        plain = expand_contractions(cleaned.text)
        toks = tokens(plain)
        self._stems = [t.stem for t in toks]
        self._lows = [t.low for t in toks]
        low = " ".join(t.low for t in toks)
        code_words = {w for span in cleaned.code for w in words(span)}
        mentions = self._mentions(toks, low, code_words)
        # ("Azure Purview", "AWS Step Functions": a cloud's name before a product the catalog lacks is its maker)
        mentions = [m for m in mentions if not self._maker_of_unknown(m, toks, mentions)]
        # ("Databricks Unity Catalog", "Google Vertex AI": a maker written before its own product is part of its name)
        mentions = [m for m in mentions if not any(self._maker_of(m, o, toks) for o in mentions)]
        mentions = self._roles(self._mark_stack(mentions, toks, _their_own_aside(plain, toks)), toks)
        # (a name ruled out is no need either: "we do not want to run kubernetes" asks for no cluster tool)
        taken = frozenset(i for m in mentions for i in range(m.start, m.end))
        if constraints_in(low).no_kubernetes:
            # "something lighter that does not need k8s": Kubernetes is the constraint, not a tool asked about
            # ("we're on slurm, not kubernetes", "we don't have kubernetes": the name inside the words that rule it
            # out, whatever its role)
            ruled_out = [found.span() for found in NO_KUBERNETES_CUE.finditer(low)]
            at = _offsets(toks)
            mentions = [
                m
                for m in mentions
                if not (
                    KUBERNETES_WORDS.fullmatch(m.tool.name)
                    and (m.role is Role.REPLACE or any(start <= at[m.start] < end for start, end in ruled_out))
                )
            ]
        subjects = _unique(m.tool for m in mentions if not m.stack)
        stack = _unique(m.tool for m in mentions if m.stack)
        sentences = _sentence_starts(plain, toks)
        asked_from = _asking_sentence(plain, toks, sentences)
        asked_to = _sentence_end(sentences[0], asked_from, len(toks))
        # (a ring's name is no need: "which monitoring tools are in trial?" asks nothing of hyperparameter trials)
        ring_words = frozenset(i for i, _ in self._ring_mentions(toks))
        need = self.needs.find(toks, taken | _not_the_need(toks) | ring_words, asked_from)
        if need and not LOOKUP_FRAME.match(low) and any(t.id in LANGUAGE_TOOLS for t in subjects):
            # "a python library to parse PDFs", "data scientists train in python": the language is the setting
            mentions = [
                Mention(m.tool, m.start, m.end, True, Role.STACK) if m.tool.id in LANGUAGE_TOOLS else m
                for m in mentions
            ]
            subjects = _unique(m.tool for m in mentions if not m.stack)
            stack = _unique(m.tool for m in mentions if m.stack)
        situation = self._situation(toks, low, stack, subjects)
        said_now = situation.constraints
        if memory is not None and memory.insists:
            # "open source only" said earlier in the thread still holds for its follow-ups
            earlier = Constraints.from_tags(memory.insists)
            situation = replace(situation, constraints=said_now.over(earlier))
        several = len(personas_named(self.catalog, low)) > 1
        base: dict[str, Any] = dict(
            text=cleaned.text, need=need, situation=situation, persona=None if several else situation.persona
        )
        memory = memory if memory is not None else Memory()

        if not toks:
            return Question(intent=Intent.HELP, **base)
        # ("what kinds of things end up on Hold?" asks about a ring, not about the bot)
        about_the_bot = ABOUT_THE_BOT.search(low) and not (self._rings_named(toks) or self._quadrants_named(toks))
        ring_idea = "" if memory else self._ring_idea_first(plain, toks, mentions)
        if ring_idea:
            return concept_question(ring_idea, base)
        if (
            subjects
            and RING_OBLIGATION.search(low)
            and (self._rings_named(toks) == [self.catalog.ring("adopt")] or "brainer" in low)
            and not need.strong
        ):
            # "is kubernetes mandatory now that it's in Adopt?": what Adopt asks of each project, shown on that tool
            return concept_question("note:adopt-not-everywhere", {**base, "tools": tuple(subjects)})
        explained = self.catalog.ring(memory.idea.removeprefix("ring:")) if memory.idea.startswith("ring:") else None
        if explained is not None and not subjects and not need.strong and EXAMPLES_ASKED.search(low):
            # "what does Hold mean?" then "give me a few examples" or "which tools are in it right now?"
            return Question(intent=Intent.FOLLOWUP, action="ring", ring=explained, **base)
        if need.categories and not memory and re.search(r"\bwhy (are|do|would)\b", low) and self._rings_named(toks):
            # "why are vendor AI platforms like vertex only Trial when GCP itself is Adopt?": a kind's ring, asked
            # of the kind (the tools named are its examples)
            kinds = need.categories[:3]
            idea = f"category:{kinds[0].id}" if len(kinds) == 1 else "categories:" + ",".join(c.id for c in kinds)
            return concept_question(idea, base)
        asked_name = self._asked_name(low, toks, mentions, memory)
        if asked_name:
            # "statsig vs building our own analysis, what ring is statsig?", "tell me about kubecost, platform wants it
            # for GKE": a name the catalog lacks, asked about in so many words, whatever else the message names
            return Question(
                intent=Intent.UNKNOWN,
                action="name",
                unknown=asked_name,
                suggestions=self._close_tools(asked_name)[:3],
                **base,
            )
        if not subjects and COMMAND_HELP.search(low):
            # "how do i propose a new tool for the radar": the commands that do it
            return Question(intent=Intent.HELP, action="commands", **base)
        if FOREIGN_HELP.search(low) or (not subjects and ((HELP_CUE.search(low) and not need.strong) or about_the_bot)):
            return Question(intent=Intent.HELP, **base)
        told_again = self._setting_again(low, toks, memory, need, subjects, stack, mentions, situation, base)
        if told_again is not None:
            return told_again
        # everyday words that are also tool names ("a ray of sunshine", "determined") do not make small talk a question
        refers = bool(
            SINGLE_REF.search(low) or ORDINAL_REF.search(low) or PLURAL_REF.search(low)
        )  # "it", "the second one", "those"
        clear_names = [m for m in mentions if not (m.end - m.start == 1 and _ordinary_lowercase(toks[m.start]))]
        asks = QUESTION_ASK.search(NOT_A_QUESTION.sub("", low))
        # "thx. does the first one need an API key?": thanks, then a follow-up about the thread's tools
        points_back = bool(memory) and refers
        if not memory or not refers:
            named_first = self._named_first(cleaned.text, subjects, base)
            if named_first is not None:
                return named_first
        asks_for_a_tool = bool(ASK_FOR_TOOL.search(low) or PICK_CUE.search(low))
        if JOKE_CUE.search(low) and not asks_for_a_tool:
            return Question(intent=Intent.SOCIAL, action="offtopic", **base)  # "a joke about kubernetes"
        if OUTSIDE_WORK.search(low) and not (subjects or stack or need.phrased or asks_for_a_tool):
            # "what's the weather in fresno tomorrow?": life outside work, whatever use case its words brush against
            return Question(intent=Intent.SOCIAL, action="offtopic", **base)
        if PLAIN_CHAT.search(low) and not (ASK_FOR_TOOL.search(low) or PICK_CUE.search(low)) and not subjects:
            return Question(intent=Intent.SOCIAL, action=_small_talk_kind(low), **base)  # "gg wp :tada:"
        if ABOUT_ITSELF.search(low) and not subjects:
            return Question(intent=Intent.SOCIAL, action="itself", **base)  # "which LLM are you running on?"
        if (
            _small_talk_kind(low) == "thanks"
            and CLOSING_DECISION.search(low)
            and "?" not in text
            and len(subjects) <= 1
            and not need.strong
        ):
            # "great, thanks! we'll go with dvc": the thread closes with a decision, not a new question
            return Question(intent=Intent.SOCIAL, action="thanks", tools=tuple(subjects), **base)
        if (
            SOCIAL_CUE.search(low)
            and not clear_names
            and not (memory and MORE_CUE.search(low))  # "ok. alternatives?"
            and not (memory and said_now != Constraints())  # "ok but we self-host everything, no SaaS"
            and not need.strong
            and not asks
            and not (need and "?" in text)
            and not points_back
            and not WANTS_SOMETHING.search(low)  # "hey radar, got a tool suggestion for us?"
        ):
            return Question(intent=Intent.SOCIAL, action=_small_talk_kind(low), **base)

        # (tools named only as what it would be built with, "some python on k8s", leave the question build vs buy)
        built_with = all(
            m.stack
            or m.tool.id in LANGUAGE_TOOLS
            or (m.start > 0 and toks[m.start - 1].low in SETTING_WORDS | {"with"})
            for m in mentions
        )
        # (a tool asked for, to be spared writing it ourselves, is wanted: "what framework would you use to build RAG?
        # we'd rather not write the glue ourselves")
        if built_with and _asks_build_vs_buy(low, need) and not memory:
            return concept_question("build_vs_buy", base)
        quoted = self._quoted_idea(cleaned.text)
        # ("what counts as an 'ML task orchestrator' here? list them": a kind's list, asked after what it means)
        kind_listed_after = bool(re.search(r"\blist (them|all|those)\b", low)) and bool(need.categories or need.tags)
        if quoted and (MEANING_CUE.search(low) or WHY_CUE.search(low)) and not kind_listed_after:
            # "people call kubeflow a 'hard commitment', what does that mean?": the words quoted are the question
            return concept_question(quoted, {**base, "tools": tuple(subjects)})
        if not subjects or all(_ordinary_lowercase(toks[m.start]) for m in mentions if m.role is Role.SUBJECT):
            idea, score = self._idea_scored(low, toks, need, False)
            strong = STRONG_IDEA * (2 if need.strong and ASK_FOR_TOOL.search(low) else 1)
            meaning = WHY_CUE.search(low) or MEANING_CUE.search(low)
            if (
                idea
                and score >= strong
                and (meaning or (CONCEPT_ASK.search(low) and not idea.startswith("category:")))
                and not kind_listed_after
            ):
                return concept_question(idea, {**base, "tools": ()})
        flow_named = [t for t in subjects if t.id in self.flow_tools]
        # ("kubeflow, mlflow, metaflow: what's the difference?" weighs the three side by side; the idea of telling the
        # flows apart answers what people find confusing about their names)
        # ("... how do they differ?" compares them, the confusion told or not; "why the similar names?" asks the idea)
        # ("the -flow names are doing my head in. what's the difference?": the names themselves are the question)
        flow_names = re.search(
            r"\b(the )?(flow|flows) (tools|ones|family|names|naming)\b|\ball the flows\b|\bflow tools\b|"
            r"\b(called|named) (something )?flow\b|\bflow in (the|their) names?\b|\b(called|named) \w+ ?flow\b|"
            r"\b(end|ends|ending) (in|with) flow\b",
            low,
        )
        named_compared = (
            len(flow_named) >= 2
            and STRICT_COMPARE_CUE.search(low)
            and not (WHY_CUE.search(low) and NAMING_CUE.search(low))
            and not (flow_names and "conceptual" in low)  # "the -flow names... conceptually, what's the difference?"
        )
        if (len(flow_named) >= 2 and (FLOW_CUE.search(low) or NAMING_CUE.search(low)) and not named_compared) or (
            not subjects and flow_names
        ):
            return Question(intent=Intent.CONCEPT, action="flow", tools=tuple(flow_named), **base)

        # (a sentence that starts with "need" or "want" drops its subject, as terse messages do: "need tracing")
        terse_ask = any(t.sentence_start and t.low in {"need", "want"} for t in toks)
        asks_for_tool = bool(
            ASK_FOR_TOOL.search(low) or PICK_CUE.search(low) or LIGHTER_CUE.search(low) or terse_ask
        ) and not (
            STRICT_COMPARE_CUE.search(low) and len(subjects) >= 2  # ("compare runs" with one tool named is a need)
        )
        # a problem told at some length around a tool ("pandas runs out of memory at 30GB, I have a 64-core box")
        # asks for a tool as surely as a question does, unless the message is framed as a question about the tool
        content_words = _content_words(toks)
        compares = _compared(toks, [m for m in mentions if not m.stack], low)
        tells_a_need = (
            (need.strong or (bool(need) and content_words >= TOLD_AT_LENGTH and not LOOKUP_ASK.search(low)))
            and content_words >= TOLD_NEED_WORDS
            and not LOOKUP_FRAME.match(low)
            and not STRICT_COMPARE_CUE.search(low)
            and not (len(subjects) >= 2 and compares)  # "Label Studio or Prodigy for NER?"
            and not _fact_asked(low)
            # "temporal.io for ML workflows, thoughts?": the opinion asked of the one tool named
            and not (len(subjects) == 1 and OPINION_LAST.search(low))
            # "Label-Studio: can the image tagging team just start using it?": a question about the one tool named
            and not (len(subjects) == 1 and TOOL_ASKED.search(low))
        )
        example = next(
            (
                m.tool
                for m in mentions
                if m.role is Role.COMPARE and EXAMPLE_AFTER.match(" ".join(t.low for t in toks[m.end : m.end + 3]))
            ),
            None,
        )
        if example is not None and not memory and LIST_ASK.search(low):
            # "local LLM runners you know of? ollama and friends": the kind asked for, or else the example's own
            # kind ("list the in-house ML platforms (michelangelo and friends)")
            if need.phrased:
                return Question(intent=Intent.LIST, action="tag", **base)
            kind = self.catalog.tag(example.tags[0]) if example.tags else None
            if kind is not None:
                return Question(
                    intent=Intent.LIST, action="tag", **{**base, "need": Need((NeedMatch(kind, 2.0, frozenset()),))}
                )
        if subjects and (asks_for_tool or tells_a_need) and not memory:
            context = self._context_only(mentions, need, toks, asked_from, asked_to)
            if context is not None:
                return context(base, stack)

        framed_tool = self._framed_tool(LOOKUP_FRAME.match(low), toks, mentions) if not memory else None
        if framed_tool is not None:
            # "whats modal, the serverless gpu thing", "tell me about instructor (the python lib)": the tool right
            # after the asking words is the question; what follows describes it ("what does the radar say about
            # confluent cloud? backend wants to move off kafka")
            return Question(intent=Intent.LOOKUP, tools=(framed_tool,), **base)
        alternative = ALTERNATIVE_TO.search(low)
        remembered = list(self._thread_tools(memory, 1))
        # ("legal says no BSL licences. alternative?" after Terraform: an alternative to the thread's tool)
        of_the_thread = (
            not subjects and not need.strong and memory.intent in (Intent.LOOKUP.value, Intent.COMPARE.value)
        )
        if (
            alternative
            and remembered
            and (re.match(r" (it|that|this|that one|this one)\b", low[alternative.end() :]) or of_the_thread)
        ):
            # "anything like it that runs natively on kubernetes?": like the thread's tool, in the setting named
            where = self._situation(toks, low, _unique([*stack, *subjects]), [])
            return Question(
                intent=Intent.FOLLOWUP, action="alternatives", tools=tuple(remembered), **{**base, "situation": where}
            )
        # ("and on azure instead of on-prem?" in a thread about a need: the need, on that cloud, further down)
        moves_cloud = bool(memory.tags) and bool(subjects) and all(self._is_cloud(t) for t in subjects)
        if (
            alternative
            and subjects
            and not moves_cloud
            and (MORE_CUE.search(low) or alternative.group(0) not in {"like"} or need)
        ):
            target = self._after(mentions, toks, alternative) or subjects[0]
            if len(subjects) < 2 or not COMPARE_CUE.search(low.replace(alternative.group(0), "")):
                return Question(intent=Intent.RECOMMEND, action="alternatives", tools=(target,), **base)

        shared = self._shared(toks, mentions, subjects, stack, need, low, base)
        if shared is not None:
            return shared

        framed = LOOKUP_FRAME.match(low)
        if framed and not subjects and not stack:
            # "is Quuxly any good for tracking?" asks about a name, whatever else it mentions
            named = [
                t
                for t in self._unfamiliar(toks)
                # (a rare word right after the frame is a name, even a dictionary one: "what do we think of vetiver")
                if t.low in framed.group("name").split()
                and (
                    _looks_like_a_name(t)
                    or not is_ordinary_word(t.low)
                    or (
                        not is_common_word(t.low)
                        and t.stem not in self.vocabulary_stems
                        and re.match(
                            r"(what do|thoughts|opinions?|have you|ever|anyone|has anyone|what about|how about|tell me "
                            r"about|do you know|(what is|whats) (our|the team s|the radar s|your))",
                            framed.group(1),
                        )
                    )
                )
            ]
            if named:
                return self._unknown(toks, plain, base, referenced_without_memory=False)
            # (an everyday word alone in the name's place, asked a placement of, is a name too: "is prophet any good
            # for seasonal forecasting?", "do we allow prophet")
            word = framed.group("name").split()[0]
            after = low[framed.start("name") + len(word) :]
            if (
                (
                    PLACEMENT_AFTER.match(after)
                    or (
                        after.strip() == ""
                        and (framed.group(1) in ALLOWING_FRAMES or OPINION_FRAME.search(framed.group(1)))
                    )
                )
                and word not in self.vocabulary
                and word not in STOP_WORDS
                and stem(word) not in self.needs.phrase_stems
                and not any(c.isdigit() for c in word)
            ):
                name = next(t.raw for t in toks if t.low == word)
                return Question(
                    intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=self._close_tools(name)[:3], **base
                )
        later = NAME_ASKED_LATER.search(low)  # "neo4j for the fraud graph, is it in the catalog?"
        # (a short question of a name for a purpose asks about the name: "braintrust for llm evals?")
        short_for = (
            len(toks) <= SHORT_FOR_WORDS and toks[1:2] != [] and toks[1].low == "for" and plain.rstrip().endswith("?")
        )
        # the words in a name's place at the start: "fireworks ai", "apache solr" (a maker first, a product word last)
        slot = 1 if toks[0].low in MAKER_WORDS and len(toks) > 2 else 0
        end = slot + 1 + (toks[slot + 1 : slot + 2] != [] and toks[slot + 1].low in PRODUCT_SUFFIXES)
        purpose = toks[end : end + 1] != [] and toks[end].low == "for" and len(toks) <= SHORT_FOR_WORDS
        if (
            not subjects
            and not stack
            and (
                OPINION_LAST.search(low)
                or (OPINION_ASKED.search(low) and not ASK_FOR_TOOL.search(low))
                or later
                or short_for
                or (purpose and plain.rstrip().endswith("?"))
            )
        ):
            unfamiliar = self._unfamiliar(toks)
            # (or a name written like one further in: "we're evaluating Retool for internal tools, is it on the
            # radar?", "our BI team wants Mode, where would it go?")
            written_like_names = [t for t in unfamiliar if _looks_like_a_name(t) and not t.raw.isupper()]
            # (a capitalised first word for a purpose, then "it": "Prophet for the forecasts, where does it sit?")
            named_for = (
                toks[0].raw[:1].isupper()
                and toks[0].low not in STOP_WORDS
                and toks[0].stem not in self.needs.phrase_stems
                and toks[1:2]
                and toks[1].low == "for"
            )
            if (toks[0] in unfamiliar and not is_common_word(toks[0].low)) or (
                later and len(toks) <= NAME_ASKED_WORDS and len(written_like_names) == 1
            ):
                # "Redpanda for the telematics event stream, what ring?": the name it starts with is asked about
                return self._unknown(toks, plain, base, referenced_without_memory=False)
            # (a word the radar has no use for, even an everyday one, that opens a question of opinion or placement
            # is the name asked about: "prophet for the collections forecast, thoughts?", "fireworks ai for hosting
            # our fine-tune?", "apache solr ring?")
            if self._unheard_of(toks[slot]) and (OPINION_LAST.search(low) or purpose or later):
                name = " ".join(t.raw for t in toks[:end])
                return Question(
                    intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=self._close_tools(name)[:3], **base
                )
            if later and named_for:
                # (an everyday word too: "Prophet for the forecasts, where does it sit?" asks about Prophet)
                name = toks[0].raw
                return Question(
                    intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=self._close_tools(name)[:3], **base
                )
        placed = PLACE_FRAME.search(low)
        if placed is not None and placed.start() == 0:
            # "Is DuckDB on the radar? Half the team uses it on parquet files": the name the frame asks about is
            # the question, whatever tools the rest of the message names
            asked_name = _placed_name(placed)
            named_alike = self.index.sharing(asked_name)
            if len(named_alike) >= 2 and self.index.exact(asked_name) is None:
                # "what ring is Guardrails in?", "where is unity on the radar": a word several tools' names share
                options = tuple(Option(t.name, "", t.id) for t in named_alike)
                return Question(intent=Intent.CLARIFY, action="name", unknown=asked_name, options=options, **base)
            asked_words = set(asked_name.split())
            framed_tools = [m for m in mentions if {t.low for t in toks[m.start : m.end]} & asked_words]
            odd = [t for t in self._unfamiliar(toks) if t.low in asked_words and not is_common_word(t.low)]
            if odd and not framed_tools:
                return self._unknown(toks, plain, base, referenced_without_memory=False)
        new_names = self._new_names(toks) if not subjects and not stack else []
        # (the parts of one hyphenated name, "Node-RED", are one name)
        listed = (
            [t for i, t in enumerate(toks) if t.raw[:1].isupper() and not (i and toks[i - 1].glued_to_next)]
            if new_names
            else []
        )
        listed = [t for t in listed if t in self._unfamiliar(toks)]
        # (many words the bot does not know are prose in another language, not a product asked about)
        foreign = len(self._unfamiliar(toks)) > MOST_UNFAMILIAR
        if new_names and not foreign and not (len(listed) >= 2 and need.strong):
            # "have you looked at Tarnwell for model monitoring?": the question is about a name the radar lacks
            # (several names listed beside a need are where data comes from: "Salesforce and Zendesk data in the
            # warehouse")
            return self._unknown(toks, plain, base, referenced_without_memory=False)

        referenced = self._referenced(low, memory)
        pointing = refers
        # "it" whose tool the message itself introduces ("if a tool is on Hold, why is it on the radar?") or in a
        # question about two rings points at nothing outside the message
        # (nor in a question about the radar's axes: "the two axes - what does piecemeal vs all-in-one mean?")
        if (
            re.search(r"\b(a|any|some) (tool|product|library|platform)\b.*\bit\b", low)
            or len({r.id for r in self._rings_named(toks)}) >= 2
            or AXES_CUE.search(low)
        ):
            pointing = False
        if (
            not memory
            and not subjects
            and not need.strong
            and pointing
            and (WHY_CUE.search(low) or STRICT_COMPARE_CUE.search(low))
        ):
            # (an English word in lower case, "the triage model", is no name)
            if [
                t
                for t in self._unfamiliar(toks)
                if not is_common_word(t.low) and (not is_ordinary_word(t.low) or _looks_like_a_name(t))
            ]:
                # "mossgate vs nothing, is it worth trialing?": "it" is the unknown name
                return self._unknown(toks, plain, base, referenced_without_memory=False)
            if not _introduced_before(low):
                return self._which_tool(need, base)  # "why is it on trial?" with nothing discussed yet
        if not memory and _introduced_before(low):
            pointing = False
        clouds = [t for t in subjects if self._is_cloud(t)]
        if (
            memory
            and memory.tags
            and subjects
            and clouds == subjects
            # ("on gcp", "we're on azure btw": the cloud said as where it runs, and little else)
            and (NEXT_NEED.search(low) or CLOUD_OPTION.search(low) or (_only_where(toks, mentions) and len(toks) <= 5))
        ):
            # "what about on AWS instead?", "is there an AWS managed option?": the same need, on that cloud
            tags = self._thread_tags(memory)
            again = _again(tags)
            moved = Situation(clouds[0], (clouds[0],), situation.persona, situation.constraints)
            return Question(intent=Intent.FOLLOWUP, action="need", **{**base, "need": again, "situation": moved})
        # (a tool named only as where it would run, "for 20TB of images on Ceph", is the setting of the choice)
        only_where = _only_where(toks, mentions)
        if memory and memory.tags and subjects and only_where and TASK_DONE_IN.search(low) and not need.strong:
            # "can it be done inside BigQuery directly?": the thread's job, done where the tools named run
            tags = self._thread_tags(memory)
            where = self._situation(toks, low, _unique([*stack, *subjects]), [])
            return Question(
                intent=Intent.FOLLOWUP,
                action="need",
                tools=tuple(subjects),
                **{**base, "need": _again(tags), "situation": where},
            )
        if (
            memory.intent == Intent.LOOKUP.value
            and memory.tools
            and len(subjects) == 1
            and subjects[0].id not in memory.tools
            and SWITCHING.search(low)
            and not need.strong
        ):
            # "should we move to dagster instead?" after Airflow's card: the two, side by side
            return Question(
                intent=Intent.FOLLOWUP, action="compare", tools=(*self._thread_tools(memory, 1), subjects[0]), **base
            )
        if memory.tools and subjects and ADDING.search(low) and not need.strong:
            # "add sglang too", "throw dagster in as well": the comparison so far, and the new one
            so_far = list(self._thread_tools(memory, 2))
            compared = tuple(_unique([*so_far, *subjects])[:3])
            return Question(intent=Intent.FOLLOWUP, action="compare", tools=compared, **base)
        if (
            memory.intent == Intent.LIST.value
            and memory.tags
            # ("ok just the aws ones": a cloud named as the ones' kind)
            and (not subjects or only_where or all(self._is_cloud(t) for t in subjects))
            and not need.phrased
            and re.search(r"\b(only|just)? ?(the ones|which ones|which of (them|those|these)|those|ones)\b", low)
        ):
            # "only the ones that run on GCP", "which of them plug into isaac lab?" after a list: the list again,
            # for that setting (the list shows a few of each ring; its filter reaches them all)
            where = self._situation(toks, low, _unique([*stack, *subjects]), [])
            again = _again(self._thread_tags(memory))
            if where.cloud or where.stack:
                return Question(intent=Intent.FOLLOWUP, action="list", **{**base, "need": again, "situation": where})
        # (a tool the thread has not shown is what they must work with: "does any of those read lineage from airflow?")
        unshown = not any(t.id in memory.tools for t in subjects)
        if len(memory.tools) >= 2 and (not subjects or only_where or unshown) and WHICH_OF_THEM.search(low):
            # "which one can run in CI on every pull request?", "ok which one can we self-host?": chosen among
            # the tools the thread has shown, by what the question asks of them; "which would you pick?" compares
            shown = self._thread_tools(memory, MOST_CHOSEN_FROM)
            if RANKING_ASK.search(low):
                return Question(intent=Intent.FOLLOWUP, action="compare", tools=shown[:3], **base)
            # ("does any of those work with Spark?": the tools named are what the chosen must work with)
            where = replace(
                self._situation(toks, low, _unique([*stack, *subjects]), []), constraints=situation.constraints
            )
            return Question(intent=Intent.FOLLOWUP, action="which", tools=shown, **{**base, "situation": where})
        if (
            memory.intent == Intent.COMPARE.value
            and len(memory.tools) >= 2
            and (not subjects or only_where)
            and not need.strong  # ("a small team with no cluster" hints at clusters, it asks for none)
            and (said_now != Constraints() or only_where)
            and len(toks) <= RESTATED_WORDS
        ):
            # "for a team of 5 on azure?" after a comparison: the compared tools, chosen for that setting
            shown = self._thread_tools(memory, 3)
            where = self._situation(toks, low, _unique([*stack, *subjects]), [])
            return Question(intent=Intent.FOLLOWUP, action="which", tools=shown, **{**base, "situation": where})
        if (
            memory.tools
            and subjects
            and not any(t.id in memory.tools for t in subjects)
            and LIGHTER_CUE.search(low)
            and all(_named_as_setting(toks, m) for m in mentions)
        ):
            # "is there something lighter, just for pandas dataframes?" after Great Expectations' card: what else
            # does its job, where the tools named are the setting
            where = replace(
                self._situation(toks, low, _unique([*stack, *subjects]), []), constraints=situation.constraints
            )
            return Question(
                intent=Intent.FOLLOWUP,
                action="alternatives",
                tools=self._thread_tools(memory, 1),
                **{**base, "situation": where},
            )
        constraints = said_now
        changes = CHANGES_PICK.search(low)  # "does that change the pick?": asked of the thread's answer
        told = SETTING_TOLD.search(low)  # "actually we only have one 24GB GPU": the setting, told afterwards
        if (
            memory
            and memory.tags
            and not subjects
            and (not need.strong or changes or told)
            and (
                constraints != Constraints()
                or stack
                or ALSO_NEEDED.search(low)
                or RATHER_NOT.search(low)
                or changes
                or told
            )
            and len(toks) <= RESTATED_WORDS
            # (not "is the third one open source?", a fact about one pick; "it has to be open source" is a requirement)
            and (REQUIRED.search(low) or not refers)
        ):
            # "forgot to say: budget is zero", "we're already on postgres, does that change the answer?", "we need
            # SSO too": the thread's need again, with what was just added, whose words the descriptions should answer
            tags = self._thread_tags(memory)
            again = _again(tags)
            added = frozenset(t.stem for t in toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS)
            again = replace(again, words=again.words | added)
            return Question(intent=Intent.FOLLOWUP, action="need", **{**base, "need": again})
        equivalent = EQUIVALENT_CUE.search(low) if memory and memory.tools else None
        # (the cloud written right before the word, "the aws equivalent? (in case the GCP move stalls)")
        before_cue = len(low[: equivalent.start()].split()) if equivalent else 0
        clouds_at_cue = [m.tool for m in mentions if 0 <= before_cue - m.end <= 1 and self._is_cloud(m.tool)]
        if equivalent and (len(subjects) == 1 or clouds_at_cue):
            cloud = clouds_at_cue[0] if clouds_at_cue else subjects[0]
            asked_about = self.catalog.tool(memory.tools[0])
            if self.recommender.affinity_of(cloud.id) == cloud.id and asked_about is not None and asked_about != cloud:
                # "is there a GCP equivalent?" after SageMaker: what that cloud offers for the same job
                moved = Situation(cloud, (cloud,), situation.persona, situation.constraints)
                return Question(
                    intent=Intent.FOLLOWUP,
                    action="alternatives",
                    tools=(asked_about,),
                    **{**base, "situation": moved},
                )
        if equivalent and not subjects and not need.strong and memory.intent == Intent.LOOKUP.value:
            # "whats the closest open source equivalent?" after a tool's card: what else does its job, as asked
            return Question(intent=Intent.FOLLOWUP, action="alternatives", tools=self._thread_tools(memory, 1), **base)
        if memory and not subjects and need and NEXT_NEED.search(low) and not RATHER_NOT.search(low):
            # "and for monitoring them?": the thread goes on to a new need, in the same setting
            # (a kind of data or model after a job, "and for text, like chat messages?" after labelling photos, is
            # the same job for that data)
            of_data = (
                bool(memory.tags)
                and memory.tags[0] not in DATA_KINDS
                and all(m.tag.id in DATA_KINDS for m in need.tags if m.weight >= HEAD_WEIGHT)
            )
            if (need.phrased or not memory.tags or any(m.weight >= HEAD_WEIGHT for m in need.tags)) and not of_data:
                return Question(intent=Intent.FOLLOWUP, action="need", **base)
            # "what about the LLM for the chatbot, same constraint?": a word of a need, read with the thread's job
            thread = list(self._thread_tags(memory)[:1])
            joined = Need(
                (*(NeedMatch(t, 2.0, frozenset()) for t in thread), *(m for m in need.tags if m.tag not in thread)),
                need.categories,
                need.words,
                need.areas,
            )
            return Question(intent=Intent.FOLLOWUP, action="need", **{**base, "need": joined})
        if (
            memory
            and len(subjects) == 1
            and (subjects[0].id in memory.tools or memory.intent == Intent.LIST.value)
            and WHY_CUE.search(low)
        ):
            return Question(intent=Intent.FOLLOWUP, action="why", tools=(subjects[0],), **base)
        if memory and referenced and subjects:
            # "is it hard to run on kubernetes?", "does it need kubernetes?": "it" is the thread's tool, Kubernetes
            # only where it would run or what it needs
            settled = [
                m.tool
                for m in mentions
                if m.start > 0 and toks[m.start - 1].low in {"on", "in", "into", "onto", "with", "alongside", *NEEDING}
            ]
            if {t.id for t in settled} >= {t.id for t in subjects} and not COMPARE_CUE.search(low):
                subjects = []
        # ("is there a managed version?" after a tool's card: a fact about it, though no word points at it)
        fact_of_it = bool(memory.tools) and not subjects and not need.phrased and bool(_fact_asked(low))
        if memory and len(subjects) <= 1 and (referenced or fact_of_it or self._bare_followup(low, subjects, need)):
            return self._followup(low, memory, referenced, subjects, base)
        if not memory and not subjects and not stack and need and OTHER_REF.search(low) and not _introduced_before(low):
            return self._which_tool(need, base)  # "the other tracker" with no tracker discussed yet

        if subjects and RECOMMEND_CUE.search(low) and not compares:
            # "something to run jupyter on kubernetes": the tools describe the need and the setting
            setting = [m for m in mentions if m.stack or (m.start > 0 and toks[m.start - 1].low in SETTING_WORDS)]
            described = self.needs.find(
                toks, frozenset(i for m in setting for i in range(m.start, m.end)) | _not_the_need(toks)
            )
            if described.strong:
                situation = replace(
                    self._situation(toks, low, _unique([*stack, *(m.tool for m in setting)]), []),
                    targets=tuple(m.tool for m in setting if not m.stack),
                )
                named_tools = tuple(t for t in subjects if t.id not in {m.tool.id for m in setting})
                return Question(
                    intent=Intent.RECOMMEND,
                    action="need",
                    tools=named_tools,
                    **{**base, "need": described, "situation": situation},
                )

        every_named = _unique([m.tool for m in mentions])
        if (
            not memory
            and len(subjects) < 2
            and 2 <= len(every_named) <= 3
            and re.search(
                r"\b(how do (they|the two|both|these|those) (compare|differ|stack up)|compare (them|the two|both)|"
                r"differences? between (them|the two))\b",
                low,
            )
        ):
            # "why we're on vertex ai and not sagemaker. how do they compare?": the tools named, whatever their roles
            return Question(intent=Intent.COMPARE, tools=tuple(every_named), **base)
        if (
            len(subjects) >= 2
            and not compares
            and not STRICT_COMPARE_CUE.search(low)
            and not asks_for_tool
            and not need
        ):
            # ("should we be using kueue on GKE?": where it would run is no second tool compared; "is litellm any
            # good? saw it in a github issue": the tool asked about in the first sentence, the rest is the story)
            runs_on = {m.tool.id for n, m in enumerate(mentions) if _where_it_runs(toks, mentions, n)}
            first_end = _sentence_end(sentences[0], 0, len(toks))
            opening = {m.tool.id for m in mentions if m.end <= first_end and not m.stack}
            if len([t for t in subjects if t.id not in runs_on]) == 1:
                subjects = [t for t in subjects if t.id not in runs_on]
            elif LOOKUP_FRAME.match(low) and len(opening) == 1 and first_end < len(toks):
                subjects = [t for t in subjects if t.id in opening]
        if len(subjects) >= 2 and not (need and not compares and len(subjects) < 3):
            if memory.tools and any(t.id in memory.tools for t in subjects):
                # "and how does it compare to dataiku for a SAS team?" after SAS Viya: the thread goes on
                return Question(intent=Intent.FOLLOWUP, action="compare", tools=tuple(subjects[:3]), **base)
            return Question(intent=Intent.COMPARE, tools=tuple(subjects[:3]), **base)

        # (a kind asked about with a tool as its example: "what's a 'custom ML platform', like michelangelo?")
        kind_by_example = (
            bool(need.categories)
            and bool(CATEGORY_MEANING.search(low))
            and all(m.role is Role.COMPARE or m.stack for m in mentions)
        )
        if (not subjects or kind_by_example) and not kind_listed_after:
            concept = self._concept(_unhedged(low), need, toks)
            if not concept and (WHY_CUE.search(low) or MEANING_CUE.search(low)):
                concept = self._idea(low, toks, need, asks_for_tool)
            if concept:
                return concept_question(concept, base)

        if not subjects and need.strong and self._ring(toks) and (WHY_CUE.search(low) or re.search(r"\bfits?\b", low)):
            # "why are all-in-one platforms in Assess?", "where do no-code tools fit and why on hold?": the
            # category's own reasoning, not its list
            home = (
                need.categories[0].id
                if need.categories
                else self.recommender.home_of(need.tags[0].tag.id)
                if need.tags
                else need.areas[0].id  # only a category's description was echoed ("specialised ML tools")
            )
            if home:
                return concept_question(f"category:{home}", base)
        spoken = situation.constraints.language or next(
            (t.name for t in [*subjects, *stack] if t.id in LANGUAGE_TOOLS and len(subjects) <= 1), None
        )
        if (
            not need
            and spoken
            and all(t.id in LANGUAGE_TOOLS for t in subjects)
            and (LIST_ASK.search(low) or LIST_CUE.search(low))
            # (the tools that work with it are asked for, not the language itself: "julialang on the radar?")
            and re.search(
                r"\b(tools|libraries|libs|packages|frameworks|things|stuff|anything|everything|which|what)\b", low
            )
        ):
            # "which tools on the radar work with R?", "list java tools": every tool that says it does
            said = replace(situation, constraints=replace(situation.constraints, language=spoken))
            return Question(intent=Intent.LIST, action="language", **{**base, "situation": said})
        # (a tool named as an example of the kind asked for is no subject of the list: "local LLM runners you know
        # of? ollama and friends")
        examples = {m.tool.id for m in mentions if m.role is Role.COMPARE}
        listing = self._listing(low, toks, need, [t for t in subjects if t.id not in examples], mentions)
        if listing:
            return listing(base)
        # (a need told with a wish for a tool, "we want checks that stop the pipeline", asks for tools, not an idea
        # that shares a few of its words, unless it asks why or what something means)
        wants_tools = asks_for_tool and need and not (WHY_CUE.search(low) or MEANING_CUE.search(low))
        if not subjects and not wants_tools:
            concept = self._idea(low, toks, need, asks_for_tool)
            if concept:
                return concept_question(concept, base)

        # ("everything AWS-native you have": a cloud written as what the tools are native to is no one's stack)
        listed_cloud = re.search(r"\b(everything|list|show)\b", low) and not (
            PICK_CUE.search(low) or ASK_FOR_TOOL.search(low)
        )
        clouds_named = subjects or (stack if listed_cloud else [])
        if (
            len(clouds_named) == 1
            and self.recommender.affinity_of(clouds_named[0].id) == clouds_named[0].id
            and not need
            and not LOOKUP_FRAME.match(low)
            and CLOUD_KIND.search(low)
        ):
            # "GCP tools you know about", "what AWS services are on the radar": that cloud's own tools
            return Question(intent=Intent.LIST, action="cloud", tools=(clouds_named[0],), **base)
        if subjects and need and only_where and not LOOKUP_FRAME.match(low) and not OPINION_ASKED.search(low):
            # "monitoring for our models on sagemaker?": the need, where it runs
            where = replace(self._situation(toks, low, _unique([*stack, *subjects]), []), targets=tuple(subjects))
            # ("feature stores on gcp": a kind named with where it runs is that kind's list there)
            kind_listed = _kind_listed(toks, need, mentions, low)
            intent = Intent.LIST if kind_listed else Intent.RECOMMEND
            return Question(intent=intent, action="tag" if kind_listed else "need", **{**base, "situation": where})
        if (
            subjects
            and memory.intent == Intent.CONCEPT.value
            and (
                PLURAL_REF.search(low)
                or re.search(r"\bwhich (one|ring|quadrant|category)\b", low)
                # "so where would dvc land then?" after the rings: placed on what was just explained
                or re.search(r"\bwhere (would|does|do|will|should) \w+( \w+)? (land|sit|go|fit|fall|belong)\b", low)
            )
            and len(subjects) == 1
        ):
            # "where does databricks fall on them?" after the two axes: the tool, on what was just explained
            return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(subjects[0],), **base)
        if subjects:
            action = "why" if WHY_CUE.search(low) else ""
            return Question(intent=Intent.LOOKUP, action=action, tools=(subjects[0],), **base)
        deciding = self._deciding_fact(cleaned.text, need, situation, base) if need else None
        if deciding is not None:
            return deciding
        ambiguous = _ambiguous_need(toks) if not (subjects or stack or memory.tags or need.categories) else None
        if ambiguous is not None:
            # "we need monitoring. what do you suggest?": of models, of an LLM app or of services is the question
            return Question(intent=Intent.CLARIFY, action="need", options=ambiguous, **base)
        if not memory and not need.strong and CHOICE_UNNAMED.search(low):
            # "self-host or SaaS? procurement needs an answer by friday": a choice for a job the message does not name
            return Question(intent=Intent.CLARIFY, action="purpose", options=self._common_needs, **base)
        if need and self._vague(toks, need, low):
            # "we need a tool for our models, what do you suggest": what for is the question
            return Question(intent=Intent.CLARIFY, action="purpose", options=self._common_needs, **base)
        if need:
            # ("any alternatives for forecasting?" after Darts' card, "any that estimate performance without labels?"
            # after drift tools: the thread's job asked again, a follow-up)
            thread_jobs = set(memory.tags) | {g for t in self._thread_tools(memory, 3) for g in t.tags[:2]}
            goes_on = bool(memory) and any(m.tag.id in thread_jobs for m in need.tags[:1])
            return Question(intent=Intent.FOLLOWUP if goes_on else Intent.RECOMMEND, action="need", **base)
        if situation.persona or PERSONA_CUE.search(low):
            return Question(intent=Intent.CONCEPT, action="personas", **base)
        if situation.cloud is not None and asks_for_tool and self.catalog.category(VENDOR_PLATFORMS) is not None:
            # "we're all-in on Azure, what ML services should we use?": the cloud's own ML offerings
            platforms = Need(areas=(self.catalog.category(VENDOR_PLATFORMS),))
            return Question(intent=Intent.RECOMMEND, action="need", **{**base, "need": platforms})
        if stack:
            return Question(intent=Intent.LOOKUP, tools=(stack[0],), **base)
        if memory and SINGLE_REF.search(low):
            return self._followup(low, memory, referenced, subjects, base)
        return self._unknown(toks, plain, base, referenced_without_memory=pointing)

    # --- tools in the text -------------------------------------------------------------------

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
                    and not _paired_with_a_name(toks, start, end, claimed)
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
                if size == 1 and _inside_a_compound(toks, start) and window[0].low not in code_words:
                    continue  # "fine-tune", "drop-in": an everyday word inside a hyphenated word, not a name
                if end < len(toks) and toks[end].low in LIKENESS_SUFFIXES and toks[end - 1].glued_to_next:
                    continue  # "an OpenAI-compatible API", "Airflow-style DAGs": a likeness, not the tool
                tool = self.catalog.tool(tool_id)
                if tool is None:
                    continue
                for i in range(start, end):
                    claimed[i] = True
                found.append(Mention(tool, start, end))
        found, claimed = self._misspelt_names(toks, found, claimed)
        for i, tool_id in everyday_names:
            # "evidently or nannyml for drift? ...": set against a name found after it, in a message that compares
            tool = self.catalog.tool(tool_id)
            if tool is not None and not claimed[i] and _versus_a_name(toks, i, claimed):
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
                or not (beside & {"vs", "versus", "or", "and"} or acronym)
                or (is_common_word(tok.low) and not _versus_a_name(toks, i, claimed))
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
            in_compound = tok.glued_to_next or (
                i > 0 and toks[i - 1].glued_to_next
            )  # "mlflw-pro-max" is a name of its own
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
            found = [m for m in found if not self._ordinary(m, toks, code_words) or self._beside_a_name(m, toks, named)]
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
                    (t.low in STOP_WORDS and t.low not in self._words_of_long_names) or not t.low.isalnum()
                    for t in window
                ):
                    continue
                inside = [m for m in found if m.start >= start and m.end <= end]
                crossing = [m for m in found if m not in inside and m.start < end and m.end > start]
                if crossing or any(m.end - m.start == size for m in inside):
                    continue
                key = "".join(t.low for t in window)
                if len(key) < MISSPELT_NAME_LENGTH or key in self.keys:
                    continue
                if all(t.low in self.keys or t.low in self.vocabulary or is_common_word(t.low) for t in window):
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
        for first, end in _glued_spans(toks):
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
        return [
            t
            for t in self._unfamiliar(toks)
            if t.raw[:1].isupper()
            and t.raw[1:].islower()
            and not t.sentence_start
            and t.raw.isalpha()
            and len(t.raw) >= 5
            and not is_ordinary_word(t.low)
        ]

    def _ordinary(self, m: Mention, toks: list[Token], code_words: set[str]) -> bool:
        """A one-word mention that is a lower-case everyday word ("outlines", "ray", "determined")."""
        tok = toks[m.start]
        return m.end - m.start == 1 and _ordinary_lowercase(tok) and tok.low not in code_words

    def _maker_of_unknown(self, m: Mention, toks: list[Token], mentions: list[Mention]) -> bool:
        """Whether a cloud, or any maker, is named as the maker of a product written right after it that no tool
        names ("Azure Purview"; "Grafana Mimir": a word the radar does not know, written as a name)."""
        if m.end >= len(toks) or any(o.start == m.end for o in mentions):
            return False
        if not self._is_cloud(m.tool):
            after = toks[m.end]
            return (
                _goes_on_with_a_name(toks, m.end)
                and toks[m.start].raw[:1].isupper()
                and not is_common_word(after.low)
                and after.stem not in self.vocabulary_stems
            )
        # ("AWS ML": an acronym after the cloud is its own word)
        return _goes_on_with_a_name(toks, m.end) and not toks[m.end].raw.isupper()

    def _asked_name(self, low: str, toks: list[Token], mentions: list[Mention], memory: Memory) -> str:
        """The name a placement or lookup frame asks about, when it is no tool and not a word of the radar's own
        ("what ring is statsig?", "tell me about kubecost, ..."); a cloud's name with everyday words after it is
        the cloud's product ("is azure data explorer in the catalog?"). Empty when there is none."""
        if memory:
            return ""
        placed = PLACE_FRAME.search(low)
        framed = LOOKUP_FRAME.match(low)
        later = re.search(
            r"\b(what|which) ring (is|are|would) (?P<name>\w+)( in| on| go)?\W*$|\bthe ring (for|of) (?P<of>\w+)\W*$",
            low,
        )
        ring_of = later.group("of") if later else None  # "what's the ring for polars": asked as a tool in so many words
        slot = (
            ring_of
            or (_placed_name(placed) if placed else "")
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
                return name if self.index.exact(name) is None and self.index.correct(name) is None else ""
            return ""
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
        return first.raw if ring_of or self._unheard_of(first) or not is_ordinary_word(first.low) else ""

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
        )

    def _clearly_named(
        self, toks: list[Token], start: int, end: int, content: list[int], code_words: set[str], low: str
    ) -> bool:
        """Whether words that are also everyday English are meant as a tool's name here."""
        window = toks[start:end]
        if all(t.low in code_words for t in window):
            return True
        if all(t.raw[:1].isupper() for t in window) and not window[0].sentence_start:
            return True
        if all(t.raw.isupper() and len(t.raw) >= 2 for t in window):
            return True  # an acronym written in capitals ("SAS licences end next year") even to start a sentence
        # (the message's only word of substance is the name, unless a determiner makes it a thing: "we need
        # something for our pipelines")
        if (
            [i for i in content if not (start <= i < end)] == []
            and content
            and not (start > 0 and toks[start - 1].low in (DETERMINERS | NEEDING_WORDS))
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
        near = {toks[i].low for i in range(max(0, start - 2), min(len(toks), end + 2)) if not (start <= i < end)}
        if near & {"vs", "versus"}:
            return True  # "evidently vs nannyml for drift detection": both sides of a "vs" are names
        return bool(near & {"vs", "versus", "or", "compare", "compared", "than"}) and len(content) <= end - start + 3

    def _mark_stack(
        self, mentions: list[Mention], toks: list[Token], aside: frozenset[int] = frozenset()
    ) -> list[Mention]:
        """Tools the person says they already run are their setting, not what they ask about (`aside`: the words
        in parentheses after the person's own things)."""
        result = []
        for m in mentions:
            before = " ".join(t.low for t in toks[max(0, m.start - 8) : m.start])
            # (up to a comma or a sentence's end: "pgvector vs qdrant, we already run postgres")
            after = "" if toks[m.end - 1].listed_with_next else " ".join(_clause(toks[m.end : m.end + 3]))
            stack = (
                bool(STACK_SUFFIX.search(after))
                or (m.start > 0 and toks[m.start - 1].low in {"our", "my"})
                or (m.start > 1 and toks[m.start - 1].low == "own" and toks[m.start - 2].low in {"our", "my"})
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
            if MUST_RUN_ON.search(before):
                stack = True  # "it must run inside spark": where the answer has to run
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

    def _context_only(
        self, mentions: list[Mention], need: Need, toks: list[Token], asked_from: int = 0, asked_to: int | None = None
    ) -> Callable[[dict[str, Any], list[Tool]], Question] | None:
        """When a message asks for a tool for a need, the tools it names that do not serve that need are context.

        "hyperparameter tuning for pytorch models, what do people use": PyTorch is the setting;
        "something lighter than Airflow": Airflow is the yardstick, its own use case the need.
        """
        named = [m for m in mentions if m.role is not Role.STACK]
        top = need.tags[0].tag.id if need.tags else None

        def runs_on(m: Mention) -> bool:
            return m.start > 0 and toks[m.start - 1].low in SETTING_WORDS

        category_ids = {c.id for c in (*need.categories, *need.areas)}

        def serves(tool: Tool) -> bool:
            return bool((top and top in tool.tags) or category_ids & set(tool.categories))

        # a sentence asking for a tool, after others that set the scene
        # (or names the use case on its own: "central notebook environment?")
        said = " ".join(t.low for t in toks)
        asking = " ".join(t.low for t in toks[asked_from:])
        asked_to = len(toks) if asked_to is None else asked_to
        # (or before a sentence that sets the scene after it: "what should serve GPU jobs? slurm today, no k8s")
        in_the_ask = " ".join(t.low for t in toks[asked_from:asked_to])
        asked_first = asked_to < len(toks) and bool(
            ASK_FOR_TOOL.search(in_the_ask)
            and need.tags
            and asked_from <= min(need.tags[0].positions, default=asked_from) < asked_to
        )
        asked = asked_from > 0 and (
            bool(ASK_FOR_TOOL.search(asking))
            # ("... can we cache answers to similar questions?": whether it can be done asks how)
            or bool(re.match(r"(can|could) (we|i|you|one)\b|(is there|any) way to\b", asking))
            or (bool(need.tags) and min(need.tags[0].positions, default=0) >= asked_from)
        )

        def context(m: Mention) -> bool:
            """Named as what the need is about or works with, not as the answer: "pytorch models",
            "a fastapi model endpoint", "plays nicely with postgres"; or named only while setting the scene
            before a sentence that asks for a use case ("neptune is going away. where should tracking go?")."""
            if (asked and m.end <= asked_from) or (asked_first and m.start >= asked_to):
                return True
            after = toks[m.end].low if m.end < len(toks) else ""
            kind = m.tool.tags[0].split("-")[-1] if m.tool.tags else ""
            if after and stem(after) == stem(kind):
                return False  # "marimo notebooks": the tool named with its own kind is what is asked about
            before = toks[m.start - 1].low if m.start > 0 else ""
            if before in {"the", "our", "their", "a", "an"} and m.start > 1:
                before = toks[m.start - 2].low  # "from the kafka event stream": where the data comes from
            amount = toks[m.start - 2].low if m.start > 1 else ""  # "200GB of parquet", "tons of CSVs"
            return (
                after in MODIFIED_NOUNS
                or before in {"with", "alongside", "from", "into", "in", "on", "over", "atop", "against"}
                or (before == "of" and (any(c.isdigit() for c in amount) or amount in AMOUNTS))
            )

        yardstick = next((m.tool for m in named if m.role in (Role.REPLACE, Role.COMPARE)), None)
        if yardstick is not None and not need.phrased and all(m.role is not Role.SUBJECT for m in named):
            # "something lighter than Airflow for our pipelines": Airflow's own use case is the need

            def lighter(base: dict[str, Any], stack: list[Tool]) -> Question:
                return Question(intent=Intent.RECOMMEND, action="alternatives", tools=(yardstick,), **base)

            return lighter
        if need and not any(
            serves(m.tool) and not context(m) and _asked_about(toks, m) for m in named if m.role is Role.SUBJECT
        ):
            setting = [m.tool for m in named if m.role is Role.SUBJECT]
            # "serving tools that run on kubernetes" names a kind and where it runs: the kind's list, filtered
            # ("which CI/CD tools are open source? uni won't pay for circleci": the kind's list, filtered)
            listed = _kind_listed(toks, need, mentions, asking) or bool(KIND_BY_LICENCE.search(said))

            def build(base: dict[str, Any], stack: list[Tool]) -> Question:
                # a tool named as where it runs ("on kubernetes") is the setting; others only describe the need
                # (what the person is stuck on is left out, not where the answer runs: "stuck on airflow 1.10")
                where = [m.tool for m in named if m.role is not Role.REPLACE and runs_on(m)]
                situation = self._situation([], "", _unique([*stack, *(where or setting)]), [])
                # a tool named as where it runs ("on kubernetes") is the setting, not a tool to leave out
                situation = Situation(
                    situation.cloud,
                    situation.stack,
                    base["situation"].persona,
                    base["situation"].constraints,
                    targets=tuple(t for t in where if t not in stack),
                )
                inside = tuple(m.tool for m in named if m.role is Role.REPLACE or not runs_on(m))
                if listed:
                    return Question(intent=Intent.LIST, action="tag", **{**base, "situation": situation})
                return Question(
                    intent=Intent.RECOMMEND,
                    action="need",
                    tools=inside,
                    **{**base, "situation": situation},
                )

            return build
        yardsticks = [m.tool for m in named if m.role in (Role.REPLACE, Role.COMPARE)]
        list_asked = LIST_ASK.search(said)  # "which tools in the catalog run on azure?"
        if (
            not need
            and not yardsticks
            and mentions
            and not list_asked
            and all(m.role is Role.STACK or context(m) for m in mentions)
        ):
            # "our pandas jobs are choking on 200GB of parquet, what next?": something beyond what they run
            yardsticks = [m.tool for m in mentions if m.role is Role.STACK][:1] or [mentions[0].tool]
            named = [m for m in mentions if m.tool.id == yardsticks[0].id]
        if yardsticks and all(m.role is not Role.SUBJECT or context(m) for m in named):
            target = yardsticks[0]

            def instead(base: dict[str, Any], stack: list[Tool]) -> Question:
                return Question(intent=Intent.RECOMMEND, action="alternatives", tools=(target,), **base)

            return instead
        return None

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
            if (
                (m.stack or SETTING_AFTER.match(after))
                and not TROUBLE_AFTER.search(after)
                and not REPLACE_BEFORE.search(before)
            ):
                role = Role.STACK
            elif REPLACE_BEFORE.search(before) or REPLACE_AFTER.match(after) or TROUBLE_AFTER.search(after):
                role = Role.REPLACE
            elif YARDSTICK_BEFORE.search(before) or EXAMPLE_AFTER.match(after):
                role = Role.COMPARE
            elif lighter and len(mentions) == 1 and m.end <= len(lighter.string[: lighter.start()].split()):
                role = Role.REPLACE  # "Airflow is a lot for five cron jobs, anything lighter?", "Fivetran's bill
                # tripled, what's the open-source replacement?"
            else:
                role = Role.SUBJECT
            result.append(Mention(m.tool, m.start, m.end, m.stack and role is Role.STACK, role))
        return result

    def roles(self, text: str) -> list[tuple[str, Role]]:
        """The tools a message names and the role of each, in order (for tests and the console)."""
        toks = tokens(expand_contractions(clean(text).text))
        low = " ".join(t.low for t in toks)
        return [
            (m.tool.id, m.role) for m in self._roles(self._mark_stack(self._mentions(toks, low, set()), toks), toks)
        ]

    def _after(self, mentions: list[Mention], toks: list[Token], cue: re.Match[str]) -> Tool | None:
        """The first tool named after a cue ('alternatives to X')."""
        cue_words = len(cue.string[: cue.end()].split())
        for m in mentions:
            if m.start >= cue_words - 1:
                return m.tool
        return None

    def _situation(self, toks: list[Token], low: str, stack: list[Tool], subjects: list[Tool]) -> Situation:
        cloud = None
        for tool in stack:
            cloud = self.recommender.cloud_of(tool)
            if cloud:
                break
        if cloud is None:
            for tok in toks:
                owner = self.recommender.cloud_words.get(tok.low)
                if owner and not any(self.recommender.cloud_of(s) == owner for s in subjects):
                    cloud = owner
                    break
        return Situation(cloud, tuple(stack), persona_named(self.catalog, low), constraints_in(low))

    # --- follow-ups --------------------------------------------------------------------------

    def _thread_tags(self, memory: Memory) -> tuple[Tag, ...]:
        """The use cases the thread has been about, in the order they mattered."""
        return tuple(t for t in (self.catalog.tag(x) for x in memory.tags) if t is not None)

    def _thread_tools(self, memory: Memory, most: int | None = None) -> tuple[Tool, ...]:
        """The tools the thread has shown, in order, the first `most` of them."""
        return tuple(t for t in (self.catalog.tool(i) for i in memory.tools[:most]) if t is not None)

    def _referenced(self, low: str, memory: Memory) -> list[Tool]:
        if not memory.tools:
            return []
        remembered = list(self._thread_tools(memory))
        if not remembered:
            return []
        ordinal = ORDINAL_REF.search(low)
        if ordinal:
            word = ordinal.group(2) or ordinal.group(5)
            index = ORDINALS.get(
                word or "", {"1": 0, "one": 0, "2": 1, "two": 1, "3": 2, "three": 2}.get(word or "", 0)
            )
            if index < len(remembered):
                return [remembered[index]]
        if PLURAL_REF.search(low):
            return remembered[:3]
        if SINGLE_REF.search(low):
            return remembered[:1]
        return []

    def _bare_followup(self, low: str, subjects: list[Tool], need: Need) -> bool:
        """Short replies that only make sense in a thread: 'why?', 'what else?', 'and mlflow?'."""
        # (a passing hint of a need, "with a support contract", leaves "something similar?" a follow-up)
        if need.strong or (need and not MORE_CUE.search(low)):
            return False
        n = len(low.split())
        if not subjects and (WHY_CUE.search(low) or MORE_CUE.search(low) or DECIDE_CUE.search(low)) and n <= 8:
            return True
        if not subjects and DECIDE_CUE.search(low) and re.search(r"\bthen\W*$|^(ok|okay|so|right)\b", low) and n <= 16:
            return True  # "which would you pick for a pi zero 2 then?": a pick among the thread's tools, for a setting
        if not subjects and _fact_asked(low) and n <= 6:
            return True  # "what's the link?", "pricing?": a fact about the thread's tool
        if not subjects and n <= 5 and re.search(r"\b(what|which) ring\b|^(ring|status|verdict)\b|\bring\W*$", low):
            return True  # "what ring?" after a card: the thread's tool, placed
        if not subjects and n <= 12 and EACH_RING_ASKED.search(low):
            return True  # "ok and which ring is each in?" after a comparison
        if not subjects and (MORE_CUE.search(low) or re.search(r"\bwhich (one|of (them|those|the two))\b", low)):
            return n <= 16  # "which one would be cheaper for a team of 5?", "is there something simpler?"
        if subjects and COMPARE_CUE.search(low) and n <= 10:
            return True
        return bool(
            subjects
            and re.match(r"^(and|what about|how about|vs|versus|or|compared to|compare with|against)\b", _unfilled(low))
        )

    def _followup(
        self, low: str, memory: Memory, referenced: list[Tool], subjects: list[Tool], base: dict[str, Any]
    ) -> Question:
        remembered = list(self._thread_tools(memory))
        focus = referenced or remembered[:1]
        if DEPENDS_ON.search(low) and (subjects[:1] or focus[:1]) and len(subjects) <= 1:
            # "what does it need underneath?": the tools it builds on
            return Question(intent=Intent.FOLLOWUP, action="depends", tools=tuple((subjects or focus)[:1]), **base)
        fact = _fact_asked(low)
        # ("legal says no BSL licences. alternative?": the licence is why, an alternative is what is asked)
        # ("is there an open source alternative we can self-host?": the licence filters, an alternative is asked)
        wants_other = bool(re.search(r"\b(alternatives?|replacements?|substitutes?)\b|\binstead\W*$", low))
        if (
            fact
            and (subjects[:1] or focus[:1])
            and len(subjects) <= 1
            and not PLURAL_REF.search(low)
            and not wants_other
        ):
            # "is it open source?", "who makes it?": the answer, not the card again
            return Question(intent=Intent.FOLLOWUP, action=f"fact:{fact}", tools=tuple((subjects or focus)[:1]), **base)
        adding = ADDING_FIRST.match(low)
        if subjects and (
            COMPARE_CUE.search(low) or adding or re.match(r"^(and|what about|how about|vs|versus|or)\b", _unfilled(low))
        ):
            # "add dagster to that": everything compared so far, and the new one ("and ClearML?" after a comparison
            # adds it too)
            bare_and = bool(re.match(r"^(and|or)\b", _unfilled(low))) and not COMPARE_CUE.search(low)
            if bare_and and memory.intent == Intent.LOOKUP.value:
                # "what ring is Airflow in?" then "and luigi?": the same question about the new one
                return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(subjects[0],), **base)
            adding_too = bool(adding) or (bare_and and memory.intent == Intent.COMPARE.value)
            others = remembered[:2] if adding_too else referenced or remembered[:1]
            if subjects[0].id in {t.id for t in others}:
                others = [t for t in remembered if t.id != subjects[0].id][:1]
            family = any(subjects[0].name.lower().startswith(f"{t.name.lower()} ") for t in others)
            if (family or re.match(r"^(what about|how about)\b", _unfilled(low))) and not COMPARE_CUE.search(low):
                # "what about dvc?" looks it up; "and ray serve?" after Ray asks about a part of it
                return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(subjects[0],), **base)
            return Question(
                intent=Intent.FOLLOWUP, action="compare", tools=tuple(_unique([*others, *subjects]))[:3], **base
            )
        if subjects:
            return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(subjects[0],), **base)
        if MORE_CUE.search(low) and not WHY_CUE.search(low):
            return Question(intent=Intent.FOLLOWUP, action="alternatives", tools=tuple(focus), **base)
        if WHY_CUE.search(low):
            return Question(
                intent=Intent.FOLLOWUP,
                action="why",
                tools=tuple(focus[:1] if not PLURAL_REF.search(low) else focus),
                **base,
            )
        if len(remembered) >= 2 and EACH_RING_ASKED.search(low):
            # "ok and which ring is each in?": each one's place and why
            return Question(intent=Intent.FOLLOWUP, action="why", tools=tuple(remembered[:3]), **base)
        if not referenced and DECIDE_CUE.search(low) and len(remembered) >= 2:
            focus = remembered[:3]
        if len(focus) >= 2 and (
            COMPARE_CUE.search(low) or DECIDE_CUE.search(low) or re.search(r"\b(which|pick|choose|recommend)\b", low)
        ):
            return Question(intent=Intent.FOLLOWUP, action="compare", tools=tuple(focus[:3]), **base)
        if PLURAL_REF.search(low) and len(focus) >= 2 and COMPARE_CUE.search(low):
            return Question(intent=Intent.FOLLOWUP, action="compare", tools=tuple(focus[:3]), **base)
        return Question(intent=Intent.FOLLOWUP, action="lookup", tools=tuple(focus[:1]), **base)

    # --- ideas and lists -----------------------------------------------------------------------

    def _concept(self, low: str, need: Need, toks: list[Token]) -> str:
        ring = self._ring(toks)
        if CATALOG_VS_RADAR.search(low):
            return "note:catalog-vs-radar"
        if re.search(
            r"\b(explain|what are|walk (me|us) through|describe|remind me of)\b.{0,20}\b(the )?(four |4 )?quadrants\b",
            low,
        ):
            return "axes"  # "can someone explain the four quadrants? cloud platforms, ML platforms, ..."
        if re.search(r"\bpersonas?\b", low) and not need.strong:
            return "personas"  # "who are the personas the framework keeps talking about?"
        quadrant = self._quadrant(toks)
        if quadrant is not None and QUADRANT_MEANING.search(low) and not need.categories:
            return f"quadrant:{quadrant.id}"  # "which categories are in the Specialized ML Tools quadrant?"
        if len(self._quadrants_named(toks)) >= 2 and (COMPARE_CUE.search(low) or re.search(r"\bbetween\b", low)):
            return "axes"  # "the difference between ML platforms and specialised tools" is the map itself
        if _asks_build_vs_buy(low, need):
            return "build_vs_buy"
        signalled = SIGNALS_CUE.search(low) or SIGNALS_SOFT_CUE.search(low)
        if signalled:
            # the cue's own words ("evaluate", "maturity") are not the need; what else is asked? ("flag anomalous
            # vehicle signals", "maturity flags on titles": a need of its own, told in the cue's words)
            cue_words = set(signalled.group(0).split())
            rest = self.needs.find(toks, frozenset(i for i, t in enumerate(toks) if t.low in cue_words))
            if {m.tag.id for m in rest.tags if m.weight >= 1} <= {"data-science-platform"}:
                return "signals"
        strong_tags = {m.tag.id for m in need.tags if m.weight >= 1}
        if (
            LIFECYCLE_CUE.search(low)
            and re.search(r"\b(what|explain|describe|walk|how|steps|stages|loops|fit|fits)\b", low)
            and (strong_tags <= {"data-science-platform"} or re.search(r"\b(fit|fits|where)\b", low))
        ):
            return "lifecycle"
        if len({r.id for r in self._rings_named(toks)}) >= 2 and (
            RING_MEANING_CUE.search(low) or STRICT_COMPARE_CUE.search(low) or re.search(r"\bbetween\b", low)
        ):
            return "rings"
        if (
            _radar_rings(low)
            and not re.search(r"\b(on|in)\b.*\b(adopt|trial|assess|hold)\b", low)
            and (
                RING_MEANING_CUE.search(low)
                # ("do the rings say how good a tool is?": the rings asked about, whatever the question word)
                or re.search(r"\b(what|which|how|explain|tell|describe|say|says|measure|do|does)\b", low)
                or low.strip() == "rings"
            )
        ):
            # ("what's the deal with the hold ring": the one ring named)
            return f"ring:{ring.id}" if ring is not None and len(self._rings_named(toks)) == 1 else "rings"
        if 2 <= len(need.categories) <= 3 and (COMPARE_CUE.search(low) or re.search(r"\bbetween\b", low)):
            # "ML project framework vs ML task orchestrator: what's the difference between those categories?"
            return "categories:" + ",".join(c.id for c in need.categories)
        if len(need.categories) == 1 and CATEGORY_MEANING.search(low):
            return f"category:{need.categories[0].id}"  # 'what is the "single-component ML tools" category for?'
        if ring and (RING_MEANING_CUE.search(low) or (WHY_CUE.search(low) and not need.strong)):
            return f"ring:{ring.id}"  # "what does Hold mean?", "why is anything on Hold at all?"
        if (
            AXES_CUE.search(low)
            and not need.strong
            and not self._quadrant(toks)
            and not (ring and LIST_CUE.search(low))
        ):
            return "axes"
        if (
            re.search(r"\b(what|which|how many|list|show|all)\b.{0,25}\bcategor(y|ies)\b", low)
            and not need.categories
            and not need.strong
        ):
            return "axes"  # "what categories are there?": the map lists them, quadrant by quadrant
        if re.search(
            r"\b(who|where|what)\b.{0,40}\b(came up with|come up with|come from|comes from|came from|invented|created|"
            r"wrote|designed|based on|inspired by)\b.{0,40}\b(framework|radar|map|this|it|thoughtworks)\b|\b(framework|"
            r"radar|map)\b.{0,20}\b(based on|inspired by|comes? from)\b",
            low,
        ):
            return "note:origin"
        if re.search(
            r"\bhow (do|does|can|did|would) (a |new |our )?(tools?|things?|entries|entry) (get|gets|end up|make it|"
            r"land|come) (on|onto|into|in|to) (our|the|this|your)( team s)? radar\b",
            low,
        ) or re.search(
            r"\b(propose|suggest|nominate|submit|add|put)\b.{0,25}\b(tools?|something|entries|entry|one)\b.{0,25}\b(to|"
            r"for|on|onto|into) (the|our|this|your) radar\b",
            low,
        ):
            return "note:team-votes"
        if re.search(r"\b(how|when|where|who|what)\b.{0,30}\b(vote|votes|voting|voted|poll|polls|polling)\b", low):
            return "note:team-votes"  # "how do I vote?", "how do the polls work?"
        if re.search(
            r"\bwho (decides|chooses|picks|maintains|curates|updates)\b.{0,40}\b(radar|rings?)\b|\bhow often\b.{0,30}\b"
            r"(radar|rings?)\b.{0,20}\b(updated|update|change|changes|changed|reviewed)\b|\bwho owns\b.{0,30}\b(entry|"
            r"entries|place|places)\b|\bhistory\b.{0,40}\b(moved|moves|changed) rings?\b",
            low,
        ):
            return "note:team-votes"  # "who decides what goes on the radar?", "how often is the radar updated?"
        if re.search(
            r"\bwhat is (a|an) (tech |technology )?radar\b|\bwhy (do|would|does) (we|teams|you|this team|the team|our "
            r"team) (even )?(have|keep|maintain|need)\b|\b(why|point|purpose|bother|value|benefit|worth)\b.{0,40}\b((a|"
            r"having a|keeping a) radar|(tech|technology) radar)\b",
            low,
        ):
            return "note:tech-radar"  # what the thing is for, before how it is laid out
        if re.search(
            r"\b(how|what)\b.*\b(radar)\b.*\b(work|works|organised|organized|mean|structured|built)\b|\bwhat is (the|"
            r"this) (tech |technology )?radar\b",
            low,
        ):
            return "axes"
        if re.search(
            r"\b(which|what) (parts?|bits?|sections?|areas?|quadrants?|rings?|tools?) of (the|this|our) (radar|catalog|"
            r"map)\b.{0,40}\b(matter|relevant|important|useful|apply|care)\b.{0,30}\b(me|my|someone like me|us|our "
            r"team)\b",
            low,
        ):
            return "personas"  # "I'm a backend engineer moving into ML; which parts of the radar matter for me?"
        # (a role word inside a product's name, "Azure DevOps", is no role)
        roles = " ".join(
            t.low
            for i, t in enumerate(toks)
            if not (_goes_on_with_a_name(toks, i) and toks[i - 1].raw.istitle() and not toks[i - 1].raw.isupper())
        )
        if (
            (PERSONA_CUE.search(roles) or persona_named(self.catalog, roles))
            and not need.strong
            and not (need and re.search(r"\b(we|i) (need|want)\b", low))  # "we need explanations a scientist reads"
            # a need told at length with a role in it ("data scientists train in python but scoring has to happen in
            # java") is about the work; asking about roles speaks of oneself ("someone in my seat", "for me")
            and not (need and _content_words(toks) >= TOLD_AT_LENGTH and not SPEAKS_OF_ONESELF.search(low))
            and not self._quadrant(toks)
        ):
            return "personas"
        return ""

    def _framed_tool(self, framed: re.Match[str] | None, toks: list[Token], mentions: list[Mention]) -> Tool | None:
        """The tool named right after the words asking what it is ("what's Kind?", "tell me about instructor"),
        when the rest of the message only describes it: no comparing word, and the name is the first thing said."""
        if framed is None:
            return None
        if not re.match(
            r"(what is|whats|tell me about|what about|have you heard of|do you know|what (does|do) (the radar|you|we) "
            r"(say|think))\b",
            framed.group(1),
        ):
            return None
        if COMPARE_CUE.search(framed.string):
            return None
        asked = len(framed.group(1).split())
        first = next((m for m in mentions if m.start == asked), None)
        if first is None or len({m.tool.id for m in mentions}) < 2:
            return None  # (one tool named: the usual lookup already answers it)
        # (the name ends the asking clause: "whats modal, the serverless gpu thing", "what's *Kind*? the ...")
        ends = first.end == len(toks) or toks[first.end - 1].ends_sentence or toks[first.end - 1].listed_with_next
        return first.tool if ends or toks[first.end].low in {"the", "a", "an"} else None

    def _setting_again(
        self,
        low: str,
        toks: list[Token],
        memory: Memory | None,
        need: Need,
        subjects: list[Tool],
        stack: list[Tool],
        mentions: list[Mention],
        situation: Situation,
        base: dict[str, Any],
    ) -> Question | None:
        """ "what about the R users?", "and without kubernetes? we only have slurm", "what about if we only have CPU
        servers?": the thread's question again, in the setting just told (its job, the tools it compared, or the
        tool it looked up)."""
        # (or only a constraint told, after a recommendation: "any that run fully on-prem?", "scratch that, it must
        # be open source")
        # (not a choice among the tools shown, "which one of them is written in rust?", nor a fact of one of them,
        # "is the second one open source?")
        constrained = (
            bool(memory and memory.tags)
            and constraints_in(low) != Constraints()
            and not need.phrased
            and not (WHICH_OF_THEM.search(low) or ORDINAL_REF.search(low))
            and not _fact_asked(low)
        )
        added_to_it = bool(SETTING_ADDED.match(low)) or constrained
        if not memory or not (SETTING_AGAIN.match(low) or added_to_it) or (need.strong and not added_to_it):
            return None
        # (a tool named otherwise than as where things run is asked about: "what about dvc?"; one refused or named
        # as a yardstick is part of the setting: "nobody wants to hand-write k8s yaml")
        asked_about = [m for m in mentions if m.role is Role.SUBJECT and not m.stack]
        if asked_about and not (_only_where(toks, mentions) or re.search(r"\bif\b", low)):
            return None
        told = replace(self._situation(toks, low, _unique([*stack, *subjects]), []), constraints=situation.constraints)
        said = SETTING_TOLD.search(low)
        if told.constraints == Constraints() and not told.stack and told.persona is None and not said:
            return None  # nothing of the setting was told
        added = frozenset(t.stem for t in toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS)
        if memory.tags:
            again = _again(self._thread_tags(memory))
            again = replace(again, words=again.words | added)
            return Question(intent=Intent.FOLLOWUP, action="need", **{**base, "need": again, "situation": told})
        shown = self._thread_tools(memory, 3)
        if memory.intent == Intent.COMPARE.value and len(shown) >= 2:
            return Question(intent=Intent.FOLLOWUP, action="which", tools=shown, **{**base, "situation": told})
        if shown:
            return Question(
                intent=Intent.FOLLOWUP, action="alternatives", tools=shown[:1], **{**base, "situation": told}
            )
        return None

    def _ring_idea_first(self, text: str, toks: list[Token], mentions: list[Mention]) -> str:
        """ "does Adopt mean mandatory? e.g. do I have to put my notebooks in git now?": a first question about what
        a ring means is the question, whatever tools and needs its examples name."""
        end = next((i for i in range(1, len(toks)) if "?" in text[toks[i - 1].end : toks[i].start]), 0)
        first = " ".join(t.low for t in toks[:end])
        if (
            not end
            or any(m.start < end for m in mentions)
            or not RING_MEANING_CUE.search(first)
            or any(t.end <= toks[end].start for t in self._unfamiliar(toks))  # "what ring is MONAI in?"
        ):
            return ""
        idea = self._concept(first, Need(), toks[:end])
        return idea if idea.startswith("ring") else ""

    def ring_in(self, text: str) -> Ring | None:
        """The ring a question names as a filter ("which ... are in Trial"), if any."""
        low = " ".join(words(text))
        match = re.search(r"\b(on|in) (adopt|trial|assess|hold)\b", low)
        return self.catalog.ring(match.group(2)) if match else None

    # --- clarifying questions -------------------------------------------------------------------

    def _named_first(self, text: str, subjects: list[Tool], base: dict[str, Any]) -> Question | None:
        """A name written first, then asked about: "MONAI - status?", "Looker: is that on the radar?",
        "lightning: trial or assess?", "great expectatons - is it approved?". The name is the question,
        whatever the words after it tell about the need."""
        framed = NAME_FIRST.match(text)
        if framed is None:
            return None
        ask = framed.group("ask").lower()
        # (a name with a question mark of its own is asked about, whatever the scene after it: "Kognic? a vendor
        # pitched it to us")
        name_asked = framed.group("mark") == "?" and ask.strip() != "" and " " not in framed.group("name")
        if not NAME_ASK.match(ask) and not NAME_ASKED_LATER.search(ask) and not name_asked:
            return None
        name = framed.group("name")
        if all(w in FRAME_WORDS or w in STOP_WORDS for w in name.lower().split()):
            return None
        shared = self.index.sharing(name)
        if len(shared) >= 2:
            options = tuple(Option(t.name, "", t.id) for t in shared)
            return Question(intent=Intent.CLARIFY, action="name", unknown=name, options=options, **base)
        bare = ask.strip(" ?!.") in BARE_ASKS  # "Census - status?": nothing but the radar's question follows
        maker = self.recommender.cloud_words.get(name.split()[0].lower())
        exact = self.index.exact(name)
        if exact is not None and len(name.split()) > 1 and subjects[:1] in ([], [exact]):
            return Question(intent=Intent.LOOKUP, tools=(exact,), **base)  # "determined ai — what is it?"
        if all(is_common_word(w) for w in name.lower().split()) and not bare and not (maker and len(name.split()) > 1):
            return None  # "Question: is kedro any good?", "quick one: is it on the radar?": the asking, not a name
        tool = exact or self.index.correct(name)
        if tool is not None:
            if subjects[:1] and subjects[0].id != tool.id:
                return None
            return Question(intent=Intent.LOOKUP, tools=(tool,), **base)
        if len(name.split()) > 1 and maker is not None and all(t.id == maker.id for t in subjects):
            # "Amazon Personalize - any good?", "google earth engine - trial or assess?": a cloud's product the
            # catalog lacks, not the cloud
            return Question(intent=Intent.UNKNOWN, action="name", unknown=name, **base)
        # (a name the catalog lacks, written first and asked about, with tools named only in what describes it:
        # "vetiver - posit's MLOps thing for R models. any good?", "Kognic? a vendor pitched it for annotation")
        rare = [w for w in words(name) if not is_common_word(w) and w not in self.vocabulary]
        known = any(normalise(w) in self.keys for w in words(name))
        first = self.index.exact(name.split()[0]) or self.index.correct(name.split()[0])
        if len(name.split()) > 1 and first is not None and all(is_common_word(w) for w in words(name)[1:]):
            # "horovd still maintained? what ring": the name is the first word, the rest asks about it
            return Question(intent=Intent.LOOKUP, tools=(first,), **base) if subjects[:1] in ([], [first]) else None
        if (subjects and not (rare and not known)) or (
            len(name.split()) > 1 and not (rare and framed.group("mark") != ",")
        ):
            return None
        found = self._close_tools(name)[:3]
        return Question(intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=found, **base)

    def _close_tools(self, name: str) -> tuple[Tool, ...]:
        """The tools whose names are spelled closest to a name the catalog lacks, for "did you mean"."""
        found = _unique(self.catalog.tool(self.keys[k]) for k, _ in self.names.close(normalise(name), SUGGEST, most=8))
        return tuple(t for t in found if t is not None)

    def _vague(self, toks: list[Token], need: Need, low: str) -> bool:
        """A need told by one loose word and a vague object ("our stuff", "something", "a platform") in a message
        that asks to be handed a tool: no phrase of a use case, and almost nothing else said."""
        if (
            need.categories
            or any(m.weight >= 1 for m in need.tags)
            or not (PICK_CUE.search(low) or ASK_FOR_TOOL.search(low) or any(t.low in RANKING_WORDS for t in toks))
        ):
            return False  # ("best database?" asks to be handed one as surely as "which database should we use?")
        if re.search(r"\bwhere (do|should|would|can) (we|i) (even )?(start|begin)\b", low):
            return True  # "my manager wants us to do mlops properly, where do we start?": no job named yet
        written = {self._stems[i] for m in need.tags for i in m.positions if i < len(self._stems)}
        heads = (written & self._distinct_heads) - GENERIC_HEADS
        if any(stem(words(m.tag.name)[-1]) in heads for m in need.tags):
            return False  # "what should we use for serving?": the last word of one use case's name names it
            # (not "a platform", which names no job)
        told = [
            t for t in toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS and t.low not in ASKING_WORDS
        ]
        return len(told) <= VAGUE_WORDS

    def _which_tool(self, need: Need, base: dict[str, Any]) -> Question:
        """'It', 'those two' or 'the other tracker' with nothing to point at: ask which tool, offering the best."""
        options: tuple[Option, ...] = ()
        if need:
            ranked = heapq.nsmallest(3, self.recommender.relevance(need).items(), key=lambda kv: (-kv[1], kv[0]))
            tools = [t for t in (self.catalog.tool(i) for i, _ in ranked) if t is not None]
            options = tuple(Option(t.name, base["text"], t.id) for t in tools)
        return Question(intent=Intent.CLARIFY, action="reference", options=options, **base)

    def _shared(
        self,
        toks: list[Token],
        mentions: list[Mention],
        subjects: list[Tool],
        stack: list[Tool],
        need: Need,
        low: str,
        base: dict[str, Any],
    ) -> Question | None:
        """A name several catalog tools share ("Cortex", "Paperspace", "Lightning"): ask which one is meant;
        a name that is the first words of one tool's name only ("Vertex") is that tool."""
        if stack or need.strong or len(subjects) > 1:
            return None
        names: list[str] = []
        if subjects:
            m = next(m for m in mentions if m.tool.id == subjects[0].id)
            names = [" ".join(t.raw for t in toks[m.start : m.end])]
        else:
            framed = LOOKUP_FRAME.match(low)
            placed = PLACE_FRAME.search(low)
            if framed is not None:
                parts = framed.group("name").split()
                names = [" ".join(parts), parts[0]] if len(parts) > 1 else parts
                if len(parts) > 1 and parts[1] in {t.low for t in self._unfamiliar(toks)}:
                    # "what is Microsoft Presidio?": a maker and a product the catalog lacks, not the maker's tools
                    names = names[:1]
            elif placed is not None:
                # "what ring is lightning in?": the name the frame asks about, an everyday word or not
                names = [_placed_name(placed)]
            elif not ASK_FOR_TOOL.search(low):
                # "paperspace ring?": a word the catalog knows only as the start of several names (not when the
                # message asks for a tool: "SAS licences end next year, what should replace it?" names no subject)
                # (a message of one word is a name whatever the word: "lightning?")
                alone = len(toks) == 1
                names = [t.low for t in self._unfamiliar(toks) if alone or not is_common_word(t.low)][:2]
                if alone and not names:
                    names = [t.low for t in toks if t.low not in STOP_WORDS][:1]
                if (
                    len(toks) <= NAME_FIRST_WORDS
                    and OPINION_ASKED.search(low)
                    and not names
                    and not self._unfamiliar(toks)[1:]
                ):
                    names.append(toks[0].low)  # "unity, any good for us?": the word asked about comes first
        for name in names:
            if name in STOP_WORDS or name in FRAME_WORDS:
                continue
            tools = self.index.sharing(name)
            if len(tools) >= 2:
                options = tuple(Option(t.name, "", t.id) for t in tools)  # no text: the chosen tool's card
                return Question(intent=Intent.CLARIFY, action="name", unknown=name, options=options, **base)
            # (an everyday word one tool's longer name holds is no name of it: "thoughts on storage?")
            if len(tools) == 1 and not subjects and not (is_common_word(name) and self.index.exact(name) is None):
                return Question(intent=Intent.LOOKUP, tools=(tools[0],), **base)
        return None

    def _deciding_fact(self, text: str, need: Need, situation: Situation, base: dict[str, Any]) -> Question | None:
        """A need whose best tools belong to different clouds, asked without saying which cloud: ask it."""
        if situation.cloud is not None or situation.constraints.license == "open-source":
            return None  # (a cloud's own services are not open source: which cloud decides nothing then)
        relevance = self.recommender.relevance(need)
        ranked = self.recommender.best_known(relevance, 6)
        owners = [self.recommender.affinity_of(i) for i, _ in ranked]
        # when the best answers are clouds themselves ("cloud compute"), which cloud is the question, not a fact to ask
        are_clouds = self.recommender.mostly_clouds([i for i, _ in ranked])
        # the clouds whose own services are among the strongest matches (a managed platform: SageMaker, Vertex AI...)
        best = ranked[0][1] if ranked else 0.0
        owner_of = self.recommender.affinity_of
        cutoff = CLOUD_TIER * best
        tier = {o for i, v in relevance.items() if v >= cutoff and (o := owner_of(i))}
        clouds = _unique(t for t in (self.catalog.tool(o) for o in sorted(tier)) if t is not None)
        dominated = sum(o is not None for o in owners) * 2 >= len(owners)
        wants_managed = situation.constraints.license == "commercial"
        if len(clouds) >= 2 and (dominated or wants_managed) and not are_clouds:
            best_known = sorted(clouds, key=lambda c: (-self.recommender.prominence(c.id), c.name))[:3]
            options = tuple(Option(c.name, f"{text} We are on {c.name}.", "") for c in best_known)
            return Question(intent=Intent.CLARIFY, action="cloud", options=options, **base)
        if need.tags and not need.phrased and not need.categories and not need.areas:
            # "something to version our stuff": one verb several use cases start with, and no object to tell
            verbs = {self._stems[i] for m in need.tags for i in m.positions if i < len(self._stems)}
            # (a need BM25 found from a whole message spans all its known words: no single verb to ask about)
            starting = [
                t for t in self.catalog.tags if any(p[:1] and p[0] in verbs for p in self.needs.phrases_of(t.id))
            ]
            # "serving" is the last word of "model serving": that use case is named, not a verb to ask about
            written = {self._lows[i] for m in need.tags for i in m.positions if i < len(self._lows)}
            named = [t for t in starting if words(t.name)[-1] in written]
            if 2 <= len(starting) <= 4 and not named and len(verbs) <= 2:
                options = tuple(Option(t.name, f"what should we use for {t.name}?", "") for t in starting[:3])
                return Question(intent=Intent.CLARIFY, action="need", options=options, **base)
        if len(need.tags) >= 2 and not need.categories and need.tags[0].weight == need.tags[1].weight:
            first, second = need.tags[0], need.tags[1]
            if first.positions & second.positions and 1 <= first.weight < 2:
                tied = [m.tag for m in need.tags if m.weight == first.weight and m.positions & first.positions][:3]
                options = tuple(Option(t.name, f"what should we use for {t.name}?", "") for t in tied)
                return Question(intent=Intent.CLARIFY, action="need", options=options, **base)
        return None

    def _idea(self, low: str, toks: list[Token], need: Need, asks_for_tool: bool) -> str:
        """One of the radar's ideas found by BM25 over their words, when the message asks about an idea."""
        return self._idea_scored(low, toks, need, asks_for_tool)[0]

    def _idea_scored(self, low: str, toks: list[Token], need: Need, asks_for_tool: bool) -> tuple[str, float]:
        if not CONCEPT_ASK.search(low) or (asks_for_tool and need.strong):
            return "", 0.0
        hits = self.ideas.rank([t.stem for t in toks if t.low not in STOP_WORDS], 2)
        if not hits or hits[0].score < IDEA_MIN:
            return "", 0.0
        if (
            hits[0].key.startswith("category:")
            and (need.strong or (need and asks_for_tool))
            and not (WHY_CUE.search(low) or MEANING_CUE.search(low))
        ):
            # "where can we rent GPUs?", "how do we spread training over several GPUs?" ask for tools of a
            # category, not what it is
            return "", 0.0
        # (a category guessed from a couple of its description's words does not outweigh an idea asked the meaning
        # of; asked why, the category's own reasoning answers: "why are specialised ML tools in trial?")
        # (asked why, with no tool asked for, the idea answers: "why try specialised tools before big platforms?")
        why_not_which = bool(WHY_CUE.search(low)) and not asks_for_tool and not self._ring(toks)
        if (
            (need.phrased or need.categories or (need.areas and WHY_CUE.search(low)))
            and not hits[0].key.startswith("category:")
            and hits[0].score < 2 * IDEA_MIN
            and not why_not_which
        ):
            return "", 0.0
        named = self._rings_named(toks)
        if hits[0].key == "rings" and len({r.id for r in named}) == 1:
            return f"ring:{named[0].id}", hits[0].score  # "what's the deal with the hold ring": that one ring
        return hits[0].key, hits[0].score

    def _quoted_idea(self, text: str) -> str:
        """The radar's idea that words in quotes name: "what does 'buy specialised tools first' mean?"."""
        # (or named as the words asked the meaning of: "what does self-serve mean here?")
        for phrase in [*QUOTED.findall(text), *(m.group("term") for m in MEANING_OF.finditer(text.lower()))]:
            hits = self.ideas.rank([t.stem for t in tokens(phrase) if t.low not in STOP_WORDS], 1)
            if hits and hits[0].score >= QUOTED_IDEA_MIN:
                return hits[0].key
        return ""

    def _ring(self, toks: list[Token]) -> Ring | None:
        named = self._rings_named(toks)
        return named[0] if named else None

    def _rings_named(self, toks: list[Token]) -> list[Ring]:
        return [ring for _, ring in self._ring_mentions(toks)]

    def _ring_mentions(self, toks: list[Token]) -> list[tuple[int, Ring]]:
        """Where the message names a ring, and which: not the verbs and phrases that share a ring's word."""
        found: list[tuple[int, Ring]] = []
        for i, tok in enumerate(toks):
            ring = self._rings.get(tok.low)
            if ring is None:
                continue
            after = toks[i + 1].low if i + 1 < len(toks) else ""
            if ring.id == "hold" and not (
                i > 0
                and toks[i - 1].low in {"on", "in", "the", "ring", "to", "into"}
                or not after
                or after in RING_CONTEXT
                or (tok.low == "held" and after == "back")
                or tok.raw[:1].isupper()
            ):
                continue  # "hold off", "get hold of" are not the ring
            if (
                ring.id in ("assess", "adopt")
                and i > 0
                and toks[i - 1].low in {"to", "we", "i", "can", "should", "how", "help", "they", "you"}
                and after not in RING_CONTEXT
            ):
                continue  # "how do we assess a platform", "what should we adopt?" use the verb
            if (
                ring.id == "trial"
                and i > 0
                and toks[i - 1].low in COUNTED_BEFORE
                and after not in RING_CONTEXT
                and not tok.raw[:1].isupper()
            ):
                continue  # "every trial runs as a pod", "a free trial": a trial counted, not the ring
            found.append((i, ring))
        return found

    def _quadrant(self, toks: list[Token]) -> Quadrant | None:
        named = self._quadrant_phrases(toks)
        return max(named, key=lambda item: item[0])[1] if named else None

    def _quadrants_named(self, toks: list[Token]) -> set[str]:
        return {quadrant.id for _, quadrant in self._quadrant_phrases(toks)}

    def _quadrant_phrases(self, toks: list[Token]) -> list[tuple[int, Quadrant]]:
        """Each quadrant phrase found in the text, with its length in words (longer is more specific)."""
        stems = [t.stem for t in toks if t.low not in STOP_WORDS]
        joined = " " + " ".join(stems) + " "
        return [
            (len(phrase), quadrant)
            for quadrant, phrase in self._quadrants
            if phrase and f" {' '.join(phrase)} " in joined
        ]

    def _listing(
        self, low: str, toks: list[Token], need: Need, subjects: list[Tool], mentions: list[Mention]
    ) -> Callable[[dict[str, Any]], Question] | None:
        """A request for a list of a ring, quadrant, category or use case, as a Question builder."""
        ring = self._ring(toks)
        quadrant = self._quadrant(toks)
        category = need.categories[0] if need.categories else None
        # (a message ending "... in three different tools" counts what the person uses, it asks for no list)
        wants_list = bool(LIST_CUE.search(low)) or bool(
            re.search(r"(?<!different )(?<!separate )(?<!other )\b(tools|options|landscape)\b\s*$", low)
        )
        explicit_list = bool(
            re.search(
                r"\b("
                + LIST_WORD
                + r"|"
                # ("show" asks for a list when it is said to the bot, not "explanations we can show in the CRM")
                + SHOW_ASKED
                + r"|"
                + ALL_ITEMS
                + r"|enumerate|(your|the|full|whole) inventory(?! of (every|all|our) (model|dataset))|(the|your|our) "
                r"catalog)\b|\b" + EVERY_ITEM + r"\b",
                low,
            )
        )
        if subjects and not explicit_list:
            return None
        if not subjects and not explicit_list and self._unfamiliar(toks) and not need.strong:
            return None  # "is Blorpflow on trial?" asks about a name the radar does not know
        if (
            ring
            and not subjects
            and not WHY_CUE.search(low)
            # ("which monitoring tools are in trial?": the ring's tools for that use case, named even by its head)
            and not (
                any(m.weight >= HEAD_WEIGHT for m in need.tags)
                and re.search(r"\b(in|on) (adopt|trial|assess|hold)\b", low)
            )
            and (wants_list or len(low.split()) <= 4 or re.search(r"\b(on|in) (adopt|trial|assess|hold)\b", low))
        ):
            return lambda base: Question(intent=Intent.LIST, action="ring", ring=ring, **base)
        # (a category "in assess?" is that category's tools in that ring)
        if category and (wants_list or explicit_list or ring or (not need.phrased and "quadrant" not in low)):
            return lambda base: Question(intent=Intent.LIST, action="category", category=category, **base)
        if (
            quadrant
            and (wants_list or "quadrant" in low)
            and not (need.tags and not explicit_list and "quadrant" not in low)
            and not QUADRANT_MEANING.search(low)
        ):
            return lambda base: Question(intent=Intent.LIST, action="quadrant", quadrant=quadrant, **base)
        if not subjects and _kind_listed(toks, need, mentions, low):
            # "open source vector databases pls", "edge / on-device inference runtimes": a kind of tool, named
            # and nothing more, is its list
            # (the category named by its own name is the kind: "ML-focused IaaS providers?")
            if category and (
                not need.tags or len(words(category.name)) > len(need.tags[0].positions) or not need.phrased
            ):
                return lambda base: Question(intent=Intent.LIST, action="category", category=category, **base)
            return lambda base: Question(intent=Intent.LIST, action="tag", **base)
        # (asked which one to pick, "all" counts what the person would write: "rather not write all the glue")
        if (
            need.tags
            and explicit_list
            and re.search(r"\b(tools?|options?|everything|all)\b", low)
            and not PICK_CUE.search(low)
        ):
            return lambda base: Question(intent=Intent.LIST, action="tag", **base)
        if (
            (need.tags or category)
            and not subjects
            and LIST_ASK.search(low)
            and not re.search(r"\bshould\b", low)
            and not PICK_CUE.search(low)
        ):
            return lambda base: Question(
                intent=Intent.LIST, action="tag" if need.tags else "category", category=category, **base
            )
        return None

    # --- nothing recognised ------------------------------------------------------------------------

    def _unfamiliar(self, toks: list[Token]) -> list[Token]:
        """Words that are neither ordinary question words nor radar vocabulary: likely names."""
        odd = _odd_compounds(toks)
        return [
            t
            for i, t in enumerate(toks)
            # (a word of a hyphenated name written oddly, "Node-RED", "OR-Tools", is a name whatever its words)
            if ((t.low not in STOP_WORDS and t.low not in FRAME_WORDS) or i in odd)
            and (
                (
                    t.low not in self.vocabulary
                    # (a rarer word written like a name is no form of a known word: "Looker" is not "look")
                    and (t.stem not in self.vocabulary_stems or (_looks_like_a_name(t) and not is_common_word(t.low)))
                )
                or i in odd
            )
            and not t.low.isdigit()
            and not QUANTITY.match(t.low)  # "13B", "24GB", "8xH100": sizes, not names
            and not CALENDAR.match(t.low)  # "before Q3", "by FY26": when, not a name
            # an everyday English word is a name only when written like one ("what's Flux?")
            and not (is_common_word(t.low) and not _looks_like_a_name(t))
        ]

    def _unknown(
        self, toks: list[Token], plain: str, base: dict[str, Any], referenced_without_memory: bool
    ) -> Question:
        unfamiliar = self._unfamiliar(toks)
        low = " ".join(t.low for t in toks)
        framed = LOOKUP_FRAME.match(low)
        asked = set(framed.group("name").split()) if framed else set()
        placed_early = bool(PLACE_FRAME.search(low) or OPINION_ASKED.search(low) or NAME_ASKED_LATER.search(low))
        odd = [toks[i] for i in _odd_compounds(toks)]
        # (an everyday word in lower case, "anyone going to the canteen?", is English too unless asked about)
        if unfamiliar and all(
            (
                is_common_word(t.low)
                or (is_ordinary_word(t.low) and t.raw.islower() and not placed_early and len(toks) > 2)
            )
            and t.low not in asked
            and t not in odd
            for t in unfamiliar
        ):
            unfamiliar = []  # "what's the weather in Paris?": English words, not a product asked about
        if unfamiliar and CHITCHAT.search(low) and not any(t.low in asked for t in unfamiliar):
            unfamiliar = []  # "did anyone catch the Feyenoord match last night": a team, not a product
        alone = toks[0] if len(toks) == 1 else None
        if (
            alone is not None
            and not unfamiliar
            and (
                self._unheard_of(alone)
                # (a word alone after /radar, even an everyday one, is a name asked: "/radar looker")
                or (
                    alone.low.isalpha()
                    and len(alone.low) >= 3
                    and alone.low not in STOP_WORDS
                    and alone.low not in QUESTION_WORDS
                    and alone.low not in self.vocabulary  # (the word itself: "looker" is not "look")
                    and not is_common_word(alone.low)
                    and not CHITCHAT.search(alone.low)
                )
            )
        ):
            unfamiliar = list(toks)  # "prophet", "Looker?": a word alone, and not one of every day, is a name asked
        name = _compound(toks, plain, unfamiliar[0]) if unfamiliar else ""
        suggestions: tuple[Tool, ...] = ()
        # (a name of several words is matched word by word: "AWS Step Functions" is not a spelling of a tool's name)
        for candidate in ([] if " " in name else [name]) + [t.raw for t in unfamiliar[:3] if t.raw != name]:
            suggestions = self._close_tools(candidate)
            if suggestions:
                break
        placed = PLACE_FRAME.search(low)
        asked_of = (
            [w for w in framed.group("name").split() if w not in OPINION_PARTS and w not in STOP_WORDS]
            if framed is not None and (OPINION_ASKED.search(low) or OPINION_LAST.search(low))
            else []
        )
        if not unfamiliar and (placed or asked_of):
            # "where does the office coffee machine sit on the radar?", "is census worth a look?": asked as a tool,
            # whatever its words
            written = _placed_name(placed) if placed else " ".join(asked_of)
            name = " ".join(w for w in written.split() if w not in {"the", "a", "an", "our", "this"})
            return Question(intent=Intent.UNKNOWN, action="name", unknown=name, **base)
        action = "reference" if referenced_without_memory and not unfamiliar else ("name" if unfamiliar else "")
        if action == "reference" and not CHITCHAT.search(low):
            return self._which_tool(base["need"], base)
        if action == "reference":
            return Question(intent=Intent.SOCIAL, action="offtopic", **base)  # "is it friday yet?"
        asks_for_one = (
            CHOICE_UNNAMED.search(low)
            or PICK_CUE.search(low)
            or WANTS_SOMETHING.search(low)
            or (ASK_FOR_TOOL.search(low) and TOOL_WANTED.search(low))  # not "how do I reset my password"
        )
        if not action and asks_for_one and not base["need"] and not CHITCHAT.search(low):
            # "which one should we use?", "we need a tool", "what should we buy?" with nothing to go on: ask what it
            # is for (not "what should we have for lunch?")
            return Question(intent=Intent.CLARIFY, action="purpose", options=self._common_needs, **base)
        if not action:
            return Question(intent=Intent.SOCIAL, action="offtopic", **base)
        return Question(
            intent=Intent.UNKNOWN,
            action=action,
            unknown=name if unfamiliar else "",
            suggestions=tuple(suggestions[:3]),
            **base,
        )


class NameSearch:
    """Close spellings of tool names, fast enough to try on every unfamiliar word.

    Keys sharing the most letter trigrams with a word are the only ones worth comparing;
    they are then ranked by the same similarity the lookup index uses.
    """

    CANDIDATES = 40

    def __init__(self, keys: dict[str, str]) -> None:
        self._by_gram: dict[str, list[str]] = {}
        for key in keys:
            for gram in _trigrams(key):
                self._by_gram.setdefault(gram, []).append(key)

    def close(self, word: str, cutoff: float, most: int = 3) -> list[tuple[str, float]]:
        shared = Counter(k for gram in _trigrams(word) for k in self._by_gram.get(gram, ()))
        scored = []
        for key, _ in shared.most_common(self.CANDIDATES):
            score = fuzz.ratio(key, word, score_cutoff=cutoff * 100) / 100
            if score >= cutoff:
                scored.append((key, score))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored[:most]


def _trigrams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _looks_like_a_name(token: Token) -> bool:
    """Capitals inside a sentence, digits or odd casing: how product names tend to be written."""
    raw = token.raw
    return (
        (raw[:1].isupper() and not token.sentence_start)
        or any(c.isdigit() for c in raw)
        or (raw[1:] != raw[1:].lower())
    )


def _glued_spans(toks: list[Token]) -> list[tuple[int, int]]:
    """The (start, end) positions of words written glued by a hyphen or a dot: "Node-RED", "Acord.NET"."""
    spans, start = [], 0
    for i, t in enumerate(toks):
        if t.glued_to_next:
            continue
        if i > start:
            spans.append((start, i + 1))
        start = i + 1
    return spans


def _odd_compounds(toks: list[Token]) -> set[int]:
    """Positions of the words of hyphenated compounds with capitals inside a word: "Node-RED", "Open-WebUI"."""
    return {
        i
        for start, end in _glued_spans(toks)
        if any(w.raw[1:] != w.raw[1:].lower() for w in toks[start:end])
        for i in range(start, end)
    }


def _compound(toks: list[Token], plain: str, token: Token) -> str:
    """The whole written name a word belongs to ('mlflw-pro-max-9000'), or a few words around it."""
    i = toks.index(token)
    start = i
    while start > 0 and toks[start - 1].glued_to_next:
        start -= 1
    end = i
    while end + 1 < len(toks) and toks[end].glued_to_next:
        end += 1
    # (and the capitalised words written after it: "Azure Purview", "AWS Step Functions")
    while end + 1 < len(toks) and end - start < COMPOUND_WORDS and _goes_on_with_a_name(toks, end + 1):
        end += 1
    return plain[toks[start].start : toks[end].end]


def _goes_on_with_a_name(toks: list[Token], i: int) -> bool:
    """Whether the word at i, capitalised in mid-sentence right after another, is more of the same name."""
    tok = toks[i]
    return (
        i > 0
        and tok.raw[:1].isupper()
        and not tok.sentence_start
        and not toks[i - 1].listed_with_next
        and tok.low not in STOP_WORDS
        and tok.low not in FRAME_WORDS
    )


def _placed_name(placed: re.Match[str]) -> str:
    """The name a place frame asks about ("where does X sit", "what ring is X in", "is X on the radar")."""
    return (
        placed.group("name")
        or placed.group("other")
        or placed.group("asked")
        or placed.group("have")
        or placed.group("where")
    )


COMPOUND_WORDS = 3  # words a product's name may run to after its first


# a quarter, a half or a financial year: "before Q3", "by H2", "FY26 budget"
CALENDAR = re.compile(r"^(q[1-4]|h[12]|fy\d{2}(\d{2})?)$")
# a number with a unit or a multiplier: model sizes, memory, counts of machines
QUANTITY = re.compile(
    r"^\d+(\.\d+)?(k|m|b|bn|t|kb|mb|gb|tb|pb|ms|s|h|x|x\w+|gpus?|cores?|nodes?|rows?|d|p|fps|hz|ghz|mhz|m2|km|cm|mm|kg|min|mins|hrs|yrs|w|kw|%)$"
)
LIKENESS_SUFFIXES = frozenset({"compatible", "style", "like", "esque", "flavoured", "flavored", "inspired"})


def _inside_a_compound(toks: list[Token], i: int) -> bool:
    """A lower-case everyday word glued to its neighbour by a hyphen or slash-free punctuation ("fine-tune")."""
    tok = toks[i]
    glued = (i > 0 and toks[i - 1].glued_to_next and toks[i - 1].raw.isalpha()) or (
        tok.glued_to_next and i + 1 < len(toks) and toks[i + 1].raw.isalpha()
    )
    return glued and tok.raw.islower() and is_common_word(tok.low)


def _sentence_starts(text: str, toks: list[Token]) -> tuple[list[int], list[int]]:
    """The first token of each sentence, and of each sentence that ends in a question mark."""
    starts, asking = [0], []
    for i in range(1, len(toks)):
        gap = text[toks[i - 1].end : toks[i].start]
        # (a dot written against the next word is part of a name, ".NET", not the end of a sentence)
        if any(c in gap for c in "!?\n") or (re.search(r"\.(\s|$)", gap) and not gap.endswith(".")):
            if "?" in gap:
                asking.append(starts[-1])
            starts.append(i)
    return starts, asking


def _sentence_end(starts: list[int], start: int, length: int) -> int:
    """The token after the sentence that begins at `start` (`starts`: the first token of each sentence)."""
    return next((s for s in starts if s > start), length)


def _asking_sentence(text: str, toks: list[Token], sentences: tuple[list[int], list[int]]) -> int:
    """The first token of the sentence that asks: the last one ending in a question mark, else the last one
    (0 for a message of one sentence). `sentences`: what `_sentence_starts` found."""
    starts, asking = sentences[0], list(sentences[1])
    if toks and "?" in text[toks[-1].end :]:
        asking.append(starts[-1])
    if asking:
        return asking[-1]
    # with no question mark, the last sentence that wants something asks ("need to annotate forms. open source
    # only": the constraint told last asks nothing); with none, the whole message does
    ends = [*starts[1:], len(toks)]
    wanting = [s for s, e in zip(starts, ends, strict=True) if any(t.low in SENTENCE_ASKS for t in toks[s:e])]
    return wanting[-1] if wanting else 0


SENTENCE_ASKS = frozenset(
    {
        "need",
        "want",
        "looking",
        "what",
        "which",
        "how",
        "recommend",
        "suggest",
        "suggestions",
        "tool",
        "tools",
        "options",
    }
)
RADAR_PICTURES = frozenset({"chart", "picture", "diagram", "image", "plot", "map", "graphic", "visual"})
# (and the kinds of thing asked for: "tracking tool recommendations?", not "movie recommendations")
ASKING_BEFORE = frozenset(
    {"any", "your", "some", "got", "have", "me", "us", "for", "need", "want", "a", "good", "tool", "tools", "library",
     "libraries", "framework", "platform", "stack", "software", "vendor"}
)  # fmt: skip
TEAM_WORDS = frozenset({"team", "teams", "squad", "squads", "department", "dept", "crew"})
BOT_SAYS = frozenset({"keep", "kept", "say", "says", "said", "saying", "mention", "mentions", "show", "shows"})
# nouns that close a message as its ask ("... recs?", "... ideas pls")
CLOSING_ASKS = frozenset({"recs", "suggestions", "ideas", "advice", "tips", "pointers", "thoughts"})
PLEASE = frozenset({"pls", "please", "plz", "thanks", "thx", "ty"})
ASKING_NOUNS = frozenset({"recommendation", "recommendations", "suggestion", "suggestions", "recs", "advice", "tips"})


def _unfilled(low: str) -> str:
    """A reply without the words people open it with: "ok what about luigi" is "what about luigi"."""
    return re.sub(r"^((ok|okay|so|hmm+|cool|thanks|thx|right|alright|nice|great)\b[ ,]*)+", "", low)


def _named_as_setting(toks: list[Token], m: Mention) -> bool:
    """Whether a tool is named as what the answer is for or runs with: "just for pandas", "only on Spark"."""
    i = m.start - 1
    while i >= 0 and toks[i].low in {"just", "only", "mostly", "mainly"}:
        i -= 1
    return i >= 0 and toks[i].low in SETTING_WORDS | {"for"}


def _only_where(toks: list[Token], mentions: list[Mention]) -> bool:
    """Whether every tool the message names is named as where the answer runs."""
    return bool(mentions) and all(_where_it_runs(toks, mentions, n) for n in range(len(mentions)))


def _where_it_runs(toks: list[Token], mentions: list[Mention], number: int) -> bool:
    """Whether a tool is named as where the answer runs: after "on", "with", "in"..., or listed right after
    one that is ("plays nicely with BigQuery / GCP", "on AWS or Azure")."""
    m = mentions[number]
    if m.start > 0 and toks[m.start - 1].low in SETTING_WORDS:
        return True
    if number == 0:
        return False
    between = [t.low for t in toks[mentions[number - 1].end : m.start]]
    return all(w in {"or", "and", "/"} or not w.isalnum() for w in between) and _where_it_runs(
        toks, mentions, number - 1
    )


def _names_a_kind(toks: list[Token], need: Need, around: frozenset[int] = frozenset()) -> bool:
    """Whether the message only names a kind of tool in the plural, with filters at most: "model serving tools,
    open source only", "open source vector databases pls", "serving tools that run on kubernetes", "annotation
    tools that handle video" (not "a vector database for 3M chunks"). `around` holds the positions of tools named
    as where the kind must run."""
    category_stems = {stem(w) for c in need.categories for w in words(c.name)}
    named = {i for m in need.tags if m.weight >= 1 for i in m.positions} | {
        i for i, t in enumerate(toks) if t.stem in category_stems
    }
    # (a use case's hint word is named too when a kind noun follows it: "monitoring tools")
    named |= {i for m in need.tags for i in m.positions if _kind_follows(toks, i)}
    # ("which cloud should host our web services?" asks for a pick)
    if not named or any(t.low in RANKING_WORDS or t.low == "should" for t in toks):
        return False
    first, end = min(named), max(named)
    if _kind_follows(toks, end):
        end += 1  # "synthetic data generators", "explainability libs"
    # a filter told as a clause after the kind: "that do NOT need kubernetes", "for images", "with R support"
    clause = set(range(end + 1, len(toks))) if _filter_clause(toks[end + 1 :]) else set()
    if len(toks) - len(clause) > KIND_WORDS_AT_MOST:
        return False
    setting = clause | {i for i, t in enumerate(toks) if i > first and (i in around or t.low in KIND_SETTING_WORDS)}
    rest = [(i, t.low) for i, t in enumerate(toks) if i not in named and i not in setting and t.low not in STOP_WORDS]
    if not all(w in KIND_NOUNS or w in KIND_FILLERS or i == end for i, w in rest):
        return False
    # (the kind after the use case, "validation tools"; "tools for data validation?" asks which to use)
    # (a kind noun inside the use case's own phrase counts too: "labelling tools for text")
    # (not told as someone's own wish: "fine-tuning frameworks for open LLMs on our own GPUs?")
    kinds = [i for i, w in rest if w in KIND_NOUNS or i == end]
    if not any(t.low in PERSON_WORDS for t in toks):
        kinds += [i for i in named if toks[i].low in KIND_NOUNS]
    if kinds:
        return min(kinds) > first or (min(kinds) == end and end in named)
    # (with no kind word, the use case's own plural ends the message, which wants nothing: "feature stores?",
    # not "something to track our experiments")
    # ("vector databases we could self-host?": a filter told as a clause after the kind wants nothing more)
    last = max(
        (i for i, t in enumerate(toks) if i not in setting and t.low not in KIND_FILLERS and t.low not in STOP_WORDS),
        default=-1,
    )
    # (with where it runs told after, nothing may want: "monitoring for our models on sagemaker" asks for a pick)
    wanting = [t for i, t in enumerate(toks) if i not in clause] if setting else toks[:first]
    return last in named and toks[last].low.endswith("s") and not any(t.low in WANTING_WORDS for t in wanting)


def _kind_follows(toks: list[Token], i: int) -> bool:
    """Whether the word after position i names tools of a kind: "tools", "libs", or a plural such as "generators",
    "schedulers", "detectors"."""
    if i + 1 >= len(toks):
        return False
    after = toks[i + 1].low
    return after in KIND_NOUNS or (after.endswith(("ers", "ors")) and after not in STOP_WORDS)


def _filter_clause(toks: list[Token]) -> bool:
    """Whether the words after a kind only filter it: a short clause opened by "that", "for", "with"..., in which
    nobody wants anything ("orchestrators that play well with GCP", not "orchestrators for our 5 pipelines")."""
    # ("which inference servers can we run ourselves?": what the person can do with them filters them too)
    modal = bool(toks) and toks[0].low in {"can", "could"}
    return (
        bool(toks)
        and toks[0].low in CLAUSE_OPENERS
        and len(toks) <= CLAUSE_WORDS
        and (modal or not any(t.low in PERSON_WORDS for t in toks))
    )


def _asks_build_vs_buy(low: str, need: Need) -> bool:
    """Whether building or buying is the question. A need with a pick asked for, or with the choice already told
    ("buy not build"), asks for the tool instead."""
    # ("our homegrown server is painful to maintain. what's a good model server?": a tool asked for by its kind)
    asks_a_tool = PICK_CUE.search(low) or (ASK_FOR_TOOL.search(low) and not BUILD_OR_BUY_ASKED.search(low))
    return bool(BUILD_BUY_CUE.search(low)) and not ((asks_a_tool or BUY_DECIDED.search(low)) and need.strong)


def _kind_listed(toks: list[Token], need: Need, mentions: list[Mention], low: str) -> bool:
    """Whether a message names a kind of tool and where it must run, and asks for no pick: its list there."""
    where = frozenset(i for m in mentions for i in range(m.start, m.end))
    # ("which orchestrators run on kubernetes?": "which" before a plural kind with what it must do asks for them all;
    # "which orchestrator" or "which tools should we use" ask for a pick)
    asks = [m for m in ASK_FOR_TOOL.finditer(low) if not re.fullmatch(r"which \w+s", m.group(0))]
    return _names_a_kind(toks, need, where) and not (asks or PICK_CUE.search(low))


def _asked_about(toks: list[Token], m: Mention) -> bool:
    """Whether a message asking for a tool asks about this one: it opens the message, follows a word that
    weighs or picks it ("should we use X", "what about X", "X vs"), or is followed by one ("X worth it?").
    Otherwise it is a bystander in the story ("git-lfs choked", "we're piloting X", "not even X")."""
    if m.start <= 1:
        return True
    said = [t.low for t in toks[: m.start] if t.low not in {"the", "a", "an"}]
    after = toks[m.end].low if m.end < len(toks) else ""
    return bool(said) and (said[-1] in ASKED_BEFORE or " ".join(said[-2:]) in ASKED_BEFORE) or after in ASKED_AFTER


def _content_words(toks: list[Token]) -> int:
    return sum(1 for t in toks if t.low not in STOP_WORDS)


def _compared(toks: list[Token], named: list[Mention], low: str) -> bool:
    """Whether the message weighs the tools it names against each other. A comparing word ("vs", "better")
    counts anywhere; a joining one ("or", "than", "over") only between the first and the last name, so that
    "all-or-nothing scheduling" or "merge or roll back" after two names compares nothing."""
    if STRICT_COMPARE_CUE.search(low) or ANYWHERE_COMPARE_CUE.search(low):
        return True
    if len(named) < 2:
        return bool(COMPARE_CUE.search(low))
    first, last = min(m.end for m in named), max(m.start for m in named)
    return bool(COMPARE_CUE.search(" ".join(t.low for t in toks[first:last])))


def _again(tags: tuple[Tag, ...]) -> Need:
    """The thread's need asked again: its use cases in the order they mattered, the first one leading, and the
    words of the first as the words the tools' descriptions are matched against (the thread's own words are gone)."""
    described = frozenset(stem(w) for t in tags[:1] for phrase in (t.name, *t.phrases) for w in words(phrase))
    return Need(tuple(NeedMatch(t, 2.0 - 0.5 * min(i, 2), frozenset()) for i, t in enumerate(tags)), words=described)


def _their_own_aside(text: str, toks: list[Token]) -> frozenset[int]:
    """The words in parentheses right after what the person calls theirs: "our data lake (Hive + Trino)", "we are a
    Microsoft shop (Azure OpenAI, some C# services)" (not "which is better (mlflow or wandb)?")."""
    found: set[int] = set()
    for aside in re.finditer(r"\(([^()]{1,80})\)", text):
        before = [t for t in toks if t.end <= aside.start()][-OWNER_REACH:]
        if any(t.low in OWNER_WORDS for t in before):
            found.update(i for i, t in enumerate(toks) if aside.start() < t.start < aside.end())
    return frozenset(found)


OWNER_WORDS = frozenset({"our", "we", "my", "us"})
OWNER_REACH = 4  # words before the parentheses that may say whose things they list


def _ambiguous_need(toks: list[Token]) -> tuple[Option, ...] | None:
    """The jobs to ask between when the message names a need only by a word several jobs share, and nothing else."""
    # (what the need is about still counts: "model monitoring" is no longer ambiguous)
    told = [
        t
        for t in toks
        if t.low not in STOP_WORDS
        and (t.low not in QUESTION_WORDS or t.low in ABOUT_WORDS)
        and t.low not in ASKING_WORDS
        and t.low not in AMBIGUOUS_FILLERS
    ]
    if len(told) != 1 or told[0].stem not in AMBIGUOUS_NEEDS:
        return None
    return tuple(Option(label, text, "") for label, text in AMBIGUOUS_NEEDS[told[0].stem])


ABOUT_WORDS = frozenset({"model", "models", "data", "ml"})


def _radar_rings(low: str) -> bool:
    """Whether "rings" (or "a ring") are the radar's: not a noun's own rings ("fraud rings share phone numbers")."""
    for found in re.finditer(r"\brings?\b", low):
        before = low[: found.start()].split()
        if found.group(0) == "ring":
            # ("is a ring binding?" asks of any ring; "what ring is it in?" asks for one tool's)
            if before and before[-1] in {"a", "each", "every", "any"}:
                return True
        elif not before or before[-1] in STOP_WORDS or before[-1] in RING_OWNERS:
            return True
    return False


RING_OWNERS = frozenset({"radar", "radar's", "four", "4", "team", "team's", "adoption", "tech", "its"})


def _introduced_before(low: str) -> bool:
    """Whether "it" or "the other one" follows words that name what it means, in the message itself ("is
    Node-RED on the radar? the team wires everything with it", "plant managers ask why it says pump 7 will
    fail"); "why is it on trial?" alone points outside the message."""
    pointer = SINGLE_REF.search(low) or OTHER_REF.search(low) or PLURAL_REF.search(low)
    if pointer is None:
        return False
    before = [w for w in low[: pointer.start()].split() if w not in STOP_WORDS and w not in QUESTION_WORDS]
    return len(before) >= INTRODUCING_WORDS


INTRODUCING_WORDS = 2
NAME_ASKED_WORDS = 16  # a message short enough that the one name written like one in it is what "it" asks about
# the radar's questions that may follow a name with nothing else: "Census - status?"
BARE_ASKS = frozenset({"status", "ring", "what ring", "which ring", "verdict", "thoughts", "opinions", "radar says"})
# words of an opinion asked, not of the name asked about ("is census worth a look?")
OPINION_PARTS = frozenset({"worth", "any", "good", "on", "in", "a", "ok", "okay", "approved", "allowed", "still"})
MEANING_OF = re.compile(r"\bwhat (?:does|do|is meant by) (?:the |a |an )?(?P<term>[\w' -]{2,40}?) (?:mean|stand for)\b")
# what describes the name a message starts with: "Sift (the fraud detection vendor) - do we have a ring for it?"
APPOSITION = re.compile(
    r"^(?P<name>\W*(?:\w[\w.+'\u2019-]*\s+){0,2}\w[\w.+-]*)\s*\((?:the|a|an)\s[^()]{1,60}\)", re.IGNORECASE
)
NAME_FIRST_WORDS = 8
# what, said right after a name, asks where it stands: "prophet any good", "polars still recommended?"
PLACEMENT_AFTER = re.compile(
    r" (any good|still (recommended|ok|okay|good|a thing|maintained|alive|worth it)|worth (it|a look|a try|using)|"
    r"(on|in) (the|our|your) (radar|catalog)|approved|allowed|(in|on) (adopt|trial|assess|hold)|(adopt|trial|assess|"
    r"hold) or)\b"
)
OPINION_FRAME = re.compile(r"\b(take|think|thoughts|opinions?|position|stance|view)\b")
# asking frames that say whether a tool may be used, with nothing after the name: "do we allow prophet"
ALLOWING_FRAMES = frozenset(
    {"do we allow", "are we allowed to use", "can we use", "should we use", "should we adopt"}
)  # a short message that starts with a word and asks an opinion asks it of that word


def _unhedged(low: str) -> str:
    """A question without the words that only hedge it: "what even is a tech radar?" asks what a tech radar is."""
    return HEDGES.sub("", low)


HEDGES = re.compile(r"\b(even|actually|exactly|really|basically|again|just) (?=\w)")


def _clause(toks: list[Token]) -> list[str]:
    """The words up to a comma or the start of another sentence."""
    words_: list[str] = []
    for t in toks:
        if t.sentence_start:
            break
        words_.append(t.low)
        if t.listed_with_next:
            break
    return words_


def _versus_a_name(toks: list[Token], i: int, claimed: list[bool]) -> bool:
    """Whether the word at i stands across a "vs" or an "or" from a name already found, or across an "and" in a
    message that compares ("difference between evidently and nannyml")."""
    comparing = any(t.low in {"between", "difference", "compare", "comparing", "versus", "vs"} for t in toks)
    joins = {"vs", "versus", "or", "and"} if comparing else {"vs", "versus", "or"}
    return any(
        0 <= i + 2 * side < len(toks) and toks[i + side].low in joins and claimed[i + 2 * side] for side in (-1, 1)
    )


def _paired_with_a_name(toks: list[Token], start: int, end: int, claimed: list[bool]) -> bool:
    """Set against a name already found: "great expectations or soda" (longer names are found first)."""
    before = start >= 2 and toks[start - 1].low in PAIRING_WORDS and claimed[start - 2]
    after = end + 1 < len(toks) and toks[end].low in PAIRING_WORDS and claimed[end + 1]
    # ("great expectations / soda / pandera": a word listed by slash or comma right after a name)
    listed = start >= 1 and toks[start - 1].listed_with_next and claimed[start - 1]
    return bool(before or after or listed)


PAIRING_WORDS = frozenset({"or", "vs", "versus"})
ADDED_AFTER = frozenset({"to", "too", "as", "and", "please", "pls", "in", "into"})


def _offsets(toks: list[Token]) -> list[int]:
    """Where each token starts in the question's words joined by single spaces (as cues are matched)."""
    at, offsets = 0, []
    for t in toks:
        offsets.append(at)
        at += len(t.low) + 1
    return offsets


NEEDING_WORDS = frozenset({"need", "needs", "want", "wants", "with", "for"})  # "we need pipelines"
DETERMINERS = frozenset({"our", "my", "the", "your", "their", "his", "her", "some", "these", "those", "this", "that"})
# words of a message after a tool, however vague: "what should we buy?", "which framework should we go for?"
TOOL_WANTED = re.compile(
    r"\b(tools?|frameworks?|platforms?|library|libraries|libs?|stack|something|solution|product|service|software|use|"
    r"using|buy|pick|choose|add|adopt|go (for|with))\b"
)
# makers whose name comes before their product's: "apache solr", "google vizier"
# words that end a product's name: "fireworks ai", "segments ai", "weaviate cloud"
PRODUCT_SUFFIXES = frozenset({"ai", "ml", "io", "labs", "cloud", "db", "hq", "studio", "app"})
MAKER_WORDS = frozenset(
    {"apache", "google", "microsoft", "amazon", "aws", "azure", "nvidia", "meta", "facebook", "ibm"}
)
LICENCE_NOUNS = frozenset({"subscription", "vendor", "vendors", "offering", "product", "solution", "version", "option"})


def _not_the_need(toks: list[Token]) -> frozenset[int]:
    """Words that are about the asking, not the need: the bot's own lists ("in the catalog", "on your radar"; the
    catalog is not a data catalog) and the ask itself ("any recommendations?", not a recommender system)."""
    found: set[int] = set()
    for i in range(len(toks)):
        before = toks[i - 1].low if i else ""
        after = toks[i + 1].low if i + 1 < len(toks) else ""
        if toks[i].low in {"catalog", "catalogue", "radar"} and before in {"the", "your", "our", "this"}:
            found.update((i - 1, i))
            if toks[i].low == "radar" and after in RADAR_PICTURES:
                found.add(i + 1)  # "the radar chart" is this radar's picture, not a charting need
        if (
            toks[i].low in ASKING_NOUNS
            # (or the ask as a sentence of its own: "... in python. recs?")
            and (not before or before in ASKING_BEFORE or toks[i].sentence_start)
            and after in {"", "for", "on", "from"}
        ):
            found.add(i)
        if (
            toks[i].low in {"model", "models"}
            and i >= 3
            and any(
                toks[j - 1].low == "for" and toks[j].low in {"a", "an", "our", "the", "my", "their", "these", "those"}
                for j in range(max(1, i - 3), i - 1)
            )
        ):
            # "hpo tool recs for a segmentation model", "a serving option for our forecast models": the kind of
            # model the need is for, not a second need
            start = next(j for j in range(max(1, i - 3), i - 1) if toks[j - 1].low == "for")
            found.update(range(start + 1, i))
        if toks[i].low in CLOSING_ASKS and (i + 1 == len(toks) or toks[i].ends_sentence or after in PLEASE):
            found.add(i)  # "llm gateway recs?": the ask that closes the message, never a recommender system
        if toks[i].low in NEGATED_RESOURCES and before in NEGATORS:
            found.add(i)  # "small ARM boxes (no GPU, 4GB RAM)": what the setting lacks, not what is wanted
        if toks[i].low in ASKING_VERBS and (not after or after in STOP_WORDS):
            found.add(i)  # "what would you recommend for tracking?", "still recommended in 2025?" (not "recommend
            # products to shoppers")
        if after in TEAM_WORDS and toks[i].low not in STOP_WORDS and toks[i].low not in {"small", "tiny", "whole"}:
            found.add(i)  # "the quality team wants an endpoint": a team's name, not the need
        if toks[i].low in ASKING_NOUNS and before in {"the", "your", "its", "these", "those"} and after in BOT_SAYS:
            found.add(i)  # "the recommendations keep saying 'hard commitment'": the bot's own answers
        if toks[i].low in INFRA_NOUNS and any(t.low in INFRA_TOLD for t in toks[max(0, i - 3) : i]):
            found.add(i)  # "there it's plain VMs", "just on-prem VMs": where it must run, not a need for compute
        if toks[i].low == "explain" and any(t.low in RADAR_IDEAS for t in toks[i + 1 : i + 4]):
            found.add(i)  # "can someone explain the two axes again": the asking, not explainability
        if toks[i].low == "open" and after in {"source", "sourced"}:
            found.update((i, i + 1))  # "open source only": the licence asked for, not "data sources"
        if toks[i].low == "saas" and (
            any(t.low in NEGATORS | {"not", "never"} for t in toks[max(0, i - 3) : i]) or after in LICENCE_NOUNS
        ):
            found.add(i)  # "not a SaaS", "a SaaS subscription is not possible": the licence, not "SaaS sources"
    return frozenset(found)


INFRA_NOUNS = frozenset({"vm", "vms", "server", "servers", "machines", "boxes", "hardware"})
INFRA_TOLD = frozenset({"just", "plain", "only", "bare", "few", "couple", "existing", "prem", "own"})
RADAR_IDEAS = frozenset({"axes", "axis", "rings", "ring", "quadrant", "quadrants", "radar", "map", "categories"})


def concept_question(concept: str, base: dict[str, Any]) -> Question:
    return Question(intent=Intent.CONCEPT, action=concept, **base)


def _unique(tools) -> list[Tool]:  # type: ignore[no-untyped-def]
    seen: dict[str, Tool] = {}
    for tool in tools:
        seen.setdefault(tool.id, tool)
    return list(seen.values())


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


def idea_documents(catalog: Catalog) -> list[tuple[str, list[str]]]:
    """The radar's ideas as documents for retrieval: their own words, then the framework's texts about them."""
    fw = catalog.framework
    docs: list[tuple[str, list[str]]] = [(f"note:{n.id}", [n.words, n.words, n.title]) for n in NOTES]
    docs.append(("rings", ["rings ring meaning what do the rings mean four rings", *(r.name for r in fw.rings)]))
    for ring in fw.rings:
        docs.append(
            (f"ring:{ring.id}", [f"{ring.name} {ring.name} counts as example actions", ring.strategy, ring.practice])
        )
    docs.append(("axes", ["axes axis quadrants map landscape organised two axes picture", fw.axes.scope.description]))
    docs.append(
        (
            "build_vs_buy",
            [
                *[
                    "build buy write our own in house roll our own build versus buy specialised tools first before "
                    "platforms advice"
                ]
                * 2,
                fw.build_vs_buy.stance,
                *fw.build_vs_buy.rules,
            ],
        )
    )
    docs.append(("flow", ["flow flows called flow named flow related same family", fw.flow_distinction.summary]))
    docs.append(("signals", ["signals maturity evaluate judge vet red flags", fw.signals.summary]))
    docs.append(("lifecycle", ["lifecycle life cycle loops two loops stages fit", fw.lifecycle.summary]))
    docs.append(("personas", ["personas persona who is it for roles", *(p.name for p in fw.personas)]))
    for category in catalog.categories:
        docs.append((f"category:{category.id}", [f"{category.name} {category.name} category", category.description]))
    return docs


def _ring_words(ring: Ring) -> set[str]:
    base = ring.id
    forms = {base, base + "s", base + "ed", ring.name.lower()}
    if base == "trial":
        forms |= {"trialled", "trialed", "trialing", "trialling"}
    if base == "hold":
        forms |= {"held"}
    if base == "adopt":
        forms |= {"adoption"}
    if base == "assess":
        forms |= {"assessment"}
    return forms


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


# a request hidden in small talk ("thanks! and what about drift?") is a question, not small talk
# "that's what i needed" thanks; it asks nothing
NOT_A_QUESTION = cue(
    r"\b(that is |thats )?(exactly |mostly |just )?what (i|we|\w+) (needed|wanted|was after|was looking for|were "
    r"after|were looking for|asked for)\b"
)


def _ordinary_lowercase(token: Token) -> bool:
    """A lower-case everyday word ("ray", "determined"): a tool's name only when the message is about tools."""
    return token.raw.islower() and is_common_word(token.low)


QUESTION_ASK = cue(r"\b(what|which|how|why|should|could|can you|recommend|compare|vs|explain|tell me|list|show)\b.*\w")


FACTS = (
    # (the team's own record of it, asked before the maker or the age: "who owns it on our radar?", "when did it
    # last move?")
    (
        "team",
        cue(
            r"\b(who owns it|owner|owned by|who is responsible|who placed it|who proposed it|when did (it|we) (last )?"
            r"(move|change|place|adopt)|last (moved|changed)|its history|ring history|how long (has it been|have we "
            r"had it) (in|on))\b|\bwho owns (it|that|this) (on|in|for) (our|the team s)\b"
        ),
    ),
    ("license", cue(r"\b(open source|opensource|oss|free|licen[cs]e\w*|commercial|paid|proprietary|cost|pricing)\b")),
    (
        "maker",
        cue(
            r"\b(who (makes|made|built|builds|maintains|develops|owns|is behind)|maintained by|which company|vendor)\b"
        ),
    ),
    (
        "hosting",
        cue(
            r"\b(managed|hosted|saas|cloud) (version|offering|service|option|edition|tier|flavou?r)\b|\bself[- ]?"
            r"host(ed|able|ing)?\b|\bcan (we|i) (host|run) (it|this|that)( ourselves| ourself| on prem\w*)?\b"
        ),
    ),
    ("since", cue(r"\b(how old|since when|when (was|did)|first released|mature)\b")),
    ("link", cue(r"\b(link|links|website|homepage|docs|documentation|repo|repository|github|url)\b")),
)


def _fact_asked(low: str) -> str:
    """The one fact a short follow-up asks about a tool: its licence, maker, age or links."""
    if len(low.split()) > 12:
        return ""
    return next((name for name, cue in FACTS if cue.search(low)), "")


def _small_talk_kind(low: str) -> str:
    if re.search(
        r"\b(thanks|thank you|thx|ty|cheers|ta|appreciate|legend|lifesaver|life saver|rock|good bot|great bot|"
        r"love this|danke|merci|gracias|grazie|obrigado|tak)\b",
        low,
    ):
        return "thanks"
    if re.search(
        r"^(hi|hello|hey|hiya|yo|sup|howdy|greetings|morning|afternoon|evening|good (morning|afternoon|evening|day))\b",
        low,
    ):
        return "greeting"
    if re.search(r"\b(bye|goodbye|see you|cya|good night|have a)\b", low):
        return "goodbye"
    if re.search(r"\b(how are you|how is it going|hows it going|how s it going|how is your day)\b", low):
        return "checkin"
    if re.search(r"\bdo you (play|like|watch|eat|sleep|dream|drink|have)\b|\bwhat is your favou?rite\b", low):
        return "offtopic"
    return "chat"
