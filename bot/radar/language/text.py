"""Plain-text helpers for free-form questions: Slack formatting removed, words split and stemmed."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

# Words that carry no meaning of their own in a question: they never name a tool or a need.
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "into",
        "onto",
        "about",
        "as",
        "than",
        "then",
        "so",
        "such",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "doing",
        "has",
        "have",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "need",
        "needs",
        "needed",
        "want",
        "wants",
        "wanted",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "any",
        "some",
        "all",
        "each",
        "every",
        "both",
        "either",
        "neither",
        "no",
        "not",
        "nor",
        "only",
        "own",
        "same",
        "other",
        "another",
        "more",
        "most",
        "very",
        "really",
        "just",
        "also",
        "too",
        "again",
        "still",
        "even",
        "much",
        "many",
        "lot",
        "lots",
        "bit",
        "little",
        "few",
        "please",
        "thanks",
        "thank",
        "hi",
        "hello",
        "hey",
        "yo",
        "cheers",
        "ok",
        "okay",
        "yes",
        "yeah",
        "sure",
        "well",
        "maybe",
        "perhaps",
        "tell",
        "show",
        "give",
        "let",
        "know",
        "think",
        "say",
        "said",
        "explain",
        "describe",
        "mean",
        "means",
        "meaning",
        "one",
        "ones",
        "thing",
        "things",
        "stuff",
        "something",
        "anything",
        "everything",
        "nothing",
        "someone",
        "anyone",
        "good",
        "better",
        "best",
        "bad",
        "worse",
        "great",
        "fine",
        "nice",
        "cool",
        "use",
        "used",
        "using",
        "uses",
        "get",
        "got",
        "getting",
        "go",
        "going",
        "make",
        "making",
        "take",
        "try",
        "trying",
        "look",
        "looking",
        "like",
        "likes",
        "whats",
        "wheres",
        "hows",
        "whos",
        "thats",
        "its",
        "im",
        "ive",
        "id",
        "youre",
        "were",
        "weve",
        "theyre",
        "dont",
        "doesnt",
        "isnt",
        "arent",
        "cant",
        "wont",
        "shouldnt",
        "wouldnt",
        "couldnt",
        "didnt",
    ]
)

# The glue between meaningful words; phrases like "version our datasets" match without them.
GLUE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "our",
        "my",
        "your",
        "their",
        "his",
        "her",
        "its",
        "we",
        "i",
        "you",
        "they",
        "us",
        "me",
        "them",
        "it",
        "this",
        "that",
        "these",
        "those",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "into",
        "as",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "do",
        "does",
        "did",
    ]
)

# Everyday English words that also happen to be tool names or parts of them ("what kind of
# tool", "we aim to", "render a dashboard"). A tool named like this is only recognised when
# the text clearly means the name: in a code span, capitalised mid-sentence, on its own, or
# next to another tool in a comparison.
COMMON_WORDS = frozenset(
    [
        "ability",
        "able",
        "above",
        "across",
        "act",
        "action",
        "actions",
        "actually",
        "add",
        "after",
        "against",
        "ago",
        "agree",
        "aim",
        "air",
        "alone",
        "along",
        "already",
        "alternative",
        "always",
        "among",
        "amount",
        "analysis",
        "answer",
        "apart",
        "app",
        "apps",
        "approach",
        "area",
        "around",
        "art",
        "ask",
        "asked",
        "asking",
        "assess",
        "automate",
        "automatic",
        "available",
        "avoid",
        "away",
        "back",
        "base",
        "based",
        "basic",
        "batch",
        "beam",
        "because",
        "become",
        "before",
        "begin",
        "behind",
        "believe",
        "below",
        "beside",
        "between",
        "beyond",
        "big",
        "bigger",
        "biggest",
        "black",
        "block",
        "blocks",
        "blue",
        "body",
        "book",
        "both",
        "box",
        "brain",
        "branch",
        "break",
        "bring",
        "broad",
        "build",
        "builder",
        "building",
        "built",
        "business",
        "buy",
        "call",
        "called",
        "came",
        "care",
        "carry",
        "case",
        "cases",
        "catalog",
        "cause",
        "central",
        "certain",
        "chain",
        "change",
        "changes",
        "cheap",
        "check",
        "choice",
        "choose",
        "chosen",
        "circle",
        "city",
        "claim",
        "class",
        "clean",
        "clear",
        "close",
        "cloud",
        "clouds",
        "code",
        "cog",
        "cold",
        "collect",
        "come",
        "comes",
        "common",
        "company",
        "compare",
        "complete",
        "compute",
        "connect",
        "connected",
        "consider",
        "contain",
        "content",
        "context",
        "control",
        "copy",
        "core",
        "cost",
        "could",
        "count",
        "course",
        "cover",
        "create",
        "cross",
        "current",
        "custom",
        "cut",
        "daily",
        "dash",
        "data",
        "date",
        "day",
        "deal",
        "decide",
        "deep",
        "define",
        "deliver",
        "deploy",
        "design",
        "detail",
        "develop",
        "dev",
        "device",
        "different",
        "direct",
        "do",
        "doc",
        "docs",
        "door",
        "double",
        "down",
        "draft",
        "draw",
        "drive",
        "drop",
        "dynamo",
        "early",
        "ease",
        "easy",
        "edge",
        "effect",
        "end",
        "engine",
        "enough",
        "enter",
        "entire",
        "even",
        "event",
        "evidently",
        "exact",
        "example",
        "expect",
        "experiment",
        "extend",
        "eye",
        "fabric",
        "face",
        "fact",
        "fair",
        "fall",
        "far",
        "fast",
        "feature",
        "features",
        "feel",
        "few",
        "field",
        "figure",
        "file",
        "files",
        "fill",
        "final",
        "find",
        "fine",
        "fire",
        "first",
        "fit",
        "five",
        "fix",
        "flat",
        "flow",
        "flows",
        "flux",
        "fly",
        "focus",
        "follow",
        "force",
        "form",
        "forward",
        "foundry",
        "four",
        "frame",
        "free",
        "friend",
        "front",
        "full",
        "fun",
        "future",
        "game",
        "gate",
        "general",
        "get",
        "give",
        "glue",
        "goal",
        "gold",
        "great",
        "green",
        "ground",
        "group",
        "grow",
        "guard",
        "guide",
        "half",
        "hand",
        "handle",
        "happen",
        "hard",
        "harness",
        "head",
        "hear",
        "heart",
        "heavy",
        "help",
        "high",
        "hold",
        "home",
        "hope",
        "host",
        "hour",
        "house",
        "hub",
        "huge",
        "idea",
        "image",
        "impact",
        "important",
        "include",
        "infrastructure",
        "input",
        "inside",
        "instead",
        "interest",
        "iron",
        "island",
        "item",
        "job",
        "join",
        "jump",
        "just",
        "keep",
        "key",
        "kind",
        "know",
        "lake",
        "lambda",
        "land",
        "language",
        "large",
        "last",
        "late",
        "launch",
        "layer",
        "lead",
        "learn",
        "least",
        "leave",
        "left",
        "less",
        "level",
        "library",
        "life",
        "light",
        "lightning",
        "line",
        "link",
        "list",
        "little",
        "live",
        "load",
        "local",
        "lock",
        "long",
        "loop",
        "lot",
        "low",
        "machine",
        "main",
        "major",
        "make",
        "manage",
        "many",
        "map",
        "mark",
        "market",
        "master",
        "match",
        "matter",
        "may",
        "mean",
        "measure",
        "meet",
        "member",
        "memory",
        "merge",
        "message",
        "metal",
        "middle",
        "mind",
        "minute",
        "mirror",
        "miss",
        "modal",
        "mode",
        "model",
        "models",
        "modern",
        "money",
        "month",
        "move",
        "much",
        "name",
        "narrow",
        "native",
        "near",
        "need",
        "network",
        "never",
        "new",
        "next",
        "nice",
        "night",
        "node",
        "normal",
        "note",
        "now",
        "number",
        "object",
        "offer",
        "office",
        "old",
        "open",
        "option",
        "orange",
        "order",
        "origin",
        "other",
        "out",
        "output",
        "over",
        "own",
        "page",
        "pair",
        "panel",
        "paper",
        "part",
        "pass",
        "past",
        "path",
        "pay",
        "people",
        "per",
        "perfect",
        "period",
        "person",
        "pick",
        "piece",
        "pilot",
        "pipe",
        "pipeline",
        "pipelines",
        "place",
        "plain",
        "plan",
        "plant",
        "platform",
        "play",
        "point",
        "pool",
        "port",
        "portal",
        "post",
        "power",
        "present",
        "press",
        "pretty",
        "price",
        "prime",
        "print",
        "pro",
        "problem",
        "process",
        "product",
        "program",
        "project",
        "prompt",
        "proof",
        "public",
        "pull",
        "pure",
        "push",
        "put",
        "quality",
        "question",
        "quick",
        "quilt",
        "race",
        "rail",
        "railway",
        "rain",
        "range",
        "rate",
        "reach",
        "read",
        "ready",
        "real",
        "reason",
        "record",
        "red",
        "region",
        "release",
        "remote",
        "render",
        "report",
        "request",
        "rest",
        "result",
        "return",
        "right",
        "ring",
        "rise",
        "river",
        "road",
        "rock",
        "roll",
        "room",
        "root",
        "round",
        "rule",
        "run",
        "runner",
        "safe",
        "sail",
        "sample",
        "save",
        "scale",
        "scene",
        "school",
        "score",
        "sea",
        "search",
        "season",
        "second",
        "section",
        "see",
        "seed",
        "select",
        "self",
        "sell",
        "send",
        "sense",
        "serve",
        "server",
        "service",
        "services",
        "set",
        "shape",
        "share",
        "shift",
        "shiny",
        "ship",
        "shop",
        "short",
        "show",
        "side",
        "sign",
        "signal",
        "simple",
        "single",
        "site",
        "size",
        "sky",
        "slack",
        "small",
        "smart",
        "snow",
        "soda",
        "soft",
        "solid",
        "sort",
        "sound",
        "source",
        "space",
        "speed",
        "spot",
        "square",
        "stack",
        "stage",
        "stand",
        "star",
        "start",
        "state",
        "station",
        "stay",
        "step",
        "stone",
        "stop",
        "store",
        "story",
        "stream",
        "street",
        "strong",
        "studio",
        "style",
        "subject",
        "such",
        "summit",
        "sun",
        "super",
        "sure",
        "surface",
        "system",
        "table",
        "tag",
        "take",
        "talk",
        "task",
        "team",
        "tell",
        "temporal",
        "term",
        "test",
        "text",
        "thing",
        "think",
        "third",
        "through",
        "time",
        "tiny",
        "title",
        "today",
        "together",
        "tool",
        "tools",
        "top",
        "total",
        "touch",
        "tower",
        "town",
        "track",
        "trade",
        "train",
        "travel",
        "tree",
        "trial",
        "true",
        "trust",
        "truth",
        "turn",
        "two",
        "type",
        "unit",
        "until",
        "up",
        "upper",
        "use",
        "user",
        "value",
        "very",
        "view",
        "visual",
        "voice",
        "volcano",
        "wait",
        "walk",
        "wall",
        "want",
        "warm",
        "watch",
        "water",
        "wave",
        "way",
        "web",
        "week",
        "weight",
        "well",
        "while",
        "white",
        "whole",
        "wide",
        "wild",
        "will",
        "wind",
        "window",
        "windows",
        "wire",
        "wise",
        "word",
        "work",
        "world",
        "write",
        "year",
        "yes",
        "young",
        "zone",
    ]
)

CONTRACTIONS = {
    "what's": "what is",
    "where's": "where is",
    "how's": "how is",
    "who's": "who is",
    "that's": "that is",
    "it's": "it is",
    "there's": "there is",
    "here's": "here is",
    "let's": "let us",
    "i'm": "i am",
    "we're": "we are",
    "they're": "they are",
    "you're": "you are",
    "i've": "i have",
    "we've": "we have",
    "you've": "you have",
    "i'd": "i would",
    "we'd": "we would",
    "i'll": "i will",
    "we'll": "we will",
    "don't": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "isn't": "is not",
    "aren't": "are not",
    "can't": "can not",
    "cannot": "can not",
    "won't": "will not",
    "shouldn't": "should not",
    "wouldn't": "would not",
    "couldn't": "could not",
    "what're": "what are",
    "whats": "what is",
    "wheres": "where is",
    "hows": "how is",
    "whatre": "what are",
    # written without the apostrophe ("im" is left alone: it is also how people write IM)
    "dont": "do not",
    "cant": "can not",
    "wont": "will not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "havent": "have not",
    "hasnt": "has not",
    "wasnt": "was not",
    "werent": "were not",
    "ive": "i have",
    # chat shorthand ("what can u do"); a lone "r" is the language, unless it reads as "are" (_TEXTED_ARE)
    "u": "you",
    "ur": "your",
    "abt": "about",
    "gimme": "give me",
    "lemme": "let me",
}

_USER = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!(?:subteam\^)?[^>]*>")
_AT_NAME = re.compile(r"(?<![\w@])@[A-Za-z][\w.-]*")  # "@radar" typed where Slack would have made a mention
# the app's own name typed after "@", two words and all ("@MLOps Radar what is olmOCR?")
_AT_APP = re.compile(r"(?<![\w@])@mlops[ -]?radar\b", re.I)
_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")
_BARE_URL = re.compile(r"\bhttps?://\S+")
# an address typed without its scheme: "replicate.com", "wandb.ai/site"
_BARE_DOMAIN = re.compile(
    r"(?<![\w.@/])(?:www\.)?([A-Za-z0-9][A-Za-z0-9-]*)\.(?:com|ai|io|dev|org|net|co|app|sh|tech|cloud)(?:/[^\s,)]*)?"
    r"(?![\w.])"
)
_CODE_BLOCK = re.compile(r"```(.*?)```", re.S)
_CODE = re.compile(r"`([^`]+)`")
_EMOJI = re.compile(r"(:[a-z0-9_+'-]*[a-z][a-z0-9_+'-]*:|:[+-]1:)(?::skin-tone-\d:)?")  # ":tada:", ":+1:"
_EMPHASIS = re.compile(r"(?<![\w*~])[*~]+([^*~\n]+?)[*~]+(?![\w*~])")
_UNDERLINE = re.compile(r"(?<![\w_])_([^_\n]+?)_(?![\w_])")
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}
)
# the languages whose names are written with a sign
LANGUAGE_SIGNS = frozenset({"c#", "f#", ".net"})
# (a language's name keeps its sign: "C#", "F#", ".NET" after a space or a slash; "ML.NET" is a name's words)
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:#(?!\w))?|(?<![\w.])\.(?:net|NET|Net)\b")
_NUMBERED_PLURAL = re.compile(r"[a-z]+\d+s")
_ISATION = re.compile(r"i[sz]ation$")
_ISE = re.compile(r"i[sz](e|es|ed|ing|er|ers)$")
_CONTRACTION = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(CONTRACTIONS, key=len, reverse=True)) + r")\b", re.I
)


@dataclass(frozen=True)
class Cleaned:
    """A message with Slack's markup turned into plain words; code spans kept apart as explicit names."""

    text: str
    code: tuple[str, ...] = ()


