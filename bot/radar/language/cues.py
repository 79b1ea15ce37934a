"""The cues a question is read by: regular expressions and word lists over its lower-cased words."""

from __future__ import annotations

import re

from bot.radar.language.text import stem


def cue(pattern: str) -> re.Pattern[str]:
    """A cue, matched against the lower-cased words of a message joined by single spaces."""
    return re.compile(pattern)


# Cues read on the lower-cased words of a question joined by single spaces.
COMPARE_CUE = cue(
    r"\b(vs|versus|compare|compared|comparing|comparison|difference|differences|differ|different from|better|worse|"
    r"rather than|instead of|over|between|which one|which of|pros and cons|against|or|than|side by side)\b"
)
RECOMMEND_CUE = cue(
    r"\b((something|some tool|a tool|a service|tools?) (to|for|that|which)|recommend(?!er)\w*|suggest|suggestions?|"
    r"recs|"
    r"what should (we|i) use|looking for|options for|best way|a way to)\b"
)
LOOKUP_FRAME = cue(
    # (the longer frame first: "what is our take on polars" asks about polars, not about "our take")
    r"^((what is|whats) (our|the team s|the radar s|your) (position|take|stance|view|opinion) on|(what is|whats) the "
    r"radar (say|think) (of|about)|what (does|do) (the radar|you|we) (say|think) (of|about)|is(?! there)|"
    r"are(?! there)|what is|what are|whats|what (exactly|actually|really) (is|are)|"
    r"tell (me|us)( a bit| a little)?( more)? about|"
    r"(some |any |more )?(info|infos|information|details) (on|about)|thoughts on|opinions on|opinion on|what "
    r"about|how about|have you heard of|what do you know (about|of)|do you know|ever heard of|"
    # ("has anyone assessed garak", "anybody played with X", "have we evaluated X")
    r"((has |have |did )?(anyone|anybody|someone|somebody)|(have|has|did) (you|we|the team)) (ever )?(used|tried|"
    r"looked at|evaluated|assessed|tested|played with|worked with|checked out|looked into|trialled|trialed|piloted|"
    r"rated|reviewed|vetted|benchmarked)|"
    r"any experience with|"
    # ("does the radar have an opinion on Microsoft Presidio", "do we have a card for medspacy?", "does the radar say
    # anything about lifelines?")
    r"(does|do) (the radar|you|we|the team) have (an |a |any )?(opinion|view|take|stance|position|verdict) on|"
    r"(does|do) (the radar|you|we|the team) have (an |a |any )?(card|entry|page|notes?) (for|on|about)|"
    r"(does|do) (the radar|you|we|the team) (say|know|have) anything (about|on)|"
    # ("anyone know what kitops is? saw it in a kubecon talk ...")
    r"(does |do )?(anyone|anybody|someone|you) know what|"
    r"(can|could) (someone|anyone|you) (explain|tell me) (what|where)|"
    r"who makes|what do "
    r"(we|you|people|folks) think (of|about)|should we use|"
    r"should we try|can we use|do we allow|are we allowed to use|"
    r"should we adopt|should (we|i) (move|switch|migrate|port)( \w+){0,3} (to|onto)) "
    r"(?P<name>\S+(?: \S+)?)"
)
# nouns a tool's name modifies when the tool is the setting, not the answer ("pytorch models", "pandas jobs")
MODIFIED_NOUNS = frozenset(
    {
        "model",
        "models",
        "library",
        "libraries",
        "job",
        "jobs",
        "endpoint",
        "endpoints",
        "code",
        "codebase",
        "app",
        "apps",
        "project",
        "projects",
        "cluster",
        "clusters",
        "scripts",
        "script",
        "notebooks",
        "workloads",
        "workload",
        "calls",
        "dataframe",
        "dataframes",
        "tables",
        "queries",
        "files",
        "service",
        "services",
        "users",
        "shop",
        "stack",
        "setup",
        "logs",
        "dags",
        "dashboards",
        "checkpoints",
        "diffs",
        "versions",
        "exports",
        # (what the person's own data or accounts live in: "our clickstream kafka topics", "the ML aws accounts")
        "topics",
        "topic",
        "accounts",
        "account",
        "events",
        "streams",
        "instances",
        "buckets",
        "tenant",
        "subscription",
        "side",
    }
)
AMOUNTS = frozenset({"lots", "lot", "tons", "loads", "bunch", "piles", "terabytes", "gigabytes", "petabytes"})
SETTING_WORDS = frozenset({"on", "with", "in", "into", "alongside", "inside", "onto"})
# comparing words that need not stand between the names: "between X and Y", "which one, X or Y"
ANYWHERE_COMPARE_CUE = cue(
    r"\b(between|which one|which of|pros and cons|side by side|different from|"
    # ("the shortlist for drift monitoring is Evidently and NannyML", "we narrowed it down to X and Y")
    r"short ?list(ed)?|narrowed (it |things )?down to|down to (two|2|three|3))\b"
)
STRICT_COMPARE_CUE = cue(
    # (a condition compares nothing: "train, evaluate, deploy if better")
    r"\b(vs|versus|compare|compared|comparing|comparison|differ|difference|differences|(?<!\bif )(?<!\bif it is )"
    r"(better|worse)|stacks? up|"
    r"against each other|(how|in what way|in what ways) (are|is) (they|these|those|the two|the three|all three|both) "
    r"(really |actually |even )?different)\b"
)
# "show" said to the bot: first in a sentence, after a please or a can-you, or with "me"/"us"
# (not one tool's card: "show me the card for cloud run")
SHOW_ASKED = (
    r"((?<![\w,] )show|(please|pls|plz|can you|could you|would you|just) show|show (me|us))"
    r"(?! (me |us )?(the |its |your |a )?(card|entry|placement|verdict|write-?up)\b)"
)
LIST_CUE = cue(
    r"\b(list|listing|listed|give me the|give me all|show|all(?! in\b)|every|everything|which tools|what tools|"
    r"which are|what are|what is on|"
    r"what is in|whats on|anything on|anything in|tools on|tools in|tools are|in the|on the|catalog|overview|"
    r"(your|the|full|whole) inventory|"
    r"enumerate|options in|are there|do we have|we have|available|exist|exists|out there)\b"
)
# asking for every tool of a kind: "list the feature stores", "which vector dbs are on the radar"
# "every" and "everything" ask for a list unless they count events or things the person has
EVERY_ITEM = (
    r"(every (single )?(tool|tools|option|options|library|framework|platform|one|vendor|product|service|database|"
    r"store|tracker|orchestrator|alternative|choice)|"
    # ("every feature store that's open source", "every llm inference engine, please": the kind told in a few words
    # before its noun; not an event counted, "every time the tracking server restarts")
    r"every(?! (single )?(time|day|night|week|month|year|morning|hour|minute|run|release|sprint|deploy|quarter|"
    r"model|job|request|commit|customer|team|project|prompt|message|step|row|event|call|user|session|shiny|new|"
    r"little)\b)( [\w/-]+){1,3} (tool|library|lib|framework|platform|vendor|product|database|db|store|tracker|"
    r"orchestrator|engine|runtime|scheduler|gateway|proxy|sdk)\b(?! calls?\b)"
    r"(?! (we|i|you|they) (use|used|run|ran|tried|built|wrote))|"
    # ("every open source ci/cd tool", "every free / open-source labelling tool"): the kind, told in a few words
    r"(^|\b(list|show|give|name)( me| us)? )every( [\w/-]+){1,5} (tools?|options|librar(y|ies)|frameworks?|"
    r"platforms?|vendors|products|services|databases|stores|trackers|orchestrators|things?|stuff)\b"
    r"(?! (we|i|you|they) (use|used|run|ran|tried|built|wrote))|"
    r"every \w+( \w+)? (on|in|under) (the|our|your) (radar|catalog|"
    r"ring|quadrant)|everything (on|in|under) (the|our|your|this) (radar|catalog|ring|quadrant|list)|everything "
    r"(tagged|you (know|have|track))|(show|list|give)( me| us)? every(thing)?|every \w+( \w+){0,3} (you|we|the "
    r"radar|the catalog|it) (have|has|know|knows|track|tracks|cover|covers|lists|have got|got|ve got))"
)
# "all" asks for a list unless it greets ("hi all"), describes ("is all buzzwords") or means "all of ours"
# ("use all of them", "land it all", "for all six teams", "label it all by hand" count what the person has)
ALL_ITEMS = (
    r"(?<!at )(?<!hi )(?<!hey )(?<!hello )(?<!thanks )(?<!morning )(?<!y )(?<!is )(?<!are )(?<!was )(?<!it )(?<!them )"
    r"(?<!we )(?<!us )(?<!for )all(?! in\b| on\b| our\b| my\b| of our\b| the time\b| of (them|it|us|these|those)\b| "
    r"\d| (two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)\b| by hand\b| at once\b| day\b| tier\b| "
    r"night\b| week\b| along\b| over\b| the way\b| or nothing\b| or none\b)"
)
COUNTED_BEFORE = frozenset({"every", "each", "a", "per", "free", "one", "another", "many", "several", "hpo", "tuning"})
# "list" as the ask ("a list of", "list the trackers", "pls list"), not a thing in the data ("a genre list per title")
LIST_WORD = (
    r"((a|the|full|whole|complete|your|quick|short|long) list|(an|a quick|a short|a full) overview of( \w+){0,4} "
    r"(tools|libraries|libs|frameworks|platforms|options|vendors|products)|list (of|all|the|every|them|those|these|it|"
    r"your|tools|options|some|a few|what|which|me|us|any|out|everything|pls|please|plz|em)|(pls|please|just|can you|"
    r"could you|would you) (list|enumerate)|list\W*$|"
    # ("can I get the rundown of vector databases", "want the full menu before we pick", "just the names pls")
    r"(the|a|full|quick|complete) run ?down|(the )?(full|whole) menu|just the names|names only|see the spread)"
)
# a list asked for in so many words, whatever pick a question before it asked: "which tools could we use for
# this? just list the options, we'll pick later", "LLM tracing tools - all of them please"
LIST_COMMANDED = cue(
    r"\b(just|pls|please|plz|only|simply) list\b|^(list|enumerate)\b|[.!?] (list|enumerate)\b|"
    r"\ball of them (please|pls|plz)\b|"
    # ("what's out there for running LLMs on our own hardware? just the list please, not a recommendation yet")
    r"\bjust the (full |whole )?list\b|\bthe list (please|pls|plz)\b|\bnot a recommendation\b|"
    # ("for our tooling register I need the complete set of ... a list is fine, no recommendation needed")
    r"\b(a|the) list (is|would be) (fine|enough|ok|okay|great)\b|\bno recommendations? (needed|required|necessary)\b|"
    r"\b(the )?(complete|full|whole|entire) set of\b|"
    r"\ban inventory of( \w+){0,3} (tools|toolkits|libraries|libs|frameworks|options|platforms)\b|"
    r"\bwhat (have|has) (you|we|the radar) got\b|"
    # ("labelling tools, all of them, the merch team wants to see what's out there")
    r"^([\w/-]+ ){1,4}(tools|libraries|libs|frameworks|platforms|options|ones),? all of them\b"
)
# the word "list" said as the ask: "GPU schedulers for kubernetes, list them"
LIST_SAID = cue(r"\b" + LIST_WORD + r"\b")
# a kind named in a few words, then the field asked for: "model serving options, what's out there?", "LLM gateways /
# proxies, what exists?" (after a need told at length the same words ask for a pick: "... uplift modelling, what's out
# there?")
KIND_FIELD_ASKED = cue(r"^(\w+ ){1,5}(what is|what else is|whats|what s) out there$|^(\w+ ){1,5}what (else )?exists?$")
# a kind of tool asked for by its licence: "which CI/CD tools are open source?", "orchestrators that are fully OSS"
LISTED_KINDS = (
    r"(tools|libraries|libs|frameworks|platforms|options|ones|dbs|databases|stores|services|orchestrators|trackers)"
)
LICENCE_FILTER = r"(fully |truly |actually |all )?(open source|commercial|free|paid|managed|self hosted|proprietary)"
KIND_BY_LICENCE = cue(
    rf"^(what|which) (\w+ ){{0,3}}{LISTED_KINDS} (are|is) {LICENCE_FILTER}\b"
    rf"|^(\w+ ){{0,3}}{LISTED_KINDS} (that|which) are {LICENCE_FILTER}\b"
)
# the one tool of a message asked about as "it": "where does the radar put it?", "or is it too new?"
ASKED_OF_IT = cue(
    r"\b(put|place|places|rate|rates|view on|take on|think of|say about|opinion on|position on|stance on) it\b|"
    r"\bis it (too|ok|okay|good|worth|mature|ready|stable|safe|any good|still)\b|\bwhere does (it|that) (sit|go|land)\b"
)
# "which rings are they in?", "ok and which ring is each in?": the place of every tool the thread compared
EACH_RING_ASKED = cue(r"\b(what|which) rings?\b.*\b(each|both|they|them|those)\b")
# a kind's list asked with some of it left out: "CI/CD tools, but only the ones that don't need kubernetes", "big data
# options but skip the AWS ones", "vendor AI platforms, excluding anything AWS or Google"
LIST_FILTERED = cue(
    rf"\b{LISTED_KINDS} (but )?((only|just) the( \w+)? ones|(skip|skipping|excluding|exclude|except|minus|drop|not) the"
    rf"( \w+){{0,2}} ones)\b|^([\w/-]+ ){{0,4}}{LISTED_KINDS} (excluding|except|minus|apart from|but not)\b|"
    # ("what monitoring tools exist, minus the enterprise-priced ones?": the kind, then what to leave out of it)
    rf"\b{LISTED_KINDS}\b[^?.!]{{0,40}}\b(minus|excluding|except|leave out|leaving out|skip|skipping|without) the"
    rf"( [\w-]+){{0,3}} ones\b"
)
LIST_ASK = cue(
    r"^(list|show|enumerate)\b|^(give|show) (me|us) (the|all|every)\b|\b("
    + LIST_WORD
    + r"|all the(?! (way|time)))\b|\b"
    + EVERY_ITEM
    + r"\b|"
    r"\bwhat( \w+){0,3} (have|has) (we|you) got\b|"
    # ("what orchestrators exist besides airflow?")
    r"^what( \w+){1,3} (exist|are out there)\b|"
    # ("curious what on-device / edge inference runtimes exist besides the usual onnx stuff")
    r"\bwhat( [\w/-]+){1,5} (exist|are out there)( besides| apart from| other than| beyond| on the radar| in the "
    r"catalog|\W*$)|"
    # ("what LLM inference servers / engines are in the catalog?")
    r"\b(what|which)\b.{0,50}\bare (in|on) (the|our|your) (catalog|catalogue)\b|"
    r"\b\w+s you (know|have|track)( about| of)?\b|"
    r"\bwhich\b.{0,50}\b(are(?! (worth|the best|best|good|any good|better|decent|"
    r"solid|recommended|suitable|mature))|do (we|you)|on the radar|in "
    r"(adopt|trial|assess|hold)|exist)\b|\bwhat\b.{0,50}\b(do (we|you) (have|know|track)|"
    r"are (out )?(there|on the radar)|are in (adopt|trial|assess|hold))\b|\bwhat \w+( \w+){0,5} exists?\W*$|"
    r"\banything on the radar\b|\bon the radar for\b|"
    r"\b(in|on) (the|your) (catalog|catalogue|radar)$|"
    r"\b(on|in) (the|your) menu\b|"
    # ("what LLM tooling is on here?", "which big data services are listed?": on the radar, asked of the bot)
    r"\b(is|are) (on|in) (here|there)\W*$|\b(which|what)\b.{0,50}\b(are|is) listed\b|"
    # ("CI/CD tools on the radar (not the k8s-native ones)")
    r"\b(tools|options|libraries|libs|frameworks|platforms|services) (are on|on) the radar\b|"
    + KIND_BY_LICENCE.pattern
    # ("CI/CD tools, but only the ones that don't need kubernetes", "big data options but skip the AWS ones",
    # "vendor AI platforms, excluding anything AWS or Google": the kind's list, some of it left out)
    + r"|"
    + LIST_FILTERED.pattern
    + r"|\b(which|what) (tools|ones|things|services|products)( \w+)? (in|on) ((the|your|our) "
    r"(catalog|catalogue|radar|menu)|here)\b|\bwhat is (in|on) (the|your|our) (catalog|catalogue|radar) "
    r"for\b|^name (the|all|every|some)\b|\b(you|the radar|the catalog|the "
    r"catalogue|our radar) (track|tracks|know|knows|know of|have|has|list|lists|cover|covers)$|\bdoes the (catalog|"
    r"catalogue|radar) (have|list|know|cover)\b|^(\w+ ){0,3}(libraries|tools|frameworks|platforms|stores|trackers|"
    r"databases|clouds|engines|services|providers|orchestrators|libs)$|^which (tools|libraries|frameworks|platforms|"
    r"ones) (do|does|can|handle|support)\b|^which (\w+ ){0,2}\w+s (can|could) (we|i|you) (self host|host|run|"
    r"install)\b"
)
RING_MEANING_CUE = cue(
    r"\b(difference between|differences between|mean|means|meaning|meant|stand for|stands for|definition|define|"
    r"signify|strategy|what to do|what should (we|"
    r"i) do|do with|treat|handle|supposed to|explain|implies|imply|how should (we|i) use|what happens|have to|"
    r"rip (it|them) out|still (use|run)|keep (using|running)|stop using|allowed to|ok to|okay to|bans?|banned|"
    r"forbidden|prohibited|prohibido|mandatory|never (use|touch|use it)|not yet|off limits|compulsory|obligatory|"
    r"binding|ends? up|kinds? of (stuff|things|tools)|(the )?same (thing )?as|equivalent (to|of)|"
    r"obliges?|obligations?|entails?|expected of (us|me|the team)|commits? (us|me|the team) to|"
    # ("what does Adopt expect from us concretely?", "what does trial require of a team?")
    r"(expect|expects|require|requires|ask|asks|demand|demands) (from|of) (us|me|the team|a team|teams|everyone|"
    r"projects?)|(put|use|run|deploy|"
    r"ship|take) (it|them|that|this|\w+ tools?) (in|into|to) (production|prod)|"
    # ("what makes a tool land in hold?", "what gets something put on hold")
    r"(makes?|gets?|puts?) (a tool|tools|something|things|it|them) (land|end up|go|get put|put|moved?|placed?)? ?"
    r"(in|on|into|onto))\b"
)
# whether a ring binds every project: "is kubernetes mandatory now that it's in Adopt?", "a no-brainer, really?"
RING_OBLIGATION = cue(
    r"\b(no brainers?|contradiction|contradicts?|contradictory|mandatory|compulsory|obligatory|forced to|required to|"
    r"obliged to|(do|does|must|should) (we|i|every \w+|everyone|all \w+) (have to|need to|must) (use|run|adopt)|"
    r"(have|need) to (use|run|adopt) it (everywhere|always|on every)|every project)\b"
)
# the catalog set against the team's radar: "is the catalog the same as our team radar?", "what does 'not on our
# radar yet' mean?"
CATALOG_VS_RADAR = cue(
    # (both named anywhere, and told apart anywhere: "the bot says 'catalog' and sometimes 'our radar'. are those
    # different things?")
    r"^(?=.*\b(catalog|catalogue)\b)(?=.*\bradar\b)(?=.*\b(same|different|difference|differences|differ|distinction|"
    r"confused|confusing)\b)|"
    # ("is that from our radar or from some bigger list?")
    r"\b(our|the|your) radar or (from )?(some|a|the|your) (bigger|wider|larger|longer|full|general|whole) "
    r"(list|catalog|catalogue|database)\b|"
    r"\b(catalog|catalogue)\b.{0,60}\b(same|different|difference|differ|vs|versus|compared?|other)\b.{0,40}\bradar\b|"
    r"\b(difference|differences|diff|differ|distinction) between (the |our |a |your )?(catalog|catalogue|radar)\b|"
    r"\bradar\b.{0,60}\b(same|different|difference|differ|vs|versus|compared?)\b.{0,40}\b(catalog|catalogue)\b|"
    r"\bnot on (our|the|your) radar yet\b.{0,40}\b(mean|means|meaning)\b|\b(mean|means|meaning)\b.{0,40}\bnot on "
    r"(our|the|your) radar yet\b|"
    # ("what's the catalog?", "what is this catalog thing")
    r"^(so |ok |and )?(what is|whats|what s) (the|this|your) (catalog|catalogue)( thing)?\W*$|"
    # ("is the radar the full list of tools or only the ones our team has picked?": everything known, or the team's)
    # ("is the radar a list of every tool out there or what our team actually decided?")
    r"\bradar\b.{0,40}\b(full|whole|complete|entire|every|all)\b.{0,30}\bor (only|just|what|the ones|those)\b.{0,40}"
    r"\b(we|team|our|us)\b|"
    # ("is everything you know about actually on our radar, or are some just things you know exist?")
    r"\b(everything|all|every tool|all the tools) (you|the bot) (know|knows|list|lists|show|shows|mention|mentions)\b"
    r".{0,60}\b(our|the team s) radar\b"
)
# what a quadrant holds, asked of the quadrant: "which categories are in the Specialized ML Tools quadrant?", "what is
# the Cloud Platforms quadrant supposed to contain?"
QUADRANT_MEANING = cue(
    r"\bcategor(y|ies)\b|\bsupposed to (contain|hold|have|be)\b|\bmeans? for a tool to be in\b|\bkinds? of (tools|"
    r"things|stuff) (go|goes|belong|end up)\b|\bwhat goes (in|into)\b|\bquadrant (mean|means|cover|covers|stand for)\b"
)
# words that name nothing but the framework's own ideas: the personas, the quadrants, the two axes
# (not a character's "persona", nor a plot's "x axis")
FRAMEWORK_TERMS = cue(
    r"\b(personas|(the|which|what|a|our|my|each) (\w+ )?persona(?! (prompt|prompts|voice|tone|chat|bot|description))|"
    r"quadrants?|axes|(scope|artifact) axis|piecemeal|"
    r"software focused|model focused|(in|of|by|from) the (radar s |radars )?framework)\b"
)
AXES_CUE = cue(
    r"\b(axes|axis|quadrants|piecemeal|all in one|model focused|software focused|scope axis|artifact axis|the map)\b|"
    # words that also describe data or documents ("structured text", "the artifact store") ask about the map only
    # when the radar, its tools or its catalog is what is organised
    r"\b(radar|catalog|catalogue|tools|framework|map|it)\b.{0,40}\b(artifact|landscape|organised|organized|structured|"
    r"laid out|layout|dimensions|arranged|split up)\b|\b(landscape|layout|dimensions)\b.{0,30}\b(radar|catalog|"
    r"catalogue|tools|framework)\b"
)
HELP_CUE = cue(
    r"^(help|ping|test|are you there|you there)( radar| bot| there| please| pls| plz| me| us)?$|\b(what (else )?(can|"
    r"could) you( actually| really| even| exactly)? do|"
    # ("can I vote on rings through you?": what the bot does, asked of it)
    r"(vote|votes|voting|propose|nominate)\b.{0,30}\b(through|via|with|using) (you|the bot|this bot|radar)\b|"
    r"what do you( actually| really| even| exactly)? do|how do "
    r"(i|we) use you|how (do|can|should) (i|we) use (this|the|you) ?(bot|radar|thing|app)?$|how (do|can|should) "
    r"(i|we) use( the| this)? (radar|bot|slash command|command)$|how (do|can) (i|we) use "
    r"(this|the) (bot|radar)|what are you(?! (\w+ing|up to)\b)|who are you|what can (i|we) ask|how does this bot "
    r"work|how do you work|what do you know(?! (about|of) (?!(mlops|ml|tools|things|stuff|everything|anything)\b)\w)|"
    r"what (kind|kinds|sort|sorts|type|types) of (stuff|things|questions) (can|could|do|"
    r"should) (i|we)|example (questions|prompts)|examples of (questions|what)|how (to|do i|should i|do we|should we) "
    r"(phrase|word|ask)|what is this bot|what are you for|how does this (bot |thing )?work|getting started|how to use "
    r"(you|this|the bot|the radar)|what can i do (here|with you|with this)|how can you help|can you help( me| us)?$|"
    r"intro(duce yourself)?$|explain yourself|how (am i|are we) (supposed|meant) to (ask|use|talk to)|(any|what|which) "
    r"syntax|is there (a|an) (manual|user guide|guide|cheat ?sheet|faq|help page|syntax|format)|how (do|can) (i|we) "
    r"(get|make) you( to)?|"
    r"tips (for|on) (using|asking) (you|the (radar |)bot|the radar|this)|(manual|user guide|cheat ?sheet) for (you|"
    r"the bot|the radar|this bot)|what do you (cover|support|handle)|what (can|could) (this|it|the bot|this bot|the "
    r"radar|"
    r"radar|this thing) do|(show|tell) me what you can do|what features|(list|show)( me)?( the| your| all)? "
    r"commands|^(instructions|docs|documentation|usage|commands|manual|how to use|examples?)$|get started|how to "
    r"use$|what (do|should|can) (i|we) (type|write|say)|can (i|we) ask( you)?( about)?|(show|give) me (some )?"
    r"examples|i need help|need help$|(use|ask|talk to|message|reach) (this|you|the bot|radar|it) (in|from|via) "
    r"(a |an )?(dm|dms|direct message|channel|thread|private))\b|\bhow (do|can|should) (i|we) use (the |this )?(radar|"
    r"bot|slash command)\b|\bare there (any )?commands\b|\bfirst time (here|using (you|this|the bot|radar)|"
    r"with (you|this bot))\b|\b(dm|mention|ping) (you|the (radar )?bot|radar( bot)?)\b|"
    # ("is there a way to ask you stuff without pinging the whole channel? like a DM?")
    r"\b(ask|message|talk to) (you|the bot|radar)\b.{0,40}\b(dm|dms|direct message|privately|in private|without "
    r"(pinging|spamming|bothering|notifying))\b"
)
# help with one of the bot's own commands: how to propose, vote, see the picture ("how do i propose a new tool for the
# radar", "where do I see the radar picture?"); the answer is the command list
COMMAND_HELP = cue(
    r"\b(slash commands?|what commands|which commands|the commands|your commands|list of commands|commands? list|"
    r"commands (do you|can i|are there))\b|\bhow (do|can|should|would) (i|we) (propose|suggest|nominate|vote|"
    r"start (a|the) (vote|poll)|open (a|the) poll|subscribe)\b|"
    r"\bhow (do|can|should|would) (i|we) (add|submit|see|view|get|find|edit)\b.{0,50}\b(radar|poll|vote|picture|"
    r"chart|web page|(to|in|from|into|on) (the|your|our) (catalog|catalogue))\b|"
    r"\bwhere (do|can) (i|we) (see|view|find|get) (the|our) "
    r"(radar )?(picture|chart|page|web page|poll)\b|\b(show|see|view|get)( me| us)? (the|our) (whole|full|entire) "
    r"radar\b|\b(picture|chart|diagram|image|drawing|screenshot|snapshot|link)( or (a )?\w+)? of (the|our) "
    r"(whole |full |entire )?(team s |team )?radar\b|\b(can|could|how (do|can|would)) (i|we) "
    r"((export|download) (the|our|this) (radar|catalog)|subscribe|get notified|be notified|get (a )?notifications?)\b|"
    r"\bhistory of (a|the|this|that) tool\b|\b(where|what)( is| s) (the )?radar( s)? (web ?page|page|link)\b|"
    r"\b(web ?page|page|link) (of|for|to) (the|our) (full |whole )?radar\b|"
    # ("is there a link to the full radar picture I can paste into the deck?", "how do I actually vote?")
    r"\blink to (the|our) (full |whole )?radar\b|\bhow (do|can|should) (i|we) (actually |even |just )?vote\b|"
    # ("what's the command to compare two tools?", "how do I change a tool's owner?", "how do I retire a tool from the
    # radar?": what only a command does)
    r"\b(what is|whats|which is|what s) the (command|syntax) (to|for)\b|"
    r"\bhow (do|can|should) (i|we) (change|set|edit|update|retire|remove|delete|archive|close|open|reopen)\b.{0,40}"
    r"\b(owner|note|notes|ring|rings|poll|polls|vote|radar|entry)\b|"
    # ("how do I make your answer visible to the whole channel?", "why did you answer only to me?")
    r"\bshare button\b|\bvisible to (the|everyone|everybody|others|my team)\b|\b(answer|answered|reply|replied|"
    r"respond|responded) (only )?(to me|just to me|only to me|privately)\b|\bonly (i|me) (can )?see\b|"
    # ("can I add my own tool to the catalog?", "can i propose a tool that isn't on the radar yet?", "can I add a tool
    # to our radar through you?")
    r"\bcan (i|we) (add|submit)\b.{0,40}\b(to|into) (the|your|our) (catalog|catalogue)\b|"
    # (but how proposing works is the team's votes: "can I propose a new tool for the radar? how does that work")
    r"\b(can|could|may) (i|we|anyone|someone|people) (propose|suggest|nominate|add|submit)\b.{0,40}\b(radar|tool)\b"
    r"(?!.*\bhow (does|do|would|will) (that|it|this|the process) work)|"
    r"\bnotif(y|ied|ications?)\b.{0,40}\b(tool|tools|ring|rings|radar|moves?|poll)\b|"
    # how a poll is used, not what it decides ("can I change my vote after I click?", "where do I vote?", "when does
    # the weekly poll close?")
    r"\b(change|undo|take back|retract|switch|withdraw) (my|a|our) votes?\b|\bwhere (do|can|should) (i|we) vote\b|"
    # ("why did my vote not count?", "who can close a poll?", "how do I share your answer?", "how do I unsubscribe
    # this channel?", "a web page with the whole radar?")
    # (the bot's own features, each asked in its own words: answers shown to one person, the history and the
    # admins, owners and notes, polls started or moved, the bot in a channel, an export, the radar as a picture)
    r"\bonly visible to (you|me)\b|\bonly (showed|shows|show) up for me\b"
    r"|\bshare it (to|in|with) (the )?(channel|team)\b"
    r"|\bwhere (can|do) (i|we) see\b.{0,60}\b(changed rings?|ring changes|who voted)\b"
    r"|\b(who are|who is) the admins?\b"
    r"|\b(get|have|has|need|give|grant|become|be an?)( me| us| them)? admins?( (rights|access|role))?\b"
    r"|\b(become|make me|set|change) (the )?owner\b|\bhand (over )?ownership\b"
    r"|\b(attach|add|write|leave) (a |an )?notes? (to|on|for) (a|the|this|that|our) (tool|entry)\b"
    r"|\b(kick off|trigger|start|open|run) (a|the) (poll|vote) (now|right now|for)\b"
    r"|\b(can|could|may) (\w+ ){0,4}use (the|this) bot\b|\bneed to install\b"
    r"|\b(add|invite) (the )?(bot|radar|you)( bot)? (to|into)\b|\binvite\b.{0,20}\b(find|work|bot)\b"
    r"|\bexport\b.{0,30}\b(radar|catalog)\b|\b(radar|catalog)\b.{0,30}\b(as )?(csv|json)\b"
    r"|\bcan (i|we) still vote\b|\b(get|have|see) the radar as (an? )?(image|picture|link|pdf|png|chart)\b"
    r"|\b(move|change|reschedule) the (weekly )?poll\b"
    r"|\bhow do (i|we) (actually )?use (this|the) (bot|thing|app)\b|"
    r"\bmy votes? (did not|does not|not|never) (count|register|show|go through|get counted)\b|\bwho (can|may|is "
    r"allowed to) (close|open|start|edit|override|retire)\b|"
    r"\b(share|post|forward|show) (your|the|this|an?) (answer|reply|result|card)s?\b|\bunsubscribe\b|"
    r"\b(web ?page|webpage|page|link|site|url|dashboard) (with|for|of|to|showing) (the|our) (whole |full |entire )?"
    r"radar\b|"
    r"\bvote after (it|the poll|voting) (closes|closed|ends|ended|is closed)\b|\bwhen (does|do|will|is) (the |a )?"
    r"(weekly |next )?(poll|polls|vote|voting)( run| runs| open| opens| close| closes| start| end| ends| happen| go "
    r"out| due)\b"
)
# how the team's votes work, asked with the person's own part in them: how to take part is the commands' help
# ("how does the weekly vote work? i want qdrant moved up to adopt", "... i missed the poll, can i still change a
# tool's ring?")
VOTE_WORKINGS = cue(r"\bhow (does|do) (the )?((weekly|ring|team) )*(vote|voting|votes|poll|polls|polling) work\b")
OWN_PART_IN_VOTE = cue(
    r"\b(i|we) (missed|miss|skipped)\b.{0,30}\b(poll|polls|vote|voting)\b|\bwithout me\b|"
    r"\bcan (i|we) (vote|start|still|change|open)\b|\bwhere do (i|we) (click|vote)\b|"
    r"\b(i|we) (want|would like|d like|wanna)\b.{0,40}\b(moved|move|moving|push|promote|promoted|up to|up a ring|"
    r"into (adopt|trial|assess|hold))\b"
)
# help asked in the languages the greetings come in ("hilfe - welche Befehle gibt es?"): its other words are no
# names, even when one is a letter away from one ("gibt" is not git)
FOREIGN_HELP = cue(r"^(hilfe|aide|ayuda|aiuto|ajuda|hjälp|hjelp|pomoc)\b|\b(befehle|commandes|comandos|comandi)\b")
# questions about the bot itself: what it can do and how to ask it
# (asking for the commands themselves is COMMAND_HELP's, tried first)
ABOUT_THE_BOT = cue(
    r"^(commands|usage|syntax|options|menu)$|\bwhat (kind|kinds|sort|sorts|type|types) of (questions|things)\b|\b(can|"
    r"could|do) you (do|handle|answer|make)\b.*\b(or|just|only)\b|\bhow (do|can|should) (i|we) ask you\b|\b(special|"
    r"what) syntax\b|\bas a (picture|web page|webpage|page|image)\b|"
    # (how it is used: "what's the syntax", "the /radar command or can I just @ you", "how do i talk to it", "does
    # this thing remember context")
    r"\b(what is|whats) the (correct |right |exact )?syntax\b|\bsyntax (for|of) (a |the )?(query|queries|"
    r"questions?|asking|submitting)\b|\b(the )?(/radar|slash|radar) command\b|\bhow (do|can|should) (i|we) talk to "
    r"(it|you|the bot|radar)\b|\b(remember|remembers|keep|keeps) (the )?context\b|\brepeat myself\b|\bfunctions "
    r"(this|the) bot\b|\b(this|the) bot (provides|offers|supports)\b|\bwhat is (@ ?)?radar for\b|\b(just|only) "
    r"(@ ?)?(you|radar) (in|from|via) (a |the )?(thread|channel|dm)\b|"
    # ("if I reply in the thread do you remember what we were talking about?", "do I need to repeat everything?")
    r"\b(do|does|will|can) (you|it|the bot|radar) remember\b|\brepeat (everything|it all|the question|myself)\b|"
    r"\breply in (the|a|this) thread\b|"
    # ("can I DM the radar or does it only work in channels?")
    r"\b(dm|message|ping|tag|mention|use|talk to) (the radar|the bot|radar|you)\b.{0,40}\b(channels?|dms?|threads?|"
    r"private|public)\b|\b(does|do|will|can) (it|you|the bot|the radar) (only )?work (in|from|outside) \w+|"
    # ("do I have to tag you every time?", "answers in a DM instead?", "can admins override a vote?", "which tools do
    # I own?")
    r"\b(do|must|should) (i|we) (have to|need to)? ?(tag|mention|ping|@) (you|the bot|radar)\b|\btag you every time\b|"
    r"\b(answers?|replies|reply) (in|by|via) (a |my )?(dm|dms|direct message)\b|\b(in|by|via) (a )?(dm|direct "
    r"message) instead\b|\bcan (an? )?admins?\b.{0,30}\b(override|overrule|change|edit|veto|move)\b|\b(which|what) "
    r"tools (do )?(i|we) own\b|"
    # ("does /radar work in private channels?", "what languages do you understand?")
    r"\b(/radar|radar|the bot|you|it) (work|works|working) (in|from) (a |the )?(private |public |shared )?(channels?|"
    r"dms?|threads?|direct messages?)\b|\bwhat languages? (do|can) you (understand|speak|read)\b|"
    # ("is there an API?", "do you have a CLI?": other ways in)
    r"^(is there|do you have|have you got|got) (an? )?(api|cli|command line( tool)?|web ?page|dashboard|export)\W*$"
)
# questions about the bot itself as a being: "which LLM are you running on?", "are you a bot or a person?"
ABOUT_ITSELF = cue(
    r"\b(are you|you are) (running|built|based|powered|trained) (on|with|by)\b|\b(which|what) (llm|model|ai|language "
    r"model|gpt) (are you|do you use|powers you|runs you|is behind you|are you using)\b|\bare you (an? )?(real |"
    r"actual |actually )?(a bot|a human|a person|a robot|robot|bot|human|person|real|an ai|ai|an llm|llm|chatgpt|gpt|"
    r"sentient|alive)\b|\bis (this|it) (an? )?(real )?(bot|human|person) or\b|"
    r"\bwho (built|made|wrote|created) (you|this bot|the bot|this thing)\b|"
    # ("how does the bot decide its recommendations?", "is this thing an LLM?", "where does your data come from?")
    r"\bhow (does|do) (the bot|this bot|this thing) (decide|rank|choose|pick|order|weigh)\b|\bhow (do )?you (rank|pick|"
    r"choose|order) (the |your )?(tools|picks|recommendations|answers)\b|\bwhere (does|do) your (data|info|information|"
    r"knowledge|answers) come from\b|\bis (this|this thing|the bot|this bot) (an? )?(llm|chatgpt|gpt|language model)\b"
)
# small talk that wins over any tool word in it: "ugh, my job got preempted again. anyway how are you",
# "we survived black friday with zero pages, just wanted to tell someone", "do you play valorant?"
PLAIN_CHAT = cue(
    # ("you're more opinionated than our QA supervisors :joy:": a remark about the bot)
    r"^(you are|you re|ur) (so|very|really|way|much|more|less|quite|pretty|too|the best|a legend|a star|funny|"
    r"opinionated|smart|clever|fast|great|awesome|amazing|helpful)\b(?!.*\?)|"
    r"\b(just wanted to (tell|share|say)|how are you|how is it going|hows it going|how s it going|how is your day|"
    r"gg( wp)?|do you (ever )?(play|like|watch|eat|sleep|dream|drink|get (tired|bored|annoyed|sick)|rest|take (a )?"
    r"breaks?|have (a|any) (favou?rite|pets?|hobbies))|what is your "
    r"favou?rite)\b"
)
# a thanks that closes a thread with what the person will do: "ok thx, will look at mlflow then"
CLOSING_DECISION = cue(
    r"\b(will|we will|i will|gonna|going to|let us|lets) (go with|look at|try|use|check out|take|pick|adopt|give|start "
    r"with|stick with)\b"
)
# small talk: greetings, thanks, laughter, praise and goodbyes, which deserve a short friendly word
SOCIAL_CUE = cue(
    r"^(hi|hello|hey|hiya|yo|sup|howdy|greetings|morning|afternoon|evening|good (morning|afternoon|evening|day|night)|"
    r"thanks|thank you|thx|ty|cheers|ta|lol|lmao|haha+|hehe|nice|cool|great|awesome|ok(ay)?|bye|goodbye|see you|cya|"
    r"danke|merci|gracias|grazie|obrigado|tak|hallo|servus|moin|hola|ciao|bonjour|goedemorgen|goedemiddag|"
    r"guten (morgen|tag|abend)|buongiorno|buenos dias|bom dia|hej|hoi|salut|"
    r"happy (monday|tuesday|wednesday|thursday|friday|weekend|holidays)|wish me luck|good job|well done|nice one|nvm|"
    r"never ?mind|all good|all sorted|sorted|got it|makes sense|perfect|sweet|noted|will do|no worries|brb|afk|gtg)\b|"
    r"\b(figured it out|never ?mind|nvm|no worries|all sorted)\b|"
    r"\b(thanks|thank you|thx|much appreciated|appreciate it|you are a legend|you rock|good bot|great bot|you are a "
    r"(lifesaver|life saver|star|hero|champ|gem)|"
    r"this bot is|love this bot|wish me luck|have a (good|great|nice) (day|weekend|one)|"
    r"(saved|made) (my|our) (\w+ )?(day|morning|afternoon|evening|week|weekend|sprint|demo|life|bacon))\b|"
    # ("you're more useful than the last three vendor demos combined lol")
    r"\byou are (so |really |way |much |actually )?(more |so much more |far more )?(useful|helpful|better|smarter|"
    r"faster|clearer)( than\b| \W*$|\W*$)"
)
# what the bot said, named by its tool in thanks: "that shap answer saved my afternoon"
ANSWER_OF_THE_BOT = cue(r"^(answer|card|reply|tip|explanation|suggestion|pointer|rec|recommendation|comparison)\b")
# a choice between options the message does not name: "self-host or SaaS?", "the open source one or the paid one?"
CHOICE_UNNAMED = cue(
    r"\b(self[- ]?host\w*|open[- ]?source( one)?|paid( one)?|managed( one)?|hosted( one)?|saas|on[- ]?prem\w*|the "
    r"(first|second|other|new|old|current) one|what we have( now)?) (or|vs|versus) (the |a |an )?(self[- ]?host\w*|"
    r"open[- ]?source|paid|managed|hosted|saas|on[- ]?prem\w*|cloud|(first|second|other|new|old) one|what we have)\b"
)
# everyday chat: the names in it are places, teams and people, not tools ("did anyone catch the Feyenoord match?")
# a question put to the people in the channel, or one of dates and times, not to the radar: "anyone know how to fix
# shared drive permissions?", "who do i call about the printer?", "when does the next inspection train leave?"
ASKED_OF_OTHERS = cue(
    r"^(anyone|anybody)\b|\b(does|do|did|has|have|can|could|would|will|is) (anyone|anybody|someone|"
    r"somebody)\b|\b(any of you|you guys)\b|\bwho (do|should|can|could) (i|we) (call|ask|"
    r"ping|talk to|contact|email)\b|^when (is|does|do|did|will|are|was|were)\b"
)
# an errand or a problem of the office, a laptop or HR, not of ML: "my vpn keeps dropping on the train, any idea why",
# "how do i expense the train ticket", "excel keeps turning account numbers into 1.23E+15, how do i stop it"
OFFICE_MATTERS = cue(
    r"\b(keeps? (crashing|dropping|freezing|disconnecting|restarting|logging me out)|won t (open|start|load|"
    r"connect|print|sync)|any idea( why)?\W*$|how (do|can|should) (i|we) (submit|expense|claim|book|reset) "
    r"(it|this|that|my|our|the|a)\b|expense|expenses|expensed|reimburs\w*|payslip|payroll|timesheet|printer|vpn|"
    r"wifi|wi fi|password reset|standing desk|desk booking|parking space|toner|paper jam|jammed|keycard|"
    r"(annual|sick|parental|maternity|paternity|unpaid|compassionate) leave|pto|vacation days|days off|"
    r"(hr|holiday|expense) (system|portal|form)|lunch order|order(ing)? lunch|coffee machine|"
    r"licen[cs]e (has )?expired|"
    # (the office's machines and apps misbehaving: "my windows laptop has been installing updates for 40 minutes",
    # "excel keeps turning account numbers into 1.23E+15", "my monitor keeps flickering")
    r"installing updates|windows updates?|blue screen|(my|the) (laptop|monitor|screen|keyboard|mouse|headset|"
    r"webcam|docking station|dock) (is|has been|keeps|won t|will not|died|broke|stopped)|(excel|outlook|word|"
    r"powerpoint|teams|zoom) (keeps|won t|will not|crashed|froze|stopped))\b"
)
CHITCHAT = cue(
    r"\b(weather|rain|raining|rainy|snow|snowing|storm|sunny|windy|stormy|foggy|chilly|match|game|football|soccer|canteen|lunch|dinner|food|"
    r"coffee|pizza|weekend|holidays?|vacation|birthday|party|traffic|movie|film|concert)\b"
)
# chat about life away from work, never about a tool ("game", "lunch" or "traffic" can be either)
OUTSIDE_WORK = cue(
    r"\b(weather|raining|rainy|snowing|sunny|windy|stormy|foggy|chilly|football|soccer|birthday|vacation|holidays|"
    r"movie|concert|tomorrow night)\b"
)
# the thread's question corrected: "sorry, I meant for the LLM assistant", "actually we mean the batch jobs"
CORRECTED = cue(r"^((sorry|oops|ah|no|wait|actually|ok|so)\W+)*(i|we) (meant|mean|was talking about)\b|^correction\b")
# what was asked is taken back, the job told next being the real one: "latency doesn't matter actually, it's a nightly
# batch", "scratch that", "turns out"
TAKEN_BACK = cue(
    r"^actually\b|\b(turns out|scratch that|never ?mind|(does|do) not matter|not needed|(we|i) do not need)\b"
)
# the writer says the question is off topic: "off topic but do you know how to get red wine out of a duvet?"
OFF_TOPIC_SAID = cue(
    r"^((ok|so|hey|hi|also|random|quick)\W+)*(off ?topic|totally unrelated|unrelated|not work related)\b"
)
# a name written first, then a question about it: "MONAI - status?", "Looker: is that on the radar?"
NAME_FIRST = re.compile(
    r"^\s*(?P<name>[A-Za-z][\w.+]*(?:[ -][A-Za-z][\w.+]*){0,2}?)\s*(?P<mark>[:?,]|\s[-\u2013\u2014])\s*(?P<ask>.*)$",
    re.DOTALL,
)
# ...or with the opinion asked right after it, no mark between: "segments.ai any good for point clouds?"
NAME_THEN_OPINION = re.compile(
    r"^\s*(?P<name>[A-Za-z][\w.+-]*)\s+(?P<mark>)(?P<ask>(any good|worth (it|a look|a try)|"
    r"still (a thing|maintained|alive|recommended|supported))\b.*)$",
    re.DOTALL | re.IGNORECASE,
)
# ...or with what it would be used for between it and the radar's question: "harbor as our internal container
# registry — what ring?", "hightouch for reverse etl from snowflake — what does radar say"
NAME_THEN_USE = re.compile(
    r"^\s*(?P<name>[A-Za-z][\w.+]*(?:[ -][A-Za-z][\w.+]*){0,2}?)\s+(?P<use>(as|for) [^?\u2013\u2014]{3,90}?)\s*"
    r"(?P<mark>\?|[:,]|\s[-\u2013\u2014])\s*(?P<ask>.*)$",
    re.DOTALL,
)
# the radar's placement asked right away: "which ring do we have it in?", "what ring?", "status?"
PLACE_ASKED = re.compile(r"^(status|verdict|(which|what) (ring|quadrant)|ring|adopt|trial|assess|hold)\b")
NAME_ASK = re.compile(
    r"^(status|ring|verdict|thoughts|opinions?|radar says|what does the radar say|what do we think|is (it|that|this)|"
    r"anyone|yes or no|yay or nay|"
    r"are (they|those)|adopt|trial|assess|hold|approved|allowed|any good|where (does|do|is)|"
    r"(ok|okay|fine|good enough|usable|suitable) (to use|for)|"
    r"what (is|about|ring)|which (ring|quadrant)|should we|can we|worth|still (ok|good|recommended|worth|a thing|"
    r"maintained|alive|relevant|used|around|in use|legit)|legacy|good idea|safe|card|on the radar|"
    r"in the catalog|do we (use|have|allow|track|cover|know)|does (the|our) radar (cover|include|list|know)|"
    r"what('s| is|s) (the radar('s| s)?|our|your|the team('s| s)?) (take|view|stance|position|verdict))\b"
)
# the words asking a tool's placement or an opinion of it
OPINION_WORDS = (
    r"any good|worth it|what ring|which ring|status|thoughts|opinions?|verdict|recommended|hype or (real|not)|"
    r"overhyped|(what|how) (does|do) (the radar|you|we) (think|say|feel)|your take|"
    # the radar's own judgment asked by its name: "what's the radar's view?", "how does the radar rate it?", "does the
    # radar agree with that?", "what our stance is"
    r"(the radar s|the team s|our|your) (view|take|stance|position|verdict|rating)|"
    r"(how|what) (does|do) (the radar|you|we) (rate|judge|make of)|"
    r"(does|do) (the radar|you|we) agree( with (it|that|this))?|"
    # what the team did with it: "is NannyML something we have actually tried?"
    r"something (we|the team) (have|has) (\w+ )?(tried|used|trialled|trialed|evaluated|adopted|run)"
)
# an opinion asked last, of the tool the message names: "temporal.io for ML workflows, thoughts?"
OPINION_LAST = cue(rf"\b({OPINION_WORDS}|good idea|ring|yay or nay|yes or no|anyone|adopt|trial|assess|hold)\s*$")
# an opinion or a placement asked anywhere in the message: "tesseract ocr any good for scanned letters?"
OPINION_ASKED = cue(
    rf"\b({OPINION_WORDS}|worth a (look|try)|worth (adopting|trying|trialling|trialing)|on (the|our) radar)\b"
)
# the radar's stand on a tool asked, by its ring or by whether it still holds: "are we still recommending it?", "what
# ring do we have tekton in", "still a thing or should we move off it?"
STAND_ASKED = cue(
    r"\bstill (recommend\w*|a thing|the thing|something (you|we)|good|ok|okay|fine|worth|alive|maintained|relevant|"
    r"viable|supported|approved)\b|\b(say|think|thoughts?) (about|of|on) (it|that|this)\b|"
    # (not a move already decided on: "what could replace W&B if we drop it?")
    r"(?<!\bif we )(?<!\bonce we )(?<!\bwhen we )\b(recommend|recommending|"
    r"move off|moving off|ditch|drop|keep using|stay on) (it|that|this)\b|\b(what|which) ring (is|do|does|did|would)\b|"
    r"\b(why|when) (is|was|did) \w+( \w+)? (on|in|move to|go to) (hold|assess|trial|adopt)\b|"
    # ("do we have a position on Rasa?", "I need the classification of Evidently: quadrant, category, ring")
    r"\b(a|our|the|your|any) (position|stance|view|take|opinion|verdict) on\b|"
    r"\b(quadrant|category|ring)s?\b\W+(and |the )*(quadrant|category|ring)s?\b|"
    # ("... in Alteryx. is it on hold on the radar?", "what is Snowflake doing on an MLOps radar?")
    r"\b(is|was) (it|that|this) (on|in) (hold|assess|trial|adopt)\b|\bdoing on (an?|the|our|this) (mlops |ml )?radar\b"
)
# the one tool named, pointed back at as what someone weighs: "a contractor suggested it", "thinking about it for the
# PDFs", "what's our position on it"
WEIGHED_BY_SOMEONE = cue(
    r"\b(suggested|suggests|recommended|recommends|pitched|pitching|pitches|proposed|proposes|pushing|pushes|"
    r"mentioned|mentions|brought up) it\b|\b(thinking|thought) (about|of) (it|using it|"
    r"trying it)\b|\b(looking|look) (at|into) it\b|\b(position|stance|take|view|opinion|verdict) on (it|that|this)\b"
)
# the name's question asked after some scene: "Driverless AI - a vendor is pitching it. what is it?"
NAME_ASKED_LATER = cue(
    r"\b(what is (it|that|this)|where (would|does|should|will|do we put) (it|that|this)(?= (sit|sits|go|goes|fit|fits|"
    r"belong|belongs|land|lands|stand|stands|be|live|lives)\b|\W*$)|what ring (is|would|should) "
    r"(it|that|this)|(is|would) (it|that|this) (any good|worth|on the radar|in the catalog|approved|allowed))\b"
    # (or an opinion asked at the very end: "Credo AI - a vendor pitched it to us. what's our take")
    r"|\b(any good|worth it|thoughts|opinions?|verdict|(what is|whats|what s) (our|the|your) (take|view|verdict|"
    r"position|stance)|what (does|do) (the radar|you|we) (say|think)|(what is|whats) the radar (say|think)|"
    # ("our TS devs found Mastra for the agent. ring?")
    r"(what |which )?ring|where do (we|you|the radar) stand( on it)?|"
    # ("NVIDIA DeepStream for the camera pipelines — have we got a view?")
    r"(have|has|do|does) (we|you|the radar|the team)( got)? (a|any) (view|take|opinion|stance|position|verdict)"
    r"( on (it|this|that|them))?)\W*$"
)
# a cloud's own tools asked for as a kind: "GCP tools you know about", "azure stuff on the radar?"
CLOUD_KIND = cue(
    r"\b(tools|services|stuff|offerings|products|things|options|bits|everything)\b|"
    # "what do you have that's azure-specific?", "anything aws native?"
    r"\b(what|anything|everything)\b.*\b(specific|native|only)\b"
)
# one of a kind named after "every" or "each": "show me every AWS service in the catalog"
EVERY_ONE_OF_A_KIND = cue(r"\b(every|each|all)( \w+){0,2} (tool|service|product|thing|offering)\b")
# wanting a tool without saying what for: "we need a tool", "recommend something for our data"
WANTS_SOMETHING = cue(
    r"\b(we|i) (need|want)\b.*\b(tool|tools|something|anything|platform|solution)\b|\b(best|right|good|one new) "
    r"(tool|platform)\b|\bwhat should it be\b|\b(pls|plz|please) advise\b"
    # (a choice asked for with nothing said of what it is for: "help me choose", "anything better than what we have?")
    r"|\bhelp (me|us) (choose|pick|decide)\b|\b(advice|tips|recs|suggestions?|recommendations?) (on|for|about) "
    r"(tooling|tools|the stack|our stack|what to use)\b|\b(a |any )?tool (suggestion|recommendation|rec)s?\b|"
    r"\b(anything|something) better than what (we|i) (have|use|run)\b|\b(best|right) (option|choice|pick)\b|"
    r"\bwhere (do|should|would|can) (we|i) (even )?(start|begin)\b"
)
# what a tool builds on: "what does it need underneath?", "what does it run on?", "dependencies?"
DEPENDS_ON = cue(
    r"\b(need|needs|require|requires|depend|depends|run|runs|sit|sits|built|build) (underneath|under the hood|on top "
    r"of)\b|\bunderneath\b|\bunder the hood\b|\bdependenc(y|ies)\b|\bprerequisites?\b|\bwhat does (it|that|this) "
    r"(need|require|run on|sit on|depend on)\b"
)
# asking whether something said changes the answer just given: "does that change the pick?"
CHANGES_PICK = cue(
    r"\b(does|would|will|could) (that|this|it) change (anything|the (pick|answer|picks|recommendation)|"
    r"your (pick|answer|recommendation)|things|much)\b|\bchange (the|your) (pick|answer)\b|\b(does|would|will) (that|"
    r"this|it) (matter|make a difference)\b|^same (but|for|with)\b"
)
# what the person has to work with, told after the answer: "actually we only have one 24GB GPU"
SETTING_TOLD = cue(
    r"\b(we|i) (only|just) (have|got|run|use)\b|^(only|just) (have|got|run) (one|a|an|two|\d+\w*)\b|"
    r"\b(we|i) (have|got|run) (only|just)\b|\bonly (have|got) (one|a|an|"
    r"two|three|\d+)\b|^(actually|turns out|fyi|btw|oh and)\b.{0,30}\b(we|i) (have|got|run|are|use)\b"
)
# the thread's question asked again for another setting: "what about the R users?", "and if the devices are
# Jetson boards?", "and without kubernetes? we only have slurm"
SETTING_AGAIN = cue(r"^((ok|okay|so|hmm|and|but)\b[ ,]*)*((what|how) about|(what )?if|(with|without|for|on) )")
FORGOT = r"(forgot to (say|mention|add|tell( you)?)|should have (said|mentioned))"
# the setting told after the question, at the end of the message: "gitlab self-managed, forgot to say"
FORGOT_TO_SAY = cue(rf"\b{FORGOT}\W*$")
# the setting added to the thread's question, whatever else it names: "forgot to say: no kubernetes, one VM"
SETTING_ADDED = cue(
    r"^((ok|okay|so|oh|and|also|sorry|ah|right)\b[ ,]*)*("
    + FORGOT
    + r"|i forgot|one more thing|(also|oh and|btw|fyi|ps|p s|context|constraint|note)\b[ ,:]*(we|i|our|it|no|"
    r"everything|nothing|must|has to|needs? to|only)\b"
    # ("constraint: exactly one L4 in the node pool", "context: 13 people, 2 of them can do k8s")
    r"|(context|constraint|constraints|limits?|setup|budget|update|heads up)\b"
    # ("and it has to be OSS", "and fully managed pls", "and the team is mostly sql + python", "only have one 4090")
    r"|and (it|we|everything|this|that|they) (has to|have to|must|needs? to|should|can not|cannot|are|is)\b"
    r"|and (fully |only |preferably )?(managed|hosted|open source|self hosted|oss|free|cheap|serverless)\b"
    r"|and (the|our) (team|people|folks|devs|engineers|users)( \w+)? (is|are|has|have|know|knows|only)\b"
    r"|(we |i )?only (have|got|run)\b)"
)
# a setting stated at the start of a short message that names no job of its own: "we're on aws", "has to stay in our
# AWS account", "we don't have gpus, only cpu", "python-native pls"
SETTING_STATED = cue(
    r"^((ok|okay|so|oh|and|also|sorry|ah|right|hmm|well|but)\b[ ,]*)*("
    r"(we|i) (are|am|have|run|use|only|can not|cannot|must|are not|do not (have|run|use|want))\b|"
    r"(it|this|that|they|everything|anything|all of it) (has|have|needs?|must|should|can not|cannot) (to )?(be|stay|"
    r"run|work|live|support|leave)\b|"
    r"(has|have|needs?|must) (to )?(be|stay|run|work|live)\b|"
    r"(no|without|zero) (k8s|kubernetes|gpus?|cloud|budget|internet|saas|vendors?|ops)\b|"
    r"[\w]+[ -]native\b|(only|just) (cpus?|on prem|oss|open source|self hosted)\b)"
)
# what the person would rather not have: "and if we'd rather not run any new database server?"
RATHER_NOT = cue(r"\b(rather not|would not want|do not want|no new|not another|without (any|a|an|another))\b")
# a requirement added to the thread's need: "we need SSO too", "it must support RBAC", "also needs audit logs"
ALSO_NEEDED = cue(
    r"\b(we|i|it|they) (also |really )?(need|needs|want|wants|require|requires)\b.*\b(too|also|as well)$|\b(also|"
    r"plus) (need|needs|want|wants|must|requires?)\b|\b(must|has to|have to|needs? to|should) (have|support|"
    r"offer|do|handle|integrate with)\b"
)
# the thread's job narrowed, not a job of its own: "we specifically need retrieval metrics for the RAG part" after
# LLM evaluation tools, "it has to show data lineage too" after model lineage
JOB_NARROWED = cue(
    r"\b(specifically|in particular|particularly|especially)\b|\bfor the [\w-]+( [\w-]+)? (part|side|bit|piece)\b|"
    r"\b(has|have|needs?) to (show|cover|do|handle|include|track)\b.*\b(too|as well)\b"
)
# the thread's job asked of a place, not of a tool: "can it be done inside BigQuery?", "could we do this in Spark?"
TASK_DONE_IN = cue(
    r"\b((can|could) (it|this|that|we|i) be done|(can|could) (we|i|you) do (it|this|that)|is (it|this|that) "
    r"(possible|doable))\b"
)
# the word after a cloud's name that makes it the maker of what is asked for: "the azure one for feature stores"
CLOUDS_OWN = frozenset(
    {"one", "ones", "service", "services", "offering", "offerings", "product", "products", "option", "options"}
    | {"version", "versions", "equivalent", "equivalents", "tool", "tools", "thing"}
)
CLOUD_OPTION = cue(r"\b(option|options|version|offering|service|services|equivalent|flavou?r)\b")
# a kind of tool named in the plural ("inference runtimes", "serving tools"), and what may stand beside it in a
# message that asks for nothing more than their list: filters and politeness
KIND_NOUNS = frozenset(
    {
        "tools", "libraries", "libs", "frameworks", "platforms", "stores", "trackers", "databases", "dbs", "engines",
        "services", "providers", "orchestrators", "runtimes", "options", "solutions", "products", "vendors",
        "packages", "systems", "servers", "apps", "offerings", "stuff", "toolkits", "toolsets", "toolchains",
        "suites", "sdks", "utilities", "plugins",
    }
)  # fmt: skip
KIND_FILLERS = frozenset(
    {
        "open", "source", "opensource", "oss", "only", "managed", "self", "hosted", "commercial", "free", "paid",
        "proprietary", "saas", "prem", "premise", "premises", "pls", "plz", "please", "thanks", "thx", "ty", "list",
        "known", "available", "existing", "current", "popular", "main", "major", "ml", "mlops", "ai", "host",
        "hostable", "could", "can", "that", "which", "model", "llm", "llms", "minus", "except", "excluding", "skip",
        "ones", "radar", "catalog", "catalogue",
    }
)  # fmt: skip
# the words of clauses that only filter a kind named before them or ask for its list: "skip the SaaS-only ones",
# "open source only pls", "what's out there?", "which are on the radar?" (no "should", "best" or "use": those pick)
TAIL_WORDS = KIND_FILLERS | frozenset(
    {
        "the", "a", "any", "all", "just", "no", "not", "none", "without", "anything", "stuff", "things", "those",
        "what", "whats", "is", "s", "are", "re", "out", "there", "exist", "on", "in", "our", "your", "radar",
        "catalog", "catalogue", "do", "does", "we", "you", "have", "got", "know", "of", "run", "ourselves",
        "house", "be", "hosting", "selfhosted", "self-hosted", "else", "other", "others", "etc", "ok", "okay",
    }
)  # fmt: skip
KIND_WORDS_AT_MOST = 10
# a filter told as a clause after the kind, naming where the tools must run: "serving tools that run on kubernetes"
KIND_SETTING_WORDS = frozenset(
    {"run", "runs", "running", "work", "works", "working", "support", "supports", "on", "with", "in", "is", "are"}
)
# words opening a filter told after a kind of tool ("annotation tools that handle video", "agent frameworks for
# python"), how long it may be, and the words that make it someone's wish instead ("for our pipelines")
CLAUSE_OPENERS = frozenset(
    {"that", "which", "for", "with", "without", "supporting", "compatible", "in", "on"}
    # a kind narrowed by what it leaves out: "LLM tracing tools, but skip the closed SaaS-only ones"
    | {"but", "except", "excluding", "skip", "not", "no"}
    # the verb of "which orchestrators run natively on kubernetes"
    | {"run", "work", "support", "handle", "integrate", "play", "speak", "need", "require", "do", "does", "can"}
    | {"runs", "works", "supports", "handles", "integrates", "plays", "speaks", "needs", "requires"}
)
CLAUSE_WORDS = 7
KIND_PRONOUNS = frozenset({"ones", "those"})  # words standing for a kind named before them ("only the ones that ...")
PERSON_WORDS = frozenset({"we", "our", "i", "my", "us", "me", "you", "your", "ours"})
# words of a message that wants something done, not a kind's list: "something to track our experiments"
WANTING_WORDS = frozenset({"to", "something", "anything", "a", "an", "our", "my", "we", "i", "need", "want", "for"})
# the tools that go with one asked for as a list: "everything that works with spark", "kafka-related tools"
WORKS_WITH_LISTED = cue(
    r"\b(everything|anything|all|which|what|list|show|tools|stuff|things)\b[^?]{0,30}\b(works?|integrates?|plays?|"
    r"fits?|goes|compatible|connects?)( nicely| well| natively| directly)? (with|into|to)\b|\b\w+ related (tools|stuff|"
    r"things|libs|libraries|options)\b"
)
# the work a tool would be for, when no job is named: "the DS team", "the new client", "they want AI"
WORK_CONTEXT = cue(
    r"\b(ml|ai|ds|mlops|data|models?|teams?|clients?|customers?|pipelines?|platform|prod|production|infra|stack|"
    r"workflows?|projects?|"
    # ("something to help with our documents", "how should we handle features?")
    r"documents|docs|features|datasets|experiments|predictions|labels|training|inference|deployments?|embeddings)\b"
)
# help wanted for that work, asked without a tool word: "anything to make the DS team faster?"
HELP_WANTED_FOR_WORK = cue(
    r"\b(anything|something|what) (to|that would|that could|that can|could|would) (make|help|"
    r"speed|improve|get)\b|\bwhat (should|could|can) (i|we) (propose|offer|pitch|sell|suggest)\b"
)
# the bot's own lists named as where to look: "anything in the catalog ...", "... on the radar?"
ON_THE_RADAR = cue(r"\b(in|on) (the|your) (catalog|catalogue|radar)\b")
# where something of theirs should be kept or run, asked of no tool: "where do we even store 1Hz telemetry?", "where
# should the loco telemetry live?"
PLACE_FOR_DATA_ASKED = cue(
    r"\bwhere (do|should|would|could|can|will|shall) (we|i)( even)? (store|put|keep|run|host|park|dump)\b|"
    r"\bwhere (should|would|could|can|do|does|will)( \w+){1,6} (live|be stored|be kept|run)\b"
)
# a tool plainly sought by its kind: "best gbm lib for tabular", "cheap way to score rows", "best open source option"
TOOL_SOUGHT = cue(
    r"\b(best|good|decent|solid|cheap|cheapest|simple|simplest|easy|easiest|lightweight|fast|fastest|standard)\b"
    r"( [\w-]+){0,3} (lib|libs|library|libraries|tools?|options?|frameworks?|packages?|stack|setup|solutions?|"
    r"choice|pick)\b"
)
# a tool asked for a job, in words no idea of the radar asks with: "what can help us choose the next recipe",
# "tool for profiling them quickly", "framework for building the SOP question-answering thing?"
TOOL_ASKED_FOR = cue(
    r"\b(what|which|anything|something) (can|could|would|will) (help|do|handle|pull|work|run)\b|\b(tools?|libs?|"
    r"librar(y|ies)|frameworks?|packages?) (for|to) \w+ing\b|\b(what|which) (tools?|libs?|librar(y|ies)|frameworks?|"
    r"packages?)\b|^(a )?(framework|tool|lib|library|package) for\b"
)
# a kind named with one of these asks for the best few, not the list: "best feature stores"
RANKING_WORDS = frozenset(
    {"best", "top", "good", "great", "recommended", "favourite", "favorite", "leading", "cheap", "cheapest", "easiest"}
)
# resources a setting may lack ("no GPU", "zero GPUs", "without internet"), and the words that say it lacks them
NEGATED_RESOURCES = frozenset({"gpu", "gpus", "cuda", "accelerator", "accelerators", "internet", "connectivity"})
NEGATORS = frozenset({"no", "without", "zero", "non"})
# the verb of asking for advice, which recommender systems share a stem with
ASKING_VERBS = frozenset({"recommend", "recommended", "recommends", "recommending", "suggest", "suggested"})
# words that ask for a tool without saying what for ("recommend something pls", "any suggestions?")
ASKING_WORDS = frozenset(
    {
        "recommend",
        "recommendation",
        "recommendations",
        "recs",
        "rec",
        # (who is asked says nothing of the job: "anyone got a rec for observability?")
        "anyone",
        "anybody",
        "got",
        "suggest",
        "suggestion",
        "suggestions",
        "pls",
        "please",
        "need",
        "want",
        "pick",
        "use",
        "tool",
        "tools",
        "something",
        "anything",
        "stuff",
        "things",
        "better",
        "best",
        "good",
        "ideas",
        "options",
        "help",
        "looking",
    }
)
# the last words of use cases' names that name no job on their own ("suggest a platform")
GENERIC_HEADS = frozenset(
    stem(w) for w in ("platform", "system", "service", "solution", "stack", "app", "engine", "database")
)
VAGUE_WORDS = 3  # words beyond the asking ones: more than this tells enough to try an answer
# need words engineers use for several different jobs, and the jobs to ask between when nothing else is said
# ("we need monitoring. what do you suggest?": of models, of an LLM app, or of services?)
AMBIGUOUS_NEEDS: dict[str, tuple[tuple[str, str], ...]] = {
    "monitor": (
        ("Models in production (drift, accuracy)", "what should we use to monitor our models in production for drift?"),
        ("An LLM app (traces, cost)", "what should we use to trace and monitor our LLM app?"),
        (
            "Services and GPUs (metrics, alerts)",
            "what should we use for metrics, dashboards and alerts on our services?",
        ),
    ),
    # ("need something for serving": which models, and who runs the servers, decide it)
    "serv": (
        ("Classic models behind an API", "what should we use to serve our ML models behind an API?"),
        ("An LLM on our own GPUs", "what should we use to serve an LLM on our own GPUs?"),
        ("A managed endpoint", "what managed service should host our model endpoints?"),
    ),
    "host": (
        ("Models behind an API", "what should we use to serve our models behind an API?"),
        ("Apps and services", "where should we host our web apps and services?"),
        ("GPUs for training", "where can we rent GPUs for training?"),
    ),
    # (keyed by stem: "store" and "stores" are "stor")
    "stor": (
        ("Features (a feature store)", "what should we use as a feature store?"),
        ("Embeddings (a vector database)", "what vector database should we use?"),
        ("Files and artefacts (object storage)", "what should we use for object storage?"),
    ),
    "storag": (
        ("Files and artefacts (object storage)", "what should we use for object storage?"),
        ("Tables for analytics (a lakehouse)", "what table format or warehouse should we use for our data lake?"),
        ("Embeddings (a vector database)", "what vector database should we use?"),
    ),
    "track": (
        ("Experiments (runs, metrics)", "what should we use for experiment tracking?"),
        ("An LLM app (traces, cost)", "what should we use to trace and monitor our LLM app?"),
        ("Data (where it came from)", "what should we use for lineage of our datasets and tables?"),
    ),
    "evaluat": (
        (
            "A trained model (tests, fairness)",
            "what should we use to check our trained models for errors and bias before release?",
        ),
        ("LLM or RAG answers", "what should we use to evaluate our LLM app?"),
    ),
    "version": (
        ("Data and datasets", "what should we use for data versioning?"),
        ("Models (a registry)", "what should we use as a model registry?"),
        ("Experiments and their code", "what should we use for experiment tracking?"),
    ),
    # ("what's the best tool for quality?": of the data, of a trained model, or of an LLM's answers)
    "quality": (
        ("Data (checks and validation)", "what should we use for data quality checks?"),
        ("A trained model (tests, fairness)", "what should we use to test our trained models before release?"),
        ("LLM or RAG answers", "what should we use to evaluate our LLM app?"),
    ),
    # ("we need automation": of the pipelines, of releases, or of model building)
    "automat": (
        ("Pipelines on a schedule", "what should we use to orchestrate our ML pipelines?"),
        ("Testing and releasing models (CI/CD)", "what should we use for CI/CD of our ML code?"),
        ("Building models (AutoML)", "what AutoML tool should we use?"),
    ),
    # ("anyone got a good registry recommendation?": of models, or of the images they ship in)
    "registry": (
        ("Models (versions, stages)", "what should we use as a model registry?"),
        ("Container images", "what should we use as a container registry?"),
    ),
    # ("need something for the chatbot": the app named, not what it needs)
    "chatbot": (
        ("Building it (a framework)", "what should we use to build our LLM chatbot?"),
        ("Checking its answers (evals, traces)", "what should we use to evaluate and trace our LLM chatbot?"),
        ("Running the model (serving, gateway)", "what should we use to serve the LLM behind our chatbot?"),
    ),
    # ("anything good for optimisation?": of the model's settings, or of its speed once trained)
    "optimis": (
        ("Tuning hyperparameters", "what should we use for hyperparameter tuning?"),
        (
            "Faster, smaller models (quantisation, compilers)",
            "what should we use to optimise our models for inference?",
        ),
    ),
    # ("any recommendation for testing?": of the models, of the data, or of the service under load)
    # (of models too: classic ones' behaviour, or an LLM's answers)
    "test": (
        ("ML models before release (tests, fairness)", "what should we use to test our trained models before release?"),
        ("LLM outputs (evals)", "what should we use to evaluate our LLM app's outputs before release?"),
        ("Data (checks and validation)", "what should we use for data quality checks?"),
    ),
    # ("we want to deploy models": behind an API of our own, an LLM on our GPUs, or a managed endpoint)
    "deploy": (
        ("Classic models behind an API", "what should we use to serve our ML models behind an API?"),
        ("An LLM on our own GPUs", "what should we use to serve an LLM on our own GPUs?"),
        ("A managed endpoint", "what managed service should host our model endpoints?"),
    ),
    # ("which dashboard tool should we use": for the business, for a model's users, or for the systems)
    "dashboard": (
        ("Business reporting (BI)", "what BI tool should we use for dashboards on our warehouse?"),
        ("A small app around a model", "what should we use to build a small web app around a model?"),
        ("Systems and services (metrics)", "what should we use for metrics, dashboards and alerts on our services?"),
    ),
    # ("what should we use for visualization?": charts of the data, the business's dashboards, or training runs)
    "visualis": (
        (
            "Charts in notebooks and reports",
            "what python library should we use to plot charts in notebooks and reports?",
        ),
        ("Dashboards for the business", "what should we use to build dashboards for the business?"),
        ("Training runs and metrics", "what should we use to visualise our training runs and metrics?"),
    ),
    # ("what should we use for labelling?": what is labelled decides the tool)
    "label": (
        ("Images or video (boxes, polygons)", "what should we use to label images with boxes and polygons?"),
        ("Text (classes, entities)", "what should we use to label text for classification and entities?"),
        ("Audio (transcripts, segments)", "what should we use to annotate audio recordings?"),
    ),
    # ("we need something for privacy": training on personal data, sharing a copy of it, or keeping it where it is)
    "privacy": (
        ("Training with differential privacy", "what should we use to train models with differential privacy?"),
        ("Synthetic data to share", "what should we use to generate synthetic tabular data?"),
        ("Data that must stay put (federated)", "what should we use for federated learning?"),
    ),
    # ("best tool for audio?": labelling it, turning speech into text, or training models on it)
    "audio": (
        ("Labelling recordings", "what should we use to annotate audio recordings?"),
        ("Speech to text", "what should we use for speech recognition?"),
        ("Training audio models", "what libraries should we use to train audio classification models?"),
    ),
    # ("tooling for the llm part": building the app, checking its answers, or running the model)
    "llm": (
        ("Building the app (a framework)", "what should we use to build an LLM app?"),
        ("Checking its answers (evals, traces)", "what should we use to evaluate and trace our LLM app?"),
        ("Running the model (serving, gateway)", "what should we use to serve an LLM on our own GPUs?"),
    ),
    "pipelin": (
        ("Data pipelines (ETL)", "what should we use to move and transform our data?"),
        ("ML training pipelines", "what should we use for ML training pipelines?"),
        ("CI/CD for ML code", "what should we use for CI/CD of our ML code?"),
    ),
}
# ("any good orchestrator?": of the data's pipelines, or of the steps that train models)
AMBIGUOUS_NEEDS["orchestrator"] = (
    ("Data pipelines (ETL, schedules)", "what should we use to orchestrate our data pipelines?"),
    ("ML training pipelines", "what should we use to orchestrate our ML training pipelines?"),
)
AMBIGUOUS_NEEDS["orchestrat"] = AMBIGUOUS_NEEDS["orchestrator"]  # "orchestration tool?"
AMBIGUOUS_NEEDS["observ"] = AMBIGUOUS_NEEDS["monitor"]  # "observability" is monitoring, of any of the three
AMBIGUOUS_NEEDS["annotat"] = AMBIGUOUS_NEEDS["label"]  # "something for annotation": of what, decides the tool
# ("any suggestions for streaming?": moving the events, or computing on them as they arrive)
AMBIGUOUS_NEEDS["stream"] = (
    ("Moving events between services", "what should we use as an event streaming platform?"),
    ("Processing events as they arrive", "what should we use for stream processing?"),
)
# ("best tool for embeddings?": making them, or storing and searching them)
AMBIGUOUS_NEEDS["embed"] = (
    ("Computing them (embedding models)", "what library should we use to compute sentence embeddings?"),
    ("Storing and searching them", "what vector database should we use?"),
)
for _app in ("bot", "assistant", "copilot"):
    AMBIGUOUS_NEEDS[_app] = AMBIGUOUS_NEEDS["chatbot"]
