"""The radar's own ideas in a question: which one it asks about, and the rings and quadrants it names."""

from __future__ import annotations

import re

from bot.radar.catalog import Catalog, normalise
from bot.radar.language.concepts import NOTES
from bot.radar.language.cues import (
    AXES_CUE,
    CATALOG_VS_RADAR,
    CATEGORY_MEANING,
    COMPARE_CUE,
    CONCEPT_ASK,
    COUNTED_BEFORE,
    FRAMEWORK_WORDS,
    IDEA_MIN,
    LIFECYCLE_CUE,
    LIST_ASK,
    LIST_CUE,
    MEANING_CUE,
    PERSONA_CUE,
    PICK_CUE,
    QUADRANT_MEANING,
    QUOTED,
    QUOTED_IDEA_MIN,
    RANKING_WORDS,
    RING_CONTEXT,
    RING_MEANING_CUE,
    SIGNALS_CUE,
    SIGNALS_SOFT_CUE,
    SPEAKS_OF_ONESELF,
    STRICT_COMPARE_CUE,
    WHY_CUE,
)
from bot.radar.language.lookup import (
    QUADRANT_NICKNAMES,
    is_chat_word,
)
from bot.radar.language.message import (
    MEANING_OF,
    asks_build_vs_buy,
    char_offsets,
    content_word_count,
    goes_on_with_a_name,
    radar_rings,
)
from bot.radar.language.recommend import (
    COMMERCIAL_CUE,
    OPEN_SOURCE_CUE,
    Need,
    NeedFinder,
    persona_named,
)
from bot.radar.language.retrieval import Ranker
from bot.radar.language.text import STOP_WORDS, Token, stem, tokens, words
from bot.radar.models import Quadrant, Ring

# the ideas about one tool's place on the team's radar, and the words that say a message is about that place
# ("who owns them" of tables, "an audit trail" of models are not)
ENTRY_IDEAS = frozenset(f"note:{n.id}" for n in NOTES if n.of_an_entry)
# ideas whose few words would match many messages, each with the pattern that shows it is the one asked
GATED_IDEAS = {f"note:{n.id}": re.compile(n.asked_by) for n in NOTES if n.asked_by}
ABOUT_AN_ENTRY = re.compile(
    r"\b(radar|entry|entries|card|cards|rings?|listed|polls?|votes?|adopt|trial|assess|hold)\b|"
    r"\b(each|every|a|the|per|one) tool('s)?\b"
)
MEANING_WORDS = frozenset({"mean", "means", "meaning", "exactly", "actually", "again", "explain", "definition"})
# a term asked the meaning of, all the message asks: "what's a vendor AI platform?", "what counts as a specialised ML
# tool?"
DEFINITION_ASKED = re.compile(
    r"^(so |ok |and )?(what is|whats|what s|define|what counts as|what do you mean by) (an? |the )?"
    r"(?P<term>[a-z][\w -]{2,60}?)\W*$"
)
DEFINED_WORDS = 4  # words of a term asked the meaning of that may name a quadrant in other words
TOLD_AT_LENGTH = 8  # words beyond which a problem told with no word asking about a tool is a need, however faint


# building on something, not building it: "what's the default managed ML service to build on?"
BUILT_ON = re.compile(r"\bbuild (on|upon|on top of)\b")
BUILD_OR_BUY_WORDS = re.compile(
    r"\b(buy|buying|bought|own|in house|homegrown|scratch|vendors?|speciali[sz]ed|single purpose|write|roll)\b"
)
KIND_OF_TOOLS_ASKED = re.compile(
    r"\b(which|what)( [\w/-]+){0,3} (tools|libraries|libs|frameworks|platforms|stores|trackers|orchestrators|"
    r"servers|databases|services)\b"
)
# the rings' words that are also everyday nouns, and their plurals (never a ring's name)
ORDINARY_NOUN_FORMS = frozenset({"trial", "trials", "assessment", "assessments"})
PLURAL_FORMS = frozenset({"trials", "assessments"})
# the words a ring's name follows when it is the ring: "in trial", "move it to trial", "assess or trial?"
RING_BEFORE = frozenset(
    {
        "on", "in", "the", "ring", "to", "into", "and", "or", "vs", "versus", "is", "are", "was", "were", "between",
        "be", "from", "at", "of", "still", "stay", "stays", "sits", "currently", "now",
    }
)  # fmt: skip


