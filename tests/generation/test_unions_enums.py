"""Discriminated unions and open enums, for every union and enum of the spec.

Each union or enum is exercised in place: inside the first schema of the spec that holds it
(a "host", built from the spec's required properties), parsed both leniently and strictly.
"""

from __future__ import annotations

from typing import Any

import pytest
from vapi_client import UNSET, Model, OpenEnum, UnknownVariant, ValidationError, models

from tests.generation._spec_data import (
    SCHEMAS,
    hosted,
    is_enum,
    is_union,
    minimal,
    names,
    schema_errors,
    union_mapping,
    union_tag,
)

UNIONS = names(is_union)
ENUMS = names(is_enum)
VARIANTS = [(family, tag, variant) for family in UNIONS for tag, variant in union_mapping(family).items()]


def _slot(obj: Model, prop: str) -> Any:
    value = getattr(obj, dict(obj._json_fields)[prop])
    return value[0] if isinstance(value, list) else value


def _variant_json(variant: str) -> dict[str, Any]:
    data: dict[str, Any] = minimal({"$ref": f"#/components/schemas/{variant}"})
    return data


# ---------------------------------------------------------------------------------------
# helpers must be right for the tests below to mean anything


def _upstream_overlap(error: str) -> bool:
    # Upstream (2026-08) has untagged `oneOf`s whose options overlap: `voiceId: oneOf [string, string]`
    # (no string is valid), ServerMessageResponse.messageResponse (objects with optional properties
    # only). The engine takes the first option that fits; JSON Schema's oneOf wants exactly one.
    return " is valid under each of " in error


@pytest.mark.parametrize("name", [n for n, s in SCHEMAS.items() if s.get("type") == "object" and s.get("properties")])
def test_minimal_instance_is_valid_and_parses_strictly(name: str) -> None:
    data = minimal({"$ref": f"#/components/schemas/{name}"})
    assert [error for error in schema_errors(name, data) if not _upstream_overlap(error)] == []
    cls = getattr(models, name)
    assert cls.from_dict(data, strict=True).to_dict() == data


# ---------------------------------------------------------------------------------------
# dispatch


@pytest.mark.parametrize(("family", "tag", "variant"), VARIANTS)
def test_each_tag_dispatches_to_its_variant(family: str, tag: str, variant: str) -> None:
    value = {**_variant_json(variant), union_tag(family): tag}  # a variant may answer to several tags
    host, prop, data = hosted(family, value)
    for strict in (False, True):
        obj = getattr(models, host).from_dict(data, strict=strict)
        assert type(_slot(obj, prop)) is getattr(models, variant)
        assert obj.to_dict() == data
        assert obj.validation_issues == ()


@pytest.mark.parametrize(("family", "tag", "variant"), VARIANTS)
def test_a_variant_class_rejects_another_tag_in_strict_mode(family: str, tag: str, variant: str) -> None:
    tag_property = union_tag(family)
    data = {**_variant_json(variant), tag_property: f"not-{tag}"}
    with pytest.raises(ValidationError) as caught:
        getattr(models, variant).from_dict(data, strict=True)
    assert caught.value.path == tag_property and caught.value.schema == variant


# ---------------------------------------------------------------------------------------
# unknown tags


@pytest.mark.parametrize("family", UNIONS)
def test_an_unknown_tag_becomes_unknown_family_and_keeps_the_raw_dict(family: str) -> None:
    raw = {union_tag(family): "from-the-future", "someSetting": {"nested": [1, 2.5, None]}, "enabled": True}
    host, prop, data = hosted(family, raw)
    obj = getattr(models, host).from_dict(data)
    value = _slot(obj, prop)
    unknown_cls = getattr(models, f"Unknown{family}")
    assert type(value) is unknown_cls and isinstance(value, UnknownVariant)
    assert value.raw == raw and value.to_dict() == raw
    assert value.tag == "from-the-future" and value.family == family
    assert obj.to_dict() == data
    assert obj.validation_issues == ()
    assert unknown_cls(dict(raw)) == value


@pytest.mark.parametrize("family", UNIONS)
def test_an_unknown_tag_in_strict_mode_names_the_family_and_the_allowed_tags(family: str) -> None:
    tag_property = union_tag(family)
    host, prop, data = hosted(family, {tag_property: "from-the-future"})
    with pytest.raises(ValidationError) as caught:
        getattr(models, host).from_dict(data, strict=True)
    error = caught.value
    assert error.path in (prop, f"{prop}[0]")
    assert family in error.reason and "from-the-future" in error.reason
    for tag in union_mapping(family):
        assert repr(tag) in error.reason
    assert error.path in str(error)


