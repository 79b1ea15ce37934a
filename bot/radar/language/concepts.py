"""The radar's ideas as answers, built from radar.yml: a ring, personas, build vs buy, the flows, signals."""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from bot.radar.answers import NamesNoTool, Placed, Radar, members
from bot.radar.models import BuildVsBuy, Category, Lifecycle, Persona, Quadrant, Ring, Signals, Tool

EXAMPLES_SHOWN = 3


@dataclass(frozen=True)
class RingConcept(NamesNoTool):
    """What one ring means, what to do with its tools, and a few of them."""

    ring: Ring
    count: int
    examples: tuple[Placed, ...]
    moves: str


@dataclass(frozen=True)
class PersonaHelp:
    persona: Persona
    categories: tuple[tuple[Category, tuple[Placed, ...]], ...]


@dataclass(frozen=True)
class PersonasAnswer(NamesNoTool):
    personas: tuple[PersonaHelp, ...]
    lifecycle: Lifecycle


@dataclass(frozen=True)
class BuildVsBuyAnswer(NamesNoTool):
    advice: BuildVsBuy
    swap_first: tuple[Category, ...]


@dataclass(frozen=True)
class FlowAnswer:
    summary: str
    tools: tuple[tuple[Placed, str], ...]

    @property
    def tool_ids(self) -> list[str]:
        return [p.tool.id for p, _ in self.tools]


@dataclass(frozen=True)
class SignalsAnswer(NamesNoTool):
    signals: Signals
    assess_ring: Ring
    examples: tuple[Placed, ...]


@dataclass(frozen=True)
class LifecycleAnswer(NamesNoTool):
    lifecycle: Lifecycle
    personas: tuple[Persona, ...]


ConceptAnswer = RingConcept | PersonasAnswer | BuildVsBuyAnswer | FlowAnswer | SignalsAnswer | LifecycleAnswer


def best_tools(radar: Radar, tools: list[Tool], most: int = EXAMPLES_SHOWN) -> tuple[Placed, ...]:
    """The tools a team should look at first: better rings first, then the ones others point to."""
    grouped = members(radar.team)
    ranks = grouped.best
    try:
        # catalog tools: their order is computed once per radar, so thousands cost one lookup each
        first = [grouped.by_best[rank] for rank in heapq.nsmallest(most, [ranks[t.id] for t in tools])]
    except KeyError:  # a tool the team defined: ordered by its fields
        referenced = radar.catalog.referenced
        first = heapq.nsmallest(
            most,
            tools,
            key=lambda t: (
                grouped.ring_order[t.id] if t.id in grouped.ring_order else radar.team.ring_of(t).order,
                -referenced(t.id),
                t.name.lower(),
            ),
        )
    return tuple(radar.placed(t) for t in first)


_BEST: dict[int, tuple[object, dict[tuple[str, int], tuple[Placed, ...]]]] = {}


def best_in_category(radar: Radar, category_id: str, most: int) -> tuple[Placed, ...]:
    """best_tools of a category, remembered per team radar (a radar only changes with the database)."""
    cached = _BEST.get(id(radar.team))
    if cached is None or cached[0] is not radar.team:
        if len(_BEST) > 16:
            _BEST.clear()
        cached = _BEST[id(radar.team)] = (radar.team, {})
    found = cached[1].get((category_id, most))
    if found is None:
        found = cached[1][(category_id, most)] = best_tools(radar, radar.catalog.tools_in_category(category_id), most)
    return found


def ring_concept(radar: Radar, ring: Ring) -> RingConcept:
    tools = members(radar.team).by_ring.get(ring.id, [])
    inner = next((r for r in radar.catalog.rings if r.order == ring.order - 1), None)
    moves = (
        f"Tools usually move inwards as teams use them on real problems; the next step from here is {inner.name}."
        if inner
        else "This is the innermost ring: the team's standard."
    )
    return RingConcept(ring, len(tools), best_tools(radar, tools), moves)


def personas(radar: Radar, only: Persona | None = None) -> PersonasAnswer:
    chosen = [only] if only else radar.catalog.framework.personas
    helps = []
    for persona in chosen:
        cats = tuple((radar.catalog.category(c), best_in_category(radar, c, 2)) for c in persona.helps)
        helps.append(PersonaHelp(persona, cats))
    return PersonasAnswer(tuple(helps), radar.catalog.framework.lifecycle)