TOOL_JUDGED = re.compile(
    r"\b(tools?|platforms?|vendors?|projects?|librar(y|ies)|frameworks?|products?|options?|mature|maturity|healthy|"
    r"trust|adopt|choose|choosing|pick|picking|judge|judging|radar)\b"
)


class IdeaFinder:
    """Finds the radar's ideas, rings and quadrants a question names, by BM25 over the ideas' words and by their
    names."""

    def __init__(self, catalog: Catalog, needs: NeedFinder) -> None:
        self.catalog = catalog
        self.needs = needs
        self.index = Ranker(idea_documents(catalog))
        self.rings = {w: r for r in catalog.rings for w in _ring_words(r)}
        self.quadrants = [
            (q, tuple(stem(w) for w in words(name) if w not in STOP_WORDS))
            for q in catalog.quadrants
            for name in {q.name, q.id.replace("-", " "), *QUADRANT_NICKNAMES.get(q.id, [])}
        ]

    def concept(self, low: str, need: Need, toks: list[Token]) -> str:
        ring = self.ring(toks)
        if CATALOG_VS_RADAR.search(low):
            return "note:catalog-vs-radar"
        if re.search(
            r"\b(explain|what are|walk (me|us) through|describe|remind me of)\b.{0,20}\b(the )?(four |4 )?quadrants\b",
            low,
        ):
            return "axes"  # "can someone explain the four quadrants? cloud platforms, ML platforms, ..."
        if re.search(r"\bpersonas?\b", low) and not need.strong:
            return "personas"  # "who are the personas the framework keeps talking about?"
        quadrant = self.quadrant(toks)
        if quadrant is not None and QUADRANT_MEANING.search(low) and not need.categories:
            return f"quadrant:{quadrant.id}"  # "which categories are in the Specialized ML Tools quadrant?"
        # (two quadrants each named by one everyday word, "one platform ... public cloud is not an option", are not
        # the two set side by side)
        phrases = self.quadrant_phrases(toks)
        if (
            len({quadrant.id for _, quadrant in phrases}) >= 2
            and max(length for length, _ in phrases) >= 2
            # (not a comparison that is the person's own job: "classify point clouds to compare against the model")
            and (
                any(
                    not re.search(r"\bto (compare |contrast |check |match |measure )?$", low[: m.start()])
                    for m in COMPARE_CUE.finditer(low)
                )
                or " between " in low
            )
        ):
            return "axes"  # "the difference between ML platforms and specialised tools" is the map itself
        if asks_build_vs_buy(low, need):
            return "build_vs_buy"
        signalled = SIGNALS_CUE.search(low) or SIGNALS_SOFT_CUE.search(low)
        if signalled and _signal_is_no_judgment(low, signalled):
            signalled = None
        # ("my director asked me to pick a platform by next week. which one?": a pick asked for, not how to judge one)
        if signalled and not SIGNALS_CUE.search(low) and PICK_CUE.search(low):
            signalled = None
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
        if len({r.id for r in self.rings_named(toks)}) >= 2 and (
            RING_MEANING_CUE.search(low) or STRICT_COMPARE_CUE.search(low) or re.search(r"\bbetween\b", low)
        ):
            return "rings"
        if (
            radar_rings(low)
            and not re.search(r"\b(on|in)\b.*\b(adopt|trial|assess|hold)\b", low)
            # ("which CI/CD tools do we have rings for?": the kind's tools, each in its ring)
            and not KIND_OF_TOOLS_ASKED.search(low)
            and (
                RING_MEANING_CUE.search(low)
                # ("do the rings say how good a tool is?": the rings asked about, whatever the question word)
                or re.search(r"\b(what|which|how|explain|tell|describe|say|says|measure|do|does)\b", low)
                or low.strip() == "rings"
            )
        ):
            # ("what's the deal with the hold ring": the one ring named)
            return f"ring:{ring.id}" if ring is not None and len(self.rings_named(toks)) == 1 else "rings"
        if 2 <= len(need.categories) <= 3 and (COMPARE_CUE.search(low) or re.search(r"\bbetween\b", low)):
            # "ML project framework vs ML task orchestrator: what's the difference between those categories?"
            return "categories:" + ",".join(c.id for c in need.categories)
        if len(need.categories) == 1 and CATEGORY_MEANING.search(low):
            return f"category:{need.categories[0].id}"  # 'what is the "single-component ML tools" category for?'
        if ring and (RING_MEANING_CUE.search(low) or (WHY_CUE.search(low) and not need.strong)):
            return f"ring:{ring.id}"  # "what does Hold mean?", "why is anything on Hold at all?"
        if AXES_CUE.search(low) and not need.strong and not self.quadrant(toks) and not (ring and LIST_CUE.search(low)):
            return "axes"
        if (
            re.search(r"\b(what|which|how many|list|show|all)\b.{0,25}\bcategor(y|ies)\b", low)
            and not need.categories
            and not need.strong
        ):
            return "axes"  # "what categories are there?": the map lists them, quadrant by quadrant
        if re.search(
            r"\b(who|where|what)\b.{0,40}\b(came up with|come up with|come from|comes from|came from|invented|created|"
            r"wrote|designed|based on|inspired by)\b.{0,40}\b(framework|radar|map|thoughtworks)\b|\b(framework|"
            r"radar|map)\b.{0,20}\b(based on|inspired by|comes? from)\b|"
            # ("who came up with this?", "where does this come from?"; not "where does this dataset come from")
            r"\b(who|where|what)\b.{0,20}\b(came up with|come up with|invented|created|wrote|designed) (this|it)\b|"
            r"\bwhere (does|did|do) (this|it|all this) (come|comes|came) from\b",
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
            r"entries|place|places)\b|\bhistory\b.{0,40}\b(moved|moves|changed) rings?\b|"
            # ("how does our team decide what goes into Adopt?")
            r"\bhow (does|do|did) (our|the|this) team (decide|choose|pick|agree)\b",
            low,
        ):
            return "note:team-votes"  # "who decides what goes on the radar?", "how often is the radar updated?"
        if re.search(
            r"\bwhat is (a|an) (tech |technology )?radar\b|\b(what|is (that|this|it)) (the|this|our|a|your) (tech |"
            r"technology )?radar (is|is for|means)\b|\bwhy (do|would|does) (we|teams|you|this team|the team|our "
            r"team) (even )?(have|keep|maintain|need)\b|\b(why|point|purpose|bother|value|benefit|worth)\b.{0,40}\b((a|"
            r"having a|keeping a) radar|(tech|technology) radar)\b",
            low,
        ):
            return "note:tech-radar"  # what the thing is for, before how it is laid out
        if re.search(r"\bthoughtworks\b", low) and re.search(r"\bradars?\b", low):
            return "note:origin"  # "how is this radar different from the thoughtworks one?"
        defined = DEFINITION_ASKED.match(low)
        if defined is not None:
            # "what's a vendor AI platform?", "what counts as a specialised ML tool?": a kind the framework names
            said = normalise(defined.group("term"))
            term = said.rstrip("s")
            for category in self.catalog.categories:
                if normalise(category.name).rstrip("s") == term:
                    return f"category:{category.id}"
            for quadrant in self.catalog.quadrants:
                if normalise(quadrant.name).rstrip("s") == term:
                    return f"quadrant:{quadrant.id}"
            for note in NOTES:
                if normalise(note.id) == said:
                    return f"note:{note.id}"  # "what's MLOps?", "what is self-serve?"
            # ("what counts as a specialised ML tool?": the quadrant in other words; not "the best platform")
            phrases = self.quadrant_phrases(toks)
            if (
                phrases
                and max(length for length, _ in phrases) >= 2
                and len(defined.group("term").split()) <= DEFINED_WORDS
                and not RANKING_WORDS.intersection(defined.group("term").split())
            ):
                return f"quadrant:{max(phrases, key=lambda item: item[0])[1].id}"
        if re.search(
            r"\b(how|what)\b.*\b(radar)\b.*\b(work|works|organised|organized|mean|structured|built)\b|\bwhat is (the|"
            # (not the radar's view of something: "what's the radar's view for user-facing analytics?")
            r"this) (tech |technology )?radar\b(?! s\b| (view|take|stance|opinion|verdict|position|call|line)\b)",
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
            if not (goes_on_with_a_name(toks, i) and toks[i - 1].raw.istitle() and not toks[i - 1].raw.isupper())
        )
        if (
            (PERSONA_CUE.search(roles) or persona_named(self.catalog, roles))
            and not need.strong
            and not (need and re.search(r"\b(we|i) (need|want)\b", low))  # "we need explanations a scientist reads"
            # a need told at length with a role in it ("data scientists train in python but scoring has to happen in
            # java") is about the work; asking about roles speaks of oneself ("someone in my seat", "for me")
            and not (need and content_word_count(toks) >= TOLD_AT_LENGTH and not SPEAKS_OF_ONESELF.search(low))
            and not self.quadrant(toks)
            # ("which tools on the radar work from R? our sports scientists want a list": who asks, for a list)
            and not LIST_ASK.search(low)
        ):
            return "personas"
        return ""

    def idea(self, low: str, toks: list[Token], need: Need, asks_for_tool: bool, named: bool = False) -> str:
        """One of the radar's ideas found by BM25 over their words, when the message asks about an idea (`named`:
        it names one in words of the framework's own, which is asking about it)."""
        return self.idea_scored(low, toks, need, asks_for_tool, named)[0]

    def idea_scored(
        self, low: str, toks: list[Token], need: Need, asks_for_tool: bool, named: bool = False
    ) -> tuple[str, float]:
        if not (named or CONCEPT_ASK.search(low)) or (asks_for_tool and need.strong):
            return "", 0.0
        gated = next((key for key, pattern in GATED_IDEAS.items() if pattern.search(low)), None)
        if gated is not None:
            return gated, IDEA_MIN  # ("why does the bot keep asking me questions back?")
        # (the words of a licence or hosting asked for are no idea's: "can we self host that one on our own servers"
        # is not self-serve ML)
        joined = " ".join(t.low for t in toks)
        told = [m.span() for cue in (OPEN_SOURCE_CUE, COMMERCIAL_CUE) for m in cue.finditer(joined)]
        at = char_offsets(toks)
        said = [t for t, start in zip(toks, at, strict=True) if not any(a <= start < b for a, b in told)]
        query = [t.stem for t in said if t.low not in STOP_WORDS]
        hits = [hit for hit in self.index.rank(query, 3) if hit.key not in ENTRY_IDEAS or ABOUT_AN_ENTRY.search(low)][
            :2
        ]
        # (a word of the framework's own is half the evidence: "the two axes again please")
        if not hits or hits[0].score < (IDEA_MIN / 2 if named else IDEA_MIN):
            return "", 0.0
        if not named and self._matched_by_chance(said, query, hits[0].key, low):
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
        why_not_which = bool(WHY_CUE.search(low)) and not asks_for_tool and not self.ring(toks)
        if (
            (need.phrased or need.categories or (need.areas and WHY_CUE.search(low)))
            and not hits[0].key.startswith("category:")
            and hits[0].score < 2 * IDEA_MIN
            and not why_not_which
        ):
            return "", 0.0
        # (a platform "to build on" asks for one, not whether to build: the idea needs a word of its own beside it)
        if hits[0].key == "build_vs_buy" and BUILT_ON.search(low) and not BUILD_OR_BUY_WORDS.search(low):
            return "", 0.0
        if (
            hits[0].key == "signals"
            and (signalled := SIGNALS_CUE.search(low)) is not None
            and _signal_is_no_judgment(low, signalled)
        ):
            return "", 0.0  # ("rural routes have zero signal. what on-device runtime?": no tool is judged)
        rings = self.rings_named(toks)
        if hits[0].key == "rings" and len({r.id for r in rings}) == 1:
            return f"ring:{rings[0].id}", hits[0].score  # "what's the deal with the hold ring": that one ring
        alone = self._ring_alone(toks)
        if alone is not None:
            return f"ring:{alone.id}", hits[0].score  # "what does Hold mean?": the ring, nothing more about it
        return hits[0].key, hits[0].score

    def _matched_by_chance(self, said: list[Token], query: list[str], key: str, low: str) -> bool:
        """Whether only everyday words tie the message to the idea, in a message that says nothing of the radar's
        world ("how many days of leave can I carry over?" is no question of how tools move on)."""
        common = self.index.common_terms(query, key)
        return (
            not FRAMEWORK_WORDS.search(low)
            and not self.quadrant_phrases(said)
            and all(is_chat_word(t.low) for t in said if t.stem in common)
        )

    def _ring_alone(self, toks: list[Token]) -> Ring | None:
        """The one ring words name when they say nothing else of substance ("Hold", "the trial ring")."""
        named = {r.id: r for r in self.rings_named(toks)}
        said = {t.low for t in toks if t.low not in STOP_WORDS and t.low not in MEANING_WORDS}
        return next(iter(named.values())) if len(named) == 1 and said <= set(named) | {"ring"} else None

    def quoted_idea(self, text: str) -> str:
        """The radar's idea that words in quotes name: "what does 'buy specialised tools first' mean?"."""
        # (or named as the words asked the meaning of: "what does self-serve mean here?")
        for phrase in [*QUOTED.findall(text), *(m.group("term") for m in MEANING_OF.finditer(text.lower()))]:
            alone = self._ring_alone(tokens(phrase))
            if alone is not None:
                return f"ring:{alone.id}"  # "what does Hold mean?": the ring itself
            hits = self.index.rank([t.stem for t in tokens(phrase) if t.low not in STOP_WORDS], 1)
            if hits and hits[0].score >= QUOTED_IDEA_MIN:
                return hits[0].key
        return ""

    def ring(self, toks: list[Token]) -> Ring | None:
        named = self.rings_named(toks)
        return named[0] if named else None

    def rings_named(self, toks: list[Token]) -> list[Ring]:
        return [ring for _, ring in self.ring_mentions(toks)]

    def ring_mentions(self, toks: list[Token]) -> list[tuple[int, Ring]]:
        """Where the message names a ring, and which: not the verbs and phrases that share a ring's word."""
        found: list[tuple[int, Ring]] = []
        for i, tok in enumerate(toks):
            ring = self.rings.get(tok.low)
            if ring is None:
                continue
            after = toks[i + 1].low if i + 1 < len(toks) else ""
            if (
                ring.id == "hold"
                and not (
                    i > 0
                    # ("diff between assess and hold?", "is hold banned?")
                    and toks[i - 1].low
                    in {"on", "in", "the", "ring", "to", "into", "and", "vs", "versus", "is", "between"}
                    or not after
                    or after in RING_CONTEXT
                    or (tok.low == "held" and after == "back")
                    or tok.raw[:1].isupper()
                )
            ):
                continue  # "hold off", "get hold of" are not the ring
            if (
                ring.id in ("assess", "adopt")
                and i > 0
                and toks[i - 1].low in {"to", "we", "i", "can", "should", "how", "help", "they", "you"}
                and after not in RING_CONTEXT
            ):
                continue  # "how do we assess a platform", "what should we adopt?" use the verb
            beside = [toks[j] for j in (i - 1, i + 1) if 0 <= j < len(toks)]
            slashed = i > 0 and toks[i - 1].listed_with_next and tok.listed_with_next
            if slashed and not any(t.low in self.rings for t in beside) and tok.raw.islower():
                continue  # "subjective/objective/assessment/plan": one item of the person's own list
            if (
                ring.id == "trial"
                and i > 0
                and toks[i - 1].low in COUNTED_BEFORE
                and after not in RING_CONTEXT
                and not tok.raw[:1].isupper()
            ):
                continue  # "every trial runs as a pod", "a free trial": a trial counted, not the ring
            if (
                tok.low in ORDINARY_NOUN_FORMS
                and not tok.raw[:1].isupper()
                and after not in RING_CONTEXT
                and (
                    tok.low in PLURAL_FORMS
                    or (i > 0 and (after or tok.low != "trial") and toks[i - 1].low not in RING_BEFORE)
                )
            ):
                # "incoming trial data", "a feeding-regime trial across pens", "kill bad trials early", "for the DSA
                # risk assessment": the person's own trials and assessments
                continue
            found.append((i, ring))
        return found

    def quadrant(self, toks: list[Token]) -> Quadrant | None:
        named = self.quadrant_phrases(toks)
        return max(named, key=lambda item: item[0])[1] if named else None

    def quadrants_named(self, toks: list[Token]) -> set[str]:
        return {quadrant.id for _, quadrant in self.quadrant_phrases(toks)}

    def quadrant_phrases(self, toks: list[Token]) -> list[tuple[int, Quadrant]]:
        """Each quadrant phrase found in the text, with its length in words (longer is more specific)."""
        stems = [t.stem for t in toks if t.low not in STOP_WORDS]
        joined = " " + " ".join(stems) + " "
        return [
            (len(phrase), quadrant)
            for quadrant, phrase in self.quadrants
            if phrase and f" {' '.join(phrase)} " in joined
        ]

    def ring_in(self, text: str) -> Ring | None:
        """The ring a question names as a filter ("which ... are in Trial"), if any: the first of those it allows."""
        rings = self.rings_in(text)
        return rings[0] if rings else None

    def rings_in(self, text: str) -> tuple[Ring, ...]:
        """The rings a question names as a filter: "which are in trial?", "the trial tools for monitoring", "which
        of those sit in adopt or trial?", "anything in trial or better?"."""
        low = " ".join(words(text))
        names = "adopt|trial|assess|hold"
        listed = rf"(?P<rings>({names})((,| or| and)? ({names}))*)"
        match = re.search(rf"\b(on|in) {listed}\b", low) or re.search(
            rf"\b{listed} (tools|ones|options|libraries|libs|platforms|picks|stuff)\b", low
        )
        if match is None:
            return ()
        order = [r.id for r in self.catalog.framework.rings]
        ids = re.findall(names, match.group("rings"))
        # ("trial or better", "assess and up": that ring and those ahead of it)
        if re.match(r" (or|and) (better|above|higher|up)\b", low[match.end() :]) and ids[-1] in order:
            ids = order[: order.index(ids[-1]) + 1]
        return tuple(ring for ring in (self.catalog.ring(i) for i in dict.fromkeys(ids)) if ring is not None)


