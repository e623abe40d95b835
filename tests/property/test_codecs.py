"""The generated codecs (vapi_codegen/model_codecs.py) give exactly what the generic one (`_wire`) gives.

On every schema's examples (its minimal instance, the spec's examples, the realistic payloads) and on
mutated payloads (unknown properties, enum values and tags, values of the wrong type), in both modes:
the same objects (types, values, reprs), the same `validation_issues` (order, paths, schemas), the same
`to_dict()` output (key order and types too), the same strict error and the same warnings.
"""

from __future__ import annotations

import copy
import json
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vapi_client import Model, ValidationError, models
from vapi_client._codec import _generic
from vapi_client._spec import SCHEMAS

from tests.generation._spec_data import (
    FUTURE_FILE,
    REALISTIC_FILES,
    examples,
    load_realistic,
    minimal,
)
from tests.generation._spec_data import (
    SCHEMAS as SPEC_SCHEMAS,
)
from tests.property._helpers import model_class
from tests.property._mutations import _SAMPLES, _get, _set, mutation, sites
from tests.property._schemas import components, object_schema_names, valid_instances


def _outcome(cls: type[Model], document: Any, strict: bool) -> tuple[Any, ...]:
    data = copy.deepcopy(document)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            obj = cls.from_dict(data, strict=strict)
        except ValidationError as error:
            return ("error", type(error), str(error), [str(w.message) for w in caught])
    out = obj.to_dict()
    return (
        "ok",
        type(obj),
        repr(obj),  # not `obj` itself: NaN is not equal to itself
        obj.validation_issues,
        repr(out),
        repr(_generic.dump(obj)),  # the generic dumper on the same object
        [str(w.message) for w in caught],
        data == document,  # the input is left alone
    )


def assert_same(cls: type[Model], document: Any) -> None:
    for strict in (False, True):
        generated = _outcome(cls, document, strict)
        _generic._GENERATED = False
        try:
            generic = _outcome(cls, document, strict)
        finally:
            _generic._GENERATED = True
        assert generated == generic, f"strict={strict}"
        if generated[0] == "ok":
            assert generated[4] == generated[5], "generated to_dict() differs from the generic dumper"


def _model_cases() -> Iterator[tuple[str, str, Any]]:
    classes = [name for name in sorted(SCHEMAS) if name in dir(models)]  # some tables have no class (unused)
    for name in classes:
        yield f"minimal {name}", name, minimal(SPEC_SCHEMAS[name])
    for case_id, name, value in examples():
        if name in classes:
            yield case_id, name, value
    for file_name, name in [*REALISTIC_FILES.items(), (FUTURE_FILE, "Call")]:
        yield file_name, name, load_realistic(file_name)


CASES = list(_model_cases())


@pytest.mark.parametrize(("name", "document"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_the_same_on_every_example(name: str, document: Any) -> None:
    assert_same(model_class(name), document)


_UNKNOWN = "x-unknown"
_SITES = 20  # about this many sites of each document, evenly spread: every kind of site, bounded time


def _mutations(name: str, document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Deterministic mutations of some of the document's sites: each kind `_mutations` knows, and the
    values at the edges of the fast path (out of range, too long, not finite, a naive date-time)."""
    found = sites(components()[name], document)
    for site in found[:: max(1, len(found) // _SITES)]:
        if site.kind == "model":
            changed = copy.deepcopy(document)
            target = _get(changed, site.path)
            target["unknownPropertyX"] = {"nested": [1, "two"]}
            if site.known:  # a misspelling of a known property: warned about only in strict mode
                target[site.known[0].upper()] = 1
            yield changed
            continue
        if site.kind in ("enum", "union"):
            changed = copy.deepcopy(document)
            if site.kind == "enum":
                _set(changed, site.path, _UNKNOWN)
            else:
                _get(changed, site.path)[site.tag] = _UNKNOWN
            yield changed
            continue
        values = [copy.deepcopy(_SAMPLES[kind]) for kind in sorted(set(_SAMPLES) - site.accepted)]
        current = _get(document, site.path)
        if "number" in site.accepted or "integer" in site.accepted:
            values += [-1, 10**12, float("inf"), float("nan"), 2.5]
        if "string" in site.accepted:
            values.append("x" * 5000)
            if isinstance(current, str) and len(current) > 18 and current[10:11] == "T":  # a date-time
                values += [current[:19], "2024-13-45T99:00:00Z"]
        for value in values:
            changed = copy.deepcopy(document)
            _set(changed, site.path, value)
            yield changed


MUTATED = [(case_id, name, document) for case_id, name, document in CASES if not case_id.startswith("minimal")]


@pytest.mark.parametrize(("name", "document"), [case[1:] for case in MUTATED], ids=[case[0] for case in MUTATED])
def test_the_same_on_mutated_examples(name: str, document: Any) -> None:
    if not isinstance(document, dict):
        pytest.skip("not an object")
    for changed in _mutations(name, document):
        assert_same(model_class(name), changed)


@pytest.mark.parametrize("name", object_schema_names())
@given(data=st.data())
def test_the_same_on_mutated_instances(name: str, data: st.DataObject) -> None:
    document = data.draw(valid_instances(name), label="valid")
    for _ in range(data.draw(st.integers(0, 3), label="mutations")):
        data.draw(mutation(name, document, ("extra", "enum", "tag", "swap")), label="mutation")
    assert_same(model_class(name), document)


def test_the_generated_path_is_the_one_in_use() -> None:
    document = load_realistic(FUTURE_FILE)
    call = model_class("Call").from_dict(json.loads(json.dumps(document)))
    assert type(call).to_dict is not Model.to_dict
    assert type(call)._fast_load is not None
