"""JSON Schemas generated from the catalog models, shipped in catalog/schema/ for editors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.radar.catalog import BUNDLED_CATALOG
from bot.radar.models import Framework, SeedFile, TagVocabulary, ToolFile

SCHEMA_DIR = BUNDLED_CATALOG / "schema"


def schemas() -> dict[str, dict[str, Any]]:
    return {
        "radar.schema.json": Framework.model_json_schema(),
        "tags.schema.json": TagVocabulary.model_json_schema(),
        "tools.schema.json": ToolFile.model_json_schema(),
        "seeds.schema.json": SeedFile.model_json_schema(),
    }


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = directory / name
        path.write_text(json.dumps(schema, indent=2) + "\n")
        written.append(path)
    return written
