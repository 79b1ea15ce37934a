"""The shape of a message: its sentences and clauses, names written like names, and words that ask rather than need."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import accumulate

from bot.radar.language.cues import (
    AMBIGUOUS_FILLERS,
    AMBIGUOUS_NEEDS,
    ANYWHERE_COMPARE_CUE,
    ASK_FOR_TOOL,
    ASKED_AFTER,
    ASKED_BEFORE,
    ASKING_VERBS,
    ASKING_WORDS,
    BUILD_BUY_CUE,
    BUILD_OR_BUY_ASKED,
    BUILDING_WEIGHED,
    BUY_DECIDED,
    BUY_SIDE_SOUGHT,
    CLAUSE_OPENERS,
    CLAUSE_WORDS,
    COMPARE_CUE,
    FRAME_WORDS,
    KIND_FILLERS,
    KIND_NOUNS,
    KIND_PRONOUNS,
    KIND_SETTING_WORDS,
    KIND_WORDS_AT_MOST,
    NEGATED_RESOURCES,
    NEGATORS,
    OTHER_REF,
    PERSON_WORDS,
    PICK_CUE,
    PLURAL_REF,
    RANKING_WORDS,
    SETTING_WORDS,
    SINGLE_REF,
    STRICT_COMPARE_CUE,
    TAIL_WORDS,
    TOOLING_SOUGHT,
    TOOLS_OF_A_KIND_ASKED,
    WANTING_WORDS,
    cue,
)
from bot.radar.language.lookup import (
    is_common_word,
    is_ordinary_word,
)
from bot.radar.language.question import Mention, Option
from bot.radar.language.recommend import (
    CLOUD_PROVIDERS,
    Need,
    NeedMatch,
)
from bot.radar.language.retrieval import QUESTION_WORDS
from bot.radar.language.text import STOP_WORDS, Token, stem, words
from bot.radar.models import Tag, Tool

# words that soften a filter on a kind: "labelling tools, ideally ones that handle audio"
PREFERRING_WORDS = frozenset({"ideally", "preferably", "especially", "mainly", "mostly", "particularly"})
PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})
TOLD_ADVICE = frozenset({"recommended", "suggested"})
KEEPING_TRACK = frozenset({"keep", "keeps", "keeping", "kept", "lose", "loses", "losing", "lost"})
KNOWING_WHICH = frozenset({f"of {w}" for w in ("which", "what", "who", "where", "when", "how", "whether")})
REASON_WORDS = 9  # words of a reason told after a kind asked for: "we can't send docs to a vendor"
BARE_REASON_WORDS = 3  # ...and of one that refuses nothing: "we're aws"
REFUSING = frozenset({"not", "no", "never", "nothing", "none", "without"})
# words that make a clause of the person's circumstances a wish: "vector dbs, we need one for fraud"
ASKING_IN_REASON = frozenset({"need", "needs", "want", "wants", "looking", "should", "recommend", "suggest", "pick"})
# use cases of the places where things run: a tool leading with one, named before another job, is where it runs
PLACE_TAGS = frozenset({"cluster-orchestration", "compute-platform", "gpu-compute", "containers"})


def looks_like_a_name(token: Token) -> bool:
    """Capitals inside a sentence, digits or odd casing: how product names tend to be written."""
    raw = token.raw
    return (
        (raw[:1].isupper() and not token.sentence_start)
        or any(c.isdigit() for c in raw)
        or (raw[1:] != raw[1:].lower())
    )


def glued_spans(toks: list[Token]) -> list[tuple[int, int]]:
    """The (start, end) positions of words written glued by a hyphen or a dot: "Node-RED", "Acord.NET"."""
    spans, start = [], 0
    for i, t in enumerate(toks):
        if t.glued_to_next:
            continue
        if i > start:
            spans.append((start, i + 1))
        start = i + 1
    return spans


def odd_compounds(toks: list[Token]) -> set[int]:
    """Positions of the words of hyphenated compounds with capitals inside a word: "Node-RED", "Open-WebUI"."""
    return {
        i
        for start, end in glued_spans(toks)
        if any(w.raw[1:] != w.raw[1:].lower() for w in toks[start:end])
        for i in range(start, end)
    }


def compound(toks: list[Token], plain: str, token: Token) -> str:
    """The whole written name a word belongs to ('mlflw-pro-max-9000'), or a few words around it."""
    i = toks.index(token)
    start = i
    while start > 0 and toks[start - 1].glued_to_next:
        start -= 1
    end = i
    while end + 1 < len(toks) and toks[end].glued_to_next:
        end += 1
    # (and the capitalised words written after it: "Azure Purview", "AWS Step Functions")
    while end + 1 < len(toks) and end - start < COMPOUND_WORDS and goes_on_with_a_name(toks, end + 1):
        end += 1
    return plain[toks[start].start : toks[end].end]


def goes_on_with_a_name(toks: list[Token], i: int) -> bool:
    """Whether the word at i, capitalised in mid-sentence right after another, is more of the same name."""
    tok = toks[i]
    return (
        i > 0
        and tok.raw[:1].isupper()
        and not tok.sentence_start
        and not toks[i - 1].listed_with_next
        # (a short word in capitals glued to the next is a name's word: "OR-Tools")
        and (tok.low not in STOP_WORDS or (tok.raw.isupper() and tok.glued_to_next))
        and tok.low not in FRAME_WORDS
    )


def placed_name(placed: re.Match[str]) -> str:
    """The name a place frame asks about ("where does X sit", "what ring is X in", "is X on the radar")."""
    return (
        placed.group("name")
        or placed.group("other")
        or placed.group("asked")
        or placed.group("have")
        or placed.group("where")
        or placed.group("covers")
        or placed.group("stance")
    )


COMPOUND_WORDS = 3  # words a product's name may run to after its first


# a quarter, a half or a financial year: "before Q3", "by H2", "FY26 budget"
CALENDAR = re.compile(r"^(q[1-4]|h[12]|fy\d{2}(\d{2})?)$")
# a number with a unit or a multiplier: model sizes, memory, counts of machines
QUANTITY = re.compile(
    r"^\d+(\.\d+)?(k|m|b|bn|t|kb|mb|gb|tb|pb|ms|s|h|x|x\w+|gpus?|cores?|nodes?|rows?|d|p|fps|hz|ghz|mhz|m2|km|cm|mm|kg|min|mins|hrs|yrs|w|kw|%"
    # (volumes, weights, energy, rates and money: "Pilsner 33cl", "400kwh", "2rps", "50eur")
    r"|cl|ml|dl|l|g|mg|lbs?|oz|wh|kwh|mwh|gwh|mw|gw|rps|qps|tps|rpm|secs?|hr|days?|wks?|mos?|eur|usd|gbp|chf|ft|mph|kmh|psi|bar)$"
    # (a GPU's model, "2 idle A10G boxes", "an H100", "L4s", "MI300X": hardware, not a product asked about)
    r"|^(a|h|l|t|v|b|p|mi|rtx|gh)\d{1,4}[a-z]{0,2}s?$"
)
LIKENESS_SUFFIXES = frozenset({"compatible", "style", "like", "esque", "flavoured", "flavored", "inspired"})


def inside_a_compound(toks: list[Token], i: int) -> bool:
    """A lower-case everyday word glued to its neighbour by a hyphen or slash-free punctuation ("fine-tune")."""
    tok = toks[i]
    glued = (i > 0 and toks[i - 1].glued_to_next and toks[i - 1].raw.isalpha()) or (
        tok.glued_to_next and i + 1 < len(toks) and toks[i + 1].raw.isalpha()
    )
    return glued and tok.raw.islower() and is_common_word(tok.low)


def sentence_starts(text: str, toks: list[Token]) -> tuple[list[int], list[int]]:
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


def sentence_end(starts: list[int], start: int, length: int) -> int:
    """The token after the sentence that begins at `start` (`starts`: the first token of each sentence)."""
    return next((s for s in starts if s > start), length)


def asking_sentence(text: str, toks: list[Token], sentences: tuple[list[int], list[int]]) -> int:
    """The first token of the sentence that asks: the last one ending in a question mark, else the last one
    (0 for a message of one sentence). `sentences`: what `sentence_starts` found."""
    starts, asking = sentences[0], list(sentences[1])
    if toks and "?" in text[toks[-1].end :]:
        asking.append(starts[-1])
    if asking:
        return _turn_within(toks, asking[-1])
    # with no question mark, the last sentence that wants something asks ("need to annotate forms. open source
    # only": the constraint told last asks nothing); with none, the whole message does
    ends = [*starts[1:], len(toks)]
    wanting = [s for s, e in zip(starts, ends, strict=True) if any(t.low in SENTENCE_ASKS for t in toks[s:e])]
    return wanting[-1] if wanting else 0


def _turn_within(toks: list[Token], start: int) -> int:
    """Where a sentence turns from the scene to the ask: "we log runs in W&B already, what about data versioning?"
    asks from "what about"; a sentence that opens with it asks from its start."""
    lows = [t.low for t in toks]
    for i in range(start + 2, len(toks) - 1):
        if lows[i] in {"what", "how"} and lows[i + 1] == "about" and toks[i - 1].listed_with_next:
            return i
    return start


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
# what a recommender system recommends to people: "product recommendations", "next-best-offer", "content recs"
RECOMMENDED_THINGS = frozenset(
    {"product", "products", "item", "items", "content", "movie", "movies", "music", "song", "songs", "article",
     "articles", "news", "job", "jobs", "video", "videos", "personalised", "personalized", "personal", "offer",
     "offers", "playlist", "playlists", "podcast", "podcasts", "course", "courses", "listing", "listings", "book",
     "books", "friend", "friends", "match", "matches", "restaurant", "restaurants", "hotel", "hotels"}
)  # fmt: skip
# words that open a clause or count things: what follows them is no longer the name of one model
NOT_ONE_MODEL = frozenset({"so", "that", "which", "and", "but", "because", "each", "every", "where", "when", "while"})
ASKING_NOUNS = frozenset({"recommendation", "recommendations", "suggestion", "suggestions", "recs", "advice", "tips"})


def unfilled(low: str) -> str:
    """A reply without the words people open it with: "ok what about luigi" is "what about luigi"."""
    return re.sub(r"^((ok|okay|so|hmm+|cool|thanks|thx|right|alright|nice|great|actually|wait)\b[ ,]*)+", "", low)


# words between a setting's "for" or "on" and the tool named: "just for pandas", "on our plain postgres"
SETTING_MODIFIERS = frozenset(
    {"just", "only", "mostly", "mainly", "plain", "simple", "vanilla", "regular", "ordinary", "our", "my", "the"}
)


def named_as_setting(toks: list[Token], m: Mention) -> bool:
    """Whether a tool is named as what the answer is for or runs with: "just for pandas", "only on Spark", "for plain
    pandas dataframes"."""
    i = m.start - 1
    while i >= 0 and toks[i].low in SETTING_MODIFIERS:
        i -= 1
    return i >= 0 and toks[i].low in SETTING_WORDS | {"for"}


