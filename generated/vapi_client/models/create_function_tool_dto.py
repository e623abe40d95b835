from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_function import OpenAIFunction
    from ..models.server import Server
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.unknown_variants import UnknownToolMessage


__all__ = ["CreateFunctionToolDTO"]


@_attrs_define(repr=False)
class CreateFunctionToolDTO(Model):
    """Tool that lets the model call a custom function handled by your server.

    Attributes:
        type_: Discriminator marking which kind of tool this is.
        async_: When true, the assistant carries on without waiting for the tool's result.
        messages: Messages the assistant speaks while the tool runs, finishes, fails or takes long.
        function: Definition of a function the model may call, in OpenAI function-calling format.
        server: A webhook endpoint that receives requests, with an optional verification secret.
    """

    _schema: ClassVar[str] = "CreateFunctionToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("async", "async_"),
        ("messages", "messages"),
        ("function", "function"),
        ("server", "server"),
    )

    type_: Literal["function"]
    async_: bool | Unset = UNSET
    messages: (
        list[ToolMessageStart | ToolMessageComplete | ToolMessageFailed | ToolMessageDelayed | UnknownToolMessage]
        | Unset
    ) = UNSET
    function: OpenAIFunction | Unset = UNSET
    server: Server | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
