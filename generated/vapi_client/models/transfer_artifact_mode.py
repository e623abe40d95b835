# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["TransferArtifactMode"]


class TransferArtifactMode(OpenEnum):
    """Known values of TransferArtifactMode; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        BLIND_TRANSFER = "blind-transfer"
        BLIND_TRANSFER_ADD_SUMMARY_TO_SIP_HEADER = "blind-transfer-add-summary-to-sip-header"
        WARM_TRANSFER_SAY_MESSAGE = "warm-transfer-say-message"
        WARM_TRANSFER_SAY_SUMMARY = "warm-transfer-say-summary"
        WARM_TRANSFER_TWIML = "warm-transfer-twiml"
        WARM_TRANSFER_WAIT_FOR_OPERATOR_TO_SPEAK_FIRST_AND_THEN_SAY_MESSAGE = (
            "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message"
        )
        WARM_TRANSFER_WAIT_FOR_OPERATOR_TO_SPEAK_FIRST_AND_THEN_SAY_SUMMARY = (
            "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary"
        )
        WARM_TRANSFER_EXPERIMENTAL = "warm-transfer-experimental"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_TransferArtifactModeValues: TypeAlias = Literal[
    "blind-transfer",
    "blind-transfer-add-summary-to-sip-header",
    "warm-transfer-say-message",
    "warm-transfer-say-summary",
    "warm-transfer-twiml",
    "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message",
    "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary",
    "warm-transfer-experimental",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    TransferArtifactMode,
    (
        ("BLIND_TRANSFER", "blind-transfer"),
        ("BLIND_TRANSFER_ADD_SUMMARY_TO_SIP_HEADER", "blind-transfer-add-summary-to-sip-header"),
        ("WARM_TRANSFER_SAY_MESSAGE", "warm-transfer-say-message"),
        ("WARM_TRANSFER_SAY_SUMMARY", "warm-transfer-say-summary"),
        ("WARM_TRANSFER_TWIML", "warm-transfer-twiml"),
        (
            "WARM_TRANSFER_WAIT_FOR_OPERATOR_TO_SPEAK_FIRST_AND_THEN_SAY_MESSAGE",
            "warm-transfer-wait-for-operator-to-speak-first-and-then-say-message",
        ),
        (
            "WARM_TRANSFER_WAIT_FOR_OPERATOR_TO_SPEAK_FIRST_AND_THEN_SAY_SUMMARY",
            "warm-transfer-wait-for-operator-to-speak-first-and-then-say-summary",
        ),
        ("WARM_TRANSFER_EXPERIMENTAL", "warm-transfer-experimental"),
    ),
)


TransferPlanMode = TransferArtifactMode  # a locked name of this class (names lock)