def named_only_as_where(toks: list[Token], mentions: list[Mention]) -> bool:
    """Whether every tool the message names is named as where the answer runs."""
    return bool(mentions) and all(where_it_runs(toks, mentions, n) for n in range(len(mentions)))


def is_a_place(tool: Tool) -> bool:
    """Whether a tool is somewhere things run: a cloud, a cluster, a compute platform."""
    return tool.category == CLOUD_PROVIDERS or bool(PLACE_TAGS.intersection(tool.tags[:1]))


# words after which "with" names what is asked about: "the deal with", "experience with", "familiar with"
ASKED_WITH = frozenset({"deal", "experience", "familiar", "played", "worked", "up"})


def where_it_runs(toks: list[Token], mentions: list[Mention], number: int) -> bool:
    """Whether a tool is named as where the answer runs: after "on", "with", "in"..., or listed right after
    one that is ("plays nicely with BigQuery / GCP", "on AWS or Azure")."""
    m = mentions[number]
    # ("how does it compare with ray tune": what it is weighed against, not where it runs)
    weighed_against = m.start > 1 and toks[m.start - 2].low in {"compare", "compared", "compares", "comparing"}
    # ("should we standardise on MLflow or W&B?", "consolidate on SageMaker or Databricks": what is chosen)
    weighed_against = weighed_against or (
        m.start > 1 and toks[m.start - 1].low == "on" and toks[m.start - 2].low in SETTLING_VERBS
    )
    # ("what's the deal with dagster?", "any experience with ray?": the tool asked about, not where it runs)
    asked_about = m.start > 1 and toks[m.start - 1].low == "with" and toks[m.start - 2].low in ASKED_WITH
    if m.start > 0 and toks[m.start - 1].low in SETTING_WORDS and not weighed_against and not asked_about:
        return True
    # ("running trials as slurm jobs", "as airflow tasks": what runs the work)
    if (
        m.start > 0
        and toks[m.start - 1].low == "as"
        and m.end < len(toks)
        and toks[m.end].low in {"job", "jobs", "task", "tasks", "pods", "workers", "steps", "containers"}
    ):
        return True
    # "feature store for gcp?", "thinking of it for EKS", "in the AKS release notes": a place named after "for"
    # or "in the" is where it runs, or where the person read of it
    if m.start > 0 and toks[m.start - 1].low == "for" and m.tool.category == CLOUD_PROVIDERS:
        return True
    # (a cluster is where the answer runs when the thing asked about is used for it, "thinking of it for EKS"; a job
    # for it may want that job's tools, "gitops for openshift?")
    if m.start > 1 and toks[m.start - 1].low == "for" and toks[m.start - 2].low in PRONOUNS and is_a_place(m.tool):
        return True
    # ("what GPU / batch job schedulers for kubernetes are on the radar?": a kind in the plural, for a place)
    if (
        m.start > 1
        and toks[m.start - 1].low == "for"
        and is_a_place(m.tool)
        and (toks[m.start - 2].low in KIND_NOUNS or (toks[m.start - 2].low.endswith("ers") and m.start > 2))
    ):
        return True
    if m.start > 1 and toks[m.start - 1].low == "the" and toks[m.start - 2].low in SETTING_WORDS and is_a_place(m.tool):
        return True
    if is_a_place(m.tool):
        # ("azure only though", "GCP-only shop": the one place the answer may run)
        if m.end < len(toks) and toks[m.end].low == "only":
            return True
        # ("on our little k8s cluster", "in the shared EKS cluster": a place, its owner and a word of what it is like)
        before = m.start - 1
        while before >= 0 and m.start - before <= PLACE_MODIFIERS_MOST and toks[before].low in PLACE_MODIFIERS:
            before -= 1
        if before >= 0 and before < m.start - 1 and toks[before].low in SETTING_WORDS:
            return True
    if number == 0:
        return False
    between = [t.low for t in toks[mentions[number - 1].end : m.start]]
    return all(w in {"or", "and", "/"} or not w.isalnum() for w in between) and where_it_runs(
        toks, mentions, number - 1
    )


