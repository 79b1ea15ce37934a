"""The waiter: answers a question in a thread from what it asks and what the thread was about."""

from __future__ import annotations

import difflib
import heapq
import re
from dataclasses import dataclass, replace
from functools import cached_property

from bot.radar.answers import Answer, NamesNoTool, Placed, Radar, ToolCard, ToolGroup, ToolList
from bot.radar.catalog import Catalog, normalise
from bot.radar.language import concepts
from bot.radar.language.cues import COST_ASKED, KIND_NOUNS, NO_LOCK_IN, WHICH_OF_THEM
from bot.radar.language.lookup import ToolIndex
from bot.radar.language.message import is_a_place, need_again
from bot.radar.language.question import Intent, Memory, Option, Question, Role
from bot.radar.language.recommend import (
    CLOUD_PROVIDERS,
    IN_HOUSE_PLATFORMS,
    STACK_FIT_KEPT,
    VENDOR_PLATFORMS,
    WHOLE_PHRASE,
    Constraints,
    Need,
    NeedFinder,
    NeedMatch,
    Recommendation,
    Recommender,
    Situation,
    adopted_cloud,
    constraints_in,
    licence_words,
)
from bot.radar.language.text import STOP_WORDS, expand_contractions, stem, tokens, words
from bot.radar.language.understanding import Understander
from bot.radar.models import Ring, Tool
from bot.radar.team import STARTER, RingMove

TAG_LIST_SHOWN = 8
UNDERNEATH_SHOWN = 5  # the tools shown as what another builds on
RING_LIST_SHOWN = 8
REMEMBERED_TOOLS = 8
REMEMBERED_LISTED = 20  # a list names more, and "which of those ..." chooses among them all
CHOSEN_SHARE = 0.5  # of the best description match: a tool below it does not answer the ask
OTHERS_CONSIDERED = 8  # the thread need's candidates looked at beyond those shown, when none shown answers the ask
FIT_BEYOND_SHARE = 0.5  # of the leading shown tool's relevance, for one beyond them that fits the setting told
PHRASE_BEYOND_SHARE = 0.35  # the shown tools' best answer to a use case's phrase, as a share of the best beyond them
SUGGESTION_CLOSENESS = 0.7  # "did you mean" only for names this close to what was typed


def examples_from(catalog: Catalog) -> tuple[str, ...]:
    """Ways of asking, shown when the bot is greeted or lost, filled in with the catalog's own names."""
    seeded = [t for t in (catalog.tool(s.tool) for s in catalog.seeds) if t is not None] or list(catalog.tools)
    by_category: dict[str, list[Tool]] = {}
    for tool in seeded:
        by_category.setdefault(tool.category, []).append(tool)
    specialized = [c.id for c in catalog.categories if c.quadrant == "specialized-ml-tools"]
    ordered = specialized + [c.id for c in catalog.categories if c.id not in specialized]
    pair = next((by_category[c][:2] for c in ordered if len(by_category.get(c, [])) >= 2), seeded[:2])
    platform = next((t for t in seeded if catalog.quadrant_of(t).id == "ml-platforms"), seeded[0])
    tag = catalog.tag(pair[0].tags[0]) if pair and pair[0].tags else None
    cloud = next((t for t in seeded if t.category == CLOUD_PROVIDERS), None)
    flows = [t.name for t in (catalog.tool(f.tool) for f in catalog.framework.flow_distinction.tools) if t is not None]
    examples = [f"what's {platform.name.lower()}?"]
    if len(pair) == 2:
        examples.append(f"{pair[0].name.lower()} or {pair[1].name.lower()}?")
    if tag:
        examples.append(f"what should we use for {tag.name}?")
    if cloud:
        examples.append(f"we're on {cloud.id.upper() if len(cloud.id) <= 4 else cloud.name}, which ML platform?")
    examples.append(f"what's on {catalog.rings[1].name.lower()}?")
    if len(flows) >= 2:
        examples.append(f"how do I tell {', '.join(flows[:-1])} and {flows[-1]} apart?")
    examples.append("should we build our own platform?")
    return tuple(examples)


@dataclass(frozen=True)
class Capabilities(NamesNoTool):
    """A greeting or a request for help: what the bot can do, with examples."""

    examples: tuple[str, ...] = ()
    commands: bool = False  # asked how to do something only a command does: the command list answers


@dataclass(frozen=True)
class Unknown(NamesNoTool):
    """A question the radar cannot place: what was not understood, close names, what to ask instead."""

    name: str
    reason: str  # "name": an unknown tool name; "reference": 'it' with nothing to refer to; "": off-topic
    suggestions: tuple[Tool, ...] = ()
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class SmallTalk(NamesNoTool):
    """A greeting, thanks or chit-chat: a short friendly word and a pointer to what the bot is for."""

    kind: str  # greeting | thanks | goodbye | chat | offtopic
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Clarification(NamesNoTool):
    """One short question when a deciding fact is missing or a name is shared, with the answers as buttons."""

    question: str
    options: tuple[Option, ...] = ()

    @property
    def tool_ids(self) -> list[str]:
        """The tools its buttons offer ("which Cortex?"): the message names them, and the thread remembers them."""
        return [o.tool for o in self.options if o.tool]


@dataclass(frozen=True)
class ToolFact:
    """One fact about a tool a follow-up asked for ("is it open source?", "who makes it?")."""

    placed: Placed
    fact: str  # team | license | maker | hosting | since | link
    text: str
    hosts: tuple[Placed, ...] = ()  # (for hosting: the services that run it for you)

    @property
    def tool_ids(self) -> list[str]:
        return [self.placed.tool.id, *(p.tool.id for p in self.hosts)]


@dataclass(frozen=True)
class Chosen:
    """The tools a thread has shown that answer a follow-up's ask ("which one can we self-host?"), best first,
    and those the ask ruled out."""

    placed: tuple[Placed, ...]
    ruled_out: tuple[Placed, ...]
    beyond_shown: bool = False  # none shown answers the ask: these are the thread need's other candidates

    @property
    def tool_ids(self) -> list[str]:
        return [p.tool.id for p in self.placed]


@dataclass(frozen=True)
class Placement:
    """Why tools sit in their rings: the reason, the category's default, what to do about it."""

    cards: tuple[ToolCard, ...]

    @property
    def tool_ids(self) -> list[str]:
        return [c.tool.id for c in self.cards]


@dataclass(frozen=True)
class Reply:
    """An answer, the intent it was given for, and what the thread should remember."""

    answer: object
    intent: Intent
    memory: Memory

    @property
    def unknown_name(self) -> str:
        """The name the radar does not know, when the answer is about one ("" otherwise)."""
        return self.answer.name if isinstance(self.answer, Unknown) and self.answer.reason == "name" else ""

    @property
    def looked_up(self) -> bool:
        """Whether the answer is a tool's card asked for by its name, in a thread or not."""
        return self.intent is Intent.LOOKUP or (self.intent is Intent.FOLLOWUP and isinstance(self.answer, ToolCard))

    @property
    def answer_is_a_name(self) -> bool:
        """Whether the answer is about a name the radar does not know (rather than an unclear reference)."""
        return isinstance(self.answer, Unknown) and self.answer.reason == "name"