def test_the_unknown_tag_message_reads_cleanly() -> None:
    data = {"model": {"provider": "openai", "model": "gpt-4o", "tools": [{"type": "fax"}]}}
    with pytest.raises(ValidationError) as caught:
        models.CreateAssistantDTO.from_dict(data, strict=True)
    assert caught.value.path == "model.tools[0]"
    tags = ", ".join(f"'{tag}'" for tag in union_mapping("Tool"))  # 'apiRequest', 'bash', ... in spec order
    assert caught.value.reason == f"unknown type 'fax'; Tool expects one of {tags}"


@pytest.mark.parametrize("family", UNIONS)
def test_a_missing_tag_in_strict_mode_names_the_family(family: str) -> None:
    host, _prop, data = hosted(family, {"someSetting": 1})
    with pytest.raises(ValidationError) as caught:
        getattr(models, host).from_dict(data, strict=True)
    assert "missing" in caught.value.reason and family in caught.value.reason


# ---------------------------------------------------------------------------------------
# errors inside a known variant: named, never masked by the other variants


def _outbound_with_destinations(*destinations: dict[str, Any]) -> dict[str, Any]:
    tool = {"type": "transferCall", "destinations": list(destinations)}
    return {"assistant": {"model": {"provider": "openai", "model": "gpt-4o", "tools": [tool]}}}


SIP_DESTINATION = union_mapping("TransferDestination")[
    "sip"
]  # TransferDestinationSip (seed era: SipTransferDestination)


def test_a_missing_property_in_a_known_variant_names_the_variant_and_the_path() -> None:
    data = _outbound_with_destinations(
        {"type": "assistant", "assistantName": "Billing Assistant"}, {"type": "sip", "message": "Connecting you."}
    )
    with pytest.raises(ValidationError) as caught:
        models.CreateOutboundCallDTO.from_dict(data, strict=True)
    error = caught.value
    assert str(error) == f"assistant.model.tools[0].destinations[1]: missing 'sipUri' (in {SIP_DESTINATION})"
    assert (error.path, error.reason, error.schema) == (
        "assistant.model.tools[0].destinations[1]",
        "missing 'sipUri'",
        SIP_DESTINATION,
    )


def test_a_wrong_type_deep_in_a_squad_names_the_variant_and_the_path() -> None:
    voice = {"provider": "playht", "voiceId": "jennifer", "speed": "fast"}
    members = [{"assistantId": None}, {"assistantId": None}, {"assistantOverrides": {"voice": voice}}]
    data = {"squad": {"members": members}}
    with pytest.raises(ValidationError) as caught:
        models.CreateWebCallDTO.from_dict(data, strict=True)
    assert (
        str(caught.value)
        == "squad.members[2].assistantOverrides.voice.speed: expected a number, got a string (in PlayHTVoice)"
    )

    lenient = models.CreateWebCallDTO.from_dict(data)
    assert [str(issue) for issue in lenient.validation_issues] == [str(caught.value)]
    assert lenient.to_dict() == data


def test_an_error_in_a_variant_nested_object_gives_the_full_path() -> None:
    tool = {"type": "function", "function": {"name": "book appointment!"}}
    data = {"model": {"provider": "groq", "model": "llama3-70b-8192", "tools": [tool]}}
    with pytest.raises(ValidationError) as caught:
        models.CreateAssistantDTO.from_dict(data, strict=True)
    assert caught.value.path == "model.tools[0].function.name"
    assert caught.value.schema == "OpenAIFunction"


# ---------------------------------------------------------------------------------------
# validate() on models built by hand


def _enum_of(schema: str, prop: str) -> Any:
    """The enum class of a property, named by the spec (OpenAIModel.model -> OpenAIModelModel)."""
    (name,) = [option["$ref"].rsplit("/", 1)[1] for option in _options(SCHEMAS[schema]["properties"][prop])]
    return getattr(models, name)


def _options(prop: dict[str, Any]) -> list[dict[str, Any]]:
    return [option for option in [prop, *prop.get("anyOf", []), *prop.get("oneOf", [])] if "$ref" in option]


def test_validate_accepts_a_valid_hand_built_model() -> None:
    body = models.CreateOutboundCallDTO(
        phone_number_id="e4f6a8b0-2c4d-4e6f-8a0b-2c4d6e8f0a1b",
        customer=models.CreateCustomerDTO(number="+14155550123", name="Dana Whitfield"),
        assistant=models.CreateAssistantDTO(
            model=models.OpenAIModel(provider="openai", model=_enum_of("OpenAIModel", "model")("gpt-4o")),
            voice=models.AzureVoice(provider="azure", voice_id=_enum_of("AzureVoice", "voiceId")("emma"), speed=1.1),
        ),
    )
    assert body.assistant.model.model.is_known and body.assistant.voice.voice_id.is_known  # type: ignore[union-attr]
    body.validate()
    assert body.to_dict()["assistant"]["voice"] == {"provider": "azure", "voiceId": "emma", "speed": 1.1}


