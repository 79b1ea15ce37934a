"""Loading the YAML catalog into validated models, with errors that name file, line and fix."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot.radar.models import (
    Category,
    Framework,
    Quadrant,
    Ring,
    SeedFile,
    SeedPlacement,
    Tag,
    TagVocabulary,
    Tool,
    ToolFile,
)

M = TypeVar("M", bound=BaseModel)


def _bundled_catalog() -> Path:
    """The checkout's top-level folder when run from source, else the catalog shipped as package data (bot.catalog).

    The checkout's own folder comes first: an editable install maps bot.catalog to the folder it was installed from,
    which for a second checkout of the code (a git worktree) is another version of the catalog."""
    beside = Path(__file__).resolve().parents[2] / "catalog"
    if (beside / "radar.yml").is_file():
        return beside
    return Path(str(resources.files("bot.catalog")))


BUNDLED_CATALOG = _bundled_catalog()
OUT_OF_SCOPE_FILE = "out-of-scope.tsv"
ELSEWHERE_FILE = "elsewhere.tsv"
REQUESTS_FILE = "requests.tsv"


@dataclass(frozen=True)
class Request:
    """A need someone put in their own words, and the catalog tools that answer it: an example to learn from."""

    text: str
    tools: tuple[str, ...]


def normalise(name: str) -> str:
    """The lookup key of a name: lower case, letters and digits only ('ML-Flow' -> 'mlflow')."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the catalog, located as precisely as the source allows."""

    file: str
    line: int | None
    message: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}. Fix: {self.fix}"


