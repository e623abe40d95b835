"""Warnings the tests expect, asserted where they happen: pytest turns any other warning into an error."""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from vapi_client import MisspelledFieldWarning

# Field names Vapi still sends (and the upstream spec's own examples still use) that 2026-08 renamed:
# serverUrl -> server, successEvaluationPrompt -> successEvaluationPlan, phoneCallProviderDetails ->
# phoneCallProvider. A strict parse of such data warns MisspelledFieldWarning for each, as designed.
RENAMED_FIELDS = ("serverUrl", "successEvaluationPrompt", "phoneCallProviderDetails")
_RENAMED = rf"unknown field '({'|'.join(RENAMED_FIELDS)})'"

# The seed-era methods (create_phone_call, create_web_call) warn on every call. Modules that use them
# on purpose (to test the transport, retries, errors) opt out of that one warning with
# `pytestmark = pytest.mark.filterwarnings(SEED_ERA)`; tests/client/test_resources.py asserts it.
SEED_ERA = r"ignore:create_(phone|web)_call\(\) sends the deprecated:DeprecationWarning"


def has_renamed_fields(data: Any) -> bool:
    """Whether `data` holds a key in RENAMED_FIELDS at any depth."""
    if isinstance(data, dict):
        return any(key in RENAMED_FIELDS or has_renamed_fields(value) for key, value in data.items())
    if isinstance(data, list):
        return any(has_renamed_fields(item) for item in data)
    return False


def warns_renamed_fields() -> pytest.WarningsRecorder:
    """Expect MisspelledFieldWarning for renamed fields only (any other warning is re-emitted: an error)."""
    return pytest.warns(MisspelledFieldWarning, match=_RENAMED)


@contextlib.contextmanager
def strict_parse_of(data: Any) -> Iterator[None]:
    """Around a strict parse (or send) of `data`: expect the renamed-field warnings iff it has such fields."""
    if has_renamed_fields(data):
        with warns_renamed_fields():
            yield
    else:
        yield


@contextlib.contextmanager
def allow_renamed_fields() -> Iterator[None]:
    """Around a strict parse that raises part-way: renamed-field warnings may or may not come first
    (the order fields are checked in decides); any other warning still fails the test."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for message in caught:
        if not (isinstance(message.message, MisspelledFieldWarning) and re.search(_RENAMED, str(message.message))):
            warnings.warn_explicit(message.message, message.category, message.filename, message.lineno)
