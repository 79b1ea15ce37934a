"""From a stated need to one to three tools: use-case tags, the person's setting, the team's rings."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import accumulate

from bot.radar.answers import Placed, members
from bot.radar.catalog import Catalog
from bot.radar.language.cues import ASKING_WORDS, KIND_NOUNS
from bot.radar.language.retrieval import (
    QUESTION_STEMS,
    Hit,
    Ranker,
    problem_documents,
    tag_documents,
    tool_documents,
)
from bot.radar.language.text import COMMON_WORDS, GLUE_WORDS, STOP_WORDS, Token, stem, words
from bot.radar.models import Category, Persona, Ring, Tag, Tool
from bot.radar.team import TeamRadar

MOST_PICKS = 3
HEDGE_SHARE = 0.8  # a second use case this close to the first gets the last pick
POSITION_FACTOR = (1.0, 0.85, 0.7)  # a use case a tool lists first is what it is for; later ones are extras
SHARED_BONUS = 0.3  # for each further use case of the need a tool lists
HOME_BONUS = 0.2  # for living in the category where the need's use case lives
# candidates scored in full per recommendation; only very large catalogs have more (the bundled one keeps more than 200
# for 4 of the 13,891 recommendations the read sets ask for, and no set's score moves)
MOST_CANDIDATES = 200
RELEVANCE_KEPT = 0.6  # candidates within this share of the best match stay in the running
COMPLEMENT_SHARE = 0.9  # a use case named in what an opening kind is for weighs at most this share of the kind
CPU_KEPT = 0.4  # ...and, for someone without GPUs, the ones that run on a CPU within this share
REASON_LENGTH = 200  # characters of a tool's description quoted as the reason: a phone screen's worth
DESCRIPTION_MATCH = 0.8  # two words found in few category descriptions point at a category
EXPLAINING = frozenset({"why", "mean", "means", "meaning", "explain"})
RETRIEVED_MIN = 2.5  # a BM25 score this high over a tag's phrases and its tools' descriptions is a need
FUSION_WEIGHT = 1.0  # how much BM25's ranking adds to a use case the rules found
# a need told by its symptoms is told in a problem's words more surely than in the words of the tools' descriptions
PROBLEM_SHARE = 1.3
PROBLEM_MIN = 3.0  # the same, over the problems people describe a use case by (shorter texts, more words shared)
# requests people wrote before, each answered by known tools: the most alike vote for their tools' use cases
EXAMPLES_CONSULTED = 8
EXAMPLE_MIN = 3.0  # a BM25 score this high makes an earlier request alike
EXAMPLE_SHARE = 2.0  # the vote's weight beside the tags' own vocabulary (1.0) and their problems
EXAMPLE_WORDS = 5  # ...and only for a question of this many words that say what it is about
EXAMPLE_TAG_SHARE = 0.5  # a use case counts for a request when its tools list it this often, as a share of the most
ALIKE_WEIGHT = 0.6  # the alike requests' vote for a candidate, as a share of the best candidate's match
ALIKE_OUTSIDE = 1.0  # ...and for a tool none of the need's use cases found, which only their votes bring in
RETRIEVED_CONSIDERED = 3  # use cases BM25 retrieval weighs before the best one is taken
PHRASE_ACROSS_CLAUSES = 2  # words apart beyond which a phrase's words across a clause's start are two clauses' words
WHOLE_PHRASE = 2.0  # a use case named in its own whole phrase ("model registry"), not one of its words
RETRIEVED_WEIGHT = 0.9  # a retrieved need is a hint, weaker than a phrase the person wrote
HEAD_WEIGHT = 0.7  # the last word of a use case's name on its own ("serving", "tracking"): a hint
PLAIN_WEIGHT = 0.6  # an everyday word that is one of its phrases ("train", "images"): a weaker hint
NAME_COMPLEMENTS = frozenset({"for", "of", "in", "with", "on", "to"})
DONE_FACTOR = 0.5  # a hint word in the past tense ("trained", "served") tells what happened, not the need
NEGATED_FACTOR = 0.3  # a use case said to be absent or unwanted ("without labelling") is hardly the need
PEOPLE_FACTOR = 0.3  # a use case's words naming people ("platform engineers", "the data science team")
# words that make "version" an edition of a tool: "a typescript version", "the enterprise version"
EDITIONS = frozenset(
    {
        "typescript", "ts", "javascript", "js", "java", "go", "golang", "rust", "r", "c", "cpp", "scala", "kotlin",
        "swift", "julia", "python", "dotnet", "net", "community", "enterprise", "free", "paid", "cloud", "managed",
        "hosted", "lite", "mobile", "desktop", "windows", "mac", "linux", "arm", "newer", "older", "latest", "stable",
        "beta", "pro",
    }
)  # fmt: skip
PEOPLE_NOUNS = frozenset(
    {
        "engineer",
        "engineers",
        "people",
        "folks",
        "team",
        "teams",
        "devs",
        "developers",
        "scientists",
        "analysts",
        "lead",
        "leads",
        "manager",
        "managers",
        "director",
        "directors",
        "owner",
        "owners",
        "experts",
        "admins",
        "guys",
    }
)
PLACE_FACTOR = 0.5  # a use case named as where something happens ("in merge requests"), not what is needed
KIND_NAMED = 0.5  # added to a use case named as the kind of tool asked for ("recsys libraries", "drift tools")
SCENE_FACTOR = 0.5  # a use case named only while setting the scene, when the asking sentence names another
VENDOR_PLATFORMS = "vendor-ai-platforms"
CLOUD_PROVIDERS = "general-cloud-providers"  # the category of the clouds themselves
IN_HOUSE_PLATFORMS = "custom-ml-platforms"  # built by one company for itself: nothing anyone can buy
# the categories of tools that cover most of the lifecycle in one product
LIFECYCLE_IN_ONE = frozenset({VENDOR_PLATFORMS, "high-coverage-saas", IN_HOUSE_PLATFORMS, "experimentation-platforms"})
PLATFORM_JOB_SHARED = 3  # all-in-one platforms that must do a job for a cloud's own platform to answer for it
AS_A_SERVICE = frozenset({"iaas", "saas", "paas"})
SERVICE_NOUNS = (
    "services",
    "service",
    "providers",
    "provider",
    "vendors",
    "platforms",
    "offerings",
)  # the category of the clouds' and vendors' own ML services
RING_BONUS = {"adopt": 0.3, "trial": 0.2, "assess": 0.1, "hold": -1.0}
# a tool the team itself placed in Adopt or Trial beats an unplaced catalog tool of about the same fit
TEAM_BONUS = 0.35
PROMINENCE_TIE = 1e-3
# within the candidates for a need, the one whose own description best answers the question's words gains this
# much ("trace prompts and token spend" picks the tracers among LLM tools, "quantization" the quantisers)
DESCRIBED_WEIGHT = 1.0
TEAM_LEAD_RELEVANCE = 0.85  # ...and leads the answer when its match is within this share of the best one
# the tools whose own descriptions best answer the question join the candidates, whatever use cases they list: a
# need no use case names well ("saliency maps", "rings of connected applicants") still finds its specialists
DIRECT_MOST = 5
DIRECT_SHARE = 0.85  # ...when their description scores this close to the best one
DIRECT_WEIGHT = 0.25  # ...as this share of the best use-case match

# Who people say they are, in their words, mapped to the catalog's personas.
PERSONA_WORDS: dict[str, tuple[str, ...]] = {
    "ml-researcher": (
        "ml researcher",
        "researcher",
        "researchers",
        "data scientist",
        "data scientists",
        "scientist",
        "scientists",
        "research team",
        "phd",
    ),
    "software-engineer": (
        "software engineer",
        "software engineers",
        "swe",
        "developer",
        "developers",
        "backend",
        "back end",
        "devops",
        "sre",
        "platform engineer",
        "platform team",
        "engineering team",
        "web developer",
    ),
    "ml-engineer": (
        "ml engineer",
        "ml engineers",
        "mle",
        "mles",
        "mlops engineer",
        "mlops engineers",
        "machine learning engineer",
        "machine learning engineers",
    ),
}


@dataclass(frozen=True)
class NeedMatch:
    tag: Tag
    weight: float
    positions: frozenset[int]
    retrieved: bool = False  # found by ranking the message's words, not named by a phrase the person wrote


@dataclass(frozen=True)
class Need:
    """What the person is trying to do, as catalog tags and categories, strongest first."""

    tags: tuple[NeedMatch, ...] = ()
    categories: tuple[Category, ...] = ()
    words: frozenset[str] = frozenset()  # stems of the question's content words, for finer matching
    areas: tuple[Category, ...] = ()  # categories whose description the question echoes
    # the tools that answered the most alike earlier requests, with their votes (1.0 for the best)
    alike: tuple[tuple[str, float], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.tags or self.categories or self.areas)

    @property
    def phrased(self) -> bool:
        """A use case named by one of its phrases, not just hinted at by a word."""
        return any(m.weight >= 1 for m in self.tags)

    @property
    def strong(self) -> bool:
        """More than a passing word: a whole phrase, a category's name or its description."""
        return bool(self.categories or self.areas or any(m.weight >= 1 for m in self.tags))

    @property
    def label(self) -> str:
        names = [m.tag.name for m in self.tags[:2]] or [c.name for c in (*self.categories, *self.areas)[:1]]
        return " and ".join(names)

    @property
    def positions(self) -> frozenset[int]:
        return frozenset().union(*(m.positions for m in self.tags)) if self.tags else frozenset()


# the first halves of hyphenated words whose second half alone would name another job ("fine-tune" is no tuning)
BOUND_PREFIXES = frozenset({"fine"})
OPEN_SOURCE_CUE = re.compile(
    r"\b(open[ -]?source|oss|foss|osi|self[ -]?host\w*|on[ -]?prem\w*|no saas|not saas|free software|apache 2|"
    r"mit licen[cs]e|(no|zero|0|nil) budget|(only )?(the )?free (ones|stuff|tools|options)|free only|"
    r"budget( \S+){0,5} is "
    r"(basically |pretty much |about |literally |essentially )?(zero|nil|nothing|0)|(can not|cannot|not|without) "
    r"(pay|paying|afford)|no money|free of charge|"
    r"(in|on) our (own )?(dc|data ?cent(er|re)s?|servers|hardware|racks|network|infra(structure)?|machines|vms)|"
    r"(no|not|without) (bsl|business source|source available)( licen[cs]es?)?|osi approved|"
    # ("notebook tools that are not cloud-hosted", "no hosted stuff")
    r"(not|no|never|nothing) (cloud[ -]?)?hosted|(not|never) in (the|a|someone s) cloud|"
    # ("just the ones we could run inside the hospital network")
    r"(run|host|deploy|keep|install)( \S+){0,2} (inside|within|behind) (our|the) (\w+ )?(network|firewall|walls|vpc)|"
    # ("we don't want to manage any gpus ourselves")
    r"(host|run|serve|operate|manage|managing|maintain|maintaining|babysit)"
    r"(( (it|them|\S+)( \S+){0,3})? ourselves|( (it|them|\S+))? (for free|on our own (vms?|machines?|box(es)?|"
    r"infra(structure)?|workstations?|laptops?|desktops?|pcs?)))|(can not|cannot|cant|not allowed to|must not|may not|"
    r"are not allowed to|never) (send|upload|put|push|share|give)\b.{0,40}\b(to|into|with) (a |any |an )?(saas|"
    r"vendor|third party|external|outside)|(can not|cannot|cant|must not|may not|not allowed to|never|does not|do not|"
    r"will not|is not allowed to|not) (leave|go outside|leave the walls of) (our|the) (building|premises|dc|data "
    r"?cent(er|re)s?|servers?|network|site|hospital|lab|own (servers|hardware|dc)))\b|"
    # ("security says nothing leaves our VPC")
    r"\bnothing (leaves|may leave|can leave|goes outside|is allowed to leave) (our|the) (vpc|network|building|"
    r"premises|tenant|infra|infrastructure|servers|walls)\b|"
    # ("a vector db we can run in-house", "runs in the customer's air-gapped k8s", "works fully offline")
    r"\b(run|runs|running|host|hosted|hosting|deploy\w*|keep|kept|stay|stays|serve)( \S+){0,3} in[ -]house\b|"
    r"\bair[ -]?gapped\b|\b(fully|completely|entirely) offline\b|"
    # ("we can't justify per-seat pricing", "no per-seat licences")
    r"\b(can not|cannot|could not|not|no|never|without|will not|would not|do not|does not)( \w+){0,2} "
    r"per[- ]?(seat|user|head)\b|"
    # ("which one works offline on a laptop?", "runs fine on a single workstation": on a machine of theirs, with no
    # service to reach; "offline inference", "an offline store" are batch work, not where it runs)
    r"\b(work|works|working|run|runs|running|usable)( \S+){0,2} offline\b(?! (features?|stores?|evaluations?|evals?|"
    r"inference|scoring|batch|training|metrics|experiments?|rl|jobs?|pipelines?|data|tests?))|"
    r"\b(work|works|working|run|runs|running|usable)( \S+){0,3} on (a|the|one|my|our|his|her|their|your|each|every|"
    r"any) (single |own |local |plain |normal |regular |old )?(laptops?|workstations?|desktops?|pcs?|macbooks?)\b|"
    # ("zero euros until the new budget", "finance froze all new SaaS spend", "no vendor contracts")
    r"\b(zero|no|0) (euros?|dollars?|pounds?|money|spend|spending|cash)\b|\b(froze|frozen|freezes|freeze|freezing) "
    r"(all |any )?(new )?(\w+ )?(spend|spending|purchases|purchasing|budgets?)\b|\bno (new )?vendor "
    r"(contracts?|deals?|spend)\b"
)
# "free" as a licence: said of tools or on its own ("free no-code ml tools?", "free + self-hostable", "free please"),
# not of text, a tier, a slot or a card ("free-text notes", "if a GPU is free")
FREE_CUE = re.compile(
    r"(?<!hands-)(?<!hands )(?<!feel )(?<!gpus )(?<!has )(?<!\bif )(?<!\bwhen )(?<!\bwhether )\b(?<!is )(?<!are )free\b"
    r"(?![ -](text|form|tier|trial|plan|credits?|for|of|up|time|memory|space|disk|gpus?|slots?|capacity))"
    r"(?=( [\w-]+){0,5} (tools?|libs?|libraries|library|options?|alternatives?|solutions?|software|frameworks?|"
    r"products?|platforms?|ones|stuff|apps?|services?)\b|( ?[+,&]| and| please| pls| only| if possible| ideally| "
    r"ones?)\b| ?[+,&]|\s*[?.!]|$)|\b(which|what|any)( of (those|them|these))?( \w+){0,2} (is|are) free\b|"
    # ("has to be free, there is zero licence budget")
    r"\b(be|stay|remain) free\b|\b(zero|no) (licen[cs]e|licensing|software|tool|tooling) budget\b|"
    # ("a model registry that doesn't cost money", "nothing with a licence per seat", "no licence fees")
    r"\b(does not|do not|will not|would not|should not|must not|cannot|can not|never) cost (money|anything|a (thing|"
    r"penny|cent|dime)|us (anything|money|a thing)|a licen[cs]e)\b|"
    r"\b(no|without|zero) licen[cs](e|es|ing) (fees?|costs?|spend)\b|\bfree of charge\b"
)
COMMERCIAL_CUE = re.compile(
    r"\b(commercial|paid|vendor|enterprise support|(fully )?managed|saas|hosted for us|"
    # ("we'd rather pay someone to run it for us")
    r"(rather|happy to|prefer to|willing to|would|could|just) pay (someone|somebody|a vendor|a company|them) to "
    r"(run|host|manage|operate))\b"
)
# what "commercial" describes when it tells the business or its people, not a licence: "commercial loans", "the
# commercial team", "commercial real estate"
COMMERCIAL_OF_THE_BUSINESS = re.compile(
    r" (team|teams|side|department|dept|folks|people|unit|org|colleagues|director|manager|lead|leads|partners?|"
    r"loans?|lending|lenders?|banking|bank|mortgages?|credit|real estate|property|properties|premises|vehicles?|"
    r"fleet|trucks?|vans?|customers?|clients?|accounts?|insurance|policies|contracts?|deals?|terms|use|kitchens?|"
    r"pilots?|flights?|aviation|fishing|shipping|buildings?|sites?|strategy|reasons?|success|launch|release|"
    r"shipments?|orders?|pricing|sales|card|cards|lines?|users?)\b"
)
# ("rather than stitching open source together": the words between say how, the licence is still turned down)
MOVED_OFF = re.compile(r"\b((instead of|rather than|away from)( \w+ing)?|no longer|not|move off|moving off) $")
VENDOR_ACTS = re.compile(
    r" (s |is |are |that |who |which )?(wants?|wanted|asks?|asked|says|said|sent|sends|pitch\w*|needs|offered|"
    r"quoted|called|came|told|demoed|proposed|"
    # ("so we're not locked in if the vendor hikes prices", "what if the vendor goes under")
    r"hikes?|hiked|raises?|raised|increases?|increased|doubles?|doubled|changes?|changed|goes|went|drops?|dropped|"
    r"kills?|killed|deprecates?|sunsets?|folds?|folded|disappears?)\b"
)
PAYING_MEANS = re.compile(
    r" (\w+ )?(means|mean|needs|would need|requires|would require|triggers|would trigger|has to go through|"
    r"goes through|must go through|equals)\b"
)
NOT_MANAGED_CUE = re.compile(
    r"\b(without managing|no (servers|infra|ops)|serverless|not (run|host|manage) (it|them))\b"
)