class CatalogError(Exception):
    """The catalog cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


NAMED_IN_REMEMBERED = 20_000  # texts whose named tools are kept: every description of a catalog twice its size


@dataclass(frozen=True)
class Catalog:
    """The radar's knowledge, validated and indexed for the answers."""

    framework: Framework
    vocabulary: TagVocabulary
    tools: tuple[Tool, ...]
    seeds: tuple[SeedPlacement, ...] = ()
    # names of real things the catalog leaves out on purpose: never corrected into a tool
    other_names: frozenset[str] = frozenset()
    products_elsewhere: frozenset[str] = frozenset()  # products people name that are no MLOps tools ("power bi")
    # needs people wrote, each with the tools that answer it
    requests: tuple[Request, ...] = ()
    _by_id: dict[str, Tool] = field(default_factory=dict, repr=False)
    _by_category: dict[str, list[Tool]] = field(default_factory=dict, repr=False)
    # rings, quadrants, categories and tags by id: answers look them up thousands of times per list
    _rings: dict[str, Ring] = field(default_factory=dict, repr=False)
    _quadrants: dict[str, Quadrant] = field(default_factory=dict, repr=False)
    _categories: dict[str, Category] = field(default_factory=dict, repr=False)
    _tags: dict[str, Tag] = field(default_factory=dict, repr=False)
    # each catalog tool's framework ring: a recommendation asks it of hundreds of candidates
    _default_rings: dict[str, str] = field(default_factory=dict, repr=False)
    # how many tools name each tool as related: a sign of how central it is
    _referenced: dict[str, int] = field(default_factory=dict, repr=False)
    # the tools each text names, found once: an alternative's description is read again for every question about it
    _named_in: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({t.id: t for t in self.tools})
        self._rings.update({r.id: r for r in self.framework.rings})
        self._quadrants.update({q.id: q for q in self.framework.quadrants})
        self._categories.update({c.id: c for c in self.framework.categories})
        self._tags.update({t.id: t for t in self.vocabulary.tags})
        grouped: dict[str, list[Tool]] = defaultdict(list)
        for tool in self.tools:
            for cat in tool.categories:
                grouped[cat].append(tool)
        self._by_category.update(grouped)
        self._default_rings.update({t.id: t.ring or self._categories[t.category].default_ring for t in self.tools})
        for tool in self.tools:
            for other in tool.related:
                self._referenced[other] = self._referenced.get(other, 0) + 1

    @property
    def rings(self) -> list[Ring]:
        return sorted(self.framework.rings, key=lambda r: r.order)

    @property
    def quadrants(self) -> list[Quadrant]:
        return sorted(self.framework.quadrants, key=lambda q: q.order)

    @property
    def categories(self) -> list[Category]:
        return list(self.framework.categories)

    @property
    def tags(self) -> list[Tag]:
        return list(self.vocabulary.tags)

    def tool(self, tool_id: str) -> Tool | None:
        return self._by_id.get(tool_id)

    def ring(self, ring_id: str) -> Ring:
        return self._rings[ring_id]

    def quadrant(self, quadrant_id: str) -> Quadrant:
        return self._quadrants[quadrant_id]

    def category(self, category_id: str) -> Category:
        return self._categories[category_id]

    def tag(self, tag_id: str) -> Tag | None:
        return self._tags.get(tag_id)

    def tools_in_category(self, category_id: str) -> list[Tool]:
        return list(self._by_category.get(category_id, []))

    def categories_in_quadrant(self, quadrant_id: str) -> list[Category]:
        return [c for c in self.framework.categories if c.quadrant == quadrant_id]

    def referenced(self, tool_id: str) -> int:
        """How many tools name this one as related."""
        return self._referenced.get(tool_id, 0)

    def tools_naming(self, tool: Tool) -> list[Tool]:
        """The other tools whose descriptions name this one, by its name or an alias (capitals and all)."""
        names = [re.escape(n) for n in (tool.name, *tool.aliases) if len(n) >= 3]
        if not names:
            return []
        pattern = re.compile(rf"(?<![\w-])({'|'.join(names)})(?!\w)")
        return [t for t in self.tools if t.id != tool.id and pattern.search(t.description)]

    def tools_named_in(self, text: str) -> list[Tool]:
        """The tools a text names, spelled as their names or aliases are (capitals and all), in the order it
        names them first."""
        known = self._named_in.get(text)
        if known is not None:
            return [self._by_id[i] for i in known]
        found: dict[str, int] = {}
        for tool in self.tools:
            for name in (tool.name, *tool.aliases):
                # (a plain substring test first: compiling a pattern per name is what costs, with thousands of tools)
                if len(name) < 3 or name not in text:
                    continue
                match = re.search(rf"(?<![\w-]){re.escape(name)}(?!\w)", text)
                if match and (tool.id not in found or match.start() < found[tool.id]):
                    found[tool.id] = match.start()
        ordered = tuple(sorted(found, key=found.__getitem__))
        if len(self._named_in) < NAMED_IN_REMEMBERED:
            self._named_in[text] = ordered
        return [self._by_id[i] for i in ordered]

    def default_ring(self, tool: Tool) -> str:
        if self._by_id.get(tool.id) is tool:
            return self._default_rings[tool.id]
        return tool.ring or self.category(tool.category).default_ring  # a tool the team defined

    def quadrant_of(self, tool: Tool) -> Quadrant:
        return self._quadrants[self._categories[tool.category].quadrant]


# --- loading -----------------------------------------------------------------------------


_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ten times faster