def test_validate_names_the_path_of_a_constraint_violation() -> None:
    body = models.CreateOutboundCallDTO(
        assistant=models.CreateAssistantDTO(voice=models.AzureVoice(provider="azure", voice_id="emma", speed=9))
    )
    with pytest.raises(ValidationError) as caught:
        body.validate()
    assert str(caught.value) == "assistant.voice.speed: must be <= 2 (in AzureVoice)"


def test_validate_rejects_a_wrong_python_type() -> None:
    customer = models.CreateCustomerDTO(number=14155550123)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        models.CreateOutboundCallDTO(customer=customer).validate()
    assert caught.value.path == "customer.number" and caught.value.schema == "CreateCustomerDTO"


def test_validate_rejects_an_unknown_variant_it_cannot_check() -> None:
    voice = models.UnknownVoice({"provider": "zz-from-the-future", "voiceId": "ITO"})
    with pytest.raises(ValidationError) as caught:
        models.CreateAssistantDTO(voice=voice).validate()
    assert caught.value.path == "voice" and "Voice" in caught.value.reason


def test_validate_rejects_a_required_property_left_unset() -> None:
    destination = getattr(models, SIP_DESTINATION)(type_="sip", sip_uri=UNSET)
    with pytest.raises(ValidationError) as caught:
        destination.validate()
    assert str(caught.value) == f"(root): missing 'sipUri' (in {SIP_DESTINATION})"


# ---------------------------------------------------------------------------------------
# open enums


@pytest.mark.parametrize("name", ENUMS)
def test_an_unknown_value_is_an_open_enum_pseudo_member(name: str) -> None:
    cls = getattr(models, name)
    value = cls("zz-from-the-future")
    assert isinstance(value, cls) and isinstance(value, OpenEnum) and isinstance(value, str)
    assert value == "zz-from-the-future" and str(value) == "zz-from-the-future"
    assert value.is_known is False
    assert all(member.is_known for member in cls)
    assert cls(SCHEMAS[name]["enum"][0]) is next(iter(cls))
    assert len(cls) == len(SCHEMAS[name]["enum"]), "an unknown value must not join the members"


def _enum_slot_accepts_any_string(host: str, prop: str) -> bool:
    return any(option.get("type") == "string" for option in SCHEMAS[host]["properties"][prop].get("anyOf", []))


def _slot_has_a_string_beside_the_enum(host: str, prop: str) -> bool:
    # `oneOf: [{$ref: AssistantOverridesBackgroundSound}, {type: string, format: uri}]`: a string the
    # enum does not know is the other option's (a URL), so it stays a `str`.
    options = SCHEMAS[host]["properties"][prop].get("oneOf", [])
    return any(option.get("type") == "string" and not {"enum", "const"} & set(option) for option in options)


@pytest.mark.parametrize("name", ENUMS)
def test_an_unknown_value_parses_in_place_and_round_trips(name: str) -> None:
    try:
        host, prop, data = hosted(name, "zz-from-the-future")
    except LookupError:
        pytest.skip(f"{name} is not used by any property")
    obj = getattr(models, host).from_dict(data)
    value = _slot(obj, prop)
    if _slot_has_a_string_beside_the_enum(host, prop):
        assert type(value) is str and value == "zz-from-the-future"
        assert obj.to_dict() == data and obj.validation_issues == ()
        assert getattr(models, host).from_dict(data, strict=True).to_dict() == data
        return
    assert type(value) is getattr(models, name) and value.is_known is False
    assert obj.to_dict() == data and obj.validation_issues == ()

    # Strict mode (data you send) accepts it only where the spec says the list is open.
    open_ended = bool(SCHEMAS[name].get("x-vapi-extensible")) or _enum_slot_accepts_any_string(host, prop)
    if open_ended:
        assert getattr(models, host).from_dict(data, strict=True).to_dict() == data
    else:
        with pytest.raises(ValidationError) as caught:
            getattr(models, host).from_dict(data, strict=True)
        assert name in caught.value.reason


@pytest.mark.parametrize("name", ENUMS)
def test_a_wrong_type_for_an_enum_is_kept_and_reported(name: str) -> None:
    try:
        host, _prop, data = hosted(name, 42)
    except LookupError:
        pytest.skip(f"{name} is not used by any property")
    obj = getattr(models, host).from_dict(data)
    assert obj.to_dict() == data
    assert len(obj.validation_issues) == 1