# words that say nothing more about which of those jobs is meant ("better", "proper", "stuff")
AMBIGUOUS_FILLERS = frozenset(
    {
        # ("what do ppl use for serving these days": when it is asked, not what for)
        "days",
        "nowadays",
        "lately",
        "currently",
        "folks",
        "better",
        "proper",
        "good",
        "some",
        "our",
        "stuff",
        # ("what's best for scheduling jobs?": every job is a job)
        "job",
        "jobs",
        "things",
        "setup",
        "solution",
        "option",
        "choice",
        "somewhere",
        "pick",
        "suggest",
        "thoughts",
        "ideas",
        "suggestions",
        "advice",
        "recs",
        # (setting one up says nothing of which job: "we're setting up a new pipeline, which tool?")
        "new",
        "setting",
        "set",
        "up",
        "starting",
        "start",
        "building",
        "build",
        "first",
        # (nor does what is to be done about it: "boss asked me to add monitoring", "improve our pipeline")
        "add",
        "adding",
        "improve",
        "improving",
        "standardise",
        "standardize",
        "introduce",
        # (nor does how bad it is now: "our pipelines are a mess", "monitoring is a nightmare")
        "mess",
        "messy",
        "chaos",
        "chaotic",
        "broken",
        "nightmare",
        "painful",
        # (what says only that a tool is wanted: "some kind of monitoring", "a tracking tool", "can u")
        "kind",
        "sort",
        "thing",
        "tool",
        "tools",
        "tooling",
        "part",
        "ppl",
        "u",
        # (nor does paying for it: "which labelling tool should we buy")
        "buy",
        "purchase",
        "license",
        "licence",
        # (nor which project it is for, or who is asking: "tracking for the new project", "PM is asking")
        "project",
        "projects",
        "asking",
        "asked",
        "wondering",
        "forward",
    }
)
MOST_UNFAMILIAR = 6  # unknown words in one message beyond which it quotes another language rather than a name
MISSPELT_NAME_LENGTH = 7  # letters in a name of several words before a typo in it is corrected
# moving from the thread's tool to another: "should we move to dagster instead?", "what about switching to flyte?"
SWITCHING = cue(r"\b(move|moving|switch|switching|migrate|migrating|go|going) (over )?to\b|\binstead\b")
# adding a tool to what the thread compares: "add sglang", "and dagster too"
ADDING_FIRST = cue(r"^(add|include|throw in|plus|also)\b")
ADDING = cue(ADDING_FIRST.pattern + r"|\b(too|as well)\W*$")
# choosing among what the thread has shown: "which one can we self-host?", "which of those runs in CI?"
WHICH_OF_THEM = cue(
    r"^((ok|okay|so|and|then|cool|thanks|thx|great|nice|hmm)\b[ ,]*)*"
    # (after what they must work with: "specifically for lightgbm, which is the least hassle?")
    r"(((specifically|mainly|mostly|just|but) )?(for|with|on) (our |the )?[\w.+#-]+( [\w.+#-]+)? )?((which|what) (one|"
    r"ones|of (them|those|these|"
    r"the (two|three|four|five|picks|options|tools)))|(does|do|can|could|will|is|are) (any|either|one) of (them|"
    r"those|these|that)|(narrow|filter|cut) (it|them|that|this|the list)( down)? to\b|(only |just )?the ones"
    r"( that| which|( \w+){1,2} (can|could|would|will|might|do|does))|any (that|which) (just )?(run|runs|work|works|"
    r"can|could|are|is|support|supports|do|does|live|lives|sit|sits|plug|plugs|integrate|integrates)|"
    # ("which have a managed offering?": the picks shown, asked of without "one")
    r"which (have|has|support|supports|run|runs|work|works|offer|offers|integrate|"
    r"integrates|plug|plugs|come|comes)|"
    # ("any of those free and self-hostable?": a licence asked of the picks, with no verb to ask it)
    rf"any of (them|those|these) (that |which )?((are|is) )?({LICENCE_FILTER}|self host\w*|on prem\w*)|"
    # ("any of these that don't need spark?", "any of those which run on a laptop?": the picks, asked of by a verb)
    r"any of (them|those|these) (that|which) (do not|does not|can|could|will|would|run|runs|work|works|need|needs|"
    r"support|supports|have|has|come|comes|integrate|integrates|offer|offers|play|plays|handle|handles)|"
    # ("any of those we can host ourselves for free?": the picks, asked of by what the person could do with them)
    r"any of (them|those|these) (that |which )?(we|i|you|one|the team) (can|could|would|might|may)|"
    # ("any of those where researchers write plain python?": the picks, asked of by what happens with them)
    r"any of (them|those|these) where\b|"
    # ("which are in trial?", "any in adopt?": the picks shown, asked of by ring)
    r"(which|any)( ones?)?( are| is)? (in|on) (adopt|trial|assess|hold)|"
    # ("which is cheapest for 5 annotators?", "what would be the most mature?")
    r"(which|what) (is|are|would be|will be) (the )?(\w\w+est|better|cheaper|most \w+|least \w+)|"
    # ("cheapest of those for ~20 gpu hours a month?", "the most mature of them?")
    r"(the )?(\w\w+est|most \w+|least \w+) (one )?of (them|those|these))\b"
)
# after a comparison, a pick asked among the tools compared: "which is easier for data engineers?", "which would QA
# be happier with?", "ok which would you pick for us?"
CHOICE_AMONG_COMPARED = cue(
    r"^((ok|okay|so|and|then|cool|thanks|thx|great|nice|hmm|but|well|right|alright)\b[ ,]*)*which (one )?((is|are|"
    r"would be) (\w+ )?(easier|simpler|safer|faster|lighter|cheaper|better|nicer|friendlier|\w\w+est)|(would|should|"
    r"do|will) (you|we|i|\w+) ((actually|really|honestly|personally|realistically) )?(pick|choose|take|recommend|go "
    r"with|prefer|use|be \w+))\b"
)
MOST_CHOSEN_FROM = 8
# ...unless it asks which is best: that is a comparison ("which one is safer?")
RANKING_ASK = cue(
    r"\b(safer|safest|better|best|prefer|preferred|cheaper|cheapest|faster|fastest|easier|easiest|simpler|simplest|"
    r"more mature|most mature|winner|pick(?! up\b)|recommend|go with|should|would you)\b"
)
# words that ask about a named tool rather than for one
LOOKUP_ASK = cue(
    r"\b(what is|whats|what are|tell me about|where does|where do|where is|which ring|what ring|ring|rings|on the "
    r"radar|on our radar|radar say|radar says|thoughts|opinions?|heard of|anyone used|any good|worth it|"
    r"status|verdict|card|approved|allowed|ok to use|okay to use|should we use|can we use|is it|adopt|trial|assess|"
    r"hold|still true)\b"
)
# a question about the one tool a message names, asked through "it" or its placement: "is it on our radar?",
# "where's it sit", "can the team just start using it", "explain what Feast is", "ok to use in prod?"
TOOL_ASKED = cue(
    r"\b(is it|is that|where'?s it|where is it|where does it|using it|use it|about it|explain what|ok to use|okay to "
    r"use|on (our|the) radar|in (our|the) catalog)\b"
)
# the same job on another cloud: "is there a GCP equivalent?", "what's the azure version of that?"
EQUIVALENT_CUE = cue(
    r"\b(equivalent|counterpart|version of (it|that|this)|(its|their) (own )?(version|take)|"
    # ("closest open source thing we can self-host?" after a tool's card)
    r"(closest|nearest) ([\w-]+ ){0,3}(thing|tool|option|match|one|alternative|substitute|replacement)|"
    # ("is there something in that space that copes with millions of small files?" after DVC's card)
    r"(in|of) (the same|that|this) (spirit|vein|mould|mold|space|niche))\b"
)
# asking what a category is, not what is in it
CATEGORY_MEANING = cue(
    r"\b(supposed to (cover|mean|be|hold)|meant to (cover|mean|be|hold)|what (is|does) (the |a )?.{0,40}\b(category|"
    r"quadrant) (mean|cover|stand for|for)|what is (the|a|that) .{0,40}\b(category|quadrant)($|\W)|what counts as)\b"
)
JOKE_CUE = cue(r"\b(tell|know|got) (me |us )?(a |any |another )?(good |funny )?jokes?\b")
BUILD_BUY_CUE = cue(
    # (not a building of the business, "forecast per building", nor buying told of customers, "purchase history")
    r"(?<!per )(?<!each )(?<!every )(?<!the )(?<!a )\bbuild(ing)?\b.{0,120}\b(buy|buying|bought|vendor|vendors|"
    r"in house|our own|own platform|from scratch|homegrown)\b|"
    r"\b(buy|buying|purchase|purchasing)\b(?! (history|data|records|patterns|behaviou?r|orders?|logs?|events?))"
    r".{0,40}\bbuild(ing)?\b|\broll our own\b|\bhomegrown\b|\bin "
    r"house (ml )?platform\b|\bmake or buy\b|\bbuild vs buy\b|\bbuild versus buy\b|\bbuild or buy\b|\b(write|build|"
    r"make|code|knock together|cobble together|hack together|put together|stitch together) (our|my) own\b|\b(write|"
    r"build) ((it|one|them) )?ourselves\b"
)
# tools of a kind asked for in so many words: "build or buy? which tools?", "which automl libs are worth a try?"
TOOLS_OF_A_KIND_ASKED = cue(
    r"\b(which|what) ([\w-]+ )?(tools?|libs?|librar(y|ies)|frameworks?|products?|packages?|platforms?|tooling)\b"
    r"( (are|is|would|should|could|can|do|does|exist|exists|worth|fit|fits)\b|\W*$)"
)
# the choice itself asked: "build our own or buy one?", "should we write our own tracker?"
BUILD_OR_BUY_ASKED = cue(
    r"\b(build|make|write|roll)( \w+){0,4} (or|vs|versus) (buy|adopt|use|pay)\b"
    r"|\b(buy|adopt|use)( \w+){0,4} (or|vs|versus) (build|make|write|roll)\b"
    r"|\b(should|could|would|do) (we|i|you) (build|write|roll|make)\b|\bworth (building|writing)\b"
)
# the buy side of the choice named as a tool to be found: "write our own scripts or use something off the shelf?",
# "build connectors ourselves or is there something for that?"
BUY_SIDE_SOUGHT = cue(
    r"\b(or|vs|versus) (use|buy|adopt|get|pick|grab|go with|is there|are there) (something|anything|some|an existing|"
    r"existing|a ready|ready made|a tool|tools|a product|a library|a framework|off the shelf)\b"
    # ("is there a standard eval harness for this or do we roll our own?": the buy side asked first)
    r"|\b(is there|are there|got) (a|an|any) (standard|existing|common|off the shelf|ready made|established|go to)\b"
    # ("which vector database can we run ourselves?": a tool of a kind asked for)
    r"|\b(which|what) [\w-]+( [\w-]+)? (can|could|should|would|do) (we|i)\b"
)
# building weighed as the choice itself: "should we build our own?", "worth writing one?"
BUILDING_WEIGHED = cue(r"\b(should|could|would) (we|i) (build|write|roll|make)\b|\bworth (building|writing)\b")
# tooling sought for the job, building named only as the fallback: "is there tooling for this or do we roll our own?"
TOOLING_SOUGHT = cue(
    r"\b(is there|are there) (any |some )?(tooling|tools?|librar(y|ies)|libs?|packages?|frameworks?|products?)\b"
    r"|\b(anything|something) off the shelf\b"
)
# the choice between building and buying told as made: "buy not build", "we don't want to build it ourselves"
BUY_DECIDED = cue(
    r"\b(buy|buying|purchase|managed),? (not|instead of|rather than|over) build(ing)?\b"
    r"|\bbuild (it |them )?on (top of )?(a|an|some|existing)( \w+)? (open source|oss|existing|off the shelf)\b"
    r"|\b(do not|don't|dont|can not|"
    r"cannot|won't|never) (want to )?(build|write|roll)\b"
    # ("small team, we'd prefer not to build everything ourselves")
    r"|\b(prefer|rather|would rather) not (to )?(build|write|roll)\b"
    # ("what gives us canary rollouts without building it ourselves?")
    r"|\bwithout (building|writing|coding|rolling|hand rolling)( it| them| one| this| that| our own)?( ourselves)?\b"
)
SIGNALS_CUE = cue(
    # ("vet" as a verb only: a "vet clinic" judges no tool)
    r"\b(signals?|judge|judging|vetting|maturity|red flags?|criteria|what to look for|what should (we|i) look for|"
    r"(to|we|i|you|should|must|can|could|would|did|do) vet|vet (a|an|the|this|that|these|those|it|them|new|any|such|"
    r"each|every|tools?|platforms?|vendors?|libraries|options?|products?|frameworks?)|"
    r"look out for|warning signs?|questions to ask|what (questions|things) (should|do|would|to) (we |i )?ask)\b|"
    r"\b(tell if|how (do|can|should) (we|i) know)\b.{0,40}\b(platform|tool|vendor|framework|library|product|project|"
    r"option)s?\b"
)
SIGNALS_SOFT_CUE = cue(
    r"\b(evaluate|evaluating|assess|assessing|choose|choosing|pick|picking|select|selecting|compare|"
    r"trust)\b.{0,30}\b(platform|platforms|framework|frameworks|all in one|vendor|vendors)\b|\bmature\b"
)
LIFECYCLE_CUE = cue(r"\b(lifecycle|life cycle|two loops|the loops|ml loops)\b")
PERSONA_CUE = cue(
    r"\b(persona|personas|researcher|researchers|scientist|scientists|software engineer|software engineers|ml engineer|"
    r"ml engineers|who benefits|who gains|for whom|roles?)\b|\bwho is (it|this|the radar|the bot|mlops) for\b|\bwho "
    r"(needs|uses|should use) (the radar|mlops tools|these tools)\b"
)
SPEAKS_OF_ONESELF = cue(r"\b(i|me|my|myself|someone like|people like|as an?|i am|im)\b")
# asking about the names themselves: "why are they all called something flow?"
NAMING_CUE = cue(r"\b(names?|named|naming|called|sound|sounds|flow tools|the flows|all the flows)\b")
FLOW_CUE = cue(
    r"\b(flows|flow tools|flow ones|the flow|apart|confus\w*|mix up|mixed up|mixing up|same thing|all the same|tell "
    r"the difference|tell them apart|naming|same (kind|sort|type) of|in (the|their) names?)\b"
)
# (not a question the person reports, "wants to know WHY each customer got flagged", nor a model's reasons, "per-player
# reasons we can show them")
WHY_CUE = cue(
    r"(?<!know )(?<!asking )(?<!asks )(?<!explain )(?<!understand )\b(why|how come)\b|"
    r"\b(the|your|a|any) (reason|reasons|reasoning)\b|\breasons? (for|behind|why)\b|\b(justify|justification|"
    r"rationale)\b"
)
# verbs of what a tool needs beside it: "does it need kubernetes?" names no subject of its own
NEEDING = frozenset({"need", "needs", "require", "requires", "support", "supports", "use", "uses"})
MORE_CUE = cue(
    r"\b((something|anything|any|one|tool|option) (simpler|lighter|easier|cheaper|smaller|leaner|less complex|more "
    r"lightweight)|"
    # ("anything more .NET-native?", "something more mature?")
    r"(something|anything) more (\.net|[a-z][\w#+-]*)|"
    r"(what|which)( is| one is| ones are| would be| could be)? (simpler|lighter|easier|cheaper|smaller|leaner)|"
    r"alternatives?|other options?|another option|something else|anything else|(what|who) else|others|"
    # ("what does the same job on plain VMs?": another tool for the thread's tool's job)
    r"(does|do|doing|did|handles?|handling|covers?|for) the same (job|thing|work|task)s?|"
    r"other tools|more options|more tools|more like|instead|similar|next best|second choice|show me more|more please|"
    # ("what's nearby on the radar?", "its neighbours")
    r"nearby|neighbou?rs|close by|next to (it|that|this)|"
    r"any more|(give me|list|see) more|"
    # (not "more on nannyml", "more about it": more of one tool, not more tools)
    r"^more(?! (on|about|info|information|details?|of) )|"
    r"(cheaper|simpler|lighter|easier|smaller|free|leaner) (options?|alternatives?|tools?|ones?|picks?)|"
    # ("cheaper? we have basically no budget and one small VM": the comparative asked alone, then why)
    r"^((ok|okay|hmm|and|so)\b[ ,]*)*(something |anything )?(cheaper|simpler|lighter|easier|smaller|leaner)"
    r"(?= (we|our|i|it|its|the|there|this|that|us)\b)|"
    r"(next to|near|beside|close to|around) (it|that|this|them)|neighbou?rs?)\b"
)
ALTERNATIVE_TO = cue(
    # ("is flink the answer or is there something more python friendly?": one other than the tool just weighed)
    r"\bor (is|are) there (something|anything|one|a tool|an option) (more|less|better|simpler|lighter|easier)\b|"
    # ("a dbt-ish thing for our sql transforms?": one like the tool written before it)
    r"\bish (thing|tool|option|setup|service|library|lib|framework|platform)s?\b|"
    # ("what's roughly as nice?" after a tool given up: one as good as it)
    r"\b(just|roughly|about|nearly|almost|equally) as (good|nice|capable|solid|polished|powerful)\b|"
    r"\b(alternatives? (to|for)|instead of|replacement for|replace|replaces|replacing|similar to|something like|"
    # ("what's closest to the wandb UX that we can self-host?")
    r"(closest|nearest|the most similar|as close as possible) to|"
    r"(tools?|things?|anything|options?|ones?) like|switch "
    r"from|switching from|move off|moving off|migrate from|migrating from|substitute for|swap out)\b"
)
# an edition of a tool asked for: "is there a typescript version?", "any java sdk?", "do they have a go client?"
EDITION_ASKED = cue(
    r"\b(is there|are there|do they have|does it (have|come with|ship)|any|got) (a |an )?(\w+ )?(version|versions|sdk|"
    r"sdks|client|clients|port|binding|bindings|edition|flavou?r)\b"
)
# one that beats the tool named next on what is asked: "any cheaper than astronomer?"
BETTER_THAN = cue(
    r"\b(any|anything|something|one|ones|options?|tools?) (much |a bit |way |a lot )?(cheaper|lighter|simpler|easier|"
    r"leaner|smaller|more affordable|less expensive) than\b"
)
PLURAL_REF = cue(
    r"\b(them|those|these|both|all three|the two|the three|either|each of them|all of them|the options|your picks|the "
    r"picks|these tools|those tools)\b"
)
SINGLE_REF = cue(
    r"\b(it|its|that one|this one|that tool|this tool|the tool|the same one|the one|that thing|this thing|(this|that)"
    # (not what a clause says of the person: "azure ones first since that's us", "that is why we ask")
    r"(?! (is|s|was) (us|me|what|where|why|how|when|who|because|the case)\b)"
    r"(?= (is|was|one|tool|any|good|worth|work|works|still|too|also|really|better|worse|open|free|for|in|on|with|and|"
    r"or|vs|a|an|the|does|do|have|has|support|supports|run|runs|cost|costs|are|were|can|will|adopt|trial|assess|hold|"
    r"ring|entry|card)\b|$)|(?<=vs )(that|this)|(?<=versus )(that|this)|(?<=against )(that|this)|"
    r"(?<=than )(that|this))\b"
)
DECIDE_CUE = cue(
    r"\b(which one|which is|which would|which should|which do|safer|safest|better|best|prefer|go with|pick one|your "
    r"pick|winner|cheapest|simplest|easiest|lightest|leanest|fastest|most mature|least (ops|work|effort|infra|"
    r"maintenance|painful))\b"
)
ORDINALS = {"first": 0, "1st": 0, "top": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "middle": 1, "last": -1}
# the picks shown, asked of as ones: "which ones are managed?"
ONES_ASKED = cue(r"\b(which|what) ones\b")
ORDINAL_REF = cue(
    # (not someone's own: "her last job", "our first project")
    r"\b(the )?(?<!her )(?<!his )(?<!my )(?<!our )(?<!their )(?<!your )(?<!its )"
    # (nor an order asked for: "azure ones first", "open source options first")
    r"(?<!ones )(?<!options )(?<!tools )"
    r"(first|1st|top|second|2nd|third|3rd|middle|last(?! (night|week|weekend|month|year|time|day|quarter|sprint)))"
    # (nor a span or a count: "sold in the last hour", "the first 10 rows", "top 5 products")
    r"(?! (place|time|step|steps|glance|sight|hand|week|month|year|day|quarter|sprint|release|version|job|company|"
    r"employer|project|team|role|gig|hours?|minutes?|seconds?|days|weeks|months|years|nights|few|couple|half|rows?|"
    r"lines?|pages?|epochs?|runs?|batch|items?|entries|\d+)\b)"
    r"( one| option| pick| tool| choice| suggestion| recommendation| of them)?\b|\b(option|number|pick|no) (1|2|3|one|"
    r"two|three)\b"
)
STACK_VERB = cue(
    r"\b(we|i|team|company|org|organisation|organization|they|startup|shop|people|everyone|everybody|folks|users|"
    r"analysts|engineers|devs|scientists|model|models|who|us|half|rest|others|colleagues|teammates|"
    # what the person's own work runs on: "this one's on Snowflake btw", "everything lives in azure"
    r"everything|data|one)((?: \w+){0,4}?)("
    r" use| uses| using| call| calling|"
    r" run| runs| running| rely on| relying on| on| live on| built on| build on| work with| working with| have|"
    r" deployed on| deploy on| deploy to| lives? in| living in| runs? in| running in| hosted in| host on| hosting on|"
    r" standardised on| standardized on| all in on| invested in| committed to| migrating to| moving to| operate|"
    # ("we might move to gitlab next year": where the answer will have to work)
    r" move to| migrate to| switch to| switching to|"
    r" operating| maintain| maintaining| dump| dumping| pay for| paying for| picked| chose| went with| settled on|"
    r" decided on| are going with| set up| rolled out| deployed| installed| know| knows| familiar with| comfortable"
    r" with| fluent in| experienced with| good with| good at)\b"
)
MUST_RUN_ON = cue(
    r"\b(must|should|has to|have to|needs to|need to|got to|gotta)( be able to)? (run|work|live|fit|plug) (on|in|"
    r"inside|within|into|with)( the| our| a)?$|\b(stay|staying|stick|sticking|keep it|keep everything) (within|inside|"
    r"in|with|to)( the| our)?$|\bkeep (it|everything|things|them) all (within|inside|in)( the| our)?$"
)
# a tool's card asked for in a sentence of its own: "metaflow pls.", "explain where catboost sits."
LOOKED_UP = cue(r"\b(pls|please|plz|card|explain|tell me about|what is|whats|what s)\b")
# words that ask something: after a tool's card was asked for, a sentence without them only tells why
ASKS_ANYTHING = cue(
    r"\b(what|which|how|why|where|when|who|any|anything|something|recommend|suggest|should|could|can|would|is there|"
    r"are there|options?|alternatives?|instead|better|cheaper)\b"
)
# one pick asked to work with the tool named next: "anything lightweight that works natively on pandas dataframes?"
# (not every tool that does, a list: "which tools run on azure?", "everything that works with dbt")
WORKS_WITH_NEXT = cue(
    r"\b(anything|something)( \w+){0,2}( that| which)? (works?|runs?|integrates?|plugs? into)( natively| directly|"
    r" well| nicely| smoothly| fine)? (on|in|inside|within|into|with)( the| our| a| plain)?$"
)
# a platform the person will stay on, offered as the answer: "what if we just stay on SageMaker endpoints?", "we are not
# moving off it", "why not just put all of it in Azure ML?"
STAYING_ON = cue(
    r"\b(stay|staying|stick|sticking|remain|remaining) (on|with|in)\b|\bnot (moving|migrating|going|switching) "
    r"(off|away)\b|\bwhy not just\b|\b(just|simply) (use|keep|stay)\b"
)
# a tool placed beside another: "in front of bedrock", "next to Redshift", "on top of the hive metastore"
BESIDE_BEFORE = cue(
    r"\b(next to|in front of|beyond|on top of|behind|alongside|beside|in place of|instead of|sit with|work with)"
    r"( the| our| a| an| plain| classic| good old)?$"
)
# the vendor's people or events, after its name: "the Databricks rep", "AWS account manager", "the outerbounds sales
# guy", "someone at the azure meetup": where a person heard of something, not what is asked about
VENDOR_PEOPLE_AFTER = cue(
    r"(sales ?(guy|guys|person|people|team|rep|reps|pitch|call|deck)?|salesperson|reps?|account (manager|rep|exec|"
    r"executive|team)|sdr|solutions? (engineer|architect)|meetups?|meet up|summit|conference|webinar|keynote|booth|"
    r"hackathon|user group|roadshow)\b"
)
# a pick asked in so many words: "which inference server should we run?", "what should we use", "which runtime"
PICK_ASKED = cue(
    r"\b(which|what) (\w+ ){0,3}(should|would|could|do|can) (we|i|you) (run|use|pick|choose|go with|move|switch|"
    r"migrate|recommend|suggest|add)\b|\bwhich (\w+ )?(runtime|server|library|lib|tool|framework|orchestrator|"
    r"platform|service|database|db)s?\b"
)
# words in quotes, read on the message's own text (its quote marks kept), not on its joined words
QUOTED_WORDS = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
# where it must stay, told by a denial of leaving it: "we never want the data to leave BigQuery", "the data must not
# leave our snowflake account"
KEPT_REACH = 8
KEPT_INSIDE = cue(
    r"\b(never|not|cannot|can t|must not|mustn t|won t|will not|should not|may not|no)( \w+){0,4} (leave|leaves|"
    r"leaving|go outside|exit)( the| our| a| its| their)?$"
)
# a tool told of, then pointed back at as what is to go: "we use airflow and hate it. what could replace it?"
REPLACED_BY_POINTER = cue(
    r"\b(replace|replacing|swap out|swap|ditch|get rid of|move off|migrate off|alternatives? (to|for)|instead of)"
    r" (it|that|this)\b|\b(it|that|this) (be )?(replaced|swapped out|ditched)\b"
)
# what the work moves off, a few words back: "porting the scorecard build from SAS", "migrating our jobs from jenkins"
MOVED_FROM_AFAR = cue(
    r"\b(moving|move|moved|migrating|migrate|migrated|switching|switched|porting|port|ported|rewriting|rewrite)"
    r"( \w+){0,5} from( the| our| a| an)?$"
)
STACK_NOUN = cue(
    r"\b(our|my) (stack|setup|infra|infrastructure|platform|environment|cloud|tooling)( is| are| includes| has| runs| "
    r"uses)\b|\b(running on|built on|based on|on top of|already on|hosted on)\b"
    # (the subject dropped, as terse messages do: "already use mlflow for tracking", "currently on slurm")
    r"|\b(already|currently|today|still) (use|uses|using|run|runs|running|have|has|on|in|pay for|paying for|log to|"
    r"logging to|track in|tracking in|store in|storing in|deploy to|deploying to)\b"
)
# the words that tell which instance of a tool is meant, between a cue and the name: "than static matplotlib", "that
# is not classic jupyter", "get rid of our legacy airflow"
INSTANCE_WORDS = (
    r"( static| classic| legacy| old| current| existing| plain| raw| vanilla| hosted| managed| self hosted)?"
)
REPLACE_BEFORE = cue(
    r"\b((that|which|one|ones) (is|are|was|were) not|other than|anything but|instead of|replace|replaces|replacing|"
    r"replacement for|what replaces|move off|moving off|move away from|"
    r"moving away from|away from|"
    # ("we're moving our repos from azure devops to github")
    r"(moving|move|moved|migrating|migrate|migrated|switching|switched|porting|ported)( \w+){0,4} from|"
    r"switch from|switching from|migrate from|migrating from|migrate off|get rid of|ditch|ditching|swap out|drop|"
    r"dropping|leave|leaving|alternatives? (to|for)|substitute for|outgrow|outgrowing|outgrew|outgrown|tired of|"
    r"fed up with|frustrated with|unhappy with|sick of|limits of|struggling with|stuck with|stuck on|burned by|"
    # ("procurement rejected our W&B renewal", "finance won't renew the datadog contract")
    r"rejected|refused|turned down|vetoed|cancelled|canceled|cancelling|canceling|(will not|not|never) renew(ing)?|"
    r"burnt by|without( \w+)?( \w+ing)?|hand write|hand writing|avoid|babysit|babysitting|"
    r"(nobody|no one) wants to (run|use|manage|"
    r"operate|maintain|write|hand write|touch|learn|babysit)|avoiding|"
    r"not (want to )?(run|running|use|using|manage|managing|operate|operating|touch|learn|pay for|paying for)|"
    r"rather not (run|use|manage|pay for)|(do not|does not|never) want|no more|"
    # ("we don't care about aws or gcp", "nothing aws/azure", "not interested in databricks")
    r"(do not|does not) care (about|for)|not interested in|nothing|"
    # ("we're Azure only - please don't suggest AWS or GCP services")
    r"(do not|never) (suggest|recommend|propose|show|give)( me| us)?( any)?|"
    r"(does|do|should|must|will) not (need|require|depend on)|never (learn|use|"
    r"touch)|ex|former|formerly|used to use|((will|would|can|could) not|cannot) (learn|use|touch|run|host|operate|"
    r"maintain|afford|go to|(upload|send|move|put)( \w+){0,2} (to|into))|no|"
    # ("CI/CD tools, minus the Azure ones", "skip the azure and google ones", "everything except gcp")
    r"minus|skip|skipping|excluding|exclude|except|but not|not the|ignore|ignoring|leave out|leaving out|nothing from|"
    # ("vendor AI platforms, but nothing on AWS or Azure")
    r"none from|not from|nothing on|none on|not on|nothing in|none in|if not)"
    r"( a| an| the| our| any| anything| everything| all)?( whole| entire| full)?"
    rf"{INSTANCE_WORDS}$|"
    # ("not ray tune please", "and please not kubeflow", "the local llm as the judge, not openai")
    r"^((and|but|so|ok|please) )*(not|never)$|"
    # (not "why not mlflow?", "vertex and not sagemaker", "isn't ollama a wrapper")
    r"(?<!why )(?<!or )(?<!if )(?<!and )(?<!is )(?<!are )(?<!does )(?<!do )\bnot$"
)
YARDSTICK_BEFORE = cue(
    r"\b(than|besides|other than|apart from|aside from|except|similar to|something like|like|beyond|on top of|such as|"
    r"e g|eg|for example|for instance|"
    r"other \w+ (besides|than|like)|compared to|compared with|"
    # ("managed spark options?", "hosted kafka": the tool run for them is the yardstick of what is asked)
    r"(fully |a |an )?(?<!self )(managed|hosted|cloud hosted))"
    r"(( a| an| the| our| raw| plain| vanilla| bare| pure| basic| classic| regular| traditional|"
    r" just| handwritten| hand rolled| hand written|"
    r" the usual| the good old| good old| the obvious| the standard| the default)?"
    rf"{INSTANCE_WORDS}"
    r"( calling| using| running| hitting| paying for)?|( calling| using| running| hitting| paying for))?$"
)
# a named tool followed by this is what the person wants to leave ("Airflow feels like overkill", "pandas is
# choking on 200GB", "our MLflow server has died three times")
TROUBLE_REACH = 6
TROUBLE_AFTER = cue(
    r"\b(overkill|choking|chokes|struggling|struggles|died|dies|dying|crashing|crashes|crashed|falling over|falls "
    r"over|fell over|(will|would|just|will just|would just) fall over|"
    # ("azure ml compute is eating our whole budget", "raw shap plots just confuse them")
    r"(is|are|s|keeps?) eating (our|the|all|up)|(just )?(confuses?|confusing|confused) (them|people|everyone|users|"
    r"folks|us)|too (slow|heavy|expensive|complex|complicated|much|big|clunky)|a (pain|nightmare|mess)|killing us|"
    r"not scaling|does not scale|can not keep up|cannot keep up|(?<!least )(?<!less )painful|bloated|flaky|unreliable|"
    r"outgrown|out of "
    r"memory|oom|runs out|running out|ran out|times out|timing out|too slow|tripled|doubled|shutting down|shut "
    r"down|being shut|deprecated|end of life|eol|sunset|sunsetting|discontinued|on hold|going away|goes away|being "
    r"retired|retiring|winding down|pricey|price hike|out of (our )?budget|costs too much|costs? a fortune|heavy|"
    r"heavyweight|clunky|flagged|oom\w*|spaghetti|unmaintained|abandoned|nobody dares|no one dares|banned|forbidden|"
    r"not allowed|blocked|not cutting it|not enough|not good enough|falls short|eye watering|too pricey|(is|are|s) "
    r"(itself )?out\b(?! of)|ruled out|off the table|not an option|a no go|"
    r"(is|are) a (hard |firm |big )?no(?! brainer)|(a )?non ?starter|a dealbreaker|a deal breaker|"
    r"vetoed|won t fly|will not fly|nobody wants to "
    # ("given the whole terraform licence change thing": a tool that changed its licence is one to leave)
    r"touch|licen[cs]e (change|changes|changed|switch|rug pull)|relicen[cs]\w*|"
    r"(changed|changes|changing) (its|their|the) licen[cs]e|(in )?(limited|minimal) maintenance|maintenance mode|"
    r"no longer (maintained|supported|developed)|nobody wants to "
    # ("our azure GPU quota request has been stuck for 6 weeks", "AWS says no H100 quota")
    r"touch|stuck|no (\w+ )?quota|"
    # ("the labelbox quote was brutal", "run:ai pricing is not happening for 9 people")
    r"(quote|quotes|pricing|price|prices|bill|bills|invoice|licen[cs]e fees?)( (is|are|was|were|s))? (just |way |"
    r"frankly )?(brutal|insane|crazy|steep|absurd|ridiculous|painful|wild|nuts|not happening|too high)|"
    # ("the tecton quote made our director physically wince": the price told by how people took it)
    r"(quote|quotes|pricing|price|prices|bill|bills|invoice) (made|makes|had) (\w+ ){1,3}(wince|winced|cry|cried|"
    r"faint|fainted|flinch|flinched|choke|choked|gasp|gasped|cringe|cringed|weep|wept|scream|screamed)|"
    r"quota( \w+){0,3} (denied|rejected|refused|pending)|nobody wants to "
    r"touch|(licen[cs]es?|contract|support|subscription) (end|ends|expire|expires|"
    r"expiring|runs out))\b"
)
# a named tool followed by this is the setting the answer must fit: "pytorch preferred", "python only"
SETTING_AFTER = cue(
    r"(preferred|preferably|only please|if possible|ideally|based|shop|friendly|native|(is|are|would be|will be) "
    r"(fine|ok|okay|acceptable|allowed|approved)(?! (for|but|at|as|in|until|though))|works for us)\b"
)
# the tools an idea just explained holds, asked for: "give me a few examples", "which tools are in it right now?"
EXAMPLES_ASKED = cue(
    r"\b(examples?|name (a few|some|them|a couple)|which (tools|ones)|what (tools|is in it|is in there|else is in)|"
    r"list (them|it|those)|show (me|us) (them|some|a few)|in (it|that ring|there) (now|right now|today)?\W*$|"
    r"(tools|ones) (in|on) (it|that ring|that one|there)|anything (in|on) (it|there|that ring|that one))\b"
)
# a named tool followed by this is an example of a kind: "ollama and friends", "feast and the like"
EXAMPLE_AFTER = cue(
    r"(and|&) (friends|co|company|the like|similar|similar ones|such|its ilk|its peers|its kind)\b|"
    # ("airflow & co": the ampersand is no word of the tokens read)
    r"co\b(?! (founder|pilot|op|author))|"
    # ("quantization, tensorrt, that kind of stuff", "tensorrt or similar", "tensorrt etc")
    r"((that|this) (kind|sort|type) of (stuff|thing|things|tool|tools)|or similar|etc)\b"
)
# a named tool followed by this is one candidate of a choice left open: "vllm or something else?", "grafana or?",
# "grafana for GPU utilisation or is there something more ML-aware"
OPEN_AFTER = cue(
    r"^(\S+ ){0,5}?or (is there |are there |maybe |perhaps )?(something|anything|some other|another|other|others|"
    r"alternatives?)\b|^or\W*$"
)
REPLACE_AFTER = cue(r"(alternatives?|replacements?|substitutes?|competitors?|killers?)\b")
# a choice the team has made, told: "we went with", "we're going with", "we settled on", "we picked"
DECIDED_ON = cue(
    r"\b(we|i|team)( are| have| ve| re)? (went|going|gone|settled|decided|picked|chose|chosen|landed|set up|rolled "
    r"out|deployed|installed)( to go)?( with| on| for)?\b"
)
# the words right before a tool the team chose or runs: "we went with evidently", "we use modal for batch jobs"
CHOSEN_BEFORE = cue(
    rf"({DECIDED_ON.pattern})$|\b(we|i|they|team)( are| re)? (stuck|stick|sticking) with$|"
    r"\b(we|i|they|team) (use|used|are using|re using|adopted|tried|run|ran|switched to|moved to|migrated to)$"
)
# something else described by what it must do: "something that runs in eu-west-1", "anything we can self-host"
# a pick of the thread's kind asked for, in a setting the message names: "what about python-only ones?", "is there
# anything managed on aws?", "something lighter that just checks pandas dataframes?"
KIND_PICK_ASKED = cue(r"\b(ones|anything|something|any options?|other options?|options)\b")
# a feature asked of a kind of tool: "anything with an interactive dashboard", "something that gives a readable report"
FEATURE_ASKED = cue(
    r"\b(something|anything|ones?|options?|tools?) (with|that (has|have|comes? with|gives?|shows?|offers?|provides?))"
    r"( an?| some| its own| their own| a proper| a real)?\b"
)
FEATURE_REACH = 6  # the words after the cue that may tell the feature
SOMETHING_THAT = cue(r"\b(something|anything|one|options?) (that|which|we|to|i)\b")
# what a tool is, does or is worth, asked of it: "can someone explain nannyml?", "what does litellm actually do?",
# "is Dataiku worth what they charge?", "should we take that seriously?"
TOOL_WEIGHED = cue(
    r"\b(explain|worth|seriously|legit|overhyped|hype|hyped)\b|\bwhat (does|do|did) .{1,40}\b(do|does)\W*$|"
    r"\bhow does .{1,40} work\b"
)
# where something pointed at sits on the radar: "where would that sit?", "where does it fit?"
PLACE_OF_IT = cue(r"^where (would|does|do|will|should|could) (it|that|this|they) (sit|fit|go|land|belong|be)\b")
# where to go from a tool, asked: "where do we move our pytorch services?", "what should we migrate to?"
MOVE_ASKED = cue(
    r"\b(where|what) (do|does|should|would|could|can) (we|i|the team|they) (move|migrate|switch|go|port)\b|"
    r"\b(move|migrate|switch|port) (\w+ ){0,3}to what\b"
)
LIGHTER_CUE = cue(
    r"\b(something|anything|one|tool|option|alternative)s? (simpler|lighter|easier|cheaper|smaller|leaner|nicer|"
    r"better|friendlier|less "
    r"complex|more lightweight|lighter weight)\b|\b(replacement|alternative|substitute|successor|equivalent|"
    r"counterpart)s?\b|\binstead\W*$|"
    r"\b(has|have|got) to be a better way\b|\bsomething better\b|\bwhat( is|s)? (lighter|simpler|easier|cheaper|leaner|"
    r"better)\b|"
    # ("like airflow but lighter?")
    r"^(something |anything )?like \w+( \w+)? but (simpler|lighter|easier|cheaper|smaller|leaner|nicer|less \w+|more "
    r"\w+)\b|"
    # ("the W&B quote came back at 4x. cheaper options?")
    r"\b(cheaper|simpler|lighter|leaner|smaller|easier) (options?|alternatives?|tools?|choices?|ones)\b"
)
STACK_SUFFIX = cue(
    r"^(shop|stack(?! up)|house|user|users|based|native|everything|team|setup|"
    # ("steer the SAS folks away from", "the spark devs": those who work with it)
    r"folks|crowd|veterans|devs|developers|programmers|"
    # "slurm today, open to something nicer": what the person runs now
    r"today|currently|at the moment|right now|for now|these days)\b|^(is|are) (our|the) (cloud|stack|"
    r"platform|provider|standard|default|home)\b|"
    # ("what about the pytorch detector?", "the spark jobs": the person's own work, built with the tool; not a part of
    # the tool, "the mlflow model registry")
    r"^(models?|detectors?|classifiers?|forecasters?|regressors?|dags?|jobs?)\b(?! (registry|registries|serving|"
    r"server|servers|endpoints?|apis?|zoo|hub|cards?|formats?|catalog|store|stores|monitoring)\b)"
)
# the person's decision told right after the name opening a clause: "ok label studio it is", "ok mlflow then."
DECIDED_AFTER = cue(r"^(it is|then)( (next|so|and|now|thanks|thx|then))?$")
DECIDED_BEFORE = frozenset({"ok", "okay", "so", "right", "fine", "alright", "great", "cool"})
RING_CONTEXT = frozenset(
    {
        "mean", "means", "meaning", "ring", "tools", "tool", "stand", "stands", "signify", "list", "category", "status",
        # ("hold = banned?", "is hold mandatory to leave?": what a ring obliges, asked of it)
        "banned", "forbidden", "mandatory", "deprecated", "equals", "vs", "versus",
    }
)  # fmt: skip
STACK_BREAKS = frozenset(
    {
        "what",
        "which",
        "should",
        "could",
        "would",
        "can",
        "will",
        "how",
        "for",
        "vs",
        "or",
        "but",
        "instead",
        "compare",
        # (weighed, not run: "we've shortlisted BentoML and Seldon Core", "we have been evaluating feast")
        "shortlisted",
        "narrowed",
        "evaluating",
        "considering",
        "comparing",
        "weighing",
        "piloting",
        "than",
        "want",
        "need",
        "if",
        "whether",
        "not",
        "to",
        "never",
    }
)
# A message asking for a tool for a need ("what should serve our models?", "what do people use"):
# tools it names are then the setting, the thing to replace or the yardstick, not the subject.
ASK_FOR_TOOL = cue(
    r"\b(what should|what (do|does|would|could) (people|folks|teams|you|we|i|everyone|everybody|others|other "
    r"teams)|what (fits|works|helps)|what can (we|i) use|"
    # ("what can we put in front of training to catch junk rows?")
    r"what (can|could) (we|i) (put|plug|stick|slot|bolt|wire)(?!( \w+){0,3} (radar|poll|polls|catalog))|"
    r"is (that|this|there) (even )?a thing|what is (good|"
    r"a good|best|the (sane|sanest|best|right|simplest|easiest|cheapest|safest|standard|usual|least friction|go to|"
    r"goto))|what tools|"
    r"which (tool|"
    r"library|framework|service|platform|one|runtime|database|db|engine|orchestrator|stack|product|vendor|solution)s?|"
    r"what to (use|pick|choose|try|run|buy)|what next|reach for|look at|looking for|rec{1,2}om{1,2}e?nd(?!er)\w*|"
    r"sug{1,2}est\w*|"
    r"find (us |me |them )?(a|an|some) (\w+ )?(tool|platform|solution|library|framework|service)s?|"
    # ("do we need it on GKE?": whether the tool named is needed, not a tool asked for)
    r"any (good )?(tool|option|idea)s?|(we|i) (need|want|would like)(?! (it|them|this|that)\b)|need (a|an|some|to)|"
    r"want (a|an|to|one)|(want|"
    r"need)s? (something|proper|better|central|shared|managed|hosted|simple|simpler|lighter)|(has|have|got) to be a "
    r"better way|a better way|how (do|"
    r"can|should|would) (we|i)|is there (a|an|any|some|something|anything|one)|"
    r"are there (any |some )?\w+|options?|alternatives?|replacements?|"
    r"substitutes?|"
    r"successors?|besides|other than|lighter than|simpler than|cheaper than|where (should|would|could|can) (we|i|a|"
    r"people|our|it|they)|" + MOVE_ASKED.pattern + r"|"
    # ("how do people roll out a model gradually?", "where would you even start tooling-wise?", "what monitoring
    # stack?": what others use, asked)
    r"how (do|does|would|should|can) (people|teams|others|folks|other teams|companies|everyone)|"
    r"where (would|should|do|could|does) (you|we|i|one|someone) (even )?start|"
    r"(what|which)( \w+){1,2} (stack|tooling)\b|"
    r"what else|what now|what is good|what works|(simplest|easiest|cheapest|fastest|quickest|"
    r"cleanest|best|least painful|most painless|sanest|right) (way|path|route)|path of least (resistance|friction)|"
    # ("what's a sane way to serve it?", "DP-SGD for a pytorch model, go-to lib?")
    r"(sane|sensible|reasonable|decent|proper|clean|cleaner|smart|smarter|good|nice|robust|standard) (way|path|route) "
    r"to|go ?to (lib|libs|library|libraries|tool|tools|framework|option|choice|pick|solution)s?|"
    r"(what|which)( \w+){1,4} (fits|suits|works|would (fit|suit|work))|(what|which)( \w+){1,3} should (we|i|they|"
    r"people|the|our|my|a|an|\d+ people)|"
    # ("which inference server gives best throughput per $?": the one that does best, asked for)
    r"(what|which)( \w+){1,3} (gives|has|offers|does|performs|scales|handles|is) (the )?(best|most|fastest|cheapest|"
    r"lowest|highest|least)|"
    # ("what gives us canary/shadow rollouts?")
    r"(what|which)( \w+){0,2} (gives|would give|could give|can give|gets|would get) (us|me|them|the team)|"
    # ("pandas falls over on 2 TB. what's the next step up?", "if not k8s, then what")
    r"(the )?next step up|step up from|upgrade path|if not( \w+){1,2},? (then )?what|"
    # ("a chat bot over the pdfs, what stack?", "whats out there?", "what's worth a serious look?", "something to build
    # a quick internal app where ...": tools asked for in other words)
    r"(what|which) (stack|tooling)|(what s|whats|what is|anything|something) out there|"
    r"(what|which)( \w+){0,3} (is|are|s) worth a (\w+ )?look|"
    r"^(something|anything) to (build|make|run|do|help|track|host|manage|check|catch|handle)"
    r")\b"
)
# a judgement of the thread's tool for a setting, opening the message: "overkill for a team of 4?", "too heavy for us?",
# "mature enough for prod?"
FIT_JUDGED = cue(
    r"^((is it|is that|would it be|would that be|isn t it|it s|thats|that s) )?(a bit |way |too |kind of |kinda )?"
    r"(overkill|enough|good enough|mature enough|stable enough|fast enough|worth it|a good fit|the right fit|a good "
    r"choice|the right choice|suitable|viable|usable|ready|production ready|heavy|complicated|too (much|big|complex)|"
    r"fine|ok|okay|sane|realistic) (for|with|at|given|on)\b"
)
# asking to be handed a tool, with or without a need: "which one should we use?", "any recommendations?"
PICK_CUE = cue(
    r"\b(which one|which tool|what tool|what should (we|i|our team|the team|my team|our group) (use|pick|choose|adopt|"
    r"go with|try)|what (do|would) (you|people|ppl|folks|others|other teams|most teams) "
    r"(recommend|suggest|use)|recommend(?!er)\w*|suggest\w*|recs$|recs (pls|please|plz|for|on)|what is good|what works|"
    r"(what|which) (is|one is) best|"
    r"any (good )?(tools?|options?)|help (me|us) (pick|choose|select|find|decide on) (a|an|one|the right)|"
    # ("what's the go-to library for object detection these days?")
    r"(the|your|a|our) go to)\b"
    # "what framework would you use to build RAG?", "which library do people pick for this?"
    r"|\b(what|which)( \w+){0,3} (would|should|do|could) (you|we|i|people|folks|teams) (use|pick|choose|recommend|go "
    r"with|go for|reach for|bet on|start with|start from|begin with|build on)\b"
    # ("which federated learning frameworks are actually usable?", "which fine-tuning libs are sane for us?": the kind
    # judged, a pick asked for)
    r"|\b(which|what)( [\w-]+){1,4} (is|are) (actually |really |still |even )?(usable|sane|good|decent|solid|"
    r"reliable|mature|production ready|worth (it|using|trying|the effort)|the best|best|any good|recommended|safest|"
    r"the safest)\b"
)
# a name asked about as a tool: "where does X sit on the radar", "what ring is X in"
PLACE_FRAME = cue(
    r"\bwhere (does|do|would|should) (?!(you|it|this|that|they|we|i) )(?P<name>[\w ]{2,40}?) ((sit|fit|belong|land|"
    r"stand)( on| in)?( (the|our|your) radar)?|(go|live|be) (on|in) (the|our|your) radar)$|^what ring (is|are) "
    r"(?P<other>[\w ]{2,40}?)( in| on)?$|^(is|are) (?!(it|this|that|they|there|anything|something) )"
    r"(?P<asked>[\w ]{2,30}?) (on|in) (the|our|your) (radar|catalog|list)\b|^do we have (?P<have>[\w ]{2,30}?)"
    r"( somewhere)? (on|in) (the|our|your) (radar|catalog|list)\b|^where (is|are) (?!(it|this|that|they) )"
    r"(?P<where>[\w ]{2,30}?) (on|in) (the|our|your) (radar|catalog)\b|"
    # ("does the radar cover dataplex?")
    r"^(does|do) (the|our|your) (radar|catalog) (cover|include|list|know about|have) (?P<covers>[\w ]{2,30}?)$|"
    # ("what's the radar position on MONAI?", "do we have a position on Harbor as the registry for our images?")
    r"\b(position|stance|verdict) (on|about) (?P<stance>\w+)( as\b.*)?$"
)
OTHER_REF = cue(r"\b(the other|another one of|the one (we|you) (said|mentioned))\b")
# the other of two tools the thread weighed: "what about the other one?"
THE_OTHER_ONE = cue(r"\bthe other (one|tool|option|candidate)\b")
NEXT_NEED = cue(
    r"^(\w+ )?(and|also|plus|what about|how about|and what about|and how about|what if|and if)( for| to| with| we "
    r"(move|moved|switch|switched|go|went|migrate|migrated)( to| over to)?)?\b"
)
# a question about an idea rather than a tool
CONCEPT_ASK = cue(
    r"\b(what|whats|why|how|who|explain|where|mean|means|meaning|difference|idea|concept|point of|position|thing|"
    r"counts? as|actually)\b|^(is|are|should|does|do|can|could|would|will)\b|"
    # ("when would a tool end up in a different ring?": when the radar does something to a tool)
    r"\bwhen (does|do|would|should|will|can|is|are) (a|any|the|our) (tool|tools|category|ring)\b"
)
# ("does not mean rewriting everything" is no question of meaning)
# ("the rolling power mean", "a weighted mean" are the statistic, not a word's meaning)
MEANING_CUE = cue(
    r"\b(?<!not )((?<!the )(?<!a )(?<!rolling )(?<!moving )(?<!running )(?<!weighted )(?<!power )(?<!sample )mean|"
    r"means|meaning|counts? as|example actions|difference between|position|point of|purpose|fit|fits|"
    r"(?<=what )(separates|distinguishes|differentiates)|(?<=how do you )(tell apart|distinguish)|"
    # (not the person's own idea: "idea: model the network as a graph", "no idea which one", "an idea for")
    r"(?<!^)(?<!an )(?<!my )(?<!our )(?<!one )(?<!no )(?<!good )(?<!new )idea)\b"
)
# words in quotes, after a space or at the start and before a space or punctuation (not "isn't")
QUOTED = re.compile(
    r"(?:^|(?<=\s))['\"\u201c\u2018]([^'\"\u201c\u201d\u2018\u2019]{3,60}?)['\"\u201d\u2019](?=[\s.,;:!?)]|$)"
)
QUOTED_IDEA_MIN = 2.0  # a BM25 score over quoted words alone that marks them as one of the radar's ideas
STRONG_IDEA = 4.5  # an idea this clearly named is the answer, whatever else the message mentions
# the words of the radar's own world and of the team's work with models and data: an idea matched only by everyday
# words ("can I carry my leave over to next year?", "how do I stop outlook asking for my password?") is matched by
# chance unless the message says one of these
FRAMEWORK_WORDS = cue(
    r"\b(radar|rings?|adopt|adopted|trial|trials|assess|assessed|hold|quadrants?|axis|axes|framework|waiter|catalog|"
    r"catalogue|polls?|vote|votes|voting|lifecycle|loops?|bot|you|commitments?|self serve|build|buy|thoughtworks|"
    r"seed|posts?|blog|tools?|tooling|librar(y|ies)|frameworks?|platforms?|vendors?|stack|mlops|ml|ai|llms?|models?|"
    r"data|datasets?|pipelines?|features?|experiments?|training|inference|predictions?|gpus?|clusters?|notebooks?|"
    r"python)\b"
)
# ("they're iPads, if that matters": a setting told of the thread's picks)
SETTING_MATTERS = cue(r"\bif (that|it) (matters|helps|makes a difference)\b")
IDEA_MIN = 2.5  # BM25 score over an idea's words that marks it as what is asked about
# the word before a tool that makes it what a question weighs or picks, not part of the story around a need
ASKED_BEFORE = frozenset(
    {
        "use", "using", "try", "trying", "pick", "picking", "adopt", "adopting", "choose", "choosing", "consider",
        "considering", "evaluate", "evaluating", "recommend", "is", "are", "was", "about", "does", "do", "can", "could",
        "should", "would", "will", "vs", "versus", "or", "think of", "opinion of", "opinions of", "take on",
        "thoughts on", "view on", "views on", "heard of",
    }
)  # fmt: skip
# the word after a tool that weighs it: "X worth it?", "X any good for this?", "X vs Y"
ASKED_AFTER = frozenset(
    {"worth", "any", "good", "ok", "okay", "fit", "fits", "suitable", "enough", "handle", "handles", "vs", "versus",
     "or"}
)  # fmt: skip
QUESTION_BEFORE = cue(r"\b(should|could|can|would|shall|may|might|must|will|do|does|to|whether|if)$")

