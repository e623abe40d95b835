from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

__all__ = ["CreateSlackWebhookCredentialDTO"]


@_attrs_define(repr=False)
class CreateSlackWebhookCredentialDTO(Model):
    """CreateSlackWebhookCredentialDTO

    Attributes:
        provider:
        webhook_url: Slack incoming webhook URL. See https://api.slack.com/messaging/webhooks for setup instructions.
            This is not returned in the API.
        name: This is the name of credential. This is just for your reference.
    """

    _schema: ClassVar[str] = "CreateSlackWebhookCredentialDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("provider", "provider"),
        ("webhookUrl", "webhook_url"),
        ("name", "name"),
    )

    provider: Literal["slack-webhook"]
    webhook_url: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