def names_a_kind(toks: list[Token], need: Need, around: frozenset[int] = frozenset()) -> bool:
    """Whether the message only names a kind of tool in the plural, with filters at most: "model serving tools,
    open source only", "open source vector databases pls", "serving tools that run on kubernetes", "annotation
    tools that handle video" (not "a vector database for 3M chunks"). `around` holds the positions of tools named
    as where the kind must run."""
    category_stems = {stem(w) for c in need.categories for w in words(c.name)}
    toks = toks[: min(told_reason(toks), trailing_aside(toks), filtering_tail(toks, around))]
    named = {i for m in need.tags if m.weight >= 1 for i in m.positions if i < len(toks)} | {
        i for i, t in enumerate(toks) if t.stem in category_stems
    }
    # (a use case's hint word is named too when a kind noun follows it: "monitoring tools")
    named |= {i for m in need.tags for i in m.positions if kind_follows(toks, i)}
    # ("which cloud should host our web services?" asks for a pick)
    if not named or any(t.low in RANKING_WORDS or t.low == "should" for t in toks):
        return False
    first, end = min(named), max(named)
    # (a use case told in the filter after the kind is the filter's: "labelling tools, ideally ones that handle
    # audio" names labelling tools)
    kind = next((i for i in range(first + 1, end) if toks[i].low in KIND_NOUNS), None)
    if kind is not None and filter_clause(toks[kind + 1 :]):
        named = {i for i in named if i < kind}
        end = kind - 1
    if kind_follows(toks, end):
        end += 1  # "synthetic data generators", "explainability libs"
    # a filter told as a clause after the kind: "that do NOT need kubernetes", "for images", "with R support"
    clause = set(range(end + 1, len(toks))) if filter_clause(toks[end + 1 :]) else set()
    if len(toks) - len(clause) > KIND_WORDS_AT_MOST:
        return False
    # ("CI/CD tools on our radar?": the radar is nobody's wish)
    radar_owner = {i for i in range(first + 1, len(toks) - 1) if toks[i + 1].low in {"radar", "catalog", "catalogue"}}
    setting = clause | radar_owner
    setting |= {i for i, t in enumerate(toks) if i > first and (i in around or t.low in KIND_SETTING_WORDS)}
    rest = [(i, t.low) for i, t in enumerate(toks) if i not in named and i not in setting and t.low not in STOP_WORDS]
    if not all(w in KIND_NOUNS or w in KIND_FILLERS or i == end for i, w in rest):
        return False
    # (the kind after the use case, "validation tools"; "tools for data validation?" asks which to use)
    # (a kind noun inside the use case's own phrase counts too: "labelling tools for text")
    # (not told as someone's own wish: "fine-tuning frameworks for open LLMs on our own GPUs?")
    kinds = [i for i, w in rest if w in KIND_NOUNS or i == end]
    if not any(t.low in PERSON_WORDS for i, t in enumerate(toks) if i not in radar_owner):
        kinds += [i for i in named if toks[i].low in KIND_NOUNS]
    # (a plural after "for" is what the kind serves, not the kind: "gitops for deploying model services")
    purpose = next((i for i in range(first + 1, len(toks)) if toks[i].low == "for"), len(toks))
    kinds = [i for i in kinds if i < purpose]
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
    wanting = [t for i, t in enumerate(toks) if i not in clause | radar_owner] if setting else toks[:first]
    return last in named and toks[last].low.endswith("s") and not any(t.low in WANTING_WORDS for t in wanting)


def closing_aside(toks: list[Token], kept: int = 0) -> int:
    """Where the words in parentheses that close the message begin, leaving at least `kept` words before them; the
    length when none close it."""
    start = len(toks)
    while start > kept and toks[start - 1].in_aside:
        start -= 1
    return start


def word_at(match: re.Match[str]) -> int:
    """The word a cue matched in a message's words (joined by single spaces) starts at."""
    return len(match.string[: match.start()].split())


def trailing_aside(toks: list[Token]) -> int:
    """Where an aside in parentheses that ends the message begins ("explainability tools please (for the
    governance paper)", "model monitoring tools (classic ML, not LLM)"); the length when none does."""
    start = closing_aside(toks, kept=2)
    aside = toks[start:]
    # (an aside that details the need asks for a pick: "tracing for llm calls (prompts, latency, cost)")
    narrows = bool(aside) and (
        aside[0].low in CLAUSE_OPENERS or any(t.low in {"not", "no", "without", "except", "excluding"} for t in aside)
    )
    return start if narrows else len(toks)


def named_by_its_name(need: Need) -> bool:
    """Whether a kind named is a category by its own name rather than a use case inside it ("ML-focused IaaS
    providers?", "big data platforms"): the category's name says more than the use case's words."""
    if not need.categories:
        return False
    category = need.categories[0]
    return not need.tags or len(words(category.name)) > len(need.tags[0].positions) or not need.phrased


def filtering_tail(toks: list[Token], around: frozenset[int] = frozenset()) -> int:
    """Where the clauses that end a message only filter a kind or ask for its list begin ("vector databases that
    can be self-hosted? skip the SaaS-only ones", "federated learning frameworks: what's out there?"); the length
    when they do not. `around` holds the positions of tools named, which a filter may leave out by name."""
    for i in range(2, len(toks)):
        if toks[i].clause_start and all(t.low in TAIL_WORDS or j in around for j, t in enumerate(toks[i:], i)):
            return i
    return len(toks)


def told_reason(toks: list[Token]) -> int:
    """Where a clause of the person's own circumstances begins, one that asks for nothing: "annotation tools,
    open source only, we can't send docs to a vendor", "CI/CD tools (we're on AWS)"; the length when none does."""
    for i, tok in enumerate(toks):
        clause = toks[i:]
        if (
            i > 1
            and tok.clause_start
            and tok.low in PERSON_WORDS
            and not any(t.low in ASKING_IN_REASON for t in clause)
            and not toks[i - 1].ends_sentence  # a sentence of its own may ask in other words
            # (a short "we're aws", or what the person cannot do; not a story of their trouble, "we keep finding
            # null GPS coords", nor what they run, "we have prometheus already")
            and (
                len(clause) <= BARE_REASON_WORDS
                or (len(clause) <= REASON_WORDS and any(t.low in REFUSING for t in clause))
                # (what the asker is busy with: "explainability libraries please, I'm preparing the union briefing")
                or (
                    len(clause) <= REASON_WORDS
                    and [t.low for t in clause[:2]] == ["i", "am"]
                    and len(clause) > 2
                    and clause[2].low.endswith("ing")
                )
            )
        ):
            return i
    return len(toks)


def all_of_a_kind(toks: list[Token], need: Need) -> bool:
    """Whether an "all" asks for every tool of a kind ("all the feature stores", "all of them", "list them all"),
    not for something done to all of the person's things ("sending all invoices in cents", "scoring all open
    claims")."""
    for i, tok in enumerate(toks):
        if tok.low != "all":
            continue
        after = [t for t in toks[i + 1 : i + 4] if t.low not in {"the", "of", "your", "those", "these", "them"}]
        if not after or tok.ends_sentence or toks[i + 1].low in {"of", "them", "those", "these"}:
            return True
        if after[0].low in KIND_NOUNS or (after[0].low.endswith(("ers", "ors")) and after[0].low not in STOP_WORDS):
            return True
        # (a use case's own phrase right after it: "all feature stores"; not words a retrieval merely brushed)
        if any(m.weight >= 1 and j in m.positions for m in need.tags for j in range(i + 1, min(len(toks), i + 4))):
            return True
    return False


def kind_follows(toks: list[Token], i: int) -> bool:
    """Whether the word after position i names tools of a kind: "tools", "libs", or a plural such as "generators",
    "schedulers", "detectors"."""
    if i + 1 >= len(toks):
        return False
    after = toks[i + 1].low
    return after in KIND_NOUNS or (after.endswith(("ers", "ors")) and after not in STOP_WORDS)


def filter_clause(toks: list[Token]) -> bool:
    """Whether the words after a kind only filter it: a short clause opened by "that", "for", "with"..., in which
    nobody wants anything ("orchestrators that play well with GCP", not "orchestrators for our 5 pipelines")."""
    # ("which inference servers can we run ourselves?": what the person can do with them filters them too)
    # ("vector databases we can run ourselves": the same, told the other way round)
    if len(toks) > 2 and toks[0].low in {"we", "i"} and toks[1].low in {"can", "could"}:
        toks = toks[1:]
    # ("CI/CD tools that are open source and that we could host ourselves")
    modal = bool(toks) and toks[0].low in {"can", "could"}
    modal = modal or any(
        a.low in {"that", "which"} and b.low in {"we", "i"} and c.low in {"can", "could"}
        for a, b, c in zip(toks, toks[1:], toks[2:], strict=False)
    )
    # ("data versioning tools, only the ones that skip kubernetes": "ones" stands for the kind)
    if any(t.low in KIND_PRONOUNS for t in toks[:3]):
        while toks and toks[0].low in {"only", "just", "the", *PREFERRING_WORDS, *KIND_PRONOUNS}:
            toks = toks[1:]
    return (
        bool(toks)
        and (toks[0].low in CLAUSE_OPENERS or modal)
        and len(toks) <= CLAUSE_WORDS
        and (modal or not any(t.low in PERSON_WORDS for t in toks))
    )