class _Located:
    """A YAML document whose nodes are parsed only when an error needs a line number."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.data: Any = yaml.load(text, Loader=_SafeLoader)
        self._node: yaml.Node | None = None

    @property
    def node(self) -> yaml.Node | None:
        if self._node is None:
            self._node = yaml.compose(self.text, Loader=_SafeLoader)
        return self._node

    def line_of(self, loc: Iterable[Any]) -> int | None:
        node = self.node
        line = node.start_mark.line + 1 if node is not None else None
        for key in loc:
            if isinstance(node, yaml.MappingNode):
                match = next((v for k, v in node.value if k.value == key), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                match = node.value[key]
            else:
                match = None
            if match is None:
                break
            node = match
            line = node.start_mark.line + 1
        return line


LineFinder = Callable[[], "int | None"]


def _line_finder(doc: _Located, loc: tuple[Any, ...]) -> LineFinder:
    return lambda: doc.line_of(loc)


def _read(path: Path, root: Path, problems: list[Problem]) -> _Located | None:
    rel = _relative(path, root)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(
            Problem(rel, None, f"cannot read the file ({exc.strerror})", "check the path and its permissions")
        )
        return None
    try:
        return _Located(path, text)
    except yaml.YAMLError as exc:
        problem_mark = getattr(exc, "problem_mark", None)
        context_mark = getattr(exc, "context_mark", None)
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if context_mark is not None:
            # the construct that never closed is where the fix belongs; the parser only noticed later
            context = getattr(exc, "context", "") or "parsing"
            detail = (
                f" ({context} opened here; the parser gave up at line {problem_mark.line + 1})" if problem_mark else ""
            )
            problems.append(
                Problem(
                    rel,
                    context_mark.line + 1,
                    f"YAML syntax error: {reason}{detail}",
                    "close the bracket or quote, or fix the indentation",
                )
            )
        else:
            line = problem_mark.line + 1 if problem_mark else None
            problems.append(
                Problem(rel, line, f"YAML syntax error: {reason}", "correct the indentation or quoting on that line")
            )
        return None


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _validate(model: type[M], doc: _Located, root: Path, problems: list[Problem]) -> M | None:
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        _report(doc, root, exc.errors(), problems)
        return None


@dataclass
class _Skipped:
    """What failed to load: checks that would only repeat that failure (a related id, a seed, an empty
    category) are left out, so each mistake is reported once, where it is."""

    ids: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    whole_file: bool = False  # a file whose entries are unknown: coverage checks would guess

    def entry(self, raw: object) -> None:
        if isinstance(raw, dict):
            if isinstance(raw.get("id"), str):
                self.ids.add(raw["id"])
            for key in ("category", "also_in"):
                value = raw.get(key)
                values = value if isinstance(value, list) else [value]
                self.categories.update(v for v in values if isinstance(v, str))

    def unreadable(self, path: Path) -> None:
        """A file that did not parse: its ids, as far as the text shows them."""
        self.whole_file = True
        with suppress(OSError, UnicodeDecodeError):
            text = path.read_text(encoding="utf-8")
            self.ids.update(re.findall(r"^\s*-?\s*id:\s*['\"]?([\w.-]+)", text, flags=re.MULTILINE))


def _report(doc: _Located, root: Path, errors: Iterable[Any], problems: list[Problem]) -> None:
    for err in errors:
        loc = err["loc"]
        field_path = ".".join(str(p) for p in loc) or "(document)"
        problems.append(
            Problem(_relative(doc.path, root), doc.line_of(loc), f"{field_path}: {err['msg']}", _fix_for(err))
        )


def _validate_tools(doc: _Located, root: Path, problems: list[Problem], skipped: _Skipped) -> list[tuple[int, Tool]]:
    """A tool file's entries one by one: an invalid entry is reported and skipped, the others load."""
    try:
        return list(enumerate(ToolFile.model_validate(doc.data).tools))  # the usual case, in one call
    except ValidationError as exc:
        errors = exc.errors()
    _report(doc, root, errors, problems)
    entries = doc.data.get("tools") if isinstance(doc.data, dict) else None
    if not isinstance(entries, list):
        skipped.whole_file = True
        return []
    failed = {e["loc"][1] for e in errors if len(e["loc"]) > 1 and e["loc"][0] == "tools"}
    loaded: list[tuple[int, Tool]] = []
    for index, raw in enumerate(entries):
        if index in failed:
            skipped.entry(raw)
            continue
        try:
            loaded.append((index, Tool.model_validate(raw)))
        except ValidationError:  # valid within the file means valid alone; kept safe all the same
            skipped.entry(raw)
    return loaded


def _fix_for(err: Any) -> str:
    kind = err["type"]
    if kind == "missing":
        return f"add the required field '{err['loc'][-1]}'"
    if kind == "extra_forbidden":
        return f"remove or rename '{err['loc'][-1]}', which the schema does not know"
    if kind == "literal_error":
        return f"use one of the allowed values ({err.get('ctx', {}).get('expected', '')})"
    if kind.startswith("url"):
        return "write a full http(s) URL"
    return "see catalog/schema/*.json for the expected shape"