@dataclass(frozen=True)
class Constraints:
    """What a person insists on: a licence kind and staying off Kubernetes (filters), and what weighs on the choice
    without ruling a tool out: the programming language they work in and being a small team."""

    license: str | None = None  # "open-source" | "commercial" | None
    language: str | None = None  # "R", "Java", "Scala"... (Python is the default and needs no saying)
    no_kubernetes: bool = False
    small_team: bool = False
    within_stack: bool = False  # "we're on postgres and don't want another database": what works with it first
    cloud_only: bool = False  # "azure-native stuff only", "GCP only": the cloud's own services, where it has some
    off_big_clouds: bool = False  # "someone who is NOT one of the big three": no hyperscaler nor its own services
    cpu_only: bool = False  # "we don't have gpus, only cpu": what runs without a GPU first, what needs one last

    def as_tags(self) -> tuple[str, ...]:
        """The constraints as short strings, for a thread to remember."""
        return tuple(
            tag
            for tag, present in (
                (f"license:{self.license}", self.license),
                (f"language:{self.language}", self.language),
                ("no-kubernetes", self.no_kubernetes),
                ("small-team", self.small_team),
                ("within-stack", self.within_stack),
                ("cloud-only", self.cloud_only),
                ("off-big-clouds", self.off_big_clouds),
                ("cpu-only", self.cpu_only),
            )
            if present
        )

    @classmethod
    def from_tags(cls, tags: tuple[str, ...]) -> Constraints:
        said = {t.partition(":")[0]: t.partition(":")[2] or "yes" for t in tags}
        return cls(
            said.get("license"),
            said.get("language"),
            "no-kubernetes" in said,
            "small-team" in said,
            "within-stack" in said,
            "cloud-only" in said,
            "off-big-clouds" in said,
            "cpu-only" in said,
        )

    def over(self, earlier: Constraints) -> Constraints:
        """These constraints, with what was said earlier in the thread where this message says nothing."""
        # (a cloud's own services asked for now are no open source asked for before: "and for the AWS account,
        # something native there?" after on-prem batch jobs)
        carried = None if self.cloud_only and not earlier.cloud_only else earlier.license
        return Constraints(
            self.license or carried,
            self.language or earlier.language,
            self.no_kubernetes or earlier.no_kubernetes,
            self.small_team or earlier.small_team,
            self.within_stack or earlier.within_stack,
            self.cloud_only or earlier.cloud_only,
            self.off_big_clouds or earlier.off_big_clouds,
            self.cpu_only or earlier.cpu_only,
        )

    def allows(self, tool: Tool) -> bool:
        if self.no_kubernetes and (_needs_kubernetes(tool.description) or KUBERNETES_WORDS.fullmatch(tool.name)):
            return False  # "we do not want to run Kubernetes": what needs a cluster is no answer
        if self.language in APP_LANGUAGES and _python_only(tool.description, self.language):
            return False  # ("it has to be TypeScript"): a Python library is no answer for a team that cannot run it
        if self.off_big_clouds and tool.category in (CLOUD_PROVIDERS, VENDOR_PLATFORMS):
            return False
        if self.license == "commercial" and tool.category == IN_HOUSE_PLATFORMS:
            return False  # ("managed feature stores": Uber's Michelangelo is nobody's to buy)
        return self.license is None or tool.license == self.license

    def notes(self) -> list[str]:
        notes = {
            "open-source": ["you asked for open source"],
            "commercial": ["you asked for a commercial product"],
        }.get(self.license or "", [])
        if self.language:
            notes = [*notes, f"you work in {self.language}"]
        if self.no_kubernetes:
            notes = [*notes, "you would rather not run Kubernetes"]
        if self.small_team:
            notes = [*notes, "you are a small team"]
        if self.within_stack:
            notes = [*notes, "you would rather not run anything new beside what you have"]
        if self.cloud_only:
            notes = [*notes, "you want your cloud's own services"]
        if self.off_big_clouds:
            notes = [*notes, "you want none of the big clouds"]
        if self.cpu_only:
            notes = [*notes, "you have no GPUs"]
        return notes

    def weigh(self, tool: Tool) -> tuple[float, tuple[str, ...]]:
        """How the softer constraints move a tool up or down, with what to say about it."""
        if not (self.language or self.small_team or self.cpu_only):
            return 0.0, ()
        bonus, fits = 0.0, []
        described = tool.description
        if self.cpu_only:
            if _built_for_gpus(described):
                bonus -= GPU_BUILT  # "NVIDIA's GPU dataframe library": falling back to the CPU is not what it is for
            elif _runs_on_cpu(described):
                bonus += CPU_FIT
                fits.append("runs without a GPU")
            elif GPU_WORDS.search(described):
                bonus -= GPU_BOUND  # "many more requests fit on one GPU": built for the hardware they lack
        if self.language and _speaks(described, self.language):
            bonus += LANGUAGE_FIT
            fits.append(f"supports {self.language}")
        if self.small_team:
            platform, on_kubernetes = tool.y > ALL_IN_ONE, _needs_kubernetes(described)
            if platform or on_kubernetes:
                bonus -= SMALL_TEAM_BURDEN  # a platform to run and learn is a big commitment for a few people
                if platform and on_kubernetes and tool.license == "open-source":
                    bonus -= SMALL_TEAM_BURDEN / 2  # (more so one whose cluster they would run themselves: Kubeflow)
            elif _managed(described):
                bonus += SMALL_TEAM_WEIGHT
                fits.append("little to run")
        return bonus, tuple(fits)


# what a description says, read once per tool: a recommendation weighs hundreds of candidates
@lru_cache(maxsize=50_000)
def _needs_kubernetes(description: str) -> bool:
    """Whether a tool's description ties it to a cluster: it names Kubernetes, and not as one place among others it
    runs ("runs locally, on Kubernetes or on a managed cloud")."""
    return bool(KUBERNETES_WORDS.search(description)) and not KUBERNETES_OPTIONAL.search(description)