# the answers a thread goes on from, and the questions that then go on with it
GOES_ON_FROM = frozenset(
    i.value for i in (Intent.LOOKUP, Intent.COMPARE, Intent.RECOMMEND, Intent.LIST, Intent.CONCEPT, Intent.FOLLOWUP)
)
GOES_ON_WITH = frozenset({Intent.RECOMMEND, Intent.LOOKUP, Intent.LIST, Intent.COMPARE})


class Waiter:
    """Understands a question and answers it from the team's radar. Pure: no Slack, no storage."""

    def __init__(self, catalog: Catalog, index: ToolIndex) -> None:
        self.catalog = catalog
        self.index = index
        self.needs = NeedFinder(catalog)
        self.recommender = Recommender(catalog)
        self.understander = Understander(catalog, index, self.needs, self.recommender)
        self.examples = examples_from(catalog)
        self._hosts_of: dict[str, frozenset[str]] = {}

    def reply(self, radar: Radar, text: str, memory: Memory | None = None) -> Reply:
        memory = memory if memory is not None else Memory()
        # (the thread has had an answer about tools, a job or an idea: what is asked now goes on from there)
        # (not a clarifying question left unanswered: a new question drops it and starts afresh)
        answered_before = (bool(memory) or memory.intent in GOES_ON_FROM) and not memory.asked
        resolved = memory.resolve(text)
        # (a clarifying question answered in words of the person's own, not a button's label: the thread's
        # question, answered now that they told more)
        in_words = resolved is None and bool(memory.pending) and bool(memory.asked)
        if resolved is None and memory.asked and not memory.pending:
            # the reply names the tool the earlier question pointed at: ask that question about it
            named = self.understander.roles(text)
            if len({tool_id for tool_id, _ in named}) == 1 and len(text.split()) <= 6:
                resolved = (
                    memory.asked,
                    Memory((named[0][0],), memory.intent, memory.tags, insists=memory.insists, words=memory.words),
                )
        if resolved is None and memory.pending and len(text.split()) <= NAMED_REPLY_WORDS:
            # "has to stay in our AWS account" after "which cloud?": the reply names one option's tool
            mentioned = {tool_id for tool_id, _ in self.understander.roles(text)}
            picked = [o for o in memory.pending if (t := self.understander.index.exact(o.label)) and t.id in mentioned]
            if len(picked) == 1:
                resolved = memory.resolve(picked[0].label)
        if resolved is None and memory.pending and memory.asked and self._only_a_setting(text):
            # "we're on GCP" after "which orchestration do you mean?": the question asked again, in that setting
            resolved = (f"{memory.asked} {text}", replace(memory, pending=(), asked=""))
        if in_words and resolved is None and ("?" not in text or self._asks_nothing_new(text)):
            # "model monitoring. the classifier in prod on a Vertex endpoint" after "monitoring of what?": the reply
            # told in words of its own, asking nothing else, is read with the question it answers ("we don't have
            # Kubernetes though. what else?" after "where will it run?" asks nothing new either)
            resolved = (f"{memory.asked} {text}", replace(memory, pending=(), asked=""))
        if resolved is not None and not resolved[0] and resolved[1].tools:
            # a shared name, now chosen: that tool's card
            chosen = self.catalog.tool(resolved[1].tools[0])
            if chosen is not None:
                card = radar.card(chosen)
                return Reply(card, Intent.LOOKUP, Memory((chosen.id,), Intent.LOOKUP.value))
        answered = resolved is not None and bool(memory.asked)
        if resolved is not None:
            # the reply (or button) answers the clarifying question: answer the question it refined
            text, memory = resolved
        elif memory.asked:
            memory = replace(memory, pending=(), asked="")  # a new question drops the pending one
        question = self.understander.understand(text, memory)
        if answered and question.intent is Intent.CLARIFY and question.action in ("cloud", "where") and question.need:
            # (one deciding fact asked is enough: the answer to it gets the picks, not a second question)
            question = replace(question, intent=Intent.RECOMMEND, action="need")
        answer, tags = self._answer(radar, question, memory)
        remembered = remember(memory, question, answer, tags)
        intent = question.intent
        if intent is Intent.CLARIFY and isinstance(answer, Recommendation):
            intent = Intent.RECOMMEND  # the team's own cloud answered what would have been asked
        if isinstance(answer, Clarification):
            remembered = replace(remembered, pending=answer.options, asked=question.text)
            intent = Intent.CLARIFY
        elif in_words and resolved is not None and intent in (Intent.RECOMMEND, Intent.LIST, Intent.LOOKUP):
            intent = Intent.FOLLOWUP  # the thread's question, answered now that the person has told more
        elif (
            answered_before
            and resolved is None
            and (
                intent in GOES_ON_WITH
                # (an idea asked after an idea: "ok and what do we do with something in assess?" after the rings)
                or (intent is Intent.CONCEPT and memory.intent == Intent.CONCEPT.value)
            )
        ):
            # ("nice. how would we explain a flag to the admins?" after tools to catch cheaters, "ok so where's
            # dagster?" after the rings: a question asked in a thread is asked of what it already showed)
            intent = Intent.FOLLOWUP
        return Reply(answer, intent, remembered)

    def _asks_nothing_new(self, text: str) -> bool:
        """Whether a reply names no tool but where things run, and no job of its own: whatever it asks, it asks of
        the thread's question."""
        named = [self.catalog.tool(tool_id) for tool_id, _ in self.understander.roles(text)]
        return (
            all(t is not None and is_a_place(t) for t in named) and not self.understander.understand(text).need.strong
        )

    def _only_a_setting(self, text: str) -> bool:
        """Whether a short reply tells only where the person runs things or what they insist on ("we're on GCP",
        "open source only"), asking nothing of its own."""
        if len(text.split()) > SETTING_REPLY_WORDS or "?" in text:
            return False
        named = self.understander.roles(text)
        if named:
            return all(role is Role.STACK for _, role in named)
        return constraints_in(expand_contractions(text.lower())) != Constraints()

    # --- dispatch ------------------------------------------------------------------------------

    def _answer(self, radar: Radar, q: Question, memory: Memory) -> tuple[object, tuple[str, ...]]:
        intent, action = q.intent, q.action
        if intent is Intent.HELP:
            return Capabilities(self.examples, commands=action == "commands"), ()
        if intent is Intent.LOOKUP:
            tool = q.tools[0]
            return (Placement((radar.card(tool),)) if action == "why" else radar.card(tool)), ()
        if intent is Intent.COMPARE:
            return self.compare(radar, list(q.tools)), ()
        if intent is Intent.RECOMMEND:
            if action == "alternatives":
                return self.alternatives(radar, q, q.tools[0], frozenset({q.tools[0].id}))
            # ("managed mlflow anywhere?": the services that run the tool for you lead; others doing its job follow)
            hosts = self._hosts(q.tools[0]) if action == "hosted" else frozenset()
            # tools named as part of the need ("something to run jupyter") are known already, and so are their
            # managed versions when one is to be replaced ("an airflow-like scheduler that is NOT airflow")
            # (unless a managed one is what is asked: "off self-managed airflow, something managed?")
            managed = action == "hosted" or q.situation.constraints.license == "commercial"
            replaced = frozenset(h for t in q.tools for h in self._hosts(t)) if not managed else frozenset()
            recommendation = self.recommender.recommend(
                radar.team,
                q.need,
                q.situation,
                exclude=frozenset(t.id for t in q.tools)
                | _already_run(q.situation)
                | self._lock_in(q)
                | replaced
                | frozenset(memory.refused),
                preferred=hosts,
            )
            which_cloud = self.cloud_decides(recommendation, q)
            if which_cloud is not None:
                return which_cloud, ()
            return recommendation, tuple(m.tag.id for m in q.need.tags)
        if intent is Intent.LIST:
            return self.listing(radar, q), tuple(m.tag.id for m in q.need.tags) if action == "tag" else ()
        if intent is Intent.CONCEPT:
            return self.concept(radar, q), ()
        if intent is Intent.FOLLOWUP:
            return self.followup(radar, q, memory)
        if intent is Intent.SOCIAL:
            return SmallTalk(q.action, self.examples[:2]), ()
        if intent is Intent.CLARIFY and action == "cloud" and adopted_cloud(radar.team, q.situation).cloud is not None:
            # the team adopted one cloud: that is the answer to "which cloud?", no need to ask it
            return self._answer(radar, replace(q, intent=Intent.RECOMMEND, action="need"), memory)
        if intent is Intent.CLARIFY:
            return self.clarify(q), ()
        return self.unknown(q), ()

    def _lock_in(self, q: Question) -> frozenset[str]:
        """A cloud's own services, left out when the person wants nothing that locks them in."""
        return self._cloud_owned if NO_LOCK_IN.search(q.text.lower()) else frozenset()

    @cached_property
    def _category_words(self) -> frozenset[str]:
        """The stems the categories are named in: the kinds of tool the radar knows ("cloud" of "General cloud
        providers"), as against the words of a job ("data quality checks")."""
        return frozenset(stem(w) for c in self.catalog.framework.categories for w in words(c.name.lower()))

    @cached_property
    def _cloud_owned(self) -> frozenset[str]:
        return frozenset(t.id for t in self.catalog.tools if self.recommender.affinity(t))

    def cloud_decides(self, recommendation: Recommendation, q: Question) -> Clarification | None:
        """Picks from different clouds for someone who has not said theirs: the cloud decides, so ask it."""
        if q.situation.cloud is not None or any(self.recommender.cloud_of(t) for t in q.situation.stack):
            return None
        if NO_LOCK_IN.search(q.text.lower()):
            return None  # ("won't lock us in", "cloud-agnostic"): no cloud's own service is wanted
        owners = [self.recommender.affinity(p.placed.tool) for p in recommendation.picks]
        clouds = [c for c in dict.fromkeys(o for o in owners if o) if self.catalog.tool(c) is not None]
        # (two clouds' own ML platforms among the picks when a platform is asked for: which cloud is the choice,
        # whatever the other pick is; a registry or a feature store has answers on every cloud and off them)
        home = self.recommender.home_of(q.need.tags[0].tag.id) if q.need.tags else None
        platform_asked = home is not None and self.catalog.category(home).quadrant in PLATFORM_QUADRANTS
        platforms = {
            o
            for p, o in zip(recommendation.picks, owners, strict=True)
            if o and p.placed.tool.category == VENDOR_PLATFORMS and platform_asked
        }
        if len(clouds) < 2 or (None in owners and len(platforms) < 2):
            return None
        if self.recommender.mostly_clouds([p.placed.tool.id for p in recommendation.picks]):
            return None  # the picks are clouds themselves ("where do we host this?"): which cloud is the answer
        options = tuple(
            Option(cloud.name, f"{q.text} We are on {cloud.name}.", "")
            for cloud in (self.catalog.tool(c) for c in clouds[:3])
            if cloud is not None
        )
        return _which_cloud(options)

    def compare(self, radar: Radar, tools: list[Tool]) -> Answer:
        comparison = radar.compare(tools)
        notes = concepts.flow_notes(radar, tools)
        return replace(comparison, differences=(*comparison.differences, *notes)) if notes else comparison

    def _hosts(self, tool: Tool) -> frozenset[str]:
        """The services that run an open-source tool for you, read once per tool."""
        if tool.id not in self._hosts_of:
            self._hosts_of[tool.id] = frozenset(h.id for h in _hosted_by(self.catalog, tool))
        return self._hosts_of[tool.id]

    def alternatives(
        self, radar: Radar, q: Question, tool: Tool, exclude: frozenset[str], tags: tuple[str, ...] = ()
    ) -> tuple[object, tuple[str, ...]]:
        """Other tools for what a tool does (or for the need the thread was about)."""
        tag_ids = tags or tuple(tool.tags[:2])
        matches = tuple(
            NeedMatch(t, 2.0 - 0.5 * i, frozenset())
            for i, t in enumerate(self.catalog.tag(x) for x in tag_ids)
            if t is not None
        )
        # (by what it does, not by its category: an open-source alternative to DataRobot is an AutoML library, not
        # another all-in-one platform)
        # (what the tool's own description says it does picks the ones most like it among those: Evidently's
        # drift reports find other drift monitors, not LLM tracers that also list monitoring)
        described = frozenset() if tags else described_words(tool)
        need = Need(matches, words=described)
        # (another tool, not the same one run for you: no Astronomer as an alternative to Airflow, unless a managed
        # one is asked for)
        hosts = self._hosts(tool) if q.situation.constraints.license != "commercial" else frozenset()
        # (nor what it runs on: no Kubernetes as an alternative to Kubeflow, though they share a use case; a core that
        # does the tool's own first job, Airflow under Astronomer, stays)
        beneath = (
            frozenset(
                t.id
                for t in self.catalog.tools_named_in(tool.description)
                if t.id != tool.id and t.x < 0 and tool.tags[0] not in t.tags
            )
            if not tags and tool.tags
            else frozenset()
        )
        # (the open-source projects a product runs for you are its open-source equivalent: Spark and Delta Lake for
        # Databricks)
        cores: frozenset[str] = frozenset()
        if not tags and tool.license != "open-source" and q.situation.constraints.license == "open-source":
            cores = frozenset(
                t.id
                for t in self.catalog.tools_named_in(tool.description)
                if t.id != tool.id and t.license == "open-source" and set(t.tags) & set(tool.tags)
            )
        recommendation = self.recommender.recommend(
            radar.team,
            need,
            q.situation,
            exclude=exclude | hosts | beneath,
            instead_of=tool if not tags else None,
            preferred=cores,
        )
        return recommendation, tag_ids

    def underneath(self, radar: Radar, tool: Tool) -> ToolList:
        """What a tool builds on: the software-side tools its description names ("KServe ... on Kubernetes,
        through Knative"), in the order it names them."""
        named = [t for t in self.catalog.tools_named_in(tool.description) if t.id != tool.id and t.x < 0]
        placed = tuple(radar.placed(t) for t in named[:UNDERNEATH_SHOWN])
        if not placed:
            return ToolList(
                f"What {tool.name} builds on",
                f"{tool.name}'s description names no other tool it runs on; `/radar {tool.id}` has its card.",
                (),
            )
        return ToolList(
            f"What {tool.name} builds on",
            f"{tool.name} runs on or with these, as its description tells it:",
            (ToolGroup("Underneath", placed),),
        )

    def choose(self, radar: Radar, q: Question, tools: list[Tool], memory: Memory | None = None) -> Chosen:
        """Among the thread's tools, those the ask allows, ordered by how well their descriptions answer it; when
        none of them meets what is asked, the same among the other candidates for the thread's need."""
        shown, shown_fit = self._allowed(radar, q, tools)
        # ("which of those has a model registry built in?": a use case named in its own words is one they must list;
        # a word that hints at one, "plays nicest with ray, we have a cluster", is no such job)
        job = q.need.tags[0].tag.id if q.need.tags and q.need.tags[0].weight >= WHOLE_PHRASE else None
        doing = [t for t in shown if job in t.tags]
        if doing and len(doing) < len(shown):
            shown, shown_fit = doing, True
        chosen, best = self._best_answering(q, shown)
        ruled_out = tuple(radar.placed(t) for t in tools if t not in shown)
        # what none shown meets may be met beyond them: a setting told ("which of them can we use from R?") or a
        # use case's own phrase ("which one can estimate performance without labels?")
        thread = memory or Memory()
        phrased = q.need.phrased and q.need.tags[0].tag.id in thread.tags
        others, relevance = self._other_candidates(thread, tools) if not shown_fit else ([], {})
        # (what is on Hold is never suggested for new work, here no more than in a recommendation)
        others = [t for t in others if radar.team.ring_of(t).id != "hold"]
        if others:
            wider_allowed, wider_fit = self._allowed(radar, q, others)
            wider, wider_best = self._best_answering(q, wider_allowed)
            # (one that merely names the setting, far down the need's candidates, does not outrank those shown)
            leading = max((relevance.get(t.id, 0.0) for t in tools), default=0.0)
            wider_fit = wider_fit and bool(wider) and relevance.get(wider[0].id, 0.0) >= FIT_BEYOND_SHARE * leading
            if wider and (not chosen or wider_fit or (phrased and best < PHRASE_BEYOND_SHARE * wider_best)):
                return Chosen(tuple(radar.placed(t) for t in wider), ruled_out, beyond_shown=True)
        return Chosen(tuple(radar.placed(t) for t in chosen), ruled_out)

    def _allowed(self, radar: Radar, q: Question, tools: list[Tool]) -> tuple[list[Tool], bool]:
        """The tools that fit the setting told and the ring asked for, and only the free ones when cost is asked;
        and whether they fit a setting the person told (a language, a stack), not only pass its filters."""
        # (how each fits the setting told: what works with the tools named, speaks the language asked for)
        fits = {t.id: self.recommender.fit(t, q.situation) for t in tools}
        # ("which of those are in trial?", "which sit in adopt or trial?")
        wanted_rings = {r.id for r in self.understander.ideas.rings_in(q.text)}
        allowed = [
            t
            for t in tools
            if fits[t.id][0] is not None and (not wanted_rings or radar.team.ring_of(t).id in wanted_rings)
        ]
        # (a cluster named as where they run fits every tool that runs in containers, not only those whose
        # descriptions name it: "which of them runs on AKS?" picks among those shown)
        told = replace(q.situation, stack=tuple(s for s in q.situation.stack if not is_a_place(s)))
        if told.stack != q.situation.stack:
            fits = {t.id: (fits[t.id][0], self.recommender.fit(t, told)[1]) for t in tools}
        fitting = [t for t in allowed if fits[t.id][1]]
        inside = [t for t in fitting if (fits[t.id][0] or 0.0) >= STACK_FIT_KEPT]
        if inside and CONTAINED_IN.search(q.text.lower()):
            # ("which of those is built on postgres?": what extends the tool named, before what only works with it)
            fitting = inside
        if fitting:
            # "which of them can we use from R?": those that fit are the answer, whatever else the words say
            allowed = fitting
        free = [t for t in allowed if t.license == "open-source"]
        if free and COST_ASKED.search(q.text.lower()):
            allowed = free  # "cheapest of those?": no licence to buy is the cheapest start
        return allowed, bool(fitting)

    def _best_answering(self, q: Question, allowed: list[Tool]) -> tuple[list[Tool], float]:
        """Up to three tools whose descriptions answer the ask's words best, with the best score."""
        # (the words that asked for a licence or a place filtered already: "which of them can run on our own
        # workstation?" is answered by the licence, not by descriptions that mention workstations)
        # (nor the names of where they run: "which of those can we self-host on our AKS cluster?" asks nothing of
        # descriptions that mention clusters)
        places = {s for t in q.situation.stack if is_a_place(t) for s in name_stems(t)}
        filters = licence_words(expand_contractions(q.text.lower()))
        # (nor what they want to be rid of: "any of those where we don't drown in yaml?" asks for no YAML tool)
        asked = q.need.words - filters - places - PLACE_STEMS - refused_words(q.text)
        # (the sentence that chooses says what is asked of them, with the scene set before it; those after it tell
        # why: "can any of those run distributed? one ec2 box takes all night" asks for no black-box optimiser)
        choosing = words_up_to_the_choice(q.text)
        scores = self.recommender.described_by(choosing & asked, [t.id for t in allowed])
        # (what it asks may be a filter only, which has chosen already: "any that run fully offline on our own
        # network? the scans contain home addresses")
        if not any(scores.values()) and not (choosing & (filters | places)):
            scores = self.recommender.described_by(asked, [t.id for t in allowed])
        # (stable: among equals, those the setting told suits first, then the thread's order: "which would you pick
        # for a small team?" after Kubeflow and Metaflow)
        suits = {t.id: q.situation.constraints.weigh(t)[0] for t in allowed}
        ranked = sorted(allowed, key=lambda t: (-scores.get(t.id, 0.0), -suits[t.id]))
        best = max(scores.values(), default=0.0)
        # when the ask has words the descriptions answer, only the tools that answer them well are chosen
        return [t for t in ranked if best <= 0 or scores.get(t.id, 0.0) >= CHOSEN_SHARE * best][:3], best

    def _other_candidates(self, thread: Memory, shown: list[Tool]) -> tuple[list[Tool], dict[str, float]]:
        """The thread need's best candidates that the thread has not shown, and every candidate's relevance."""
        tags = tuple(t for t in (self.catalog.tag(i) for i in thread.tags) if t is not None)
        if not tags:
            return [], {}
        # (by its use cases alone: a thread's own words would favour the tools that echo them over those that fit)
        relevance = self.recommender.relevance(need_again(tags))
        seen = {t.id for t in shown}
        ranked = heapq.nsmallest(
            OTHERS_CONSIDERED, (tid for tid in relevance if tid not in seen), key=lambda tid: (-relevance[tid], tid)
        )
        others = [t for t in (self.catalog.tool(tid) for tid in ranked) if t is not None]
        return others, relevance

    def listing(self, radar: Radar, q: Question) -> object:
        if q.action == "recent":
            return recent_decisions(radar)
        constraints = q.situation.constraints
        ring = self.understander.ideas.ring_in(q.text) if q.action != "ring" else None
        if q.action == "ring" and q.ring:
            return self.ring_list(radar, q.ring)
        if q.action == "quadrant" and q.quadrant:
            if constraints == Constraints():
                return radar.quadrant_answer(q.quadrant.id)
            # ("GPU clouds other than the big three": the quadrant's tools, through the filters told)
            inside = [t for t in self.catalog.tools if self.catalog.quadrant_of(t).id == q.quadrant.id]
            return self.grouped_list(radar, q.quadrant.name, inside, q, relation="in")
        # (a filter told reaches the category's tools: "which ML task orchestrators don't need kubernetes?", "big
        # data services, azure-compatible ones only")
        unfiltered = constraints.license is None and not constraints.no_kubernetes and q.situation.cloud is None
        if q.action == "category" and q.category and unfiltered and ring is None:
            return radar.category_answer(q.category.id)
        if q.action == "category" and q.category:
            tools = self.catalog.tools_in_category(q.category.id)
            return self.grouped_list(radar, q.category.name, tools, q, relation="in")
        if q.action == "cloud" and q.tools:
            cloud = q.tools[0]
            own = [t for t in self.catalog.tools if t.id != cloud.id and self.recommender.affinity(t) == cloud.id]
            return self.grouped_list(radar, cloud.name, own, q, relation="own")
        if q.action == "with" and q.tools:
            partner = q.tools[0]
            return self.grouped_list(radar, partner.name, self.catalog.tools_naming(partner), q, relation="with")
        if q.action == "language" and q.situation.constraints.language:
            language = q.situation.constraints.language
            return self.grouped_list(radar, language, self.recommender.speaking(language), q, relation="with")
        return self.tag_list(radar, q.need, q)

    def ring_list(self, radar: Radar, ring: Ring) -> ToolList:
        """A ring by quadrant, the tools others build on first, short enough for a phone."""
        return radar.ring_list(
            ring,
            RING_LIST_SHOWN,
            choose=lambda tools, most: concepts.best_tools(radar, tools, most),
            more=lambda hidden: (
                f"{hidden} more not shown: `/radar ring {ring.id}` lists more, `/radar category <name>` every tool of "
                "a category."
            ),
        )

    def tag_list(self, radar: Radar, need: Need, q: Question | None = None) -> ToolList:
        """Every tool for a use case, by ring, the first few of each ring shown."""
        tag = need.tags[0].tag
        tools = [t for t in self.catalog.tools if tag.id in t.tags]
        # ("GPU clouds that aren't the big three": of a use case's tools, those of the kind its name is put to, when
        # their descriptions say so; the frameworks that merely use GPUs are not clouds)
        head = kind_after(q.text if q else "", (tag.name, *tag.phrases))
        if head and head in self._category_words:
            of_kind = self.recommender.described_by({head}, [t.id for t in tools])
            kept = [t for t in tools if of_kind.get(t.id, 0.0) > 0]
            if len(kept) >= KIND_KEPT_AT_LEAST:
                tools = kept
        # ("llm tracing tools?": of the use case's tools, those whose descriptions answer the question's own words
        # come first in each ring)
        scores = self.recommender.described_by(need.words, [t.id for t in tools])
        best = max(scores.values(), default=0.0)
        answering = {tid for tid, score in scores.items() if best > 0 and score >= ANSWERING_SHARE * best}
        return self.grouped_list(radar, tag.name, tools, q, answering=answering)

    def grouped_list(
        self,
        radar: Radar,
        topic: str,
        tools: list[Tool],
        q: Question | None,
        relation: str = "for",
        answering: frozenset[str] | set[str] = frozenset(),
    ) -> ToolList:
        """Tools by ring, only those the question's filters allow, the first few of each ring shown. `relation`
        says how they relate to `topic`: tools for a use case, a vendor's own, or tools that work with a language."""
        constraints = q.situation.constraints if q else Constraints()
        # (a use case's list leaves out the tools the question ruled out: "tecton is a non-starter, what other
        # feature stores are there?")
        ruled_out = {t.id for t in q.tools} if q and q.action == "tag" else set()
        # (a cloud ruled out takes its own services with it: "ML platforms, excluding anything Azure")
        ruled_out |= {t.id for t in tools if self.recommender.affinity(t) in ruled_out}
        tools = [t for t in tools if constraints.allows(t) and t.id not in ruled_out]
        # where the person runs things and how they work: another cloud's own tools drop out, those that work with
        # their stack or speak their language come first
        setting = replace(q.situation, persona=None) if q else None
        told = replace(setting, constraints=replace(constraints, license=None)).notes() if setting else []
        fitting: set[str] = set()
        if setting is not None and told:
            fits = {t.id: self.recommender.fit(t, setting) for t in tools}
            tools = [t for t in tools if fits[t.id][0] is not None]
            fitting = {t.id for t in tools if fits[t.id][1]}
            if constraints.within_stack and fitting:
                # ("only the ones that live inside postgres": what works with what they keep to, and only that)
                tools = [t for t in tools if t.id in fitting]
        wanted_rings = self.understander.ideas.rings_in(q.text) if q else ()
        ring_names = " or ".join(r.name for r in wanted_rings)  # "Adopt or Trial"
        none_in_ring = ""
        if wanted_rings:
            ring_ids = {r.id for r in wanted_rings}
            in_wanted = [t for t in tools if radar.team.ring_of(t).id in ring_ids]
            if in_wanted or not tools:
                tools = in_wanted
            else:
                # ("which experiment trackers are in adopt?" when none is: say so, and show where they are)
                none_in_ring = f"None of these is in {ring_names} on the team's radar yet; here is where they sit. "
                wanted_rings = ()
        kind = {"open-source": "open-source ", "commercial": "commercial "}.get(constraints.license or "", "")
        groups = []
        for ring in self.catalog.rings:
            in_ring = [t for t in tools if radar.team.ring_of(t).id == ring.id]
            if in_ring:
                first = concepts.best_tools(radar, [t for t in in_ring if t.id in fitting], TAG_LIST_SHOWN)
                then = [t for t in in_ring if t.id in answering and t.id not in fitting]
                first += concepts.best_tools(radar, then, TAG_LIST_SHOWN - len(first))
                rest = [t for t in in_ring if t.id not in fitting and t.id not in answering]
                shown = first + concepts.best_tools(radar, rest, TAG_LIST_SHOWN - len(first))
                groups.append(ToolGroup(ring.name, shown, len(in_ring) - len(shown)))
        hidden = sum(g.hidden for g in groups)
        where = f" on {ring_names}" if wanted_rings else ""
        possessive = f"{topic}'" if topic.endswith("s") else f"{topic}'s"  # "Amazon Web Services' own tools"
        title, verb = {
            "own": (f"{possessive} own {kind}tools", f"belong to {topic}"),
            "with": (f"{kind.capitalize() or ''}Tools that work with {topic}", f"work with {topic}"),
            "in": (f"{kind.capitalize() or ''}{topic}", f"are in {topic}"),
        }.get(relation, (f"{kind.capitalize() or ''}Tools for {topic}", f"are used for {topic}"))
        hint = ""
        if hidden:
            hint = (
                f"{hidden} more not shown; ask for a recommendation (“what should we use for {topic}?”) or see "
                "`/radar category <name>` for the full list."
                if relation == "for"
                else f"{hidden} more not shown; `/radar category {topic}` lists every one."
                if relation == "in"
                else f"{hidden} more not shown; `/radar <tool>` explains any of them."
            )
        fit_first = f" Since {' and '.join(told)}, those that fit come first." if told else ""
        return ToolList(
            f"{title}{where}",
            f"{none_in_ring}{len(tools)} {kind}tools on the radar {verb}{where}, the team's better rings first."
            f"{fit_first}",
            tuple(groups),
            hint,
        )

    def concept(self, radar: Radar, q: Question) -> object:
        action = q.action
        if action == "rings":
            return radar.rings_overview()
        if action.startswith("ring:"):
            return concepts.ring_concept(radar, self.catalog.ring(action.split(":", 1)[1]))
        if action == "axes":
            return radar.quadrants_overview()
        if action == "personas":
            return concepts.personas(radar, q.persona)
        if action == "build_vs_buy":
            return concepts.build_vs_buy(radar)
        if action == "flow":
            return concepts.flow(radar)
        if action == "signals":
            return concepts.signals(radar)
        if action.startswith("note:"):
            return concepts.note(action.split(":", 1)[1])
        if action.startswith("categories:"):
            named = [self.catalog.category(c) for c in action.split(":", 1)[1].split(",")]
            return concepts.categories_note(radar, [c for c in named if c is not None])
        if action.startswith("category:"):
            return concepts.category_note(radar, self.catalog.category(action.split(":", 1)[1]))
        if action.startswith("quadrant:"):
            return concepts.quadrant_note(radar, self.catalog.quadrant(action.split(":", 1)[1]))
        return concepts.lifecycle(radar)

    def followup(self, radar: Radar, q: Question, memory: Memory) -> tuple[object, tuple[str, ...]]:
        tools = list(q.tools)
        if q.action.startswith("fact:") and tools:
            vendor = self.catalog.tool(self.recommender.affinity(tools[0]) or "")
            maker = vendor.name if vendor is not None and vendor.id != tools[0].id else ""
            return tool_fact(radar, tools[0], q.action.split(":", 1)[1], maker), ()
        if q.action == "compare" and len(tools) >= 2:
            return self.compare(radar, tools), ()
        if q.action == "need":
            # (what the follow-up refused, "not airflow please", is no pick)
            refused = frozenset(t.id for t in q.tools if t not in q.situation.stack) | frozenset(memory.refused)
            recommendation = self.recommender.recommend(
                radar.team, q.need, q.situation, exclude=_already_run(q.situation) | refused
            )
            return recommendation, tuple(m.tag.id for m in q.need.tags)
        if q.action == "alternatives" and tools:
            tags = memory.tags
            # after a recommendation, "what else?" means beyond the picks already explained
            shown = memory.tools[:3] if memory.intent == Intent.RECOMMEND.value else memory.tools[:1]
            excluded = frozenset(shown) | {t.id for t in tools} | frozenset(memory.refused)
            return self.alternatives(radar, q, tools[0], excluded, tags)
        if q.action == "list" and q.need.tags:
            return self.tag_list(radar, q.need, q), tuple(m.tag.id for m in q.need.tags)
        if q.action == "ring" and q.ring is not None:
            return self.ring_list(radar, q.ring), ()
        if q.action == "category" and q.category is not None:
            return self.listing(radar, q), ()
        if q.action == "depends" and tools:
            return self.underneath(radar, tools[0]), ()
        if q.action == "why" and tools:
            return Placement(tuple(radar.card(t) for t in tools[:3])), ()
        if q.action == "which" and tools:
            return self.choose(radar, q, tools, memory), ()
        if tools:
            return radar.card(tools[0]), ()
        return Unknown("", "reference", (), self.examples), ()

    def clarify(self, q: Question) -> Clarification:
        if q.action == "name":
            names = _in_words([o.label for o in q.options])
            return Clarification(f"“{q.unknown}” could be {names}. Which one do you mean?", q.options)
        if q.action == "cloud":
            return _which_cloud(q.options)
        if q.action == "where":
            places = _in_words([_in_a_sentence(o.label) for o in q.options])
            return Clarification(f"Where will it run: {places}? The best pick depends on it.", q.options)
        if q.action == "need" and q.options:
            lowered = [_in_a_sentence(o.label) for o in q.options]
            return Clarification(f"Which of these do you mean: {_in_words(lowered)}?", q.options)
        if q.action == "purpose":
            return Clarification(
                "What is it for? Pick one of the common needs below, or tell me in a few words what you want to do.",
                q.options,
            )
        if q.options:
            return Clarification("Which one do you mean? I'm not sure which tool you mean yet.", q.options)
        return Clarification(
            "I'm not sure which tool you mean: nothing has been discussed in this thread yet (or it was too long "
            "ago). Which tool is it? Reply with its name and I'll answer.",
            (),
        )

    def unknown(self, q: Question) -> Unknown:
        suggestions = tuple(t for t in q.suggestions if _close(q.unknown, t) >= SUGGESTION_CLOSENESS)
        return Unknown(q.unknown, q.action, suggestions, self.examples)