# what people write after a cloud's name that is its everyday business, not a product: "our aws account", "azure
# credits", "gcp gpu instances"
# fmt: off
CLOUD_NOUNS = frozenset([
    "account", "accounts", "bill", "billing", "bills", "cost", "costs", "credit", "credits", "region", "regions",
    "console", "tenant", "tenants", "subscription", "subscriptions", "project", "projects", "org", "orgs",
    "organisation", "organization", "stack", "services", "service", "side", "world", "native", "infra",
    "infrastructure", "instance", "instances", "gpu", "gpus", "vm", "vms", "spot", "marketplace", "partner",
    "partners", "rep", "reps", "team", "teams", "support", "free", "tier", "certified", "certification", "shop",
    "setup", "environment", "environments", "env", "resources", "quota", "quotas", "lock", "ecosystem", "offering",
    "offerings", "equivalent", "equivalents", "version", "versions", "flavour", "flavor", "pricing", "price",
    "prices", "budget", "contract", "deal", "discount", "commitment", "users", "customers", "people", "folks", "only",
    "first", "based", "heavy", "bucket", "buckets", "cluster", "clusters", "apis", "api", "sdk", "sdks", "cli",
    "tools", "tooling", "stuff", "things", "thing", "one", "ones", "way",
])
# fmt: on
# Words that frame a question without naming anything ("where does X sit on the radar").
FRAME_WORDS = frozenset(
    [
        "radar",
        "ring",
        "rings",
        "quadrant",
        "quadrants",
        "category",
        "categories",
        "sit",
        "sits",
        "sitting",
        "placed",
        "placement",
        "place",
        "put",
        "stand",
        "stands",
        "land",
        "lands",
        "fall",
        "falls",
        "rated",
        "rating",
        "rate",
        "status",
        "verdict",
        "opinion",
        "thoughts",
        "thought",
        "view",
        "take",
        "worth",
        "recommend",
        "recommended",
        "recommendation",
        "suggest",
        "suggestion",
        "advice",
        "info",
        "information",
        "details",
        "detail",
        "overview",
        "summary",
        "heard",
        "hear",
        "about",
        "tool",
        "tools",
        "adopt",
        "adopted",
        "trial",
        "trialled",
        "trialed",
        "assess",
        "assessed",
        "hold",
        "held",
        "on",
        "team",
        "teams",
        "current",
        "currently",
        "today",
        "now",
        "our",
        "your",
        "card",
        "bot",
    ]
)
# a wish to stay free of any one cloud: "won't lock us in", "cloud-agnostic"
NO_LOCK_IN = cue(
    r"\b(lock(s|ed)? (us |them |you )?in|lock ?in|vendor[ -]neutral|cloud[ -]agnostic|portable|not tied to)\b|"
    # (not "we won't go multi-cloud")
    r"(?<!not go )(?<!n't go )(?<!not )(?<!never )(?<!no )\bmulti[ -]cloud\b"
)
# the cost of a tool asked about ("which is cheapest?", "what would cost us least?"): the free ones answer first
COST_ASKED = cue(
    r"\b(cheap|cheaper|cheapest|cost|costs|costly|price|pricing|pricey|budget|afford|affordable|inexpensive|least "
    r"expensive|less expensive|free)\b"
)
# a tool asked for beside one chosen: "what do we pair it with", "what works alongside it", "what complements it"
PAIRED_WITH = cue(
    r"\b(pair|combine) (it|that|this|them) with\b|\b(sits?|works?) (with|on top of|alongside|next to) "
    # ("what would you pair with it for data quality checks?", "what do we track experiments with that plays nicely
    # with it?")
    r"(it|that|this|them)\b|\b(pair|combine|integrates?|plays?)( well| nicely| nice| along)? with "
    r"(it|that|this|them)\b|\bcomplements? (it|that|this|them)\b|"
    # ("so what sits on top of argo cd for the canary part?")
    r"\b(what|which|anything|something) (sits|goes|runs|plugs in|plugs) on top of\b"
)
# the next step of a project the thread has been about: "ok next: what do we use to ...", "next problem is the label
# files", "once the labels exist", "what do we pair it with", "now we need something to serve the encoder"
NEXT_STEP = cue(
    r"\b(next|next thing|next step|next up|moving on)\b\W*(\w+ ){0,3}(what|where|which|how)\b|"
    r"\bnext (step|problem|thing|up|job|bit|part|piece|question|challenge|stage|phase)\b|"
    r"\bonce (the|we|it|they|that|those|our)\b|\bafter that\b|\bafterwards\b|"
    r"\bthen what\b|\bon top of (it|that|this)\b|^(ok |okay |so |and )?now\b|\bnow (we|i) (need|want)\b|"
    + PAIRED_WITH.pattern
)