# places to run that are not a Kubernetes cluster
ELSEWHERE = (
    r"clouds?|cloud compute|VMs?|virtual machines|servers?|laptops?|on-prem\w*|premises|Slurm|machines|fleets|"
    r"locally|bare metal|serverless|marketplaces?|Docker|Ray"
)
# Kubernetes named as one choice of several: "locally, on Kubernetes or on the vendor's cloud", "with or without k8s"
KUBERNETES_OPTIONAL = re.compile(
    r"\b(locally|a laptop|single machine|a VM|virtual machines?|bare metal|anywhere)\b[^.]{0,40}\b(Kubernetes|K8s)\b"
    r"[^.]{0,25}\bor\b|\b(Kubernetes|K8s)\b[^.]{0,25}\bor\b[^.]{0,40}\b(locally|a laptop|a VM|virtual machines?|"
    r"bare metal|serverless|managed)\b|\bwith or without (Kubernetes|K8s)\b|\bwithout (needing )?(Kubernetes|K8s)\b|"
    # (one place among others joined by "or", "and" or a comma: "cloud compute or Kubernetes", "across clouds,
    # Kubernetes and on-premise fleets"; "a laptop ... including GPU nodes on Kubernetes"; "an alternative to k8s")
    rf"\b({ELSEWHERE})(\s+\w+){{0,3}}?\s*(,|\bor\b|\band\b)\s*(on\s+)?(an?\s+|any\s+)?(Kubernetes|K8s)\b|"
    rf"\b(Kubernetes|K8s)( clusters?)?\s*(,|\bor\b|\band\b)\s*(on\s+)?(an?\s+|any\s+)?(\w+\s+){{0,2}}({ELSEWHERE})\b|"
    r"\b(alternative to|instead of|lighter than|no need for)( running)? (Kubernetes|K8s)\b|\bincluding\b[^.]{0,40}"
    r"\b(Kubernetes|K8s)\b|\blaptops?\b[^.]*\b(Kubernetes|K8s)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=50_000)
def _runs_on_cpu(description: str) -> bool:
    return bool(CPU_WORDS.search(description))


@lru_cache(maxsize=50_000)
def _built_for_gpus(description: str) -> bool:
    """Whether the sentence that says what a tool is names the GPU as what it runs on."""
    first = description.split(". ", 1)[0]
    return bool(GPU_WORDS.search(first)) and not CPU_WORDS.search(first)


# what a description says of running without a GPU: "on a CPU", "ordinary hardware", "for local use", "offline"
CPU_WORDS = re.compile(
    r"\b(CPUs?|without a GPU|ordinary hardware|commodity hardware|consumer hardware|laptops?|local use|locally|"
    r"offline|Apple Silicon)\b"
)
GPU_WORDS = re.compile(r"\bGPUs?\b")
CPU_FIT = 0.4
GPU_BOUND = 0.35
GPU_BUILT = 1.0  # a tool whose first sentence names the GPU as what it runs on: the answer only when nothing else is


@lru_cache(maxsize=50_000)
def _managed(description: str) -> bool:
    return bool(MANAGED_WORDS.search(description))


@lru_cache(maxsize=50_000)
def _python_only(description: str, language: str) -> bool:
    """Whether a description's first sentence, which says what the tool is, calls it a Python library, and the
    description names nothing in the language asked for ("a desktop app, a Python package or in the browser" is
    more than a library)."""
    first = description.split(". ")[0]
    return bool(PYTHON_LIBRARY.search(first)) and not _speaks(description, language)


@lru_cache(maxsize=50_000)
def _speaks(description: str, language: str) -> bool:
    return any(
        # (not a name's first part: "R-CNN" is no R)
        re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w+#]|-\w)", description)
        for name in (language, *SAME_PLATFORM.get(language, ()))
    )


LANGUAGE_FIT = 0.4
PREFERRED_FIT = 1.0  # a tool that answers the ask itself (it runs the tool asked for as a managed service)
NATIVE_FIT = 0.8  # a tool of the person's cloud, or a product of a vendor they already run
STACK_FIT = 0.3  # a tool that works with one the person runs
STACK_FIT_KEPT = 1.0  # ...when they will not run anything new beside it
SMALL_TEAM_WEIGHT = 0.15
SMALL_TEAM_BURDEN = 0.35  # a platform or a cluster to run weighs more than a managed service helps
ALL_IN_ONE = 0.3  # on the scope axis, beyond this a tool is a platform rather than a part
# (what compiles to Kubeflow Pipelines or Argo Workflows needs a cluster as surely as what names Kubernetes)
KUBERNETES_WORDS = re.compile(
    r"\b(Kubernetes|K8s|Kubernetes-native|Kubeflow Pipelines|Argo Workflows|Knative)\b", re.IGNORECASE
)
MANAGED_WORDS = re.compile(r"\b(managed|hosted|serverless|SaaS|no infrastructure)\b", re.IGNORECASE)
# languages named as the team's own: "we are an R shop", "our services are in Java"
LANGUAGES = {
    "r": "R", "java": "Java", "scala": "Scala", "go": "Go", "golang": "Go", "julia": "Julia", "rust": "Rust",
    "typescript": "TypeScript", "javascript": "JavaScript", "kotlin": "Kotlin", "swift": "Swift", "sql": "SQL",
    "c#": "C#", "csharp": "C#", ".net": ".NET", "dotnet": ".NET",
}  # fmt: skip
# languages whose teams build apps outside Python, where a Python-only library does not run
APP_LANGUAGES = frozenset({"Java", "Scala", "Go", "Rust", "TypeScript", "JavaScript", "Kotlin", "Swift", "C#", ".NET"})
# a description that calls its tool a Python library: "an open-source Python framework for ..."
PYTHON_LIBRARY = re.compile(
    r"\b(a|an)( [\w-]+){0,2} Python( [\w-]+)? (framework|library|package|toolkit|SDK|module|orchestrator)\b"
    r"|\bPython-only\b",
    re.IGNORECASE,
)
# the names one platform's languages go by in descriptions: a C# team can use what says it is for .NET
SAME_PLATFORM = {"C#": (".NET",), ".NET": ("C#",)}
LANGUAGE_CUE = re.compile(
    r"\b(in|with|using|for|use|write|writes|written in|an?|our|from|pure|native|all|support|supports|supporting|be|"
    r"know|knows|speak|speaks|does|do|only|is|are|more) "
    r"(?P<lang>r|java|scala|golang|go|julia|rust|typescript|javascript|kotlin|swift|sql|c#|csharp|\.net|dotnet)"
    r"(?![\w#])(?! (to|ahead|back|live|"
    r"with|for|server|database|databases|db|dbs|tables?|queries|query|warehouse))|\b(?P<lang2>r|java|scala|golang|"
    r"julia|rust|typescript|javascript|kotlin|swift|sql|c#|csharp|dotnet)(?<=[\w#]) (shop|team|users|"
    r"code|codebase|services|service|stack|only|developers|devs|packages?|apis?|backend|microservices|tools|"
    # ("anything the R people can use too?")
    r"people|folks|crowd|side|analysts|programmers|coders|camp|"
    r"libraries|libs|frameworks|ecosystem|"
    # ("R-friendly tools", "a scala-first library")
    r"friendly|first|centric|based|native)\b"
)
NO_KUBERNETES_CUE = re.compile(
    r"\b(without|no|not|nothing|avoid|never|rather not|do not want to|not want to|zero|drop|dropping|ditch|ditching|"
    r"get rid of|move off|moving off|leave|leaving|refuses?|refused|refusing|rules? out|ruled out)( \w+){0,3} "
    r"(kubernetes|k8s)\b|"
    # ("we don't run EKS and really don't want to start": a cloud's own Kubernetes not run, nor wanted)
    r"\b(do not|does not|never) (run|use|have|want)( \w+){0,2} (eks|gke|aks)\b|"
    # ("nobody on the team wants to run kubernetes")
    r"\b(nobody|no one)( \w+){0,4} (wants?|likes?|knows how|can|is able) (to )?(run|operate|maintain|manage|touch|"
    r"learn|babysit)( \w+){0,2} (kubernetes|k8s)\b|"
    # ("k8s is off the table", "kubernetes is out for us")
    r"\b(kubernetes|k8s)( \w+){0,2} (is|are)( completely| totally| entirely| definitely| simply)? (off the table|out|"
    r"not an option|a no go|ruled out|not possible|banned|forbidden|not allowed)\b|"
    # ("a k8s-free way to run ray")
    r"\b(kubernetes|k8s) free\b|"
    # ("run fine on a single laptop, no cluster?", "all on one big VM, no cluster", "without a cluster")
    r"\b(no|without( a| any)?|not on a) clusters?\b|\b(a single|one single|a lone) (laptop|vm|machine|box|server)\b|"
    r"\b(runs?|running|works?) (on|from) (a|my|our|their|your) (laptop|laptops|macbook|desktop|workstation)s?\b|\bjust "
    r"a pip install\b|"
    # ("what does the same job on plain VMs?", "just docker compose on one box")
    r"\b(plain|bare|just|only|regular|ordinary|simple|normal)( old)? (vms?|virtual machines?|ec2( instances?)?|docker|"
    r"docker compose|linux (boxes|servers|vms?))\b"
)
# only the cloud's own services: "azure-native stuff only", "managed, GCP only", "only AWS services"
CLOUD_ONLY_CUE = re.compile(
    r"\b(aws|amazon|azure|microsoft|gcp|google|google cloud)( native)?( (stuff|tools|services|offerings))? only\b|"
    r"\bonly (aws|amazon|azure|gcp|google cloud)( native)? (services|stuff|tools|offerings)\b|"
    # ("only the aws ones, we're not going multi cloud")
    r"\bonly (the )?(aws|amazon|azure|microsoft|gcp|google|google cloud)( native)? ones\b|"
    r"\b(not|never|no|nor|won't|will not|wont)( be)?( going| go)? multi[- ]?cloud\b|"
    # ("it must stay in Azure", "still has to stay on aws")
    # (not where data must stay, "inside our azure tenant": a self-hosted tool in that tenant keeps it there too)
    r"\b(must|has to|have to|needs? to|should|will|rather|prefer to) (stay|remain)( fully| completely| all)?"
    r"( managed)? (in|on|inside|within) (our )?(aws|amazon|azure|gcp|google cloud)\b"
    r"(?! (tenant|account|subscription|region|vpc|project|network))|"
    # ("fully managed inside GCP, no extra vendors": the cloud's own, nobody else's)
    r"\bno (extra|other|additional|new|outside|third party|3rd party) (vendors?|suppliers?|providers?)\b|"
    # ("anything native there?", "which of those integrates natively?", "azure-native options": the cloud's own)
    r"\b(anything|something|any|which|what|one|ones|options?|tools?|services?)( \w+){0,3} (native|natively)\b"
    r"(?! (app|apps|mobile|code|speaker|speakers|language|english|format))|"
    r"\b(aws|amazon|azure|microsoft|gcp|google cloud) native\b"
)
# the hyperscalers refused as a whole: "a GPU box from someone who is NOT one of the big three", "no hyperscalers"
OFF_BIG_CLOUDS_CUE = re.compile(
    r"\b(not|no|none of|outside|other than|besides|away from|instead of|avoid|without)( one of)?( the)? "
    r"(big (three|3|clouds?)|hyperscalers?|major clouds?|large clouds?|public clouds?)\b|"
    # ("nothing may phone home, no public cloud", "no cloud at all")
    r"\b(no|not in|not on|without|nothing in|nothing on)( the| a| any)? clouds?( at all| whatsoever)?(?= *[.,;!?)]|$)"
)
# no GPU to run on: "cpu-only customer boxes", "we don't have gpus, only cpu", "any that work well without a GPU?"
CPU_ONLY_CUE = re.compile(
    r"\b(cpu[- ]only|only (on |have |got |get |use |run on )?cpus?|(no|zero|without( an?| any)?|not have( an?| any)?|"
    r"lack( an?| any)?) (nvidia |cuda )?(gpus?|graphics cards|cards)|gpu[- ]?less|(cpu|xeon|epyc) (servers?|boxes|"
    r"nodes|machines|instances)|only (xeon|epyc|intel|amd)( cpus?)?|"
    # ("anything that runs ok on CPU?")
    r"(runs?|running|work|works) (ok |okay |fine |well |decently |alright )?on (a |the )?cpus?)\b"
)
# refusing one more thing to run beside what the team has: "really don't want to run another database"
WITHIN_STACK_CUE = re.compile(
    r"\b(do not|not|rather not|without|no|never)( want to| need to)? (run|running|add|adding|introduce|introducing|"
    r"operate|operating|maintain|maintaining|install|installing|buy|buying|stand up|deploy|deploying|babysit)"
    r"( or \w+)?( yet)? (another|a new|new|an extra|a second|any new|one more|a separate)\b|"
    # "ideally not another db to babysit"
    r"\b(not|no|without) (yet )?(another|a new|one more|a second|an extra|a separate) \w+( \w+)? to (run|babysit|"
    r"maintain|operate|manage|look after|patch|keep alive)\b|"
    # "the DBAs hate new databases", "we would rather stay within PostgreSQL"
    r"\b(hate|hates|dislike|dislikes|resist|resists|refuse|refuses|allergic to|tired of|fed up with) (any |yet )?(new|"
    r"another|more|extra|additional)\b|\b(stay|staying|keep it|keep everything|stick|sticking) (within|inside|in) "
    r"(our|the|what)\b|\b(stay|staying) (with|within|inside)\b|"
    # ("only the ones that live inside postgres")
    r"\b(live|lives|living) (inside|within)\b|"
    # ("we're already paying for databricks", "we have an enterprise licence already": what is paid for first)
    r"\balready (paying|pay|paid) for\b|\b(paying|pay) for \w+( \w+)? already\b|\balready (have|own|hold) (a |an )?"
    r"(\w+ )?(licen[cs]e|contract|subscription)\b|"
    # ("we already picked mlflow for tracking, does that cover it?", "or is what we have enough?": what they run, asked
    # of first)
    r"\b(does|do|can|could|will|would) (that|it|this|they|those|[\w.+-]+) (also |too |just )?(cover|covers|handle|"
    r"handles|do|does) (it|that|this|the job|both|registry|that too|it too|this too)\b|"
    r"\b(is|are) (that|it|this|they|those|what we have) (enough|sufficient|good enough)\b|"
    # ("we already run postgres for everything, can we just use that?": what they run, for the job asked)
    r"\b(can|could|should|would|do) (we|i) (not )?(just|simply) (use|reuse|stick with|keep using|lean on) "
    r"(that|it|this|what we (have|run|already have)|the one we (have|run))\b"
)
SMALL_TEAM_CUE = re.compile(
    r"\b(small|tiny|little) (team|shop|startup|company|group)\b|\b(we are|team of|just|only|there are) (\d|one|two|"
    r"three|four|five|six|a few|a couple( of)?)( \w+)? (people|persons|engineers|devs|developers|data scientists|of "
    r"us|ml engineers|folks)\b|\b(no|zero|without( a| any)?) (dedicated )?(platform|devops|ops|infra|infrastructure|"
    r"mlops|sre)\b|\b(one|two|\d) person team\b|\bteam of (\d|one|two|three|four|five|six)\b|\bsolo\b|"
    # ("honestly it's 2 of us who'd maintain it", "one person (me) doing all the ops")
    r"\b(it is|it s|only|just) (\d|one|two|three|four) of us\b|"
    r"\bone person( \(?\w+\)?)? (doing|running|on) (all )?(the )?ops\b|"
    # ("a registry that isn't a whole platform", "without rolling out a huge platform")
    r"\b(not|without|no|never)( rolling out| adopting| buying)? (a |an )?(whole|full|entire|big|huge|heavy|complete|"
    r"giant)( \w+)? platform\b|"
    r"\b(something|anything|options?|tools?) (lighter|simpler|"
    r"more lightweight|less heavy)\b|\b(lighter|simpler|lightweight) (options?|alternatives?|tools?|setup|one)\b"
)


def constraints_in(low: str) -> Constraints:
    """The licence a question insists on; "open source and self-hostable" and "managed SaaS" alike. When both
    are named, the later one is the ask ("our self-hosted MLflow keeps dying, is there something managed?")."""
    # ("on azure instead of on-prem", "absolutely not on our servers": what the person moves away from is not asked
    # for; somewhere else runs it for them)
    free_spans: list[tuple[int, int]] = []
    hosted_elsewhere: list[int] = []
    for found in sorted([*OPEN_SOURCE_CUE.finditer(low), *FREE_CUE.finditer(low)], key=lambda m: m.start()):
        # ("we do not want to run it ourselves", "rather not self-host": running it is refused, hosting is asked for)
        if (
            MOVED_OFF.search(low[: found.start()])
            or SELF_HOSTING_REFUSED.search(low[: found.start()])
            or re.search(RATHER_THAN, low[: found.start()])
        ):
            hosted_elsewhere.append(found.start())
        else:
            free_spans.append(found.span())
    free = [start for start, _ in free_spans]
    paid = [
        m.start()
        for m in COMMERCIAL_CUE.finditer(low)
        if not NOT_MANAGED_CUE.search(low)
        # ("we cannot send images to a SaaS": the SaaS is inside what rules it out)
        and not any(start <= m.start() < end for start, end in free_spans)
        # ("not in yet another SaaS", "without a vendor": refused, not asked for)
        and not _refused(low, m.start(), m.end())
        # ("a vendor wants realistic data for a POC": a party that acts, not a kind of tool asked for; "the commercial
        # team": people)
        and not VENDOR_ACTS.match(low[m.end() :])
        # ("anything paid means a tender": what paying would bring, not what is asked for)
        and not PAYING_MEANS.match(low[m.end() :])
        # ("the commercial team", "small commercial loans", "our commercial fleet": the business, not a licence)
        and not COMMERCIAL_OF_THE_BUSINESS.match(low[m.end() :])
        # ("the vendor csv uploads", "vendor recs", "vendor lock in": a vendor of the business or what a vendor does
        # to you, not a kind of tool asked for)
        and not (m.group(0) == "vendor" and _describes_a_thing(low[m.end() :]))
        and (
            m.group(0).startswith("fully")  # "what about on azure instead, fully managed?" asks for it as it stands
            # ("commercial feature stores?": the message opens with the kind asked for; "managed to ..." is a verb)
            or (m.start() == 0 and not low[m.end() :].startswith(" to "))
            or re.search(r"\b(only|must|has to|needs? to|wants?|prefer|rather|buy|pay)\b", low)
            or re.search(
                r"\b(something|anything|a|an|the|some|any|every|all|only|are|is|which|what|list|show|but) $",
                low[: m.start()],
            )
            # ("and if we're ok with managed on GCP after all?", "we can go managed": now accepted, so asked for)
            or re.search(r"\b((ok|okay|fine|happy|alright|comfortable|open) with( a)?|go) $", low[: m.start()])
        )
    ]
    paid = sorted([*paid, *hosted_elsewhere])
    # ("drop the commercial ones": refusing what is paid for asks for open source)
    refused = [m.start() for m in COMMERCIAL_CUE.finditer(low) if _refused(low, m.start(), m.end())]
    free = sorted([*free, *refused])
    licence = "open-source" if free and (not paid or free[-1] > paid[-1]) else "commercial" if paid else None
    spoken = LANGUAGE_CUE.search(low)
    language = LANGUAGES[spoken.group("lang") or spoken.group("lang2")] if spoken else None
    return Constraints(
        licence,
        language,
        bool(NO_KUBERNETES_CUE.search(low)),
        bool(SMALL_TEAM_CUE.search(low)),
        bool(WITHIN_STACK_CUE.search(low)),
        # (a cloud's own services are never open source: "open to azure-native or OSS" asks for either)
        bool(CLOUD_ONLY_CUE.search(low)) and licence != "open-source",
        bool(OFF_BIG_CLOUDS_CUE.search(low)),
        bool(CPU_ONLY_CUE.search(low)),
    )


def licence_words(low: str) -> frozenset[str]:
    """The stems of the words that ask for a licence or a place to run ("run it on our own workstation", "can't
    leave the building"): filters, not words a tool's description should answer."""
    spans = [m.span() for cue in (OPEN_SOURCE_CUE, FREE_CUE, COMMERCIAL_CUE) for m in cue.finditer(low)]
    found = {stem(w) for start, end in spans for w in words(low[start:end])}
    # ("how would we self-host an 8B model?": hosting something is the job as well as where it runs)
    if re.search(r"\bself[- ]?host(ing)? (a|an|the|our|this|that|these|those|some|\d+)\b", low):
        found.discard(stem("host"))
    return frozenset(found)


SELF_HOSTING_REFUSED = re.compile(
    r"\b(do not|does not|not|never|rather not|no longer|can not|will not)( want to| like to| wish to)? $|"
    r"\b(nobody|no one)( here| on (the|our) team)? (wants|likes|has time) to $|"
    # ("something managed, nothing we have to run ourselves")
    r"\b(nothing|none) (that )?(we|i|you|they)( have to| need to| must| would| will)? $|"
    # ("nothing self-hosted pls", "no self hosting")
    r"\b(nothing|no|not|without) $"
)


# what is set after "than" in a preference: "would rather pay for SaaS than run it ourselves"
RATHER_THAN = r"\b(rather|prefer|prefers|preferably)\b( \S+){1,12} (than|over)( \S+){0,5} $"


def _describes_a_thing(after: str) -> bool:
    """Whether the word after "vendor" is the thing it describes, other than a kind of tool ("vendor csv")."""
    following = after.split()[:1]
    return bool(following) and following[0] not in STOP_WORDS and following[0] not in VENDOR_KINDS


# what "vendor" describes when it asks for something bought: "a vendor tool", "vendor platforms", "vendor support"
VENDOR_KINDS = frozenset(
    {
        *KIND_NOUNS,
        *(noun.removesuffix("s") for noun in KIND_NOUNS),
        "software",
        "tooling",
        "saas",
        "hosted",
        "managed",
        "support",
        "supported",
        "backed",
        "ai",
        "ml",
    }
)


def _refused(low: str, start: int, end: int) -> bool:
    """Whether the words around a span refuse it: before ("not in yet another SaaS", "drop the commercial") or after
    ("SaaS is a non-starter", "a vendor is not an option")."""
    before = re.search(
        r"\b(not|no|nothing|none|never|without|rather than|instead of|avoid|drop|exclude|excluding|remove|skip|minus|"
        r"allergic to|wary of|sick of|tired of|fed up with|hates?|dislikes?|"
        r"no more|except|leave out|leaving out|rules? out|ruled out|ruling out|bans?|banned|forbids?|forbidden|"
        r"prohibits?|froze|frozen|freeze|freezing|"
        # ("nobody wants another managed service to babysit")
        r"(nobody|no one) (wants|needs|likes)|do not want|does not want|do not need|does not need)\b"
        # (not across the question that follows: "on aws (not gcp/azure), which vendor platform?")
        r"( (?!which\b|what\b|how\b)\S+){0,3} $"
        # (a refusal to use anything of a kind reaches further: "we can not use anything that only exists as SaaS")
        r"|\b(can not|cannot|could not|must not|may not|do not|will not|not allowed to) (use|have|run|buy|adopt|pick)\b"
        r"( \S+){0,6} $"
        # (and so does a refusal to let data go: "we're not sending feature values to a vendor")
        r"|\b(not|never|no|nothing|without) (send|sending|sent|give|giving|share|sharing|upload|uploading|ship|"
        r"shipping|hand|handing|leak|leaking|expose|exposing|leave|leaves|leaving|go|goes|going)\b( \S+){0,6} "
        r"(to|with)( a| an| any| the| some)?( \w+)? $"
        # ("security will not sign off on any SaaS", "legal would never approve a US vendor")
        r"|\b(not|never) (sign off on|approve|allow|permit|accept|tolerate|trust|touch|go near|consider)\b( \S+){0,3} $"
        # ("infosec will not let player-level data or even feature names go to a SaaS")
        r"|\b(not|never) (let|allow|permit|approve|accept)\b( \S+){0,10} (go|going|be sent|being sent|sent|be uploaded|"
        r"leave|leaving|end up) (to|with|in|into)"
        r"( a| an| any| the| some)? $"
        # (the reason a tool was ruled out: "tecton is out, it's SaaS", "ruled out X because it is commercial")
        # ("there is no budget line for another SaaS")
        r"|\b(no|zero|nil|0) (budget|money|room|funding|spend|chance)( line| left)? (for|on|of)"
        r"( yet)?( another| a| an| any| more| new)?( \S+){0,2} $"
        # ("we can't get budget for a vendor this quarter", "a vendor risk review for a new SaaS takes 6 months")
        # ("we can't pay per seat for yet another saas")
        r"|\b(can not|cannot|could not|will not|never) (pay|afford|justify)\b( \S+){0,4} for"
        r"( yet)?( another| a| an| any| more| new)? $"
        r"|\b(can not|cannot|could not|will not|never) get (budget|money|funding|approval|sign off) for"
        r"( yet)?( another| a| an| any| more| new)? $"
        r"|\b(review|reviews|approval|approvals|assessment|assessments|onboarding|procurement) (for|of|on)"
        r"( a| an| any| another| every)?( new)? $"
        # ("nothing phoning home to a vendor SaaS", "client data can't sit in someone else's SaaS", "prompts can't
        # be sent to a third-party SaaS", "security won't sign off on prompts going to a SaaS")
        r"|\b(phoning|phones|phone|calling|calls) home to( a| an| any| the| some)?( \S+){0,2} $"
        r"|\b(can not|cannot|must not|may not|should not|will not|not)( be)? (sit|sits|live|lives|be stored|stored|"
        r"be kept|kept|reside|be hosted|hosted) (in|on|with)( a| an| any| the| some)?( \S+){0,3} $"
        r"|\b(not|never|no|will not|can not|cannot|must not)\b( \S+){0,8} (going|go|goes|be sent|being sent|sent|"
        r"sending|be uploaded|uploaded|be shared|shared|leave|leaving) (to|into|with)( a| an| any| the| some)?"
        r"( \S+){0,2} $"
        # (the hurdle every one of a kind meets: "procurement takes 6 months for anything paid")
        r"|\b(takes?|took|needs?|requires?|means?) .{0,40}\b(for|with) (anything|everything|whatever) $"
        # ("would rather self-host on a VM than sign up for yet another SaaS": the one set after "than")
        r"|"
        + RATHER_THAN
        + r"|\b(is|are|was|were) (out|ruled out|excluded|dropped|a no|a non starter|not an option|off the table)"
        r"( because| since| as)?( it is| they are| it was| they were)?( a| an| too| fully| just| all| only)? $",
        low[:start],
    )
    after = re.match(
        r"( \S+){0,2} (is|are) (a |an )?(non starter|nonstarter|no go|not an option|not allowed|forbidden|banned|off "
        r"limits|hard no|firm no|big no|definite no|strict no|"
        r"(off )?the table|out of the question|out(?! of)|ruled out|a no|not possible|impossible|excluded|not "
        r"permitted|prohibited|not acceptable|unacceptable)\b",
        low[end:],
    )
    return bool(before or after or PRICED_OUT.match(low[end:]))


# what a kind of tool costs, complained of right after it: "the commercial ones are way over our budget", "the vendor
# quotes we got were wild", "saas tools cost too much" (what is priced out is refused, the free kind is asked for)
PRICED_OUT = re.compile(
    r"( \S+){0,4} (is|are|was|were|seem|seems|looked|look|looks|came in|come in|got|get|cost|costs)"
    r"( \S+){0,2} (over (our |the )?budget|beyond (our |the )?budget|out of (our |the )?(budget|price range|league)|"
    r"(too|so|very|really|crazy|insanely|way too|far too|ridiculously) (expensive|pricey|costly|much)|"
    r"expensive|pricey|costly|overpriced|wild|insane|crazy|absurd|ridiculous|eye watering|through the roof|"
    r"a fortune|an arm and a leg)\b"
)


@dataclass(frozen=True)
class Situation:
    """Where the person is: the cloud they are on, tools they already run, who they are, what they insist on."""

    cloud: Tool | None = None
    stack: tuple[Tool, ...] = ()
    persona: Persona | None = None
    constraints: Constraints = field(default_factory=Constraints)
    # tools named as where the answer must run, not as what the person runs already ("to run with TensorRT")
    targets: tuple[Tool, ...] = ()

    def notes(self) -> list[str]:
        notes = []
        if self.cloud:
            notes.append(f"you are on {self.cloud.name}")
        others = [t.name for t in self.stack if not self.cloud or t.id != self.cloud.id]
        if others:
            notes.append("you run " + ", ".join(others))
        if self.persona:
            notes.append(f"it is for {self.persona.name[0].upper()}{self.persona.name[1:]}s")
        return notes + self.constraints.notes()


@dataclass(frozen=True)
class Pick:
    placed: Placed
    reason: str
    trade_off: str
    fits: tuple[str, ...] = ()
    ours: bool = False  # on the team's radar (rather than only on the catalog's menu)


@dataclass(frozen=True)
class Recommendation:
    need: str
    situation: tuple[str, ...]
    picks: tuple[Pick, ...]
    more: tuple[Placed, ...] = ()
    instead_of: Tool | None = None
    held_back: tuple[Placed, ...] = field(default=())

    @property
    def tool_ids(self) -> list[str]:
        return [p.placed.tool.id for p in self.picks]


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" or word.lower().startswith("ml") else "a"


def _phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(phrase) if w not in GLUE_WORDS)


