"""Working out what a free-text question asks: which tools, which need, which idea, or a follow-up."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any

from bot.radar.catalog import Catalog, normalise
from bot.radar.language.cues import (
    ABOUT_ITSELF,
    ABOUT_THE_BOT,
    ALL_ITEMS,
    ALTERNATIVE_TO,
    AMOUNTS,
    ANSWER_OF_THE_BOT,
    ASK_FOR_TOOL,
    ASKED_OF_IT,
    ASKED_OF_OTHERS,
    ASKING_WORDS,
    ASKS_ANYTHING,
    AXES_CUE,
    BESIDE_BEFORE,
    BETTER_THAN,
    CATALOG_VS_RADAR,
    CATEGORY_MEANING,
    CHANGES_PICK,
    CHITCHAT,
    CHOICE_UNNAMED,
    CLOSING_DECISION,
    CLOUD_KIND,
    CLOUDS_OWN,
    COMMAND_HELP,
    COMPARE_CUE,
    CONCEPT_ASK,
    CORRECTED,
    EQUIVALENT_CUE,
    EVERY_ITEM,
    EVERY_ONE_OF_A_KIND,
    EXAMPLE_AFTER,
    EXAMPLES_ASKED,
    FIT_JUDGED,
    FLOW_CUE,
    FOREIGN_HELP,
    FRAME_WORDS,
    FRAMEWORK_TERMS,
    GENERIC_HEADS,
    HELP_CUE,
    HELP_WANTED_FOR_WORK,
    IDEA_MIN,
    JOKE_CUE,
    KIND_BY_LICENCE,
    KIND_FIELD_ASKED,
    KIND_NOUNS,
    KIND_PICK_ASKED,
    LIGHTER_CUE,
    LIST_ASK,
    LIST_COMMANDED,
    LIST_CUE,
    LIST_FILTERED,
    LIST_SAID,
    LIST_WORD,
    LOOKED_UP,
    LOOKUP_ASK,
    LOOKUP_FRAME,
    MEANING_CUE,
    MODIFIED_NOUNS,
    MORE_CUE,
    MOST_UNFAMILIAR,
    MOVE_ASKED,
    NAME_ASK,
    NAME_ASKED_LATER,
    NAME_FIRST,
    NAME_THEN_OPINION,
    NAME_THEN_USE,
    NAMING_CUE,
    NEXT_STEP,
    NO_LOCK_IN,
    OFF_TOPIC_SAID,
    OFFICE_MATTERS,
    ON_THE_RADAR,
    ONES_ASKED,
    OPINION_ASKED,
    OPINION_LAST,
    ORDINAL_REF,
    OUTSIDE_WORK,
    OWN_PART_IN_VOTE,
    PERSON_WORDS,
    PERSONA_CUE,
    PICK_ASKED,
    PICK_CUE,
    PLACE_ASKED,
    PLACE_FOR_DATA_ASKED,
    PLACE_FRAME,
    PLACE_OF_IT,
    PLAIN_CHAT,
    PLURAL_REF,
    QUADRANT_MEANING,
    QUOTED_WORDS,
    RANKING_ASK,
    RANKING_WORDS,
    RECOMMEND_CUE,
    RING_MEANING_CUE,
    RING_OBLIGATION,
    SETTING_AGAIN,
    SETTING_MATTERS,
    SETTING_WORDS,
    SHOW_ASKED,
    SINGLE_REF,
    SOCIAL_CUE,
    SOMETHING_THAT,
    STAND_ASKED,
    STRICT_COMPARE_CUE,
    STRONG_IDEA,
    SWITCHING,
    THE_OTHER_ONE,
    TOOL_ASKED,
    TOOL_ASKED_FOR,
    TOOL_SOUGHT,
    TOOL_WEIGHED,
    TOOLS_OF_A_KIND_ASKED,
    VAGUE_WORDS,
    VENDOR_PEOPLE_AFTER,
    VOTE_WORKINGS,
    WANTS_SOMETHING,
    WEIGHED_BY_SOMEONE,
    WHY_CUE,
    WORK_CONTEXT,
    WORKS_WITH_LISTED,
)
from bot.radar.language.ideas import TOLD_AT_LENGTH, IdeaFinder
from bot.radar.language.lookup import (
    ToolIndex,
    is_chat_word,
    is_common_word,
    is_ordinary_word,
    is_sentence_adverb,
)
from bot.radar.language.message import (
    ALLOWING_FRAMES,
    APPOSITION,
    BARE_ASKS,
    CLAUSE_OR,
    DETERMINERS,
    MAKER_WORDS,
    NAME_ASKED_WORDS,
    NAME_FIRST_WORDS,
    NOT_A_QUESTION,
    OPEN_CHOICE,
    OPINION_FRAME,
    OPINION_PARTS,
    PLACE_TAGS,
    PLACEMENT_AFTER,
    PREFACE,
    PRODUCT_SUFFIXES,
    QUESTION_ASK,
    TOOL_WANTED,
    all_of_a_kind,
    ambiguous_need,
    are_compared,
    asking_sentence,
    asks_build_vs_buy,
    candidates_listed,
    char_offsets,
    closing_aside,
    compound,
    content_word_count,
    fact_asked,
    framework_asked_of_building,
    introduced_before,
    is_a_place,
    is_asked_about,
    kind_is_listed,
    looks_like_a_name,
    named_by_its_name,
    named_only_as_where,
    need_again,
    not_the_need,
    odd_compounds,
    ordinary_lowercase,
    placed_name,
    said_of_a_name,
    sentence_end,
    sentence_starts,
    small_talk_kind,
    their_own_aside,
    told_reason,
    unfilled,
    unhedged,
    unique,
    where_it_runs,
    without_crashes,
    without_other_whiches,
    without_stray_versus,
    word_at,
)
from bot.radar.language.names import NameReader
from bot.radar.language.question import (
    Intent,
    Memory,
    Mention,
    Option,
    Question,
    Role,
    concept_question,
)
from bot.radar.language.reading import INSTEAD_WORDS, LANGUAGE_TOOLS, Reading
from bot.radar.language.recommend import (
    HEAD_WEIGHT,
    KUBERNETES_WORDS,
    NO_KUBERNETES_CUE,
    PEOPLE_NOUNS,
    VENDOR_PLATFORMS,
    WHOLE_PHRASE,
    Constraints,
    Need,
    NeedFinder,
    NeedMatch,
    Recommender,
    Situation,
    constraints_in,
    personas_named,
)
from bot.radar.language.retrieval import QUESTION_WORDS
from bot.radar.language.text import (
    STOP_WORDS,
    Token,
    clean,
    expand_contractions,
    has_emoji,
    reaction_kind,
    stem,
    tokens,
    words,
)
from bot.radar.language.threads import points_at_its_stack
from bot.radar.models import Quadrant, Tag, Tool

# a ring's tools asked for before anything else: "which tools are in Hold and why?", "list what's on trial, and why"
RING_LISTED_FIRST = re.compile(
    r"^((which|what) (tools|ones|things|stuff) (are|is|sit|sits|live|lives) (in|on)|(list|show)( me| us)?( the| all| "
    r"every)? (tools|ones|things|what s)|(what is|whats|what s)( sitting| living| left| currently| still| "
    r"actually)?( in| on)|anything (sitting|living|left|currently|still) (in|on)|"
    # ("which kinds of tools does the framework park in Hold? examples please")
    r"(which|what) (kinds? of )?(tools|things)( \w+){0,4} (park|parks|put|puts|place|places|keep|keeps) (in|on))"
    r" (the )?(adopt|trial|assess|hold)\b"
)
# the same, asked anywhere in the message: "before I pitch a no-code tool — what's sitting in Hold? show me the lot"
RING_LISTED = re.compile(RING_LISTED_FIRST.pattern.replace("^(", r"\b(", 1))
# the radar's own words: a message using them may ask about the radar even when it asks for something
RADAR_WORDS = re.compile(r"\b(radar|ring|rings|quadrant|quadrants|catalog|catalogue|poll|polls|vote|votes)\b")
# a wish for the buzzword itself, no job told: "something with AI", "we need to do MLOps", "add some genai"
HYPE_WISH = re.compile(
    r"\b(something|anything|stuff|some|things?) (with|using|involving|around|for) (ai|ml|machine learning|genai|gen ai|"
    r"llms?|mlops)\b|\b(to|must|should|gotta) do (mlops|ai|ml|genai)\b|\b(use|add|want|wants|need|needs) (some )?"
    r"(ai|genai|gen ai)\b"
)
# the words that may stand between two tools weighed as a choice: "darts or just lightgbm", "xgboost, lightgbm"
NAMES_WEIGHED_BY = frozenset({"or", "vs", "versus", "just", "maybe", "plain", "simply", "a", "an", "the"})
CHOICE_WORDS = frozenset({"or", "vs", "versus"})
THANKS_THEN_ASKED = 4  # words of substance after which thanks with a question mark in a thread is a question
# how to do to a tool what only a command does: "how do I propose moving kedro to trial?"
RADAR_ACTION_ASKED = re.compile(
    r"\b(how (do|can|should|would)|can|may|could) (i|we) (propose|suggest|nominate|vote|put \w+ to a vote)\b"
)
ALIKE_WORDS = frozenset({"similar", "comparable", "equivalent", "alike", "same"})
# the last word of a label before the asking: "CFO question:", "PM ask:", "newbie q:"
ASKING_LABELS = frozenset({"question", "questions", "q", "qs", "qn", "ask", "query", "request"})

KIND_ASKED_WORDS = 8  # words within which a kind of tool named is its list ("open source model serving options?")
BARE_KIND_WORDS = 6  # ...and without a filter, in this many
# the plural kinds that name what is listed (not "services" or "apps", which are also what a tool is for)
LISTED_KINDS = frozenset(KIND_NOUNS - {"services", "apps", "products", "stuff"})
LONG_STORY_WORDS = 10  # words told before the ask beyond which it asks for a pick, even in a list's words
# ideas whose words are also those of a job told ("the whole ml lifecycle", a category's description)
IDEAS_IN_A_JOBS_WORDS = ("lifecycle", "category:", "categories:")
WHAT_IT_IS_ASKED = re.compile(r"^(what is|whats|what s|what (exactly|actually|really) is) (?P<name>.+?)( exactly)?$")
NEXT_NAME_WORDS = frozenset({"and", "or", "vs", "versus", "about"})  # in a thread, a tool named next comes after these
STORY_WORDS = 12  # words beyond which a message in the first person tells its own story: it asks for a pick
# ...unless it plainly asks for a list, asks which of a kind, or what the radar holds
ANY_IDEA_LAST = re.compile(r"\bany ideas?( why| how)?\W*$")
WHOLE_FIELD = re.compile(r"\b(inventory|landscape|overview|market scan|shortlist of (every|all))\b")
PLAINLY_LISTED = re.compile(
    rf"\b({LIST_WORD}|{ALL_ITEMS}|{EVERY_ITEM})\b|^(show|give) (me|us) (the|all|every)\b|\bare (in|on) (the|our|"
    r"your) (catalog|catalogue|radar)\b"
)
_KINDS = "(" + "|".join(sorted(LISTED_KINDS)) + ")"
# machine learning asked of a language: "can they do ML natively in C#?", "any way to train models in Go?"
ML_IN_A_LANGUAGE = re.compile(r"\b(ml|machine learning|models?|inference|train|training|ai)\b")
# the ring of the thread's tool asked: "is it adopt or trial for us?", "is that still on hold?"
RING_OF_IT = re.compile(
    r"\b(is|are|was) (it|that|this|they|those)( still| now| currently)? (in |on )?(adopt|trial|assess|hold)\b"
)
# what is known of the tool a story named: "edge impulse came up at a meetup. what do we know about it?"
KNOWN_OF_IT = re.compile(
    r"\bwhat (do|does|did) (we|you|the radar|the team|anyone|people) (know|have|say|think) (about|on|of) (it|that|this)"
    r"( one| thing| tool)?\W*$"
)
# a tool measured against another: "how does it stack up against X", "is that basically X", "how is it different from X"
MEASURED_AGAINST = re.compile(
    r"\b(stacks? up (against|to)|compares? (to|with|against)|compared (to|with)|differ(s|ent)? from|basically|"
    r"same (thing )?as|better than|worse than|vs|versus|instead of)\b"
)
MADE_PRODUCT_WORDS = 5  # a maker's name and the words of one product after it: "Amazon Lookout for Equipment"
BARE_NAME_WORDS = 3  # words a message of two or more may run to and still be nothing but a name ("monte carlo")
# words that make a sentence of a name: "google is slow", "aws we use", "what about azure"
SENTENCE_WORDS = frozenset(
    {"i", "we", "you", "our", "my", "is", "are", "was", "be", "what", "which", "how", "why", "when", "where", "who"}
    | {"whats", "should", "can", "could", "would", "do", "does", "did", "about", "vs", "versus", "than", "like"}
)
# a placement asked of a tool named as an example: "where would something like kedro sit?"
PLACEMENT_OF_AN_EXAMPLE = re.compile(
    r"\b(where|what ring|which ring)\b.{0,30}\bsomething like [\w-]+( [\w-]+){0,2} (sit|sits|fit|fits|go|goes|land|"
    r"lands|belong|belongs|stand|stands|be)\b"
)
# where a tool is placed, said after "where <tool>": "explain where flink sits"
PLACED_VERBS = frozenset({"sits", "sit", "fits", "fit", "belongs", "belong", "lands", "land", "stands", "goes"})
LOOKUP_FRAME_REACH = 4  # words of greeting or address a lookup's frame may follow in the sentence that asks
CARD_ASKED_WORDS = 10  # words a first sentence asking for one tool's card may run to, the rest only telling why
# ("which of the all-in-one high-coverage platforms are open source?": the kind named at more length after "of the")
WHICH_OF_A_KIND = re.compile(
    rf"\b(which|what)( \S+){{0,4}} {_KINDS}\b|\bwhich of (the|our|your|these|those)( \S+){{0,5}} {_KINDS}\b"
)
# what one tool offers that others lack: "what does it give us that databricks doesn't?", "how is that different
# from MLflow?"
GIVES_WHAT_OTHERS_LACK = re.compile(
    r"\b(give|gives|offer|offers|do|does|add|adds|bring|brings|have|has)( us| me)? that\b.{0,60}\b(does not|do not|"
    r"cannot|can not|lacks?|is missing)\b|"
    r"\b(how|in what way) (is|are) (that|it|this) (different|better|worse) (from|than)\b"
)
# a sentence that asks to be handed a tool: "any libs for offline RL?", "what engine?", "anything off the shelf?"
HANDED_A_TOOL = re.compile(
    r"\b(tools?|tooling|libs?|librar(y|ies)|frameworks?|engines?|packages?|products?|anything(?! else)|"
    r"something(?! else)|off the shelf|recommend\w*|suggest\w*|options|what (can|could|would|should) (we|i) (use|run|"
    r"drop|plug|add|pick)|"
    r"what (helps|supports|fits|works))\b"
)
# a kind's list asked after what it is: "what counts as an 'ML task orchestrator' here? list them", "... which tools
# sit in that bucket?"
LISTED_AFTER = re.compile(
    r"\blist (them|all|those)\b|\bwhich (tools|ones) (sit|are|belong|go|fall|live) in (that|this|it)\b"
)
RADAR_HOLDS = re.compile(
    r"\b(do|did|does|would|will) (we|you|the radar|the catalog|the catalogue) (even |already |actually )?(have|know|"
    r"list|cover|track)\b|\b(you|the radar|the catalog|the catalogue) (know|knows|track|tracks) (about|of)\b|"
    # ("the LLM observability options you track")
    rf"\b{_KINDS} (you|the radar|the catalog|the catalogue) (know|track|tracks|cover|covers|list|lists)\b"
)
# the plural kinds a question asks for when it wants them all ("stream processing options?")
# (not "libs", "dbs" or "services", as often what the person has: "our postgres dbs", "the model services")
STORY_KINDS = frozenset(
    {"tools", "options", "frameworks", "platforms", "servers", "runtimes", "engines", "schedulers", "toolkits",
     "generators", "environments", "providers"}
)  # fmt: skip
STORY_KIND_WORDS = 12  # words within which such a question is the kind asked for, not a need told at length
# words before the kind that make it part of what is told of something else ("notebooks with ... environments")
TOLD_OF_ANOTHER = frozenset({"with", "that", "without", "for", "their", "our", "my", "your", "his", "her", "its"})
# a story after it that asks for a tool itself ("need something that scores answers"), and the words of a wish in
# the question that ask for a pick instead ("we need", "should")
STORY_ASKS_A_TOOL = re.compile(
    r"\b(need|needs|want|wants|looking for|should|recommend|suggest|pick)\b( \w+){0,2} (something|anything|a tool|one|"
    r"tool|tools|the best|which)\b"
)
WISH_WORDS = frozenset({"need", "needs", "want", "wants", "should", "recommend", "suggest", "pick", "friendly"})
CLUSTER_TAG = "cluster-orchestration"  # the use case of a cluster itself: what runs the containers
FIRST_PERSON = re.compile(r"\b(we|our|us|i|my|we are|i am)\b")
PLATFORM_PICKS = 3  # best answers weighed before a need counts as choosing a platform
PLATFORM_SHARE = 2 / 3  # ...when this share of them are platforms for the whole lifecycle
# the categories of platforms that carry the whole ML lifecycle: adopting one is the hardest commitment
LIFECYCLE_PLATFORMS = frozenset({"high-coverage-saas", VENDOR_PLATFORMS})
CLOUD_TIER = 0.9  # matches this close to the best one count when asking which cloud decides
SHORT_FOR_WORDS = 7  # "braintrust for llm evals?": a name and what it would be for, asked about as a whole
# the words just before a tool in a story that turn away from it: "rather than pay for AWS", "outside aws"
TURNED_FROM = frozenset(
    {"not", "no", "never", "nor", "outside", "than", "instead", "except", "besides", "avoid", "without", "off", "leave"}
)
TOLD_NEED_WORDS = 4  # content words beyond which a message about a problem is more than a tool's name and a word
NEED_TOLD_FIRST = 0.7  # a need this plain, told before the tool named, is what is asked
# why the radar places a kind of tool where it does: "why are X even on an MLOps radar?", "why is Y in adopt by default"
PLACEMENT_WHY = re.compile(
    r"^why (is|are|do|does|would|should)\b.*\b(on (the|an|our|this|a) (\w+ )?radar|(in|on) (adopt|trial|assess|"
    r"hold)\b.*\b(and|while|but|by default)|by default|default ring|(in|on) (adopt|trial|assess|hold) "
    r"(automatically|from the start|out of the box|straight away))\b"
)
WEIGHING_VERBS = frozenset({"evaluating", "considering", "weighing", "assessing", "trialing", "trialling", "testing"})
# the team's latest decisions asked for: "what's new on the radar?", "which tools did we move last month?"
RECENT_ASKED = re.compile(
    r"\b(what is|whats|anything) new (on|in) (the|our) radar\b|\bwhat (has )?changed (on|in) (the|our) radar\b|"
    r"\b(recent|latest|last) (changes|moves|decisions|votes)\b|\b(which|what) tools (did|have) we (move|moved|"
    r"change|changed|add|added|place|placed|retire|retired)\b|\b(what|which tools?) (was|were|got|has been|have been) "
    r"(moved|changed|placed|retired) (recently|lately|this (week|month)|last (week|month))\b"
)
# what the team builds on asked for: "what tools do we use here?", "our standard stack?", "new joiner, what to learn?"
STANDARD_ASKED = re.compile(
    r"\b(what|which) (tools|stack|tooling)( \w+)? (do|does) (we|the team|this team|everyone|everybody) (use|run|"
    r"build on|standardi[sz]e on)( here| at this company| in this team)?\W*$|\b(our|the team s|the teams) (standard|"
    r"default|usual|approved|go to) (stack|tools|toolkit|toolset|tooling)\b|\b(new (starter|joiner|hire|person)|"
    r"newbie|onboarding|just joined|first week)\b.{0,60}\b(learn|know|pick up)\b|\b(learn|know|pick up) first\b"
)
GENERIC_PART_WORDS = frozenset({stem(w) for w in ("data", "model", "ml", "ai", "llm", "platform", "and")})
HOSTED_WORDS = frozenset({"managed", "hosted"})
# after the tool's name: "airflow but fully managed?", "mlflow as a service" (not "managed is ok too")
HOSTED_AFTER = re.compile(r"(but |that is |thats )?(fully )?(managed|hosted)\b(?! is)|as a service\b|in the cloud\b")
RUN_BY_SOMEONE_ELSE = re.compile(
    r"\b(someone|somebody|a vendor|a provider) (else )?(to )?(run|host|operate|manage)s? (it|that|this)\b|"
    r"\b(managed|hosted) (options?|versions?|offerings?|flavou?rs?)\W*$"
)
TIED_TO_THE_JOB = frozenset({"for", "on", "with", "in", "into", "to", "from"})
# a name asked about in a frame of its own: "does the radar cover trustyai?", "harbor - adopt?"
NAME_ASKED = re.compile(
    r"^(does|do|did) (the radar|the catalog|you|radar) (cover|have|know|include|list|track|mention|know about)"
    r"( anything (on|about))? (?P<covered>[\w ]{2,30}?)$|^(?P<ringed>\w+( \w+){0,2}) (adopt|trial|assess|hold|ring|"
    r"status|verdict)$|"
    # ("ring for Microsoft Purview? the governance people want it for lineage")
    r"^(the )?(ring|status|verdict|stance|position) (for|of|on) (?P<ringed_for>\w+( \w+){0,2})$"
)
NOT_A_NAME = frozenset({"adopt", "trial", "assess", "hold", "ring", "rings", "list", "show", "all", "every", "status"})
# words that name no product in a name asked about: "where does our monitoring stack sit?"
GENERIC_KINDS = frozenset({"stack", "setup", "thing", "things", "stuff", "approach", "kind", "sort", "type"})
# a question that opens by asking why: the reasoning is asked, not a tool
REASON_ASKED = re.compile(r"(so |but |ok |okay |and )?why (are|is|do|does|would|should|did|must)\b")
# a question that opens by asking what something is: the words it quotes are the term asked about
TERM_ASKED = re.compile(r"(so |ok |okay |and )?(what is|what are|whats|explain|define|what do you mean by)\b")
POINTS_BACK = re.compile(r"\b(it|its|it's|that one|this one)\b")  # a question about the name it opened with
SUGGESTED_BY = frozenset({"suggested", "recommended", "proposed", "pitched", "pitching", "pushing", "mentioned"})
# the suggestion someone else made, which asks for no pick of the bot's: "someone suggested clearml for ..."
SUGGESTED_NAME = re.compile(
    r"\b(someone|somebody|colleague|\w+ team|they|he|she)\b.{0,40}\b(" + "|".join(SUGGESTED_BY) + r")\b"
)
# the team's own pick told just before its name: "thinking of going with", "leaning towards", "planning to use"
OWN_PICK_BEFORE = re.compile(
    r"\b(thinking (of|about)|leaning (towards?|toward)|planning (on|to)|about to|tempted to)( (go|going|move|moving|"
    r"switch|switching|use|using|adopt|adopting|try|trying|pick|picking|standardi[sz]e|standardi[sz]ing))?"
    r"( with| to| on)?$"
)
# jobs whose pick turns on where they run (a cluster, a managed service, one server), asked back when nothing says
WHERE_DECIDES = frozenset({"serving"})
PLACE_WORDS = frozenset(
    {"gpu", "gpus", "cpu", "cpus", "laptop", "laptops", "macbook", "locally", "local", "prem", "premise", "premises",
     "server", "servers", "vm", "vms", "edge", "device", "devices", "cluster", "clusters", "k8s", "kubernetes", "cloud",
     "serverless", "browser", "phone", "phones", "mobile", "batch", "streaming", "realtime", "offline", "internally",
     "house", "onprem", "api", "apis", "endpoint", "endpoints", "rest", "http", "grpc"}
)  # fmt: skip
# the kind of model, which narrows the pick as much as where it runs: "serve an LLM internally"
MODEL_KIND_WORDS = frozenset(
    {"llm", "llms", "gpt", "genai", "embedding", "embeddings", "vision", "cv", "nlp", "pytorch", "tensorflow",
     "sklearn", "xgboost", "lightgbm", "onnx", "transformer", "transformers", "diffusion", "whisper", "mistral",
     "llama"}
)  # fmt: skip
BARE_ASK_WORDS = 5  # content words of a need asked bare: "best way to deploy our models?"
# words that only ask, beside a need asked bare
ASKING_ONLY = frozenset(
    {"best", "way", "good", "recommend", "recommended", "recommendation", "recommendations", "suggest", "suggestions",
     "ideas", "help", "tool", "tools", "thing", "something", "options", "option", "use", "pick", "new", "models",
     "model", "radar", "please", "pls", "hey", "hi", "stack", "setup", "production", "prod"}
)  # fmt: skip
SHOWN_NAMES = 5  # the thread's tools whose names count as names in a follow-up, however everyday the word
LONGEST_QUESTION = 2000  # characters read from a message; a question is never longer, a pasted log may be


# the words a yes-or-no question about something opens with: "is X ...", "X: can we ..."
YES_NO_OPENERS = frozenset(
    {"is", "are", "was", "does", "do", "did", "can", "could", "should", "would", "will", "has", "have", "still"}
)


def serves(need: Need, tool: Tool, first_only: bool = False) -> bool:
    """Whether a tool is made for a need: the need's leading use case is one of the tool's (or the first, when
    `first_only`: Redis serves feature stores, but is not made for them), or the need names one of its kinds."""
    top = need.tags[0].tag.id if need.tags else None
    uses = tool.tags[:1] if first_only else tool.tags
    return bool((top and top in uses) or {c.id for c in (*need.categories, *need.areas)} & set(tool.categories))


def _pointer_asked(plain: str) -> bool:
    """Whether a word pointing back ("it", "those", "which ones") is in a sentence that asks: one ending in a question
    mark."""
    low = plain.lower()
    pointers = [m for cue in (SINGLE_REF, PLURAL_REF, ONES_ASKED) for m in cue.finditer(low)]
    for pointer in pointers:
        end = re.search(r"[.?!\n]", low[pointer.end() :])
        if end is not None and end.group() == "?":
            return True
    return False


def lacked_product_span(toks: list[Token], first: int, elsewhere: Collection[int]) -> tuple[int, int]:
    """The first and last word of a product the catalog knows it lacks, from the first of its words: all its words,
    and its maker's name before them ("google or-tools")."""
    last = first
    while last + 1 in elsewhere:
        last += 1
    if first > 0 and toks[first - 1].low in MAKER_WORDS:
        first -= 1
    return first, last


