"""Reading names a message asks about by pointing back at them or weighing them: a tool told of, a product the catalog
lacks."""

from __future__ import annotations

import re

from bot.radar.language.cues import (
    ALTERNATIVE_TO,
    ANYWHERE_COMPARE_CUE,
    LIGHTER_CUE,
    LOOKUP_ASK,
    MEANING_CUE,
    MODIFIED_NOUNS,
    MORE_CUE,
    PICK_CUE,
    RECOMMEND_CUE,
    STRICT_COMPARE_CUE,
)
from bot.radar.language.lookup import is_ordinary_word
from bot.radar.language.message import (
    COMPOUND_WORDS,
    DETERMINERS,
    MAKER_WORDS,
    framework_asked_of_building,
    is_a_place,
    looks_like_a_name,
    unique,
    where_it_runs,
)
from bot.radar.language.question import Intent, Mention, Question, Role
from bot.radar.language.reading import Reading
from bot.radar.language.retrieval import QUESTION_WORDS
from bot.radar.language.text import STOP_WORDS, Token, words
from bot.radar.language.threads import ThreadReader

# a question that points back at the one tool a message told of: "what is it?", "is it any good?", "should we?"
ASKED_BACK = re.compile(
    r"\b(what (is|s) (it|that)|whats (it|that)|what (it|that) (actually |really )?is\b(?! (for|used|good))|"
    r"what \w+ (actually|really) is\b|"
    r"is (it|that) (any good|legit|good|ok|okay|safe|mature|stable|on (our|the) radar|worth|still|something)|does it "
    r"(matter|make sense)|legit or)\b|\bshould we\W*$|"
    # ("heard NannyML can estimate performance without labels. legit?", "my manager asked 'should we use this?'. what
    # do I tell her")
    r"\b(legit|for real)\W*$|\bshould (we|i) (use|adopt|try|buy|trust) (this|it|that)\b|"
    r"\bwhat (do|should|would|can) (i|we) tell (her|him|them)\b"
)
# the words that weigh the name right after them: "our position on PyRIT", "what does the radar say about Seeq",
# "should we move the forecasting pipelines to sktime", "has anyone looked at Google Earth Engine"
NAME_WEIGHED_BEFORE = re.compile(
    r"\b((position|stance|view|take|opinion|verdict|thoughts) (on|of|about)|(say|think) (about|of)|(move|switch|"
    r"migrate)( \w+){0,5} (to|into)|(looked|look) at|heard (of|about)|tried|(could|should|can) we (run|use|adopt)|"
    # ("anyone evaluated Elementary?", "has the team piloted Chalk?")
    r"(anyone|anybody|someone|we|you|the team) (ever )?(evaluated|assessed|used|tested|trialled|trialed|piloted|"
    r"played with))$"
)
# the same words anywhere: a message without them weighs no name
NAME_WEIGHED_ANYWHERE = re.compile(NAME_WEIGHED_BEFORE.pattern.removesuffix("$"))
# the radar's view asked at the end of a message that opens with the name: "Braintrust vs ..., worth switching?"
NAME_WEIGHED_LAST = re.compile(
    r"\b(worth (a )?(trial|look|try|switching|it|paying for)( or not)?|good idea( or (not|hype))?|hype|"
    r"(which|what) ring|on (the|our) radar|thoughts|opinions?|middle ground|"
    r"(trial|assess|adopt|hold) or (trial|assess|adopt|hold))\W*$"
)
# the one name of a message pointed back at in a question of the radar's view: "what does the radar say about it?"
NAME_POINTED_BACK = re.compile(
    r"\b((say|think|position|stance|view|take|opinion)( anything| something| much)? (about|on|of) (it|that|them)|"
    r"(do|does) (you|the radar|anyone|anybody) know (it|that|them|of it)|where (does|would) (it|that) sit|"
    # ("a vendor demoed X to our director, do you have it?")
    r"(do|does) (you|the radar|the catalog) (have|list|carry|cover) (it|that|them)|"
    r"(is|are) (it|that|they) (in|on) (the|your) (catalog|catalogue|list)|"
    r"would (it|that) go on|is (it|that)"
    r" on (the|our) radar|what ring (is|would) (it|that)|"
    r"should (we|i|ml|the team) (use|adopt|try|trial|consider) (it|that))\b|\b(what|which) ring\W*$"
)
# a name's place asked in the sentence around it: "is Harbor on the radar anywhere?", "where is Seeq on our radar?",
# "do we have ComfyUI on the radar at all?"
PLACED_BEFORE = re.compile(r"(^|\b(is|are|where is|where are|do we have|do you have|have we got))$")
PLACED_AFTER = re.compile(r"^(on|in) (the|our|your) (radar|catalog)\b")
WRITINGS = frozenset(
    {
        "whitepaper",
        "paper",
        "article",
        "post",
        "blog",
        "talk",
        "video",
        "webinar",
        "thread",
        "deck",
        "writeup",
        "review",
    }
)
VERDICT_WORDS = frozenset({"legit", "true", "accurate", "reliable", "trustworthy"})
PRODUCT_WORDS = 4  # words a maker's product written alone runs to
PITCH_VERBS = ("pitched", "pitching", "pitches", "demoed", "demoing")
# the words after a vendor that make it the one pitching: "AWS pitched ...", "our rep keeps pushing ..."
PITCHING_WORDS = frozenset({*PITCH_VERBS, "pushed", "pushing", "keeps"})
# ...and before a name, pitched or sold to the team: "a vendor pitched Seeq to us"
PITCHED = re.compile(rf"\b({'|'.join((*PITCH_VERBS, 'selling', 'sold'))})( us| me| to us)?$")