# the words of a place things run, said beside its name: "on our AKS cluster", "our k8s"
PLACE_STEMS = frozenset(stem(w) for w in ("cluster", "clusters", "k8s", "kubernetes", "server", "servers"))
PLATFORM_QUADRANTS = frozenset({"ml-platforms", "cloud-platforms"})  # where the all-in-one choices live
ANSWERING_SHARE = 0.6  # a description scoring this share of the best answers a list's own words


def name_stems(tool: Tool) -> frozenset[str]:
    """The stems of the words of a tool's name and aliases."""
    return frozenset(stem(w) for n in (tool.name, *tool.aliases) for w in words(n))


def described_words(tool: Tool) -> frozenset[str]:
    """The stems of what a tool's description says it does, without its own name's words."""
    return frozenset(stem(w) for w in words(tool.description) if w not in STOP_WORDS) - name_stems(tool)


def recent_decisions(radar: Radar) -> ToolList:
    """What changed on the team's radar, newest first: the tools placed, moved or retired since the starter set."""
    moves = sorted(
        (m for m in radar.team.latest_moves.values() if m.by != STARTER and m.changes_ring),
        key=lambda m: m.decided_at,
        reverse=True,
    )
    tools = [(m, t) for m in moves if (t := radar.team.tool(m.tool_id)) is not None][:RECENT_SHOWN]
    if not tools:
        return ToolList(
            "What changed on our radar",
            "Nothing yet: the radar is still its starter set. `/radar propose <tool> <ring> <why>` puts a tool to the "
            "team's vote.",
            (),
        )
    rings: dict[str, str] = {str(r.id): r.name for r in radar.catalog.rings}

    def told(move: RingMove, tool: Tool) -> str:
        frm, to = rings.get(move.from_ring, move.from_ring), rings.get(move.to_ring, move.to_ring)
        what = {"placed": f"placed in {to}", "retired": f"retired from {frm}"}.get(move.what, f"{frm} → {to}")
        return f"{tool.name} ({what}, {move.decided_at:%Y-%m-%d})"

    said = [told(m, t) for m, t in tools]
    intro = "The team's latest decisions, newest first: " + "; ".join(said) + ". `/radar history <tool>` has the votes."
    group = ToolGroup("Latest decisions", tuple(radar.placed(t) for _, t in tools))
    return ToolList("What changed on our radar", intro, (group,))