# the particles of phrasal verbs whose compound nouns name jobs: "roll out" (a rollout), "roll back", "scale out"
PARTICLES = frozenset({"out", "back", "up", "off", "over", "down"})


class NeedFinder:
    """Matches question words to the catalog's use-case tags and categories."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.ranker = Ranker(tag_documents(catalog))
        self.problems = Ranker(problem_documents(catalog))
        self._last_alike: tuple[tuple[str, ...], list[Hit]] = ((), [])
        self._phrases: list[tuple[Tag, tuple[str, ...], float]] = []
        # the words each use case's phrases are written in, as written: "federated" is federated learning's own word
        self._written = {t.id: frozenset(w for p in (t.name, *t.phrases) for w in words(p)) for t in catalog.tags}
        plain = {stem(w) for w in COMMON_WORDS | STOP_WORDS}
        for tag in catalog.tags:
            seen: set[tuple[str, ...]] = set()
            # the head of the tag's name on its own ("serving") is a hint, weaker than a phrase
            # (of a name with a complement, the word before it: "data loading for training" is a kind of loading)
            named = words(tag.name)
            head = next(([named[i - 1]] for i, w in enumerate(named) if i and w in NAME_COMPLEMENTS), named[-1:])
            # (not a word every question uses: "modelling" is only "model")
            heads = [h for h in head if len(h) >= 5 and h not in STOP_WORDS and stem(h) not in QUESTION_STEMS]
            # (each part of a name joined by "and" that is a phrase of its own: "graph ML" of "graph ML and graph data")
            parts = [part for part in re.split(r" and | & |, ", tag.name) if len(part.split()) >= 2]
            named_by = (*tag.phrases, tag.name, *(p for p in parts if p != tag.name))
            for phrase, is_head in [*((p, False) for p in named_by), *((h, True) for h in heads)]:
                stems = _phrase_stems(phrase)
                if not stems or stems in seen:
                    continue
                seen.add(stems)
                # a use case's own name word ("tracking", "pipelines") names it more surely than an everyday one
                weight = HEAD_WEIGHT if is_head else PLAIN_WEIGHT if stems[0] in plain and len(stems) == 1 else None
                self._phrases.append((tag, stems, weight if weight is not None else float(len(stems))))
        # the verbs of a job done to a model ("serve models", "monitor models"), whose "it" or "them" is the model
        # (not verbs done to anything at all: "what do we build it with?" is a dashboard built)
        self._model_verbs = frozenset(
            p[0] for _, p, _ in self._phrases if len(p) == 2 and p[1] == MODEL_STEM and p[0] not in ANY_OBJECT_VERBS
        )
        described: dict[str, set[str]] = {
            c.id: {stem(w) for w in words(c.description) if w not in STOP_WORDS and w not in GLUE_WORDS and len(w) > 3}
            for c in catalog.categories
        }
        spread = Counter(s for stems in described.values() for s in stems)
        # each phrase filed under its words, so only phrases whose words all occur are tried
        self._by_stem: dict[str, list[int]] = {}
        for number, (_, stems, _) in enumerate(self._phrases):
            for word in set(stems):
                self._by_stem.setdefault(word, []).append(number)
        # a description word shared by few categories says more about where a need lives
        self._descriptions = [(c, {s: 1 / spread[s] for s in described[c.id]}) for c in catalog.categories]
        self._categories: list[tuple[Category, tuple[tuple[str, ...], ...]]] = []
        for category in catalog.categories:
            forms = {_phrase_stems(category.name), _phrase_stems(category.id.replace("-", " "))}
            forms |= {_phrase_stems(other) for other in category.also_called}
            # ("big data services", "ML-focused IaaS providers": an "as a service" kind named by what it serves)
            served, _, last = category.name.rpartition(" ")
            if last.lower() in AS_A_SERVICE and len(words(served)) >= 2:
                forms |= {_phrase_stems(f"{served} {noun}") for noun in SERVICE_NOUNS}
            self._categories.append((category, tuple(f for f in forms if f)))

    @cached_property
    def examples(self) -> Ranker | None:
        """The index of earlier requests, built with the first question long enough to be compared with them (it
        is the largest index, and a lookup never needs it: start-up does not wait for it)."""
        requests = self.catalog.requests
        return Ranker([(str(n), [r.text]) for n, r in enumerate(requests)]) if requests else None

    @cached_property
    def _example_tags(self) -> list[dict[str, float]]:
        return [_answered_tags(self.catalog, r.tools) for r in self.catalog.requests]

    @property
    def phrase_stems(self) -> frozenset[str]:
        """Every word stem the use cases' phrases are made of."""
        return frozenset(self._by_stem)

    @property
    def two_word_phrases(self) -> frozenset[tuple[str, ...]]:
        """The use cases' phrases of two words, as stems ("gradient boosting")."""
        return frozenset(stems for _, stems, _ in self._phrases if len(stems) == 2)

    def sharing(self, word_stem: str) -> list[Tag]:
        """The use cases whose phrases hold this word, those with the most such phrases first ("llm": LLM ops,
        evaluation, gateways...)."""
        counts = Counter(self._phrases[n][0].id for n in self._by_stem.get(word_stem, ()))
        ranked = sorted(counts, key=lambda tag_id: (-counts[tag_id], tag_id))
        return [tag for tag in (self.catalog.tag(t) for t in ranked) if tag is not None]

    def phrases_of(self, tag_id: str) -> list[tuple[str, ...]]:
        """A use case's phrases as stems (its name's too)."""
        return [stems for tag, stems, _ in self._phrases if tag.id == tag_id]

    def _content(self, toks: list[Token], exclude: frozenset[int]) -> list[tuple[int, str]]:
        """The words a need may be told in, each with its position and the stem it is matched by: an LLM for a size
        in parameters ("an 8B model"), a schedule for a day or hour a run is set for, a model for the "it" of a job
        done to one ("how do we serve it?")."""
        content: list[tuple[int, str]] = []
        for i, t in enumerate(toks):
            if i in exclude:
                continue
            if t.low in MODEL_PRONOUNS and i > 0 and toks[i - 1].stem in self._model_verbs:
                content.append((i, MODEL_STEM))
            elif t.low not in GLUE_WORDS and not _asking_verb(toks, i):
                told = (
                    LLM_STEM if _parameter_count(toks, i) else SCHEDULE_STEM if _time_of_a_schedule(toks, i) else t.stem
                )
                content.append((i, told))
        return content

    def _compounds_joined(self, toks: list[Token], content: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """A verb and its particle written apart read as the noun the use cases are written with: "roll out ... and
        roll back" is a rollout and a rollback, "set up" a setup, "scale out" a scale-out."""
        joined: list[tuple[int, str]] = []
        skip = False
        for k, (i, word_stem) in enumerate(content):
            if skip:
                skip = False
                continue
            if i + 1 < len(toks) and toks[i + 1].low in PARTICLES and not toks[i].glued_to_next:
                compound = stem(toks[i].low + toks[i + 1].low)
                if compound in self._by_stem:
                    joined.append((i, compound))
                    # (the particle is a glue word, kept out of the content already, or a word of its own to skip)
                    skip = k + 1 < len(content) and content[k + 1][0] == i + 1
                    continue
            joined.append((i, word_stem))
        return joined

    def find(self, toks: list[Token], exclude: frozenset[int] = frozenset(), asked_from: int = 0) -> Need:
        """The use cases and categories a question names; when it sets the scene first and asks last, a use
        case named only in the scene ("we still want to train one model") yields to the one the ask names
        (`asked_from`: the first token of the asking sentence)."""
        content = self._compounds_joined(toks, self._content(toks, exclude))
        stems = [s for _, s in content]
        # (a phrase's words are one sentence's: "... offline for training. Today they are computed twice" is no
        # "compute for training")
        sentence = list(accumulate(int(i > 0 and toks[i - 1].ends_sentence) for i in range(len(toks))))
        present = set(stems)
        best: dict[str, NeedMatch] = {}
        extra: Counter[str] = Counter()
        opener: tuple[str, int] | None = None  # a kind that opens its sentence, and where its "for" stands
        tried = sorted({n for word in present for n in self._by_stem.get(word, ())})
        for tag, phrase, weight in (self._phrases[n] for n in tried):
            if not present.issuperset(phrase):
                continue
            found = _locate(phrase, stems)
            if found is None:
                continue
            positions = frozenset(content[k][0] for k in found)
            if len({sentence[i] for i in positions}) > 1:
                continue
            if stems[found[0]] != phrase[0] and toks[min(positions) + 1].low in MODAL_VERBS:
                continue  # ("something ops can click around in" is no "click ops": a subject and its verb, turned)
            # (nor are they far apart across a comma, a dash or a bracket: "every model serving tool that runs on
            # kubernetes pls, need it for a comparison doc" compares no runs; words close together keep a phrase, "watch
            # GPU util, queue length and latency", and so do a closing quote, '"the churn model" by name + version', and
            # a possessive's "s", "our model's predictions")
            if max(positions) - min(positions) > PHRASE_ACROSS_CLAUSES and any(
                toks[i].clause_start and not toks[i - 1].quoted and toks[i].start - toks[i - 1].end > 1
                for i in range(min(positions) + 1, max(positions) + 1)
            ):
                continue
            if len(found) == 1 and min(positions) > 0 and toks[min(positions) - 1].low == "self":
                continue  # "self-hosted", "self-host": how the tool must run, not a need for hosting
            first = min(positions)
            if first > 0 and toks[first - 1].glued_to_next and toks[first - 1].low in BOUND_PREFIXES:
                continue  # "fine-tune a sentiment model": the compound's own job, not "tune models"
            if (
                len(found) == 1
                and first > 0
                and toks[first].low in {"version", "versions"}
                and toks[first - 1].low in EDITIONS
            ):
                continue  # "is there a typescript version?": an edition of a tool, not versioning

            last = max(positions)
            if last + 1 < len(toks) and toks[last + 1].low in PEOPLE_NOUNS:
                weight = weight * PEOPLE_FACTOR  # "no platform engineers", "the monitoring team": who, not the need
            described = toks[content[found[0]][0]]
            if (
                len(found) == 2
                and found[1] == found[0] + 1
                and _describes(described)
                and described.low not in self._written[tag.id]
            ):
                weight = weight / 2  # "trained models" names a thing; "train models" asks for a task
            if len(found) == 1 and weight < 1 and _told_as_done(toks[content[found[0]][0]]):
                weight = weight * DONE_FACTOR  # "what the model was trained on" tells the scene
            opens = _opens_for(toks, positions, sentence)
            if _negated(toks, content[found[0]][0]):
                weight = weight * NEGATED_FACTOR  # "themes without labelling anything": what they will not do
            elif _placed(toks, content[found[0]][0]) or _said_of_the_kind(toks, content[found[0]][0]):
                # "in merge requests", "on every PR": where the need arises; "eval frameworks that run locally": how
                # the kind asked for must run
                weight = weight * PLACE_FACTOR
            elif weight >= 1 and max(positions) + 1 < len(toks) and toks[max(positions) + 1].low in KIND_NOUNS:
                weight = weight + KIND_NAMED  # "recsys libraries for a quick baseline": the kind asked for
            elif weight >= 1 and opens:
                weight = weight + KIND_NAMED  # "gitops for deploying model services": what the rest is for
            # (a kind named by its phrase, or by a loose word and "options": "hosting for a tiny flask API" may still
            # want its purpose to say which hosting)
            if (
                opens
                and (weight >= 1 or toks[max(positions) + 1].low in KIND_NOUNS)
                and (opener is None or opener[0] == tag.id)
            ):
                opener = (tag.id, max(positions) + 1)
            current = best.get(tag.id)
            if current is None or weight > current.weight:
                if current is not None:
                    extra[tag.id] += 1
                best[tag.id] = NeedMatch(tag, weight, positions if current is None else positions | current.positions)
            else:
                extra[tag.id] += 1
                best[tag.id] = NeedMatch(tag, current.weight, current.positions | positions)
        matches = [NeedMatch(m.tag, m.weight + 0.1 * min(extra[m.tag.id], 3), m.positions) for m in best.values()]
        asked = bool(asked_from) and any(min(m.positions) >= asked_from for m in matches)
        phrased = {m.tag.id: m.weight for m in matches}
        matches = self._fused(matches, toks, exclude)
        if opener is not None:
            # ("orchestration for the nightly forecast runs": what the kind is for is its purpose, not the kind asked;
            # the retrieval's share must not lift it above the kind)
            head = next((m.weight for m in matches if m.tag.id == opener[0]), 0.0)
            matches = [
                replace(m, weight=min(m.weight, head * COMPLEMENT_SHARE))
                if m.tag.id != opener[0]
                and not m.retrieved
                # (the kind's own noun leads a purpose told after it, "hpo libs for gradient boosting", but a use
                # case named by that noun alone is the kind: "pipeline orchestrators")
                and min(m.positions) >= opener[1]
                and max(m.positions) > opener[1]
                and sentence[min(m.positions)] == sentence[opener[1]]
                else m
                for m in matches
            ]
        if asked:
            # (after the fusion, and without its share: the whole message's words are mostly the scene's, and must
            # not undo this)
            matches = [
                m
                if max(m.positions) >= asked_from
                else replace(m, weight=phrased.get(m.tag.id, m.weight) * SCENE_FACTOR)
                for m in matches
            ]
        # a phrase inside a longer matched phrase of another tag is that other tag's word ("model registry" vs "model")
        matches = [
            m
            for m in matches
            # (only a phrase the person wrote swallows another: a use case BM25 retrieved spans every known word)
            if not any(o is not m and m.positions < o.positions and o.weight > max(m.weight, 1) for o in matches)
        ]
        matches.sort(key=lambda m: (-m.weight, m.tag.id))
        categories = [
            c for c, forms in self._categories if any(_locate(f, stems) is not None for f in forms if len(f) >= 2)
        ]
        areas: list[Category] = []
        if not categories and not any(m.weight >= 1 for m in matches):
            scored = sorted(
                (
                    (sum(w for s, w in weights.items() if s in present), sum(1 for s in weights if s in present), c)
                    for c, weights in self._descriptions
                ),
                key=lambda x: -x[0],
            )
            areas = [c for score, count, c in scored[:1] if score >= DESCRIPTION_MATCH and count >= 2]
        if not matches and not categories and not (areas and EXPLAINING & {t.low for t in toks}):
            # (a category guessed from a couple of its description's words yields to a use case the message
            # describes, unless the message asks why or what it means: "why are specialised ML tools in trial?")
            matches = self.retrieved(toks, exclude)
            if matches:
                areas = []
        message = [t.stem for i, t in enumerate(toks) if i not in exclude and t.low not in STOP_WORDS]
        alike = self.alike_tools(message) if matches or categories or areas else ()
        return Need(tuple(matches), tuple(categories), frozenset(stems), tuple(areas), alike)

    def alike_tools(self, stems: list[str]) -> tuple[tuple[str, float], ...]:
        """The tools that answered the earlier requests most alike this one, each with its summed vote as a share
        of the best: what people accepted for needs told in these words."""
        votes: dict[str, float] = {}
        for hit in self._alike_requests(stems):
            for tool_id in self.catalog.requests[int(hit.key)].tools:
                votes[tool_id] = votes.get(tool_id, 0.0) + hit.share
        top = max(votes.values(), default=0.0)
        return tuple(sorted(((t, v / top) for t, v in votes.items()), key=lambda tv: (-tv[1], tv[0])))

    def _alike_requests(self, stems: list[str]) -> list[Hit]:
        """The earlier requests alike this question: enough words in common, not one rare word."""
        key = tuple(stems)
        if self._last_alike[0] == key:
            return self._last_alike[1]  # asked twice for one message: for its use cases, then for its tools
        asked = {s for s in stems if len(s) > 1}  # (a lone letter, "r" or "k", is too ambiguous to make requests alike)
        if len(asked - QUESTION_STEMS) < EXAMPLE_WORDS or self.examples is None:
            return []  # (a short question says too little to be like another: "what's the best platform to buy?")
        # (one rare word in common is a coincidence, not a like request: "which tools work with R?")
        examples = self.examples
        alike = [
            hit
            for hit in examples.rank(stems, EXAMPLES_CONSULTED)
            if hit.score >= EXAMPLE_MIN and examples.shared(asked, hit.key) >= 2
        ]
        self._last_alike = (key, alike)
        return alike

    def _fused(self, matches: list[NeedMatch], toks: list[Token], exclude: frozenset[int]) -> list[NeedMatch]:
        """The rules' matches with BM25's ranking added: a use case the whole message describes outweighs a
        single passing word ("validate incoming CSVs ... before training" is data quality, not training), and
        tips the balance between two phrases the message wrote ("which version is serving? we need a place to
        register models" is a registry)."""
        if not matches:
            return matches  # nothing to fuse with: `retrieved` asks BM25 on its own, once
        stems = [t.stem for i, t in enumerate(toks) if i not in exclude and t.low not in STOP_WORDS]
        hits = self._hits(stems, 3)
        if not hits:
            return matches
        by_tag = {m.tag.id: m for m in matches}
        positions = self._known(toks, exclude)
        # a use case only BM25 found ranks below every one the person named by a phrase or by its name's word
        # (an everyday word, "images" or "train", does not hold it back)
        ceiling = min((m.weight for m in matches if m.weight >= HEAD_WEIGHT), default=RETRIEVED_WEIGHT / 0.9) * 0.9
        for hit in hits:
            bonus = FUSION_WEIGHT * hit.share
            current = by_tag.get(hit.key)
            if current is not None:
                by_tag[hit.key] = replace(current, weight=current.weight + bonus)
            else:
                tag = self.catalog.tag(hit.key)
                if tag is not None:
                    by_tag[hit.key] = NeedMatch(
                        tag, min(ceiling, RETRIEVED_WEIGHT * hit.share), positions, retrieved=True
                    )
        return list(by_tag.values())

    def retrieved(
        self, toks: list[Token], exclude: frozenset[int] = frozenset(), least_shared: int = 2
    ) -> list[NeedMatch]:
        """The use case BM25 ranks first over tag phrases and tool descriptions, when it stands out (`least_shared`:
        the words it must share with the message; one is enough only when a tool is plainly asked for)."""
        stems = [t.stem for i, t in enumerate(toks) if i not in exclude and t.low not in STOP_WORDS]
        # (alike requests only weigh a use case the message itself points at: alone they would turn a question
        # about one tool, "should new projects be built on airflow?", into a need)
        # (they re-rank what the message's own words found: "graph neural net library" is graph ML, not containers)
        found = self._index_hits(stems, RETRIEVED_CONSIDERED)
        # (a use case either index ranks among its first is the message's own: "browse photos, find near-duplicates,
        # blurry ones" is data quality by the tags' words even when the problems' words rank others higher)
        own = {h.key for h, _ in found}
        voted = _summed(found, self._voted(stems, RETRIEVED_CONSIDERED), RETRIEVED_CONSIDERED)
        hits = [h for h in voted if h.key in own]
        # (one shared word is a coincidence, not a need: "where does my lunch box sit?" is no black box)
        if not hits or max(index.shared(stems, hits[0].key) for index in (self.ranker, self.problems)) < least_shared:
            return []
        tag = self.catalog.tag(hits[0].key)
        return [NeedMatch(tag, RETRIEVED_WEIGHT, self._known(toks, exclude), retrieved=True)] if tag else []

    def _hits(self, stems: list[str], most: int, voted: bool = True) -> list[Hit]:
        """The use cases BM25 finds in the question, from the tags' own vocabulary and from the problems people
        describe them by. Each index's best has a share of 1.0 (the problems' a little more), so a use case both
        find leads one only one finds: shares are summed, then divided by the best sum."""
        return _summed(self._index_hits(stems, most), self._voted(stems, most) if voted else [], most)

    def _index_hits(self, stems: list[str], most: int) -> list[tuple[Hit, float]]:
        """Each index's hits for the question, with the weight its shares count by."""
        return [
            *((h, 1.0) for h in self.ranker.rank(stems, most) if h.score >= RETRIEVED_MIN),
            *((h, PROBLEM_SHARE) for h in self.problems.rank(stems, most) if h.score >= PROBLEM_MIN),
        ]

    def _voted(self, stems: list[str], most: int) -> list[tuple[str, float, float]]:
        """The use cases of the tools that answered the most alike earlier requests: each with its vote (1.0 for
        the best) and the best BM25 score of a request that voted for it."""
        votes: dict[str, float] = {}
        alike: dict[str, float] = {}
        for hit in self._alike_requests(stems):
            # (squared: the request that says nearly the same thing outweighs several half-alike ones, "tag
            # tickets by hand" is labelling even beside many requests to tag tickets automatically)
            for tag_id, weight in self._example_tags[int(hit.key)].items():
                votes[tag_id] = votes.get(tag_id, 0.0) + hit.share**2 * weight
                alike[tag_id] = max(alike.get(tag_id, 0.0), hit.score)
        top = max(votes.values(), default=0.0)
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:most]
        return [(tag_id, vote / top, alike[tag_id]) for tag_id, vote in ranked]

    @cached_property
    def known_stems(self) -> frozenset[str]:
        """The stems the use cases and the problems people describe them by are written in."""
        return frozenset(self.ranker.vocabulary | self.problems.vocabulary)

    def _known(self, toks: list[Token], exclude: frozenset[int]) -> frozenset[int]:
        return frozenset(
            i
            for i, t in enumerate(toks)
            if i not in exclude and (t.stem in self.ranker.vocabulary or t.stem in self.problems.vocabulary)
        )


