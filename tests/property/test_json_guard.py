"""The byte-level JSON guard agrees with a parser: it flags exactly the bodies that hold NaN or
Infinity or nest deeper than the limit, whatever their strings hold (quotes, backslashes, brackets)."""

from __future__ import annotations

import json
import math
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vapi_client import _json_guard
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


# --- the guard folded into the parse ------------------------------------------------------------
# `_json_guard.parse` refuses NaN/Infinity through json's `parse_constant` hook and proves the depth
# bound on the brackets alone. Its oracle is the byte scan the client used before (kept here as it
# was): both must give the same verdict, for the same reason, on every document.

_OLD_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_OLD_SKELETON = bytes.maketrans(b"{}", b"[]")
_OLD_ALL_BUT_SKELETON = bytes(sorted(set(range(256)) - set(b'"[]{}NI')))


def old_response_problem(content: bytes, *, max_depth: int) -> str | None:
    skeleton = _OLD_ESCAPE.sub(b"", content).translate(_OLD_SKELETON, _OLD_ALL_BUT_SKELETON).replace(b'""', b"")
    if b'"' in skeleton:
        skeleton = b"".join(skeleton.split(b'"')[::2])
    if b"N" in skeleton or b"I" in skeleton:
        return "holds NaN or Infinity, which are not JSON"
    if len(skeleton) <= 2 * max_depth:
        return None
    for level in range(max_depth):
        before = len(skeleton)
        skeleton = skeleton.replace(b"[]", b"")
        if not skeleton:
            return None
        if len(skeleton) == before:
            return f"nested deeper than {max_depth} levels" if skeleton.count(b"[") > max_depth - level else None
    return f"nested deeper than {max_depth} levels"


def new_verdict(body: bytes, max_depth: int) -> str | None:
    try:
        _json_guard.parse(body, max_depth=max_depth)
    except _json_guard.Refused as refused:
        return str(refused)
    return None


@settings(max_examples=400)
@given(document=_documents(), ensure_ascii=st.booleans(), indent=st.sampled_from([None, 1]))
def test_the_parse_hooks_give_the_verdicts_of_the_old_scan(document: Any, ensure_ascii: bool, indent: Any) -> None:
    body = json.dumps(document, ensure_ascii=ensure_ascii, indent=indent).encode()
    assert new_verdict(body, LIMIT) == old_response_problem(body, max_depth=LIMIT)
    if new_verdict(body, LIMIT) is None:
        assert _json_guard.parse(body, max_depth=LIMIT) == json.loads(body)


@given(depth_=st.integers(min_value=0, max_value=3 * LIMIT), key=_tricky_text, nan=st.booleans())
def test_the_parse_hooks_agree_with_the_old_scan_around_the_limit(depth_: int, key: str, nan: bool) -> None:
    document: Any = math.nan if nan else key
    for level in range(depth_):
        document = [document, key] if level % 2 else {key: document}
    body = json.dumps(document).encode()
    assert new_verdict(body, LIMIT) == old_response_problem(body, max_depth=LIMIT)


@pytest.mark.parametrize(
    "body",
    [b"NaN", b"[-Infinity]", b'{"a": [Infinity]}', b"[" * 200 + b"NaN" + b"]" * 200, b"[" * 2000 + b"]" * 2000],
)
def test_the_parse_refuses_what_the_old_scan_refused(body: bytes) -> None:
    assert new_verdict(body, 100) == old_response_problem(body, max_depth=100) is not None


def test_the_text_guard_and_the_response_guard_are_one() -> None:
    deep = "[" * 101 + "]" * 101
    for text in ('{"x": NaN}', deep):
        with pytest.raises(_json_guard.Refused) as from_text:
            _json_guard.loads(text)
        assert str(from_text.value) == new_verdict(text.encode(), _json_guard.MAX_DEPTH)