# what the radar itself is asked to say: "what does the radar framework say about that?"
FRAMEWORK_SAYS = re.compile(
    r"\b(radar|framework|posts?|you) (say|says|think|thinks|recommend|recommends)\b"
    # ("what's the radar's take on build vs buy?")
    r"|\b(radar|framework|posts?)( s)? (take|view|stance|position|line|advice)\b"
)
# the choice named in so many words: "build vs buy", "build or buy", "make or buy"
BUILD_OR_BUY_NAMED = re.compile(r"\b(build|make) (vs|versus|or) buy\b|\bbuy (vs|versus|or) (build|make)\b")


def framework_asked_of_building(low: str) -> bool:
    """Whether the radar's view of building or buying is asked in so many words, whatever the message tells of
    what would be built: "build vs buy: we're tempted to build our own feature store on X. what does the
    framework say?"."""
    return bool(BUILD_OR_BUY_NAMED.search(low) and FRAMEWORK_SAYS.search(low))


def asks_build_vs_buy(low: str, need: Need) -> bool:
    """Whether building or buying is the question. A need with a pick asked for, or with the choice already told
    ("buy not build"), asks for the tool instead."""
    # ("our homegrown server is painful to maintain. what's a good model server?": a tool asked for by its kind)
    # (or the choice asked, and then the tool: "build or buy, and what?")
    asks_a_tool = (
        PICK_CUE.search(low)
        or (ASK_FOR_TOOL.search(low) and not BUILD_OR_BUY_ASKED.search(low))
        or re.search(r"\b(and|then|if so|if buy) (what|which)( one| tool| tools| product)?\W*$", low)
        or BUY_SIDE_SOUGHT.search(low)
        # ("build or buy? which tools?", "which automl libs are worth a try?": tools of a kind asked for)
        or TOOLS_OF_A_KIND_ASKED.search(low)
        # (unless building is asked of in so many words: "should we build our own tracker or is there tooling?")
        or (TOOLING_SOUGHT.search(low) and not BUILDING_WEIGHED.search(low))
    )
    # (the choice told as made, with a tool asked for by its kind, is no question of building: "what stack would you
    # start with? we'd prefer not to build everything ourselves")
    decided = BUY_DECIDED.search(low) and (need.strong or asks_a_tool)
    # ("build vs buy: some of us want to build our own platform ... what does the radar framework say about that")
    if framework_asked_of_building(low):
        return True
    return bool(BUILD_BUY_CUE.search(low)) and not ((asks_a_tool and need.strong) or decided)


def kind_is_listed(toks: list[Token], need: Need, mentions: list[Mention], low: str) -> bool:
    """Whether a message names a kind of tool and where it must run, and asks for no pick: its list there."""
    where = frozenset(i for m in mentions for i in range(m.start, m.end))
    # ("which orchestrators run on kubernetes?": "which" before a plural kind with what it must do asks for them all;
    # "which orchestrator" or "which tools should we use" ask for a pick)
    asks = [m for m in ASK_FOR_TOOL.finditer(low) if not re.fullmatch(r"which \w+s", m.group(0))]
    return names_a_kind(toks, need, where) and not (asks or PICK_CUE.search(low))


def is_asked_about(toks: list[Token], m: Mention) -> bool:
    """Whether a message asking for a tool asks about this one: it opens the message, follows a word that
    weighs or picks it ("should we use X", "what about X", "X vs"), or is followed by one ("X worth it?").
    Otherwise it is a bystander in the story ("git-lfs choked", "we're piloting X", "not even X")."""
    if m.start <= 1:
        return True
    said = [t.low for t in toks[: m.start] if t.low not in {"the", "a", "an"}]
    after = toks[m.end].low if m.end < len(toks) else ""
    return bool(said) and (said[-1] in ASKED_BEFORE or " ".join(said[-2:]) in ASKED_BEFORE) or after in ASKED_AFTER


def content_word_count(toks: list[Token]) -> int:
    return sum(1 for t in toks if t.low not in STOP_WORDS)


def are_compared(toks: list[Token], named: list[Mention], low: str) -> bool:
    """Whether the message weighs the tools it names against each other. A comparing word ("vs", "better")
    counts anywhere; a joining one ("or", "than", "over") only between the first and the last name, so that
    "all-or-nothing scheduling" or "merge or roll back" after two names compares nothing."""
    low = without_stray_versus(toks, named, low)
    if STRICT_COMPARE_CUE.search(low) or ANYWHERE_COMPARE_CUE.search(low):
        return True
    if len(named) < 2:
        return bool(COMPARE_CUE.search(low))
    if candidates_listed(toks, named):
        return True
    first, last = min(m.end for m in named), max(m.start for m in named)
    # ("is KServe any good or is it kubeflow baggage?": an "or" that opens a clause about the first asks no choice)
    between = without_crashes(CLAUSE_OR.sub(" ", " ".join(t.low for t in toks[first:last])))
    if COMPARE_CUE.search(between):
        return True
    # ("xgboost, lightgbm and catboost - which does the radar prefer?": the names, then a choice among them)
    after = " ".join(t.low for t in toks[max(m.end for m in named) :])
    return min(m.start for m in named) <= 1 and bool(CHOICE_AFTER_NAMES.match(after))


def without_stray_versus(toks: list[Token], named: list[Mention], low: str) -> str:
    """The words without a "vs" that has no name beside it, which weighs something else: "post metrics vs main as an
    MR comment"."""
    near_a_name = {i for m in named for i in range(m.start - 2, m.end + 2)}
    stray = {i for i, t in enumerate(toks) if t.low in {"vs", "versus"} and i not in near_a_name}
    return " ".join(t.low for i, t in enumerate(toks) if i not in stray) if stray and named else low


def without_crashes(text: str) -> str:
    """The words without a crash told with "over", which compares nothing ("our kafka consumer falls over")."""
    return FALLS_OVER.sub(" ", text)


FALLS_OVER = re.compile(r"\b(falls?|fell|falling|fallen|keels?|keeled|tips?|tipped|topples?|toppled) over\b")


def candidates_listed(toks: list[Token], named: list[Mention]) -> bool:
    """Whether the names are set out as the candidates of a choice: shortlisted ("we shortlisted qdrant, pgvector and
    milvus for the dedupe"), or listed after a colon to close the message ("options for tuning: optuna, ray tune,
    katib?")."""
    if not named:
        return False
    first = min(named, key=lambda m: m.start)
    opening = " ".join(t.low for t in toks[: first.start])
    # (a numbered list opens after the colon: "shortlist from the drift spike: 1) evidently 2) nannyml 3) whylabs")
    opens = first.start - 1 if first.start > 1 and toks[first.start - 1].low.isdigit() else first.start
    after_colon = (
        opens > 0
        and toks[opens].sentence_start
        and not toks[opens].in_aside  # ("multiple frameworks (onnx + tensorrt)": what it must handle, no choice)
        and not toks[opens - 1].ends_sentence
        and max(m.end for m in named) == len(toks)
    )
    return bool(SHORTLISTED.search(opening)) or after_colon


SHORTLISTED = re.compile(
    r"\b(options( we| i)? (found|have|got|looked at|considered|are looking at)( are| were| so far)?|"
    r"shortlisted|shortlisting|shortlist is|short list is|narrowed (it )?(down )?to|(choosing|deciding|picking) "
    r"between|(we are|we re|were|currently) (evaluating|comparing|weighing|trialling|trialing)|down to)\b"
)
CLAUSE_OR = re.compile(r"\bor (is|are|was|were|did|do|does|has|have) (it|we|they|that|this|you|he|she|there)\b")
# a choice asked right after the names: "which does the radar prefer", "which one would you pick"
CHOICE_AFTER_NAMES = re.compile(
    r"(so |ok |and )?(which|what)( one| of (them|those|these|the \w+))?( \w+){0,3} (prefer|prefers|preferred|better|"
    r"best|pick|choose|recommend|recommends|go with|favou?rs?)\b"
    # ("xgboost / lightgbm / catboost - which for VM regression and why")
    r"|(so |ok |and )?which( one)? (for|and why)\b"
)


