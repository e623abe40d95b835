# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_message import CustomMessage
    from ..models.transfer_destination_assistant_transfer_mode import (
        TransferDestinationAssistantTransferMode,
        _TransferDestinationAssistantTransferModeValues,
    )
    from ..models.unknown_variants import UnknownMessage


__all__ = ["TransferDestinationAssistant"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class TransferDestinationAssistant(Model):
    """TransferDestinationAssistant

    Attributes:
        type_:
        assistant_name: This is the assistant to transfer the call to.
        message: This is spoken to the customer before connecting them to the destination.

            Usage:
            - If this is not provided and transfer tool messages is not provided, default is "Transferring the
            call now".
            - If set to "", nothing is spoken. This is useful when you want to silently transfer. This is
            especially useful when transferring between assistants in a squad. In this scenario, you likely also
            want to set `assistant.firstMessageMode=assistant-speaks-first-with-model-generated-message` for the
            destination assistant.

            This accepts a string or a ToolMessageStart class. Latter is useful if you want to specify multiple
            messages for different languages through the `contents` field.
        transfer_mode: This is the mode to use for the transfer. Defaults to `rolling-history`.

            - `rolling-history`: This is the default mode. It keeps the entire conversation history and appends
            the new assistant's system message on transfer.

              Example:

              Pre-transfer:
                system: assistant1 system message
                assistant: assistant1 first message
                user: hey, good morning
                assistant: how can i help?
                user: i need help with my account
                assistant: (destination.message)

              Post-transfer:
                system: assistant1 system message
                assistant: assistant1 first message
                user: hey, good morning
                assistant: how can i help?
                user: i need help with my account
                assistant: (destination.message)
                system: assistant2 system message
                assistant: assistant2 first message (or model generated if firstMessageMode is set to
            `assistant-speaks-first-with-model-generated-message`)

            - `swap-system-message-in-history`: This replaces the original system message with the new
            assistant's system message on transfer.

              Example:

              Pre-transfer:
                system: assistant1 system message
                assistant: assistant1 first message
                user: hey, good morning
                assistant: how can i help?
                user: i need help with my account
                assistant: (destination.message)

              Post-transfer:
                system: assistant2 system message
                assistant: assistant1 first message
                user: hey, good morning
                assistant: how can i help?
                user: i need help with my account
                assistant: (destination.message)
                assistant: assistant2 first message (or model generated if firstMessageMode is set to
            `assistant-speaks-first-with-model-generated-message`)

            - `delete-history`: This deletes the entire conversation history on transfer.

              Example:

              Pre-transfer:
                system: assistant1 system message
                assistant: assistant1 first message
                user: hey, good morning
                assistant: how can i help?
                user: i need help with my account
                assistant: (destination.message)

              Post-transfer:
                system: assistant2 system message
                assistant: assistant2 first message
                user: Yes, please
                assistant: how can i help?
                user: i need help with my account

            - `swap-system-message-in-history-and-remove-transfer-tool-messages`: This replaces the original
            system message with the new assistant's system message on transfer and removes transfer tool
            messages from conversation history sent to the LLM.

              Example:

              Pre-transfer:
                system: assistant1 system message
                assistant: assistant1 first message
                user: hey, good morning
                assistant: how can i help?
                user: i need help with my account
                transfer-tool
                transfer-tool-result
                assistant: (destination.message)

              Post-transfer:
                system: assistant2 system message
                assistant: assistant1 first message
                user: hey, good morning
                assistant: how can i help?
                user: i need help with my account
                assistant: (destination.message)
                assistant: assistant2 first message (or model generated if firstMessageMode is set to
            `assistant-speaks-first-with-model-generated-message`)

            @default 'rolling-history'
        description: This is the description of the destination, used by the AI to choose when and how to transfer the
            call.
    """

    _schema: ClassVar[str] = "TransferDestinationAssistant"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("assistantName", "assistant_name"),
        ("message", "message"),
        ("transferMode", "transfer_mode"),
        ("description", "description"),
    )

    type_: Literal["assistant"]
    assistant_name: str
    message: CustomMessage | str | UnknownMessage | Unset = UNSET
    transfer_mode: (
        TransferDestinationAssistantTransferMode | _TransferDestinationAssistantTransferModeValues | Unset
    ) = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_TransferDestinationAssistant_one_of_1 = _h.OneOf(("union", "Message"), ("string", {}))


def _load_TransferDestinationAssistant(
    data: dict[str, Any], strict: bool
) -> TransferDestinationAssistant | dict[str, Any]:
    """TransferDestinationAssistant from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "assistant" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "assistantName" in data:
        v = data["assistantName"]
        p1 = v if type(v) is str else _S
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "message" in data:
        v = data["message"]
        p2 = _TransferDestinationAssistant_one_of_1(v, strict)
        if p2 is _S or type(p2) is _R:
            slow = True
    if "transferMode" in data:
        v = data["transferMode"]
        p3 = _MEMBERS["TransferDestinationAssistantTransferMode"].get(v, _S) if type(v) is str else _S
        if p3 is _S and type(v) is str and not strict:
            p3 = _h.open_member("TransferDestinationAssistantTransferMode", v)
        if p3 is _S:
            slow = True
    if "description" in data:
        v = data["description"]
        p4 = v if type(v) is str else _S
        if p4 is _S:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_TransferDestinationAssistant:
            return TransferDestinationAssistant(p0, p1, p2, p3, p4)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = TransferDestinationAssistant(p0, p1, p2, p3, p4)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_TransferDestinationAssistant}
            return obj
    return {"type": p0, "assistantName": p1, "message": p2, "transferMode": p3, "description": p4}


_KNOWN_TransferDestinationAssistant = frozenset(("type", "assistantName", "message", "transferMode", "description"))


def _to_dict_TransferDestinationAssistant(self: TransferDestinationAssistant) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.message
    if v is not UNSET:
        out["message"] = _h.dump_json(v)
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.transfer_mode
    if v is not UNSET:
        out["transferMode"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.assistant_name
    if v is not UNSET:
        out["assistantName"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


TransferDestinationAssistant._fast_load = _load_TransferDestinationAssistant
setattr(TransferDestinationAssistant, "to_dict", _to_dict_TransferDestinationAssistant)  # noqa: B010 - replaces Model.to_dict
