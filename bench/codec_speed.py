"""Parse and serialise a Call: vapi_client's models, the json floor, or vapi-server-sdk.

    python -m bench.codec_speed ours   # json.loads / json.dumps floor, Call.from_dict / Call.to_dict
    python -m bench.codec_speed sdk    # vapi-server-sdk: what its client does with a response, and a body

Both Call documents (bench/data/call-large.json and call-small.json). Prints JSON (CPU microseconds).
Each library runs in its own interpreter so neither's imports, caches or garbage shape the other's figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .timing import CALL_DOCUMENTS, per_call_us, single_shots_us


def measure_ours(profile: bool) -> dict[str, Any]:
    return {name: _ours_on(path, profile and name == "large") for name, path in CALL_DOCUMENTS.items()}


def _ours_on(path: Path, profile: bool) -> dict[str, Any]:
    from vapi_client.models import Call

    raw = path.read_bytes()
    doc = json.loads(raw)
    call = Call.from_dict(doc)
    result: dict[str, Any] = {
        "bytes": len(json.dumps(doc, separators=(",", ":"))),
        **per_call_us(
            {
                "json.loads": lambda: json.loads(raw),
                "from_dict": lambda: Call.from_dict(doc),
                # From bytes, as a response arrives: the freshly decoded dict is not in the CPU caches yet.
                "loads+from_dict": lambda: Call.from_dict(json.loads(raw)),
                "json.dumps": lambda: json.dumps(doc),
                "to_dict": call.to_dict,
            }
        ),
        "exact_round_trip": call.to_dict() == doc,
        "validation_issues": len(call.validation_issues),
    }
    if profile:
        from .profiling import cprofile_top

        result["profile_from_dict"] = cprofile_top(lambda: Call.from_dict(doc), calls=200)
        result["profile_to_dict"] = cprofile_top(call.to_dict, calls=200)
    return result


def measure_sdk(repeats: int) -> dict[str, Any]:
    from vapi import Vapi

    # Load its client as an application would: parsing is much slower while `.calls` is not loaded.
    client = Vapi(token="x")
    assert client.calls is not None
    # Its serialiser warns once per union variant a value does not match; printing them is not the point.
    warnings.simplefilter("ignore")
    return {name: _sdk_on(path, repeats) for name, path in CALL_DOCUMENTS.items()}


def _sdk_on(path: Path, repeats: int) -> dict[str, Any]:
    import pydantic
    from vapi.core.jsonable_encoder import jsonable_encoder
    from vapi.core.serialization import convert_and_respect_annotation_metadata
    from vapi.core.unchecked_base_model import construct_type
    from vapi.types.call import Call

    doc = json.loads(path.read_bytes())

    def parse() -> Any:
        # Exactly what `client.calls.get` does with `response.json()`.
        return construct_type(type_=Call, object_=doc)

    def serialise() -> Any:
        # What its client does with a model passed as a request body.
        return jsonable_encoder(
            convert_and_respect_annotation_metadata(object_=call, annotation=Call, direction="write")
        )

    result: dict[str, Any] = {}
    result["first_parse"], result["parse"], call = _time(parse, repeats)
    try:
        serialise()
        result["serialise_out_of_the_box"] = "ok"
    except Exception as error:  # noqa: BLE001 - the failure itself is the finding
        result["serialise_out_of_the_box"] = f"{type(error).__name__}: {error}"[:160]
        # Nested models stay incomplete (unresolved forward references); rebuild them so it can serialise.
        start = time.process_time()
        _rebuild_incomplete(call, pydantic.BaseModel)
        result["rebuild_us"] = (time.process_time() - start) * 1e6
    _, result["serialise"], written = _time(serialise, repeats)
    result["differences_after_round_trip"] = _differences(written, doc)
    return result


def _time(fn: Callable[[], Any], repeats: int) -> tuple[float, float, Any]:
    """First call, then the median of the following ones (µs), and a result.

    Calls taking seconds get `repeats` single shots; fast ones are batched like ours.
    """
    start = time.process_time()
    result = fn()
    first = (time.process_time() - start) * 1e6
    if first > 200_000:
        median, result = single_shots_us(fn, repeats=repeats)
    else:
        median = per_call_us({"fn": fn}, repeats=7)["fn"]
    return first, median, result


def _rebuild_incomplete(value: Any, base: type) -> None:
    seen: set[type] = set()

    def walk(node: Any) -> None:
        if isinstance(node, base):
            cls = type(node)
            if cls not in seen:
                seen.add(cls)
                if not cls.__pydantic_complete__:  # type: ignore[attr-defined]
                    cls.model_rebuild()  # type: ignore[attr-defined]
            for name in cls.model_fields:  # type: ignore[attr-defined]
                walk(getattr(node, name, None))
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for item in node.values():
                walk(item)

    walk(value)


def _differences(got: Any, want: Any) -> list[str]:
    """Paths where a serialised value differs from the original document (type or value)."""
    found: list[str] = []

    def walk(a: Any, b: Any, path: str) -> None:
        if type(a) is not type(b):
            found.append(f"{path}: {type(b).__name__} -> {type(a).__name__}")
        elif isinstance(a, dict):
            for key in sorted(set(a) | set(b)):
                if key not in a:
                    found.append(f"{path}.{key}: dropped")
                elif key not in b:
                    found.append(f"{path}.{key}: added")
                else:
                    walk(a[key], b[key], f"{path}.{key}")
        elif isinstance(a, list):
            if len(a) != len(b):
                found.append(f"{path}: {len(b)} items -> {len(a)}")
            for index, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{path}[{index}]")
        elif a != b:
            found.append(f"{path}: {b!r} -> {a!r}"[:120])

    walk(got, want, "")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", choices=["ours", "sdk"])
    parser.add_argument("--repeats", type=int, default=3, help="single shots for the SDK (seconds each)")
    parser.add_argument("--profile", action="store_true", help="also cProfile from_dict / to_dict")
    args = parser.parse_args()
    result = measure_ours(args.profile) if args.library == "ours" else measure_sdk(args.repeats)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