def need_again(tags: tuple[Tag, ...], told: tuple[str, ...] = ()) -> Need:
    """The thread's need asked again: its use cases in the order they mattered, the first one leading, and the
    words of the first, with the words the need was told in, as the words the tools' descriptions are matched
    against ("llm serving ..." stays about LLMs when "we can't use kubernetes" follows)."""
    # (when the thread told its need in words of its own, those and the use case's name, not every phrase it is
    # known by: "models on my laptop" would pull every serving question asked again toward laptop runners)
    phrases = [t.name for t in tags[:1]] if told else [p for t in tags[:1] for p in (t.name, *t.phrases)]
    described = frozenset(stem(w) for phrase in phrases for w in words(phrase)) | frozenset(told)
    return Need(tuple(NeedMatch(t, 2.0 - 0.5 * min(i, 2), frozenset()) for i, t in enumerate(tags)), words=described)


def their_own_aside(text: str, toks: list[Token]) -> frozenset[int]:
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


def ambiguous_need(
    toks: list[Token],
    sharing: Callable[[str], list[Tag]] | None = None,
    needed_at: frozenset[int] = frozenset(),
    known_words: frozenset[str] = frozenset(),
) -> tuple[Option, ...] | None:
    """The jobs to ask between when the message names a need only by a word several jobs share, and nothing else:
    those the known loose words name, or else the use cases whose phrases share the word (`sharing`).
    `needed_at`: the positions of the words a use case was found in; `known_words`: the stems the use cases and the
    problems people told are written in. An everyday word that is neither, or who asked, says nothing of which job
    is meant ("boss asked me to add monitoring", "we need a tool for the LLM pilot"); "eval the podcast summaries"
    does."""
    # (what the need is about still counts: "model monitoring" is no longer ambiguous)
    deadlines = _deadline_words(toks)
    kept = [
        i
        for i, t in enumerate(toks)
        if t.low not in STOP_WORDS
        # (what is left of a contraction says nothing: "any good pipeline tool you'd suggest?")
        and t.low not in CONTRACTION_REMNANTS
        and i not in deadlines
        # (who asks, and by which day, is never the job, whatever use case their words brush: "manager asked me to
        # pick a tracking tool by friday")
        and t.low not in ASKERS | WEEKDAYS
        and (t.low not in QUESTION_WORDS or t.low in ABOUT_WORDS)
        and t.low not in ASKING_WORDS
        and t.low not in AMBIGUOUS_FILLERS
        # (when it is wanted, and who wants it, tell the circumstances, not the job, even where a use case's words
        # brush them: "monitoring before the beta goes live", "tracking? my lead wants a proposal by friday")
        and not (
            t.low in ASKERS | ASKED_BY | CIRCUMSTANCES and is_ordinary_word(t.low) and t.stem not in AMBIGUOUS_NEEDS
        )
        and (
            i in needed_at
            or t.low in ABOUT_WORDS
            or t.stem in AMBIGUOUS_NEEDS
            or not needed_at
            or not (is_ordinary_word(t.low) and t.stem not in known_words)
        )
    ]
    loose = next((k for k, i in enumerate(kept) if toks[i].stem in LOOSE_WHATEVER_ITS_OBJECT), None)
    if loose is not None:
        # (what monitoring or storage is for, told after it, is as loose: "monitoring for our models" may mean drift,
        # an LLM's traces or the services' health, "storage for our data" files, tables or embeddings; "serve our
        # models" does say which models)
        # (and an everyday word after it that found no use case says nothing of which: "monitoring for the new stuff
        # we're shipping", "for the plant stuff")
        kept = kept[: loose + 1] + [
            i
            for i in kept[loose + 1 :]
            if toks[i].low not in ABOUT_WORDS | {"ai"}
            and (
                i in needed_at
                or not is_ordinary_word(toks[i].low)
                or toks[i].low in HOW_HAD_WORDS  # ("we need monitoring" then "open source only please": told more)
                # (a model named by its job is a model of its own: "the churn model", "the fraud models")
                or (i + 1 < len(toks) and toks[i + 1].low in {"model", "models"})
            )
        ]
    # (a sentence that tells who asked, and holds no word of the need, tells only that: "how should we be testing
    # things? my VP asked and I didn't have a good answer")
    sentence = list(accumulate(int(t.sentence_start and i > 0) for i, t in enumerate(toks)))
    asking_sentences = {
        sentence[i] for i, t in enumerate(toks) if t.low in ASKERS | ASKED_BY and i not in needed_at
    } - {sentence[i] for i in needed_at}
    # (and so does one that introduces who writes: "hi, park ops director here.", "PM here:")
    said: dict[int, list[str]] = {}
    for i, t in enumerate(toks):
        said.setdefault(sentence[i], []).append(t.low)
    introductions = {n for n, lows in said.items() if INTRODUCTION.fullmatch(" ".join(lows))}
    kept = [i for i in kept if sentence[i] not in asking_sentences | introductions]
    told = [toks[i] for i in kept]
    if len(told) != 1:
        return None
    if told[0].stem in AMBIGUOUS_NEEDS:
        return tuple(Option(label, text, "") for label, text in AMBIGUOUS_NEEDS[told[0].stem])
    # (a kind of tool names no job at all: "which framework should we go for?" asks what for)
    plain = told[0].low in ABOUT_WORDS or told[0].stem in KIND_STEMS
    shared = sharing(told[0].stem) if sharing is not None and not plain else []
    if len(shared) < SHARED_BY_AT_LEAST or any(_names(t, told[0].stem) for t in shared):
        return None
    return tuple(Option(t.name, f"what should we use for {t.name}?", "") for t in shared[:3])


DEADLINE_WORDS = frozenset({"before", "until", "till", "by", "ahead"})
DEADLINE_DETERMINERS = frozenset({"the", "our", "next", "this", "that", "upcoming", "of", "first"})


def _deadline_words(toks: list[Token]) -> frozenset[int]:
    """The words that say when something is needed, not what: "before", "until" or "by", "the", "our" or "next"... and
    the one word after them that closes its clause ("set up before the audit", "ready by the next on-sale")."""
    found: set[int] = set()
    for i, t in enumerate(toks):
        if t.low not in DEADLINE_WORDS:
            continue
        j = i + 1
        while j < len(toks) and toks[j].low in DEADLINE_DETERMINERS:
            j += 1
        if j == i + 1 or j >= len(toks):
            continue  # ("before data hits the model": no determiner, so what follows may be the job's own words)
        closes = toks[j].ends_sentence or j + 1 == len(toks) or toks[j + 1].low in QUESTION_WORDS | ASKING_WORDS
        if closes:
            found.update(range(i, j + 1))
    return frozenset(found)


def _names(tag: Tag, word_stem: str) -> bool:
    """Whether a word names a use case on its own: its whole name, or its name after "model", "data" or "ml"
    ("serving" is model serving)."""
    named = [stem(w) for w in words(tag.name)]
    return named == [word_stem] or (len(named) == 2 and named[1] == word_stem and words(tag.name)[0] in ABOUT_WORDS)


KIND_STEMS = frozenset(stem(k) for k in KIND_NOUNS)
SHARED_BY_AT_LEAST = 3  # use cases whose phrases hold a word before it names no one job ("LLM stuff?")


ABOUT_WORDS = frozenset({"model", "models", "data", "ml"})
CONTRACTION_REMNANTS = frozenset({"d", "ll", "re", "ve", "s", "m", "t"})
LOOSE_WHATEVER_ITS_OBJECT = frozenset({"monitor", "observ", "stor", "storag", "test", "optimis"})


def radar_rings(low: str) -> bool:
    """Whether "rings" (or "a ring") are the radar's: not a noun's own rings ("fraud rings share phone numbers")."""
    for found in re.finditer(r"\brings?\b", low):
        before = low[: found.start()].split()
        if found.group(0) == "ring":
            # ("is a ring binding?" asks of any ring; "what ring is it in?" asks for one tool's)
            if before and before[-1] in {"a", "each", "every", "any"}:
                return True
        elif len(before) >= 2 and before[-1] == "in" and before[-2] not in STOP_WORDS | RING_OWNERS:
            continue  # ("the fraud happens in rings", "cheaters collude in rings"): how others act together
        elif not before or before[-1] in STOP_WORDS or before[-1] in RING_OWNERS:
            return True
    return False


