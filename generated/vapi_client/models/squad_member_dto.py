# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_overrides import AssistantOverrides
    from ..models.create_assistant_dto import CreateAssistantDTO
    from ..models.handoff_destination_assistant import HandoffDestinationAssistant
    from ..models.transfer_destination_assistant import TransferDestinationAssistant


__all__ = ["SquadMemberDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class SquadMemberDTO(Model):
    """SquadMemberDTO

    Attributes:
        assistant_version: This is the assistant version (e.g. `v3`) to pin for this squad member. When set, the call uses
            the snapshot from `assistant_version` (by `(assistantId, version)`) instead of the latest. Valid
            only with `assistantId`; rejected with inline `assistant`. Omit to follow the latest version.
        assistant_destinations:
        assistant_id: This is the assistant that will be used for the call. To use a transient assistant, use `assistant`
            instead.
        assistant: This is the assistant that will be used for the call. To use an existing assistant, use
            `assistantId` instead.
        assistant_overrides: This can be used to override the assistant's settings and provide values for it's template
            variables.
    """

    _schema: ClassVar[str] = "SquadMemberDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assistantVersion", "assistant_version"),
        ("assistantDestinations", "assistant_destinations"),
        ("assistantId", "assistant_id"),
        ("assistant", "assistant"),
        ("assistantOverrides", "assistant_overrides"),
    )

    assistant_version: str | None | Unset = UNSET
    assistant_destinations: list[TransferDestinationAssistant | HandoffDestinationAssistant] | Unset = UNSET
    assistant_id: str | None | Unset = UNSET
    assistant: CreateAssistantDTO | Unset = UNSET
    assistant_overrides: AssistantOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_SquadMemberDTO_one_of_6 = _h.OneOf(("model", "TransferDestinationAssistant"), ("model", "HandoffDestinationAssistant"))
_SquadMemberDTO_items_7 = _h.Items(
    ("oneof", ("model", "TransferDestinationAssistant"), ("model", "HandoffDestinationAssistant"))
)


def _load_SquadMemberDTO(data: dict[str, Any], strict: bool) -> SquadMemberDTO | dict[str, Any]:
    """SquadMemberDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "assistantVersion" in data:
        v = data["assistantVersion"]
        if v is None:
            p0 = None
        else:
            p0 = v if type(v) is str else _S
        if p0 is _S:
            slow = True
    if "assistantDestinations" in data:
        v = data["assistantDestinations"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                x2 = _SquadMemberDTO_one_of_6(e1, strict)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p1 = _R(_SquadMemberDTO_items_7, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "assistantId" in data:
        v = data["assistantId"]
        if v is None:
            p2 = None
        else:
            p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "assistant" in data:
        v = data["assistant"]
        p3 = _FAST["CreateAssistantDTO"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("CreateAssistantDTO", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "assistantOverrides" in data:
        v = data["assistantOverrides"]
        p4 = _FAST["AssistantOverrides"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("AssistantOverrides", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_SquadMemberDTO:
            return SquadMemberDTO(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = SquadMemberDTO(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_SquadMemberDTO}
            return obj
    return {
        "assistantVersion": p0,
        "assistantDestinations": p1,
        "assistantId": p2,
        "assistant": p3,
        "assistantOverrides": p4,
    }


_KNOWN_SquadMemberDTO = frozenset(
    ("assistantVersion", "assistantDestinations", "assistantId", "assistant", "assistantOverrides")
)


def _to_dict_SquadMemberDTO(self: SquadMemberDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.assistant_version
    if v is not UNSET:
        out["assistantVersion"] = _h.fresh(v)
    v = self.assistant_destinations
    if v is not UNSET:
        out["assistantDestinations"] = [_h.dump_json(i8) for i8 in v] if type(v) is list else _h.fresh(v)
    v = self.assistant_id
    if v is not UNSET:
        out["assistantId"] = _h.fresh(v)
    v = self.assistant
    if v is not UNSET:
        out["assistant"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.assistant_overrides
    if v is not UNSET:
        out["assistantOverrides"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


SquadMemberDTO._fast_load = _load_SquadMemberDTO
setattr(SquadMemberDTO, "to_dict", _to_dict_SquadMemberDTO)  # noqa: B010 - replaces Model.to_dict
