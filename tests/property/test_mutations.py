"""Mutated valid instances: a lenient parse keeps everything, a strict parse names the first bad path.

What each mutation must do is worked out from openapi.yaml in `_mutations`; here it is checked.
"""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st
from vapi_client import Model, OpenEnum, UnknownVariant, ValidationError

from tests.property._helpers import is_plain_json, model_class, value_at
from tests.property._mutations import Mutation, Path, mutation, render
from tests.property._schemas import components, json_values, object_schema_names, valid_instances

NAMES = object_schema_names()
KINDS = ("extra", "enum", "tag", "swap")


def _prefix(shorter: Path, longer: Path) -> bool:
    return longer[: len(shorter)] == shorter


def _effective(mutations: list[Mutation]) -> list[Mutation]:
    """The mutations a later one did not overwrite, or hide inside an unknown union member."""
    kept = []
    for index, earlier in enumerate(mutations):
        later = mutations[index + 1 :]
        overwritten = any(m.kind != "extra" and _prefix(m.path, earlier.path) for m in later)
        hidden = any(m.unknown_variant_at is not None and _prefix(m.unknown_variant_at, earlier.path) for m in later)
        if not (overwritten or hidden):
            kept.append(earlier)
    return kept


def _check_lenient(name: str, document: dict[str, object], expected_issues: list[str]) -> Model:
    snapshot = copy.deepcopy(document)
    parsed = model_class(name).from_dict(document)  # must never raise
    out = parsed.to_dict()
    assert out == snapshot
    assert is_plain_json(out)
    assert document == snapshot, "parsing must not change its input"
    assert sorted(issue.path for issue in parsed.validation_issues) == sorted(expected_issues)
    return parsed


@pytest.mark.parametrize("name", NAMES)
@given(data=st.data())
def test_one_mutation(name: str, data: st.DataObject) -> None:
    document = data.draw(valid_instances(name), label="valid")
    change = data.draw(mutation(name, document, KINDS), label="mutation")
    assert change is not None, "every object has at least its root to add a property to"

    issues = [] if change.lenient_issue_at is None else [render(change.lenient_issue_at)]
    parsed = _check_lenient(name, document, issues)
    if change.kind == "extra":
        assert value_at(parsed, change.path)[change.key] == change.value
    if change.unknown_variant_at is not None:
        unknown = value_at(parsed, change.unknown_variant_at)
        assert isinstance(unknown, UnknownVariant)
        assert unknown.to_dict() == value_at(document, change.unknown_variant_at)
    if change.unknown_enum:
        value = value_at(parsed, change.path)
        assert isinstance(value, OpenEnum) and value == change.value and not value.is_known

    cls = model_class(name)
    if change.strict_error is None:
        assert cls.from_dict(document, strict=True).to_dict() == document
        return
    expected = render(change.strict_error)
    for check in (lambda: cls.from_dict(document, strict=True), parsed.validate):
        with pytest.raises(ValidationError) as raised:
            check()
        assert raised.value.path == expected
        assert str(raised.value).startswith(f"{expected or '(root)'}: ")


@pytest.mark.parametrize("name", NAMES)
@given(data=st.data())
def test_several_mutations(name: str, data: st.DataObject) -> None:
    document = data.draw(valid_instances(name), label="valid")
    changes = []
    for _ in range(data.draw(st.integers(2, 5), label="count")):
        change = data.draw(mutation(name, document, KINDS))
        if change is not None:
            changes.append(change)
    effective = _effective(changes)

    _check_lenient(name, document, [render(m.lenient_issue_at) for m in effective if m.lenient_issue_at is not None])

    failures = {render(m.strict_error) for m in effective if m.strict_error is not None}
    cls = model_class(name)
    if not failures:
        assert cls.from_dict(document, strict=True).to_dict() == document
        return
    with pytest.raises(ValidationError) as raised:
        cls.from_dict(document, strict=True)
    assert raised.value.path in failures
    assert str(raised.value).startswith(f"{raised.value.path or '(root)'}: ")


@pytest.mark.parametrize("name", NAMES)
@given(data=st.data())
def test_arbitrary_values_never_crash(name: str, data: st.DataObject) -> None:
    # Declared property names with values of any shape: every loader meets every JSON type.
    declared = sorted(components()[name].get("properties", {}))
    keys = st.sampled_from(declared) | st.text(max_size=5) if declared else st.text(max_size=5)
    document = data.draw(st.dictionaries(keys, json_values(), max_size=6), label="document")
    snapshot = copy.deepcopy(document)

    parsed = model_class(name).from_dict(document)
    assert parsed.to_dict() == snapshot
    assert document == snapshot
    try:
        strict = model_class(name).from_dict(document, strict=True)
    except ValidationError as error:
        assert str(error).startswith(f"{error.path or '(root)'}: ")
    else:
        # Strict mode checks everything lenient mode reports (and constraints, enums, tags more).
        assert parsed.validation_issues == ()
        assert strict.to_dict() == snapshot
