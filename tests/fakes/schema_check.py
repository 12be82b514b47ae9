"""A small, strict validator for the schema dialects in ../shared/specs: Google
discovery documents (`$ref: "Name"`) and OpenAPI 3 components (`#/components/...`).

Strict on purpose: a property the schema does not declare is an error, so a fake
cannot quietly grow fields the real API never sends.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workstation.sources.common import parse_time


class SchemaSet:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas

    @classmethod
    def discovery(cls, path: Path) -> SchemaSet:
        return cls(json.loads(path.read_text(encoding="utf-8"))["schemas"])

    @classmethod
    def openapi(cls, path: Path) -> SchemaSet:
        return cls(json.loads(path.read_text(encoding="utf-8"))["components"]["schemas"])

    def errors(self, instance: Any, schema: str | dict[str, Any], where: str = "$") -> list[str]:
        if isinstance(schema, str):
            return self.errors(instance, self.schemas[schema], where)
        if "$ref" in schema:
            return self.errors(instance, self.schemas[schema["$ref"].rsplit("/", 1)[-1]], where)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                branches = [self.errors(instance, branch, where) for branch in schema[key]]
                if all(branches):
                    return [f"{where}: matches no {key} branch ({min(branches, key=len)[0]})"]
                return []
        problems: list[str] = []
        for branch in schema.get("allOf", []):
            problems += self.errors(instance, branch, where)
        kind = schema.get("type")
        checks = {
            "object": lambda v: isinstance(v, dict),
            "array": lambda v: isinstance(v, list),
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
        }
        if kind in checks and not checks[kind](instance):
            return [f"{where}: expected {kind}, got {type(instance).__name__}"]
        if "enum" in schema and instance not in schema["enum"]:
            problems.append(f"{where}: {instance!r} not in enum")
        fmt = schema.get("format")
        if isinstance(instance, str) and fmt in ("date-time", "google-datetime") and parse_time(instance) is None:
            problems.append(f"{where}: {instance!r} is not a {fmt}")
        if isinstance(instance, str) and fmt in ("int64", "uint64") and not instance.lstrip("-").isdigit():
            problems.append(f"{where}: {instance!r} is not an {fmt} string")
        if isinstance(instance, int | float) and not isinstance(instance, bool):
            if "minimum" in schema and instance < float(schema["minimum"]):
                problems.append(f"{where}: {instance} < minimum")
            if "maximum" in schema and instance > float(schema["maximum"]):
                problems.append(f"{where}: {instance} > maximum")
        if isinstance(instance, dict):
            props = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            for name in schema.get("required", []):
                if name not in instance:
                    problems.append(f"{where}: missing required {name!r}")
            for name, value in instance.items():
                if name in props:
                    problems += self.errors(value, props[name], f"{where}.{name}")
                elif isinstance(extra, dict):
                    problems += self.errors(value, extra, f"{where}.{name}")
                elif extra is not True:
                    problems.append(f"{where}: unknown property {name!r}")
        if isinstance(instance, list) and "items" in schema:
            for index, item in enumerate(instance):
                problems += self.errors(item, schema["items"], f"{where}[{index}]")
        return problems


def key_paths(value: Any, prefix: str = "") -> set[str]:
    """Every key path in a JSON document (list items merged), for schema-less platforms."""
    paths: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}"
            paths.add(path)
            paths |= key_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            paths |= key_paths(item, prefix + "[]")
    return paths
