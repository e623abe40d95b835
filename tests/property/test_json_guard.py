"""The byte-level JSON guard agrees with a parser: it flags exactly the bodies that hold NaN or
Infinity or nest deeper than the limit, whatever their strings hold (quotes, backslashes, brackets)."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from vapi_client._json_guard import response_problem

LIMIT = 6  # small, so generated documents cross it often

# Strings made of the characters that could confuse a byte scanner.
_tricky_text = st.text(st.sampled_from(list('"\\[]{}NaNInfinity/ \n\u00e9')), max_size=12)
_scalars = st.none() | st.booleans() | st.integers() | st.floats() | _tricky_text


def _documents() -> st.SearchStrategy[Any]:
    return st.recursive(
        _scalars,
        lambda children: st.lists(children, max_size=3) | st.dictionaries(_tricky_text, children, max_size=3),
        max_leaves=25,
    )


def depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            stack += [(child, level + 1) for child in (item.values() if isinstance(item, dict) else item)]
    return deepest


def non_finite(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(non_finite(child) for child in value.values())
    if isinstance(value, list):
        return any(non_finite(child) for child in value)
    return False


@settings(max_examples=300)  # cheap: many more than the profile's default
@given(document=_documents(), ensure_ascii=st.booleans())
def test_the_guard_flags_exactly_what_a_parser_would(document: Any, ensure_ascii: bool) -> None:
    body = json.dumps(document, ensure_ascii=ensure_ascii).encode()
    problem = response_problem(body, max_depth=LIMIT)
    if non_finite(document):
        assert problem is not None and "NaN" in problem
    elif depth(document) > LIMIT:
        assert problem is not None and "deeper" in problem
    else:
        assert problem is None


@given(depth_=st.integers(min_value=0, max_value=3 * LIMIT), key=_tricky_text)
def test_nesting_is_measured_exactly_around_the_limit(depth_: int, key: str) -> None:
    document: Any = key
    for level in range(depth_):
        document = [document] if level % 2 else {key: document}
    problem = response_problem(json.dumps(document).encode(), max_depth=LIMIT)
    assert (problem is not None) == (depth_ > LIMIT)