RING_OWNERS = frozenset({"radar", "radar's", "four", "4", "team", "team's", "adoption", "tech", "its"})


def introduced_before(low: str) -> bool:
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
    r"^(?P<name>\W*(?:\w[\w.+'\u2019-]*\s+){0,2}\w[\w.+-]*)\s*\((?:the|a|an|\w+(?:'s|s'|\u2019s|s\u2019))\s"
    r"[^()]{1,60}\)",  # ("vetiver (posit's model deployment pkg)", "tract (sonos' rust onnx runtime)")
    re.IGNORECASE,
)
# how a question is announced before it is asked: "quick q: is colab on hold?", "honest question - why ..."
PREFACE = re.compile(
    r"^\W*(?:(?:quick|random|dumb|silly|stupid|noob|newbie|small|honest|side|naive|possibly dumb|maybe dumb) "
    r"(?:q|qn|question)|qq)\s*[:,.\u2013\u2014-]\s+(?=\w)",
    re.IGNORECASE,
)
# a choice left open beyond the tools named: "delta or iceberg or something else?", "sagemaker vs something more
# opinionated"
OPEN_CHOICE = re.compile(
    r"\b(or|vs|versus) (something|anything|someone) (else|better|more \w+|different|newer|lighter)\b|"
    r"\bor (other|another|alternative) (options?|tools?|choices?)\b"
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


def unhedged(low: str) -> str:
    """A question without the words that only hedge it: "what even is a tech radar?" asks what a tech radar is."""
    return HEDGES.sub("", low)


HEDGES = re.compile(r"\b(even|actually|exactly|really|basically|again|just) (?=\w)")


def clause_words(toks: list[Token]) -> list[str]:
    """The words up to a comma or the start of another sentence."""
    words_: list[str] = []
    for t in toks:
        if t.sentence_start:
            break
        words_.append(t.low)
        if t.listed_with_next:
            break
    return words_


def versus_a_name(toks: list[Token], i: int, claimed: list[bool]) -> bool:
    """Whether the word at i stands across a "vs" or an "or" from a name already found, or across an "and" in a
    message that compares ("difference between evidently and nannyml")."""
    # ("volcano, yunikorn, kueue: what's actually different")
    comparing = weighs(toks)
    joins = {"vs", "versus", "or", "and"} if comparing else {"vs", "versus", "or"}
    # ("choosing between evidently, nannyml and whylabs": listed by a comma beside a name, in a message that weighs)
    listed = comparing and (
        (toks[i].listed_with_next and i + 1 < len(toks) and claimed[i + 1])
        or (i > 0 and toks[i - 1].listed_with_next and claimed[i - 1])
    )
    return listed or any(
        0 <= i + 2 * side < len(toks) and toks[i + side].low in joins and claimed[i + 2 * side] for side in (-1, 1)
    )


COMPARING_WORDS = frozenset(
    {"between", "difference", "compare", "comparing", "versus", "vs", "choosing", "shortlisted", "shortlist",
     "evaluating", "narrowed", "deciding", "weighing"}
)  # fmt: skip


LIKENESS_WORDS = frozenset({"different", "differ", "differs", "same", "similar", "compared", "compare", "better"})
WEIGHING_WORDS = COMPARING_WORDS | LIKENESS_WORDS


def weighs(toks: list[Token]) -> bool:
    """Whether a message weighs things against each other ("shortlisted", "what's actually different")."""
    return any(t.low in WEIGHING_WORDS for t in toks)


def set_against_it(toks: list[Token], i: int) -> bool:
    """Whether the word at i ends a comparison with what came before ("how is it different from evidently?", "is
    that the same as outlines?"): an everyday word there is no adverb but the name compared with."""
    # ("how does fiftyone stack up against lightly for curating camera data?": what it is compared for may follow)
    stacked_up = i >= 3 and toks[i - 2].low == "up" and toks[i - 3].low in {"stack", "stacks", "measure", "measures"}
    return (
        i >= 2
        and toks[i - 1].low in {"from", "as", "to", "with", "than", "against"}
        and (toks[i - 2].low in LIKENESS_WORDS or stacked_up)
        and (i + 1 == len(toks) or toks[i].ends_sentence or toks[i + 1].low in {"for", "in", "on", "when", "if", "at"})
    )


def paired_with_a_name(toks: list[Token], start: int, end: int, claimed: list[bool]) -> bool:
    """Set against a name already found: "great expectations or soda" (longer names are found first)."""
    before = start >= 2 and toks[start - 1].low in PAIRING_WORDS and claimed[start - 2]
    after = end + 1 < len(toks) and toks[end].low in PAIRING_WORDS and claimed[end + 1]
    # ("great expectations / soda / pandera": a word listed by slash or comma right after a name)
    listed = start >= 1 and toks[start - 1].listed_with_next and claimed[start - 1]
    # ("1) evidently 2) nannyml 3) whylabs": an item of a numbered list of names)
    numbered = (
        start >= 1
        and toks[start - 1].low.isdigit()
        and (
            (end + 1 < len(toks) and toks[end].low.isdigit() and claimed[end + 1])
            or (start >= 2 and claimed[start - 2])
        )
    )
    # ("the R folks want shiny, the python folks want streamlit. how do they compare?": the same verb before it and
    # before a name, in a message that weighs)
    verb = toks[start - 1].low if start >= 1 else ""
    parallel = (
        verb.isalpha()
        and verb not in JOINING_WORDS
        and weighs(toks)
        and any(j != start and claimed[j] and toks[j - 1].low == verb for j in range(1, len(toks)))
    )
    return bool(before or after or listed or numbered or parallel)


PAIRING_WORDS = frozenset({"or", "vs", "versus"})
# words that join any two phrases, so sharing one says nothing of the words after it
JOINING_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "with", "at", "by", "from", "is", "are", "be", "s"}
)
ADDED_AFTER = frozenset({"to", "too", "as", "and", "please", "pls", "in", "into"})


def char_offsets(toks: list[Token]) -> list[int]:
    """Where each token starts in the question's words joined by single spaces (as cues are matched)."""
    at, offsets = 0, []
    for t in toks:
        offsets.append(at)
        at += len(t.low) + 1
    return offsets


NEEDING_WORDS = frozenset({"need", "needs", "want", "wants", "with", "for"})  # "we need pipelines"
DETERMINERS = frozenset({"our", "my", "the", "your", "their", "his", "her", "some", "these", "those", "this", "that"})
# verbs whose "on" introduces what is chosen, not where it runs
SETTLING_VERBS = frozenset(
    {
        "standardise", "standardize", "standardising", "standardizing", "consolidate", "consolidating", "settle",
        "settling", "bet", "betting", "decide", "deciding", "converge", "converging", "agree", "agreeing",
    }
)  # fmt: skip
# the words between "on" and a place that say whose it is and what it is like: "on our own little k8s cluster"
PLACE_MODIFIERS = DETERMINERS | {
    "a", "an", "own", "little", "small", "tiny", "shared", "big", "new", "existing", "current", "internal", "private",
    "single", "old", "legacy", "managed", "hosted", "self",
}  # fmt: skip
PLACE_MODIFIERS_MOST = 3
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


# people who ask on someone's behalf, and the verbs they ask with: "my manager asked me to ...", "our CTO wants ..."
ASKERS = frozenset(
    {
        "manager", "boss", "lead", "director", "cto", "ceo", "cfo", "vp", "head", "pm", "hire", "hires", "intern",
        "interns", "newbie", "newcomer", "joiner", "colleague", "colleagues", "auditor", "auditors", "legal",
        "compliance", "dpo", "procurement", "leadership", "management", "board",
    }
)  # fmt: skip
# a chief officer's title: "the CTO", "our CDO", "the COO", "the CISO"
CHIEF_TITLE = re.compile(r"c[a-z]{1,2}o")


def is_an_asker(word: str) -> bool:
    """Whether a word names a person who asks on someone's behalf: a role, a team or a chief officer's title."""
    return word in ASKERS or bool(CHIEF_TITLE.fullmatch(word))