RECENT_SHOWN = 8


def _in_words(labels: list[str]) -> str:
    """The choices of a question said in words ("AWS, GCP or Azure"): a console or a notification shows no buttons."""
    return ", ".join(labels[:-1]) + f" or {labels[-1]}" if len(labels) > 1 else "".join(labels)


def _which_cloud(options: tuple[Option, ...]) -> Clarification:
    choices = f" ({_in_words([o.label for o in options])})" if options else ""
    return Clarification(f"Which cloud are you on{choices}? The best pick depends on it.", options)


def _hosted_by(catalog: Catalog, tool: Tool) -> list[Tool]:
    """The commercial tools whose descriptions say they run this one for you ("a managed Airflow service")."""
    names = [n for n in (tool.name, *tool.aliases) if len(n) >= 3]
    return [
        other
        for other in catalog.tools
        if other.id != tool.id
        and other.license != "open-source"
        and other.category != IN_HOUSE_PLATFORMS
        # (a description that never names it is passed over before any pattern is tried: most of them)
        and any(name in other.description for name in names)
        and any(
            re.search(rf"\b(managed|hosted|serverless|cloud)\b[^.]{{0,60}}(?<![\w-]){re.escape(name)}(?!\w)", sentence)
            or re.search(rf"(?<![\w-]){re.escape(name)}(?!\w)[^.]{{0,30}}\b(as a service|in the cloud)\b", sentence)
            for sentence in re.split(r"(?<=\.)\s+", other.description)
            for name in names
        )
    ][:HOSTS_SHOWN]