def _summed(found: list[tuple[Hit, float]], votes: list[tuple[str, float, float]], most: int) -> list[Hit]:
    """The indexes' hits and the alike requests' votes, summed per use case and shared out of the best sum."""
    summed: dict[str, float] = {}
    score: dict[str, float] = {}
    for hit, weight in found:
        summed[hit.key] = summed.get(hit.key, 0.0) + weight * hit.share
        score[hit.key] = max(score.get(hit.key, 0.0), hit.score)
    for tag_id, vote, alike in votes:
        summed[tag_id] = summed.get(tag_id, 0.0) + EXAMPLE_SHARE * vote
        score[tag_id] = max(score.get(tag_id, 0.0), alike)
    top = max(summed.values(), default=0.0)
    hits = [Hit(key, score[key], total / top) for key, total in summed.items()]
    return sorted(hits, key=lambda h: (-h.share, h.key))[:most]


LLM_STEM = stem("llm")
PARAMETER_COUNT = re.compile(r"\d+(\.\d+)?b")


SCHEDULE_STEM = stem("schedule")
MODEL_STEM = stem("model")
MODEL_PRONOUNS = frozenset({"it", "them"})
ANY_OBJECT_VERBS = frozenset(
    stem(w) for w in ("build", "test", "export", "expose", "audit", "embed", "organise", "visualise")
)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday"})
RECURRING = frozenset({"every", "each"})
CLOCK_TIME = re.compile(r"\d{1,2}(:\d{2})?(am|pm)|\d{1,2}:\d{2}")