# the words of how a tool must be had, which tell more of what is asked though they name no job
HOW_HAD_WORDS = frozenset(
    {"open", "source", "oss", "managed", "hosted", "self", "free", "commercial", "saas", "proprietary", "paid"}
)
# the days a need is wanted by: "a tracking tool by friday", "by eod"
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "eod", "eow"})
# when and where a need came up, which says nothing of which job it is
CIRCUMSTANCES = WEEKDAYS | frozenset(
    {
        "before", "after", "by", "until", "launch", "launches", "launching", "live", "release", "deadline", "soon",
        "asap", "today", "tomorrow", "week", "weeks", "month", "months", "quarter", "sprint", "planning", "proposal",
        "okrs", "okr", "roadmap", "meeting", "standup", "properly", "finally", "first", "1st", "q1", "q2", "q3", "q4",
        "next", "this", "year", "new", "go", "goes", "going", "pilot", "beta", "demo", "season", "sale", "rollout",
        "audit",
    }
)  # fmt: skip
# a sentence that only says who writes: "hi, park ops director here"
INTRODUCTION = re.compile(r"((hi|hey|hello|morning|ok|so)\s+)*([\w-]+\s+){1,4}here")
ASKED_BY = frozenset(
    {"asked", "asks", "asking", "wants", "want", "told", "says", "said", "saying", "keeps", "keep", "needs", "wanted",
     "would"}
)  # fmt: skip


# verbs of weighing a tool up: "we're evaluating it", "still assessing them"
WEIGHING_A_TOOL = frozenset(
    {"evaluating", "evaluate", "evaluated", "assessing", "assess", "trialling", "trialing", "piloting", "testing"}
)


# verbs of the jobs done to models: what follows them up to "models" is the kind of model
JOB_VERBS = frozenset(
    {"serve", "serving", "deploy", "deploying", "host", "hosting", "monitor", "monitoring", "track", "tracking",
     "version", "versioning", "explain", "explaining", "test", "testing", "retrain", "retraining", "register"}
)  # fmt: skip


# the words after "sounds" when it says how something seems
HOW_IT_SEEMS = frozenset(
    {"like", "good", "great", "fine", "right", "perfect", "promising", "interesting", "exactly", "ok", "okay", "nice",
     "cool", "solid", "reasonable", "about", "too", "pretty", "very", "really", "amazing", "awesome", "fair", "off"}
)  # fmt: skip


def said_of_a_name(toks: list[Token], named_at: frozenset[int]) -> frozenset[int]:
    """The words in parentheses right after a name that say what it is: "flower (the federated learning framework,
    not the celery one)" describes Flower; it asks for no federated learning tool."""
    found: set[int] = set()
    for i, t in enumerate(toks):
        if not (t.in_aside and t.low in {"the", "a", "an"} and i > 0 and not toks[i - 1].in_aside):
            continue
        # ("card for feast please (the feature store one)": a word of asking may stand between)
        before = i - 2 if toks[i - 1].low in {"pls", "please", "plz"} else i - 1
        if before in named_at and i not in named_at:
            j = i
            while j < len(toks) and toks[j].in_aside:
                j += 1
            found.update(range(i, j))
    return frozenset(found)


# words before "ring" that make it one of the radar's rings ("a different ring", "its default ring", "which ring")
RADAR_RING_BEFORE = frozenset(
    {"default", "different", "its", "their", "same", "this", "that", "higher", "lower", "current", "each", "every",
     "own", "new", "right", "wrong", "one", "another", "any"}
)  # fmt: skip


def not_the_need(toks: list[Token]) -> frozenset[int]:
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
        if toks[i].low in {"ring", "rings"} and before in RADAR_RING_BEFORE:
            found.add(i)  # "a different ring than its category", "which ring": the radar's ring, not a fraud ring
        if (
            toks[i].low in ASKING_NOUNS
            # (or the ask as a sentence of its own: "... in python. recs?")
            and (
                not before
                or before in ASKING_BEFORE
                or toks[i].sentence_start
                or (before == "the" and not after)
                # ("hpo recs for lightgbm rankers?": the ask after the job it is for, not what a recommender shows)
                or (after == "for" and before not in RECOMMENDED_THINGS and before not in STOP_WORDS)
            )
            and after in {"", "for", "on", "from"}
        ):  # ("... going live next month, what's the recommendation?": the ask closing the message)
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
        if toks[i].low in {"model", "models"} and i >= 3:
            # "serve the gradient-boosted forecast models as an API": the kind of model a job is done to, after the
            # job's verb, not a need of its own
            det = next(
                (j for j in range(i - 1, max(0, i - 7), -1) if toks[j].low in {"the", "our", "these", "those", "my"}),
                None,
            )
            # (an LLM is a kind of model with jobs of its own: "monitor our LLM models" is LLM monitoring)
            kind = range(det + 1, i) if det is not None else range(0)
            if (
                det is not None
                and det > 0
                and toks[det - 1].low in JOB_VERBS
                and not any(toks[j].low in {"llm", "llms", "language", "generative", "genai"} for j in kind)
                # (the words between name one model, not a clause: "version the labeled dataset so each model ...")
                and not any(toks[j].low in NOT_ONE_MODEL or toks[j].ends_sentence for j in kind)
            ):
                found.update(kind)
        if toks[i].low in {"sound", "sounds", "sounded", "sounding"} and after in HOW_IT_SEEMS:
            found.add(i)  # "it sounds like exactly what we need", "sounds good": how it seems, not audio
        if toks[i].low in CLOSING_ASKS and (i + 1 == len(toks) or toks[i].ends_sentence or after in PLEASE):
            found.add(i)  # "llm gateway recs?": the ask that closes the message, never a recommender system
        if (
            toks[i].low in {"recommendation", "recommendations"}
            and (i + 1 == len(toks) or toks[i].ends_sentence or after in PLEASE)
            and i > 0
            # ("need something for video, recommendations?": a clause of its own is the ask whatever it follows)
            and (before not in RECOMMENDED_THINGS or toks[i].clause_start)
        ):
            found.add(i)  # "feature store recommendations?": the ask (not "product recommendations?", a recommender)
        if (
            toks[i].low == "track"
            and before in KEEPING_TRACK
            and " ".join(t.low for t in toks[i + 1 : i + 3]) in KNOWING_WHICH
        ):
            found.add(i)  # "keep track of which version is deployed where": knowing, not tracking experiments
        if toks[i].low in NEGATED_RESOURCES and before in NEGATORS:
            found.add(i)  # "small ARM boxes (no GPU, 4GB RAM)": what the setting lacks, not what is wanted
        # ("Priya recommended Perspective", "the vendor suggested a PoC": advice told is no recommender system)
        if toks[i].low in ASKING_VERBS and (not after or after in STOP_WORDS or toks[i].low in TOLD_ADVICE):
            found.add(i)  # "what would you recommend for tracking?", "still recommended in 2025?" (not "recommend
            # products to shoppers")
        if toks[i].low in ASKERS and before in {"my", "our", "the"} and after in ASKED_BY:
            found.add(i)  # "my manager asked me to find a tool": who asks, not a need for managing anything
        if after in TEAM_WORDS and toks[i].low not in STOP_WORDS and toks[i].low not in {"small", "tiny", "whole"}:
            found.add(i)  # "the quality team wants an endpoint": a team's name, not the need
        if toks[i].low in ASKING_NOUNS and before in {"the", "your", "its", "these", "those"} and after in BOT_SAYS:
            found.add(i)  # "the recommendations keep saying 'hard commitment'": the bot's own answers
        if toks[i].low in INFRA_NOUNS and any(t.low in INFRA_TOLD for t in toks[max(0, i - 3) : i]):
            found.add(i)  # "there it's plain VMs", "just on-prem VMs": where it must run, not a need for compute
        if toks[i].low == "explain" and any(t.low in RADAR_IDEAS for t in toks[i + 1 : i + 4]):
            found.add(i)  # "can someone explain the two axes again": the asking, not explainability
        if toks[i].low in WEIGHING_A_TOOL and after in {"it", "them", "this", "that", "those", "these"}:
            found.add(i)  # "we're evaluating it", "still assessing them": weighing the tool, not evaluating models
        if toks[i].low == "open" and after in {"source", "sourced"}:
            found.update((i, i + 1))  # "open source only": the licence asked for, not "data sources"
        if toks[i].low == "saas" and (
            any(t.low in NEGATORS | {"not", "never"} for t in toks[max(0, i - 3) : i]) or after in LICENCE_NOUNS
        ):
            found.add(i)  # "not a SaaS", "a SaaS subscription is not possible": the licence, not "SaaS sources"
        found.update(_let_go(toks, i))
    return frozenset(found)