HOSTS_SHOWN = 4
REMEMBERED_WORDS = 40  # stems of the words a thread's need was told in, kept for its follow-ups
NAMED_REPLY_WORDS = 12  # a reply this short naming one option's tool answers the clarifying question
SETTING_REPLY_WORDS = 8  # a reply this short telling only a setting asks the pending question again in it


def tool_fact(radar: Radar, tool: Tool, fact: str, vendor: str = "") -> ToolFact:
    """The answer to one question about a tool, from its catalog entry, with its ring for context (`vendor`: the
    cloud or company whose product it is, when its code lives nowhere public: Google Cloud for Vertex AI)."""
    ring = radar.team.ring_of(tool)
    owner = _repo_owner(tool) or vendor
    if fact == "license":
        kind = "open source" if tool.license == "open-source" else "a commercial product"
        source = f" Source: {tool.repo}." if tool.repo else ""
        text = f"{tool.name} is {kind}.{source}"
    elif fact == "maker":
        text = (
            f"{tool.name} comes from {owner} (see {tool.homepage})." if owner else f"{tool.name}: see {tool.homepage}."
        )
    elif fact == "hosting":
        kind = "open source, so you can run it yourself" if tool.license == "open-source" else "a commercial product"
        said = [
            sentence
            for sentence in re.split(r"(?<=\.)\s+", tool.description)
            if re.search(r"\b(managed|hosted|cloud|SaaS|self-host\w*|on[- ]prem\w*)\b", sentence, re.IGNORECASE)
        ]
        hosts = _hosted_by(radar.catalog, tool)
        offered = f" Run for you by: {_in_words([h.name for h in hosts])}." if hosts else ""
        text = f"{tool.name} is {kind}. " + (said[0] if said else "Its catalog entry names no managed offering.")
        return ToolFact(
            radar.placed(tool),
            fact,
            f"{text}{offered} On the team's radar it is in {ring.name}.",
            tuple(radar.placed(h) for h in hosts),
        )
    elif fact == "since":
        text = f"{tool.name} has been around since {tool.since}."
    elif fact == "team":
        entry = radar.team.entry(tool)
        if entry is None:
            return ToolFact(
                radar.placed(tool),
                fact,
                f"{tool.name} is not on the team's radar yet: nobody owns it and it has never moved. Its ring, "
                f"{ring.name}, is the framework's default; propose it (`/radar propose {tool.id}`) for a vote.",
            )
        # (the starter set's entries belong to no one until the team votes on them)
        owner_said = f"owned by {entry.owner}" if entry.owner and entry.owner != STARTER else "with no owner yet"
        moved = entry.placed_at.date().isoformat()
        confirmed = entry.confirmed_at.date().isoformat()
        last = f", last confirmed {confirmed}" if confirmed != moved else ""
        note = f" Why: {entry.note.rstrip('.')}." if entry.note else ""
        text = f"{tool.name} is on the team's radar {owner_said}, placed in {ring.name} on {moved}{last}.{note}"
        return ToolFact(radar.placed(tool), fact, f"{text} `/radar history {tool.id}` shows every move.")
    else:
        text = f"{tool.name}: {tool.homepage}" + (f" · code: {tool.repo}" if tool.repo else "")
    return ToolFact(radar.placed(tool), fact, f"{text} On the team's radar it is in {ring.name}.")