def _time_of_a_schedule(toks: list[Token], i: int) -> bool:
    """Whether a word is the day or the hour something is set to run ("every monday", "at 6am"): a schedule, the
    orchestrator's job ("every night" is as often the scene: "every night we re-score the whole book")."""
    low = toks[i].low
    before = toks[i - 1].low if i > 0 else ""
    if low in WEEKDAYS:
        return before in RECURRING
    return bool(CLOCK_TIME.fullmatch(low)) and before in {"at", "by"}


def _parameter_count(toks: list[Token], i: int) -> bool:
    """Whether a word is a model's size in billions of parameters ("an 8B model", "70b params"): a large language
    model, not two billion rows."""
    return bool(
        PARAMETER_COUNT.fullmatch(toks[i].low)
        and i + 1 < len(toks)
        and toks[i + 1].low in {"model", "models", "param", "params", "parameter", "parameters", "llm", "llms"}
    )


def _named_after(tools: tuple[Tool, ...] | list[Tool]) -> list[tuple[Tool, Tool]]:
    """Each tool named after another in the catalog, with that other, its maker ("GitHub Actions", GitHub): every
    maker of a product whose leading words name one, the shortest name first."""
    by_name = {t.name.lower(): t for t in tools}
    pairs = []
    for tool in tools:
        name_words = tool.name.lower().split()
        for size in range(1, len(name_words)):
            maker = by_name.get(" ".join(name_words[:size]))
            if maker is not None and maker.id != tool.id:
                pairs.append((tool, maker))
    return pairs


def _hedged(
    chosen: list[tuple[float, Tool, tuple[str, ...]]],
    usable: list[tuple[float, Tool, tuple[str, ...]]],
    need: Need,
    most: int,
) -> list[tuple[float, Tool, tuple[str, ...]]]:
    """When the message reads almost as well as a second job, the last pick is that job's best tool, unless a pick
    already serves it: a hedge, as a waiter unsure of the order would offer both dishes."""
    if len(need.tags) < 2 or len(chosen) < most or need.tags[1].weight < HEDGE_SHARE * need.tags[0].weight:
        return chosen
    second = need.tags[1].tag.id
    if any(second in tool.tags[:2] for _, tool, _ in chosen):
        return chosen
    kept = {tool.id for _, tool, _ in chosen}
    hedge = next((r for r in usable if r[1].id not in kept and second in r[1].tags[:2]), None)
    return chosen if hedge is None else [*chosen[: most - 1], hedge]


def _answered_tags(catalog: Catalog, tool_ids: Iterable[str]) -> dict[str, float]:
    """The use cases a request's answers share: each tool's first use case counts once, its second half, as a share
    of the most shared one."""
    counts: dict[str, float] = {}
    for tool_id in tool_ids:
        tool = catalog.tool(tool_id)
        for position, tag_id in enumerate(tool.tags[:2] if tool else ()):
            counts[tag_id] = counts.get(tag_id, 0.0) + (1.0 if position == 0 else 0.5)
    top = max(counts.values(), default=0.0)
    return {tag_id: count / top for tag_id, count in counts.items() if count >= EXAMPLE_TAG_SHARE * top}


def _placed(toks: list[Token], first: int) -> bool:
    """Whether a phrase is where something happens: "diffs in merge requests", "retrain on every PR"."""
    i = first - 1
    while i >= 0 and toks[i].low in PLACE_DETERMINERS:
        i -= 1
    return i >= 0 and toks[i].low in PLACE_WORDS


def _said_of_the_kind(toks: list[Token], first: int) -> bool:
    """Whether a phrase sits in a clause that describes the kind of tool asked for just before it: "which LLM eval
    frameworks exist that run entirely locally?"."""
    for i in range(first - 1, max(-1, first - 5), -1):
        if toks[i].low in {"that", "which"}:
            before = toks[i - 1].low if i > 0 else ""
            if before in {"exist", "exists", "are"} and i > 1:
                before = toks[i - 2].low  # "frameworks exist that ..."
            return before in KIND_NOUNS
    return False


PLACE_WORDS = frozenset({"in", "on", "into", "inside", "within", "per"})
PLACE_DETERMINERS = frozenset({"the", "our", "a", "an", "every", "each", "all", "their", "its", "my", "your"})


ASKING_VERBS = frozenset({"recommend", "suggest"})
ASKERS = frozenset({"we", "you", "i", "u", "do", "does", "would", "could", "can", "anyone", "people", "still"})
HOLDING_VERBS = frozenset({"track", "tracks", "cover", "covers", "know", "list", "lists", "hold", "holds"})


def _asking_verb(toks: list[Token], i: int) -> bool:
    """Whether a word is the asking itself: "do we recommend airbyte?", "what would you suggest" (not "recommend
    podcasts to listeners", a recommender's job)."""
    if toks[i].low in HOLDING_VERBS and i > 0 and toks[i - 1].low in {"you", "radar", "catalog", "catalogue"}:
        return True  # ("which vendor AI platforms do you track?": what the radar holds, no tracking needed)
    return toks[i].low in ASKING_VERBS and i > 0 and toks[i - 1].low in ASKERS


def _told_as_done(token: Token) -> bool:
    """A word in the past tense: a hint word so written tells what happened ("trained on nulls"), not what is needed."""
    return token.low.endswith("ed") and token.stem != token.low


def _negated(toks: list[Token], first: int) -> bool:
    """Whether a phrase is said not to be there or not to be wanted: "without labelling", "almost no fraud labels"."""
    before = [t.low for t in toks[max(0, first - NEGATION_REACH) : first]]
    # ("we do not have gpus", "we lack labels": what the setting lacks)
    lacking = any(w in LACKING for w in before) or any(
        w == "not" and before[i + 1 : i + 2] in (["have"], ["own"], ["got"]) for i, w in enumerate(before)
    )
    # ("something ops can click around in, not a notebook", "a UI rather than notebooks": what it must not be)
    near = [w for w in before[-3:] if w not in {"a", "an", "the", "just", "another", "more"}]
    set_against = near[-1:] == ["not"] or near[-2:] == ["rather", "than"] or near[-2:] == ["instead", "of"]
    return lacking or set_against or any(w in PHRASE_NEGATORS for w in before)