def _signal_is_no_judgment(low: str, signalled: re.Match[str]) -> bool:
    """Whether the signal a message names is the data itself or a phone's reception, not a sign of a tool's health:
    "fast range queries over 1 Hz signals", "agents in garages with no signal"."""
    return signalled.group(0) in {"signal", "signals"} and not TOOL_JUDGED.search(low)


def idea_documents(catalog: Catalog) -> list[tuple[str, list[str]]]:
    """The radar's ideas as documents for retrieval: their own words, then the framework's texts about them."""
    fw = catalog.framework
    # (an idea asked only in its own pattern stays out of the ranking, where its few words would match anything)
    docs: list[tuple[str, list[str]]] = [(f"note:{n.id}", [n.words, n.words, n.title]) for n in NOTES if not n.asked_by]
    docs.append(("rings", ["rings ring meaning what do the rings mean four rings", *(r.name for r in fw.rings)]))
    for ring in fw.rings:
        docs.append(
            (f"ring:{ring.id}", [f"{ring.name} {ring.name} counts as example actions", ring.strategy, ring.practice])
        )
    docs.append(
        (
            "axes",
            [
                "axes axis quadrants map landscape organised two axes picture",
                f"{fw.axes.artifact.low} {fw.axes.artifact.high} {fw.axes.scope.low} {fw.axes.scope.high}",
                fw.axes.scope.description,
                fw.axes.artifact.description,
            ],
        )
    )
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