def _repo_owner(tool: Tool) -> str:
    """Who publishes a tool, read from its repository's address (github.com/<owner>/...)."""
    if not tool.repo:
        return ""
    parts = str(tool.repo).rstrip("/").split("/")
    return parts[3] if len(parts) > 3 else ""


def remember(memory: Memory, question: Question, answer: object, tags: tuple[str, ...]) -> Memory:
    """What the thread should know next time: the tools just discussed, in the order they were named, and
    everything the person has insisted on so far."""
    insists = question.situation.constraints.as_tags()
    # (a tool ruled out, or left for something else, stays out of the thread's later picks)
    # ("alternatives to airflow" leaves it; "what else?" after its card does not)
    leaving = question.action == "alternatives" and question.intent is Intent.RECOMMEND
    refusing = question.action == "need" and question.intent is Intent.FOLLOWUP
    ruled_out = tuple(t.id for t in question.tools) if leaving or refusing else ()
    refused = tuple(dict.fromkeys((*memory.refused, *ruled_out)))[:REMEMBERED_TOOLS]
    remembered = replace(_remembered_tools(memory, question, answer, tags), insists=insists, refused=refused)
    if question.intent is Intent.LIST and question.action == "ring" and question.ring is not None:
        # a ring's list, like a ring explained, is there for "anything in there worth a look?"
        remembered = replace(remembered, idea=f"ring:{question.ring.id}")
    return remembered