def load_catalog(directory: Path | str | None = None) -> Catalog:
    """Load and validate a catalog directory; raise CatalogError listing every problem."""
    root = Path(directory) if directory else BUNDLED_CATALOG
    problems: list[Problem] = []
    if not root.is_dir():
        raise CatalogError(
            [
                Problem(
                    str(root),
                    None,
                    "catalog directory not found",
                    "point RADAR_CATALOG at a directory holding radar.yml",
                )
            ]
        )

    framework_doc = _read(root / "radar.yml", root, problems)
    tags_doc = _read(root / "tags.yml", root, problems)
    framework = _validate(Framework, framework_doc, root, problems) if framework_doc else None
    vocabulary = _validate(TagVocabulary, tags_doc, root, problems) if tags_doc else None

    tool_files = sorted((root / "tools").glob("*.yml"))
    if not tool_files:
        problems.append(
            Problem(_relative(root / "tools", root), None, "no tool files", "add YAML files with a 'tools:' list")
        )
    located: list[tuple[Tool, str, LineFinder]] = []
    skipped = _Skipped()
    for path in tool_files:
        doc = _read(path, root, problems)
        if doc is None:
            skipped.unreadable(path)
            continue
        for index, tool in _validate_tools(doc, root, problems, skipped):
            located.append((tool, _relative(path, root), _line_finder(doc, ("tools", index))))

    seeds: tuple[SeedPlacement, ...] = ()
    seed_path = root / "seeds.yml"
    if seed_path.exists():
        seed_doc = _read(seed_path, root, problems)
        parsed_seeds = _validate(SeedFile, seed_doc, root, problems) if seed_doc else None
        seeds = tuple(parsed_seeds.seeds) if parsed_seeds else ()

    if framework and vocabulary:
        problems.extend(
            _cross_check(framework, vocabulary, located, seeds, _relative(root / "radar.yml", root), skipped)
        )
    if problems:
        raise CatalogError(problems)
    assert framework and vocabulary
    tools = tuple(t for t, _, _ in located)
    known = {t.id for t in tools}
    elsewhere = _other_names(root, ELSEWHERE_FILE)
    return Catalog(
        framework=framework,
        vocabulary=vocabulary,
        tools=tools,
        seeds=seeds,
        other_names=_other_names(root) | elsewhere,
        products_elsewhere=elsewhere,
        requests=_requests(root, known),
    )


def _other_names(root: Path, name: str = OUT_OF_SCOPE_FILE) -> frozenset[str]:
    """The first column of a list of names the catalog leaves out, normalised (comment lines and the header
    skipped)."""
    path = root / name
    if not path.is_file():
        return frozenset()
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return frozenset(normalise(line.split("\t", 1)[0]) for line in lines[1:]) - {""}


def _requests(root: Path, known: set[str]) -> tuple[Request, ...]:
    """`requests.tsv`: a need per line and the ids of the tools that answer it, comma-separated (ids the catalog
    does not hold are left out, so a smaller catalog keeps the examples it can use)."""
    path = root / REQUESTS_FILE
    if not path.is_file():
        return ()
    found = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        text, _, ids = line.partition("\t")
        tools = tuple(i for i in ids.split(",") if i in known)
        if text.strip() and tools:
            found.append(Request(text, tools))
    return tuple(found)


