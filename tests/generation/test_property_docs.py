"""Every described property of openapi.yaml has its description where an IDE shows it: the Attributes section of
its model's docstring. A property whose type is a reference (`Call.status`, `Call.endedReason`) keeps the words
written beside the `$ref`, which openapi-python-client alone would drop; with none, its target's description."""

from __future__ import annotations

import re
from typing import Any

import vapi_client.models as models

from tests.generation._spec_data import SPEC

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
ATTRIBUTE = re.compile(r"^ {8}(\w+): ?(.*)$")


def attribute_docs(cls: type) -> dict[str, str]:
    """Python name -> its text in the docstring's Attributes section (continuation lines joined)."""
    docs: dict[str, str] = {}
    current = None
    for line in (cls.__doc__ or "").split("Attributes:", 1)[-1].splitlines():
        match = ATTRIBUTE.match(line)
        if match:
            current = match[1]
            docs[current] = match[2]
        elif current is not None and line.strip():
            docs[current] += " " + line.strip()
    return docs


def words(text: str) -> str:
    return " ".join(text.replace("\\", "").split())


def described() -> dict[tuple[str, str], str]:
    """(model, JSON name) -> the description the spec gives the property: its own, else its reference's."""
    found = {}
    for name, schema in SCHEMAS.items():
        if name not in models.__all__ or not schema.get("properties"):
            continue
        for json_name, prop in schema["properties"].items():
            text = prop.get("description")
            if not text and "$ref" in prop:
                text = SCHEMAS[prop["$ref"].rsplit("/", 1)[1]].get("description")
            if text and text.strip():
                found[(name, json_name)] = text
    return found


def test_every_described_property_is_described_in_its_docstring() -> None:
    spec = described()
    own = sum(1 for (name, json_name) in spec if SCHEMAS[name]["properties"][json_name].get("description"))
    assert own >= 2400  # today's spec: 2,491
    missing = []
    for (name, json_name), text in spec.items():
        cls = getattr(models, name)
        shown = attribute_docs(cls).get(dict(cls._json_fields)[json_name], "")
        # The first words are enough to tell it is this description (the docstring wraps and escapes the rest).
        if not words(shown).startswith(words(text)[:60]):
            missing.append(f"{name}.{json_name}")
    assert not missing, f"{len(missing)} of {len(spec)} described properties have no description: {missing[:10]}"


def test_a_reference_keeps_the_words_beside_it() -> None:
    docs = attribute_docs(models.Call)
    assert docs["status"] == "This is the status of the call."
    assert docs["ended_reason"] == "This is the explanation for how the call ended."
    assert docs["artifact"].startswith("These are the artifacts created from the call.")