def _remembered_tools(memory: Memory, question: Question, answer: object, tags: tuple[str, ...]) -> Memory:
    tool_ids = tuple(getattr(answer, "tool_ids", []))
    if isinstance(answer, Recommendation):
        tool_ids = (*tool_ids, *(p.tool.id for p in answer.more))
    if not tags and question.intent is Intent.LOOKUP and question.need.phrased:
        tags = tuple(m.tag.id for m in question.need.tags if m.weight >= 1)[:2]  # "kubeflow for our pipelines"
    told = tuple(t.id for t in question.situation.stack)
    if not tool_ids and not memory and question.intent is Intent.SOCIAL and told:
        # (a choice told with thanks, "we went with feast for the features, thanks!", leaves the tool chosen in reach
        # for "next problem in the same project: ...")
        return Memory(told[:REMEMBERED_TOOLS], question.intent.value, tags)
    if not tool_ids:
        # an idea or a greeting in between does not make the thread forget its tools; a ring explained is kept
        # for "which tools are in it?"
        idea = question.action if question.intent is Intent.CONCEPT and question.action.startswith("ring:") else ""
        if memory:
            return replace(memory, idea=idea) if idea else memory
        return Memory(intent=question.intent.value, tags=tags, idea=idea)
    if not tags and memory and set(tool_ids) <= set(memory.tools):
        # a closer look at some of the tools just discussed: they come first, the rest stay in reach
        rest = tuple(t for t in memory.tools if t not in tool_ids)
        return Memory((*tool_ids, *rest)[:REMEMBERED_TOOLS], memory.intent, memory.tags, words=memory.words)
    # a follow-up answered with picks leaves picks behind: "what else?" then means beyond them
    intent = Intent.RECOMMEND if isinstance(answer, Recommendation) else question.intent
    # (the words a need was told in go on with its use cases; a tool's own card has none to carry)
    told = tuple(sorted(question.need.words))[:REMEMBERED_WORDS] if tags and question.need.tags else ()
    most = REMEMBERED_LISTED if intent is Intent.LIST else REMEMBERED_TOOLS
    return Memory(tool_ids[:most], intent.value, tags, words=told)