class NameReader(ThreadReader):
    """The steps that read a name asked about in so many words, whatever need the message tells around it."""

    def _one_tool_asked_back(self, msg: Reading) -> Question | None:
        """One tool told of, then asked about by pointing back at it: "saw evidently in a talk on drift monitoring,
        is it any good?", "someone said we use 'darts' for the load models. what is it?", "a KNIME champion wants it
        rolled out to the whole team. should we?". Tools named only as where the story happened ("in an AKS blog
        post") or as a kind of thing ("a random github project") are not asked about."""
        if msg.memory or not (ASKED_BACK.search(msg.low) or self._verdict_alone(msg.toks)):
            return None
        if PICK_CUE.search(msg.low) or ALTERNATIVE_TO.search(msg.low) or LIGHTER_CUE.search(msg.low):
            return None
        if STRICT_COMPARE_CUE.search(msg.low) or RECOMMEND_CUE.search(msg.low) or ANYWHERE_COMPARE_CUE.search(msg.low):
            return None
        if MORE_CUE.search(msg.low) or MEANING_CUE.search(msg.low):
            return None  # ("what else is out there?", "what does that mean?")

        def in_the_story(m: Mention) -> bool:
            if m.role is Role.COMPARE:
                return True  # ("the ML-focused IaaS category, e.g. coreweave? does it matter to us": an example)
            before = [t.low for t in msg.toks[max(0, m.start - 2) : m.start]]
            if before and before[-1] in DETERMINERS | {"a", "an", "random"}:
                before = before[:-1]
            after = msg.toks[m.end].low if m.end < len(msg.toks) else ""
            # ("a whitepaper on NannyML", "a talk about evidently": what the writing is about, not where it happened)
            about = len(before) == 2 and before[1] in {"on", "about"} and before[0] in WRITINGS
            return (
                bool(before and before[-1] in {"in", "on", "at", "from", "via"} and not about)
                or after in MODIFIED_NOUNS
            )

        told = [m for m in msg.mentions if not in_the_story(m)]
        asked = unique([m.tool for m in told])
        if len(asked) != 1:
            return None
        # (a word several tools' names share asks which one is meant: "merlin - is it any good?")
        written = " ".join(t.low for t in msg.toks[told[0].start : told[0].end])
        if len(self.index.sharing(written)) >= 2:
            return None
        return Question(intent=Intent.LOOKUP, tools=(asked[0],), **msg.base)

    @staticmethod
    def _verdict_alone(toks: list[Token]) -> bool:
        """Whether a verdict stands as a sentence of its own: "heard NannyML can estimate accuracy without labels.
        legit? ..."."""
        return any(
            t.low in VERDICT_WORDS and (i == 0 or toks[i - 1].ends_sentence) and (t.ends_sentence or i == len(toks) - 1)
            for i, t in enumerate(toks)
        )

    def _makers_product_alone(self, msg: Reading) -> Question | None:
        """A maker's product the catalog lacks, written alone ("amazon transcribe", "azure ai search"): unknown, not
        the maker's card nor a need its words brush."""
        lows = [t.low for t in msg.toks]
        if not (2 <= len(lows) <= PRODUCT_WORDS) or lows[0] not in MAKER_WORDS or msg.memory:
            return None
        if any(w in STOP_WORDS or w in QUESTION_WORDS for w in lows[1:]) or LOOKUP_ASK.search(" ".join(lows[1:])):
            return None  # ("azure for the training jobs?": a cloud and what it is for)
        if any(m.start > 0 or m.end > 1 for m in msg.mentions):
            return None  # (a tool of the catalog written after the maker: "google vertex")
        return Question(intent=Intent.UNKNOWN, action="name", unknown=msg.cleaned.text.strip(" ?!."), **msg.base)

    def _maker_of_the_next(self, msg: Reading, m: Mention) -> bool:
        """Whether a tool named is the maker in a product's name the catalog lacks ("Amazon Personalize", "SAP AI
        Core"), or the vendor that pitches one ("AWS pitched Amazon Personalize")."""
        if m.end >= len(msg.toks) or msg.toks[m.end].sentence_start:
            return False
        following = msg.toks[m.end]
        if following.low in PITCHING_WORDS:
            return True
        return (
            following.raw[:1].isupper()
            and not any(other.start <= m.end < other.end for other in msg.mentions)
            and following in self._unfamiliar(msg.toks)
            and not self.index.sharing(following.low)
            and self.index.exact(following.low) is None
        )

    def _lacked_name_weighed(self, msg: Reading) -> Question | None:
        """A product the catalog lacks, named like one and weighed by the radar's view of it, whatever job or tools
        the message tells around it: "Braintrust vs our langfuse setup for evals, worth switching?", "what's our
        position on PyRIT for red-teaming?", "should we move the pipelines to sktime?", "a vendor pitched Seeq. what
        does the radar say about it?". A tool of the catalog asked about leaves it to the other steps."""
        alone = self._makers_product_alone(msg)
        if alone is not None:
            return alone
        if framework_asked_of_building(msg.low):
            return None  # a name told as what would be built on leaves the question the radar's view of building
        if msg.referenced or any(
            m.role is Role.SUBJECT
            and not m.stack
            and not where_it_runs(msg.toks, msg.mentions, n)
            and not self._maker_of_the_next(msg, m)
            for n, m in enumerate(msg.mentions)
        ):
            return None
        lows = [t.low for t in msg.toks]
        # (most messages weigh nothing: they leave before any name is looked for)
        if not (
            NAME_WEIGHED_ANYWHERE.search(msg.low)
            or NAME_WEIGHED_LAST.search(msg.low)
            or NAME_POINTED_BACK.search(msg.low)
            or {"vs", "versus"} & set(lows)
            or re.search(r"\b(on|in) (the|our|your) (radar|catalog)\b", msg.low)
        ):
            return None
        inside = {i for m in msg.mentions for i in range(m.start, m.end)}
        unfamiliar = self._unfamiliar(msg.toks)
        names = [
            i
            for i, t in enumerate(msg.toks)
            if t in unfamiliar
            and i not in inside
            and not (t.raw.isupper() and not any(c.isdigit() for c in t.raw))  # ("NDVI", "GDPR": acronyms of things)
            and (looks_like_a_name(t) or not is_ordinary_word(t.low))
        ]

        def lacked(i: int) -> bool:
            """Whether the catalog lacks the word: not a word of a tool's name, which is that tool or asks which one
            ("thoughts on Paperspace?"), nor a tool's name or a typo of one (looked up last: it is the dearest)."""
            low = msg.toks[i].low
            return not self.index.sharing(low) and not self.index.knows(low)

        def against_a_tool(i: int) -> bool:
            """Whether a tool the catalog has stands on the other side of the "vs" next to the name."""
            return any(j in inside for j in (*range(i - 3, i - 1), *range(i + 2, i + 5)))

        # ("what should we use to parse them? tried `pypdf` and it mangles every table": a name tried and told of,
        # while a tool for the job is asked for, is what the answer replaces, not what is asked about)
        tool_asked = msg.need.strong and msg.asks_for_tool

        def weighed(i: int) -> bool:
            before = " ".join(lows[max(0, i - 9) : i])
            after = " ".join(lows[i + 1 : i + 3])
            told_tried = (
                tool_asked
                and i > 0
                and lows[i - 1] == "tried"
                and (i < 2 or lows[i - 2] not in {"anyone", "anybody", "someone", "you", "ever", "has", "have"})
            )
            return bool(
                (NAME_WEIGHED_BEFORE.search(before) and not told_tried)
                or (i > 0 and lows[i - 1] in {"vs", "versus"} and against_a_tool(i))
                or (after.split(" ")[0] in {"vs", "versus"} and against_a_tool(i))
                # ("Braintrust vs our langfuse setup, worth switching?": a name opening the message, then weighed)
                or (i == 0 and looks_like_a_name(msg.toks[0]) and bool(NAME_WEIGHED_LAST.search(msg.low)))
                # ("a vendor pitched Monte Carlo to our lead for data observability. good idea or hype?")
                or (bool(PITCHED.search(before)) and bool(NAME_WEIGHED_LAST.search(msg.low)))
                or placed(i)
            )

        def placed(i: int) -> bool:
            """Whether the sentence asks where the name sits: "... . is Harbor on the radar anywhere?"."""
            start = i
            while start > 0 and not msg.toks[start].sentence_start and i - start < 4:
                start -= 1
            if not (msg.toks[start].sentence_start or start == 0):
                return False
            before = " ".join(lows[start:i])
            return bool(PLACED_BEFORE.search(before)) and bool(PLACED_AFTER.match(" ".join(lows[i + 1 : i + 4])))

        asked = [i for i in names if weighed(i) and lacked(i)]
        # ("a vendor pitched Seeq to us. what does the radar say about it?": the one name, pointed back at)
        # (a tool of the catalog told of is what "it" points at: "biostats already have SAS Viya licences. where does it
        # sit?")
        if (
            not asked
            and NAME_POINTED_BACK.search(msg.low)
            and all(is_a_place(m.tool) or self._maker_of_the_next(msg, m) for m in msg.mentions)
        ):
            lacking = [i for i in names if lacked(i)]
            if len({msg.toks[i].low for i in lacking}) == 1:
                asked = lacking[:1]
        if not asked:
            return None
        at = asked[0]
        start = at
        # ("Monte Carlo", "Microsoft Purview", "Google Earth Engine": a name runs over its capitalised words)
        while start > 0 and not msg.toks[start].sentence_start:
            previous = msg.toks[start - 1]
            # ("OR-Tools": the words of a name written as one)
            if previous.glued_to_next:
                start -= 1
                continue
            if not previous.raw[:1].isupper() or start - 1 in inside or previous.low in STOP_WORDS:
                break
            start -= 1
        end = at + 1
        while end < len(msg.toks) and end - start < COMPOUND_WORDS + 1 and msg.toks[end].raw[:1].isupper():
            if end in inside or msg.toks[end].sentence_start or msg.toks[end].low in STOP_WORDS:
                break
            end += 1
        name = " ".join(t.raw for t in msg.toks[start:end])
        written = msg.plain[msg.toks[start].start : msg.toks[end - 1].end]
        if " ".join(words(written)) == " ".join(words(name)):
            name = written  # (as written: "OR-Tools", not "OR Tools")
        return Question(
            intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=self._close_tools(name)[:3], **msg.base
        )
