"""Catalog validation: every way a catalog can be wrong is caught, located and explained."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.radar.catalog import CatalogError, load_catalog, normalise
from bot.radar.language.lookup import is_common_word


def edit_tools(catalog_dir: Path, change) -> None:
    path = catalog_dir / "tools" / "tools.yml"
    data = yaml.safe_load(path.read_text())
    change(data["tools"])
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def problems(catalog_dir: Path) -> str:
    with pytest.raises(CatalogError) as caught:
        load_catalog(catalog_dir)
    return str(caught.value)


def test_fixture_catalog_loads(catalog_dir):
    catalog = load_catalog(catalog_dir)
    assert catalog.tool("kedro").name == "Kedro"
    assert [t.id for t in catalog.tools_in_category("ml-task-orchestrators")] == ["metaflow", "kubeflow"]


def test_duplicate_id_names_both_places(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools.append({**tools[5]}))
    message = problems(catalog_dir)
    assert "tool 'kedro': duplicate id, already defined at" in message and "tools.yml:" in message


def test_alias_colliding_with_another_tool(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools[0]["aliases"].append("Kubernetes"))
    message = problems(catalog_dir)
    assert "tool 'kubernetes': name or alias 'kubernetes' collides with tool 'aws'" in message


def test_unknown_category_lists_the_known_ones(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools[0].update(category="clouds"))
    message = problems(catalog_dir)
    assert "unknown category 'clouds'" in message and "general-cloud-providers" in message


def test_unknown_ring_is_a_schema_error_with_line(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools[1].update(ring="maybe"))
    message = problems(catalog_dir)
    assert "tools.1.ring" in message and "tools.yml:" in message and "allowed values" in message


def test_missing_field_names_the_field(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools[2].pop("homepage"))
    message = problems(catalog_dir)
    assert "tools.2.homepage: Field required" in message and "add the required field 'homepage'" in message


def test_yaml_syntax_error_names_file_and_line(catalog_dir):
    path = catalog_dir / "tools" / "tools.yml"
    lines = path.read_text().splitlines()
    lines.insert(3, "  - id: broken\n    name: [unclosed")
    path.write_text("\n".join(lines))
    message = problems(catalog_dir)
    assert "YAML syntax error" in message and "tools.yml:" in message


def test_unknown_tag_and_related(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools[0].update(tags=["astrology"], related=["nothing-here"]))
    message = problems(catalog_dir)
    assert "unknown tags ['astrology']" in message and "related tools ['nothing-here']" in message


def test_malformed_link(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools[0].update(homepage="aws dot com"))
    assert "tools.0.homepage" in problems(catalog_dir)


def test_coordinates_outside_quadrant(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools[0].update(x=0.5))
    assert "fall outside its quadrant Cloud Platforms" in problems(catalog_dir)


def test_ring_off_default_needs_a_reason(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools[0].update(ring="hold"))
    assert "without a reason" in problems(catalog_dir)


def test_category_without_tools(catalog_dir):
    edit_tools(catalog_dir, lambda tools: tools.remove(next(t for t in tools if t["id"] == "michelangelo")))
    assert "category 'custom-ml-platforms' has no tools" in problems(catalog_dir)


def test_seed_tool_missing_or_misplaced(catalog_dir):
    (catalog_dir / "seeds.yml").write_text(
        "seeds:\n  - {tool: kedro, categories: [ml-project-frameworks], ring: assess}\n"
        "  - {tool: optuna, categories: [data-version-control], ring: trial}\n"
        "  - {tool: prodigy, categories: [single-component-ml-tools], ring: trial}\n"
    )
    message = problems(catalog_dir)
    assert (
        "seed tool 'optuna' is in ['single-component-ml-tools'], the posts place it in ['data-version-control']"
        in message
    )
    assert "seed tool 'prodigy' is missing" in message
    assert "kedro" not in message


def test_missing_directory():
    with pytest.raises(CatalogError, match="catalog directory not found"):
        load_catalog("/nonexistent/catalog")


def test_normalise_drops_case_space_and_punctuation():
    assert normalise("ML-Flow") == normalise("ml flow") == normalise("MLflow") == "mlflow"
    assert normalise("W&B") == "wb"


def test_bundled_catalog_is_valid_and_honours_every_seed(bundled_catalog):
    assert len(bundled_catalog.seeds) >= 49
    for seed in bundled_catalog.seeds:
        tool = bundled_catalog.tool(seed.tool)
        assert tool is not None and set(tool.categories) == set(seed.categories)
        assert bundled_catalog.default_ring(tool) == seed.ring


def test_shipped_json_schema_is_current():
    from bot.radar.schema import SCHEMA_DIR, schemas

    for name, schema in schemas().items():
        import json

        assert json.loads((SCHEMA_DIR / name).read_text()) == schema, f"regenerate with `radar-bot schema`: {name}"


def broken_bundled_catalog(tmp_path: Path) -> Path:
    """The bundled catalog with two mistakes in one file: MLflow's homepage (many tools name MLflow as
    related) and an unknown tag on another tool of the same file."""
    import shutil

    from bot.radar.catalog import BUNDLED_CATALOG

    root = shutil.copytree(BUNDLED_CATALOG, tmp_path / "catalog")
    path = root / "tools" / "ml-project-frameworks.yml"
    data = yaml.safe_load(path.read_text())
    mlflow = next(t for t in data["tools"] if t["id"] == "mlflow")
    other = next(t for t in data["tools"] if t["id"] != "mlflow")
    mlflow["homepage"] = "mlflow dot org"
    other["tags"] = [*other.get("tags", []), "astrology"]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return root


def test_an_invalid_entry_is_reported_alone_and_the_rest_of_its_file_is_still_checked(tmp_path):
    with pytest.raises(CatalogError) as caught:
        load_catalog(broken_bundled_catalog(tmp_path))
    found = [str(p) for p in caught.value.problems]
    assert len(found) == 2, found
    assert "homepage" in found[0] and "ml-project-frameworks.yml:" in found[0]
    assert "unknown tags ['astrology']" in found[1]  # a mistake the failed entry no longer hides
    assert not any("related tools" in p or "mlflow" in p.split(":", 2)[-1].split(".")[0] for p in found[1:])


def test_a_file_that_does_not_parse_brings_no_knock_on_errors(tmp_path):
    root = broken_bundled_catalog(tmp_path)
    path = root / "tools" / "ml-project-frameworks.yml"
    path.write_text(path.read_text().replace("name: MLflow", "name: [MLflow", 1))
    found = [str(p) for p in pytest.raises(CatalogError, load_catalog, root).value.problems]
    assert len(found) == 1 and "YAML syntax error" in found[0], found


def test_a_related_id_that_never_existed_is_still_reported(catalog_dir):
    def change(tools):
        tools[0]["homepage"] = "nowhere"
        tools[1]["related"] = ["no-such-tool", tools[0]["id"]]

    edit_tools(catalog_dir, change)
    message = problems(catalog_dir)
    assert "related tools ['no-such-tool']" in message and "tools.0.homepage" in message


def test_every_use_case_is_told_by_the_problems_people_describe(bundled_catalog):
    for tag in bundled_catalog.tags:
        assert len(tag.problems) >= 10, tag.id
        # in people's words: no product names (a language like Python is fair; so is an everyday word a product is
        # named after, "roll back" or "render"), not the tag's own name over again
        names = {
            name
            for t in bundled_catalog.tools
            if len(name := t.name.lower()) > 3 and t.category != "common-swe-stack" and not is_common_word(name)
        }
        for problem in tag.problems:
            assert tag.name.lower() not in problem, (tag.id, problem)
            assert not [n for n in names if f" {n} " in f" {problem} "], (tag.id, problem)


def test_the_tools_a_text_names_are_found_in_the_order_it_names_them(bundled_catalog):
    named = bundled_catalog.tools_named_in("Runs on Kubernetes-native infrastructure via Knative; not a ray of hope")
    assert [t.id for t in named] == ["kubernetes", "knative"]


def test_the_tools_naming_one_are_those_whose_descriptions_name_it(bundled_catalog):
    spark = bundled_catalog.tool("apache-spark")
    naming = bundled_catalog.tools_naming(spark)
    assert naming and spark not in naming
    assert all(spark in bundled_catalog.tools_named_in(t.description) for t in naming)
    assert bundled_catalog.tool("kedro") not in naming  # its description names no Spark


def test_run_from_source_the_bundled_catalog_is_the_checkout_s_own_folder():
    # (an editable install maps bot.catalog to the folder it was installed from, which for a second checkout of the
    # code is another version of the catalog)
    import bot
    from bot.radar.catalog import BUNDLED_CATALOG

    assert Path(bot.__file__).resolve().parents[1] / "catalog" == BUNDLED_CATALOG


def test_requests_keep_only_the_tools_the_catalog_holds(catalog_dir):
    (catalog_dir / "requests.tsv").write_text(
        "request\ttools\nour pipelines need a proper orchestrator\tmetaflow,not-a-tool\nonly strangers\tnot-a-tool\n"
    )
    requests = load_catalog(catalog_dir).requests
    assert [(r.text, r.tools) for r in requests] == [("our pipelines need a proper orchestrator", ("metaflow",))]


def test_the_bundled_requests_are_the_read_sets_recommendations():
    from bot.radar.catalog import BUNDLED_CATALOG, REQUESTS_FILE
    from tests.support.requests import requests_table

    # (written by `python -m tests.support.requests`; stale when a set joined the read ones without it)
    assert (BUNDLED_CATALOG / REQUESTS_FILE).read_text(encoding="utf-8") == requests_table()


def test_the_tools_a_text_names_are_found_once_and_the_same_again(bundled_catalog):
    text = "Runs on Kubernetes with Knative in front; traces go to Langfuse"
    first = bundled_catalog.tools_named_in(text)
    assert [t.id for t in first] == [t.id for t in bundled_catalog.tools_named_in(text)]
    assert "knative" in [t.id for t in first]