def _cross_check(
    framework: Framework,
    vocabulary: TagVocabulary,
    located: list[tuple[Tool, str, LineFinder]],
    seeds: tuple[SeedPlacement, ...],
    framework_file: str = "catalog/radar.yml",
    skipped: _Skipped | None = None,
) -> list[Problem]:
    """Rules that span files: uniqueness, references, coordinates, coverage and seed placements.

    Nothing is said about what `skipped` failed to load: its own problems were reported already."""
    skipped = skipped or _Skipped()
    problems: list[Problem] = []
    categories = {c.id: c for c in framework.categories}
    quadrants = {q.id: q for q in framework.quadrants}
    tag_ids = {t.id for t in vocabulary.tags}
    ids: dict[str, tuple[str, LineFinder]] = {}
    names: dict[str, str] = {}

    for dup in _duplicates(c.id for c in framework.categories):
        problems.append(
            Problem(framework_file, None, f"category id '{dup}' is used twice", "give each category its own id")
        )
    for dup in _duplicates(t.id for t in vocabulary.tags):
        problems.append(
            Problem(
                framework_file.replace("radar.yml", "tags.yml"),
                None,
                f"tag id '{dup}' is used twice",
                "give each tag its own id",
            )
        )

    for tool, file, line in located:

        def add(message: str, fix: str, tool: Tool = tool, file: str = file, line: LineFinder = line) -> None:
            problems.append(Problem(file, line(), f"tool '{tool.id}': {message}", fix))

        if tool.id in ids:
            other_file, other_line = ids[tool.id]
            add(
                f"duplicate id, already defined at {other_file}:{other_line()}",
                "rename one of them or merge the entries",
            )
            continue
        ids[tool.id] = (file, line)

        own_keys = {normalise(n) for n in (tool.id, tool.name, *tool.aliases)}
        for key in own_keys:
            if not key:
                add("a name or alias has no letters or digits", "remove it or spell it out")
            elif key in names and names[key] != tool.id:
                add(
                    f"name or alias '{key}' collides with tool '{names[key]}'", "remove the alias from one of the tools"
                )
            else:
                names[key] = tool.id

        for cat in tool.categories:
            if cat not in categories:
                add(f"unknown category '{cat}'", f"use one of: {', '.join(sorted(categories))}")
        if tool.category in categories:
            category = categories[tool.category]
            quadrant = quadrants[category.quadrant]
            if not quadrant.contains(tool.x, tool.y):
                x_sign = "> 0" if quadrant.artifact == "model" else "< 0"
                y_sign = "> 0" if quadrant.scope == "all-in-one" else "< 0"
                add(
                    f"coordinates ({tool.x}, {tool.y}) fall outside its quadrant {quadrant.name}",
                    f"use x {x_sign} and y {y_sign}",
                )
            if tool.ring and tool.ring != category.default_ring and not tool.ring_reason:
                add(
                    f"ring '{tool.ring}' differs from the category default '{category.default_ring}' without a reason",
                    "add ring_reason, or drop ring",
                )
        unknown_tags = sorted(set(tool.tags) - tag_ids)
        if unknown_tags:
            add(f"unknown tags {unknown_tags}", "use tags listed in catalog/tags.yml or add them there")

    for tool, file, line in located:
        missing = [r for r in tool.related if r not in ids and r not in skipped.ids]
        if missing:
            problems.append(
                Problem(
                    file,
                    line(),
                    f"tool '{tool.id}': related tools {missing} are not in the catalog",
                    "fix the ids or remove them",
                )
            )

    if skipped.whole_file:
        return problems
    used = {c for tool, _, _ in located for c in tool.categories}
    for category in framework.categories:
        if category.id not in used and category.id not in skipped.categories:
            problems.append(
                Problem(
                    framework_file,
                    None,
                    f"category '{category.id}' has no tools",
                    "add at least one tool to it or remove the category",
                )
            )

    tools_by_id = {t.id: t for t, _, _ in located}
    for persona in framework.personas:
        for cat in persona.helps:
            if cat not in categories:
                problems.append(
                    Problem(
                        framework_file,
                        None,
                        f"persona '{persona.id}' names unknown category '{cat}'",
                        "use an existing category id",
                    )
                )
    for flow in framework.flow_distinction.tools:
        if flow.tool not in tools_by_id and flow.tool not in skipped.ids:
            problems.append(
                Problem(
                    framework_file,
                    None,
                    f"flow_distinction names unknown tool '{flow.tool}'",
                    "use an existing tool id",
                )
            )

    for seed in seeds:
        seeded = tools_by_id.get(seed.tool)
        if seeded is None and seed.tool in skipped.ids:
            continue
        if seeded is None:
            problems.append(
                Problem(
                    framework_file.replace("radar.yml", "seeds.yml"),
                    None,
                    f"seed tool '{seed.tool}' is missing from the catalog",
                    "add it under catalog/tools/",
                )
            )
            continue
        if set(seed.categories) != set(seeded.categories):
            problems.append(
                Problem(
                    framework_file.replace("radar.yml", "seeds.yml"),
                    None,
                    f"seed tool '{seed.tool}' is in {seeded.categories}, the posts place it in {seed.categories}",
                    "set its category (and also_in) to the posts' placement",
                )
            )
        ring = seeded.ring or (categories[seeded.category].default_ring if seeded.category in categories else None)
        if ring != seed.ring:
            problems.append(
                Problem(
                    framework_file.replace("radar.yml", "seeds.yml"),
                    None,
                    f"seed tool '{seed.tool}' is in ring '{ring}', the posts put it in '{seed.ring}'",
                    "set its ring to the posts' placement",
                )
            )
    return problems


def _duplicates(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    dups: list[str] = []
    for v in values:
        if v in seen:
            dups.append(v)
        seen.add(v)
    return dups