LACKING = frozenset({"lack", "lacking", "lacks", "missing"})


MODAL_VERBS = frozenset({"can", "could", "will", "would", "should", "must", "may", "might", "shall"})
PHRASE_NEGATORS = frozenset({"without", "no", "zero", "never", "nor"})
NEGATION_REACH = 3  # words before a phrase a negator may stand: "almost no confirmed fraud labels"


def _opens_for(toks: list[Token], positions: frozenset[int], sentence: list[int]) -> bool:
    """Whether a phrase opens its sentence (after asking words at most) and "for" follows it: "<kind> for <purpose>"."""
    first, last = min(positions), max(positions)
    if last + 1 < len(toks) and toks[last + 1].low in KIND_NOUNS:
        last += 1  # ("serving options for the forecast API")
    if last + 1 >= len(toks) or toks[last + 1].low != "for":
        return False
    before = [t for i, t in enumerate(toks[:first]) if sentence[i] == sentence[first]]
    return all(t.low in STOP_WORDS or t.low in ASKING_WORDS for t in before)


def _describes(token: Token) -> bool:
    """A past participle in front of its noun ("versioned data", "trained models") describes, not asks."""
    return _told_as_done(token) and len(token.low) > 4


def _locate(phrase: tuple[str, ...], stems: list[str]) -> tuple[int, ...] | None:
    """Indexes of the phrase's words in order, each within two words of the previous one."""
    if len(phrase) == 1:
        return next(((i,) for i, s in enumerate(stems) if s == phrase[0]), None)
    for start, s in enumerate(stems):
        if s != phrase[0]:
            continue
        found = [start]
        for word in phrase[1:]:
            nxt = next((j for j in range(found[-1] + 1, min(len(stems), found[-1] + 4)) if stems[j] == word), None)
            if nxt is None:
                break
            found.append(nxt)
        if len(found) == len(phrase):
            return tuple(found)
    if len(phrase) == 2 and "use" not in phrase:
        # "models to serve" says the same as "serve models" (but "what should we use for compute" is no "computer
        # use": nearly every question says "use")
        for start, s in enumerate(stems):
            if s == phrase[1]:
                nxt = next((j for j in range(start + 1, min(len(stems), start + 4)) if stems[j] == phrase[0]), None)
                if nxt is not None:
                    return (start, nxt)
    return None


class Recommender:
    """Ranks the catalog's tools for a need, given the team's rings and the person's situation."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._tools = {t.id: t for t in catalog.tools}
        self._discontinued = frozenset(t.id for t in catalog.tools if t.discontinued)
        self.cloud_words = _cloud_words(catalog)
        self.clouds = sorted({t.id: t for t in self.cloud_words.values()}.values(), key=lambda t: t.name)
        self._affinity = {t.id: self._cloud_of(t) for t in catalog.tools}
        # (each product's maker, the one its shortest leading words name, and the products of each maker: found once,
        # since every recommendation that names a vendor asks)
        self._makers: dict[str, Tool] = {}
        named_after: dict[str, set[str]] = {}
        for product, maker in _named_after(catalog.tools):
            self._makers.setdefault(product.id, maker)
            named_after.setdefault(maker.id, set()).add(product.id)
        self._named_after = {maker_id: frozenset(ids) for maker_id, ids in named_after.items()}
        self._products: dict[str, list[Tool]] = {}
        for product_id, maker in self._makers.items():
            self._products.setdefault(maker.id, []).append(self._tools[product_id])
        seeds = {s.tool for s in catalog.seeds}
        self._home = _home_categories(catalog)
        self._last: tuple[Need, dict[str, float]] | None = None
        self._descriptions = Ranker(tool_documents(catalog))
        self._words_describing: dict[str, frozenset[str]] = {}
        self._by_tag: dict[str, list[Tool]] = {}
        self._tag_positions: dict[str, list[tuple[str, int, str]]] = {}
        for tool in catalog.tools:
            for tag_id in tool.tags:
                self._by_tag.setdefault(tag_id, []).append(tool)
            for position, tag_id in enumerate(dict.fromkeys(tool.tags)):
                self._tag_positions.setdefault(tag_id, []).append((tool.id, position, tool.category))
        # (the jobs several all-in-one platforms do: a cloud's ML platform answers for them when the cloud has no
        # service of its own; vector search or a warehouse is not one)
        platform_jobs = Counter(tag for t in catalog.tools if t.category in LIFECYCLE_IN_ONE for tag in t.tags)
        self._platform_jobs = frozenset(tag for tag, count in platform_jobs.items() if count >= PLATFORM_JOB_SHARED)
        self._prominence = {
            t.id: 0.15 * (t.id in seeds)
            + 0.1 * (t.thoughtworks is not None)
            + min(0.15, 0.03 * catalog.referenced(t.id))
            for t in catalog.tools
        }

    def _cloud_of(self, tool: Tool) -> str | None:
        owners = {self.cloud_words[w].id for w in _name_words(tool) if w in self.cloud_words}
        return owners.pop() if len(owners) == 1 else None

    def cloud_of(self, tool: Tool) -> Tool | None:
        """The cloud a tool belongs to (SageMaker -> AWS), or the tool itself when it is a cloud."""
        cloud_id = self._affinity.get(tool.id)
        return self.catalog.tool(cloud_id) if cloud_id else None

    def affinity(self, tool: Tool) -> str | None:
        return self._affinity.get(tool.id)

    def speaking(self, language: str) -> list[Tool]:
        """The tools whose descriptions say they work with a programming language."""
        return [t for t in self.catalog.tools if _speaks(t.description, language)]

    def mostly_clouds(self, tool_ids: list[str]) -> bool:
        """Whether at least half these tools are clouds themselves: then which cloud is the answer, not a question."""
        return sum(self._affinity.get(i) == i for i in tool_ids) * 2 >= len(tool_ids)

    def home_of(self, tag_id: str) -> str | None:
        """The category where a use case lives (most of its specialists are there)."""
        return self._home.get(tag_id)

    def prominence(self, tool_id: str) -> float:
        """How well known a tool is: placed by the seed posts or Thoughtworks, and named by other entries."""
        return self._prominence.get(tool_id, 0.0)

    def best_known(self, scores: dict[str, float], most: int) -> list[tuple[str, float]]:
        """The best-scoring tools, the better-known first among equals (a partial sort: thousands in a large
        catalog share a score)."""
        prominence = self._prominence
        # prominence is below 1, so a thousandth of it orders equal scores without reordering different ones
        keyed = {tool_id: score + PROMINENCE_TIE * prominence.get(tool_id, 0.0) for tool_id, score in scores.items()}
        return [(tool_id, scores[tool_id]) for tool_id in heapq.nlargest(most, keyed, key=keyed.__getitem__)]

    def read_descriptions(self) -> None:
        """Read what every description says of where a tool runs, once, for a server about to take questions:
        otherwise the first question that weighs a setting reads them all while the person waits."""
        for tool in self.catalog.tools:
            _needs_kubernetes(tool.description)
            _runs_on_cpu(tool.description)
            _managed(tool.description)

    def affinity_of(self, tool_id: str) -> str | None:
        return self._affinity.get(tool_id)

    def relevance(self, need: Need) -> dict[str, float]:
        """How well each candidate tool matches a need, before rings and the person's setting."""
        cached = self._last
        if cached is not None and cached[0] is need:
            return cached[1]  # asked twice for one question: whether to clarify, then to recommend
        scores = self._relevance(need, frozenset())
        self._last = (need, scores)
        return scores

    def recommend(
        self,
        team: TeamRadar,
        need: Need,
        situation: Situation,
        *,
        exclude: frozenset[str] = frozenset(),
        instead_of: Tool | None = None,
        most: int = MOST_PICKS,
        preferred: frozenset[str] = frozenset(),
    ) -> Recommendation:
        """The picks for a need in the person's situation (`preferred`: tools that answer the ask itself, such as the
        services that run an open-source tool asked for as managed: candidates whatever their match, and weighed
        up)."""
        situation = adopted_cloud(team, situation)
        # what the person ruled out goes before the best match is known: otherwise the best matches could all be
        # ruled out, leaving nothing above the cut ("something lighter than Kubeflow that does not need Kubernetes")
        constraints = situation.constraints
        # (a project that has stopped is looked up, never recommended: FloydHub shut down in 2021)
        # (a vendor ruled out takes its products named after it: "we're on azure devops, not github" rules out GitHub
        # Actions)
        # (what the person runs is left out of the picks, not its products: "we're on github" keeps GitHub Actions)
        ruled_out = exclude.union(
            *(
                self._named_after.get(tid, frozenset())
                for tid in exclude
                if tid in self._tools and self._tools[tid] not in situation.stack
            )
        )
        left_out = ruled_out | self._discontinued
        scored = {tid: rel for tid, rel in self.relevance(need).items() if tid not in left_out}
        if constraints.license is not None or constraints.no_kubernetes:
            scored = {tid: rel for tid, rel in scored.items() if constraints.allows(self._tools[tid])}
        if constraints.cloud_only and situation.cloud is not None:
            # (the cloud's own services, when it has any for this need; otherwise the ordinary picks on it)
            best = max(scored.values(), default=1.0)
            own = {
                tid: rel
                for tid, rel in scored.items()
                if self._affinity.get(tid) == situation.cloud.id and rel >= RELEVANCE_KEPT * best
            }
            if not own and (not need.tags or need.tags[0].tag.id in self._platform_jobs):
                # (no service of its own for this need: its ML platform, which covers most of the lifecycle)
                own = {
                    t.id: best
                    for t in self.catalog.tools_in_category(VENDOR_PLATFORMS)
                    if self._affinity.get(t.id) == situation.cloud.id and not t.discontinued
                }
            scored = own or scored
        if not scored:
            return Recommendation(need.label, tuple(situation.notes()), (), instead_of=instead_of)
        best = max(scored.values())
        # (the named cloud's own service for the job stays a candidate though it lists the job late: "a model
        # registry, we're on azure" weighs Azure ML, whose registry comes after its training and serving)
        # (and so does a product of a vendor they run: "we're a databricks shop" weighs Databricks Mosaic AI)
        cloud = situation.cloud.id if situation.cloud is not None else None
        kept = {tid: rel for tid, rel in scored.items() if rel >= RELEVANCE_KEPT * best}
        if cloud is not None or situation.stack:
            products = frozenset().union(*(self._named_after.get(maker.id, frozenset()) for maker in situation.stack))
            kept |= {
                tid: rel
                for tid, rel in scored.items()
                if (cloud is not None and self._affinity.get(tid) == cloud) or tid in products
            }
        if constraints.cpu_only:
            # (what runs without a GPU stays a candidate though it matches less: "an open LLM, and we have zero GPUs"
            # weighs llama.cpp beside the GPU servers the need's words find first)
            kept |= {
                tid: rel
                for tid, rel in scored.items()
                if rel >= CPU_KEPT * best and _runs_on_cpu(self._tools[tid].description)
            }
        kept |= {tid: max(scored.get(tid, 0.0), RELEVANCE_KEPT * best) for tid in preferred if tid in self._tools}
        if len(kept) > MOST_CANDIDATES:
            # a very large catalog: only the best-matching candidates can win once rings and fit are added
            ordered = sorted(kept.items(), key=lambda kv: (-kv[1], -self._prominence[kv[0]], kv[0]))
            kept = dict(ordered[:MOST_CANDIDATES])
        described = self._described(need, kept)
        ranked: list[tuple[float, Tool, tuple[str, ...]]] = []
        rings: dict[str, Ring] = {}  # each candidate's ring, looked up once
        ours: set[str] = set()
        for tool_id, rel in kept.items():
            tool = self.catalog.tool(tool_id)
            assert tool is not None
            fit, fits = self.fit(tool, situation)
            if fit is None:
                continue
            ring = rings[tool_id] = team.ring_of(tool)
            total = rel + fit + RING_BONUS[ring.id] + self._prominence[tool.id] + described.get(tool_id, 0.0)
            if tool_id in preferred:
                total += PREFERRED_FIT
            if _ours(team, tool):
                ours.add(tool_id)
                if ring.id in ("adopt", "trial"):
                    total += TEAM_BONUS
            ranked.append((total, tool, fits))
        ranked.sort(key=lambda item: (-item[0], item[1].name.lower()))
        usable = [r for r in ranked if rings[r[1].id].id != "hold"]
        if constraints.within_stack:
            # "we're on postgres and don't want another database": what works with postgres, if anything does
            # (among those that do the job well: the cloud's own services are all candidates, not all answers)
            beside = [
                r
                for r in usable
                # (what they run comes first when it does the job: "we picked mlflow, does that cover it?")
                # (and the cloud's own services: "we already pay for azure, anything in there we could use?")
                if (r[1] in situation.stack or any(f.startswith(("works with", "native to")) for f in r[2]))
                and scored[r[1].id] >= RELEVANCE_KEPT * best
            ]
            beside.sort(key=lambda r: r[1] not in situation.stack)
            usable = beside or usable
        held = [r for r in ranked if rings[r[1].id].id == "hold"]
        # what the team itself placed in Adopt or Trial comes before any unplaced catalog tool
        # (when it is about as strong a match as the best, the question's own words included: a loosely related tool
        # of the team's does not lead)
        match_best = max((kept[t] + described.get(t, 0.0) for t in kept), default=0.0)
        have = [
            r
            for r in usable
            if r[1].id in ours
            and rings[r[1].id].id in ("adopt", "trial")
            and kept[r[1].id] + described.get(r[1].id, 0.0) >= TEAM_LEAD_RELEVANCE * match_best
        ]
        # (what answers the ask itself comes before the team's own)
        have = [r for r in usable if r[1].id in preferred] + [r for r in have if r[1].id not in preferred]
        have_ids = {r[1].id for r in have}
        chosen = (have + [r for r in usable if r[1].id not in have_ids] if usable else held)[:most]
        chosen = _hedged(chosen, usable, need, most)
        if cloud is not None and need.tags:
            chosen = self._with_native(chosen, usable, cloud, need.tags[0].tag.id, most)
        # what the team already has first, then the better rings; within a ring, the stronger match first
        # (but what they run and would keep to, first: "we already run mlflow, can we just reuse that?")
        kept_to = situation.stack if constraints.within_stack else ()
        chosen.sort(
            key=lambda item: (
                item[1] not in kept_to,
                item[1].id not in preferred,
                item[1].id not in ours,
                rings[item[1].id].order,
                -item[0],
            )
        )
        picks = tuple(self._pick(team, tool, fits, need) for _, tool, fits in chosen)
        shown = {p.placed.tool.id for p in picks}
        more = tuple(Placed(t, team.ring_of(t)) for _, t, _ in usable if t.id not in shown)[:5]
        held_back = tuple(Placed(t, team.ring_of(t)) for _, t, _ in held[:2]) if usable else ()
        return Recommendation(need.label, tuple(situation.notes()), picks, more, instead_of, held_back)

    def _with_native(
        self,
        chosen: list[tuple[float, Tool, tuple[str, ...]]],
        usable: list[tuple[float, Tool, tuple[str, ...]]],
        cloud: str,
        job: str,
        most: int,
    ) -> list[tuple[float, Tool, tuple[str, ...]]]:
        """With the person's cloud known, its own best service for the job (one that lists the job) has the last
        pick when no pick is the cloud's: "a GPU cloud, we're on GCP" offers GCP beside the GPU clouds."""
        if len(chosen) < most or any(self._affinity.get(tool.id) == cloud for _, tool, _ in chosen):
            return chosen
        native = next((r for r in usable if self._affinity.get(r[1].id) == cloud and job in r[1].tags), None)
        return chosen if native is None else [*chosen[: most - 1], native]

    def _relevance(self, need: Need, exclude: frozenset[str]) -> dict[str, float]:
        """Each candidate's match: its best use case (weighted by how early the tool lists it), more for each
        further shared use case and for living where the use case lives, and for the named category."""
        tag_weight = {m.tag.id: m.weight for m in need.tags}
        best: dict[str, float] = {}
        shared: dict[str, int] = {}
        at_home: set[str] = set()
        for tag_id, weight in tag_weight.items():
            home = self._home.get(tag_id)
            values = [weight * f for f in POSITION_FACTOR]
            last = len(values) - 1
            for tool_id, position, category in self._tag_positions.get(tag_id, ()):
                value = values[position if position < last else last]
                if value > best.get(tool_id, -1.0):
                    best[tool_id] = value
                shared[tool_id] = shared.get(tool_id, 0) + 1
                if home == category:
                    at_home.add(tool_id)  # the category where this use case lives: its specialists
        scores = {
            tid: value + SHARED_BONUS * (shared[tid] - 1) + HOME_BONUS * (tid in at_home) for tid, value in best.items()
        }
        category_ids = {c.id for c in need.categories}
        area_ids = {c.id for c in need.areas} - category_ids
        for bonus, ids in ((1.5, category_ids), (0.8, area_ids)):
            counted: set[str] = set()
            for category_id in ids:
                for tool in self.catalog.tools_in_category(category_id):
                    if tool.id in counted or (bonus == 0.8 and category_ids.intersection(tool.categories)):
                        continue
                    counted.add(tool.id)
                    scores[tool.id] = scores.get(tool.id, 0.0) + bonus
        self._add_directly_described(scores, need)
        # what people accepted for alike requests re-ranks the candidates, and brings in a tool the use cases missed
        # ("profile a new CSV export quickly": the requests that said "profile" were answered with profilers)
        top = max(scores.values(), default=0.0)
        for tool_id, vote in need.alike:
            if tool_id in scores:
                scores[tool_id] += ALIKE_WEIGHT * vote * top
            elif tool_id in self._tools:
                scores[tool_id] = ALIKE_OUTSIDE * vote * top
        return {tid: score for tid, score in scores.items() if score > 0 and tid not in exclude}

    def _add_directly_described(self, scores: dict[str, float], need: Need) -> None:
        """Raises the tools whose own descriptions answer the question best, above the use cases' match."""
        top = max(1.0, max(scores.values(), default=0.0))
        for hit in self._descriptions.rank(sorted(need.words), DIRECT_MOST):
            if hit.share >= DIRECT_SHARE:
                scores[hit.key] = max(0.0, scores.get(hit.key, 0.0)) + DIRECT_WEIGHT * hit.share * top

    def words_describing(self, tag_id: str) -> frozenset[str]:
        """The stems the descriptions of a use case's tools are written in (gathered once per use case)."""
        found = self._words_describing.get(tag_id)
        if found is None:
            found = frozenset(stem(w) for tool in self._by_tag.get(tag_id, ()) for w in words(tool.description))
            self._words_describing[tag_id] = found
        return found

    def described_by(self, words: Iterable[str], tool_ids: Iterable[str]) -> dict[str, float]:
        """How well each tool's own description answers these question words (BM25; 0 when none is shared)."""
        return self._descriptions.scores(sorted(words), tool_ids)

    def _described(self, need: Need, candidates: dict[str, float]) -> dict[str, float]:
        """Among the candidates, how well each one's own description answers the question's words (BM25, as a
        share of the best candidate's)."""
        if not need.words:
            return {}
        mine = self.described_by(need.words, candidates)
        best = max(mine.values(), default=0.0)
        return {tid: DESCRIBED_WEIGHT * score / best for tid, score in mine.items()} if best > 0 else {}

    def _rival_has_its_own(self, stack_tool: Tool, maker: Tool, product: Tool) -> bool:
        """Whether the person runs a rival of a product's maker that offers its own product of that kind
        (GitLab, with GitLab CI, against GitHub Actions)."""
        return (
            stack_tool.id != maker.id
            and stack_tool.category == maker.category
            and any(p.category == product.category for p in self._products.get(stack_tool.id, ()))
        )

    def fit(self, tool: Tool, situation: Situation) -> tuple[float | None, tuple[str, ...]]:
        """How well a tool fits the person's setting; None when it belongs to another cloud."""
        bonus = 0.0
        fits: list[str] = []
        if not situation.constraints.allows(tool):
            return None, ()
        owner = self._affinity.get(tool.id)
        if situation.cloud:
            if owner == situation.cloud.id:
                bonus += NATIVE_FIT
                fits.append(f"native to {situation.cloud.name}")
            elif owner and owner != situation.cloud.id:
                return None, ()
        maker = self._makers.get(tool.id)
        if maker is not None and any(self._rival_has_its_own(s, maker, tool) for s in situation.stack):
            return None, ()  # ("we run self-managed gitlab, which CI?": GitHub's own CI belongs to a rival they lack)
        for stack_tool in situation.stack:
            if stack_tool.id == tool.id or (situation.cloud and stack_tool.id == situation.cloud.id):
                continue
            if tool.id in self._named_after.get(stack_tool.id, ()):
                # ("CI for the ML repos? everything's on github": GitHub's own CI, as a cloud's own service)
                bonus += NATIVE_FIT
                fits.append(f"{stack_tool.name}'s own")
                break
            primary = stack_tool.tags[0] if stack_tool.tags else None
            if (
                stack_tool.id in tool.related
                or tool.id in stack_tool.related
                or (primary and primary in tool.tags)
                or _mentions(tool.description, stack_tool.name)  # "runs on Kubernetes" in its own words
            ):
                # (much more when the person will not run anything beside it, or when the tool adds no system of
                # its own: "a PostgreSQL extension" for a team on Postgres)
                kept = situation.constraints.within_stack or _extends(tool.description, stack_tool.name)
                bonus += STACK_FIT_KEPT if kept else STACK_FIT
                fits.append(f"works with {stack_tool.name}")
                break
        weight, weighed = situation.constraints.weigh(tool)
        bonus += weight
        fits.extend(weighed)
        if situation.persona and any(c in situation.persona.helps for c in tool.categories):
            bonus += 0.2
            fits.append(f"suits {situation.persona.name.replace('ML', 'ML').lower().replace('ml ', 'ML ')}s")
        return bonus, tuple(fits)

    def _pick(self, team: TeamRadar, tool: Tool, fits: tuple[str, ...], need: Need) -> Pick:
        category = self.catalog.category(tool.category)
        covers = [self.catalog.tag(t).name for t in tool.tags[:3] if self.catalog.tag(t)]  # type: ignore[union-attr]
        first_sentence = _shorten(tool.description.split(". ")[0].rstrip(".") + ".", REASON_LENGTH)
        reason = (
            f"{category.name}; covers {', '.join(covers)}. {first_sentence}"
            if covers
            else f"{category.name}. {first_sentence}"
        )
        return Pick(Placed(tool, team.ring_of(tool)), reason, trade_off(tool, category), fits, _ours(team, tool))


