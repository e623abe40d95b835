"""The Python surface every model shares: repr without secrets, extras by key, unknown variants, enums."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
import yaml  # type: ignore[import-untyped]
from vapi_client import Model, UnknownVariant, models
from vapi_client.models import CallStatus, CreateOutboundCallDTO, UnknownTool

from tests.generation._spec_data import ROOT, SCHEMAS, SPEC, is_object_model, names

SECRET = "tok-live-5e0b27c4d19a"
VISIBLE = "visible-note-42"

# Where a lenient parse may keep a raw value holding a secret: each shape goes into every property
# of every model, whatever its type (a list where an object belongs, an object where a string does...).
RAW_SHAPES: dict[str, Any] = {
    "list of objects": [{"twilioAuthToken": SECRET, "note": VISIBLE}],
    "object": {"serverUrlSecret": SECRET, "note": VISIBLE},
    "list of lists": [[{"secret": SECRET}], VISIBLE],
    "object holding a list": {"nested": [{"twilioAuthToken": SECRET}], "note": VISIBLE},
    "mixed list": [1, VISIBLE, None, {"Authorization": f"Bearer {SECRET}"}],
}


@pytest.mark.parametrize("shape", RAW_SHAPES, ids=str)
def test_repr_hides_secrets_in_values_kept_raw_anywhere(shape: str) -> None:
    leaks = []
    for name in names(is_object_model):
        cls: type[Model] = getattr(models, name)
        for prop in SCHEMAS[name]["properties"]:
            obj = cls.from_dict({prop: copy.deepcopy(RAW_SHAPES[shape])})
            text = repr(obj)
            if SECRET in text:
                leaks.append(f"{name}.{prop}")
            assert obj.to_dict() == {prop: RAW_SHAPES[shape]}  # redaction is for display only
    assert leaks == []


def test_repr_of_the_reported_case() -> None:
    # 2026-08: CreateOutboundCallDTO has no `metadata` any more, so it is an extra key, shown as one.
    call = CreateOutboundCallDTO.from_dict({"phoneNumber": [{"twilioAuthToken": "TW-9f2"}], "metadata": {"k": 1}})
    assert call.validation_issues  # the list was kept raw
    assert repr(call) == (
        "CreateOutboundCallDTO(phone_number=[{'twilioAuthToken': '***'}], additional_properties={'metadata': {'k': 1}})"
    )


def test_repr_still_shows_what_is_not_secret() -> None:
    for shape, raw in RAW_SHAPES.items():
        text = repr(CreateOutboundCallDTO.from_dict({"phoneNumber": raw}))
        assert VISIBLE in text and "'***'" in text, shape


# ---------------------------------------------------------------------------------------
# obj["key"]: the extras only


def test_an_extra_key_cannot_shadow_a_property() -> None:
    call = CreateOutboundCallDTO(assistant_id="asst-1")
    with pytest.raises(KeyError, match=r"'assistantId' is a property of CreateOutboundCallDTO: set \.assistant_id"):
        call["assistantId"] = "asst-2"
    assert call.to_dict() == {"assistantId": "asst-1"} and call.additional_properties == {}


def test_extra_keys_still_work() -> None:
    call = CreateOutboundCallDTO(assistant_id="asst-1")
    call["assistant_id"] = "not the JSON name, so a separate key"
    call["x-trace"] = "t-1"
    assert "x-trace" in call and call["x-trace"] == "t-1"
    assert call.to_dict() == {"assistantId": "asst-1", "assistant_id": call["assistant_id"], "x-trace": "t-1"}
    del call["x-trace"]
    assert call.additional_keys == ["assistant_id"]


def test_evolve_keeps_extra_keys_in_a_copy_of_its_own() -> None:
    call = models.Call.from_dict({"id": "c1", "orgId": "o1", "status": "ended", "x-trace": "t-1"})
    renamed = attrs.evolve(call, name="renamed")
    assert renamed["x-trace"] == "t-1"
    assert renamed.to_dict() == {**call.to_dict(), "name": "renamed"}
    renamed["x-more"] = 1  # the evolved object's extras are its own, like its other state
    assert "x-more" not in call and call.additional_keys == ["x-trace"]


def test_evolve_gives_an_equal_object_for_every_model() -> None:
    for name in names(is_object_model):
        cls: type[Model] = getattr(models, name)
        obj = cls.from_dict({"x-extra": {"kept": True}})
        assert attrs.evolve(obj) == obj, name
        # No attrs __setattr__ hook (which a converter brings by default): construction stays plain assignments.
        assert cls.__setattr__ is object.__setattr__, name


# ---------------------------------------------------------------------------------------
# unknown union members


def test_an_unknown_variant_is_equal_by_value_and_unhashable_like_the_models() -> None:
    first, second = UnknownTool({"type": "fax", "n": 1}), UnknownTool({"type": "fax", "n": 1})
    assert first == second and first != UnknownTool({"type": "fax", "n": 2})
    for value in (first, CreateOutboundCallDTO()):
        with pytest.raises(TypeError, match="unhashable"):
            hash(value)
    assert UnknownVariant.__hash__ is None and CreateOutboundCallDTO.__hash__ is None


def test_unknown_variant_to_dict_is_a_copy_that_round_trips() -> None:
    raw = {"type": "fax", "number": "+14155550123", "options": {"pages": 2}}
    tool = UnknownTool(raw)
    written = tool.to_dict()
    assert written == raw and written is not raw
    written["type"] = "changed"
    assert tool.raw["type"] == "fax" and tool.tag == "fax"  # editing the output does not edit the object
    call = models.Call.from_dict({"assistant": {"model": {"provider": "openai", "model": "gpt-4o", "tools": [raw]}}})
    assert call.to_dict()["assistant"]["model"]["tools"] == [raw]


def test_an_unknown_variant_not_returned_by_a_parse_has_no_issues() -> None:
    assert UnknownTool({"type": "fax"}).validation_issues == ()


# ---------------------------------------------------------------------------------------
# open enums


def test_str_and_format_give_the_value_for_known_and_unknown_members() -> None:
    for member in (CallStatus.ENDED, CallStatus("zz-from-the-future")):
        assert str(member) == f"{member}" == member._value_ and type(str(member)) is str
        assert format(member, ">20") == format(member._value_, ">20")


# ---------------------------------------------------------------------------------------
# what the engine does not check must not be in the spec


def _array_keywords(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*map(_array_keywords, node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = {key for key in ("minItems", "maxItems", "uniqueItems") if key in node}
    return found.union(*map(_array_keywords, node.values()))


def test_no_array_limit_in_the_spec_goes_unchecked() -> None:
    # _wire._array ignores array limits; a spec change adding one must come with a check there.
    assert _array_keywords(SPEC) == set()


# ---------------------------------------------------------------------------------------
# secrets the spec does not declare


def test_credential_names_are_redacted_with_the_spec_rule_pattern() -> None:
    # Values kept raw may carry properties this spec no longer declares (2026-08 has no
    # serverUrlSecret or Server.secret); _redaction hides them by the same pattern the spec rule uses.
    from vapi_client import _redaction

    rules = yaml.safe_load((ROOT / "spec" / "rules.yaml").read_text(encoding="utf-8"))
    assert _redaction.SENSITIVE_NAME.pattern == rules["sensitive"]["names"]
    for key in ("serverUrlSecret", "secret", "x-vapi-secret", "twilioAuthToken", "authPassword", "apiKey"):
        assert _redaction.is_sensitive(key), key
    for key in ("publicKey", "promptCacheKey", "maxTokens", "note", "secretary"):
        assert not _redaction.is_sensitive(key), key