def _close(name: str, tool: Tool) -> float:
    key = normalise(name)
    return max(
        (difflib.SequenceMatcher(None, key, normalise(n)).ratio() for n in (tool.id, tool.name, *tool.aliases)),
        default=0.0,
    )


def _already_run(situation: Situation) -> frozenset[str]:
    """Tools the person already runs are no pick for their need ("we already use Optuna; now spread the trials"),
    unless they would rather not run anything beside them, when the best answer may be what they have."""
    if situation.constraints.within_stack:
        return frozenset()
    return frozenset(
        t.id
        for t in situation.stack
        if (situation.cloud is None or t.id != situation.cloud.id) and t not in situation.targets
    )


def _in_a_sentence(label: str) -> str:
    """A button's label as written inside a sentence: an acronym keeps its capitals ("LLM or RAG answers"), "A
    trained model" does not."""
    return label if _acronym_first(label) else label[:1].lower() + label[1:]


def _acronym_first(label: str) -> bool:
    first = label.split()[0] if label.split() else ""
    return len(first) > 1 and first.isupper()


# an ask for what runs inside a tool they have: "built on postgres", "a dbt package", "lives inside our dbt project"
CONTAINED_IN = re.compile(
    r"\b(built (on|into|in)|on top of|inside|within|extensions?|plugins?|plug-ins?|add-ons?|lives? in|part of)\b"
)
SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n+")


def words_up_to_the_choice(text: str) -> frozenset[str]:
    """The stems up to the end of the sentence that chooses among the tools shown, when sentences follow it; none
    when no sentence chooses or the one that does ends the message."""
    sentences = [s.strip() for s in SENTENCE_END.split(expand_contractions(text.lower())) if s.strip()]
    choosing = next((i for i, s in enumerate(sentences) if WHICH_OF_THEM.search(s)), len(sentences) - 1)
    if choosing == len(sentences) - 1:
        return frozenset()
    return frozenset(stem(w) for s in sentences[: choosing + 1] for w in words(s))


REFUSING_WORDS = frozenset({"not", "no", "without", "never", "nor", "zero"})
REFUSED_REACH = 3  # words after a refusal that are what is refused: "don't drown in yaml", "no spark cluster"


def refused_words(text: str) -> frozenset[str]:
    """The stems of what a message refuses: the words after "not", "no" or "without", up to the clause's end."""
    toks = tokens(expand_contractions(text))
    refused: set[str] = set()
    for i, tok in enumerate(toks):
        if tok.low not in REFUSING_WORDS:
            continue
        for after in toks[i + 1 : i + 1 + REFUSED_REACH]:
            if after.clause_start:
                break
            if after.low not in STOP_WORDS:
                refused.add(after.stem)
            if after.ends_sentence:
                break
    return frozenset(refused)


# what a use case's name may be put to that tells no kind apart: "feature store tools", "GPU providers"
ANY_KIND = KIND_NOUNS | {
    "things",
    "alternatives",
    "ones",
    "recs",
    "recommendations",
    "suggestions",
    "ideas",
    "picks",
    "choices",
    "software",
}
KIND_KEPT_AT_LEAST = 3  # tools of the kind named, at fewest, for the list to keep to them


def kind_after(text: str, phrases: tuple[str, ...]) -> str:
    """The stem of the plural noun written right after a use case's name ("GPU clouds"); empty when none follows or
    it could be any kind ("GPU tools", "GPU providers")."""
    low = expand_contractions(text.lower())
    for phrase in sorted(phrases, key=len, reverse=True):
        found = re.search(rf"(?<![\w-]){re.escape(phrase.lower())}[ -](\w+)", low)
        if found and found.group(1).endswith("s") and len(found.group(1)) > 3 and found.group(1) not in ANY_KIND:
            return stem(found.group(1))
    return ""
