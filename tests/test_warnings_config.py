"""pytest runs with warnings as errors (pyproject.toml): a stray warning fails the test that emits it."""

from __future__ import annotations

import warnings

import pytest
from vapi_client import MisspelledFieldWarning, UnknownValueWarning

from tests._warnings import allow_renamed_fields, strict_parse_of, warns_renamed_fields


@pytest.mark.parametrize(
    "category", [UserWarning, DeprecationWarning, ResourceWarning, MisspelledFieldWarning, UnknownValueWarning]
)
def test_an_unexpected_warning_is_an_error(category: type[Warning]) -> None:
    with pytest.raises(category, match="stray"):
        warnings.warn("stray", category, stacklevel=1)


RENAMED = "assistant.serverUrl: unknown field 'serverUrl' (in CreateAssistantDTO) is kept as is"
TYPO = "assistant.fristMessage: unknown field 'fristMessage' (in CreateAssistantDTO) is kept as is"


def test_the_renamed_field_helpers_let_no_other_warning_through() -> None:
    with warns_renamed_fields():
        warnings.warn(MisspelledFieldWarning(RENAMED), stacklevel=1)
    with allow_renamed_fields():
        pass  # none is fine too
    for expect in (warns_renamed_fields, allow_renamed_fields):
        with pytest.raises(MisspelledFieldWarning, match="fristMessage"), expect():
            warnings.warn(MisspelledFieldWarning(RENAMED), stacklevel=1)
            warnings.warn(MisspelledFieldWarning(TYPO), stacklevel=1)


def test_strict_parse_of_expects_the_warning_only_for_data_with_renamed_fields() -> None:
    with strict_parse_of({"assistant": {"serverUrl": "https://example.com"}}):
        warnings.warn(MisspelledFieldWarning(RENAMED), stacklevel=1)
    with pytest.raises(MisspelledFieldWarning), strict_parse_of({"assistant": {"server": {}}}):
        warnings.warn(MisspelledFieldWarning(RENAMED), stacklevel=1)