def build_vs_buy(radar: Radar) -> BuildVsBuyAnswer:
    swap_first = tuple(c for c in radar.catalog.categories if c.quadrant == "specialized-ml-tools")
    return BuildVsBuyAnswer(radar.catalog.framework.build_vs_buy, swap_first)


def flow(radar: Radar) -> FlowAnswer:
    items = []
    for entry in radar.catalog.framework.flow_distinction.tools:
        tool = radar.catalog.tool(entry.tool)
        if tool is not None:
            items.append((radar.placed(tool), entry.what))
    return FlowAnswer(radar.catalog.framework.flow_distinction.summary, tuple(items))


def flow_notes(radar: Radar, tools: list[Tool]) -> list[str]:
    """What tells apart the '-flow' tools among those compared, from the radar's own words."""
    named = {t.id for t in tools}
    entries = [e for e in radar.catalog.framework.flow_distinction.tools if e.tool in named]
    if len(entries) < 2:
        return []
    notes = [radar.catalog.framework.flow_distinction.summary]
    for entry in entries:
        tool = radar.catalog.tool(entry.tool)
        if tool is not None:
            notes.append(f"{tool.name}: {entry.what}")
    return notes


def signals(radar: Radar) -> SignalsAnswer:
    assess = radar.catalog.ring("assess")
    platforms = [t for t in members(radar.team).by_ring.get("assess", []) if t.y > 0]
    return SignalsAnswer(radar.catalog.framework.signals, assess, best_tools(radar, platforms))


def lifecycle(radar: Radar) -> LifecycleAnswer:
    return LifecycleAnswer(radar.catalog.framework.lifecycle, tuple(radar.catalog.framework.personas))


@dataclass(frozen=True)
class ConceptNote(NamesNoTool):
    """One of the radar's ideas in a few sentences: what it is and what it means in practice."""

    title: str
    text: str
    points: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    """An idea the bot can explain: its words (for retrieval), a title and its text."""

    id: str
    words: str
    title: str
    text: str
    of_an_entry: bool = False  # about one tool's place on the team's radar: asked only where the message speaks of it
    asked_by: str = ""  # a pattern the message must hold for this idea to be what it asks (its words alone are few)