def has_emoji(text: str) -> bool:
    """Whether a message holds an emoji, as a code (":+1:", ":tada:") or as the character itself ("👋"); a reaction
    typed as the whole reply is small talk."""
    return bool(_EMOJI.search(text or "")) or any(unicodedata.category(c) == "So" for c in text or "")


# what a reaction alone says, by its code or its character: a wave greets, folded hands thank
GREETING_EMOJI = re.compile(r":(wave|raised_hand|hand|hi):|\N{WAVING HAND SIGN}|\N{RAISED HAND}")
THANKS_EMOJI = re.compile(r":(pray|bow|heart|hearts|raised_hands):|\N{PERSON WITH FOLDED HANDS}|\N{HEAVY BLACK HEART}")


def reaction_kind(text: str) -> str:
    """The small talk a reaction typed alone is: a greeting, thanks, or a friendly remark."""
    if GREETING_EMOJI.search(text):
        return "greeting"
    return "thanks" if THANKS_EMOJI.search(text) else "chat"


def _labelled(url: str, label: str | None) -> bool:
    """Whether a link shows words of its own rather than its address."""
    # (Slack shows a pasted address without its scheme: <https://github.com/x/y|github.com/x/y>)
    return bool(label and label.strip() and _address(label) != _address(url))


def _address(link: str) -> str:
    """A link's address as people write it: no scheme, no "www.", no trailing slash, any case."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", link.strip().lower())
    return bare.removeprefix("www.").rstrip("/")


def _link_words(url: str, label: str | None) -> str:
    """A link reads as its label, or as the name its address suggests (dvc.org -> dvc)."""
    if label and _labelled(url, label):
        return label.strip()
    parsed = urlparse(url)
    if parsed.scheme == "mailto":
        return ""
    host = parsed.netloc.lower().removeprefix("www.")
    path = [p for p in parsed.path.split("/") if p]
    if host in {"github.com", "gitlab.com", "pypi.org", "huggingface.co"} and path:
        return path[-1]
    parts = host.split(".")
    return parts[-2] if len(parts) >= 2 else host


_TYPED_CHANNEL = re.compile(r"(?<![\w#])#[a-z0-9][a-z0-9_-]*", re.IGNORECASE)


_TYPED_COMMAND = re.compile(r"^/radar\s+", re.I)


def clean(text: str) -> Cleaned:
    """Remove what Slack adds around words: mentions, link markup, emoji, emphasis, entities."""
    code: list[str] = []

    def keep_code(match: re.Match[str]) -> str:
        # ("`/radar shap` — need a one-liner": the command typed in code asks what follows it)
        inner = _TYPED_COMMAND.sub("", match.group(1).strip())
        if inner:
            code.append(inner)
        return f" {inner} "

    raw = (text or "").translate(_QUOTES)
    raw = _USER.sub(" ", raw)
    # (a channel is where people talk, not what they ask about: "the waiter analogy people quote in #ml-platform")
    raw = _CHANNEL.sub(" ", raw)
    raw = _TYPED_CHANNEL.sub(" ", raw)
    raw = _SPECIAL.sub(" ", raw)
    raw = _AT_APP.sub(" ", raw)
    raw = _AT_NAME.sub(" ", raw)

    # (Slack links a typed address to itself: its label, "replicate.com", stays to be read as a typed address below)
    def linked(url: str, label: str | None) -> str:
        name = _link_words(url, label)
        if name and not _labelled(url, label):
            code.append(name)  # (a pasted address names its project as surely as code does: github.com/x/evidently)
        return f" {name} "

    raw = _LINK.sub(lambda m: linked(m.group(1), m.group(2)), raw)
    raw = html.unescape(raw)
    raw = _BARE_URL.sub(lambda m: linked(m.group(0).rstrip(".,)"), None), raw)
    raw = _CODE_BLOCK.sub(keep_code, raw)
    # (a typed address names its product as surely as code does; the address stays, "vast.ai" may be the name)
    code.extend(m.group(1) for m in _BARE_DOMAIN.finditer(raw))
    raw = _CODE.sub(keep_code, raw)
    raw = _EMOJI.sub(" ", raw)
    raw = _EMPHASIS.sub(r"\1", raw)
    raw = _UNDERLINE.sub(r"\1", raw)
    raw = raw.lstrip(" ,:;-")
    return Cleaned(" ".join(raw.split()), tuple(code))


# "list em", "compare 'em": them, after a verb that takes the thread's or the kind's tools
_THEM = re.compile(r"\b(list|compare|rank|show|name|sort|filter|give|gimme|pick|recommend) '?em\b", re.I)


# the chat spelling of "are" ("which serving engines r on here", "what r the options"), read only where "are" reads,
# after a plural or a question word: "tools for r users" keeps the language
_TEXTED_ARE = re.compile(
    r"(?:(?<=\w\ws)|(?<=\bwhat)|(?<=\bwhich)|(?<=\bwho)|(?<=\bhow)|(?<=\bwhere)|(?<=\bwhy)|(?<=\bthey)|(?<=\bthere))"
    r"\s+r\s+"
    r"(?=(?:on|in|there|available|open|free|good|best|supported|still|any|the|we|you|they|worth|ok|okay|cheaper|better)\b)",
    re.I,
)


# "ELI5 the quadrants": the chat idiom ("explain like I'm five") before what is to be explained, not the library
_ELI5_ASKED = re.compile(
    r"\beli5\b(?=\W+(the|a|an|what|how|why|me|us|this|that|these|those|it|them|our|your|pls|please)\b)", re.I
)


# "diff between assess and hold?": the difference, not a code diff
# "have", "are" and "will" after any word ("what've we got", "who're the vendors", "that'll work"); "'d" and "'s"
# stay in the table, since they read two ways
_SHORT_VERB = re.compile(r"\b([a-z]+)'(ve|re|ll)\b", re.I)
_LONG_VERB = {"ve": "have", "re": "are", "ll": "will"}
_DIFF_BETWEEN = re.compile(r"\bdiffs?\b(?=\W+(between|btw)\b)", re.I)


def expand_contractions(text: str) -> str:
    text = _ELI5_ASKED.sub("explain simply", text)
    text = _DIFF_BETWEEN.sub("difference", text)
    text = _TEXTED_ARE.sub(" are ", text)
    text = _CONTRACTION.sub(lambda m: CONTRACTIONS[m.group(1).lower()], text)
    text = _SHORT_VERB.sub(lambda m: f"{m.group(1)} {_LONG_VERB[m.group(2).lower()]}", text)
    return _THEM.sub(r"\1 them", text)


@dataclass(frozen=True)
class Token:
    """One word of a question with where it came from: its spelling, position and surroundings."""

    raw: str
    low: str
    stem: str
    start: int
    end: int
    glued_to_next: bool  # written against the next word with only punctuation between ("W&B", "Run:ai")
    sentence_start: bool
    listed_with_next: bool = False  # a slash or comma between it and the next word ("great expectations / soda")
    ends_sentence: bool = False  # a full stop, "!" or "?" and a space after it (not ".NET", not "model's")
    clause_start: bool = False  # first of a sentence, or after a comma, a dash or an opening parenthesis
    in_aside: bool = False  # inside parentheses: "explainability tools (for the governance paper)"
    quoted: bool = False  # inside double quotes: 'is "Cloud Run" approved?'


def tokens(text: str) -> list[Token]:
    result: list[Token] = []
    matches = list(_TOKEN.finditer(text))
    depth, quotes, scanned = 0, 0, 0
    for i, m in enumerate(matches):
        between = text[scanned : m.start()]
        depth = max(0, depth + between.count("(") - between.count(")"))
        quotes += between.count('"')
        scanned = m.start()
        between_next = text[m.end() : matches[i + 1].start()] if i + 1 < len(matches) else " "
        before = text[: m.start()].rstrip()
        result.append(
            Token(
                raw=m.group(0),
                low=m.group(0).lower(),
                stem=stem(m.group(0).lower()),
                start=m.start(),
                end=m.end(),
                glued_to_next=bool(between_next)
                and not any(c.isspace() for c in between_next)
                and between_next not in {",", ";", "?", "!", "/"},
                sentence_start=not before or before[-1] in ".!?:;\"'(",
                listed_with_next=between_next.strip() in {"/", ",", "+", "&"},
                ends_sentence=any(c in ".!?" for c in between_next) and any(c.isspace() for c in between_next),
                clause_start=not before or before[-1] in ".!?:;\"'(,\u2014\u2013" or before.endswith(" -"),
                in_aside=depth > 0,
                quoted=quotes % 2 == 1,
            )
        )
    return result


def words(text: str) -> list[str]:
    return [m.group(0).lower() for m in _TOKEN.finditer(text)]


# the short forms engineers write for words the vocabulary spells out
SHORT_FORMS = {
    # (a brand of laptop is a laptop: "run an open model on my macbook")
    "macbook": "laptop",
    "macbooks": "laptops",
    "db": "database",
    "dbs": "databases",
    "repo": "repository",
    "repos": "repositories",
    "infra": "infrastructure",
    "prod": "production",
    "eval": "evaluation",
    "evals": "evaluations",
    "recs": "recommendations",
    "perf": "performance",
    "hyperparam": "hyperparameter",
    "hyperparams": "hyperparameters",
    "hparam": "hyperparameter",
    "hparams": "hyperparameters",
    "env": "environment",
    "envs": "environments",
    "venv": "environment",
    "venvs": "environments",
    "dep": "dependency",
    "deps": "dependencies",
    "config": "configuration",
    "configs": "configurations",
    "pkg": "package",
    "pkgs": "packages",
    "lib": "library",
    "libs": "libraries",
    "algo": "algorithm",
    "algos": "algorithms",
    "viz": "visualisation",
    "o11y": "observability",
}
# "gpus", "cpus", "tpus": plurals of processor acronyms, where a Latin "-us" (status, corpus) is not meant
_ACRONYM_PLURAL = re.compile(r"^[bcdfghjklmnpqrstvwxz]pus$")


# adverbs that comment on what is said, not on how a job is done: "specifically", "basically"
SENTENCE_ADVERBS = frozenset(
    {
        "basically", "specifically", "realistically", "hypothetically", "practically", "theoretically", "technically",
        "typically", "historically", "physically", "ironically", "logically", "critically", "economically",
    }
)  # fmt: skip


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A crude, fast English stem, enough to match 'versioning our datasets' with 'version datasets'."""
    w = word.lower()
    if w in SHORT_FORMS:
        return stem(SHORT_FORMS[w])  # "vector dbs" is "vector databases"
    if len(w) == 3 and w.endswith("s") and not (set(w[:2]) & set("aeiouy")):
        return w[:2]  # "vms", "prs": plurals of two-letter abbreviations
    if _NUMBERED_PLURAL.fullmatch(w):
        return w[:-1]  # "H100s", "A100s": plurals of a numbered model
    if len(w) <= 3 or not w.isalpha():
        return w
    w = _ISATION.sub("is", w)
    w = _ISE.sub("is", w)
    if w.endswith("ically") and len(w) > 8 and w not in SENTENCE_ADVERBS:
        w = w[:-4]  # "automatically" is done the automatic way, "programmatically" the programmatic one
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ational", "at"), ("ation", "at"), ("ations", "at")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + replacement
            break
    if w.endswith("s") and (not w.endswith(("ss", "us", "is")) or _ACRONYM_PLURAL.match(w)) and len(w) > 3:
        w = w[:-1]
    for suffix in ("ing", "ed", "er"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "sl" or base.endswith("ll"):
                base = base[:-1]
            w = base
            break
    # (a quality and its adjective are one word: "interpretability" and "interpretable", "observability")
    for suffix, adjective in (("ability", "abl"), ("ibility", "ibl")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + adjective
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w