def after_a_lacked_product(pointer: re.Match[str], elsewhere: Collection[int]) -> bool:
    """Whether "it" follows the words of a product the catalog knows it lacks ("power bi - where does it sit?"):
    it points at that product, not at the thread's tool."""
    return any(i < word_at(pointer) for i in elsewhere)


class Understander(NameReader):
    """Turns a question (and what its thread was about) into a Question. Pure and deterministic."""

    def __init__(
        self,
        catalog: Catalog,
        index: ToolIndex,
        needs: NeedFinder | None = None,
        recommender: Recommender | None = None,
    ) -> None:
        super().__init__(catalog, index, needs, recommender)
        self.flow_tools = {f.tool for f in catalog.framework.flow_distinction.tools}
        # the use cases the seed posts' tools are made for: the choices offered when a question says nothing of its need
        seeds = {s.tool for s in catalog.seeds}
        made_for = Counter(tag for t in catalog.tools if t.id in seeds for tag in t.tags)
        self._common_needs = tuple(
            Option(tag.name, f"what should we use for {tag.name}?", "")
            for tag in sorted(catalog.tags, key=lambda t: (-made_for[t.id], t.id))[:5]
        )
        self.ideas = IdeaFinder(catalog, self.needs)
        # the clouds that sell an ML platform of their own, the best known first: where a platform is chosen
        owning = Counter(
            owner
            for t in catalog.tools_in_category(VENDOR_PLATFORMS)
            if (owner := self.recommender.affinity_of(t.id)) is not None
        )
        self._platform_clouds = sorted(
            (c for c in self.recommender.clouds if owning[c.id]),
            key=lambda c: (-self.recommender.prominence(c.id), -owning[c.id], c.name),
        )[:3]
        self._category_words = [n for c in catalog.categories if len(n := [w.lower() for w in words(c.name)]) >= 2]
        self._stems: list[str] = []
        self._unabridged = ""  # the message before a name's description was taken out of it
        self._lows: list[str] = []
        self._asked_words = 0  # where the person's own circumstances begin, after what they ask
        self._aside_told = 0  # where an aside closes the message, the story told around the ask ("(we self-host all)")
        self._told_before_ask = 0  # the words of the story told before the sentence that asks
        self._asking_low = ""  # the sentence that asks and what follows it
        self._code_words: set[str] = set()  # the words the message wrote as code
        self._cloud_named_at: frozenset[int] = frozenset()  # where the message's words name a cloud

    # --- entry point -------------------------------------------------------------------------

    def understand(self, text: str, memory: Memory | None = None) -> Question:
        return self._with_alike(self._listable(self._list_or_pick(self._read(text, memory))))

    @staticmethod
    def _listable(question: Question) -> Question:
        """A use case's list needs a use case: a need found only in a category's words lists that category, and one
        with nothing to list is a pick ("list every aws service … want to see what's covered" echoes a description
        and names no job)."""
        if question.intent is not Intent.LIST or question.action != "tag" or question.need.tags:
            return question
        category = next(iter((*question.need.categories, *question.need.areas)), None)
        if category is not None:
            return replace(question, action="category", category=category)
        return replace(question, intent=Intent.RECOMMEND, action="need")

    def _with_alike(self, question: Question) -> Question:
        """A need carried over from the thread, with the tools accepted for requests alike in its words and this
        message's ("a model registry" then "forgot to say: azure is our cloud")."""
        need = question.need
        if question.action != "need" or not need or need.alike:
            return question
        # (a cloud's name is no word of the need: "we are on Amazon Web Services" asks nothing of web services)
        said = {
            s
            for i, (s, low) in enumerate(zip(self._stems, self._lows, strict=True))
            if low not in STOP_WORDS and i not in self._cloud_named_at
        }
        alike = self.needs.alike_tools(sorted(need.words | said))
        return replace(question, need=replace(need, alike=alike)) if alike else question

    def _list_or_pick(self, question: Question) -> Question:
        """What people mean by how they write, between a list of a kind and a pick for a need: a kind named in
        a few words ("open source model serving options?", "CI systems we could host ourselves") asks for the
        kind's list; a need told at length in the first person ("we run a lot of A/B tests and ... anything on the
        radar for this?") asks for a pick, unless it plainly asks for a list."""
        # ("LLM observability tools, open source only (we self-host everything)": the story aside asks nothing)
        told = self._aside_told
        low = " ".join(self._lows[:told])
        if question.intent is Intent.RECOMMEND and question.action == "need" and question.need.tags:
            kind = any(w in LISTED_KINDS for w in self._lows)
            # (a kind with where or under what licence it must run: "tools for data validation?" may want a pick)
            filtered = question.situation.constraints.license is not None or KUBERNETES_WORDS.search(low)
            plain_ask = not (PICK_CUE.search(low) or RANKING_ASK.search(low))
            # (with no filter, only in fewer words and not in the first person: "managed spark options?")
            bare = told <= BARE_KIND_WORDS and not FIRST_PERSON.search(low)
            if kind and (filtered or bare) and told <= KIND_ASKED_WORDS and plain_ask:
                return replace(question, intent=Intent.LIST, action="tag")
            # ("which explainability libraries would the radar know about?": the kind the radar holds; "list vendor
            # AI platforms, gcp ones first since that's us": a list commanded, whoever asks)
            if (kind and RADAR_HOLDS.search(low) and plain_ask) or LISTED_AFTER.search(low):
                return replace(question, intent=Intent.LIST, action="tag")
            if plain_ask and LIST_COMMANDED.search(low):
                return replace(question, intent=Intent.LIST, action="tag")
        if (
            question.intent is Intent.RECOMMEND
            and question.action == "need"
            and question.need.tags
            and self._kinds_asked_then_story()
        ):
            return replace(question, intent=Intent.LIST, action="tag")
        # (the person's circumstances told after the ask are no story of theirs: "annotation tools, open source
        # only, we can't send docs to a vendor")
        told = self._asked_words
        low = " ".join(self._lows[:told])
        if question.intent is Intent.LIST and question.action == "tag" and told > KIND_ASKED_WORDS:
            listed = (
                PLAINLY_LISTED.search(low)
                or KIND_BY_LICENCE.search(low)
                or WHICH_OF_A_KIND.search(low)
                or RADAR_HOLDS.search(low)
                or LIST_COMMANDED.search(low)
                or LIST_FILTERED.search(low)
            )
            if told > STORY_WORDS and FIRST_PERSON.search(low) and not listed:
                return replace(question, intent=Intent.RECOMMEND, action="need")
        # ("... forty words of what we run and why ... what's on the radar for that?": a story that long before the
        # ask asks for a pick, unless the ask says list or the story wants the whole field: "compliance wants an
        # inventory of fairness toolkits. what have you got?")
        if (
            question.intent is Intent.LIST
            and (question.action == "tag" or (question.action == "language" and question.need.tags))
            and self._told_before_ask >= LONG_STORY_WORDS
            and not PLAINLY_LISTED.search(self._asking_low)
            and not WHOLE_FIELD.search(" ".join(self._lows))
        ):
            return replace(question, intent=Intent.RECOMMEND, action="need")
        return question

    def _kinds_asked_then_story(self) -> bool:
        """A kind of tool named in the plural to open the message, as a question or a clause of its own, then only
        the story around it: "stream processing options? we're kafka-heavy", "image annotation tools, OSS only -
        we label damage photos" (not "beginner friendly RL libs? msc project": a pick, by what it must be)."""
        text = expand_contractions(self._unabridged).lower()
        opening = re.match(r"[^?.!;\u2013\u2014]*?(\?|[.!;]\s|\s[-\u2013\u2014]\s|[\u2013\u2014])", text)
        if opening is None:
            return False
        asked, story = words(opening.group(0)), words(text[opening.end() :])
        return (
            bool(story)
            and "?" not in text[opening.end() :]
            # (the kind opens the message, in a few words)
            and len(asked) <= STORY_KIND_WORDS
            and (kind := next((i for i, w in enumerate(asked) if w in STORY_KINDS), None)) is not None
            # (the kind heads the opening words, not a word in what is told of something else: "notebooks with LDAP
            # and per-user environments?", "their docs can't leave their servers.")
            and not any(w in TOLD_OF_ANOTHER or w in PERSON_WORDS for w in asked[:kind])
            and not any(w in RANKING_WORDS or w in WISH_WORDS for w in asked)
            and not PICK_CUE.search(" ".join(asked))
            # ("which agent framework for NPCs that call game tools?": one of a kind asked for)
            and not re.search(
                r"\b(which|what)( \w+){0,2} (tool|framework|library|platform|engine|server|runtime)\b", text
            )
            # (a story may tell what someone wants, "the DPO wants real data out of test", not ask for a tool itself:
            # "need something that scores answers")
            and not STORY_ASKS_A_TOOL.search(" ".join(story))
            and not PICK_CUE.search(" ".join(story))
        )

    def _read(self, text: str, memory: Memory | None = None) -> Question:
        msg = self._reading(text, memory)
        self._told_before_ask = msg.asked_from
        self._asking_low = msg.low_from_the_ask
        steps = (
            self._help_or_idea_first,
            self._lacked_name_weighed,
            self._small_talk,
            self._framework_asked,
            self._one_tool_asked_back,
            self._clouds_own_asked,
            self._tools_as_context,
            self._tool_or_alternative,
            self._names_lacked,
            self._thread_setting,
            self._thread_need,
            self._tools_named,
            self._kind_or_tool,
        )
        for step in steps:
            question = step(msg)
            if question is not None:
                return self._goes_on_in_the_thread(self._compared_in_the_thread(question, msg), msg)
        return self._goes_on_in_the_thread(self._need_or_unknown(msg), msg)

    def _clouds_own_asked(self, msg: Reading) -> Question | None:
        """A need asked of one cloud's own services, the cloud named as the maker of what is wanted: "what's the
        azure one for feature stores?", "the gcp service for vector search?", "and the aws one for hosted llm apis?"."""
        # (a job named in its words: "every aws service on the radar" asks for the cloud's list, no job on it, and
        # "vendor ai platforms? only the aws ones" a category there)
        if (
            not msg.mentions
            or len({m.tool.id for m in msg.mentions}) != 1
            or not msg.need.phrased
            or msg.need.categories
        ):
            return None
        mention = msg.mentions[0]
        cloud = mention.tool
        owned = msg.toks[mention.end : mention.end + 1]
        if not self._is_cloud(cloud) or not owned or owned[0].low not in CLOUDS_OWN:
            return None
        native = replace(msg.situation.constraints, cloud_only=True)
        where = Situation(cloud, (cloud,), msg.situation.persona, native)
        intent = Intent.FOLLOWUP if msg.memory else Intent.RECOMMEND
        return Question(intent=intent, action="need", **{**msg.base, "situation": where})

    def _clouds_of_the_asked_products(self, mentions: list[Mention], asking: range) -> list[Mention]:
        """A cloud told of outside the sentence that asks about a product of its own is where that product runs, not
        a second candidate: "go all-in on vertex ai ... the CFO watches the GCP bill"."""
        owners = {
            self.recommender.affinity(m.tool) for m in mentions if not self._is_cloud(m.tool) and m.start in asking
        }
        return [
            replace(m, stack=True, role=Role.STACK)
            if m.role is Role.SUBJECT
            and not m.stack
            and m.start not in asking
            and self._is_cloud(m.tool)
            and m.tool.id in owners
            else m
            for m in mentions
        ]

    def _points_inside(
        self,
        low: str,
        plain: str,
        toks: list[Token],
        need: Need,
        mentions: list[Mention],
        subjects: list[Tool],
        memory: Memory,
        elsewhere: frozenset[int],
    ) -> bool:
        """Whether the message's "it" points at something it names itself, not at the thread's tool."""
        single = SINGLE_REF.search(low)
        if (
            single is not None
            and not ORDINAL_REF.search(low)
            and not PLURAL_REF.search(low)
            and not COMPARE_CUE.search(low)
            and LOOKUP_FRAME.match(low)
            and any(m.end <= word_at(single) and m.tool in subjects for m in mentions)
        ):
            # ("what is tsfresh and where on the axes does it land?" after Fabric's card: "it" is the tool the message
            # itself just named)
            return True
        if points_at_its_stack(low, mentions, memory):
            return True
        if single is not None and after_a_lacked_product(single, elsewhere):
            return True
        # ("security now wants pinned deps for every model image. currently it's `pip freeze`. what do we use?"
        # after Docker's card: a message telling a job of its own, at length, uses "it" inside its own story, not in
        # what it asks: "can we self-host it in eu-central-1?" asks of the thread's tool)
        return (
            need.strong
            and bool(need.tags)
            and len(toks) >= STORY_WORDS
            and not ORDINAL_REF.search(low)
            and not any(t.id in memory.tools for t in subjects)
            and need.tags[0].tag.id not in self._thread_jobs(memory, 3)
            # (a pick asked for in so many words: not "want to ask them about GPU quotas", nor a setting told)
            and bool(ASK_FOR_TOOL.search(low) or PICK_CUE.search(low) or TOOL_SOUGHT.search(low))
            and not _pointer_asked(plain)
        )

    def _goes_on_in_the_thread(self, question: Question, msg: Reading) -> Question:
        """A pick asked in a thread for the job it was already about, or instead of a tool it showed ("we're on
        AWS, it's all credits" after vendor platforms for training; "anything lighter than the full sagemaker
        thing?" after SageMaker), goes on with the thread: a follow-up."""
        if question.intent is not Intent.RECOMMEND or not (msg.memory.tags or msg.memory.tools):
            return question
        thread_jobs = self._thread_jobs(msg.memory, 2)
        for_its_job = any(m.tag.id in thread_jobs for m in question.need.tags[:1])
        instead_of_its_tool = question.action == "alternatives" and any(
            t.id in msg.memory.tools for t in question.tools
        )
        # ("we went with label studio" then "next: how do we train detection models?": the project's next step)
        next_step = bool(msg.memory.tools) and bool(NEXT_STEP.search(msg.low))
        if for_its_job or instead_of_its_tool or next_step:
            return replace(question, intent=Intent.FOLLOWUP)
        return question

    def _compared_in_the_thread(self, question: Question, msg: Reading) -> Question:
        """A comparison asked in a thread, of tools it showed or for its own job ("honestly it's between litellm and
        portkey" after the shortlist, "how does langfuse stack up against langsmith for that?" after LLM tracing), goes
        on with the thread: a follow-up that compares."""
        if question.intent is not Intent.COMPARE or not msg.memory:
            return question
        shown = any(t.id in msg.memory.tools for t in question.tools)
        for_its_job = bool(msg.memory.tags) and any(set(t.tags[:2]) & set(msg.memory.tags[:1]) for t in question.tools)
        if shown or for_its_job or msg.refers:
            return replace(question, intent=Intent.FOLLOWUP, action="compare")
        return question

    def _reading(self, text: str, memory: Memory | None) -> Reading:
        """The message read once: its words, the tools it names and their roles, its need and its setting."""
        cleaned = clean((text or "")[:LONGEST_QUESTION])
        # ("quick q: is google colab on hold?": the question starts where its announcement ends)
        cleaned = replace(cleaned, text=PREFACE.sub("", cleaned.text, count=1))
        # ("hera (the argo python sdk), where is it on the radar?": the words describing the name asked about name
        # no tool and no need of their own)
        # (though the licence it names tells apart tools sharing the name: "h2o (the open source one)")
        self._unabridged = cleaned.text
        cleaned = replace(cleaned, text=APPOSITION.sub(r"\g<name>", cleaned.text, count=1))
        plain = expand_contractions(cleaned.text)
        toks = tokens(plain)
        self._stems = [t.stem for t in toks]
        self._lows = [t.low for t in toks]
        self._asked_words = told_reason(toks)
        # (a closing aside tells the story, whoever it is about: "(procurement takes 6 months for anything paid)")
        self._aside_told = closing_aside(toks)
        low = " ".join(t.low for t in toks)
        code_words = {w for span in cleaned.code for w in words(span)}
        self._code_words = code_words
        # (a tool the thread just showed is meant when its name is written, however everyday: "feast is out")
        shown = [t for t in (self.catalog.tool(i) for i in (memory.tools if memory else ())[:SHOWN_NAMES]) if t]
        named_before = {t.name.lower() for t in shown if len(words(t.name)) == 1 and t.name.lower() not in STOP_WORDS}
        mentions = self._mentions(toks, low, code_words | named_before)
        # ("Azure Purview", "AWS Step Functions": a cloud's name before a product the catalog lacks is its maker)
        mentions = [m for m in mentions if not self._maker_of_unknown(m, toks, mentions)]
        # ("Databricks Unity Catalog", "Google Vertex AI": a maker written before its own product is part of its name)
        mentions = [m for m in mentions if not any(self._maker_of(m, o, toks) for o in mentions)]
        mentions = self._told_apart(mentions, toks)
        mentions = self._roles(self._mark_stack(mentions, toks, their_own_aside(plain, toks)), toks)
        mentions = self._framed_name(low, plain, toks, mentions)
        mentions = self._outside_category_names(toks, mentions)
        sentences = sentence_starts(plain, toks)
        asked_from = asking_sentence(plain, toks, sentences)
        asked_to = sentence_end(sentences[0], asked_from, len(toks))
        mentions = self._clouds_of_the_asked_products(mentions, range(asked_from, asked_to))
        # (a name ruled out is no need either: "we do not want to run kubernetes" asks for no cluster tool)
        taken = frozenset(i for m in mentions for i in range(m.start, m.end))
        self._cloud_named_at = frozenset(i for m in mentions if self._is_cloud(m.tool) for i in range(m.start, m.end))
        if constraints_in(low).no_kubernetes:
            # "something lighter that does not need k8s": Kubernetes is the constraint, not a tool asked about
            # ("we're on slurm, not kubernetes", "we don't have kubernetes": the name inside the words that rule it
            # out, whatever its role)
            ruled_out = [found.span() for found in NO_KUBERNETES_CUE.finditer(low)]
            at = char_offsets(toks)
            kept = [
                m
                for m in mentions
                if not (
                    KUBERNETES_WORDS.fullmatch(m.tool.name)
                    and (m.role is Role.REPLACE or any(start <= at[m.start] < end for start, end in ruled_out))
                )
            ]
            # (unless the cluster is all the message names and it asks only what to use instead: "moving off k8s,
            # it's too much for us. what do we run things on instead?" asks for its alternatives)
            if kept or not INSTEAD_WORDS.search(low):
                mentions = kept
        subjects = unique(m.tool for m in mentions if not m.stack)
        stack = unique(m.tool for m in mentions if m.stack)
        # (a ring's name is no need: "which monitoring tools are in trial?" asks nothing of hyperparameter trials)
        ring_words = frozenset(i for i, _ in self.ideas.ring_mentions(toks))
        # ("we're evaluating seldon, kserve and bentoml": weighing the tools named next, not evaluating models)
        weighing = frozenset(
            i
            for i, t in enumerate(toks)
            if t.low in WEIGHING_VERBS and any(m.start in (i + 1, i + 2) for m in mentions)
        )
        described = said_of_a_name(toks, taken)
        # (a product the catalog knows it lacks names no need: "what's our take on power bi?")
        elsewhere = frozenset(self._named_elsewhere(toks))
        need = self.needs.find(
            toks, taken | not_the_need(toks) | ring_words | weighing | described | elsewhere, asked_from
        )
        # the tools that name where the need is met, not what is asked about, become the setting:
        # "a python library to parse PDFs", "data scientists train in python": the language
        # ("k8s gpu schedulers?": a place things run, written before the name of another job; "mlflow tracking" names
        # the tool's own job and stays its subject, "pytorch models" what the need is about)
        looked_up = bool(LOOKUP_FRAME.match(low))
        languages = bool(need) and not looked_up and any(t.id in LANGUAGE_TOOLS for t in subjects)
        as_setting = {
            m.start
            for m in mentions
            if (languages and m.tool.id in LANGUAGE_TOOLS)
            or (
                not m.stack
                and not looked_up
                and m.role is not Role.REPLACE  # ("our azure GPU quota has been stuck": the trouble, not the setting)
                and bool(PLACE_TAGS.intersection(m.tool.tags[:1]))
                and m.end < len(toks)
                and toks[m.end].low not in MODIFIED_NOUNS
                # ("Volcano scheduler?": the name and its own kind, nothing more)
                and not (m.end + 1 == len(toks) and self._of_its_kind(m.tool, [toks[m.end].low]))
                and any(n.weight >= 1 and m.end in n.positions and n.tag.id not in m.tool.tags for n in need.tags)
            )
        }
        if as_setting:
            mentions = [
                Mention(m.tool, m.start, m.end, True, Role.STACK) if m.start in as_setting else m for m in mentions
            ]
            subjects = unique(m.tool for m in mentions if not m.stack)
            stack = unique(m.tool for m in mentions if m.stack)
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
        refers = bool(
            SINGLE_REF.search(low) or ORDINAL_REF.search(low) or PLURAL_REF.search(low)
        )  # "it", "the second one", "those"
        # ("what counts as an 'ML task orchestrator' here? list them": a kind's list, asked after what it means)
        # ("what counts as 'data version control' on our radar, which tools sit in that bucket?")
        kind_listed_after = bool(LISTED_AFTER.search(low)) and bool(need.categories or need.tags)
        # (a sentence that starts with "need" or "want" drops its subject, as terse messages do: "need tracing")
        terse_ask = any(t.sentence_start and t.low in {"need", "want"} for t in toks)
        # (a question that opens on what is wanted asks for it: "something that routes between them behind one API?")
        wanted_first = "?" in plain and SOMETHING_THAT.match(" ".join(t.low for t in toks[asked_from:asked_to]))
        # ("... who approved it and what it was validated on. model registry with approval stages that runs on-prem?":
        # after a story, a question that opens on the use case asks for it)
        need_opens_the_ask = (
            asked_from > 0
            and not mentions
            and "?" in plain
            and bool(need.tags)
            and need.tags[0].weight >= 1
            and min(need.tags[0].positions, default=-1) in (asked_from, asked_from + 1)
        )
        asks_for_tool = bool(
            ASK_FOR_TOOL.search(low)
            or PICK_CUE.search(low)
            or LIGHTER_CUE.search(low)
            or TOOLS_OF_A_KIND_ASKED.search(low)
            or terse_ask
            or wanted_first
            or need_opens_the_ask
        ) and not (
            # ("compare runs" with one tool named is a need)
            STRICT_COMPARE_CUE.search(without_stray_versus(toks, mentions, low)) and len(subjects) >= 2
        )
        weighs_settings = self._settings_weighed(need, mentions, low, toks)
        compares = are_compared(toks, [m for m in mentions if not m.stack], low) and not weighs_settings
        # ("whats the story with travis ci, are we still recommending it?": the one tool named is what is asked about)
        # (or weighed by someone and pointed back at, the one tool told as the subject: "pyod pls, a contractor
        # suggested it for the anomaly work", "a Dataiku rep keeps emailing. what's our position on it")
        weighed_one = (
            len(mentions) == 1
            and mentions[0].role is Role.SUBJECT
            # ('someone mentioned "Langfuse". what is it and should we care?')
            and bool(
                WEIGHED_BY_SOMEONE.search(low)
                # ("someone in standup suggested metaflow for the churn pipeline": the tool suggested, weighed)
                # (not when another is asked for: "someone pitched WhyLabs but it's hosted. what can we self-host?")
                or (
                    mentions[0].start > 0
                    and toks[mentions[0].start - 1].low in SUGGESTED_BY
                    and not ASK_FOR_TOOL.search(SUGGESTED_NAME.sub("", low))
                    and not re.search(r"\b(what|which) (can|could|should|do|would) (we|i)\b", low)
                )
                # ("thinking of going with Label Studio for the grasp annotation": the team's own pick, weighed)
                or (
                    bool(
                        OWN_PICK_BEFORE.search(
                            " ".join(t.low for t in toks[max(0, mentions[0].start - 5) : mentions[0].start])
                        )
                    )
                    and not ASK_FOR_TOOL.search(low)
                    and not PICK_CUE.search(low)
                )
                or (NAME_ASKED_LATER.search(low) and not need.strong)
                # ("what is olmOCR and could it read handwritten addresses?": the tool, and a question of it)
                or (LOOKUP_FRAME.match(low) and re.search(r"\band (could|can|does|would|will|is) it\b", low))
            )
            and not (
                LIGHTER_CUE.search(low)
                or MORE_CUE.search(low)
                or PICK_CUE.search(SUGGESTED_NAME.sub("", WEIGHED_BY_SOMEONE.sub("", low)))
            )
        )
        stand_of_one = len({t.id for t in subjects}) == 1 and (bool(STAND_ASKED.search(low)) or weighed_one)
        referenced = self._referenced(low, memory)
        if referenced and self._points_inside(low, plain, toks, need, mentions, subjects, memory, elsewhere):
            referenced = []
        shown_named = [t for t in subjects if t.id in memory.tools]
        if referenced and len(subjects) == 1 and shown_named and not THE_OTHER_ONE.search(low):
            # ("docling, the first one you listed: can it run on CPU only?", "the microsoft one, `recommenders`?":
            # the name says which of the tools shown is meant)
            referenced = shown_named
        if THE_OTHER_ONE.search(low) and referenced:
            # ("ok mlflow sounds fine. what about the other one?": the one named is the contrast, not the subject)
            subjects = [t for t in subjects if t.id not in memory.tools]
        pointer = SINGLE_REF.search(low) or ORDINAL_REF.search(low)
        if memory.tools and pointer is not None and subjects:
            # ("who owns this on our radar? I want to ask them about the BigQuery datasource" after a card: the
            # sentence that points asks; tools named only in the sentences after it say what it is for)
            pointed_at = word_at(pointer)
            ends = next((i + 1 for i in range(pointed_at, len(toks)) if toks[i].ends_sentence), len(toks))
            if all(m.start >= ends for m in mentions if m.tool in subjects):
                subjects = []
        pointing = refers
        # "it" whose tool the message itself introduces ("if a tool is on Hold, why is it on the radar?") or in a
        # question about two rings points at nothing outside the message
        # (nor in a question about the radar's axes: "the two axes - what does piecemeal vs all-in-one mean?")
        if (
            re.search(r"\b(a|any|some) (tool|product|library|platform)\b.*\bit\b", low)
            or len({r.id for r in self.ideas.rings_named(toks)}) >= 2
            or AXES_CUE.search(low)
        ):
            pointing = False
        # (a tool named only as where it would run, "for 20TB of images on Ceph", is the setting of the choice)
        only_where = named_only_as_where(toks, mentions)
        return Reading(
            text=text,
            cleaned=cleaned,
            plain=plain,
            toks=toks,
            low=low,
            mentions=mentions,
            subjects=subjects,
            stack=stack,
            sentences=sentences,
            asked_from=asked_from,
            asked_to=asked_to,
            taken=taken,
            named_elsewhere=elsewhere,
            ring_words=ring_words,
            need=need,
            situation=situation,
            said_now=said_now,
            base=base,
            memory=memory,
            refers=refers,
            kind_listed_after=kind_listed_after,
            asks_for_tool=asks_for_tool,
            compares=compares,
            weighs_settings=weighs_settings,
            stand_of_one=stand_of_one,
            referenced=referenced,
            pointing=pointing,
            only_where=only_where,
        )

    def _outside_category_names(self, toks: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The tools named, less a word inside a category's own name of several words: "the CI/CD Pipelines
        category" names no Azure Pipelines."""
        lows = [t.low for t in toks]
        spans = [
            (i, i + len(name))
            for name in self._category_words
            for i in range(len(lows) - len(name) + 1)
            if lows[i : i + len(name)] == name
        ]
        return [
            m for m in mentions if not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans)
        ]

    def _help_or_idea_first(self, msg: Reading) -> Question | None:
        """Help, a ring's idea, a name the catalog lacks asked outright, a platform the thread's job stays on, or a
        setting told again in a thread."""
        if not msg.toks:
            # (":+1:" alone is a reaction typed as a reply; nothing at all asks how to use the bot)
            if has_emoji(msg.text):
                return Question(intent=Intent.SOCIAL, action=reaction_kind(msg.text), **msg.base)
            return Question(intent=Intent.HELP, **msg.base)
        if self._errand_of_the_office(msg):
            # ("can you help? my laptop won't connect to the wifi", "who's ordering lunch? i vote pizza"): not the
            # bot's help nor the team's votes, whatever words of either they use
            return Question(intent=Intent.SOCIAL, action="offtopic", **msg.base)
        # ("what kinds of things end up on Hold?" asks about a ring, not about the bot)
        about = ABOUT_THE_BOT.search(msg.low)
        about_the_bot = (
            about
            and not (self.ideas.rings_named(msg.toks) or self.ideas.quadrants_named(msg.toks))
            # ("does it work from R?" after a tool's card: "it" is that tool, not the bot, unless it works in Slack's
            # places: "does it work in private channels?")
            and not (
                msg.memory.tools
                and re.search(r"\bit (only )?works?\b", about.group(0))
                and not re.search(r"\b(channels?|dms?|threads?|direct messages?|slack)\b", msg.low)
            )
        )
        ring_idea = "" if msg.memory else self._ring_idea_first(msg.plain, msg.toks, msg.mentions)
        if ring_idea:
            return concept_question(ring_idea, msg.base)
        if CATALOG_VS_RADAR.search(msg.low) and not msg.subjects:
            # ("you mentioned both the radar and the catalog in your last answer. what's the difference?": the two
            # ideas told apart, whatever the message points at)
            return concept_question("note:catalog-vs-radar", msg.base)
        if (
            msg.subjects
            and RING_OBLIGATION.search(msg.low)
            and (self.ideas.rings_named(msg.toks) == [self.catalog.ring("adopt")] or "brainer" in msg.low)
            and not msg.need.strong
        ):
            # "is kubernetes mandatory now that it's in Adopt?": what Adopt asks of each project, shown on that tool
            return concept_question("note:adopt-not-everywhere", {**msg.base, "tools": tuple(msg.subjects)})
        explained = (
            self.catalog.ring(msg.memory.idea.removeprefix("ring:")) if msg.memory.idea.startswith("ring:") else None
        )
        if explained is not None and not msg.subjects and not msg.need.strong and EXAMPLES_ASKED.search(msg.low):
            # "what does Hold mean?" then "give me a few examples" or "which tools are in it right now?"
            return Question(intent=Intent.FOLLOWUP, action="ring", ring=explained, **msg.base)
        if (
            msg.need.categories
            and not msg.memory
            and re.search(r"\bwhy (are|do|would)\b", msg.low)
            and self.ideas.rings_named(msg.toks)
        ):
            # "why are vendor AI platforms like vertex only Trial when GCP itself is Adopt?": a kind's ring, asked
            # of the kind (the tools named are its examples)
            kinds = msg.need.categories[:3]
            idea = f"category:{kinds[0].id}" if len(kinds) == 1 else "categories:" + ",".join(c.id for c in kinds)
            return concept_question(idea, msg.base)
        adopt = self.catalog.ring("adopt")
        if STANDARD_ASKED.search(msg.low) and not msg.subjects and not msg.need.strong and adopt is not None:
            # "what tools do we use here?", "new joiner, what should I learn first?": what the team builds on, Adopt
            return Question(intent=Intent.LIST, action="ring", ring=adopt, **msg.base)
        if RECENT_ASKED.search(msg.low) and not msg.subjects and not msg.need.strong:
            # "what's new on the radar?", "which tools did we move last month?": the team's latest decisions
            return Question(intent=Intent.LIST, action="recent", **msg.base)
        if PLACEMENT_WHY.search(msg.low) and not msg.memory and not self._one_tool_asked(msg):
            # "why are boring things like git and docker even on an MLOps radar?", "why is standard SWE tooling (git,
            # docker, CI) in adopt by default": why the radar places a kind of tool, the tools named as its examples
            idea = self.ideas.idea(msg.low, msg.toks, Need(), False, named=True)
            if not idea and msg.mentions:
                # (the examples' own kind, when no idea's words are written: "plain old tools like postgres and
                # fastapi")
                idea = f"category:{msg.mentions[0].tool.category}"
            if idea:
                return concept_question(idea, msg.base)
        asked_name = self._asked_name(msg.low, msg.toks, msg.mentions, msg.memory)
        if asked_name:
            # "statsig vs building our own analysis, what ring is statsig?", "tell me about kubecost, platform wants it
            # for GKE": a name the catalog lacks, asked about in so many words, whatever else the message names
            return Question(
                intent=Intent.UNKNOWN,
                action="name",
                unknown=asked_name,
                suggestions=self._close_tools(asked_name)[:3],
                **msg.base,
            )
        # ("how do I propose moving kedro to trial?": the command that does it, whichever tool it is for)
        if (
            (msg.subjects and RADAR_ACTION_ASKED.search(msg.low))
            or (not msg.subjects and COMMAND_HELP.search(msg.low))
            or (VOTE_WORKINGS.search(msg.low) and OWN_PART_IN_VOTE.search(msg.low))
        ):
            # "how do i propose a new tool for the radar": the commands that do it
            return Question(intent=Intent.HELP, action="commands", **msg.base)
        if FOREIGN_HELP.search(msg.low) or (
            not msg.subjects and ((HELP_CUE.search(msg.low) and not msg.need.strong) or about_the_bot)
        ):
            return Question(intent=Intent.HELP, **msg.base)
        kept = self._platform_kept(msg)
        if kept is not None:
            return kept
        told_again = self._setting_again(
            msg.low, msg.toks, msg.memory, msg.need, msg.subjects, msg.stack, msg.mentions, msg.situation, msg.base
        )
        if told_again is not None:
            return told_again
        return None

    def _small_talk(self, msg: Reading) -> Question | None:
        """Thanks, greetings, jokes and chat: a short reply, unless the message also asks for something."""
        swapped = self._job_for_another_object(msg)
        if swapped is not None:
            return swapped
        # everyday words that are also tool names ("a ray of sunshine", "determined") do not make small talk a question
        # (nor does a tool naming what the bot said: "asante sana, that shap answer saved my afternoon")
        clear_names = [
            m
            for m in msg.mentions
            if not (
                m.end - m.start == 1
                and ordinary_lowercase(msg.toks[m.start])
                # ("ok and comet?" after two trackers: a name where the thread's next tool goes)
                and not (msg.memory.tools and m.start > 0 and msg.toks[m.start - 1].low in NEXT_NAME_WORDS)
            )
            and not (
                m.start > 0
                and msg.toks[m.start - 1].low in {"that", "the", "this", "your"}
                and ANSWER_OF_THE_BOT.match(" ".join(t.low for t in msg.toks[m.end : m.end + 1]))
            )
        ]
        asks = QUESTION_ASK.search(NOT_A_QUESTION.sub("", msg.low))
        # "thx. does the first one need an API key?": thanks, then a follow-up about the thread's tools
        points_back = bool(msg.memory) and msg.refers
        # ("xgboost, lightgbm or catboost for the injury model — does it matter?": the first of names weighed)
        weighed = self._names_weighed(msg)
        if (not msg.memory or not msg.refers) and not weighed:
            named_first = self._named_first(msg.cleaned.text, msg.subjects, msg.base)
            if named_first is not None:
                return named_first
        asks_for_a_tool = bool(ASK_FOR_TOOL.search(msg.low) or PICK_CUE.search(msg.low))
        if JOKE_CUE.search(msg.low) and not (asks_for_a_tool and msg.need):
            return Question(intent=Intent.SOCIAL, action="offtopic", **msg.base)  # "a joke about kubernetes"
        if (OUTSIDE_WORK.search(msg.low) or OFF_TOPIC_SAID.search(msg.low)) and not (
            msg.subjects or msg.stack or msg.need.phrased or asks_for_a_tool
        ):
            # "what's the weather in fresno tomorrow?": life outside work, whatever use case its words brush against
            return Question(intent=Intent.SOCIAL, action="offtopic", **msg.base)
        if (
            PLAIN_CHAT.search(msg.low)
            and not (ASK_FOR_TOOL.search(msg.low) or PICK_CUE.search(msg.low))
            and not msg.subjects
        ):
            return Question(intent=Intent.SOCIAL, action=small_talk_kind(msg.low), **msg.base)  # "gg wp :tada:"
        if ABOUT_ITSELF.search(msg.low) and not msg.subjects:
            return Question(intent=Intent.SOCIAL, action="itself", **msg.base)  # "which LLM are you running on?"
        if (
            small_talk_kind(msg.low) == "thanks"
            and CLOSING_DECISION.search(msg.low)
            and "?" not in msg.text
            and len(msg.subjects) <= 1
            and not msg.need.strong
        ):
            # "great, thanks! we'll go with dvc": the thread closes with a decision, not a new question
            return Question(intent=Intent.SOCIAL, action="thanks", tools=tuple(msg.subjects), **msg.base)
        if (
            SOCIAL_CUE.search(msg.low)
            and not clear_names
            and not (msg.memory and MORE_CUE.search(msg.low))  # "ok. alternatives?"
            and not (msg.memory and msg.said_now != Constraints())  # "ok but we self-host everything, no SaaS"
            # ("happy friday! the new forecast is live": news told, nothing asked, whatever job its words name)
            # (in a thread, a need told goes on with it: "ok but we only have a single 24GB GPU")
            and not (msg.need.strong and (bool(msg.memory) or "?" in msg.text or asks_for_a_tool))
            # ("thanks. who owns that entry, who do I talk to?": thanks, then a question in the thread)
            and not (msg.memory and "?" in msg.text and content_word_count(msg.toks) >= THANKS_THEN_ASKED)
            and not asks
            and not (msg.need and "?" in msg.text)
            and not points_back
            and not WANTS_SOMETHING.search(msg.low)  # "hey radar, got a tool suggestion for us?"
        ):
            return Question(intent=Intent.SOCIAL, action=small_talk_kind(msg.low), **msg.base)
        return None

    def _framework_asked(self, msg: Reading) -> Question | None:
        """Build vs buy, a quoted idea, a framework idea asked by its meaning, or the -flow tools told apart."""
        if msg.memory.tools and msg.refers and not msg.subjects and fact_asked(msg.low) == "team":
            return None  # "has its ring changed? who moved it?" after a tool's card: that tool's record
        if msg.memory.tools and msg.refers and not msg.subjects and RING_OF_IT.search(msg.low):
            return None  # "so is it adopt or trial for us, and what would move it up?" after a card: that tool's ring
        # (tools named only as what it would be built with, "some python on k8s", leave the question build vs buy)
        built_with = all(
            m.stack
            or m.tool.id in LANGUAGE_TOOLS
            or (m.start > 0 and msg.toks[m.start - 1].low in SETTING_WORDS | {"with"})
            for m in msg.mentions
        )
        # (a tool asked for, to be spared writing it ourselves, is wanted: "what framework would you use to build RAG?
        # we'd rather not write the glue ourselves")
        # (or the radar's view asked outright: "... on the k8s cluster. the radar's take on build vs buy?")
        built_with = built_with or framework_asked_of_building(msg.low)
        if built_with and asks_build_vs_buy(msg.low, msg.need) and not msg.memory:
            return concept_question("build_vs_buy", msg.base)
        idea_first = self._idea_asked_first(msg)
        if idea_first:
            # ("what are the two axes on the radar? PM asked why vertex ai and dvc end up in different corners": the
            # idea asked, the tools only the story of why)
            return concept_question(idea_first, {**msg.base, "tools": ()})
        quoted = self.ideas.quoted_idea(msg.cleaned.text)
        # (a "why" inside the quote is what someone else asks: 'explanations per location, "why is this loss so high"')
        unquoted = QUOTED_WORDS.sub(" ", msg.cleaned.text.lower())
        asked = MEANING_CUE.search(unquoted) or WHY_CUE.search(unquoted) or TERM_ASKED.match(msg.low)
        # (a tool's own name quoted is the tool, whatever idea its words brush: 'what is "Unity Catalog"')
        name_quoted = any(
            re.search(
                rf"[\"'\u201c\u2018`]\s*{re.escape(t.name.lower())}\s*[\"'\u201d\u2019`]", msg.cleaned.text.lower()
            )
            for t in msg.subjects
        )
        if quoted and asked and not msg.kind_listed_after and not name_quoted:
            # "people call kubeflow a 'hard commitment', what does that mean?": the words quoted are the question
            return concept_question(quoted, {**msg.base, "tools": tuple(msg.subjects)})
        if (
            not msg.subjects
            or all(ordinary_lowercase(msg.toks[m.start]) for m in msg.mentions if m.role is Role.SUBJECT)
        ) and not self._ring_listed(msg):
            idea, score = self.ideas.idea_scored(msg.low, msg.toks, msg.need, False)
            strong = STRONG_IDEA * (2 if msg.need.strong and ASK_FOR_TOOL.search(msg.low) else 1)
            meaning = WHY_CUE.search(msg.low) or MEANING_CUE.search(msg.low)
            if (
                idea
                and score >= strong
                and (meaning or (CONCEPT_ASK.search(msg.low) and not idea.startswith("category:")))
                # ("what workflow orchestrators are on the radar apart from Airflow?": the kind's list, not its idea)
                and (meaning or not (LIST_ASK.search(msg.low) and msg.need.strong))
                and not msg.kind_listed_after
                and self._idea_in_the_ask(msg, idea)
            ):
                return concept_question(idea, {**msg.base, "tools": ()})
        examples_only = all(m.role is Role.COMPARE for m in msg.mentions)
        if REASON_ASKED.match(msg.low) and examples_only and not msg.memory:
            # "why are specialised tools recommended before big platforms?": the reasoning asked, never a pick
            idea, score = self.ideas.idea_scored(msg.low, msg.toks, msg.need, False)
            if idea and score >= IDEA_MIN:
                return concept_question(idea, {**msg.base, "tools": ()})
            # ("why is Adopt mostly boring SWE stuff like git and docker?": a ring's reasoning, the tools its examples)
            rings = list(dict.fromkeys(r.id for r in self.ideas.rings_named(msg.toks)))
            if msg.mentions and rings:
                idea = f"ring:{rings[0]}" if len(rings) == 1 else "rings"
                return concept_question(idea, {**msg.base, "tools": ()})
        flow_named = [t for t in msg.subjects if t.id in self.flow_tools]
        # ("kubeflow, mlflow, metaflow: what's the difference?" weighs the three side by side; the idea of telling the
        # flows apart answers what people find confusing about their names)
        # ("... how do they differ?" compares them, the confusion told or not; "why the similar names?" asks the idea)
        # ("the -flow names are doing my head in. what's the difference?": the names themselves are the question)
        flow_names = re.search(
            r"\b(the )?(flow|flows) (tools|ones|family|names|naming)\b|\ball the flows\b|\bflow tools\b|"
            r"\b(called|named) (something )?flow\b|\bflow in (the|their) names?\b|\b(called|named) \w+ ?flow\b|"
            r"\b(end|ends|ending) (in|with) flow\b|\bflow (confusion|confusing|mix ?up|naming)\b",
            msg.low,
        )
        named_compared = (
            len(flow_named) >= 2
            # ("can you put them side by side so I can forward it": the tools laid out, whatever the confusion)
            and (STRICT_COMPARE_CUE.search(msg.low) or re.search(r"\b(side by side|pros and cons)\b", msg.low))
            and not (WHY_CUE.search(msg.low) and NAMING_CUE.search(msg.low))
            and not (
                flow_names and "conceptual" in msg.low
            )  # "the -flow names... conceptually, what's the difference?"
        )
        if (
            len(flow_named) >= 2
            and (FLOW_CUE.search(msg.low) or NAMING_CUE.search(msg.low))
            and not named_compared
            and not self._one_asked_what_it_is(msg, flow_named)
        ) or (not msg.subjects and flow_names):
            return Question(intent=Intent.CONCEPT, action="flow", tools=tuple(flow_named), **msg.base)
        return None

    @staticmethod
    def _one_asked_what_it_is(msg: Reading, tools: list[Tool]) -> bool:
        """ "what's metaflow? is it the same thing as mlflow?": the first sentence asks what one of the tools is, the
        others are only what it may be mistaken for."""
        first = " ".join(t.low for t in msg.toks[: sentence_end(msg.sentences[0], 0, len(msg.toks))])
        asked = WHAT_IT_IS_ASKED.match(first)
        return asked is not None and any(asked.group("name") in {t.name.lower(), t.id} for t in tools)

    def _idea_asked_first(self, msg: Reading) -> str:
        """The radar's idea a first sentence asks about, naming no tool, when the sentences after it name tools but
        ask no question of their own."""
        starts = msg.sentences[0]
        if msg.memory or len(starts) < 2 or not msg.mentions:
            return ""
        first_end = sentence_end(starts, 0, len(msg.toks))
        if any(m.start < first_end for m in msg.mentions) or "?" not in msg.plain[: msg.toks[first_end - 1].end + 1]:
            return ""
        if "?" in msg.plain[msg.toks[first_end].start :]:
            return ""  # (a later question asks of the tools: "what's hold? is kubeflow in it?")
        first = msg.toks[:first_end]
        return self.ideas.concept(unhedged(" ".join(t.low for t in first)), msg.need, first)

    def _idea_in_the_ask(self, msg: Reading, idea: str) -> bool:
        """Whether an idea found in a message told at length is in the sentence that asks, not only in the scene set
        before it: "... right now tests run on laptops if at all. what should run the tests?" asks for no idea.
        (Without a need, the ask may point back at the idea: "the blog talks about two personas. what's that about?")"""
        if msg.asked_from == 0 or not msg.need:
            return True
        asking = msg.toks[msg.asked_from : msg.asked_to]
        asked = " ".join(t.low for t in asking)
        if re.search(r"\b(that|this|it|those|these|them)\b", asked):
            return True  # "... two personas, ML researcher vs software engineer. what's that about?"
        in_the_ask, score = self.ideas.idea_scored(asked, asking, msg.need, False)
        return in_the_ask == idea and score >= IDEA_MIN

    def _idea_only_in_the_story(self, msg: Reading, idea: str) -> bool:
        """Whether a need told at length asks for a tool in its last sentence while the idea found is only in the
        scene set before it: "... the ride network is air-gapped, updates arrive on a USB stick. what can version the
        model files?" asks for a tool, not for how data versioning works."""
        asked = msg.low_from_the_ask
        if msg.asked_from == 0 or not msg.need.tags or WHY_CUE.search(asked) or MEANING_CUE.search(asked):
            return False
        if not HANDED_A_TOOL.search(asked):
            return False  # ("the blog talks about two personas. what's that about?": the ask points back at the idea)
        return self.ideas.concept(unhedged(asked), msg.need, msg.toks[msg.asked_from :]) != idea

    def _tools_as_context(self, msg: Reading) -> Question | None:
        """Tools named as the setting, the yardstick or the trouble of a need: the need, with them as its context."""
        if self._choice_told(msg):
            return None  # (no need asked around it: the choice's card, further on)
        # ("can you list every aws service on the radar? we're aws-only": the cloud told as the setting is the one
        # whose services are asked for)
        listed = EVERY_ONE_OF_A_KIND.search(msg.low) or ON_THE_RADAR.search(msg.low)
        cloud_list = self._cloud_list(msg) if listed and not msg.memory else None
        if cloud_list is not None:
            return cloud_list
        asked_of = unique([m.tool for m in msg.mentions if m.role is Role.SUBJECT and not m.stack])
        replaced_at = [m.start for m in msg.mentions if m.role is Role.REPLACE]
        if (
            len(asked_of) == 1
            and not msg.memory
            # (named before what it would replace, and no place things run: "kubeflow is a nightmare on a small EKS
            # cluster. what does the radar say about it?" asks of kubeflow)
            and bool(replaced_at)
            and not is_a_place(asked_of[0])
            and msg.mentions[0].tool == asked_of[0]
            and msg.mentions[0].start < min(replaced_at)
            and ASKED_OF_IT.search(msg.low)
            and not STRICT_COMPARE_CUE.search(msg.low)
        ):
            # "saw a demo of zenml as a kubeflow replacement, where does the radar put it?": the one tool asked of,
            # what it would replace only its context
            return Question(intent=Intent.LOOKUP, tools=(asked_of[0],), **msg.base)
        story_after = self._asked_first_then_story(msg)
        if story_after is not None:
            return story_after
        hosted = self._hosted_asked(msg)
        if hosted is not None:
            # "managed mlflow anywhere?", "airflow but fully managed?": who runs that open-source tool for you
            managed = replace(msg.situation.constraints, license="commercial")
            # ("managed kafka-ish thing on aws?": the cloud named is where it must run)
            clouds = [m.tool for m in msg.mentions if self._is_cloud(m.tool)]
            where = replace(self._situation(msg.toks, msg.low, clouds, []), constraints=managed)
            return Question(
                intent=Intent.RECOMMEND,
                action="hosted",
                tools=(hosted,),
                **{**msg.base, "need": need_again(tuple(self._tags_of(hosted))), "situation": where},
            )
        # a problem told at some length around a tool ("pandas runs out of memory at 30GB, I have a 64-core box")
        # asks for a tool as surely as a question does, unless the message is framed as a question about the tool
        content_words = content_word_count(msg.toks)
        tells_a_need = (
            (msg.need.strong or (bool(msg.need) and content_words >= TOLD_AT_LENGTH and not LOOKUP_ASK.search(msg.low)))
            and content_words >= TOLD_NEED_WORDS
            and not LOOKUP_FRAME.match(msg.low)
            # (a comparing word weighs tools against each other only where two are named or the thread has one: "we
            # know TypeScript way better than HCL" compares no tools)
            and not (STRICT_COMPARE_CUE.search(msg.low) and (len(msg.subjects) >= 2 or msg.memory.tools))
            and not (len(msg.subjects) >= 2 and msg.compares)  # "Label Studio or Prodigy for NER?"
            and not fact_asked(msg.low)
            # "temporal.io for ML workflows, thoughts?": the opinion asked of the one tool named
            # ("microsoft fabric — hype or real? our CDO saw a demo": asked anywhere, when no need is plainly told)
            and not (
                len(msg.subjects) == 1
                and (OPINION_LAST.search(msg.low) or (OPINION_ASKED.search(msg.low) and not msg.need.strong))
            )
            # ("someone said kubeflow is a nightmare on a small cluster. what does the radar say about it?": the one
            # tool named, asked of by the sentence that asks)
            # (where it runs aside: "on a small EKS cluster")
            and not (
                len([t for t in msg.subjects if not is_a_place(t)]) == 1
                and msg.asked_from > 0
                and self._asks_of_it(msg.low_from_the_ask)
            )
            # "Label-Studio: can the image tagging team just start using it?": a question about the one tool named
            # (asked, not told: "we spent more time upgrading it than using it. lighter way to run pipelines?")
            and not (len(msg.subjects) == 1 and TOOL_ASKED.search(msg.low_from_the_ask))
            # ("onnx runtime worth adopting for the windows PCs?": the opinion asked right after the one name)
            and not (len(msg.subjects) == 1 and self._opinion_follows_name(msg))
            and not self._looked_up_first(msg)
            # ("privacy asked me what label studio is and where it keeps data", "explain where flink sits for us,
            # it keeps coming up in the streaming discussion": the tool asked about as a thing, in the question's words)
            and not (len(msg.subjects) == 1 and self._asked_as_a_thing(msg))
        )
        example = next(
            (
                m.tool
                for m in msg.mentions
                if m.role is Role.COMPARE and EXAMPLE_AFTER.match(" ".join(t.low for t in msg.toks[m.end : m.end + 3]))
            ),
            None,
        )
        if example is not None and not msg.memory and LIST_ASK.search(msg.low):
            # "local LLM runners you know of? ollama and friends": the kind asked for, or else the example's own
            # kind ("list the in-house ML platforms (michelangelo and friends)")
            if msg.need.phrased:
                return Question(intent=Intent.LIST, action="tag", **msg.base)
            kind = self.catalog.tag(example.tags[0]) if example.tags else None
            if kind is not None:
                return Question(
                    intent=Intent.LIST, action="tag", **{**msg.base, "need": Need((NeedMatch(kind, 2.0, frozenset()),))}
                )
        # ("like tensorboard but usable for comparing hundreds of runs": a tool named only as the yardstick of a need
        # asks for another)
        # ("like DVC but for big image datasets in GCS?": the yardstick set against what is wanted instead)
        contrasted = any(
            m.role is Role.COMPARE and m.end < len(msg.toks) and msg.toks[m.end].low == "but" for m in msg.mentions
        )
        measured_against = (
            (msg.need.strong or (bool(msg.need.tags) and contrasted))
            and not msg.need.categories
            and any(m.role is Role.COMPARE for m in msg.mentions)
            and all(m.role in (Role.COMPARE, Role.STACK) for m in msg.mentions)
            and self.ideas.ring(msg.toks) is None
        )
        # ("pandas falls over on 60gb ... what's the least-effort upgrade": a tool in trouble, and a question, ask for
        # what replaces it)
        troubled = (
            any(m.role is Role.REPLACE for m in msg.mentions)
            and all(m.role in (Role.REPLACE, Role.STACK) for m in msg.mentions)
            and bool(
                re.search(
                    r"\b(what|which|where|how|any|anything|options?|ideas?|upgrade|next)\b",
                    " ".join(t.low for t in msg.toks[max(m.end for m in msg.mentions) :]),
                )
            )
        )
        # ("model registry that isn't vertex": a need, and the one tool named is what it must not be)
        refused = (
            msg.need.strong
            and all(m.role is Role.REPLACE for m in msg.mentions)
            and min(msg.need.positions, default=len(msg.toks)) < min((m.start for m in msg.mentions), default=0)
        )
        if (
            msg.subjects
            and (msg.asks_for_tool or tells_a_need or measured_against or troubled or refused or msg.weighs_settings)
            # (a thread comparing other tools, with no need of its own, does not make a new need told in it a follow-up:
            # "coreweave vs lambda?" then "self-hosted llm serving. vllm or something else?")
            and (
                not msg.memory
                or (
                    msg.need.strong
                    # ("what ring is kedro in?" then "stream processing options? we're kafka-heavy": a new need in the
                    # thread, with its own setting, after a comparison or a card of a tool that does another job)
                    and msg.memory.intent in (Intent.COMPARE.value, Intent.LOOKUP.value)
                    and not msg.memory.tags
                    and not msg.referenced
                    and not any(t.id in msg.memory.tools for t in msg.subjects)
                    and not any(
                        msg.need.tags and msg.need.tags[0].tag.id in t.tags for t in self._thread_tools(msg.memory, 3)
                    )
                    # ("is there something lighter, just for pandas dataframes?" after Great Expectations: its rival)
                    and not (
                        msg.memory.intent == Intent.LOOKUP.value
                        and (MORE_CUE.search(msg.low) or LIGHTER_CUE.search(msg.low))
                    )
                )
            )
            and not msg.stand_of_one
            and not self._opens_asking_of_it(msg)
            and not self._question_of_the_one(msg)
            # ("`/radar shap` — need a one-liner for a customer-facing doc": what is wanted of the one tool that opens
            # the message, set off from the rest, when no job is plainly told and nothing else is asked for)
            and not (
                len(msg.mentions) == 1
                and self._set_off_first(msg)
                and not msg.need.strong
                and not (MORE_CUE.search(msg.low) or LIGHTER_CUE.search(msg.low) or ALTERNATIVE_TO.search(msg.low))
            )
            # ("darts or just lightgbm with lag features? what would you do": a choice between the names asked)
            and not (self._names_weighed(msg) and not OPEN_CHOICE.search(msg.low))
            # ("options for hyperparam tuning: optuna, ray tune, katib?", "we shortlisted qdrant, pgvector and milvus")
            and not (
                msg.compares
                and len(msg.subjects) >= 2
                and candidates_listed(msg.toks, [m for m in msg.mentions if not m.stack])
            )
        ):
            context = self._context_only(
                msg.mentions, msg.need, msg.toks, msg.asked_from, msg.asked_to, msg.weighs_settings
            )
            if context is not None:
                return context(msg.base, msg.stack)
        return None

    def _asked_first_then_story(self, msg: Reading) -> Question | None:
        """A tool asked for a job in the opening question, and only a story after it that names tools: "where do we
        even store 1Hz engine telemetry? vanilla postgres is crying after 2 weeks", "what's a sensible framework for
        RAG over our contracts? python shop, the LLM will be something on Bedrock". The tools told after it are the
        setting (or, in trouble, what to replace), not the question."""
        if msg.memory or msg.asked_from != 0 or not msg.mentions or not msg.need.tags:
            return None
        opening = msg.low_of_the_ask  # (the ask opens the message)
        # (what follows the opening question's own mark)
        rest = msg.plain[msg.toks[msg.asked_to - 1].start :] if msg.asked_to else ""
        told_after = rest.split("?", 1)[1] if "?" in rest else rest
        if (
            msg.asked_to >= len(msg.toks)
            # (a question, then only statements: "we want to fine-tune a model. data must not leave our aws account"
            # tells no question first)
            or "?" not in rest
            or "?" in told_after
            # (a kind's list asked: "which vendor AI platforms are in the catalog? skip anything not on azure")
            or ON_THE_RADAR.search(opening)
            or EVERY_ONE_OF_A_KIND.search(opening)
            or any(m.start < msg.asked_to for m in msg.mentions)
            # (the job is asked in the opening, in its own words)
            or not any(p < msg.asked_to for m in msg.need.tags[:2] for p in m.positions)
            or not (
                ASK_FOR_TOOL.search(opening)
                or TOOL_SOUGHT.search(opening)
                or TOOL_ASKED_FOR.search(opening)
                or PLACE_FOR_DATA_ASKED.search(opening)
            )
            or STRICT_COMPARE_CUE.search(opening)
        ):
            return None
        # (what the story turns away from is no setting: "finance says NOT more AWS spend, so somewhere outside aws")
        turned_from = [
            m
            for m in msg.mentions
            if m.role is Role.REPLACE or any(t.low in TURNED_FROM for t in msg.toks[max(0, m.start - 3) : m.start])
        ]
        troubled = unique([m.tool for m in turned_from])
        kept = unique([m.tool for m in msg.mentions if m not in turned_from and m.tool not in troubled])
        where = replace(self._situation(msg.toks, msg.low, kept, troubled), constraints=msg.situation.constraints)
        return Question(
            intent=Intent.RECOMMEND, action="need", tools=tuple(troubled), **{**msg.base, "situation": where}
        )

    @staticmethod
    def _ring_listed(msg: Reading) -> bool:
        """Whether the message asks for a ring's tools ("what's sitting in Hold right now? want to make sure no one
        starts a new project on any of it")."""
        return bool(RING_LISTED.search(msg.low))

    @staticmethod
    def _question_of_the_one(msg: Reading) -> bool:
        """Whether the question a message asks is about the one tool it names and wants nothing else: "what does
        litellm actually do? someone put it in the repo", "Akkio can do our forecasting with no code. should we take
        that seriously?"."""
        named = [m for m in msg.mentions if not is_a_place(m.tool)]
        start, end = msg.asked_from, msg.asked_to
        if len({m.tool.id for m in named}) != 1 or "?" not in msg.plain:
            return False
        in_the_ask = msg.low_of_the_ask
        named_there = any(start <= m.start < end for m in named)
        # (or points back at it from a sentence of its own: "should we take that seriously?")
        pointed_at = all(m.start < start for m in named) and (
            re.search(r"\b(it|that|this)( \w+)?\W*$|\b(is|does|can|should|would|will) (it|that|this)\b", in_the_ask)
            is not None
        )
        # (a need told in the question, or another tool wanted, is the question: "can it do batch scoring?")
        need_there = any(start <= p < end for n in msg.need.tags if n.weight >= 1 for p in n.positions)
        # ("what do we think of Dataiku?" asks no tool for a job)
        asking = re.sub(r"\bwhat (do|does) (we|you|the radar|people|folks) (think|say|feel|know)\b", "", in_the_ask)
        wants_another = any(
            cue.search(asking) for cue in (ASK_FOR_TOOL, PICK_CUE, LIGHTER_CUE, ALTERNATIVE_TO, MORE_CUE)
        )
        # (and asks about it: what it is or does, or what it is worth; a tool named in passing asks nothing of it, nor
        # does "what's the least painful way to scale this?" after a story)
        # ("edge impulse came up at a meetup. what do we know about it?")
        weighed = bool(
            OPINION_ASKED.search(in_the_ask) or TOOL_WEIGHED.search(in_the_ask) or KNOWN_OF_IT.search(in_the_ask)
        )
        # (the frame may follow a few words of greeting: "new here :wave: what's `ydf`?")
        said = in_the_ask.split()
        frames = [LOOKUP_FRAME.match(" ".join(said[k:])) for k in range(min(LOOKUP_FRAME_REACH, len(said)))]
        # (further in, only a frame that asks what a thing is: "which open LLM is actually good" is no "is X ...")
        framed = bool(frames and frames[0]) or any(
            f is not None and f.group(1).split()[0] in {"what", "whats", "tell"} for f in frames[1:]
        )
        of_it = weighed or (named_there and framed)
        return (named_there or (pointed_at and weighed)) and of_it and not need_there and not wants_another

    def _pointed_back_at_a_name(self, msg: Reading) -> bool:
        """Whether the sentence that asks wants the radar's word on "it" or "that", and the sentences before it name
        no tool the catalog knows but a word written like a product's name: "ST pitched STM32Cube.AI for our MCUs.
        where would that sit?"."""
        if msg.subjects or msg.stack or msg.memory or msg.asked_from == 0:
            return False
        asking = msg.low_from_the_ask
        if not (self._asks_of_it(asking) or PLACE_OF_IT.match(asking)):
            return False
        told = msg.toks[: msg.asked_from]
        unfamiliar = self._unfamiliar(told)
        # (a word that only names the team's own model or job is no product: "drift in the Churn model")
        return any(
            (looks_like_a_name(t) or (t.sentence_start and t.raw[:1].isupper() and not is_ordinary_word(t.low)))
            and not (i + 1 < len(told) and told[i + 1].low in MODIFIED_NOUNS)
            for i, t in enumerate(told)
            if t in unfamiliar
        )

    @staticmethod
    def _asks_of_it(asking: str) -> bool:
        """Whether a sentence is a lookup frame whose object points back: "what does the radar say about it?"."""
        return LOOKUP_FRAME.match(asking) is not None and bool(
            re.search(r"\b(about|on|of) (it|that|this|that one|this one)\W*$", asking)
        )

    @staticmethod
    def _names_weighed(msg: Reading) -> bool:
        """Whether the first two tools named stand side by side as a choice: "xgboost, lightgbm or catboost",
        "darts or just lightgbm"."""
        named = msg.mentions
        # (where the answer runs is no choice of tools: "self-host on GKE or Cloud Run"; nor one tool twice)
        if len(named) < 2 or named[0].tool == named[1].tool or where_it_runs(msg.toks, named, 0):
            return False
        gaps: list[str] = []
        for before, after in zip(named, named[1:], strict=False):
            gap = [t.low for t in msg.toks[before.end : after.start]]
            if not all(w in NAMES_WEIGHED_BY for w in gap):
                break
            gaps += gap
        # (a list joined by commas alone tells what the person has: "switch between OpenAI, Anthropic and vLLM")
        return bool(CHOICE_WORDS.intersection(gaps))

    def _opinion_follows_name(self, msg: Reading) -> bool:
        """Whether the one tool named opens the message and is weighed in the words right after its name."""
        named = next((m for m in msg.mentions if m.tool == msg.subjects[0]), None)
        if named is None or named.start > 0:
            return False
        return bool(OPINION_ASKED.match(" ".join(t.low for t in msg.toks[named.end : named.end + 3])))

    @staticmethod
    def _set_off_first(msg: Reading) -> bool:
        """Whether the message opens with a tool's name set off from the rest by a dash, a colon or a comma
        ("clearml - is the self-hosted server free?")."""
        mention = msg.mentions[0] if msg.mentions else None
        if mention is None or mention.start > 0 or mention.end >= len(msg.toks):
            return False
        gap = msg.plain[msg.toks[mention.end - 1].end : msg.toks[mention.end].start]
        return bool(re.search(r"[-:,\u2013\u2014]", gap))

    def _opens_asking_of_it(self, msg: Reading) -> bool:
        """Whether the message opens with a yes-or-no question of the one tool it names, and asks for no other:
        "is litellm safe to use lol, it's in every LLM stack I look at", "clearml - is the self-hosted server
        actually free or is there a catch", "Is KNIME on Hold? a couple of engineers want to use it"."""
        if len(msg.subjects) != 1 or len(msg.mentions) != 1 or PICK_CUE.search(msg.low) or MORE_CUE.search(msg.low):
            return False
        mention = msg.mentions[0]
        if mention.end >= len(msg.toks):
            return False
        # ("clearml - is it free?" asks of it; "airflow is overkill for us, what's lighter?" tells of it)
        opens = self._set_off_first(msg) and msg.toks[mention.end].low in YES_NO_OPENERS
        return opens or (mention.start == 1 and msg.toks[0].low in YES_NO_OPENERS)

    def _tool_or_alternative(self, msg: Reading) -> Question | None:
        """A tool the asking words frame, or an alternative to a tool named or shown in the thread."""
        product = "" if msg.memory else self._clouds_product(msg.toks, msg.mentions)
        if product:
            # "azure event hubs: on the radar? instead of running kafka": a product of the cloud's own, not the cloud
            return Question(intent=Intent.UNKNOWN, action="name", unknown=product, **msg.base)
        framed_tool = (
            self._framed_tool(LOOKUP_FRAME.match(msg.low), msg.toks, msg.mentions, msg.plain)
            if not msg.memory
            else None
        )
        if framed_tool is not None:
            # "whats modal, the serverless gpu thing", "tell me about instructor (the python lib)": the tool right
            # after the asking words is the question; what follows describes it ("what does the radar say about
            # confluent cloud? backend wants to move off kafka")
            return Question(intent=Intent.LOOKUP, tools=(framed_tool,), **msg.base)
        alternative = ALTERNATIVE_TO.search(msg.low)
        if alternative and PLACEMENT_OF_AN_EXAMPLE.search(msg.low):
            alternative = None  # ("where does something like airflow sit on ours?": airflow's place, said softly)
        remembered = list(self._thread_tools(msg.memory, 1))
        # ("we don't have k8s, just slurm. what would you use instead?" after Kubeflow's card: the tools named are
        # where the answer must run)
        only_setting = all(
            m.role is not Role.SUBJECT
            or (m.start > 0 and msg.toks[m.start - 1].low in SETTING_WORDS | {"just", "only", "plain"})
            # ("anything similar for tensorflow?" after Opacus: what the alike tool must work with)
            or (m.start > 1 and msg.toks[m.start - 1].low == "for" and msg.toks[m.start - 2].low in ALIKE_WORDS)
            for m in msg.mentions
        )
        # (not "should we move to dagster instead?": a tool to switch to is weighed against the thread's)
        instead = bool(INSTEAD_WORDS.search(msg.low)) and only_setting and not SWITCHING.search(msg.low)
        if instead and not alternative:
            alternative = INSTEAD_WORDS.search(msg.low)
        # ("legal says no BSL licences. alternative?" after Terraform: an alternative to the thread's tool)
        of_the_thread = (
            (not msg.subjects or instead)
            and not msg.need.strong
            and msg.memory.intent in (Intent.LOOKUP.value, Intent.COMPARE.value)
        )
        # ("anything lighter that just validates pandas dataframes?" after Great Expectations: the job told is the
        # thread's tool's own, what it is named with only says what the lighter one works on)
        lighter_for_its_job = (
            bool(remembered)
            and msg.memory.intent == Intent.LOOKUP.value
            and bool(LIGHTER_CUE.search(msg.low))
            and msg.need.strong
            and any(m.tag.id in remembered[0].tags[:1] for m in msg.need.tags[:2])
        )
        if (
            (alternative or lighter_for_its_job)
            and remembered
            and (
                (alternative and re.match(r" (it|that|this|that one|this one)\b", msg.low[alternative.end() :]))
                or of_the_thread
                or lighter_for_its_job
            )
        ):
            # "anything like it that runs natively on kubernetes?": like the thread's tool, in the setting named
            where = self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), [])
            if where.cloud is not None and EQUIVALENT_CUE.search(msg.low):
                # ("we're a google shop. what's the equivalent for us" after SageMaker: that cloud's own)
                where = replace(where, constraints=replace(where.constraints, cloud_only=True))
            return Question(
                intent=Intent.FOLLOWUP,
                action="alternatives",
                tools=tuple(remembered),
                **{**msg.base, "situation": where},
            )
        if (
            not msg.mentions
            and not remembered
            and not msg.need
            and re.search(r"\b(alternatives?|replacements?|substitutes?|equivalents?)\W*$", msg.low)
        ):
            # "what's a good open source alternative?" with nothing discussed yet: to which tool?
            return self._which_tool(msg.need, msg.base)
        # ("and on azure instead of on-prem?" in a thread about a need: the need, on that cloud, further down)
        moves_cloud = bool(msg.memory.tags) and bool(msg.subjects) and all(self._is_cloud(t) for t in msg.subjects)
        # ("any cheaper? the tecton quote made our director wince", "any cheaper than astronomer?" in a thread: the
        # thread's job again, without the one given up or beaten)
        better_than = BETTER_THAN.search(msg.low)
        beaten = self._after(msg.mentions, msg.toks, better_than) if better_than else None
        replaced = [beaten] if beaten else unique([m.tool for m in msg.mentions if m.role is Role.REPLACE])
        if (
            msg.memory
            and len(replaced) == 1
            # (doing the thread's job among any of its own: "any cheaper? langsmith pricing made our cfo cry" after
            # LLM observability, where LangSmith's first jobs are tracing and monitoring)
            and self._of_the_thread(replaced[0], msg.memory, among_all_its_jobs=True)
            and (beaten or MORE_CUE.search(msg.low))
            and not msg.need.strong
            # (a cloud beaten on price is given up, not moved to: "any cheaper than aws on-demand?")
            and not (moves_cloud and beaten is None)
        ):
            if not msg.memory.tags:
                return self._instead_of(replaced[0], msg.toks, msg.mentions, msg.base)
            again = need_again(self._thread_tags(msg.memory), msg.memory.words)
            return Question(intent=Intent.FOLLOWUP, action="need", tools=tuple(replaced), **{**msg.base, "need": again})
        if (
            alternative
            and msg.subjects
            and not moves_cloud
            and not msg.stand_of_one  # ("is great_expectations still a thing or should we be moving off it?")
            and (MORE_CUE.search(msg.low) or alternative.group(0) not in {"like"} or msg.need)
        ):
            weighed_first = [m.tool for m in msg.mentions if m.role is Role.SUBJECT and m.end <= word_at(alternative)]
            target = self._after(msg.mentions, msg.toks, alternative) or (
                weighed_first[-1] if alternative.group(0).startswith("or ") and weighed_first else msg.subjects[0]
            )
            if len(msg.subjects) < 2 or not COMPARE_CUE.search(
                without_crashes(msg.low.replace(alternative.group(0), ""))
            ):
                return self._instead_of(target, msg.toks, msg.mentions, msg.base)

        shared = self._shared(msg.toks, msg.mentions, msg.subjects, msg.stack, msg.need, msg.low, msg.base)
        # ("labelling tool for images?" then "what about text?": an everyday word in a thread about a job is what the
        # job is done to, not a name several tools share)
        everyday = (
            shared is not None
            and bool(msg.memory.tags)
            and all(
                is_common_word(t.low) and t.raw.islower() for t in msg.toks if t.low not in STOP_WORDS | FRAME_WORDS
            )
        )
        # ("first one is nvidia-only right?", "the third one: is it really OSS?": a tool the thread showed, pointed
        # at; a word several tools' names share is then what is asked of it)
        pointed = bool(msg.memory.tools) and bool(ORDINAL_REF.search(msg.low) or msg.referenced)
        if shared is not None and not everyday and not pointed:
            return shared
        return None

    def _instead_of(self, tool: Tool, toks: list[Token], mentions: list[Mention], base: dict[str, Any]) -> Question:
        """Something instead of a tool; instead of one part of a platform, another tool for that part's job, beside
        the platform ("alternatives to SageMaker Experiments?": trackers that work with SageMaker)."""
        part = self._part_of(tool, toks, mentions)
        if KUBERNETES_WORDS.fullmatch(tool.name) and tool.tags[:1] == [CLUSTER_TAG]:
            # ("what do we run the containers on instead of k8s?": nothing that needs a cluster of its own)
            situation = base["situation"]
            kept = replace(situation, constraints=replace(situation.constraints, no_kubernetes=True))
            base = {**base, "situation": kept}
        if part is None:
            return Question(intent=Intent.RECOMMEND, action="alternatives", tools=(tool,), **base)
        where = self._situation(toks, base["text"].lower(), [*base["situation"].stack, tool], [])
        where = replace(where, constraints=base["situation"].constraints)
        return Question(
            intent=Intent.RECOMMEND,
            action="need",
            tools=(tool,),
            **{**base, "need": need_again((part,)), "situation": where},
        )

    def _part_of(self, tool: Tool, toks: list[Token], mentions: list[Mention]) -> Tag | None:
        """The use case a word written right after a platform's name names: the part of it meant ("SageMaker
        Experiments", "Vertex Pipelines", "Azure ML registry")."""
        m = next((m for m in mentions if m.tool.id == tool.id), None)
        if m is None or m.end >= len(toks) or tool.category not in LIFECYCLE_PLATFORMS | {VENDOR_PLATFORMS}:
            return None
        word = toks[m.end].stem
        named = [tag for tag in self.catalog.tags if word in {stem(w) for w in words(tag.name)} - GENERIC_PART_WORDS]
        # (the platform's own use case first, when the word names several)
        return next((t for t in named if t.id in tool.tags), named[0] if len(named) == 1 else None)

    def _name_asked_in_a_sentence_of_its_own(self, msg: Reading) -> Question | None:
        """A name the catalog lacks, asked about in a sentence that names no tool the catalog has, whatever tools the
        other sentences name or need: "platform team asks: is Kubecost on the radar? GKE bill is scary", "has anyone
        put TimesFM on the radar? would be neat for 80 sites"."""
        if msg.memory.tools:
            return None
        starts = msg.sentences[0]
        for start in starts:
            end = sentence_end(starts, start, len(msg.toks))
            if any(start <= m.start < end for m in msg.mentions):
                continue
            said = msg.toks[start:end]
            low = " ".join(t.low for t in said)
            asks = msg.plain[said[-1].end : said[-1].end + 2].lstrip(" )").startswith("?")
            framed = LOOKUP_FRAME.match(low)
            placed = PLACE_FRAME.search(low) or ON_THE_RADAR.search(low)
            if not (asks and (framed or placed)):
                continue
            # (right after a lookup's frame, or anywhere in a sentence asking a placement: "what's the least painful
            # way to pull kWh ...?" asks no name)
            slot = set(framed.group("name").split()[:2]) if framed and not placed else None
            on_the_radar = ON_THE_RADAR.search(low)
            if not msg.mentions and slot is None and on_the_radar and not PLACE_FRAME.search(low):
                # (with no tool named anywhere, the name is what is put on the radar: "has anyone put TimesFM on the
                # radar?", not "anything in the catalog that works from TypeScript?")
                slot = set(low[: on_the_radar.start()].split()[-2:])
            names = [
                t
                for t in self._unfamiliar(said)
                # (not an acronym in the plural: "our internal APIs")
                if looks_like_a_name(t)
                and not t.raw.rstrip("s").isupper()
                and not is_common_word(t.low)
                and (slot is None or t.low in slot)
            ]
            if len(names) == 1:
                return self._unknown(said, msg.plain, msg.base, referenced_without_memory=False)
        return None

    def _lacked_product_leads(self, msg: Reading) -> Question | None:
        """A product the catalog knows it lacks, named first and then judged or placed, or asked alone: "hightouch -
        any opinion? want to push scores into klaviyo", "Control-M is our enterprise scheduler, where does it sit?",
        "Node-RED? the OT team uses it"."""
        if msg.subjects or msg.stack or msg.memory.tools or not msg.named_elsewhere:
            return None
        first = min(msg.named_elsewhere)
        # (only words of asking or its maker's name before it: "is google or-tools any good", not "we export from SAP")
        if any(t.low not in STOP_WORDS and t.low not in MAKER_WORDS for t in msg.toks[:first]):
            return None
        first, last = lacked_product_span(msg.toks, first, msg.named_elsewhere)
        if last + 1 < len(msg.toks) and msg.toks[last + 1].low in PEOPLE_NOUNS:
            return None  # ("the matlab folks keep asking for a no-code tool": who asks, not what is asked about)
        alone = msg.plain[msg.toks[last].end :].lstrip(" )").startswith("?")
        judged = [
            found.end()
            for cue in (OPINION_ASKED, NAME_ASKED_LATER, STAND_ASKED, PLACE_FRAME, ON_THE_RADAR)
            if (found := cue.search(msg.low))
        ]
        # (a tool asked for before the judgement is the question: "power bi: what should feed it model scores, any
        # opinion?"; a wish told after it is its purpose: "hightouch - any opinion? want to push scores to klaviyo")
        asked_for = ASK_FOR_TOOL.search(msg.low)
        if not alone and not (judged and (asked_for is None or asked_for.start() >= min(judged))):
            return None
        name = msg.plain[msg.toks[first].start : msg.toks[last].end]
        return Question(intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=(), **msg.base)

    def _pick_asked_in_a_setting(self, msg: Reading) -> bool:
        """Whether a message in a thread about a need asks for a pick, or whether the pick changes, in a setting it
        tells: a name the catalog lacks there is the setting, not a product asked about."""
        return bool(msg.memory.tags) and bool(
            msg.asks_which_of_them
            or KIND_PICK_ASKED.search(msg.low)
            or CHANGES_PICK.search(msg.low)
            or SETTING_MATTERS.search(msg.low)
        )

    def _names_lacked(self, msg: Reading) -> Question | None:
        """A product asked about by name that the catalog lacks, however the question frames it."""
        if self._pick_asked_in_a_setting(msg):
            return None  # ("which of those can sit behind our Entra ID single sign-on?": where the picks must work)
        if msg.memory.tools and not msg.subjects and FIT_JUDGED.match(unfilled(msg.low)):
            return None  # ("overkill for a team of 4?" after a card: the thread's tool judged, no name asked)
        if (
            msg.memory.tools
            and MORE_CUE.search(msg.low)
            and not any(looks_like_a_name(t) for t in self._unfamiliar(msg.toks))
        ):
            return None  # ("/radar feast" then "what's nearby on the radar?": more like the thread's tool)
        asked_alone = self._name_asked_in_a_sentence_of_its_own(msg)
        if asked_alone is not None:
            return asked_alone
        led = self._lacked_product_leads(msg)
        if led is not None:
            return led
        if self._pointed_back_at_a_name(msg):
            # ("Chalk pitched us their feature platform. what does the radar say about it?")
            return self._unknown(msg.toks[: msg.asked_from], msg.plain, msg.base, referenced_without_memory=False)
        framed = LOOKUP_FRAME.match(msg.low)
        if framed and not msg.subjects and not msg.stack:
            # (a category's own name is no product: "what's the ML-focused IaaS category?")
            kind_words = {stem(w) for c in msg.need.categories for w in words(c.name)}
            # "is Quuxly any good for tracking?" asks about a name, whatever else it mentions
            named = [
                t
                for t in self._unfamiliar(msg.toks)
                # (a rare word right after the frame is a name, even a dictionary one: "what do we think of vetiver")
                if t.low in framed.group("name").split()
                and t.stem not in kind_words
                # ("what about intermittent demand specifically?": a dictionary word before another is English)
                and not (
                    is_ordinary_word(t.low) and not looks_like_a_name(t) and self._noun_phrase_goes_on(msg.toks, t)
                )
                and (
                    looks_like_a_name(t)
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
                return self._unknown(msg.toks, msg.plain, msg.base, referenced_without_memory=False)
            # (an everyday word alone in the name's place, asked a placement of, is a name too: "is prophet any good
            # for seasonal forecasting?", "do we allow prophet")
            word = framed.group("name").split()[0]
            after = msg.low[framed.start("name") + len(word) :]
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
                name = next(t.raw for t in msg.toks if t.low == word)
                return Question(
                    intent=Intent.UNKNOWN,
                    action="name",
                    unknown=name,
                    suggestions=self._close_tools(name)[:3],
                    **msg.base,
                )
        later = NAME_ASKED_LATER.search(msg.low)  # "neo4j for the fraud graph, is it in the catalog?"
        # (a short question of a name for a purpose asks about the name: "braintrust for llm evals?")
        short_for = (
            len(msg.toks) <= SHORT_FOR_WORDS
            and msg.toks[1:2] != []
            and msg.toks[1].low == "for"
            and msg.plain.rstrip().endswith("?")
        )
        # the words in a name's place at the start: "fireworks ai", "apache solr" (a maker first, a product word last)
        slot = 1 if msg.toks[0].low in MAKER_WORDS and len(msg.toks) > 2 else 0
        end = slot + 1 + (msg.toks[slot + 1 : slot + 2] != [] and msg.toks[slot + 1].low in PRODUCT_SUFFIXES)
        purpose = msg.toks[end : end + 1] != [] and msg.toks[end].low == "for" and len(msg.toks) <= SHORT_FOR_WORDS
        # (the tools named only in what the name is for: "DuckDB for the analysts' parquet queries, our stance?")
        # (or where it would run: "kubecost on the small gke cluster, worth it? which ring?")
        named_in_its_use = (
            msg.toks[end : end + 1] != []
            and msg.toks[end].low in {"for", "as", "on", "in", "with"}
            and (looks_like_a_name(msg.toks[0]) or msg.toks[0] in self._unfamiliar(msg.toks))
            and not is_common_word(msg.toks[0].low)
            and all(m.start > end for m in msg.mentions)
        )
        if (not (msg.subjects or msg.stack) or named_in_its_use) and (
            OPINION_LAST.search(msg.low)
            or (OPINION_ASKED.search(msg.low) and not ASK_FOR_TOOL.search(msg.low))
            or later
            or short_for
            or (purpose and msg.plain.rstrip().endswith("?"))
        ):
            unfamiliar = self._unfamiliar(msg.toks)
            # (or a name written like one further in: "we're evaluating Retool for internal tools, is it on the
            # radar?", "our BI team wants Mode, where would it go?")
            written_like_names = [t for t in unfamiliar if looks_like_a_name(t) and not t.raw.isupper()]
            # (a capitalised first word for a purpose, then "it": "Prophet for the forecasts, where does it sit?")
            named_for = (
                msg.toks[0].raw[:1].isupper()
                and msg.toks[0].low not in STOP_WORDS
                and msg.toks[0].stem not in self.needs.phrase_stems
                and msg.toks[1:2]
                and msg.toks[1].low == "for"
            )
            if (msg.toks[0] in unfamiliar and not is_common_word(msg.toks[0].low)) or (
                later and len(msg.toks) <= NAME_ASKED_WORDS and len(written_like_names) == 1
            ):
                # "Redpanda for the telematics event stream, what ring?": the name it starts with is asked about
                return self._unknown(msg.toks, msg.plain, msg.base, referenced_without_memory=False)
            # (a word the radar has no use for, even an everyday one, that opens a question of opinion or placement
            # is the name asked about: "prophet for the collections forecast, thoughts?", "fireworks ai for hosting
            # our fine-tune?", "apache solr ring?")
            if self._unheard_of(msg.toks[slot]) and (OPINION_LAST.search(msg.low) or purpose or later):
                name = " ".join(t.raw for t in msg.toks[:end])
                return Question(
                    intent=Intent.UNKNOWN,
                    action="name",
                    unknown=name,
                    suggestions=self._close_tools(name)[:3],
                    **msg.base,
                )
            if later and named_for:
                # (an everyday word too: "Prophet for the forecasts, where does it sit?" asks about Prophet)
                name = msg.toks[0].raw
                return Question(
                    intent=Intent.UNKNOWN,
                    action="name",
                    unknown=name,
                    suggestions=self._close_tools(name)[:3],
                    **msg.base,
                )
        placed = PLACE_FRAME.search(msg.low)
        if placed is not None and placed.start() == 0:
            # "Is DuckDB on the radar? Half the team uses it on parquet files": the name the frame asks about is
            # the question, whatever tools the rest of the message names
            asked_name = placed_name(placed)
            named_alike = self.index.sharing(asked_name)
            if len(named_alike) >= 2 and self.index.exact(asked_name) is None:
                # "what ring is Guardrails in?", "where is unity on the radar": a word several tools' names share
                return self._which_named(asked_name, named_alike, msg.base)
            asked_words = set(asked_name.split())
            framed_tools = [m for m in msg.mentions if {t.low for t in msg.toks[m.start : m.end]} & asked_words]
            unfamiliar = self._unfamiliar(msg.toks)
            # (the words of a product the catalog knows it lacks count, however everyday: "is google or-tools on it?")
            odd = [
                t
                for i, t in enumerate(msg.toks)
                if t in unfamiliar and t.low in asked_words and (not is_common_word(t.low) or i in msg.named_elsewhere)
            ]
            if odd and not framed_tools:
                return self._unknown(msg.toks, msg.plain, msg.base, referenced_without_memory=False)
        new_names = self._new_names(msg.toks) if not msg.subjects and not msg.stack else []
        # (the parts of one hyphenated name, "Node-RED", are one name)
        listed = (
            [t for i, t in enumerate(msg.toks) if t.raw[:1].isupper() and not (i and msg.toks[i - 1].glued_to_next)]
            if new_names
            else []
        )
        listed = [t for t in listed if t in self._unfamiliar(msg.toks)]
        # (many words the bot does not know are prose in another language, not a product asked about)
        foreign = len(self._unfamiliar(msg.toks)) > MOST_UNFAMILIAR
        # (a name told in the story of a need, outside the sentence that asks for a tool, is the story's: "one Makefile
        # and tribal knowledge ... where do we even start?")
        asked_in = range(msg.asked_from, msg.asked_to)
        in_the_story = (
            msg.need.strong
            and msg.asks_for_tool
            and content_word_count(msg.toks) >= TOLD_AT_LENGTH
            # (or quoted as an example: 'golden questions like "what's the 2025 Minijob limit"')
            and not any(i in asked_in and not t.quoted for i, t in enumerate(msg.toks) if t in new_names)
        )
        if new_names and not foreign and not in_the_story and not (len(listed) >= 2 and msg.need.strong):
            # "have you looked at Tarnwell for model monitoring?": the question is about a name the radar lacks
            # (several names listed beside a need are where data comes from: "Salesforce and Zendesk data in the
            # warehouse")
            return self._unknown(msg.toks, msg.plain, msg.base, referenced_without_memory=False)
        return None

    def _cloud_list(self, msg: Reading) -> Question | None:
        """One cloud's own tools asked for: "GCP tools you know about", "what AWS services are on the radar", "show me
        every AWS service" (before the quadrant "cloud" may name); clouds ruled out are no second one ("which AWS
        services are in the catalog? we can't use azure or gcp")."""
        # ("everything AWS-native you have": a cloud written as what the tools are native to is no one's stack)
        listed_cloud = (
            re.search(r"\b(everything|list|show|native)\b", msg.low) or ON_THE_RADAR.search(msg.low)
        ) and not (PICK_CUE.search(msg.low) or (ASK_FOR_TOOL.search(msg.low) and not LIST_ASK.search(msg.low)))
        ruled_out = {m.tool.id for m in msg.mentions if m.role is Role.REPLACE}
        asked = [t for t in msg.subjects if t.id not in ruled_out]
        clouds_named = unique(asked or (msg.stack if listed_cloud else []))
        if (
            len(clouds_named) == 1
            and self.recommender.affinity_of(clouds_named[0].id) == clouds_named[0].id
            # ("the azure services you track": a word that brushes a use case asks for no job; nor does a category's
            # description echoed beside every service asked for: "every aws service … want to see what's covered")
            and not (
                msg.need.strong and (msg.need.tags or msg.need.categories or not EVERY_ONE_OF_A_KIND.search(msg.low))
            )
            and not LOOKUP_FRAME.match(msg.low)
            and (CLOUD_KIND.search(msg.low) or EVERY_ONE_OF_A_KIND.search(msg.low))
        ):
            return Question(intent=Intent.LIST, action="cloud", tools=(clouds_named[0],), **msg.base)
        return None

    def _tools_named(self, msg: Reading) -> Question | None:
        """Tools named: a need they describe, a comparison, or the candidates of an open choice."""
        shown = self._thread_tools(msg.memory, 1)
        if (
            shown
            and msg.subjects
            and shown[0] not in msg.subjects
            and (lacking := GIVES_WHAT_OTHERS_LACK.search(msg.low))
            and (SINGLE_REF.search(msg.low) or lacking.group(0).startswith(("how", "in what")))
        ):
            # "what does it give us that databricks + mlflow doesn't?" after Azure ML's card: the three side by side
            return Question(intent=Intent.FOLLOWUP, action="compare", tools=(shown[0], *msg.subjects), **msg.base)
        if (
            shown
            and msg.memory.intent == Intent.LOOKUP.value
            and msg.subjects
            and shown[0] not in msg.subjects
            and (pointer := SINGLE_REF.search(msg.low)) is not None
            and MEASURED_AGAINST.search(msg.low)
        ):
            # ("how does it stack up against great expectations?", "is that basically mlflow?" after a tool's card: the
            # card's tool and the one it is measured against, whatever else the message names; the one written first
            # leads: "and lakefs vs that?")
            named_at = msg.low.find(msg.subjects[0].name.lower())
            first_named = 0 <= named_at < pointer.start()
            pair = (msg.subjects[0], shown[0]) if first_named else (shown[0], msg.subjects[0])
            return Question(intent=Intent.FOLLOWUP, action="compare", tools=pair, **msg.base)
        pointed = self._referenced(msg.low, msg.memory) if ORDINAL_REF.search(msg.low) else []
        if pointed and pointed[0] not in msg.subjects and not any(t.id in msg.memory.tools for t in msg.subjects):
            # ("that last one, does it need istio or can it run standalone?": asked of the one pointed at)
            return self._followup(msg.low, msg.memory, msg.referenced, msg.subjects, msg.base)
        if len(msg.subjects) >= 2 and any(m.role is Role.REPLACE for m in msg.mentions):
            cloud_list = self._cloud_list(msg)
            if cloud_list is not None:
                return cloud_list
        if (
            msg.subjects
            and RECOMMEND_CUE.search(msg.low)
            and not msg.compares
            and not msg.stand_of_one
            # ("pyod for anomaly detection - recommended?": an opinion asked last, of the tool named)
            and not (len(msg.subjects) == 1 and OPINION_LAST.search(msg.low))
        ):
            # "something to run jupyter on kubernetes": the tools describe the need and the setting
            # ("serving tools for kubernetes?": a kind for a place is where it runs too)
            setting = [
                m
                for n, m in enumerate(msg.mentions)
                if m.stack
                or (m.start > 0 and msg.toks[m.start - 1].low in SETTING_WORDS)
                or (m.start > 1 and msg.toks[m.start - 1].low == "for" and where_it_runs(msg.toks, msg.mentions, n))
            ]
            described = self.needs.find(
                msg.toks, frozenset(i for m in setting for i in range(m.start, m.end)) | not_the_need(msg.toks)
            )
            if described.strong:
                msg.situation = replace(
                    self._situation(msg.toks, msg.low, unique([*msg.stack, *(m.tool for m in setting)]), []),
                    targets=tuple(m.tool for m in setting if not m.stack),
                )
                named_tools = tuple(t for t in msg.subjects if t.id not in {m.tool.id for m in setting})
                return Question(
                    intent=Intent.RECOMMEND,
                    action="need",
                    tools=named_tools,
                    **{**msg.base, "need": described, "situation": msg.situation},
                )

        every_named = unique([m.tool for m in msg.mentions])
        if (
            not msg.memory
            and len(msg.subjects) < 2
            and 2 <= len(every_named) <= 3
            and re.search(
                r"\b(how do (they|the two|both|these|those) (compare|differ|stack up)|compare (them|the two|both)|"
                r"differences? between (them|the two))\b",
                msg.low,
            )
        ):
            # "why we're on vertex ai and not sagemaker. how do they compare?": the tools named, whatever their roles
            return Question(intent=Intent.COMPARE, tools=tuple(every_named), **msg.base)
        if (
            len(msg.subjects) >= 2
            and not msg.compares
            and not STRICT_COMPARE_CUE.search(msg.low)
            and not msg.asks_for_tool
            and not msg.need
        ):
            # ("should we be using kueue on GKE?": where it would run is no second tool compared; "is litellm any
            # good? saw it in a github issue": the tool asked about in the first sentence, the rest is the story)
            runs_on = {m.tool.id for n, m in enumerate(msg.mentions) if where_it_runs(msg.toks, msg.mentions, n)}
            first_end = sentence_end(msg.sentences[0], 0, len(msg.toks))
            opening = {m.tool.id for m in msg.mentions if m.end <= first_end and not m.stack}
            # ("what's litellm and why would we want it in front of bedrock", "would it sit nicely next to Redshift?":
            # a tool placed beside the one asked about is where it would go, not a second one asked about)
            # ("the outerbounds sales guy keeps emailing me. what is Metaflow really?": the vendor's people act, their
            # company is not what is asked about)
            beside = {
                m.tool.id
                for m in msg.mentions
                if BESIDE_BEFORE.search(" ".join(t.low for t in msg.toks[max(0, m.start - 4) : m.start]))
                or VENDOR_PEOPLE_AFTER.match(" ".join(t.low for t in msg.toks[m.end : m.end + 3]))
            }
            if len([t for t in msg.subjects if t.id not in runs_on]) == 1:
                msg.subjects = [t for t in msg.subjects if t.id not in runs_on]
            elif len([t for t in msg.subjects if t.id not in beside]) == 1 and (
                LOOKUP_FRAME.match(msg.low) or LOOKUP_ASK.search(msg.low)
            ):
                msg.subjects = [t for t in msg.subjects if t.id not in beside]
            elif LOOKUP_FRAME.match(msg.low) and len(opening) == 1 and first_end < len(msg.toks):
                msg.subjects = [t for t in msg.subjects if t.id in opening]
            elif (clause := CLAUSE_OR.search(msg.low)) is not None:
                # ("is katib worth it or is it just a kubeflow appendix?": the tool asked about before the "or is it")
                at = char_offsets(msg.toks)
                before = {m.tool.id for m in msg.mentions if at[m.start] < clause.start()}
                if len(before) == 1:
                    msg.subjects = [t for t in msg.subjects if t.id in before]
        # ("delta or iceberg or something else?": the tools named are candidates for a need, not the whole choice)
        open_choice = bool(msg.need) and bool(OPEN_CHOICE.search(msg.low))
        # ("what can we bolt onto postgres or snowflake?" for embeddings: where the answer runs, not a choice between)
        where_only = bool(msg.need) and msg.only_where
        # ("gpu bill on gke is killing us ... what can we use to make the model smaller? tensorrt, that kind of stuff":
        # a tool to leave and an example of the kind asked for are no choice between them)
        context_only = (
            msg.need.strong
            and bool(msg.asks_for_tool or ASK_FOR_TOOL.search(msg.low))
            and not any(m.role is Role.SUBJECT for m in msg.mentions if not m.stack)
        )
        if (
            len(msg.subjects) >= 2
            and not context_only
            # ("BigQuery ML or a Vertex AI training job? which would you pick": names set side by side as the choice)
            and not (msg.need and not (msg.compares or self._names_weighed(msg)) and len(msg.subjects) < 3)
            and not open_choice
            and not where_only
        ):
            weighed = [
                m.tool
                for n, m in enumerate(msg.mentions)
                if not where_it_runs(msg.toks, msg.mentions, n) and not m.stack
            ]
            if msg.referenced and STRICT_COMPARE_CUE.search(msg.low) and len(unique(weighed)) == 1:
                # "and lakefs vs that? we're talking TBs of images on ceph": the one weighed against the thread's tool,
                # the other named only as where the data is
                compared = unique([weighed[0], msg.referenced[0]])
                return Question(intent=Intent.FOLLOWUP, action="compare", tools=tuple(compared), **msg.base)
            if msg.memory.tools and any(t.id in msg.memory.tools for t in msg.subjects):
                # "and how does it compare to dataiku for a SAS team?" after SAS Viya: the thread goes on
                return Question(intent=Intent.FOLLOWUP, action="compare", tools=tuple(msg.subjects[:3]), **msg.base)
            # (every tool named: the answer compares the first few and says which it left out; where they would run
            # is no candidate when two others are: "on our little k8s cluster I'm torn between kserve, bentoml and
            # seldon core")
            places = {
                m.tool.id
                for n, m in enumerate(msg.mentions)
                if is_a_place(m.tool) and where_it_runs(msg.toks, msg.mentions, n)
            }
            others = [t for t in msg.subjects if t.id not in places]
            candidates = others if len(others) >= 2 else msg.subjects
            return Question(intent=Intent.COMPARE, tools=tuple(candidates), **msg.base)
        if open_choice and len(msg.subjects) >= 2:
            return Question(intent=Intent.RECOMMEND, action="need", **msg.base)
        return None

    def _kind_or_tool(self, msg: Reading) -> Question | None:
        """A kind or a language listed, a kind's idea, a need where a tool runs, or a tool's card."""
        # (a kind asked about with a tool as its example: "what's a 'custom ML platform', like michelangelo?")
        kind_by_example = (
            bool(msg.need.categories)
            and bool(CATEGORY_MEANING.search(msg.low))
            and all(m.role is Role.COMPARE or m.stack for m in msg.mentions)
        )
        # ("which would you go for and why?": the reasons of a pick asked with it, not an idea)
        reasons_of_a_pick = bool(re.search(r"\b(and|&) why\W*$", msg.low)) and bool(
            PICK_CUE.search(msg.low) or msg.asks_for_tool
        )
        why = bool(WHY_CUE.search(msg.low)) and not reasons_of_a_pick
        # ("clinical safety means every model needs a signed-off version ... model registry with approval stages that
        # runs on-prem?": what a story before the question says "means" is no meaning asked)
        asked_low = " ".join(t.low for t in msg.toks[msg.asked_from :]) if msg.asked_from > 0 else msg.low
        if (not msg.subjects or kind_by_example) and not msg.kind_listed_after and not self._ring_listed(msg):
            concept = self.ideas.concept(unhedged(msg.low), msg.need, msg.toks)
            # ("want ONE platform for the whole ml lifecycle ... what should we bet on?": tools asked for a job told
            # outweigh an idea its words brush, unless the radar's own terms are asked)
            if (
                concept.startswith(IDEAS_IN_A_JOBS_WORDS)
                and msg.asks_for_tool
                and msg.need.strong
                and not (why or MEANING_CUE.search(asked_low) or FRAMEWORK_TERMS.search(msg.low))
            ):
                concept = ""
            if not concept and (why or MEANING_CUE.search(asked_low)):
                concept = self.ideas.idea(msg.low, msg.toks, msg.need, msg.asks_for_tool)
            if concept and self._idea_only_in_the_story(msg, concept):
                concept = ""
            if concept:
                return concept_question(concept, msg.base)

        if (
            not msg.subjects
            and msg.need.strong
            # ("why are data orchestrators under standard SWE tools and not with the ML stuff?": where it sits, asked)
            and (self.ideas.ring(msg.toks) or (msg.need.categories and self._quadrant_why(msg)))
            and (WHY_CUE.search(msg.low) or re.search(r"\bfits?\b", msg.low))
        ):
            # "why are all-in-one platforms in Assess?", "where do no-code tools fit and why on hold?": the
            # category's own reasoning, not its list
            home = (
                msg.need.categories[0].id
                if msg.need.categories
                else self.recommender.home_of(msg.need.tags[0].tag.id)
                if msg.need.tags
                else msg.need.areas[0].id  # only a category's description was echoed ("specialised ML tools")
            )
            if home:
                return concept_question(f"category:{home}", msg.base)
        spoken = msg.situation.constraints.language or next(
            (t.name for t in [*msg.subjects, *msg.stack] if t.id in LANGUAGE_TOOLS and len(msg.subjects) <= 1), None
        )
        # (a word or two that brush a use case do not make it a need: "anything in the catalog that works from
        # TypeScript / JS? asking for our ex-web-dev")
        if (
            (not msg.need or (ON_THE_RADAR.search(msg.low) and not msg.need.strong))
            and spoken
            and all(t.id in LANGUAGE_TOOLS for t in msg.subjects)
            and (LIST_ASK.search(msg.low) or LIST_CUE.search(msg.low))
            # (the tools that work with it are asked for, not the language itself: "julialang on the radar?")
            and re.search(
                r"\b(tools|libraries|libs|packages|frameworks|things|stuff|anything|everything|which|what)\b", msg.low
            )
        ):
            # "which tools on the radar work with R?", "list java tools": every tool that says it does
            said = replace(msg.situation, constraints=replace(msg.situation.constraints, language=spoken))
            return Question(intent=Intent.LIST, action="language", **{**msg.base, "situation": said})
        # (a tool named as an example of the kind asked for is no subject of the list: "local LLM runners you know
        # of? ollama and friends")
        examples = {m.tool.id for m in msg.mentions if m.role is Role.COMPARE}
        asked_name = "" if (msg.subjects or msg.stack) else self._lacked_name(msg.toks, msg.need, msg.sentences[0])
        if asked_name:
            named = self._tool_opening(asked_name)
            if named is not None:
                # ("what ring is evidently in and why?": a tool whose name is an everyday word, in the name's place)
                return Question(intent=Intent.LOOKUP, action="", tools=(named,), **msg.base)
            # "what ring is power bi in?", "harbor - adopt?", "does the radar cover trustyai?": a product asked about
            # by name, whose words name no job (or only partly), is one the catalog lacks
            return Question(intent=Intent.UNKNOWN, action="name", unknown=asked_name, **msg.base)
        cloud_list = self._cloud_list(msg)
        if cloud_list is not None:
            return cloud_list
        listing = self._listing(
            msg.low, msg.toks, msg.need, [t for t in msg.subjects if t.id not in examples], msg.mentions
        )
        if listing:
            return listing(msg.base)
        # (a need told with a wish for a tool, "we want checks that stop the pipeline", asks for tools, not an idea
        # that shares a few of its words, unless it asks why or what something means)
        # (or a tool asked for with no need told, when the radar's own words are not what it is about: "the board
        # says we need to do MLOps. what do we buy?" asks what for, not about buying)
        radar_words = bool(self.ideas.rings_named(msg.toks)) or bool(RADAR_WORDS.search(msg.low))
        # ("... 8 trials a year per rack. what can help us choose the next recipe?": a tool asked for in other words)
        tool_asked = msg.asks_for_tool or (bool(msg.need.tags) and bool(TOOL_ASKED_FOR.search(asked_low)))
        # (a need only retrieval guessed is no need beside the radar's own words: "how are the categories mapped to
        # default rings? is there a table somewhere" asks no tool for tables)
        wants_tools = tool_asked and (msg.need.strong or not radar_words) and not (why or MEANING_CUE.search(msg.low))
        # (words that name only the framework's own ideas outweigh the needs the rest brushes against: "ML researcher
        # vs software engineer personas, which one are we? mostly NLP people")
        framework_named = bool(FRAMEWORK_TERMS.search(msg.low))
        if not msg.subjects and (not wants_tools or framework_named):
            concept = self.ideas.idea(
                msg.low,
                msg.toks,
                Need() if framework_named else msg.need,
                msg.asks_for_tool and not framework_named,
                named=framework_named,
            )
            if concept:
                return concept_question(concept, msg.base)

        if (
            len(msg.subjects) == 1
            and msg.subjects[0].id not in LANGUAGE_TOOLS
            and not msg.need.strong
            and not msg.memory
            and WORKS_WITH_LISTED.search(msg.low)
        ):
            # "everything that works with spark for ML", "what kafka-related tools do you know about": the tools
            # whose descriptions name it
            return Question(intent=Intent.LIST, action="with", tools=(msg.subjects[0],), **msg.base)
        if (
            msg.subjects
            and msg.need
            and msg.only_where
            and not LOOKUP_FRAME.match(msg.low)
            # (an opinion asked of the tool that opens the message, "is sagemaker on the radar?", not of the need told
            # first: "big data platforms on the radar - only the ones we could run on AWS")
            and not (
                OPINION_ASKED.search(msg.low)
                and (
                    min(m.start for m in msg.mentions) <= 1
                    or not msg.need.strong
                    # ("... builds models in RapidMiner. is it on our radar?": asked of the tool, pointed back at)
                    or re.search(r"\b(is|are) (it|that|this|they) (on|in)\b", msg.low)
                )
            )
            and not msg.stand_of_one  # ("do we have a position on Rasa?": "on" it is the stance asked, no setting)
        ):
            # "monitoring for our models on sagemaker?": the need, where it runs
            where = replace(
                self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), []), targets=tuple(msg.subjects)
            )
            # ("feature stores on gcp": a kind named with where it runs is that kind's list there)
            kind_listed = kind_is_listed(msg.toks, msg.need, msg.mentions, msg.low)
            if kind_listed and named_by_its_name(msg.need):
                # ("big data platforms on the radar, only the ones we could run on AWS": the category, there)
                category = msg.need.categories[0]
                return Question(
                    intent=Intent.LIST, action="category", category=category, **{**msg.base, "situation": where}
                )
            intent = Intent.LIST if kind_listed else Intent.RECOMMEND
            return Question(intent=intent, action="tag" if kind_listed else "need", **{**msg.base, "situation": where})
        if (
            msg.subjects
            and msg.memory.intent == Intent.CONCEPT.value
            and (
                PLURAL_REF.search(msg.low)
                or re.search(r"\bwhich (one|ring|quadrant|category)\b", msg.low)
                # "so where would dvc land then?" after the rings: placed on what was just explained
                or re.search(r"\bwhere (would|does|do|will|should) \w+( \w+)? (land|sit|go|fit|fall|belong)\b", msg.low)
            )
            and len(msg.subjects) == 1
        ):
            # "where does databricks fall on them?" after the two axes: the tool, on what was just explained
            return Question(intent=Intent.FOLLOWUP, action="lookup", tools=(msg.subjects[0],), **msg.base)
        if self._need_for_the_tool(msg):
            # "guardrails for azure openai?", "hpo lib for pytorch", "gitops for openshift?": a job told first, for a
            # tool not made for it, asks for what does the job there
            tool = msg.subjects[0]
            where = replace(self._situation(msg.toks, msg.low, unique([*msg.stack, tool]), []), targets=(tool,))
            return Question(intent=Intent.RECOMMEND, action="need", **{**msg.base, "situation": where})
        replaced = tuple(m.tool for m in msg.mentions if m.role is Role.REPLACE)
        yardsticks = tuple(m.tool for m in msg.mentions if m.role is Role.COMPARE)
        if (
            msg.subjects
            and msg.need.strong
            and msg.asks_for_tool
            and any(t in replaced or t in yardsticks for t in msg.subjects)
            and all(t in replaced or t in yardsticks or is_a_place(t) for t in msg.subjects)
        ):
            # ("what do we use for CI? we're on azure devops, not github", in a thread about serving: the job asked
            # for, without the tool ruled out; "we don't want to babysit a kafka cluster. managed options on azure?",
            # "something more reproducible than classic jupyter?": the job, where it runs, without the yardstick)
            places = [t for t in msg.subjects if is_a_place(t)]
            base = msg.base
            if places:
                where = self._situation(msg.toks, msg.low, unique([*msg.stack, *places]), [])
                base = {**base, "situation": where}
            return Question(
                intent=Intent.RECOMMEND, action="need", tools=tuple(unique([*replaced, *yardsticks])), **base
            )
        if (
            msg.subjects
            and not msg.memory
            and msg.need.strong
            and msg.asked_from > 0
            and not msg.refers  # ("vendor pitched us Run:ai. what do we think of it?": asked of the tool)
            and (msg.asks_for_tool or PICK_CUE.search(msg.low))
            and all(m.end <= msg.asked_from for m in msg.mentions)
        ):
            # ("we'd like a chatbot over our SOP PDFs using Azure OpenAI for the model but an open source framework for
            # the retrieval part. what stack?": the tools told before the sentence that asks are the setting of the
            # need it asks about)
            where = self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), [])
            return Question(intent=Intent.RECOMMEND, action="need", **{**msg.base, "situation": where})
        if (
            len(msg.subjects) == 1
            and not msg.memory
            and msg.need.strong
            and bool(msg.need.tags)
            and msg.need.tags[0].weight >= 1
            and (pick := PICK_ASKED.search(msg.low)) is not None
            and all(m.end <= msg.low[: pick.start()].count(" ") for m in msg.mentions)
            and not LOOKUP_FRAME.match(msg.low)
            and not OPINION_ASKED.search(msg.low)
            and not msg.stand_of_one
            and not msg.refers
        ):
            # ("the bedrock bill is getting scary. if we self-host an open model on ec2, which inference server should
            # we run?": a pick asked in so many words after the one tool named, which is its setting, not its answer)
            where = self._situation(msg.toks, msg.low, unique([*msg.stack, *msg.subjects]), [])
            return Question(
                intent=Intent.RECOMMEND, action="need", tools=tuple(msg.subjects), **{**msg.base, "situation": where}
            )
        if (
            msg.need.tags
            and msg.mentions
            # ("anything with an interactive dashboard rather than static matplotlib plots?" in a thread: a pick asked,
            # with the tool as its yardstick)
            and (not msg.memory or ((msg.asks_for_tool or KIND_PICK_ASKED.search(msg.low)) and msg.need.strong))
            and all(m.role is Role.COMPARE and not self._heard_from(msg, m) for m in msg.mentions)
        ):
            return None  # ("what streaming stuff is on the radar? kafka-adjacent things": the tool is the yardstick)
        if msg.subjects:
            action = "why" if WHY_CUE.search(msg.low) else ""
            # ("the aws account team keeps pushing sagemaker at us. where does it sit?": what the vendor's people
            # push is asked about, not the vendor)
            heard_from = {m.tool.id for m in msg.mentions if self._heard_from(msg, m)}
            asked = next((t for t in msg.subjects if t.id not in heard_from), msg.subjects[0])
            # ("best annotation tool for footage?" then "what ring is roboflow in then?": a tool the thread showed,
            # or one doing the thread's job, is looked up as part of it)
            intent = Intent.FOLLOWUP if self._of_the_thread(asked, msg.memory) else Intent.LOOKUP
            if intent is Intent.FOLLOWUP:
                action = action or "lookup"
            return Question(intent=intent, action=action, tools=(asked,), **msg.base)
        # (a thread about this same job has set its scene; a thread about another job has not)
        return None

    @staticmethod
    def _noun_phrase_goes_on(toks: list[Token], word: Token) -> bool:
        """Whether a word is followed in its sentence by another ordinary word of substance ("intermittent demand"),
        not by the end of the question or a preposition ("vetiver for serving?")."""
        at = toks.index(word)
        if word.ends_sentence or at + 1 >= len(toks):
            return False
        after = toks[at + 1]
        return after.low not in STOP_WORDS and is_ordinary_word(after.low) and not looks_like_a_name(after)

    @staticmethod
    def _asked_as_a_thing(msg: Reading) -> bool:
        """Whether the one tool named sits inside a question of what it is or where it sits: "what label studio is",
        "where flink sits"."""
        m = next((m for m in msg.mentions if m.tool == msg.subjects[0]), None)
        if m is None or m.start == 0 or m.end >= len(msg.toks):
            return False
        before, after = msg.toks[m.start - 1].low, msg.toks[m.end].low
        return (before == "what" and after == "is") or (before == "where" and after in PLACED_VERBS)

    @staticmethod
    def _heard_from(msg: Reading, mention: Mention) -> bool:
        """Whether the tool is named by its vendor's people or events ("a Dataiku sales rep keeps emailing"): the
        tool may still be what is asked about."""
        return bool(VENDOR_PEOPLE_AFTER.match(" ".join(t.low for t in msg.toks[mention.end : mention.end + 3])))

    def _tool_opening(self, asked_name: str) -> Tool | None:
        """The tool whose exact name opens a name asked about, when only everyday words follow it ("evidently in and
        why", read from "what ring is evidently in and why?")."""
        said = asked_name.lower().split()
        for length in range(len(said), 0, -1):
            tool = self.index.exact(" ".join(said[:length]))
            if tool is not None and all(is_common_word(w) for w in said[length:]):
                return tool
        return None

    def _looked_up_first(self, msg: Reading) -> bool:
        """Whether the first of several sentences asks about one tool and nothing else, and the rest only tell why it
        is asked: "metaflow pls. someone said it's both an orchestrator and a project framework??", "explain where
        catboost sits. we have loads of categorical cols". A later sentence that asks for a tool asks the question."""
        starts = msg.sentences[0]
        if msg.memory or len(starts) < 2 or len(msg.subjects) != 1:
            return False
        first_end = sentence_end(starts, 0, len(msg.toks))
        if first_end > CARD_ASKED_WORDS:
            return False  # (a long first sentence asks more than a card: "if the assistant writes pandas code ...?")
        named_first = [m for m in msg.mentions if m.start < first_end]
        if len(named_first) != 1 or named_first[0].tool != msg.subjects[0] or named_first[0].role is not Role.SUBJECT:
            return False
        if any(i < first_end for n in msg.need.tags if n.weight >= 1 and not n.retrieved for i in n.positions):
            return False  # ("drift monitoring with evidently? ...": a job asked with it)
        # (the first sentence asks, the rest asks nothing: "our on-prem standard is OpenShift 4. what ML platform runs
        # well on it?" tells its setting first)
        rest_at = char_offsets(msg.toks)[first_end]
        asks_first = 0 in msg.sentences[1] or bool(LOOKED_UP.search(msg.low[:rest_at]))
        return asks_first and not ASKS_ANYTHING.search(msg.low[rest_at:])

    def _one_tool_asked(self, msg: Reading) -> bool:
        """Whether the message names one tool, plainly, not as an example ("like git", "(git, docker)"): "why is H2O
        Driverless AI where it is on the radar?" asks about it."""
        if len(msg.mentions) != 1:
            return False
        in_brackets = {i for span in re.finditer(r"\([^()]*\)", msg.plain) for i in range(*span.span())}
        m = msg.mentions[0]
        return m.role is not Role.COMPARE and char_offsets(msg.toks)[m.start] not in in_brackets

    def _hosted_asked(self, msg: Reading) -> Tool | None:
        """The one open-source tool asked for as a managed service: "managed kafka", "a hosted label studio",
        "airflow but fully managed?", "mlflow as a service"."""
        named = [m for m in msg.mentions if not self._is_cloud(m.tool)]
        if len(named) != 1 or named[0].tool.license != "open-source":
            return None
        m = named[0]
        # ("we'd like to keep airflow but have someone else run it. managed options?": the tool kept, its running
        # handed over; not a tool to leave, nor a need of another job)
        # (the hosting word itself is no other job: "hosted options?" may find compute platforms)
        other_job = (
            msg.need.strong
            and not (msg.need.tags and msg.need.tags[0].tag.id in m.tool.tags)
            and not (msg.need.tags and all(msg.toks[i].low in HOSTED_WORDS for i in msg.need.tags[0].positions))
        )
        kept = m.role is not Role.REPLACE and not other_job
        if kept and not msg.memory and RUN_BY_SOMEONE_ELSE.search(msg.low):
            return m.tool
        if msg.refers:
            return None
        at = next(
            (i for i in (m.start - 1, m.start - 2) if i >= 0 and msg.toks[i].low in HOSTED_WORDS),
            None,
        )
        if at is not None and (at == m.start - 1 or msg.toks[m.start - 1].low in {"version", "flavour", "flavor"}):
            # (not what they run already: "our self-managed gitlab", "as a managed k8s cluster")
            owned = at > 0 and (
                msg.toks[at - 1].low in {"self", "our", "their", "my"} or msg.toks[at - 1].glued_to_next
            )
            described = at > 1 and [t.low for t in msg.toks[at - 2 : at]] == ["as", "a"]
            return None if owned or described else m.tool
        after = " ".join(t.low for t in msg.toks[m.end : m.end + 4])
        return m.tool if HOSTED_AFTER.match(after) and "?" in msg.text else None

    def _tags_of(self, tool: Tool) -> list[Tag]:
        """A tool's first two use cases: what it is for."""
        return [t for t in (self.catalog.tag(i) for i in tool.tags[:2]) if t is not None]

    def _need_for_the_tool(self, msg: Reading) -> bool:
        """Whether the one tool named comes after the job asked, as what the job is for or on: "DP-SGD for a pytorch
        model, go-to lib?" (not "evidently for drift?", nor "drift monitoring with evidently?", which it does)."""
        if len(msg.subjects) != 1 or msg.memory or not msg.need.tags or msg.need.tags[0].weight < NEED_TOLD_FIRST:
            return False
        tool = msg.subjects[0]
        first = min(m.start for m in msg.mentions if m.tool.id == tool.id)
        told = msg.need.tags[0].positions
        # (what comes right before the tool ties it to the job: "for", "on", "with", or the job's own word, "serve
        # lightgbm"; not "tell me about openvino", "is that the Determined thing")
        before = first - 1
        while before > 0 and msg.toks[before].low in DETERMINERS | {"a", "an"}:
            before -= 1
        tied = before >= 0 and (msg.toks[before].low in TIED_TO_THE_JOB or before in told)
        return (
            bool(told)
            and tied
            and max(told) < first
            and not serves(msg.need, tool)
            and not LOOKUP_FRAME.match(msg.low)
            and not OPINION_ASKED.search(msg.low)
            and not msg.stand_of_one
        )

    def _need_or_unknown(self, msg: Reading) -> Question:
        """A need: a deciding fact asked, a clarifying question, or the recommendation; else an unknown name."""
        # ("if a tool is on Hold, why is it on the radar?": "it" whose tool the message introduces points nowhere else)
        pointing = msg.pointing and (bool(msg.memory) or not introduced_before(msg.low))
        same_job = bool(msg.memory) and (not msg.memory.tags or any(m.tag.id in msg.memory.tags for m in msg.need.tags))
        if msg.need and self._asked_of_others(msg):
            return self._unknown(msg.toks, msg.plain, msg.base, referenced_without_memory=pointing)
        if self._choice_told(msg):
            # ("we went with label-studio for the stain images, cheers": a choice told, nothing asked): its card
            return Question(intent=Intent.LOOKUP, tools=(msg.stack[0],), **msg.base)
        deciding = (
            self._deciding_fact(msg.cleaned.text, msg.need, msg.situation, msg.base, same_job) if msg.need else None
        )
        if deciding is not None:
            return deciding
        ambiguous = (
            ambiguous_need(msg.toks, self.needs.sharing, msg.need.positions, self.needs.known_stems)
            if not (msg.subjects or msg.stack or msg.memory.tags or msg.need.categories)
            else None
        )
        if ambiguous is not None:
            # "we need monitoring. what do you suggest?": of models, of an LLM app or of services is the question
            return Question(intent=Intent.CLARIFY, action="need", options=ambiguous, **msg.base)
        where = self._where_it_runs_decides(msg)
        if where is not None:
            return where
        if not msg.memory and not msg.need.strong and CHOICE_UNNAMED.search(msg.low):
            # "self-host or SaaS? procurement needs an answer by friday": a choice for a job the message does not name
            return Question(intent=Intent.CLARIFY, action="purpose", options=self._common_needs, **msg.base)
        if self._bare_name(msg):
            # ("/radar node-red", "faster-whisper", "monte carlo": a name alone, of words no use case is told in)
            name = msg.plain[msg.toks[0].start : msg.toks[-1].end]
            suggestions = self._close_tools(name)[:3]
            return Question(intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=suggestions, **msg.base)
        if msg.need and self._vague(msg.toks, msg.need, msg.low):
            # "we need a tool for our models, what do you suggest": what for is the question
            return Question(intent=Intent.CLARIFY, action="purpose", options=self._common_needs, **msg.base)
        if msg.need:
            # ("any alternatives for forecasting?" after Darts' card, "any that estimate performance without labels?"
            # after drift tools: the thread's job asked again, a follow-up)
            thread_jobs = self._thread_jobs(msg.memory, 2)
            goes_on = bool(msg.memory) and any(m.tag.id in thread_jobs for m in msg.need.tags[:1])
            # ("actually what if we don't want to manage GPUs at all?": the thread's question asked in a new setting)
            goes_on = goes_on or (bool(msg.memory.tags) and bool(SETTING_AGAIN.match(unfilled(msg.low))))
            # ("sorry, I meant for the LLM assistant, not the forecasts": the thread's question, corrected)
            goes_on = goes_on or (bool(msg.memory) and bool(CORRECTED.match(msg.low)))
            if not goes_on and msg.memory.tags and not msg.need.phrased and not msg.subjects:
                # ("specifically inside a Unity game client — android, switch and pc builds" after on-device
                # inference: words that only brush another job tell more of the thread's own)
                return self._more_of_the_threads_need(msg)
            return Question(intent=Intent.FOLLOWUP if goes_on else Intent.RECOMMEND, action="need", **msg.base)
        if msg.situation.persona or PERSONA_CUE.search(msg.low):
            return Question(intent=Intent.CONCEPT, action="personas", **msg.base)
        if (
            msg.situation.cloud is not None
            and msg.asks_for_tool
            and self.catalog.category(VENDOR_PLATFORMS) is not None
        ):
            # "we're all-in on Azure, what ML services should we use?": the cloud's own ML offerings
            platforms = Need(areas=(self.catalog.category(VENDOR_PLATFORMS),))
            return Question(intent=Intent.RECOMMEND, action="need", **{**msg.base, "need": platforms})
        if (
            msg.stack
            and msg.asks_for_tool
            and (SWITCHING.search(msg.low) or "replace" in msg.low.split())
            and not msg.memory
            and not is_a_place(msg.stack[0])
        ):
            # "we've been on Luigi since 2017 and it's showing its age. what should we migrate to?": what the team
            # runs, with a tool asked for and no other job told, is what to move off
            return self._instead_of(msg.stack[0], msg.toks, msg.mentions, msg.base)
        if msg.stack:
            return Question(intent=Intent.LOOKUP, tools=(msg.stack[0],), **msg.base)
        single = SINGLE_REF.search(msg.low)
        if msg.memory and single and not after_a_lacked_product(single, msg.named_elsewhere):
            return self._followup(msg.low, msg.memory, msg.referenced, msg.subjects, msg.base)
        if not msg.memory and not pointing and (msg.asks_for_tool or TOOL_SOUGHT.search(msg.low)):
            # "best gbm lib for tabular alpha these days?": a tool plainly sought, and one word of a use case to go on
            # (the one word must be a use case's own, not an everyday one: "help me select a library" names no job)
            plain_words = frozenset(i for i, t in enumerate(msg.toks) if is_common_word(t.low) or t.low in KIND_NOUNS)
            lone = self.needs.retrieved(
                msg.toks, msg.taken | not_the_need(msg.toks) | msg.ring_words | plain_words, least_shared=1
            )
            if lone:
                return Question(intent=Intent.RECOMMEND, action="need", **{**msg.base, "need": Need(tuple(lone))})
        language = msg.situation.constraints.language
        if language and not msg.memory and not pointing and "?" in msg.plain and ML_IN_A_LANGUAGE.search(msg.low):
            # ("the team is all .NET. can they do ML natively in C#?": what does the job in that language, by the use
            # cases the tools that speak it are for)
            # (the model-focused half of the map: CI servers that build .NET code do no ML)
            kinds = Counter(t.tags[0] for t in self.recommender.speaking(language) if t.tags and t.x > 0)
            tags = [tag for tag in (self.catalog.tag(k) for k, _ in kinds.most_common(2)) if tag is not None]
            if tags:
                need = Need(tuple(NeedMatch(tag, 1.0, frozenset()) for tag in tags))
                return Question(intent=Intent.RECOMMEND, action="need", **{**msg.base, "need": need})
        unknown = self._unknown(msg.toks, msg.plain, msg.base, referenced_without_memory=pointing)
        if (
            unknown.intent is Intent.SOCIAL
            and not msg.memory
            and not pointing
            and (msg.asks_for_tool or WANTS_SOMETHING.search(msg.low) or HELP_WANTED_FOR_WORK.search(msg.low))
            and WORK_CONTEXT.search(msg.low)
        ):
            # "anything to make the DS team faster?", "what should I propose to the new client? they want AI": a tool
            # asked for the team's work, with no job named, asks back what for
            return Question(intent=Intent.CLARIFY, action="purpose", options=self._common_needs, **msg.base)
        if unknown.intent is Intent.UNKNOWN and self._pick_asked_in_a_setting(msg):
            # ("half the crew has iPhones, anything specific for iOS?" after on-device runtimes: a product the catalog
            # lacks, named as where the thread's picks must run)
            return self._more_of_the_threads_need(msg)
        if unknown.intent is Intent.SOCIAL and msg.memory.tags and not CHITCHAT.search(msg.low):
            # ("for scale: we're 11 people and one of us does mlops, part time" after feature stores; "procurement
            # will only sign off on microsoft stuff" after AutoML): told in a thread about a need, and about nothing
            # else the radar knows, it tells more of that need
            return self._more_of_the_threads_need(msg)
        return unknown

    def _bare_name(self, msg: Reading) -> bool:
        """Whether the message is nothing but a name the catalog lacks: one word written with a hyphen
        ("node-red", "faster-whisper"), or two or three words the radar does not know, none naming a use case in
        its own words ("monte carlo")."""
        # ("power bi?": a product the catalog knows it lacks, in a thread too)
        if not msg.mentions and msg.toks and msg.named_elsewhere == frozenset(range(len(msg.toks))):
            return True
        if msg.memory or msg.mentions or msg.need.phrased or not 2 <= len(msg.toks) <= BARE_NAME_WORDS:
            return False
        if any(t.low in STOP_WORDS or t.low in QUESTION_WORDS for t in msg.toks):
            return False
        hyphenated = all(t.glued_to_next for t in msg.toks[:-1])
        # (words of every other message, "sorry, wrong channel", "happy friday", are chat, not a name)
        return hyphenated or all(
            t.stem not in self.needs.phrase_stems and t.low not in KIND_NOUNS and not is_chat_word(t.low)
            for t in msg.toks
        )

    def _asked_of_others(self, msg: Reading) -> bool:
        """A question put to colleagues, or of when something happens, that only brushes a use case and asks for no
        tool ("when does the next inspection train leave?"), or an errand of the office ("how do i expense the train
        ticket?"): not the radar's to answer with picks."""
        return (
            not msg.memory
            and not msg.need.strong
            and not msg.subjects
            and not msg.stack
            and not TOOL_SOUGHT.search(msg.low)
            and bool((ASKED_OF_OTHERS.search(msg.low) and not msg.asks_for_tool) or OFFICE_MATTERS.search(msg.low))
        )

    def _errand_of_the_office(self, msg: Reading) -> bool:
        """An errand of the office, a laptop or HR, with no tool, stack or job of ML told, no tool sought nor the
        radar's view of a name asked, and not about the thread's tools ("it won't connect" after a tool's card)."""
        errand = [found.span() for found in OFFICE_MATTERS.finditer(msg.low)]
        if not errand:
            return False
        at = char_offsets(msg.toks)
        # (a job's word inside the errand's own words is no job: "my monitor keeps flickering")
        job_told = msg.need.strong and any(
            not any(start <= at[i] < end for start, end in errand)
            for match in msg.need.tags
            if not match.retrieved
            for i in match.positions
        )
        # ("my laptop won't connect to the VPN since the windows update, any idea?": ideas asked for the errand)
        tool_asked = msg.asks_for_tool and not ANY_IDEA_LAST.search(msg.low)
        return (
            not (msg.subjects or msg.stack or job_told)
            and not (TOOL_SOUGHT.search(msg.low) or tool_asked or OPINION_ASKED.search(msg.low))
            and not (msg.memory and msg.refers)
        )

    # --- tools in the text -------------------------------------------------------------------

    def _settings_weighed(self, need: Need, mentions: list[Mention], low: str, toks: list[Token]) -> bool:
        """Whether the tools a message weighs are choices of where a need told first is met, not the choice it asks:
        "drift monitoring for the ETA model, run as an airflow task against redshift", "feature store? online
        could be postgres or redis", "launch training jobs on whichever cloud has gpus free, gcp or aws"."""
        named = [m for m in mentions if not m.stack]
        if not (need.strong and need.tags and len(named) >= 2) or STRICT_COMPARE_CUE.search(low):
            return False
        if self._unabridged.rstrip().endswith("?") and max(m.end for m in named) == len(self._lows):
            return False  # "new ETL project next month. Airflow or Dagster?": the tools weighed close the question
        if candidates_listed(toks, named):
            return False  # "the LLM gateway options we found were litellm, portkey and envoy": the choice itself
        told_first = min(need.tags[0].positions, default=len(low)) < min(m.start for m in named)
        return told_first and not any(serves(need, m.tool, first_only=True) for m in named)

    def _context_only(
        self,
        mentions: list[Mention],
        need: Need,
        toks: list[Token],
        asked_from: int = 0,
        asked_to: int | None = None,
        settings_weighed: bool = False,
    ) -> Callable[[dict[str, Any], list[Tool]], Question] | None:
        """When a message asks for a tool for a need, the tools it names that do not serve that need are context.

        "hyperparameter tuning for pytorch models, what do people use": PyTorch is the setting;
        "something lighter than Airflow": Airflow is the yardstick, its own use case the need.
        """
        named = [m for m in mentions if m.role is not Role.STACK]

        def runs_on(m: Mention) -> bool:
            return m.start > 0 and toks[m.start - 1].low in SETTING_WORDS

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
            bool(ASK_FOR_TOOL.search(asking) or SOMETHING_THAT.match(asking))
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

        # (a cloud refused beside a need told is where it must not run, no yardstick: "a managed endpoint. we're Azure
        # only - please don't suggest AWS or GCP services")
        # (the one weighed in the sentence that asks leads the one in the story: "our kafka consumer falls over. is
        # Ray the answer or is there something less heavy?")
        in_the_ask_first = sorted(named, key=lambda m: not (0 < asked_from <= m.start))
        yardstick = next(
            (
                m.tool
                for m in in_the_ask_first
                if m.role in (Role.REPLACE, Role.COMPARE)
                and not (need and m.role is Role.REPLACE and self._is_cloud(m.tool))
            ),
            None,
        )
        # (the yardstick named again, or where the answer must run, is no subject of its own: "something like W&B
        # but self-hostable on EKS; the wandb quote came back way too high")
        # (a use case told only in the scene, before an ask for the tool's alternatives that names none, is the
        # scene's: "> external SaaS must not hold GxP-relevant metadata. so W&B is out. alternatives we can run
        # ourselves?")
        told_in_the_ask = any(p >= asked_from for m in need.tags if m.weight >= 1 for p in m.positions)
        alternatives_asked = asked_from > 0 and bool(
            ALTERNATIVE_TO.search(asking) or LIGHTER_CUE.search(asking) or MOVE_ASKED.search(asking)
        )
        instead_asked = not need.strong and bool(INSTEAD_WORDS.search(said))
        # ("curious what on-device / edge inference runtimes exist besides the usual onnx stuff": a kind's list asked,
        # the yardstick left out of it)
        kind_listed = bool(need.tags) and bool(LIST_ASK.search(said)) and not PICK_CUE.search(said)
        if (
            yardstick is not None
            and not kind_listed
            and (
                not need.phrased
                or (alternatives_asked and not told_in_the_ask)
                # ("pinecone bill doubled this year, what could we self-host on GKE instead?": no job of its own told)
                or instead_asked
            )
            and all(
                m.role is not Role.SUBJECT
                or m.tool == yardstick
                # (what the yardstick's work is about: "where do we move our 3 pytorch services?")
                or (
                    alternatives_asked
                    and not is_a_place(m.tool)
                    and m.end < len(toks)
                    and toks[m.end].low in MODIFIED_NOUNS
                )
                # (where it runs only beside a tool named as like what is wanted: "`dbt test` isn't cutting it" asks
                # for no new transformer)
                # (or beside a tool to replace, when no job is told: "what could we self-host on GKE instead?")
                or (
                    runs_on(m)
                    and is_a_place(m.tool)
                    and any(n.role is Role.COMPARE or (n.role is Role.REPLACE and instead_asked) for n in named)
                )
                for m in named
            )
        ):
            # "something lighter than Airflow for our pipelines": Airflow's own use case is the need

            def lighter(base: dict[str, Any], stack: list[Tool]) -> Question:
                return self._instead_of(yardstick, toks, mentions, base)

            return lighter
        if need and not any(
            serves(need, m.tool, first_only=settings_weighed) and not context(m) and is_asked_about(toks, m)
            for m in named
            if m.role is Role.SUBJECT
        ):
            setting = [m.tool for m in named if m.role is Role.SUBJECT]
            # "serving tools that run on kubernetes" names a kind and where it runs: the kind's list, filtered
            # ("which CI/CD tools are open source? uni won't pay for circleci": the kind's list, filtered)
            # ("which vendor AI platforms are there? skip the azure ones": a kind's list asked plainly, tools left out)
            listed = (
                kind_is_listed(toks, need, mentions, asking)
                or bool(KIND_BY_LICENCE.search(said))
                or bool(WHICH_OF_A_KIND.search(said) and LIST_ASK.search(said) and not PICK_CUE.search(said))
                or bool(LIST_SAID.search(said) and not PICK_CUE.search(said))
                # ("show me the data orchestrators, I'm making a slide for the Hadoop exit plan")
                or bool(need.tags and re.match(rf"{SHOW_ASKED} (the|all|every)\b", said))
                or bool(need.tags and KIND_FIELD_ASKED.match(said))
                or (kind_listed and any(m.role is Role.COMPARE for m in named))
                # ("big data IaaS options but skip the AWS ones": the kind's list, without the ones refused)
                or bool(need.tags and LIST_FILTERED.search(said))
                # ("give me every stream processing thing you know that can consume from kafka")
                or bool(need.tags and re.search(rf"\b{EVERY_ITEM}\b", asking) and not PICK_CUE.search(said))
            )

            def build(base: dict[str, Any], stack: list[Tool]) -> Question:
                # a tool named as where it runs ("on kubernetes") is the setting; others only describe the need
                # (what the person is stuck on is left out, not where the answer runs: "stuck on airflow 1.10")
                where = [m.tool for m in named if m.role is not Role.REPLACE and runs_on(m)]
                # (a setting told after its name is the person's too: "we're Azure only")
                told = [m.tool for m in mentions if m.role is Role.STACK]
                situation = self._situation([], "", unique([*stack, *told, *(where or setting)]), [])
                # a tool named as where it runs ("on kubernetes") is the setting, not a tool to leave out
                situation = Situation(
                    situation.cloud,
                    situation.stack,
                    base["situation"].persona,
                    base["situation"].constraints,
                    targets=tuple(t for t in where if t not in stack),
                )
                inside = tuple(m.tool for m in named if m.role is Role.REPLACE or not runs_on(m))
                if (
                    listed
                    and named_by_its_name(need)
                    and all(is_a_place(m.tool) and m.role not in (Role.REPLACE, Role.COMPARE) for m in named)
                ):
                    # ("vendor AI platforms? only the aws ones": the category by its name, where it must run)
                    category = need.categories[0]
                    return Question(
                        intent=Intent.LIST, action="category", category=category, **{**base, "situation": situation}
                    )
                if listed:
                    return Question(intent=Intent.LIST, action="tag", tools=inside, **{**base, "situation": situation})
                return Question(
                    intent=Intent.RECOMMEND,
                    action="need",
                    tools=inside,
                    **{**base, "situation": situation},
                )

            return build
        yardsticks = [m.tool for m in in_the_ask_first if m.role in (Role.REPLACE, Role.COMPARE)]
        list_asked = LIST_ASK.search(said)  # "which tools in the catalog run on azure?"
        if (
            not need
            and not yardsticks
            and mentions
            and not list_asked
            # ("which tools run on azure?": the tools asked for by where they run)
            and not re.match(r"(which|what) (tools|services|ones|libraries|products|options)\b", said)
            and all(m.role is Role.STACK or context(m) for m in mentions)
        ):
            # "our pandas jobs are choking on 200GB of parquet, what next?": something beyond what they run
            yardsticks = [m.tool for m in mentions if m.role is Role.STACK][:1] or [mentions[0].tool]
            named = [m for m in mentions if m.tool.id == yardsticks[0].id]
        if yardsticks and all(m.role is not Role.SUBJECT or context(m) for m in named):
            target = yardsticks[0]

            def instead(base: dict[str, Any], stack: list[Tool]) -> Question:
                return self._instead_of(target, toks, mentions, base)

            return instead
        return None

    def _after(self, mentions: list[Mention], toks: list[Token], cue: re.Match[str]) -> Tool | None:
        """The first tool named after a cue ('alternatives to X')."""
        cue_words = len(cue.string[: cue.end()].split())
        for m in mentions:
            if m.start >= cue_words - 1:
                return m.tool
        return None

    # --- ideas and lists -----------------------------------------------------------------------

    def _framed_tool(
        self, framed: re.Match[str] | None, toks: list[Token], mentions: list[Mention], plain: str
    ) -> Tool | None:
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
        # ("what does the radar say about astronomer (managed airflow)?": what it is, in brackets)
        glossed = bool(re.match(r"\s*[(\[]", plain[toks[first.end - 1].end :]))
        return first.tool if ends or glossed or toks[first.end].low in {"the", "a", "an"} else None

    def _framed_name(self, low: str, plain: str, toks: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The tool right after a frame that asks about one ("what do we think of sagemaker", "whats modal, the
        serverless gpu thing") is the subject: not the person's stack, and named even by an everyday word."""
        framed = LOOKUP_FRAME.match(low)
        if framed is None:
            return mentions
        offsets = char_offsets(toks)
        if framed.start("name") not in offsets:
            return mentions
        at = offsets.index(framed.start("name"))
        named = [m for m in mentions if m.start == at]
        if named:
            return [Mention(m.tool, m.start, m.end) if m.start == at else m for m in mentions]
        tool = self.index.exact(toks[at].low)
        # (a lone word only, written as a name is: "modal," or "modal?" ends it; "is training slow" names no tool)
        # (whatever else the message names after it: "what's ray? someone said it replaces slurm")
        ends = at + 1 == len(toks) or bool(re.match(r"\s*[,?(:—–-]", plain[toks[at].end :]))
        if tool is None or not ends or any(m.start <= at < m.end for m in mentions):
            return mentions
        return sorted([Mention(tool, at, at + 1), *mentions], key=lambda m: m.start)

    def _lacked_name(self, toks: list[Token], need: Need, starts: list[int]) -> str:
        """The name the first sentence asks about ("where does Power BI sit?", "what ring is X in", "X - adopt?",
        "does the radar cover X?") when it holds a word that names no job: a product the catalog lacks, not a kind
        of tool; else ""."""
        end = starts[1] if len(starts) > 1 else len(toks)
        first = " ".join(t.low for t in toks[:end])
        placed = PLACE_FRAME.search(first)
        framed = NAME_ASKED.match(first)
        if placed is not None:
            slot = placed_name(placed)
        elif framed is not None:
            slot = framed.group("covered") or framed.group("ringed") or framed.group("ringed_for")
        else:
            return ""
        words_asked = slot.split()
        inside = [i for i in range(end) if toks[i].low in words_asked]
        odd = odd_compounds(toks)
        named = [
            i
            for i in inside
            # (a hyphenated word with capitals inside is a name whatever its words: "OR-Tools")
            if i in odd
            or (
                i not in need.positions
                and toks[i].low not in STOP_WORDS
                and toks[i].low not in QUESTION_WORDS
                and toks[i].low not in KIND_NOUNS | GENERIC_KINDS | NOT_A_NAME
            )
        ]
        if not named or (
            framed is not None and placed is None and not framed.group("ringed_for") and len(named) < len(inside)
        ):
            return ""  # ("X - adopt?" is a name only when all its words are: not "what s in adopt")
        return " ".join(w for w in words_asked if w not in {"the", "a", "an", "our", "this"})

    def _ring_idea_first(self, text: str, toks: list[Token], mentions: list[Mention]) -> str:
        """ "does Adopt mean mandatory? e.g. do I have to put my notebooks in git now?": a first question about what
        a ring means is the question, whatever tools and needs its examples name."""
        end = next((i for i in range(1, len(toks)) if "?" in text[toks[i - 1].end : toks[i].start]), 0)
        first = " ".join(t.low for t in toks[:end])
        if (
            not end
            or any(m.start < end for m in mentions)
            or not RING_MEANING_CUE.search(first)
            or RING_LISTED.search(first)  # ("which kinds of tools does the framework park in Hold? examples please")
            or any(t.end <= toks[end].start for t in self._unfamiliar(toks))  # "what ring is MONAI in?"
        ):
            return ""
        idea = self.ideas.concept(first, Need(), toks[:end])
        return idea if idea.startswith("ring") else ""

    # --- clarifying questions -------------------------------------------------------------------

    def _named_first(self, text: str, subjects: list[Tool], base: dict[str, Any]) -> Question | None:
        """A name written first, then asked about: "MONAI - status?", "Looker: is that on the radar?",
        "lightning: trial or assess?", "great expectatons - is it approved?". The name is the question,
        whatever the words after it tell about the need."""
        framed = NAME_FIRST.match(text) or NAME_THEN_OPINION.match(text)
        if framed is None:
            return self._named_with_its_use(text, base)
        ask = framed.group("ask").lower()
        # (a name with a question mark of its own is asked about, whatever the scene after it: "Kognic? a vendor
        # pitched it to us")
        name_asked = framed.group("mark") == "?" and ask.strip() != "" and " " not in framed.group("name")
        # (or a question that points back at it, asking for nothing else: "nannyml, can it really work without
        # labels?", "knime — our chemists love it. ok for building models?")
        points_back = (
            "?" in ask
            and self.index.exact(framed.group("name")) is not None
            and bool(POINTS_BACK.search(ask))
            and not (ASK_FOR_TOOL.search(ask) or PICK_CUE.search(ask) or ALTERNATIVE_TO.search(ask))
        )
        # ("captum: pytorch only?": what the tool named first works with, asked of it)
        works_with = self.index.exact(framed.group("name")) is not None and bool(
            re.fullmatch(r"[\w.+-]+( [\w.+-]+)? (only|support|supported|compatible|too|as well)\s*\?\s*", ask.lower())
        )
        if (
            not NAME_ASK.match(ask)
            and not NAME_ASKED_LATER.search(ask)
            and not name_asked
            and not points_back
            and not works_with
        ):
            return None
        name = framed.group("name")
        if all(w in FRAME_WORDS or w in STOP_WORDS for w in name.lower().split()):
            return None
        if self._job_asked_for([t.stem for t in tokens(name.lower())], text.lower()):
            return None  # "pipelines? what should we use": the job asked for, not a name
        shared = self.index.sharing(name)
        if len(shared) >= 2:
            return self._which_named(name, shared, base)
        bare = ask.strip(" ?!.") in BARE_ASKS  # "Census - status?": nothing but the radar's question follows
        maker = self.recommender.cloud_words.get(name.split()[0].lower())
        exact = self.index.exact(name)
        if exact is not None and len(name.split()) > 1 and subjects[:1] in ([], [exact]):
            return Question(intent=Intent.LOOKUP, tools=(exact,), **base)  # "determined ai — what is it?"
        head = self.index.exact(name.split()[0]) if len(name.split()) > 1 else None
        if head is not None and subjects[:1] in ([], [head]) and self._of_its_kind(head, words(name)[1:]):
            return Question(intent=Intent.LOOKUP, tools=(head,), **base)  # "volcano scheduler: status on our radar?"
        # ("harbor - it's our internal container registry, what ring is it?": an everyday word told to be a product)
        described = bool(re.match(r"(it|that|this)( is|'s|s) (our|an?|the|their) \w+", ask.strip()))
        if (
            all(is_common_word(w) for w in name.lower().split())
            and not bare
            and not (maker and len(name.split()) > 1)
            and not described
        ):
            return None  # "Question: is kedro any good?", "quick one: is it on the radar?": the asking, not a name
        if len(name.split()) > 1 and name.lower().split()[-1] in ASKING_LABELS:
            return None  # "CFO question: should we build or buy?": who asks, not a name
        if exact is None and is_sentence_adverb(name):
            return None  # "conceptually, which quadrant would a feature store fall into?": how it is asked
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

    def _named_with_its_use(self, text: str, base: dict[str, Any]) -> Question | None:
        """A name the catalog lacks, written first with what it is (or would be) used for, then the radar's
        question: "harbor as our internal container registry — what ring?", "Prophet for forecasting listing
        volume — on the radar?". The use told makes the name a product, however everyday its word."""
        framed = NAME_THEN_USE.match(text)
        if framed is None:
            return None
        ask = framed.group("ask").lower()
        if not (NAME_ASK.match(ask) or NAME_ASKED_LATER.search(ask) or PLACE_FRAME.search(ask)):
            return None
        name = framed.group("name")
        name_toks = tokens(name.lower())
        known = self.index.exact(name)
        if known is not None and PLACE_ASKED.match(ask):
            return Question(intent=Intent.LOOKUP, tools=(known,), **base)  # "Cloud Run for model serving - which ring?"
        if (
            known is not None
            or self.index.correct(name) is not None  # "clikhouse for event analytics, what does the radar think"
            or any(normalise(w) in self.keys for w in words(name))
            or all(w in FRAME_WORDS or w in STOP_WORDS or w in QUESTION_WORDS for w in name.lower().split())
            or any(t.low in KIND_NOUNS | GENERIC_KINDS | NOT_A_NAME | CHOICE_WORDS for t in name_toks)
            or self.needs.find(name_toks)
        ):
            return None  # a tool it knows, or a kind of tool ("feature stores for our team — what ring?")
        found = self._close_tools(name)[:3]
        return Question(intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=found, **base)

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
        if HYPE_WISH.search(low):
            return True  # "the director wants "something with AI". what tools should we look at?": no job yet
        written = {self._stems[i] for m in need.tags for i in m.positions if i < len(self._stems)}
        heads = (written & self._distinct_heads) - GENERIC_HEADS
        if any(stem(words(m.tag.name)[-1]) in heads for m in need.tags):
            return False  # "what should we use for serving?": the last word of one use case's name names it
            # (not "a platform", which names no job)
        told = [
            t for t in toks if t.low not in STOP_WORDS and t.low not in QUESTION_WORDS and t.low not in ASKING_WORDS
        ]
        return len(told) <= VAGUE_WORDS

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
                at = next((i for i, t in enumerate(toks) if t.low == parts[0]), None)
                if len(parts) > 1 and (
                    parts[1] in {t.low for t in self._unfamiliar(toks)}
                    or (at is not None and at + 1 in self._named_elsewhere(toks))
                ):
                    # "what is Microsoft Presidio?", "is google or-tools on the radar?": a maker and a product the
                    # catalog lacks, not the maker's tools
                    names = names[:1]
                if at is not None and len(parts) > 1 and all(t.raw[:1].isupper() for t in toks[at : at + len(parts)]):
                    # "what's our take on Core ML?": a name written in capitals is one name, not its first word's
                    names = names[:1]
            elif placed is not None:
                # "what ring is lightning in?": the name the frame asks about, an everyday word or not
                names = [placed_name(placed)]
            elif not ASK_FOR_TOOL.search(low):
                # "paperspace ring?": a word the catalog knows only as the start of several names (not when the
                # message asks for a tool: "SAS licences end next year, what should replace it?" names no subject)
                # (a message of one word is a name whatever the word: "lightning?")
                alone = len(toks) == 1
                unfamiliar = [t for t in self._unfamiliar(toks) if alone or not is_common_word(t.low)]
                names = [t.low for t in unfamiliar][:2]
                if len(unfamiliar) >= 2 and toks.index(unfamiliar[1]) == toks.index(unfamiliar[0]) + 1:
                    # "NVIDIA DeepStream for the camera pipelines": a maker and a product the catalog lacks
                    names = [f"{unfamiliar[0].low} {unfamiliar[1].low}"]
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
                return self._which_named(name, tools, base)
            # (an everyday word one tool's longer name holds is no name of it: "thoughts on storage?")
            if len(tools) == 1 and not subjects and not (is_common_word(name) and self.index.exact(name) is None):
                return Question(intent=Intent.LOOKUP, tools=(tools[0],), **base)
        return None

    def _which_named(self, name: str, tools: list[Tool], base: dict[str, Any]) -> Question:
        """A name several tools share: the one the licence asked for fits ("h2o, the open source one"), or else
        which one is meant is asked (the buttons carry no text: the chosen tool's card)."""
        licence = (
            base["situation"].constraints.license
            or constraints_in(expand_contractions(self._unabridged).lower()).license
        )
        fitting = [t for t in tools if Constraints(licence).allows(t)] if licence else []
        if len(fitting) == 1:
            return Question(intent=Intent.LOOKUP, tools=(fitting[0],), **base)
        # ("what's nemo (the nvidia toolkit)?": the one whose name holds another word the message says)
        said = {w.lower() for w in words(self._unabridged)} - set(name.split()) - STOP_WORDS
        named = [t for t in tools if said & ({w.lower() for w in words(t.name)} - set(name.split()))]
        if len(named) == 1:
            return Question(intent=Intent.LOOKUP, tools=(named[0],), **base)
        options = tuple(Option(t.name, "", t.id) for t in tools)
        return Question(intent=Intent.CLARIFY, action="name", unknown=name, options=options, **base)

    @staticmethod
    def _where_it_runs_decides(msg: Reading) -> Question | None:
        """A job whose answer turns on where it runs, asked bare ("best way to deploy our models?"): nothing said of
        a cloud, a cluster, a licence, the model or the tools around it, so ask where it will run."""
        situation = msg.situation
        told = (
            msg.memory
            or msg.mentions
            or situation.cloud is not None
            or situation.stack
            or situation.targets
            or situation.constraints != Constraints()
        )
        # (any other job or kind of model named, "serve LLMs", or a place, "on our own GPUs", "on my laptop", tells)
        if told or len(msg.need.tags) != 1 or msg.need.tags[0].tag.id not in WHERE_DECIDES or msg.need.categories:
            return None
        if any(t.low in PLACE_WORDS or t.low in MODEL_KIND_WORDS for t in msg.toks):
            return None
        if content_word_count(msg.toks) > BARE_ASK_WORDS:
            return None
        # (every other word only asks: "we want to deploy our model. suggestions?"; "without porting everything to
        # Go" tells something)
        positions = msg.need.positions
        if any(
            i not in positions and t.low not in STOP_WORDS and t.low not in QUESTION_WORDS and t.low not in ASKING_ONLY
            for i, t in enumerate(msg.toks)
        ):
            return None
        text = msg.cleaned.text
        options = (
            Option("A Kubernetes cluster", f"{text} It runs on our Kubernetes cluster.", ""),
            Option("A cloud's managed service", f"{text} A managed cloud service.", ""),
            Option("One server without Kubernetes", f"{text} On a single server, no Kubernetes.", ""),
        )
        return Question(intent=Intent.CLARIFY, action="where", options=options, **msg.base)

    def _deciding_fact(
        self, text: str, need: Need, situation: Situation, base: dict[str, Any], scene_set: bool = False
    ) -> Question | None:
        """A need whose best tools belong to different clouds, asked without saying which cloud: ask it (in a
        thread about the same job, only of the cloud's own services: its earlier messages set the scene)."""
        # (a cloud's own services are not open source, nor free of lock-in: which cloud decides nothing then)
        unbound = situation.constraints.license == "open-source" or bool(NO_LOCK_IN.search(text.lower()))
        if situation.cloud is not None or unbound:
            return None
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
        clouds = unique(t for t in (self.catalog.tool(o) for o in sorted(tier)) if t is not None)
        dominated = sum(o is not None for o in owners) * 2 >= len(owners)
        wants_managed = situation.constraints.license == "commercial"
        if len(clouds) >= 2 and (dominated or wants_managed) and not are_clouds:
            best_known = sorted(clouds, key=lambda c: (-self.recommender.prominence(c.id), c.name))[:3]
            options = tuple(Option(c.name, f"{text} We are on {c.name}.", "") for c in best_known)
            return Question(intent=Intent.CLARIFY, action="cloud", options=options, **base)
        if not scene_set and self._commits_to_platform(ranked, situation):
            # "leadership wants one ML platform, which one?": an all-in-one platform is a hard commitment, and
            # where the team runs decides it (a cloud's own, or one run in-house)
            options = (
                *(Option(c.name, f"{text} We are on {c.name}.", "") for c in self._platform_clouds),
                Option("Open source, run by us", f"{text} Open source, self-hosted.", ""),
            )
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

    def _commits_to_platform(self, ranked: list[tuple[str, float]], situation: Situation) -> bool:
        """Whether the best answers are mostly all-in-one platforms, asked for with nothing said of where the team
        runs: no stack, no place it must run, no open-source rule."""
        said = situation.constraints
        if situation.stack or situation.targets or said.license == "open-source" or said.small_team:
            return False  # ("three data scientists and no platform team": a small team is told what is light)
        tools = [t for t in (self.catalog.tool(i) for i, _ in ranked) if t is not None]
        platforms = sum(t.category in LIFECYCLE_PLATFORMS for t in tools)
        return len(tools) >= PLATFORM_PICKS and platforms >= len(tools) * PLATFORM_SHARE

    def _listing(
        self, low: str, toks: list[Token], need: Need, subjects: list[Tool], mentions: list[Mention]
    ) -> Callable[[dict[str, Any]], Question] | None:
        """A request for a list of a ring, quadrant, category or use case, as a Question builder."""
        ring = self.ideas.ring(toks)
        if ring and not subjects and RING_LISTED.search(low):
            # ("what's sitting in Hold right now? want to make sure no one starts a new project on any of it": the
            # ring's tools asked for, whatever job the rest of the message brushes)
            return lambda base: Question(intent=Intent.LIST, action="ring", ring=ring, **base)
        quadrant = self.ideas.quadrant(toks)
        category = need.categories[0] if need.categories else None
        # (a message ending "... in three different tools" counts what the person uses, it asks for no list)
        wants_list = bool(LIST_CUE.search(low)) or bool(
            re.search(r"(?<!different )(?<!separate )(?<!other )\b(tools|options|landscape)\b\s*$", low)
        )
        explicit_list = (
            bool(
                re.search(
                    r"\b("
                    + LIST_WORD
                    + r"|"
                    # ("show" asks for a list when it is said to the bot, not "explanations we can show in the CRM")
                    + SHOW_ASKED
                    + r"|enumerate|(your|the|full|whole) inventory(?! of (every|all|our) (model|dataset))|"
                    r"(the|your|our) catalog)\b|\b" + EVERY_ITEM + r"\b",
                    low,
                )
            )
            or (bool(re.search(r"\b" + ALL_ITEMS + r"\b", low)) and all_of_a_kind(toks, need))
        )
        field_asked = bool(KIND_FIELD_ASKED.match(low))
        if subjects and not explicit_list:
            return None
        if not subjects and not explicit_list and self._unfamiliar(toks) and not need.strong:
            return None  # "is Blorpflow on trial?" asks about a name the radar does not know
        if (
            ring
            and not subjects
            # ("which tools are in Hold and why should I avoid them?": the list asked first, with its why)
            and (not WHY_CUE.search(low) or RING_LISTED_FIRST.match(low))
            # ("which monitoring tools are in trial?": the ring's tools for that use case, named even by its head)
            and not (any(m.weight >= HEAD_WEIGHT for m in need.tags) and self.ideas.ring_in(low) is not None)
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
            # ("list the commercial experiment tracking platforms": a use case named in full in other words than the
            # quadrant's, not the ML platforms; "list ml platforms" is the quadrant)
            and not (
                "quadrant" not in low
                and any(
                    # (sharing no more than "ML" with it: "which no-code ML tools are in the catalog?")
                    m.weight >= WHOLE_PHRASE
                    and not {i for i in m.positions & self._quadrant_words(toks, quadrant) if toks[i].low != "ml"}
                    for m in need.tags
                )
            )
            and not QUADRANT_MEANING.search(low)
        ):
            return lambda base: Question(intent=Intent.LIST, action="quadrant", quadrant=quadrant, **base)
        if not subjects and kind_is_listed(toks, need, mentions, low):
            # "open source vector databases pls", "edge / on-device inference runtimes": a kind of tool, named
            # and nothing more, is its list
            # (the category named by its own name is the kind: "ML-focused IaaS providers?")
            if named_by_its_name(need):
                return lambda base: Question(intent=Intent.LIST, action="category", category=category, **base)
            return lambda base: Question(intent=Intent.LIST, action="tag", **base)
        # (asked which one to pick, "all" counts what the person would write: "rather not write all the glue")
        if need.tags and (
            field_asked
            or (
                (explicit_list or LIST_COMMANDED.search(low))
                and (re.search(r"\b(tools?|options?|everything|all)\b", low) or LIST_COMMANDED.search(low))
                and (not PICK_CUE.search(low) or LIST_COMMANDED.search(low))
            )
        ):
            return lambda base: Question(intent=Intent.LIST, action="tag", **base)
        if (
            (need.tags or category)
            and not subjects
            and LIST_ASK.search(without_other_whiches(toks, need))
            and not re.search(r"\bshould\b", low)
            and not PICK_CUE.search(low)
        ):
            return lambda base: Question(
                intent=Intent.LIST, action="tag" if need.tags else "category", category=category, **base
            )
        return None

    def _quadrant_why(self, msg: Reading) -> bool:
        """Whether the message asks why something sits in a quadrant it names in full ("why are data orchestrators
        under standard SWE tools?")."""
        phrases = self.ideas.quadrant_phrases(msg.toks)
        return bool(WHY_CUE.search(msg.low)) and any(length >= 2 for length, _ in phrases)

    def _quadrant_words(self, toks: list[Token], quadrant: Quadrant) -> frozenset[int]:
        """Where the message writes a word of the quadrant's names."""
        named = {s for q, stems in self.ideas.quadrants if q.id == quadrant.id for s in stems}
        return frozenset(i for i, t in enumerate(toks) if t.stem in named)

    # --- nothing recognised ------------------------------------------------------------------------

    def _unknown(
        self, toks: list[Token], plain: str, base: dict[str, Any], referenced_without_memory: bool
    ) -> Question:
        unfamiliar = self._unfamiliar(toks)
        elsewhere = self._named_elsewhere(toks)
        low = " ".join(t.low for t in toks)
        framed = LOOKUP_FRAME.match(low)
        asked = set(framed.group("name").split()) if framed else set()
        placed_early = bool(PLACE_FRAME.search(low) or OPINION_ASKED.search(low) or NAME_ASKED_LATER.search(low))
        # (nor are the words of a product the catalog knows it lacks: "power bi - where does it sit?")
        odd = [toks[i] for i in odd_compounds(toks) | elsewhere]
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
        if not unfamiliar:
            # ("should we switch to `polars`?": a word written as code is a name, however everyday)
            unfamiliar = [t for t in toks if t.low in self._code_words and t.low not in self.vocabulary]
        if (
            not unfamiliar
            and 2 <= len(toks) <= MADE_PRODUCT_WORDS
            and toks[0].low in MAKER_WORDS
            and not any(t.low in SENTENCE_WORDS for t in toks)
            and not CHITCHAT.search(low)
        ):
            # ("/radar google or-tools", "Amazon Lookout for Equipment": a maker and the words after it, and nothing
            # else, are the name of its product)
            name = plain.strip(" ?!.")
            return Question(
                intent=Intent.UNKNOWN, action="name", unknown=name, suggestions=self._close_tools(name)[:3], **base
            )
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
        # (a word written like a product's name before an acronym: "our TS devs found Mastra" asks about Mastra)
        unfamiliar.sort(key=lambda t: not (looks_like_a_name(t) and not t.raw.isupper()))
        name = compound(toks, plain, unfamiliar[0]) if unfamiliar else ""
        first = toks.index(unfamiliar[0]) if unfamiliar else -1
        lacked_product = first in elsewhere
        if lacked_product:
            # ("power bi - where does it sit?": a product the catalog knows it lacks, named by all its words)
            first, last = lacked_product_span(toks, first, elsewhere)
            name = plain[toks[first].start : toks[last].end]
        suggestions: tuple[Tool, ...] = ()
        # (a name of several words is matched word by word: "AWS Step Functions" is not a spelling of a tool's name)
        # (a product the catalog knows it lacks is no misspelling of a tool: "power bi" gets no "did you mean")
        candidates = [] if lacked_product else [t.raw for t in unfamiliar[:3] if t.raw != name]
        for candidate in ([] if " " in name or lacked_product else [name]) + candidates:
            suggestions = self._close_tools(candidate)
            if suggestions:
                break
        placed = PLACE_FRAME.search(low)
        asked_of = (
            [w for w in framed.group("name").split() if w not in OPINION_PARTS and w not in STOP_WORDS]
            if framed is not None and (OPINION_ASKED.search(low) or OPINION_LAST.search(low))
            else []
        )
        lacked = "" if unfamiliar else self._lacked_name(toks, base["need"], sentence_starts(plain, toks)[0])
        if lacked:
            return Question(intent=Intent.UNKNOWN, action="name", unknown=lacked, **base)  # "vetiver - ring?"
        if not unfamiliar and (placed or asked_of):
            # "where does the office coffee machine sit on the radar?", "is census worth a look?": asked as a tool,
            # whatever its words
            written = placed_name(placed) if placed else " ".join(asked_of)
            name = " ".join(w for w in written.split() if w not in {"the", "a", "an", "our", "this"})
            return Question(intent=Intent.UNKNOWN, action="name", unknown=name, **base)
        action = "reference" if referenced_without_memory and not unfamiliar else ("name" if unfamiliar else "")
        # ("printer jammed again, who do i call?": asked of the people in the channel, "again" points at no tool)
        if action == "reference" and not CHITCHAT.search(low) and not ASKED_OF_OTHERS.search(low):
            return self._which_tool(base["need"], base)
        if action == "reference":
            return Question(intent=Intent.SOCIAL, action="offtopic", **base)  # "is it friday yet?"
        asks_for_one = (
            CHOICE_UNNAMED.search(low)
            or PICK_CUE.search(low)
            or TOOL_SOUGHT.search(low)
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


# a request hidden in small talk ("thanks! and what about drift?") is a question, not small talk
# "that's what i needed" thanks; it asks nothing