# The seed posts' and the bot's own ideas beyond what radar.yml spells out, in our words.
NOTES: tuple[Note, ...] = (
    Note(
        "tech-radar",
        "tech radar technology radar what is a radar thoughtworks purpose why care point chase chasing shiny new "
        "tools hype focus software engineer",
        "What a tech radar is",
        "A tech radar is a team's shared, opinionated map of the tools it uses or watches, in the spirit of the "
        "Thoughtworks Technology Radar. Each tool sits in a ring (Adopt, Trial, Assess, Hold) that says what to do "
        "with it, and in a quadrant that says what kind of tool it is. It keeps a team from chasing every shiny "
        "new tool: new ideas enter at Assess, earn their way inwards on real work, and everyone, engineers "
        "included, can see what is standard before picking something.",
    ),
    Note(
        "origin",
        "origin where come from came up who made author authors source sources based on inspired thoughtworks "
        "blog posts miranda framework history credit credits",
        "Where this framework comes from",
        'The map and the rings come from three blog posts, "Navigating the MLOps tooling landscape" by LJ '
        "Miranda (2021, CC BY 4.0): the two axes, the quadrants and the waiter who works out what a team needs "
        "are theirs. The rings and the idea of a radar come from the Thoughtworks Technology Radar, whose "
        "placements the catalog also notes. The catalog's descriptions are written for this bot, and this team's "
        "own radar is what its votes made of it.",
    ),
    Note(
        "assess-to-trial",
        "move moves moving promote promotion graduate earn way assess to trial ready leave assess checklist "
        "criteria when is a tool ready next ring inwards",
        "How a tool moves from Assess to Trial",
        "A tool in Assess is worth a time-boxed look, not a project. It earns Trial when someone has tried it on a "
        "real (small) problem, it did the job, its maturity signals hold up (active maintainers, releases, docs, "
        "an exit path) and someone is willing to own a pilot. Trial means a real but reversible project; Adopt "
        "comes after it has worked in production. On this team's radar the move happens by a vote: propose it "
        "and the weekly poll decides.",
    ),
    Note(
        "team-votes",
        "vote votes voting poll polls weekly propose proposal change rings move ring our radar this team decide "
        "who decides how do tools change get added add adding end up get onto gets onto included placed placing new "
        "entry",
        "How tools change rings on this radar",
        "This team's radar starts from the seed posts' placements and changes by votes. Anyone can propose a "
        "move (`/radar propose`); the weekly poll asks the team, and a tool moves ring when the vote carries. "
        "Each tool's card shows when the team moved it and why, so the radar stays the team's own opinion "
        "rather than a vendor's.",
    ),
    Note(
        "entry-owner",
        "owner owners owns entry listed on the hook responsible duties contact who to ask",
        "What a tool's owner on the radar does",
        "Each tool the team placed has an owner: the person who proposed the move the poll carried, or whom an "
        "admin named with `/radar edit`. The owner is the person to ask about it, not a gatekeeper: they know "
        "how the team uses it, keep its note true, and propose a new vote when it goes stale or stops earning "
        "its ring. Being listed is no promise of support; hand it on with `/radar edit` when you move on.",
        of_an_entry=True,
    ),
    Note(
        "entry-note",
        "note notes entry card what goes into who writes written fill in trust quote where come from",
        "What the notes on the radar are",
        "A tool's card carries two kinds of text. Its description and the framework's note are the catalog's, "
        "written for this bot from public facts: what the tool is and why its kind of tool sits where it does. "
        "The team's note is the team's own: why it placed the tool in its ring, set by an admin with "
        "`/radar edit`; the reasons people gave when they proposed a move are in the poll that carried it. "
        "Quote the team's note as the team's opinion; check the catalog's facts against the tool's own site "
        "before a big decision.",
        of_an_entry=True,
    ),
    Note(
        "decision-trail",
        "decision trail audit auditors log history past decisions when and why moved record who decided",
        "The radar's decision trail",
        "Every decision is kept: each placement, move, confirmation, note and retirement with its date, the poll "
        "that carried it and its counts, or the admin who made it. A tool's card shows its latest move and why; "
        "`/radar web` links to the team's radar page, where each tool's history of moves can be read, which "
        "is what an audit asks for.",
        of_an_entry=True,
    ),
    Note(
        "hard-commitment",
        "hard commitment commitments commit lock in lock-in all in one platform platforms switching cost "
        "expensive to leave migrate away",
        "Why all-in-one platforms are hard commitments",
        "An all-in-one ML platform touches every step of the lifecycle: data, training, tracking, serving. Once "
        "a team builds on it, leaving means redoing all of those at once, so choosing one is a hard commitment, "
        "unlike a single-component tool you can swap in a sprint. That is why the radar starts them in Assess "
        "and asks for a careful evaluation (maturity, exit path, cost) before a Trial.",
    ),
    Note(
        "self-serve",
        "self serve self service self-serve ml self-service platform data scientists deploy without engineers "
        "on their own independence",
        "Self-serve ML",
        "Self-serve ML means a data scientist can take a model from notebook to production without waiting on "
        "an engineer for every step: tracking, packaging, deploying and monitoring through tools the team has "
        "already agreed on. The radar helps by naming those tools (Adopt and Trial) so the path is paved, "
        "rather than each project inventing its own.",
    ),
    Note(
        "waiter",
        "waiter waiters menu restaurant order waiter idea waiter thing meet people where they are recommend "
        "with an opinion",
        "The waiter idea",
        "A good waiter does not hand you the whole menu: they ask what you feel like, know the kitchen, and "
        "recommend with an opinion. The bot tries to be that waiter for the radar: you say what you need in "
        "your own words and it answers with one to three tools from the team's rings, says why and what the "
        "trade-off is, and asks when something deciding is missing.",
    ),
    Note(
        "asking-back",
        "asking back asks back ask back back back clarifying clarify buttons",
        "Why it asks back",
        "When one fact decides the answer and your message does not say it (which cloud you run on, open source "
        'or managed, whether "monitoring" means models, data or services) the bot asks one short question, '
        "with buttons, instead of guessing. A confident card for the wrong job costs you more than one click. "
        "It remembers your answer for the rest of the thread, and a question that already says the fact gets "
        "its answer straight away.",
        asked_by=r"\b(ask|asks|asking|asked)( me| us)?( \w+){0,2} (back|first)\b|\bquestions? back\b|\bclarifying\b",
    ),
    Note(
        "mlops",
        "mlops ml ops what is mlops machine learning operations definition two sentences",
        "MLOps in two sentences",
        "MLOps is the practice of getting machine-learning models into production and keeping them healthy "
        "there: versioned data and code, reproducible training, deployment, monitoring and retraining. It "
        "borrows DevOps habits (automation, testing, observability) and adds what is special about models: "
        "data, experiments and drift.",
    ),
    Note(
        "catalog-vs-radar",
        "catalog catalogue whole catalog team radar our radar same thing same as difference menu not on our radar yet "
        "default ring framework placement team decided team's opinion placed show shown one but not the other",
        "The catalog and the team's radar",
        "The catalog is the menu: every tool the bot knows, each placed where the framework of the seed posts "
        "would put it (its quadrant, category and the ring that category starts on). The team's radar is what "
        "this team has decided: the tools it placed, in the rings it voted for, with an owner and a note. A tool "
        '"not on our radar yet" is on the menu but the team has not placed it; its framework ring is a default, '
        "not the team's opinion, until someone proposes it and the weekly poll decides.",
    ),
    Note(
        "category-vs-quadrant",
        "category categories quadrant quadrants difference between category and quadrant kind of tool grouping",
        "Categories and quadrants",
        "A quadrant is one of the four big regions of the picture (cloud platforms, ML platforms, specialised ML "
        "tools, standard software-engineering tools), set by two axes: model-focused versus software-focused, "
        "and all-in-one versus piecemeal. A category is finer: a kind of tool inside a quadrant (feature stores, "
        "experiment trackers…), and each category has a default ring where its tools start.",
    ),
    Note(
        "default-rings",
        "default ring default rings by default defaults start starts started starting where it starts ring per "
        "category category ring each kind of tool",
        "Why each kind of tool starts on its ring",
        "Every category has a default ring: the seed posts' verdict on that kind of tool as a whole, before the "
        "team judges any one of them. The everyday engineering kit (version control, containers, CI/CD, data "
        "orchestrators) and the big clouds start on Adopt, because every model that reaches production ends up "
        "relying on them, ML or not. Specialised ML tools, experiment platforms and the clouds' own AI services "
        "start on Trial: each does one job, so its benefit is plain and a wrong pick is cheap to swap out. "
        "All-in-one ML platforms and frameworks start on Assess: adopting one means working its way, so try it on "
        "an internal research project and judge its age and community first. No-code platforms and the in-house "
        "platforms of big tech companies start on Hold. The default is only where a tool starts: the team's polls "
        "move single tools, and a tool's card says when its ring is the team's own decision.",
    ),
    Note(
        "one-home-category",
        "two categories several categories more than one category multiple categories both categories belong to "
        "sit in at once overlap overlapping home category also in fits where does it go",
        "A tool in more than one category",
        "Many tools do more than one job, and the seed posts admit that specialised tools are the hardest to "
        "cluster because their features overlap. Here each tool has one home category, the job it is best known "
        "for: that category sets its quadrant, its place on the two axes and the ring it starts on. The card lists "
        "the other categories it also fits after the home one. A tool that covers more than two or three steps "
        "of the lifecycle is read as an all-in-one platform instead.",
    ),
    Note(
        "hold-in-practice",
        "hold on hold keep using existing project legacy already using bad stop migrate still running",
        "What Hold means for what you already run",
        "Hold means: do not start new work with it. A project already running on a Hold tool does not have to "
        "rip it out today; keep it working, avoid spreading it, and plan a move when the project is next changed "
        "substantially. If the team thinks the tool deserves better, propose a ring change and let the poll "
        "decide.",
    ),
    Note(
        "orchestrators",
        "data orchestrator ml task orchestrator orchestrators difference workflow pipelines airflow dag scheduler "
        "training pipelines",
        "Data orchestrators and ML task orchestrators",
        "A data orchestrator schedules and retries data jobs (ETL, reports) as a graph of tasks; it knows little "
        "about models. An ML task orchestrator runs ML steps (prepare, train, evaluate, deploy) with what they "
        "need: artefacts, experiments, GPUs, caching of expensive steps. Many teams use a data orchestrator for "
        "the data and an ML orchestrator, or a platform's pipelines, for training.",
    ),
    Note(
        "diagonals",
        "diagonal diagonals observation observations any task to ml task orchestration progression from building "
        "software to building models plot map left end right end generic tasks ml specific stitch tasks",
        "The two diagonals of the map",
        "Read the map along its diagonal and two progressions show. Going right, orchestration turns from any-task "
        "to ML-task: CI/CD pipelines and data orchestrators chain generic jobs, ML task orchestrators and ML "
        "platforms chain steps that know about data, experiments and models. Going down and right, the tools shift "
        "from building software to building models. Most organisations sit at the software end and add tools from "
        "the model end for their researchers; plotting where your own engineers and researchers sit shows whether "
        "the two groups are far apart (hard integration) or whether one group is being served at the other's cost.",
    ),
    Note(
        "adopt-not-everywhere",
        "no brainer no brainers mandatory contradiction contradict contradictory every project always need must "
        "use forced required obliged adopt kubernetes serverless debt small team skip it do we have to",
        "Adopt is a default, not an order for every project",
        "Adopt says a tool is the team's default and a capability worth building early: new work starts there "
        "unless it has a reason not to, and the team trains people on it. It does not mean every project must run "
        "it. The seed posts call Git, Docker and Kubernetes no-brainers, yet add that a small project can often "
        "skip Kubernetes for a cloud's serverless options and carry less debt. If a project goes without an Adopt "
        "tool, say why in its notes; if many do, propose a ring change and let the poll decide.",
    ),
    Note(
        "notebook-to-production",
        "notebook to production gap flow from notebook production painful stuck in notebooks handover deploy "
        "closing the gap in general",
        "From notebook to production",
        "The radar's answer to the notebook-to-production gap is a paved path, not one tool: track experiments "
        "and register models from the notebook, package the model the same way every time, deploy through CI "
        "with a standard server, and monitor it. Pick one Adopt or Trial tool per step rather than building "
        "the glue yourselves; ask me for any step (\u201cwhat should we use for model serving?\u201d).",
    ),
)