LET_GO = (("rather", "than"), ("instead", "of"))  # what comes after these is what the person turns away from
NOT_TURNING_AWAY = frozenset({"just", "only", "even", "sure", "really", "too", "so", "yet", "necessarily", "always"})
# what "not" opening a clause turns from: a thing of theirs, or where it runs ("not in some vendor's cloud")
TURNED_FROM = DETERMINERS | {"in", "on", "inside", "for"}
LET_GO_WORDS = 3  # words of the thing turned away from, at most


def _let_go(toks: list[Token], i: int) -> range:
    """The words of what a clause turns away from ("and for the chatbot rather than the forecast?", "I meant the
    LLM assistant, not the forecasts"): no need of the message, starting at `i` if it starts there."""
    pair = (toks[i - 2].low, toks[i - 1].low) if i >= 2 else ("", "")
    # (a clause of "not" alone turns from a thing of theirs, "not the forecasts"; "not technical", "not a BI report"
    # tell what the setting is)
    turned = pair in LET_GO or (
        i >= 1 and toks[i - 1].low == "not" and toks[i - 1].clause_start and toks[i].low in TURNED_FROM
    )
    # (not "not just tracking but a registry too", "not sure we need monitoring": those keep what follows)
    if not turned or toks[i - 1].ends_sentence or toks[i].low in NOT_TURNING_AWAY:
        return range(0)
    start = i + 1 if toks[i].low in DETERMINERS else i
    end = start
    while end < min(len(toks), start + LET_GO_WORDS) and not (end > start and toks[end].clause_start):
        end += 1
        if toks[end - 1].ends_sentence:
            break
    return range(i, end)


INFRA_NOUNS = frozenset({"vm", "vms", "server", "servers", "machines", "boxes", "hardware", "gpus", "gpu"})
INFRA_TOLD = frozenset({"just", "plain", "only", "bare", "few", "couple", "existing", "prem", "own"})
RADAR_IDEAS = frozenset({"axes", "axis", "rings", "ring", "quadrant", "quadrants", "radar", "map", "categories"})


def unique(tools) -> list[Tool]:  # type: ignore[no-untyped-def]
    seen: dict[str, Tool] = {}
    for tool in tools:
        seen.setdefault(tool.id, tool)
    return list(seen.values())


NOT_A_QUESTION = cue(
    r"\b(that is |thats )?(exactly |mostly |just )?what (i|we|\w+) (needed|wanted|was after|was looking for|were "
    r"after|were looking for|asked for)\b"
)


def ordinary_lowercase(token: Token) -> bool:
    """A lower-case everyday word ("ray", "determined"): a tool's name only when the message is about tools."""
    return token.raw.islower() and is_common_word(token.low)


QUESTION_ASK = cue(r"\b(what|which|how|why|should|could|can you|recommend|compare|vs|explain|tell me|list|show)\b.*\w")


TEAM_FACT_WORDS = 30  # words a follow-up asking for the team's record of the thread's tool may run to
FACTS = (
    # (the team's own record of it, asked before the maker or the age: "who owns it on our radar?", "when did it
    # last move?")
    (
        "team",
        cue(
            r"\b(who( \w+){0,3} owns (it|that|this|the)|"
            r"owner|owned by|who is responsible|who placed it|who proposed it|when did (it|we) (last )?"
            r"(move|change|place|adopt)|last (moved|changed)|its history|ring history|how long (has it been|have we "
            r"had it) (in|on))\b|\bwho owns (it|that|this) (on|in|for) (our|the team s)\b|"
            # ("who owns that entry?": the radar's entry for it, not the product)
            r"\bwho owns (the|that|this|its|our) (entry|placement|blip|card|radar entry)\b|\bwho (moved|placed|"
            r"changed) (it|that|this)\b|\b(has|did) its ring (changed|change|moved|move)\b"
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
            r"\b(managed|hosted|saas|cloud|paid|enterprise|commercial|premium) (version|offering|service|option|"
            r"edition|tier|plan|flavou?r)\b|\bself[- ]?"
            r"host(ed|able|ing)?\b|\bcan (we|i) (host|run) (it|this|that)( ourselves| ourself| on prem\w*)?\b"
        ),
    ),
    ("since", cue(r"\b(how old|since when|when (was|did)|first released|mature)\b")),
    ("link", cue(r"\b(link|links|website|homepage|docs|documentation|repo|repository|github|url)\b")),
)


TEAM_FACT = dict(FACTS)["team"]  # the team's own record of a tool, asked at any length


FACT_OPENING_WORDS = 5  # a fact asked in the opening words of a longer follow-up: "who makes it, and ..."


def fact_asked(low: str) -> str:
    """The one fact a short follow-up asks about a tool: its licence, maker, age or links (or, asked at any
    length, the team's own record of it: "has its ring changed since we put it on the radar? who moved it")."""
    if len(low.split()) > 12:
        if len(low.split()) <= TEAM_FACT_WORDS and TEAM_FACT.search(low):
            return "team"
        # ("who makes it, and would it fall under our existing GCP agreement? ...": the fact asked first, briefly)
        opening = re.split(r"[,?;.!]| and ", low, maxsplit=1)[0]
        return fact_asked(opening) if len(opening.split()) <= FACT_OPENING_WORDS else ""
    return next(
        (
            name
            for name, cue in FACTS
            if any(name != "license" or not _qualifies_a_noun(low, m) for m in cue.finditer(low))
        ),
        "",
    )


def _qualifies_a_noun(low: str, match: re.Match[str]) -> bool:
    """A licence word before the thing it describes is a constraint, not a fact asked: "oss data quality checks",
    "free experiment trackers" (not "is it free to use?", "open source or not?")."""
    following = re.match(r" (\w+)", low[match.end() :])
    return following is not None and following.group(1) not in STOP_WORDS | {"or", "and"}


def small_talk_kind(low: str) -> str:
    if re.search(
        r"\b(thanks|thank you|thx|ty|cheers|ta|appreciate|legend|lifesaver|life saver|rock|good bot|great bot|"
        r"love this|danke|merci|gracias|grazie|obrigado|tak|asante|(saved|made) (my|our))\b",
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
    if re.search(
        r"\bdo you (ever )?(play|like|watch|eat|sleep|dream|drink|have|get (tired|bored|annoyed|sick)|rest|take)\b|"
        r"\bwhat is your favou?rite\b",
        low,
    ):
        return "offtopic"
    return "chat"


# words after "which" that keep it a choice among tools: "which one", "which tool", "which exist"
WHICH_OF_TOOLS = frozenset(
    {"one", "ones", "tool", "library", "lib", "framework", "platform", "option", "exist", "exists"}
)


def without_other_whiches(toks: list[Token], need: Need) -> str:
    """The message's words with every "which" that picks among other things than tools dropped: "find which
    datasets exist", "know which version a model was trained on" ask for no list of tools ("which libs", "which
    are", "which feature stores" still do)."""
    kept = []
    for i, tok in enumerate(toks):
        after = toks[i + 1] if i + 1 < len(toks) else None
        if (
            tok.low == "which"
            and after is not None
            and after.low not in STOP_WORDS | WHICH_OF_TOOLS
            # ("which big-tech in-house ML platforms", "which vector dbs": a kind of tool, however it is called)
            and not any(t.low in KIND_NOUNS or t.low.endswith(("ers", "ors", "dbs")) for t in toks[i + 1 : i + 7])
            # ("which LLM gateways exist": the need itself, unless it was named before and this is something else)
            and not (i + 1 in need.positions and not any(p < i for p in need.positions))
        ):
            continue
        kept.append(tok.low)
    return " ".join(kept)
