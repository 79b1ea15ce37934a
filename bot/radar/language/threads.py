"""Reading a message as the next turn of a thread: a new setting, the thread's need again, a follow-up on what
it showed."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from bot.radar.language.cues import (
    ADDING,
    ADDING_FIRST,
    ALSO_NEEDED,
    ASK_FOR_TOOL,
    CHANGES_PICK,
    CHOICE_AMONG_COMPARED,
    CLOUD_OPTION,
    COMPARE_CUE,
    COST_ASKED,
    DECIDE_CUE,
    DECIDED_ON,
    DEPENDS_ON,
    EACH_RING_ASKED,
    EDITION_ASKED,
    EQUIVALENT_CUE,
    FEATURE_ASKED,
    FEATURE_REACH,
    FIT_JUDGED,
    FORGOT_TO_SAY,
    JOB_NARROWED,
    KIND_PICK_ASKED,
    LIGHTER_CUE,
    LOOKUP_FRAME,
    MODIFIED_NOUNS,
    MORE_CUE,
    MOST_CHOSEN_FROM,
    NEEDING,
    NEGATORS,
    NEXT_NEED,
    NEXT_STEP,
    OPINION_ASKED,
    ORDINAL_REF,
    ORDINALS,
    OTHER_REF,
    PAIRED_WITH,
    PICK_CUE,
    PLURAL_REF,
    RANKING_ASK,
    RATHER_NOT,
    SETTING_ADDED,
    SETTING_AGAIN,
    SETTING_STATED,
    SETTING_TOLD,
    SETTING_WORDS,
    SINGLE_REF,
    SOMETHING_THAT,
    STAYING_ON,
    STRICT_COMPARE_CUE,
    SWITCHING,
    TAKEN_BACK,
    TASK_DONE_IN,
    THE_OTHER_ONE,
    WHICH_OF_THEM,
    WHY_CUE,
    WORKS_WITH_NEXT,
)
from bot.radar.language.lookup import (
    is_common_word,
    is_ordinary_word,
)
from bot.radar.language.mentions import ToolMentions
from bot.radar.language.message import (
    CLAUSE_OR,
    PLACE_TAGS,
    fact_asked,
    introduced_before,
    is_a_place,
    is_asked_about,
    looks_like_a_name,
    named_as_setting,
    named_only_as_where,
    need_again,
    unfilled,
    unique,
    word_at,
)
from bot.radar.language.question import (
    Intent,
    Memory,
    Mention,
    Option,
    Question,
    Role,
)
from bot.radar.language.reading import INSTEAD_WORDS, LANGUAGE_TOOLS, Reading
from bot.radar.language.recommend import (
    HEAD_WEIGHT,
    Constraints,
    Need,
    NeedMatch,
    Situation,
    constraints_in,
    persona_named,
)
from bot.radar.language.retrieval import QUESTION_WORDS
from bot.radar.language.text import STOP_WORDS, Token, stem, tokens, words
from bot.radar.models import Category, Tag, Tool

# a tool asked about against what the thread compared: "where does neptune fit in", "how does it stack up"
WEIGHED_AGAINST = re.compile(r"\b(fit|fits|sit|sits|comparison|stack up|stacks up|next to|compared)\b")
# the thread's tool put somewhere: "could we run it on a vm in azure", "can we host that on gke"
PLACED_IT = re.compile(r"\b(run|host|deploy|put|use|install|self host|operate) (it|this|that|them)\b")
# why a tool was not the pick: "why not airflow?", "why not just use mlflow?"
WHY_NOT = re.compile(r"^(but |and |so )?why (not|no)\b")
# the thread's question asked again in a new setting: "what then?", "what now?", "what do we do then?"
WHAT_THEN = re.compile(
    r"\b(what|which|how) (then|now|instead)\b|\bwhat (do|should|would) (we|i|you) (do|use|pick) then\b"
)
# what comes after the thread's tools: "if we outgrow both?", "something beyond those two"
OUTGROWN = re.compile(
    r"\b(outgrow|outgrows|outgrew|outgrown|outgrowing|beyond|bigger than|past) (both|them|those|these|either|all of "
    r"them|the two|those two|these two)\b"
)
# the thread's question asked again for another place: "what about on the macbooks?", "and in the browser?"
PLACE_AGAIN = re.compile(
    r"^((ok|okay|so|and|but|hmm)\b[ ,]*)*((what|how) about|and) (on|in|inside|from|offline)\b|"
    # ("what about text?" after image labelling: the same job, for something else)
    r"^((ok|okay|so|and|but|hmm)\b[ ,]*)*(what|how) about (for )?(\w+ ?){1,3}\W*$"
)
# use cases that are what a job runs on rather than a job done
RUNS_ON_NEEDS = frozenset({"gpu-compute", "containers", "cluster-orchestration"})
# words that give up what follows: "what if we skip GPUs entirely"
GIVEN_UP = frozenset({"skip", "skipping", "without", "no", "not", "drop", "dropping", "ditch", "avoid"})
# the thread's question asked again where the person now is: "what would it be there?", "and there?"
THERE_ASKED = re.compile(
    r"\b(what|which)( \w+){0,3} (would|should|could|will) (it|that|we use|we pick) be there\b|\bthere\W*$"
)
# the thread's tool weighed again in a new setting: "still worth it?", "would it still make sense?"
STILL_WORTH = re.compile(r"\bstill (worth|good|ok|okay|fine|viable|a good (idea|fit|choice)|make sense|makes sense)\b")
# a tool asked for by where or what it would be: "where do we version the labeled dataset?"
# the project's next job told at length, then asked for: "next step is running the winning model as a nightly batch
# ... what for that part?"
NEXT_JOB_TOLD = re.compile(r"\bnext (step|thing|job|problem|piece|part|up) (is|will be|would be)\b")
NEW_TOOL_ASKED = re.compile(r"\b(what|where|which|how) (do|should|can|could|would) (we|i)\b")
# words said in passing that tell nothing of a setting: "btw", "fyi"
ASIDE_STEMS = frozenset({"btw", "fyi", "also", "actually", "sorry", "oh", "ok", "okay"})
# the ones of a list, picked out by what they are: "only the azure ones", "just the open source ones"
ONES_OF_THE_LIST = re.compile(r"\b(the|those) (\w+ ){1,2}ones\b")
# use cases that name a kind of data or model rather than a job done with it
DATA_KINDS = frozenset(
    {"nlp", "computer-vision", "time-series", "speech-audio", "tabular-ml", "graph-ml", "llm-ops", "agents"}
)
REQUIRED = re.compile(r"\b(has to|have to|must|needs? to|only|required|requirement|forgot to say)\b")
RESTATED_WORDS = 16  # a follow-up that only adds a constraint or a setting is short
# answers that showed several picks for the thread's job
PICKS_SHOWN = frozenset({Intent.RECOMMEND.value, Intent.LIST.value, Intent.FOLLOWUP.value})
KIND_CARRIED_WEIGHT = 1.0  # the thread's kind of model or data, beside a new job asked: what the job is done to
FIT_JUDGED_WORDS = 12  # a judgement of the thread's tool for a setting is short
# the thread's tool asked to be told apart from a new one: "is that the same as mlflow?", "isn't it just dvc?"
SAME_AS = re.compile(
    r"\b(the same (thing |tool |ring |quadrant |category |kind of tool )?as|just (a |an )?(rebranded |renamed )?\w+ "
    r"(with|under)|mix (them|it) up|"
    r"mixes (them|it) up|confused with|confuse (it|them) with)\b"
)
# another tool asked for, not a fact of the one shown: "is there an open source one?", "anything managed that does the
# same?", "what if we'd rather pay someone to run it?" (not "is it open source?")
ANOTHER_ASKED = re.compile(
    r"\b(is there|are there|any|got) (an?|any|some)? ?([\w-]+ ){0,3}(one|ones|tool|tools|equivalent)\b|"
    r"\b(does|do) (roughly |basically |much )?the same\b|\bwhat if we (would )?rather\b|"
    r"\bpay (someone|somebody|a vendor|a company|them) to\b"
)
# another option asked for: "is there an open source option that covers most of it?"
OPTION_ASKED = re.compile(
    r"\b(is there|are there|any) (an? )?([\w-]+ ){0,3}(option|alternative|substitute)s?\b|"
    r"\bother( [\w-]+){0,2} (options?|alternatives?|choices?|ones)\b|"
    # ("we'd rather not pay, what's the OSS answer?", "anything python-native?")
    r"\b(what is|whats|what s) the ([\w-]+ ){1,2}(answer|option|route|pick|choice|way)\b|"
    r"\b(anything|something) ([\w-]+ )?(native|first|friendly|based)\b"
)
# every tool the thread showed refused: "none of those work for us", "neither, anything else?"
NONE_OF_THOSE = re.compile(
    r"\b(none of (those|them|these|the above|your picks)|neither( of (those|them|these))?|not "
    r"(those|these) (ones|tools)?)\b"
)
# what a tool named as the base of others is called: "which of those is just a postgres extension?"
EXTENDING_WORDS = frozenset({"extension", "extensions", "plugin", "plugins", "addon", "addons"})
# where the one just named sits: "where does that sit?", "what ring would that be?"
PLACEMENT_OF_IT = re.compile(
    r"\bwhere (does|do|would|will) (that|it|this|they|those) (one )?(sit|sits|fit|fits|land|stand|go)\b|\bwhat ring "
    r"(is|would|does) (that|it|this)\b"
)
# the first few tools of a thread's answer: "compare the first two", "the top 3"
FIRST_FEW = re.compile(r"\b(first|top) (two|2|three|3|four|4|five|5)\b")
FEW = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}
# the thread's job asked again for another model, described at will: "and for the fine-tuned BERT classifier?"
ANOTHER_MODEL_ASKED = re.compile(
    r"^(and|what about|how about|and what about|same|the same)( for| with)? (the|our|a|that|this)( [\w-]+){0,5} "
    r"(model|models|classifier|classifiers|detector|detectors|network|regressor|forecaster|ranker)\W*$"
)
# what a job is done to, swapped in a follow-up: "and for models?" after data versioning
OBJECTS_OF_A_JOB = frozenset({"model", "models", "data", "dataset", "datasets", "llm", "llms"})
SETTING_STATED_WORDS = 20  # a setting stated after a recommendation, asking nothing new, is short
# a question whose subject is "it", the thread's tool: "does it need istio?", "can it run on k8s?"
IT_ASKED = re.compile(
    r"^(so |and |ok |okay |but )*(does|do|can|could|is|will|would|should) (it|that one|this one)\b|"
    # ("who makes it, and would it fall under our GCP agreement?": the fact asked of it, whatever else is named)
    r"^(so |and |ok |okay |but )*(who|which company) (makes|made|builds|built|owns|maintains|is behind|sells) (it|that "
    r"one|this one)\b"
)


def cheapest_first(low: str, tools: tuple[Tool, ...], constraints: Constraints) -> tuple[Tool, ...]:
    """The tools shown, the open-source ones first when the cost is asked ("which is cheapest for 5 annotators?"):
    no licence to buy is the cheapest start, whatever running it costs later; and those that suit the setting told
    before those it weighs down ("which of the two for 10 people with no platform team?")."""
    tools = tuple(sorted(tools, key=lambda t: -constraints.weigh(t)[0]))
    if not COST_ASKED.search(low):
        return tools
    return tuple(sorted(tools, key=lambda t: t.license != "open-source"))


# the category of the thread's tool asked about: "what else sits in that same category?", "others in its category"
SAME_CATEGORY = re.compile(r"\b(same|that|this|its|their|the) (category|categories|bucket)\b")


# a tool shown, pointed at by its maker or a word of its own: "the nvidia one", "which one is from aws?", "the one by
# microsoft" (not by a word any tool could be: "the open source one", "the cheaper one")
DESCRIBED_ONE = re.compile(
    r"\b(the|which|what) (?P<word>(?!(open|other|first|second|third|last|new|old|next|same|right|best|cheap\w*|"
    r"free|managed|hosted|paid|main|only|one|single|simple\w*|light\w*|big\w*|small\w*|top|latest|current)\b)"
    r"[a-z][\w-]+) one\b|"
    r"\b(which|what|the) one (is |was )?(from|by|made by|built by) (?P<word2>[a-z][\w-]+)\b"
)


# the thread's question asked again somewhere else: "same question for the Leuven brewery", "same thing but on-prem"
SAME_ASKED = re.compile(r"\b(same (question|ask|thing|deal|story|exercise) (for|but|again|if|at|on|in)|ditto for)\b")


# what the person's own model or project is made with, told after picks: "it's pytorch", "the model is tensorflow"
ITS_MAKING_TOLD = re.compile(
    r"^((ok|okay|so|oh|and|also|btw|fyi|sorry|forgot to (say|mention)|should have said)\b[ ,]*)*(it s|it is|its|it was|"
    r"(the|our) (\w+ )?(model|models|code|project|app|service|pipeline|classifier|detector) (is|are|s)|"
    r"they re|they are)\b( (all|written|built|trained|done|made))?( (in|on|with))?\b"
)
ITS_MAKING_WORDS = 14  # a setting told of the person's own thing, asking nothing new, is short
# the setting of the thread's question told afterwards, at any length: "for context: it's all parquet in S3, ..."
CONTEXT_TOLD = re.compile(r"((ok|okay|so|and|also|oh)\b[ ,]*)*(for|some|more|a bit of|bit of|quick) context\b")


def points_at_its_stack(low: str, mentions: list[Mention], memory: Memory) -> bool:
    """Whether "that" or "it" points at what the person runs, named just before, and the pick asked must go with it:
    "we already run postgres at every plant, anything that builds on that?" after time-series databases."""
    single = SINGLE_REF.search(low)
    return (
        single is not None
        and bool(re.search(r"\b(on|with|into|onto|to|from|alongside|beside) (that|it)\b", low))
        and any(m.stack and m.end <= word_at(single) and m.tool.id not in memory.tools for m in mentions)
        and bool(re.search(r"\b(anything|something|any|which|what)\b", low))
    )


class ThreadReader(ToolMentions):
    """The steps that read a message against its thread's memory, and the helpers they share with the rest."""

    def _unknown(
        self, toks: list[Token], plain: str, base: dict[str, Any], referenced_without_memory: bool
    ) -> Question:
        """A name the radar does not know, or small talk (read where single messages are read)."""
        raise NotImplementedError

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

    def _platform_kept(self, msg: Reading) -> Question | None:
        """The one tool the person will stay on, which does the thread's job itself: its card, in the thread ("what if
        we just stay on SageMaker endpoints, is that a reasonable choice?" after serving on EKS)."""
        if not msg.memory.tags or len(msg.mentions) != 1 or not STAYING_ON.search(msg.low):
            return None
        mention = msg.mentions[0]
        if mention.role in (Role.REPLACE, Role.COMPARE) or not set(msg.memory.tags) & set(mention.tool.tags):
            return None
        return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(mention.tool,), **msg.base)

    def _thread_jobs(self, memory: Memory, per_tool: int) -> set[str]:
        """The use cases a thread has been about, with the first `per_tool` of each of the first tools it showed."""
        return set(memory.tags) | {g for t in self._thread_tools(memory, 3) for g in t.tags[:per_tool]}

    def _thread_tags(self, memory: Memory) -> tuple[Tag, ...]:
        """The use cases the thread has been about, in the order they mattered."""
        return tuple(t for t in (self.catalog.tag(x) for x in memory.tags) if t is not None)

    def _more_of_the_threads_need(self, msg: Reading) -> Question:
        """The thread's need again, with the words of the message as more of what it must do."""
        told = tuple(t.stem for t in msg.toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS)
        again = need_again(self._thread_tags(msg.memory), (*msg.memory.words, *told))
        return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": again})

    def _thread_tools(self, memory: Memory, most: int | None = None) -> tuple[Tool, ...]:
        """The tools the thread has shown, in order, the first `most` of them."""
        return tuple(t for t in (self.catalog.tool(i) for i in memory.tools[:most]) if t is not None)

    def _referenced(self, low: str, memory: Memory) -> list[Tool]:
        if not memory.tools:
            return []
        remembered = list(self._thread_tools(memory))
        if not remembered:
            return []
        few = FIRST_FEW.search(low)
        if few:
            # "compare the first two", "the top 3 side by side": the first few the thread showed
            return remembered[: FEW.get(few.group(2), len(remembered))]
        ordinal = ORDINAL_REF.search(low)
        if ordinal:
            word = ordinal.group(2) or ordinal.group(5)
            index = ORDINALS.get(
                word or "", {"1": 0, "one": 0, "2": 1, "two": 1, "3": 2, "three": 2}.get(word or "", 0)
            )
            if index < len(remembered):
                return [remembered[index]]
        other = THE_OTHER_ONE.search(low)
        if other and len(remembered) >= 2:
            # "we went with argo cd. anything we should know about the other one?": the one not named now
            named = [t for t in remembered if re.search(rf"\b({re.escape(t.name.lower())}|{re.escape(t.id)})\b", low)]
            # (unless the name says which one it is, right after: "the other one, soda - is it open source?")
            after = low[other.end() :].lstrip(" ,-")
            meant = [t for t in named if after.startswith((t.name.lower(), t.id))]
            if meant:
                return meant[:1]
            others = [t for t in remembered[:2] if t not in named]
            if len(others) == 1:
                return others
        described = DESCRIBED_ONE.search(low)
        if described:
            # "is the nvidia one mature enough?", "which one is from aws?": the one shown whose name, or else whose
            # description, says so, when only one does
            word = re.compile(rf"\b{re.escape(described.group('word') or described.group('word2'))}\b", re.IGNORECASE)
            for field in ("name", "description"):
                meant = [t for t in remembered if word.search(getattr(t, field))]
                if len(meant) == 1:
                    return meant
                if meant:
                    break
        if PLURAL_REF.search(low):
            return remembered[:3]
        if SINGLE_REF.search(low):
            return remembered[:1]
        return []

    @staticmethod
    def _points_next_at_a_shown_tool(low: str) -> bool:
        """ "what about the second one, ...", "and that last one?": the opening asks about a tool the thread showed."""
        opening = NEXT_NEED.search(low)
        if opening is None:
            return False
        rest = low[opening.end() :].lstrip(" ,-")
        return bool(ORDINAL_REF.match(re.sub(r"^(that|this) (?=(first|second|third|last|middle|top)\b)", "", rest)))

    def _bare_followup(self, low: str, subjects: list[Tool], need: Need, asking: str = "") -> bool:
        """Short replies that only make sense in a thread: 'why?', 'what else?', 'and mlflow?'; `asking` is the
        sentence that asks, when a setting is told before it."""
        # ("vs soda? the data engineers say soda is simpler": set against the thread's tool, whatever it tells)
        if subjects and re.match(r"^(vs|versus|compared to|compare with|against)\b", unfilled(low)):
            return True
        n = len(low.split())
        if not subjects and FIT_JUDGED.match(unfilled(low)) and n <= FIT_JUDGED_WORDS:
            return True  # "overkill for a team of 4?" after a card: the thread's tool, judged for a setting
        # ("how does that compare with KNIME, ring-wise and cost-wise?": the thread's tool, pointed at, set against one)
        if len(subjects) == 1 and re.search(
            r"\b(does|do|would|will) (it|that|this|they) (compare|stack up|differ)\b|\b(is|are) (it|that|this|they) "
            r"(any )?(different|better|worse) (from|to|than)\b",
            low,
        ):
            return n <= 24
        # (a passing hint of a need, "with a support contract", leaves "something similar?" a follow-up)
        if need.strong or (need and not MORE_CUE.search(low)):
            return False
        if not subjects and (WHY_CUE.search(low) or MORE_CUE.search(low) or DECIDE_CUE.search(low)) and n <= 8:
            return True
        if not subjects and DECIDE_CUE.search(low) and re.search(r"\bthen\W*$|^(ok|okay|so|right)\b", low) and n <= 16:
            return True  # "which would you pick for a pi zero 2 then?": a pick among the thread's tools, for a setting
        if not subjects and fact_asked(low) and n <= 6:
            return True  # "what's the link?", "pricing?": a fact about the thread's tool
        if not subjects and n <= 12 and EDITION_ASKED.search(low):
            return True  # "is there a typescript version or only C# / python?": an edition of the thread's tool
        if not subjects and n <= 5 and re.search(r"\b(what|which) ring\b|^(ring|status|verdict)\b|\bring\W*$", low):
            return True  # "what ring?" after a card: the thread's tool, placed
        if not subjects and n <= 12 and EACH_RING_ASKED.search(low):
            return True  # "ok and which ring is each in?" after a comparison
        if not subjects and (MORE_CUE.search(low) or re.search(r"\bwhich (one|of (them|those|the two))\b", low)):
            # "which one would be cheaper for a team of 5?", "is there something simpler?", and after a setting told
            # first: "we don't have k8s in that zone yet. what does the same job on plain VMs?"
            return n <= 16 or bool(MORE_CUE.search(asking) and len(asking.split()) <= 12)
        if subjects and COMPARE_CUE.search(low) and n <= 10:
            return True
        return bool(
            subjects
            and re.match(r"^(and|what about|how about|vs|versus|or|compared to|compare with|against)\b", unfilled(low))
        )

    @staticmethod
    def _what_it_is_built_with(msg: Reading) -> bool:
        """ "it's pytorch", "forgot to say, the landmark model is tensorflow/keras" after picks for a job: what the
        person's own thing is built with or runs on, told of it alone."""
        told = ITS_MAKING_TOLD.match(msg.low)
        return (
            told is not None
            and bool(msg.subjects)
            and all(m.start >= len(msg.low[: told.end()].split()) for m in msg.mentions)
            and not any(m.tool.id in msg.memory.tools for m in msg.mentions)
            and len(msg.toks) <= ITS_MAKING_WORDS
        )

    def _listed_category(self, memory: Memory) -> Category | None:
        """The category a list with no use case showed: the one most of its tools are in."""
        if memory.tags or not memory.tools:
            return None
        counts = Counter(t.category for t in (self.catalog.tool(i) for i in memory.tools) if t is not None)
        best = counts.most_common(1)
        return self.catalog.category(best[0][0]) if best and best[0][1] * 2 > len(memory.tools) else None

    @staticmethod
    def _choice_told(msg: Reading) -> bool:
        """Whether the message only tells the tool the team chose, asking nothing: "we set up Feast for the retail
        spend features, thanks for the tip"."""
        return (
            len(msg.stack) == 1
            and not msg.subjects
            and "?" not in msg.cleaned.text
            and not msg.asks_for_tool
            and bool(DECIDED_ON.search(msg.low))
        )

    def _followup(
        self, low: str, memory: Memory, referenced: list[Tool], subjects: list[Tool], base: dict[str, Any]
    ) -> Question:
        remembered = list(self._thread_tools(memory))
        focus = referenced or remembered[:1]
        if DEPENDS_ON.search(low) and (subjects[:1] or focus[:1]) and len(subjects) <= 1:
            # "what does it need underneath?": the tools it builds on
            return Question(intent=Intent.FOLLOWUP, action="depends", tools=tuple((subjects or focus)[:1]), **base)
        fact = fact_asked(low)
        # ("legal says no BSL licences. alternative?": the licence is why, an alternative is what is asked)
        # ("is there an open source alternative we can self-host?": the licence filters, an alternative is asked)
        wants_other = bool(re.search(r"\b(alternatives?|replacements?|substitutes?)\b|\binstead\W*$", low))
        if (
            fact
            and not (subjects and SAME_AS.search(low))
            and (subjects[:1] or focus[:1])
            and len(subjects) <= 1
            and not PLURAL_REF.search(low)
            and not wants_other
        ):
            # "is it open source?", "who makes it?": the answer, not the card again
            # ("does it need istio?": "it" is the thread's tool, the one named is what the question is about it)
            # ("can we self host it on gcp?": the places named are where "it", the thread's tool, would run)
            about_it = bool(focus) and (
                bool(IT_ASKED.match(unfilled(low)))
                or (bool(subjects) and all(is_a_place(t) for t in subjects) and bool(re.search(r"\bit\b", low)))
            )
            asked = focus if about_it else (subjects or focus)
            return Question(intent=Intent.FOLLOWUP, action=f"fact:{fact}", tools=tuple(asked[:1]), **base)
        adding = ADDING_FIRST.match(low)
        # ("could we run it in azure or does it need a cluster?": an "or" opening a clause weighs nothing)
        if subjects and (
            COMPARE_CUE.search(CLAUSE_OR.sub(" ", low))
            or SAME_AS.search(low)
            or (memory.intent == Intent.COMPARE.value and WEIGHED_AGAINST.search(low))
            or adding
            or re.match(r"^(and|what about|how about|vs|versus|or)\b", unfilled(low))
        ):
            # "add dagster to that": everything compared so far, and the new one ("and ClearML?" after a comparison
            # adds it too)
            bare_and = bool(re.match(r"^(and|or)\b", unfilled(low))) and not COMPARE_CUE.search(low)
            if bare_and and memory.intent == Intent.LOOKUP.value:
                # "what ring is Airflow in?" then "and luigi?": the same question about the new one
                return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(subjects[0],), **base)
            # ("and where does neptune fit in that comparison?": a new one weighed against what was compared)
            adding_too = bool(adding) or (
                memory.intent == Intent.COMPARE.value and (bare_and or bool(WEIGHED_AGAINST.search(low)))
            )
            others = remembered[:2] if adding_too else referenced or remembered[:1]
            if subjects[0].id in {t.id for t in others}:
                others = [t for t in remembered if t.id != subjects[0].id][:1]
            family = any(subjects[0].name.lower().startswith(f"{t.name.lower()} ") for t in others)
            if (family or re.match(r"^(what about|how about)\b", unfilled(low))) and not COMPARE_CUE.search(low):
                # "what about dvc?" looks it up; "and ray serve?" after Ray asks about a part of it
                return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(subjects[0],), **base)
            # (the new one leads, as what the question is about, unless it asks about one the thread showed: "how
            # does the first one compare to kedro?")
            pointer = ORDINAL_REF.search(low) or SINGLE_REF.search(low)
            # (where it is written by any of its names: "neptune" for Neptune.ai)
            spellings = [low.find(n.lower()) for n in (subjects[0].name, subjects[0].id, *subjects[0].aliases)]
            named_at = min((at for at in spellings if at >= 0), default=-1)
            # ("and prefect, where does that one sit?": "that one" is the new one, named before it)
            points_first = bool(referenced) and pointer is not None and (named_at < 0 or pointer.start() < named_at)
            ordered = [*others, *subjects] if points_first else [*subjects, *others]
            return Question(intent=Intent.FOLLOWUP, action="compare", tools=tuple(unique(ordered))[:3], **base)
        why_not = bool(WHY_NOT.match(unfilled(low)))
        if (
            len(subjects) == 1
            and focus
            and subjects[0] not in focus
            and WHY_CUE.search(low)
            and (SINGLE_REF.search(low) or why_not)
        ):
            # "why is that Adopt when kubeflow is only Assess?" after Dagster's card: both places, and why
            return Question(intent=Intent.FOLLOWUP, action="why", tools=(focus[0], subjects[0]), **base)
        if not subjects and len(remembered) >= 2 and OUTGROWN.search(low):
            # "ok and if we outgrow both? 50M chunks someday": what comes after the tools the thread weighed
            return Question(intent=Intent.FOLLOWUP, action="alternatives", tools=tuple(remembered[:3]), **base)
        if (
            not subjects
            and focus
            and re.search(r"\b(outgrow|outgrows|outgrew|outgrown|outgrowing) (it|that|this)\b", low)
            and re.search(r"\b(move|switch|migrate|go|replace)\b", low)  # (not "what would we outgrow it for?")
        ):
            # "what would we move to if we outgrow it?" after Prefect's card: what comes after it
            return Question(intent=Intent.FOLLOWUP, action="alternatives", tools=tuple(focus[:1]), **base)
        if (
            subjects
            and focus
            and all(t.id in LANGUAGE_TOOLS for t in subjects)
            and (MORE_CUE.search(low) or INSTEAD_WORDS.search(low))
        ):
            # "anything similar that the python people would prefer?": others like the thread's tool, in that language
            return Question(intent=Intent.FOLLOWUP, action="alternatives", tools=tuple(focus[:1]), **base)
        if subjects and focus and all(is_a_place(t) for t in subjects) and PLACED_IT.search(low):
            # "could we run it on a single vm in azure?": the thread's tool, asked about where it would run
            return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(focus[0],), **base)
        # ("is that the netflix one? does it run on aws batch or do we need k8s for it?": asked of the thread's tool)
        asked_of_it = re.search(r"\b(for|with|on) it\W*$|\b(does|do|can|could|would|will) it\b", low)
        if subjects and referenced and (ORDINAL_REF.search(low) or asked_of_it) and referenced[0] not in subjects:
            # ("that last one, is it worth it for us? we don't run kubeflow": the one pointed at, whatever the rest
            # names)
            return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(referenced[0],), **base)
        if subjects:
            return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(subjects[0],), **base)
        if focus and SAME_CATEGORY.search(low) and (home := self.catalog.category(focus[0].category)) is not None:
            # ("what else sits in that same category?" after MLflow's card: its category's tools)
            return Question(intent=Intent.FOLLOWUP, action="category", category=home, **base)
        # ("is there anything better for video?" after Label Studio's card: others for its job, for video)
        if (MORE_CUE.search(low) or LIGHTER_CUE.search(low)) and not WHY_CUE.search(low):
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
            free_instead = self._free_instead(low, memory, tuple(focus), base)
            if free_instead is not None:
                return free_instead
            return Question(
                intent=Intent.FOLLOWUP,
                action="compare",
                tools=cheapest_first(low, tuple(focus), base["situation"].constraints)[:3],
                **base,
            )
        if PLURAL_REF.search(low) and len(focus) >= 2 and COMPARE_CUE.search(low):
            return Question(intent=Intent.FOLLOWUP, action="compare", tools=tuple(focus[:3]), **base)
        if (
            memory.tags
            and len(remembered) >= 2
            and memory.intent in PICKS_SHOWN
            and not subjects
            # ("more on nannyml — someone said it ...": one of the picks, named)
            and not any(n.lower() in low for t in referenced for n in (t.name, t.id, *t.aliases) if len(n) > 2)
            and not ORDINAL_REF.search(low)
            and not DESCRIBED_ONE.search(low)
            # (where one sits is asked of a tool: "what ring is it in for us?")
            and not re.search(r"\b(ring|quadrant)\b", low)
        ):
            # ("any of those that also lets us feed the corrections back as labels?" after picks for a review app):
            # nothing points at one of the picks, so what is asked is asked of the thread's job, with these words
            added = frozenset(stem(w) for w in words(low) if w not in STOP_WORDS and w not in QUESTION_WORDS)
            again = self._threads_need_with(memory, added)
            return Question(intent=Intent.FOLLOWUP, action="need", **{**base, "need": again})
        return Question(intent=Intent.FOLLOWUP, action="lookup", tools=tuple(focus[:1]), **base)

    def _threads_need_with(self, memory: Memory, added: frozenset[str]) -> Need:
        """The thread's need asked again, with the words just added for its tools' descriptions to answer."""
        again = need_again(self._thread_tags(memory), memory.words)
        return replace(again, words=again.words | added)

    def _free_instead(self, low: str, memory: Memory, shown: tuple[Tool, ...], base: dict[str, Any]) -> Question | None:
        """ "Which is cheapest?" after a need's picks that are all licences to buy: the need again, open source."""
        if not (memory.tags and COST_ASKED.search(low)) or any(t.license == "open-source" for t in shown):
            return None
        situation: Situation = base["situation"]
        free = replace(situation, constraints=replace(situation.constraints, license="open-source"))
        again = need_again(self._thread_tags(memory), memory.words)
        return Question(intent=Intent.FOLLOWUP, action="need", **{**base, "need": again, "situation": free})

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
        if THE_OTHER_ONE.search(low):
            return None  # "what about the other one, soda - is it open source?": a tool pointed at, no setting
        own_job = next((m.tag.id for m in need.tags if m.weight >= 1 and not m.retrieved), None)
        if (
            memory is not None
            and memory.tags
            and own_job is not None
            and own_job not in memory.tags
            and own_job not in RUNS_ON_NEEDS
            and TAKEN_BACK.search(low)
        ):
            # ("what should serve the rec model?" then "latency doesn't matter actually, it's a nightly batch that
            # writes recs into postgres": the job told instead is the thread's question now)
            return Question(intent=Intent.FOLLOWUP, action="need", **base)
        asked_again = SETTING_AGAIN.match(low)
        if asked_again is not None and ORDINAL_REF.match(low[asked_again.end() :].lstrip()):
            return None  # "what about the last one?" after a shortlist: the tool pointed at, no setting
        constrained = (
            bool(memory and memory.tags)
            and constraints_in(low) != Constraints()
            and not need.phrased
            and not (WHICH_OF_THEM.search(low) or ORDINAL_REF.search(low) or THE_OTHER_ONE.search(low))
            and not fact_asked(low)
            # ("only the azure ones" after a list: the list narrowed, further on)
            and not (memory is not None and memory.intent == Intent.LIST.value and ONES_OF_THE_LIST.search(low))
            # ("pinecone bill doubled. what could we self-host instead?" in a thread about monitoring: a tool the
            # thread never showed, to be replaced, starts a question of its own)
            and not any(
                m.role is Role.REPLACE and memory is not None and not self._of_the_thread(m.tool, memory)
                for m in mentions
            )
        )
        # (a tool refused is part of the setting too: "definitely not github", "zero python")
        # ("why not airflow?" asks why it was not picked: no refusal)
        refused = {
            m.start
            for m in mentions
            if m.start > 0
            and (
                toks[m.start - 1].low in NEGATORS | {"not", "never"}
                # ("what if we don't want azure ml": not wanted is refused too)
                or (m.start > 1 and toks[m.start - 1].low in {"want", "need", "use"} and toks[m.start - 2].low == "not")
            )
            and not (m.start > 1 and toks[m.start - 2].low == "why")
        } | {m.start for m in mentions if m.role is Role.REPLACE}
        if (
            memory is not None
            and (DESCRIBED_ONE.search(low) or ORDINAL_REF.search(low))
            and any(
                m.tool.id in memory.tools and m.role is Role.SUBJECT and m.start not in refused and not m.stack
                for m in mentions
            )
        ):
            return None  # ("what about the microsoft one, `recommenders`?": one of the tools shown, asked about)
        # (or the setting told plainly, asking nothing, after a recommendation: "gitlab self-managed, forgot to say",
        # "we use jenkins + bitbucket server, definitely not github")
        # ("we can't run redis", "we don't want to start" tell what they will not do; they ask nothing)
        unasked = re.sub(r"\b(can|could|would|should) not\b|\b(do|does|did) not want( to)?\b", "", low)
        # ("we can't use langchain, security flagged it. what else?": the need again, without it)
        unasked = re.sub(r"\b(what|anything|something|any) else\b|\b(any )?others\b", "", unasked)
        told_plainly = (
            bool(memory and memory.tags)
            and bool(mentions)
            # (named in a story of the setting, asked nothing of: "it's mostly BigQuery tables and files in GCS"; not
            # a list narrowed, "only the azure ones")
            and all(
                m.stack
                or m.start in refused
                or (not is_asked_about(toks, m) and memory is not None and memory.intent != Intent.LIST.value)
                for m in mentions
            )
            and not (ASK_FOR_TOOL.search(unasked) or OPINION_ASKED.search(low) or LOOKUP_FRAME.match(low))
            and not re.search(
                r"\b(anything|something|any|which|what|how|should|could|can|would|why|over|where)\b", unasked
            )
            and not STRICT_COMPARE_CUE.search(low)
        )
        forgotten = bool(FORGOT_TO_SAY.search(low))  # ("gitlab self-managed, forgot to say": what they run)
        stated = (
            bool(memory and memory.tags)
            and bool(SETTING_STATED.match(low))
            and not need.phrased
            and len(toks) <= SETTING_STATED_WORDS
            # ("we are on GCP btw. anything managed?" asks among what was shown)
            and not re.search(r"\b(anything|something|any|which|what|how|should|could|would)\b", low)
        )
        # ("recommend an experiment tracker" then "we fine-tune layoutlm ~2x a month, 5 ppl": what they do, told
        # without asking anything, is the setting of the thread's need, whatever job its words name)
        story = (
            bool(memory and memory.tags and memory.intent in (Intent.RECOMMEND.value, Intent.FOLLOWUP.value))
            and bool(toks)
            and toks[0].low in {"we", "our", "i", "my"}
            and not (ASK_FOR_TOOL.search(unasked) or PICK_CUE.search(low) or NEXT_NEED.search(low))
            # (not a wish: "my director wants an MLOps platform by Q3")
            and not re.search(
                r"\b(needs?|needed|wants?|wanted|looking|wondering|should|could|would|how|what|which|any|anything|asks?|"
                r"asked|requires?|required|plans?|planning|thinking|considering|hoping)\b",
                low,
            )
        )
        added_to_it = bool(SETTING_ADDED.match(low)) or forgotten or constrained or told_plainly or stated or story
        # ("and if the boxes had NVIDIA GPUs instead?" after edge runtimes, "just containers we control" after
        # serving: what it runs on is told, the job stays the thread's)
        runs_on = [m for m in need.tags if m.tag.id in RUNS_ON_NEEDS]
        runs_on_only = (
            memory is not None
            and bool(memory.tags)
            and memory.tags[0] not in RUNS_ON_NEEDS
            and bool(runs_on)
            and all(m.tag.id in RUNS_ON_NEEDS for m in need.tags if m.weight >= 1)
            # (not what is given up: "what if we skip GPUs entirely and just call an API")
            and not any(toks[i - 1].low in GIVEN_UP for m in runs_on for i in m.positions if 0 < i < len(toks))
        )
        if (
            not memory
            or not (SETTING_AGAIN.match(low) or added_to_it)
            or (need.strong and not added_to_it and not runs_on_only)
        ):
            return None
        # (a tool named otherwise than as where things run is asked about: "what about dvc?"; one refused or named
        # as a yardstick is part of the setting: "nobody wants to hand-write k8s yaml")
        asked_about = [
            m
            for m in mentions
            if m.role is Role.SUBJECT and not m.stack and m.start not in refused and is_asked_about(toks, m)
        ]
        # (a cloud named beside it is where it runs: "sagemaker in AWS")
        named = unique([m.tool for m in mentions if m.start not in refused and not self._is_cloud(m.tool)])
        if len(named) == 1 and named[0].id not in memory.tools and PLACEMENT_OF_IT.search(low):
            # "what if we just put it on sagemaker instead — where does that sit?": the one named, placed
            return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(named[0],), **base)
        if asked_about and not (
            named_only_as_where(toks, mentions) or re.search(r"\bif\b", low) or forgotten or SETTING_ADDED.match(low)
        ):
            return None
        unwanted = {m.tool.id for m in mentions if m.start in refused}
        kept = [t for t in unique([*stack, *subjects]) if t.id not in unwanted]
        # (a cloud refused is no cloud they are on: "rights-restricted material can't go to Azure")
        refused_named = [m.tool for m in mentions if m.start in refused]
        told = replace(self._situation(toks, low, kept, refused_named), constraints=situation.constraints)
        added = frozenset(t.stem for t in toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS)
        # ("we're CPU only btw": a fact of the setting no filter holds still weighs on the thread's need)
        # ("what about on the macbooks for offline demos?": somewhere else to run it, in words no filter holds)
        said = (
            bool(SETTING_TOLD.search(low))
            or bool(stated and memory.tags and added - ASIDE_STEMS)
            or bool(PLACE_AGAIN.match(low) and added - ASIDE_STEMS)
            # ("what if we need billions of vectors?": the thread's job again, at that scale)
            or bool(
                memory.tags and re.match(r"^((ok|so|and|but|hmm)\b[ ,]*)*(what )?if\b", low) and added - ASIDE_STEMS
            )
            or runs_on_only
            or (story and bool(added - ASIDE_STEMS))
        )
        if told.constraints == Constraints() and not told.stack and told.persona is None and not (said or refused):
            return None  # nothing of the setting was told
        if memory.tags:
            again = self._threads_need_with(memory, added)
            # ("not airflow please": the tool refused is left out of the answer; "none of those" leaves out the picks)
            refused_tools = tuple(m.tool for m in mentions if m.start in refused)
            if NONE_OF_THOSE.search(low):
                refused_tools = (*refused_tools, *self._thread_tools(memory, 3))
            return Question(
                intent=Intent.FOLLOWUP,
                action="need",
                tools=refused_tools,
                **{**base, "need": again, "situation": told},
            )
        shown = self._thread_tools(memory, 3)
        if memory.intent == Intent.COMPARE.value and len(shown) >= 2:
            return Question(intent=Intent.FOLLOWUP, action="which", tools=shown, **{**base, "situation": told})
        if shown and STILL_WORTH.search(low):
            # "and if we had no kubernetes, just 3 big VMs? still worth it?": the tool itself, in that setting
            return Question(intent=Intent.FOLLOWUP, action="lookup", tools=shown[:1], **{**base, "situation": told})
        if shown:
            return Question(
                intent=Intent.FOLLOWUP, action="alternatives", tools=shown[:1], **{**base, "situation": told}
            )
        return None

    def _which_tool(self, need: Need, base: dict[str, Any]) -> Question:
        """'It', 'those two' or 'the other tracker' with nothing to point at: ask which tool, offering the best."""
        options: tuple[Option, ...] = ()
        if need:
            ranked = heapq.nsmallest(3, self.recommender.relevance(need).items(), key=lambda kv: (-kv[1], kv[0]))
            tools = [t for t in (self.catalog.tool(i) for i, _ in ranked) if t is not None]
            options = tuple(Option(t.name, base["text"], t.id) for t in tools)
        return Question(intent=Intent.CLARIFY, action="reference", options=options, **base)

    def _thread_setting(self, msg: Reading) -> Question | None:
        """A thread goes on in a new setting: another cloud, a list narrowed, a choice among the tools shown."""
        if len(msg.referenced) == 1 and THE_OTHER_ONE.search(msg.low):
            return None  # "anything we should know about the other one?": about that one, no choice among them
        if (
            not msg.memory
            and not msg.subjects
            and not msg.need.strong
            and msg.pointing
            and (WHY_CUE.search(msg.low) or STRICT_COMPARE_CUE.search(msg.low))
        ):
            # (an English word in lower case, "the triage model", is no name; nor is a word of the story told before
            # the sentence that asks: "when we replace the RG risk model ... what supports that kind of rollout?")
            if [
                t
                for t in self._unfamiliar(msg.toks[msg.asked_from :])
                if not is_common_word(t.low) and (not is_ordinary_word(t.low) or looks_like_a_name(t))
            ]:
                # "mossgate vs nothing, is it worth trialing?": "it" is the unknown name
                return self._unknown(msg.toks, msg.plain, msg.base, referenced_without_memory=False)
            if not introduced_before(msg.low):
                return self._which_tool(msg.need, msg.base)  # "why is it on trial?" with nothing discussed yet
        clouds = [t for t in msg.subjects if self._is_cloud(t)]
        if (
            msg.memory
            and msg.memory.tags
            and msg.subjects
            and clouds == msg.subjects
            # ("on gcp", "we're on azure btw": the cloud said as where it runs, and little else)
            and (
                NEXT_NEED.search(msg.low)
                or CLOUD_OPTION.search(msg.low)
                # (or told first: "azure only though, the university has an EA with microsoft")
                or (named_only_as_where(msg.toks, msg.mentions) and (len(msg.toks) <= 5 or msg.mentions[0].start == 0))
            )
        ) or (
            # ("actually scratch that, the group acquiring us is all-in on GCP. what would it be there?": the cloud they
            # move to, told as theirs, with the thread's question asked there)
            msg.memory.tags
            and not msg.subjects
            and (clouds := [t for t in msg.stack if self._is_cloud(t)])
            and len(clouds) == 1
            and THERE_ASKED.search(msg.low)
        ):
            # "what about on AWS instead?", "is there an AWS managed option?": the same need, on that cloud
            tags = self._thread_tags(msg.memory)
            again = need_again(tags, msg.memory.words)
            # (the need moved to a cloud asks for that cloud's own services, where it has some)
            native = replace(msg.situation.constraints, cloud_only=True)
            moved = Situation(clouds[0], (clouds[0],), msg.situation.persona, native)
            return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": again, "situation": moved})
        if (
            msg.memory
            and msg.memory.tags
            and msg.subjects
            and msg.only_where
            and TASK_DONE_IN.search(msg.low)
            and not msg.need.strong
        ):
            # "can it be done inside BigQuery directly?": the thread's job, done where the tools named run
            tags = self._thread_tags(msg.memory)
            where = self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), [])
            return Question(
                intent=Intent.FOLLOWUP,
                action="need",
                tools=tuple(msg.subjects),
                **{**msg.base, "need": need_again(tags, msg.memory.words), "situation": where},
            )
        named = unique([m.tool for m in msg.mentions])
        if (
            msg.memory
            and (msg.memory.tags or msg.memory.tools)
            and len(named) == 1
            and named[0].id not in msg.memory.tools
            and (CHANGES_PICK.search(msg.low) or WHAT_THEN.search(msg.low))
            and not msg.need.strong
        ):
            # "our data is mostly snowflake tables though. what then?", "the data shouldn't leave snowflake. does that
            # change things?": the thread's job again, where the tool named holds the data
            shown = self._thread_tools(msg.memory, 1)
            tags = self._thread_tags(msg.memory) or tuple(
                t for t in (self.catalog.tag(g) for tool in shown for g in tool.tags[:1]) if t is not None
            )
            where = self._situation(msg.toks, msg.low, [*msg.stack, named[0]], [])
            return Question(
                intent=Intent.FOLLOWUP,
                action="need",
                **{**msg.base, "need": need_again(tags, msg.memory.words), "situation": where},
            )
        if (
            msg.memory.intent == Intent.LOOKUP.value
            and msg.memory.tools
            and len(msg.subjects) == 1
            and msg.subjects[0].id not in msg.memory.tools
            and SWITCHING.search(msg.low)
            and not msg.need.strong
        ):
            # "should we move to dagster instead?" after Airflow's card: the two, side by side, the new one first as
            # what is asked about
            return Question(
                intent=Intent.FOLLOWUP,
                action="compare",
                tools=(msg.subjects[0], *self._thread_tools(msg.memory, 1)),
                **msg.base,
            )
        if msg.memory.tools and msg.subjects and ADDING.search(msg.low) and not msg.need.strong:
            # "add sglang too", "throw dagster in as well": the comparison so far, and the new one
            so_far = list(self._thread_tools(msg.memory, 2))
            compared = tuple(unique([*so_far, *msg.subjects])[:3])
            return Question(intent=Intent.FOLLOWUP, action="compare", tools=compared, **msg.base)
        category_listed = self._listed_category(msg.memory) if msg.memory.intent == Intent.LIST.value else None
        if (
            msg.memory.intent == Intent.LIST.value
            and (msg.memory.tags or category_listed is not None)
            # ("ok just the aws ones": a cloud named as the ones' kind)
            and (not msg.subjects or msg.only_where or all(self._is_cloud(t) for t in msg.subjects))
            and not msg.need.phrased
            and re.search(
                r"\b(only|just)? ?(the ones|which ones|which of (them|those|these)|those|ones)\b|"
                # ("which works with spark?" after a list: which of the list)
                r"^(\w+ )?which (one )?(works?|runs?|plays?|supports?|integrates?|fits?|speaks?|talks?)\b",
                msg.low,
            )
        ):
            # "only the ones that run on GCP", "which of them plug into isaac lab?" after a list: the list again,
            # for that setting (the list shows a few of each ring; its filter reaches them all)
            where = self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), [])
            filtered = bool(where.cloud or where.stack) or msg.said_now != Constraints()
            if not msg.memory.tags and category_listed is not None and filtered:
                # ("which vendor AI platforms are on the radar?" then "just the aws ones": the category, there)
                return Question(
                    intent=Intent.FOLLOWUP,
                    action="category",
                    category=category_listed,
                    **{**msg.base, "situation": where},
                )
            again = need_again(self._thread_tags(msg.memory), msg.memory.words)
            # ("just the ones we could run inside the hospital network": the list again, filtered)
            if msg.memory.tags and filtered:
                return Question(
                    intent=Intent.FOLLOWUP, action="list", **{**msg.base, "need": again, "situation": where}
                )
        # (a tool the thread has not shown is what they must work with: "does any of those read lineage from airflow?")
        # (one ruled out is left out of the choice: "which of those are open source? tecton is a non-starter")
        ruled_out = {m.tool.id for m in msg.mentions if m.role is Role.REPLACE}
        # (nor is one named as what the chosen extends: "which of those is just a postgres extension?")
        extended = {m.tool.id for m in msg.mentions if m.end < len(msg.toks) and msg.toks[m.end].low in EXTENDING_WORDS}
        asked_of = [t for t in msg.subjects if t.id not in ruled_out | extended]
        unshown = not any(t.id in msg.memory.tools for t in asked_of)
        if (
            len(msg.memory.tools) >= 2
            and (not asked_of or msg.only_where or unshown or extended)
            and msg.asks_which_of_them
        ):
            # "which one can run in CI on every pull request?", "ok which one can we self-host?": chosen among
            # the tools the thread has shown, by what the question asks of them; "which would you pick?" compares
            # (a list shows every tool it names to choose from: MLflow in Assess, after eight in Trial)
            listed = msg.memory.intent == Intent.LIST.value
            shown = tuple(
                t
                for t in self._thread_tools(msg.memory, None if listed else MOST_CHOSEN_FROM)
                if t.id not in ruled_out | extended
            )
            free_instead = self._free_instead(msg.low, msg.memory, shown, msg.base)
            if free_instead is not None:
                return free_instead
            if RANKING_ASK.search(msg.low):
                return Question(
                    intent=Intent.FOLLOWUP,
                    action="compare",
                    tools=cheapest_first(msg.low, shown, msg.situation.constraints)[:3],
                    **msg.base,
                )
            # ("does any of those work with Spark?": the tools named are what the chosen must work with)
            where = replace(
                self._situation(msg.toks, msg.low, unique([*msg.stack, *asked_of]), []),
                constraints=msg.situation.constraints,
            )
            return Question(intent=Intent.FOLLOWUP, action="which", tools=shown, **{**msg.base, "situation": where})
        if (
            msg.memory.intent == Intent.COMPARE.value
            and len(msg.memory.tools) >= 2
            # (a tool not compared is where it must work: "which would you pick for us? slurm only")
            and not any(t.id in msg.memory.tools for t in msg.subjects)
            and CHOICE_AMONG_COMPARED.search(msg.low)
        ):
            # "compare mlflow and clearml" then "which is easier for data engineers with zero ML background?": the
            # compared tools, chosen between for that
            shown = self._thread_tools(msg.memory, 3)
            where = self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), [])
            return Question(intent=Intent.FOLLOWUP, action="which", tools=shown, **{**msg.base, "situation": where})
        compared = self._thread_tools(msg.memory, 3) if msg.memory.intent == Intent.COMPARE.value else ()
        if (
            len(compared) >= 2
            and not msg.subjects
            and msg.need.tags
            and all(msg.need.tags[0].tag.id in t.tags for t in compared)
            and not (msg.asks_for_tool or PICK_CUE.search(msg.low) or "?" in msg.text)
            and len(msg.toks) <= RESTATED_WORDS
        ):
            # "mostly for the forecasting team, ~6 people logging a few hundred runs a week" after MLflow vs W&B: the
            # setting of the choice between them, told in their own job's words
            where = self._situation(msg.toks, msg.low, unique(msg.stack), [])
            return Question(intent=Intent.FOLLOWUP, action="which", tools=compared, **{**msg.base, "situation": where})
        if (
            msg.memory.intent == Intent.COMPARE.value
            and len(msg.memory.tools) >= 2
            and (not msg.subjects or msg.only_where)
            and not msg.need.strong  # ("a small team with no cluster" hints at clusters, it asks for none)
            and (msg.said_now != Constraints() or msg.only_where)
            and len(msg.toks) <= RESTATED_WORDS
            # ("the second one - is it open source?": a fact of the one pointed at, no choice between them)
            and not ORDINAL_REF.search(msg.low)
            and not THE_OTHER_ONE.search(msg.low)
            # ("ok we're going with dvc.": the choice made, told; nothing to choose)
            and not self._choice_told(msg)
        ):
            # "for a team of 5 on azure?" after a comparison: the compared tools, chosen for that setting
            shown = self._thread_tools(msg.memory, 3)
            where = self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), [])
            return Question(intent=Intent.FOLLOWUP, action="which", tools=shown, **{**msg.base, "situation": where})
        if (
            msg.memory.tools
            and msg.subjects
            and not any(t.id in msg.memory.tools for t in msg.subjects)
            and LIGHTER_CUE.search(msg.low)
            and all(named_as_setting(msg.toks, m) for m in msg.mentions)
        ):
            # "is there something lighter, just for pandas dataframes?" after Great Expectations' card: what else
            # does its job, where the tools named are the setting
            where = replace(
                self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), []),
                constraints=msg.situation.constraints,
            )
            return Question(
                intent=Intent.FOLLOWUP,
                action="alternatives",
                tools=self._thread_tools(msg.memory, 1),
                **{**msg.base, "situation": where},
            )
        return None

    def _feature_asked(self, msg: Reading) -> tuple[str, ...]:
        """The stems of a feature asked of the thread's kind of tool, as its tools' descriptions write them; none
        when the message asks for another job or names a tool other than as a yardstick."""
        if not msg.memory.tags or any(m.role not in (Role.COMPARE, Role.REPLACE) for m in msg.mentions):
            return ()
        asked = FEATURE_ASKED.search(msg.low)
        if asked is None or (msg.need.tags and msg.need.tags[0].tag.id in msg.memory.tags):
            return ()
        told = [w for w in msg.low[asked.end() :].split()[:FEATURE_REACH] if w not in STOP_WORDS]
        described = self.recommender.words_describing(msg.memory.tags[0])
        return tuple(s for s in (stem(w) for w in told) if s in described and s not in QUESTION_WORDS)

    @staticmethod
    def _works_with_what_it_names(msg: Reading) -> bool:
        """Whether the pick asked must work with a tool the message names and the thread never showed."""
        return any(
            m.stack
            and m.tool.id not in msg.memory.tools
            and WORKS_WITH_NEXT.search(" ".join(t.low for t in msg.toks[max(0, m.start - 8) : m.start]))
            for m in msg.mentions
        )

    def _thread_need(self, msg: Reading) -> Question | None:
        """A thread goes on with its need: a constraint added, an equivalent, a next need, a fact about its tool."""
        feature = self._feature_asked(msg)
        if feature:
            # ("anything with an interactive dashboard rather than static matplotlib plots?" after explainability
            # picks: the thread's kind of tool, with that feature, not dashboards)
            again = need_again(self._thread_tags(msg.memory), (*msg.memory.words, *feature))
            where = replace(
                self._situation(msg.toks, msg.low, list(msg.stack), []), constraints=msg.situation.constraints
            )
            return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": again, "situation": where})
        if msg.memory.tags and not msg.subjects and ANOTHER_MODEL_ASKED.match(unfilled(msg.low)):
            # ("ok and for the fine-tuned BERT essay classifier?" after explaining predictions: the thread's job for
            # another model, whose description names no job of its own)
            return self._more_of_the_threads_need(msg)
        if msg.memory and msg.need.strong and PAIRED_WITH.search(msg.low):
            # ("ok going with label studio. what do we pair it with to find mislabeled images?": a tool for the job
            # told, beside the one chosen)
            chosen = unique([*msg.stack, *msg.subjects, *self._thread_tools(msg.memory, 1)])[:1]
            where = replace(self._situation(msg.toks, msg.low, chosen, []), constraints=msg.situation.constraints)
            return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "situation": where})
        if (
            msg.memory
            and msg.memory.tags
            and (SAME_ASKED.search(msg.low) or CONTEXT_TOLD.match(msg.low) or self._what_it_is_built_with(msg))
        ):
            # ("same question for the Leuven brewery: they run their own on-prem kubernetes cluster"): the thread's
            # need again, where this setting says it runs
            runs_on = [m.tool for m in msg.mentions if m.role is not Role.REPLACE]
            situation = replace(self._situation(msg.toks, msg.low, runs_on, []), constraints=msg.situation.constraints)
            again = need_again(self._thread_tags(msg.memory), msg.memory.words)
            return Question(
                intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": again, "situation": situation}
            )
        constraints = msg.said_now
        changes = CHANGES_PICK.search(msg.low)  # "does that change the pick?": asked of the thread's answer
        told = SETTING_TOLD.search(msg.low)  # "actually we only have one 24GB GPU": the setting, told afterwards
        # ("it has to be open source, and the researchers want a nice UI to compare runs" after trackers: the same job
        # told again with what it must be)
        same_job = bool(msg.need.tags) and msg.need.tags[0].tag.id in msg.memory.tags[:1]
        if (
            msg.memory
            and msg.memory.tags
            and not msg.subjects
            and (
                not msg.need.strong
                or changes
                or told
                or (same_job and constraints.license is not None)
                # ("cheaper? we have no budget and one small VM": where it must run, no job of its own)
                or all(m.tag.id in PLACE_TAGS for m in msg.need.tags if m.weight >= 1)
            )
            and (
                constraints != Constraints()
                or msg.stack
                or ALSO_NEEDED.search(msg.low)
                or RATHER_NOT.search(msg.low)
                or changes
                or told
            )
            and len(msg.toks) <= RESTATED_WORDS
            # (not "is the third one open source?", a fact about one pick; "it has to be open source" is a requirement,
            # and "the R folks will build it, does that change anything?" a setting told of what the thread is for)
            and (REQUIRED.search(msg.low) or not msg.refers or changes)
        ):
            # "forgot to say: budget is zero", "we're already on postgres, does that change the answer?", "we need
            # SSO too": the thread's need again, with what was just added, whose words the descriptions should answer
            added = frozenset(t.stem for t in msg.toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS)
            again = self._threads_need_with(msg.memory, added)
            return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": again})
        named = [m for m in msg.mentions if not m.stack]
        # ("pinecone's out (data residency). something that runs on our own instances": another, as it must run)
        other_asked = (
            MORE_CUE.search(msg.low)
            or OPTION_ASKED.search(msg.low)
            or (any(m.role is Role.REPLACE for m in named) and SOMETHING_THAT.search(msg.low))
        )
        # (the sentence that asks for another: where the tools named before it were weighed and let go)
        cue_at = word_at(other_asked) if other_asked else 0
        sentence = max((i + 1 for i in range(cue_at) if msg.toks[i].ends_sentence), default=0)
        if (
            msg.memory.tags
            and named
            and other_asked
            and all(m.role is Role.REPLACE or m.end <= sentence for m in named)
            # (a tool of another job let go starts a question of its own: "pinecone bill doubled. what instead?")
            and all(self._of_the_thread(m.tool, msg.memory) for m in named)
        ):
            # "streamlit is out, security flagged it. other python options?", "Run:ai is licensed per GPU right?
            # budget says no. is there an open source option?": the thread's need again, without the tools ruled out
            again = need_again(self._thread_tags(msg.memory), msg.memory.words)
            ruled_out = tuple(unique(m.tool for m in named))
            return Question(intent=Intent.FOLLOWUP, action="need", tools=ruled_out, **{**msg.base, "need": again})
        if (
            msg.memory.intent == Intent.LOOKUP.value
            and not msg.memory.tags
            and named
            and other_asked
            and all(m.tool.id == msg.memory.tools[0] and m.role is Role.REPLACE for m in named)
        ):
            # "ok W&B is out (legal, US SaaS). what else would you pick?" after W&B's card: its alternatives
            return Question(intent=Intent.FOLLOWUP, action="alternatives", tools=(named[0].tool,), **msg.base)
        if (
            msg.memory.intent == Intent.LOOKUP.value
            and msg.memory.tools
            # (tools named only as what it works with: "... with snowflake as the offline store?")
            and all(
                m.stack or (m.start > 0 and msg.toks[m.start - 1].low in SETTING_WORDS)
                for m in msg.mentions
                if m.tool.id != msg.memory.tools[0]
            )
            and not any(m.tool.id == msg.memory.tools[0] for m in msg.mentions)
            and msg.said_now.license is not None
            and ANOTHER_ASKED.search(msg.low)
        ):
            # "is there an open source one that does the same thing?" after Tecton's card, "what if we'd rather pay
            # someone to run it for us?" after Feast's: others for the card's job, under the licence asked for
            return Question(
                intent=Intent.FOLLOWUP, action="alternatives", tools=self._thread_tools(msg.memory, 1), **msg.base
            )
        if msg.memory.tags and msg.memory.tools and not msg.subjects and NONE_OF_THOSE.search(msg.low):
            # "none of those work for us": the thread's need again, without the tools it showed
            again = need_again(self._thread_tags(msg.memory), msg.memory.words)
            shown = self._thread_tools(msg.memory, 3)
            return Question(intent=Intent.FOLLOWUP, action="need", tools=shown, **{**msg.base, "need": again})
        if (
            msg.memory.tools
            and not msg.subjects
            and msg.need.strong
            and re.search(r"\b(alternatives?|replacements?|substitutes?|equivalents?)\b", msg.low)
            and (shown := self._thread_tools(msg.memory, 1))
        ):
            # "what would be the portable alternatives for the training + pipeline part?" after SageMaker's card: that
            # job, done by others than the thread's tool
            # ("a lighter alternative for a 3-node cluster?" after Kubeflow's card: where they must run, not the job)
            if msg.need.tags[0].tag.id in PLACE_TAGS and not set(shown[0].tags[:1]) & PLACE_TAGS:
                return Question(intent=Intent.FOLLOWUP, action="alternatives", tools=shown, **msg.base)
            return Question(intent=Intent.FOLLOWUP, action="need", tools=shown, **msg.base)
        equivalent = EQUIVALENT_CUE.search(msg.low) if msg.memory and msg.memory.tools else None
        # (the cloud written right before the word, "the aws equivalent? (in case the GCP move stalls)")
        before_cue = word_at(equivalent) if equivalent else 0
        clouds_at_cue = [m.tool for m in msg.mentions if 0 <= before_cue - m.end <= 1 and self._is_cloud(m.tool)]
        # (or the one cloud they say they are on: "right but we're a google shop. what's the equivalent for us")
        own_cloud = (
            ([t for t in msg.stack if self._is_cloud(t)] or [c for c in (msg.situation.cloud,) if c is not None])
            if not msg.subjects
            else []
        )
        if equivalent and (len(msg.subjects) == 1 or clouds_at_cue or len(own_cloud) == 1):
            cloud = clouds_at_cue[0] if clouds_at_cue else msg.subjects[0] if msg.subjects else own_cloud[0]
            asked_about = self.catalog.tool(msg.memory.tools[0])
            if self.recommender.affinity_of(cloud.id) == cloud.id and asked_about is not None and asked_about != cloud:
                # "is there a GCP equivalent?" after SageMaker: what that cloud offers for the same job
                moved = Situation(cloud, (cloud,), msg.situation.persona, msg.situation.constraints)
                return Question(
                    intent=Intent.FOLLOWUP,
                    action="alternatives",
                    tools=(asked_about,),
                    **{**msg.base, "situation": moved},
                )
        # ("is there something in the same spirit that copes better with 100s of TB?": a need told of the alike one
        # is what it must do better, not another job)
        alike = bool(re.search(r"\b(in|of) (the same|that|this) (spirit|vein|mould|mold|space|niche)\b", msg.low))
        if (
            equivalent
            and not msg.subjects
            and (not msg.need.strong or alike)
            and msg.memory.intent == Intent.LOOKUP.value
        ):
            # "whats the closest open source equivalent?" after a tool's card: what else does its job, as asked
            return Question(
                intent=Intent.FOLLOWUP, action="alternatives", tools=self._thread_tools(msg.memory, 1), **msg.base
            )
        if (
            msg.memory
            and not msg.subjects
            and msg.need
            and NEXT_NEED.search(msg.low)
            and not RATHER_NOT.search(msg.low)
            # ("what about the second one, can we self host it?": one of the tools shown, asked about)
            and not (msg.referenced and self._points_next_at_a_shown_tool(msg.low))
        ):
            # "and for monitoring them?": the thread goes on to a new need, in the same setting
            # (a kind of data or model after a job, "and for text, like chat messages?" after labelling photos, is
            # the same job for that data)
            of_data = (
                bool(msg.memory.tags)
                and msg.memory.tags[0] not in DATA_KINDS
                and all(m.tag.id in DATA_KINDS for m in msg.need.tags if m.weight >= HEAD_WEIGHT)
            )
            named_job = msg.need.phrased or any(m.weight >= HEAD_WEIGHT and not m.retrieved for m in msg.need.tags)
            # ("tell me about Vertex AI" then "and if we had to do the same thing on the on-prem cluster?": where it
            # runs, told beside the card's job pointed back at)
            same_job_elsewhere = bool(re.search(r"\bthe same (thing|job|stuff|work)\b", msg.low)) and all(
                m.tag.id in RUNS_ON_NEEDS for m in msg.need.tags if m.weight >= HEAD_WEIGHT
            )
            if (
                (not named_job or same_job_elsewhere)
                and not msg.memory.tags
                and (shown := self._thread_tools(msg.memory, 1))
            ):
                # ("/radar tensorrt" then "and for the intel-based boxes?": words that only brush a job ask for the
                # card's tool's job in that setting)
                said = tuple(t.stem for t in msg.toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS)
                its_job = tuple(t for t in map(self.catalog.tag, shown[0].tags[:2]) if t is not None)
                again = need_again(its_job, said)
                return Question(intent=Intent.FOLLOWUP, action="need", tools=shown, **{**msg.base, "need": again})
            if (named_job or not msg.memory.tags) and not of_data:
                # ("and once it's trained, how do we serve it?" after fine-tuning an LLM: the new job, for the kind of
                # model or data the thread is about)
                kinds = [t for t in self._thread_tags(msg.memory) if t.id in DATA_KINDS]
                if kinds and not any(m.tag.id in DATA_KINDS for m in msg.need.tags):
                    carried = NeedMatch(kinds[0], KIND_CARRIED_WEIGHT, frozenset())
                    need = replace(msg.need, tags=(*msg.need.tags, carried))
                    return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": need})
                return Question(intent=Intent.FOLLOWUP, action="need", **msg.base)
            # "what about the LLM for the chatbot, same constraint?": a word of a need, read with the thread's job
            thread = list(self._thread_tags(msg.memory)[:1])
            # (the kind named is what the thread's job is done to; the job leads: "and for our llm support agent?"
            # after drift monitoring watches the agent, it does not build one)
            as_told = [
                m if not of_data else replace(m, weight=min(m.weight, KIND_CARRIED_WEIGHT)) for m in msg.need.tags
            ]
            # (a job of its own, however briefly named, leads the thread's: "and for the streaming clickstream
            # stuff?" after orchestrators asks for stream processing, in the same setting)
            own_job = (
                bool(as_told)
                and as_told[0].tag.id not in DATA_KINDS
                and as_told[0].tag not in thread
                and not as_told[0].retrieved  # (named in their words, not found from the whole message)
            )
            first, then = (as_told, thread) if own_job else ([], thread)
            joined = Need(
                (
                    *first,
                    *(NeedMatch(t, 2.0 if not own_job else as_told[0].weight / 2, frozenset()) for t in then),
                    *(m for m in as_told if m.tag not in thread and m not in first),
                ),
                msg.need.categories,
                msg.need.words,
                msg.need.areas,
            )
            return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": joined})
        if (
            msg.memory
            and len(msg.subjects) == 1
            and (msg.subjects[0].id in msg.memory.tools or msg.memory.intent == Intent.LIST.value)
            and WHY_CUE.search(msg.low)
        ):
            return Question(intent=Intent.FOLLOWUP, action="why", tools=(msg.subjects[0],), **msg.base)
        if msg.memory and msg.referenced and msg.subjects:
            # "is it hard to run on kubernetes?", "does it need kubernetes?": "it" is the thread's tool, Kubernetes
            # only where it would run or what it needs
            settled = [
                m.tool
                for m in msg.mentions
                if m.start > 0
                and msg.toks[m.start - 1].low in {"on", "in", "into", "onto", "with", "alongside", *NEEDING}
            ]
            # ("does it also do slurm or only k8s + clouds?": a yes-or-no question of the thread's tool asks what it
            # works with, not which is better)
            asked_of_it = re.match(
                r"^((and|so|ok|okay|but|also|hmm)\b\W*)*(does|do|is|can|will|would|could) it\b", msg.low
            )
            if ({t.id for t in settled} >= {t.id for t in msg.subjects} and not COMPARE_CUE.search(msg.low)) or (
                asked_of_it
                and not STRICT_COMPARE_CUE.search(msg.low)
                and not SAME_AS.search(msg.low)
                # ("does it play nice with ray or do we need something else?" weighs the two)
                and not re.search(r"\b(something|anything) else\b|\balternatives?\b", msg.low)
            ):
                msg.subjects = []
        # (other tools named only as what it works on: "GX feels like a lot of ceremony for ~30 bigquery tables")
        beside = [m for m in msg.mentions if not msg.memory.tools or m.tool.id != msg.memory.tools[0]]
        only_setting = all(
            m.stack
            or named_as_setting(msg.toks, m)
            or (m.end < len(msg.toks) and msg.toks[m.end].low in MODIFIED_NOUNS)
            for m in beside
        )
        if (
            msg.memory.tools
            and msg.memory.tools[0] in {t.id for t in msg.subjects}
            and only_setting
            and LIGHTER_CUE.search(msg.low)
        ):
            # "lighter alternative? GX feels heavy for 2 people" after its card: the thread's tool, named again
            named_again = [t for t in msg.subjects if t.id == msg.memory.tools[0]]
            return self._followup(msg.low, msg.memory, named_again, [], msg.base)
        # ("is there a managed version?" after a tool's card: a fact about it, though no word points at it)
        fact_of_it = bool(msg.memory.tools) and not msg.subjects and not msg.need.phrased and bool(fact_asked(msg.low))
        # ("where does ray serve fit in that picture?" after a comparison: the new one weighed against those compared)
        weighed_in = (
            msg.memory.intent == Intent.COMPARE.value
            and bool(msg.subjects)
            and bool(WEIGHED_AGAINST.search(msg.low))
            and not msg.need.strong
        )
        # ("ok next: what do we use to watch the features it serves for drift?": a new job asked, "it" only inside
        # its telling, when the tool pointed at does not do that job)
        # (where the data goes or comes from is the story's: "a nightly batch that writes scores back to snowflake")
        asked_of = [
            m.tool
            for m in msg.mentions
            if m.role is Role.SUBJECT
            and not (m.start > 0 and msg.toks[m.start - 1].low in {"to", "into", "from", "onto"})
        ]
        # ("how do we load test it properly?" after BentoML: a job the thread's tool does not do, asked how)
        shown_jobs = self._thread_jobs(msg.memory, 3)
        how_of_another_job = (
            bool(re.search(r"\bhow (do|can|should|would|could) (we|i)\b", msg.low))
            and msg.need.strong
            and bool(msg.need.tags)
            and msg.need.tags[0].tag.id not in shown_jobs
        )
        # ("next step is a nightly batch that writes scores back - what for that?": "that" is the job just told)
        job_pointed_at = bool(
            NEXT_JOB_TOLD.search(msg.low) and re.search(r"\b(what|which) for (that|this|it)\b", msg.low)
        )
        told_next = bool(NEXT_STEP.search(msg.low)) or job_pointed_at or how_of_another_job
        new_job_asked = (
            told_next
            and (msg.need.strong or bool(NEXT_JOB_TOLD.search(msg.low)))
            and bool(msg.need.tags)
            and bool(msg.asks_for_tool or NEW_TOOL_ASKED.search(msg.low) or NEXT_JOB_TOLD.search(msg.low))
            and not asked_of
            and (job_pointed_at or not any(msg.need.tags[0].tag.id in t.tags for t in msg.referenced))
            and not fact_asked(msg.low)  # ("is there a managed version?": a fact of the tool, whatever "version" says)
        )
        if msg.memory and new_job_asked:
            # (the next job of the same project, told as such: "ok label studio it is. next thing: where do we ...")
            return Question(intent=Intent.FOLLOWUP, action="need", **msg.base)
        in_a_setting = self._kind_in_a_setting(msg)
        if in_a_setting is not None:
            return in_a_setting
        if (
            msg.memory.tags
            and not msg.subjects
            and (points_at_its_stack(msg.low, msg.mentions, msg.memory) or self._works_with_what_it_names(msg))
        ):
            # ("we already run postgres at every plant, anything that builds on that?", "anything lightweight that
            # works natively on pandas dataframes?": the thread's job, on it)
            return self._more_of_the_threads_need(msg)
        if (
            msg.memory.tags
            and msg.memory.tools
            and not msg.subjects
            and JOB_NARROWED.search(msg.low)
            and not MORE_CUE.search(msg.low)  # ("for the image lake specifically, what else?": others asked)
        ):
            # ("we specifically need retrieval metrics for the RAG part" after LLM evaluation tools, "it has to show
            # data lineage too" after model lineage: the thread's job, with what it must also do)
            return self._more_of_the_threads_need(msg)
        if (
            msg.memory
            and len(msg.subjects) <= 1
            and not new_job_asked
            and (
                msg.referenced
                or fact_of_it
                or weighed_in
                # (the sentence that asks, after a setting told of a card's tool; in a thread about a need, the setting
                # told re-asks the need, further on)
                or self._bare_followup(
                    msg.low,
                    msg.subjects,
                    msg.need,
                    "" if msg.memory.tags else msg.low_of_the_ask,
                )
            )
        ):
            return self._followup(msg.low, msg.memory, msg.referenced, msg.subjects, msg.base)
        if (
            not msg.memory
            and not msg.subjects
            and not msg.stack
            and msg.need
            and OTHER_REF.search(msg.low)
            and not introduced_before(msg.low)
            and self._points_at_a_tool(msg.low)
        ):
            return self._which_tool(msg.need, msg.base)  # "the other tracker" with no tracker discussed yet
        return None

    def _kind_in_a_setting(self, msg: Reading) -> Question | None:
        """ "what about python-only ones?" after dashboard picks, "is there anything managed on aws?" after
        orchestrators: a pick of the thread's kind asked where, or with what, the tools named say it must work; the
        thread's job again there, not the named tool's card."""
        if not (
            msg.memory.tags
            and msg.subjects
            and KIND_PICK_ASKED.search(msg.low)
            and not COMPARE_CUE.search(msg.low)
            and not self._of_the_thread(msg.subjects[0], msg.memory)
        ):
            return None
        settings = [t for t in msg.subjects if not self._of_the_thread(t, msg.memory)]
        where = replace(
            self._situation(msg.toks, msg.low, unique([*msg.stack, *settings]), []), targets=tuple(settings)
        )
        again = need_again(self._thread_tags(msg.memory), msg.memory.words)
        return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": again, "situation": where})

    def _points_at_a_tool(self, low: str) -> bool:
        """Whether "the other ..." points at a tool ("the other tracker", "the other one"), not at people or
        places ("the other 3 hospitals want to co-train the model")."""
        pointer = re.search(r"\bthe other (\w+)", low)
        if pointer is None:
            return True
        after = pointer.group(1)
        return after in {"one", "ones", "tool", "tools", "option", "options"} or stem(after) in self.needs.phrase_stems

    def _job_for_another_object(self, msg: Reading) -> Question | None:
        """ "ok and for models?" after data versioning: the thread's job, done to what is named instead (model
        versioning), when that names a use case of its own."""
        if not msg.memory.tags or msg.subjects or msg.need or not NEXT_NEED.search(unfilled(msg.low)):
            return None
        objects = [t.low for t in msg.toks if t.low in OBJECTS_OF_A_JOB]
        told = [t for t in msg.toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS]
        thread = self._thread_tags(msg.memory)
        if len(objects) != 1 or len(told) > len(objects) + 1 or not thread:
            return None
        object_word = objects[0].rstrip("s")
        told_of = words(thread[0].name)
        if object_word in told_of or not OBJECTS_OF_A_JOB.intersection(told_of):
            return None  # (the job's own object again, or a job not told of an object: "experiment tracking")
        swapped = self.needs.find(tokens(" ".join(object_word if w in OBJECTS_OF_A_JOB else w for w in told_of)))
        top = swapped.tags[0] if swapped.tags else None
        if top is None or top.weight < 1 or top.tag.id == thread[0].id:
            return None
        return Question(intent=Intent.FOLLOWUP, action="need", **{**msg.base, "need": need_again((top.tag,))})

    def _of_the_thread(self, tool: Tool, memory: Memory, among_all_its_jobs: bool = False) -> bool:
        """Whether a tool belongs to what the thread was about: shown in it, or doing its job as one of its first two
        (or, `among_all_its_jobs`, as any of its jobs)."""
        if not memory:
            return False
        jobs = tool.tags if among_all_its_jobs else tool.tags[:2]
        return tool in self._thread_tools(memory) or bool(self._thread_jobs(memory, 1).intersection(jobs))