def note(note_id: str) -> ConceptNote:
    found = next(n for n in NOTES if n.id == note_id)
    return ConceptNote(found.title, found.text)


def categories_note(radar: Radar, categories: list[Category]) -> ConceptNote:
    """Two or three categories side by side: what each is, where it sits and the ring its tools start on."""
    parts = []
    for category in categories:
        ring = radar.catalog.ring(category.default_ring)
        quadrant = radar.catalog.quadrant(category.quadrant)
        parts.append(f"{category.name}: {category.description} ({quadrant.name}; its tools start on {ring.name}.)")
    return ConceptNote(" vs ".join(c.name for c in categories), " ".join(parts))


def quadrant_note(radar: Radar, quadrant: Quadrant) -> ConceptNote:
    """What a quadrant holds: its place on the two axes and each of its categories, with the ring its tools start on."""
    points = tuple(
        f"{c.name} (starts on {radar.catalog.ring(c.default_ring).name}): {c.description}"
        for c in radar.catalog.categories_in_quadrant(quadrant.id)
    )
    return ConceptNote(
        f"The {quadrant.name} quadrant",
        f"{quadrant.description} It is the {quadrant.artifact}-focused, {quadrant.scope} corner of the map; "
        f"these are its categories:",
        points,
    )


def category_note(radar: Radar, category: Category) -> ConceptNote:
    """What a category is, where it sits and why its tools start on their ring."""
    ring = radar.catalog.ring(category.default_ring)
    quadrant = radar.catalog.quadrant(category.quadrant)
    return ConceptNote(
        category.name,
        f"{category.description} It sits in the {quadrant.name} quadrant and its tools start on {ring.name}: "
        f"{category.note}",
        (f"{ring.name} in practice: {ring.practice}",),
    )
