"""Every valid instance of every object schema survives parse and serialise unchanged, in both modes."""

from __future__ import annotations

import copy

import pytest
import vapi_client.models
from hypothesis import given
from hypothesis import strategies as st

from tests.property._helpers import is_plain_json, model_class, spec_validator
from tests.property._schemas import object_schema_names, valid_instances

NAMES = object_schema_names()


def test_every_object_schema_has_a_model() -> None:
    missing = [name for name in NAMES if not hasattr(vapi_client.models, name)]
    assert not missing, f"schemas without a model class (regenerate?): {missing}"


@pytest.mark.parametrize("name", NAMES)
@given(data=st.data())
def test_valid_instances_round_trip(name: str, data: st.DataObject) -> None:
    cls = model_class(name)
    document = data.draw(valid_instances(name), label=name)
    # The generator itself is checked against the spec by an independent validator.
    spec_validator(name).validate(document)
    snapshot = copy.deepcopy(document)

    lenient = cls.from_dict(document)
    assert lenient.validation_issues == ()
    out = lenient.to_dict()
    assert out == snapshot
    assert is_plain_json(out)
    assert document == snapshot, "parsing must not change its input"

    strict = cls.from_dict(document, strict=True)
    assert strict.to_dict() == snapshot
    lenient.validate()
    # A second round trip through the serialised form is a fixed point.
    assert cls.from_dict(out).to_dict() == snapshot