def adopted_cloud(team: TeamRadar, situation: Situation) -> Situation:
    """The team's Adopt ring is its stack: with one general cloud adopted, answers fit that cloud unasked."""
    if situation.cloud is not None or team.whole_catalog:
        return situation
    # the radar grouped once per version rather than a pass over the whole menu per question
    general = [*members(team).by_category.get(CLOUD_PROVIDERS, []), *team.team_tools]
    clouds = [
        t for t in general if t.category == CLOUD_PROVIDERS and team.on_radar(t) and team.ring_of(t).id == "adopt"
    ]
    if len(clouds) != 1:
        return situation
    return replace(situation, cloud=clouds[0], stack=(*situation.stack, clouds[0]))


def _ours(team: TeamRadar, tool: Tool) -> bool:
    """On the team's own radar (a whole-catalog radar counts every tool as the team's)."""
    return not team.whole_catalog and team.on_radar(tool)


def _mentions(text: str, name: str) -> bool:
    return bool(re.search(rf"\b{re.escape(name.lower())}\b", text.lower()))


def _extends(text: str, name: str) -> bool:
    """Whether a description calls its tool an extension or plug-in of the named one ("a PostgreSQL extension")."""
    named = re.escape(name.lower())
    kinds = "(extension|plugin|plug-in|add-on)"
    return bool(re.search(rf"\b{named} {kinds}\b|\b{kinds}s? (for|to|of) {named}\b", text.lower()))


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def trade_off(tool: Tool, category: Category) -> str:
    """What choosing the tool commits you to, from where it sits on the scope axis."""
    licence = "open source" if tool.license == "open-source" else "commercial"
    if tool.y > 0:
        return (
            f"All-in-one ({licence}): it covers most of the lifecycle, so adopting it is a hard commitment to its way "
            "of working."
        )
    return f"Specialized ({licence}): it does one job and slots into what you have, so it is easy to swap out later."


def personas_named(catalog: Catalog, text: str) -> list[Persona]:
    """Every persona a question names ('ML researcher vs software engineer')."""
    low = " " + " ".join(words(text)) + " "
    found = []
    for persona in catalog.framework.personas:
        phrases = (*PERSONA_WORDS.get(persona.id, ()), " ".join(words(persona.name)))
        if any(f" {phrase} " in low for phrase in phrases):
            found.append(persona)
    return found


def persona_named(catalog: Catalog, text: str) -> Persona | None:
    """The persona a person says they are ('I'm a data scientist' -> ML researcher)."""
    low = " " + " ".join(words(text)) + " "
    best: tuple[int, Persona] | None = None
    for persona in catalog.framework.personas:
        phrases = (*PERSONA_WORDS.get(persona.id, ()), " ".join(words(persona.name)))
        for phrase in phrases:
            if f" {phrase} " in low and (best is None or len(phrase) > best[0]):
                best = (len(phrase), persona)
    return best[1] if best else None


def _name_words(tool: Tool) -> set[str]:
    found: set[str] = set()
    for name in (tool.id.replace("-", " "), tool.name, *tool.aliases):
        found |= set(words(name))
    return found


def _cloud_words(catalog: Catalog) -> dict[str, Tool]:
    """Words that name a general cloud ('aws', 'amazon', 'gcp', 'google', 'azure'), each owned by one cloud.

    Services of a cloud (BigQuery, Cloud Run, AWS Lambda) are listed among the providers too;
    a word belongs to the provider that came first, and a provider whose names use another
    provider's word is one of its services, not a cloud.
    """
    providers = catalog.tools_in_category(CLOUD_PROVIDERS)
    distinct = {
        t.id: {w for w in _name_words(t) if w not in COMMON_WORDS and w not in STOP_WORDS and len(w) >= 3}
        for t in providers
    }
    owner: dict[str, Tool] = {}
    for word in sorted({w for ws in distinct.values() for w in ws}):
        holders = sorted((t for t in providers if word in distinct[t.id]), key=lambda t: (t.since, len(t.id), t.id))
        owner[word] = holders[0]
    roots = {t.id for t in providers if all(owner[w].id == t.id for w in distinct[t.id])}
    return {w: t for w, t in owner.items() if t.id in roots}


def _home_categories(catalog: Catalog) -> dict[str, str]:
    """For each use-case tag, the category most of the tools made for it (first tag) belong to."""
    counts: dict[str, Counter[str]] = {}
    for tool in catalog.tools:
        if tool.tags:
            counts.setdefault(tool.tags[0], Counter())[tool.category] += 1
    return {tag: counter.most_common(1)[0][0] for tag, counter in counts.items()}
