"""Parse and serialise a Call: vapi_client's models, the json floor, or vapi-server-sdk.

    python -m bench.codec_speed ours   # json.loads / json.dumps floor, Call.from_dict / Call.to_dict
    python -m bench.codec_speed sdk    # vapi-server-sdk: what its client does with a response, and a body

Every Call document of `timing.CALL_DOCUMENTS`. Prints JSON (CPU microseconds).
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
    return {name: _ours_on(path, profile and name == "2026-08") for name, path in CALL_DOCUMENTS.items()}


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
        "first_parse": first_parse(path),
        "validation_issues": len(call.validation_issues),
        "strict": _strict(Call, doc),
        **union_coverage(doc),
    }
    if profile:
        from .profiling import cprofile_top

        result["profile_from_dict"] = cprofile_top(lambda: Call.from_dict(doc), calls=200)
        result["profile_to_dict"] = cprofile_top(call.to_dict, calls=200)
    return result


# In a fresh interpreter: what the first `Call.from_dict` of a document builds (attrs classes, model modules)
# and its CPU time, once the client is made.
_FIRST_PARSE = """
import json, sys, time
import attr._make
built = []
_build = attr._make._ClassBuilder.build_class
def build(self):
    cls = _build(self)
    built.append(cls.__name__)
    return cls
attr._make._ClassBuilder.build_class = build
import vapi_client
vapi_client.VapiClient(api_key="x").calls
on_client_path = len(built)
modules = sum(name.startswith("vapi_client.models.") for name in sys.modules)
doc = json.loads(open(sys.argv[1], "rb").read())
start = time.process_time()
from vapi_client.models import Call
Call.from_dict(doc)
ms = (time.process_time() - start) * 1e3
print(json.dumps({"ms": ms, "attrs_classes": len(built) - on_client_path, "attrs_classes_client": on_client_path,
                  "model_modules": sum(name.startswith("vapi_client.models.") for name in sys.modules) - modules}))
"""


def first_parse(path: Path) -> dict[str, Any]:
    """The first `Call.from_dict` of `path` in fresh interpreters: the median of 3 (CPU ms), classes, modules."""
    import statistics
    import subprocess

    runs = []
    for _ in range(3):
        result = subprocess.run(
            [sys.executable, "-c", _FIRST_PARSE, str(path)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            return {"error": (result.stderr.strip().splitlines() or ["failed"])[-1][:200]}
        runs.append(json.loads(result.stdout))
    return {**runs[-1], "ms": statistics.median(run["ms"] for run in runs)}


def _strict(cls: Any, doc: dict[str, Any]) -> str:
    try:
        cls.from_dict(doc, strict=True)
    except Exception as error:  # noqa: BLE001 - the failure is the finding
        return f"{type(error).__name__}: {error}"[:160]
    return "ok"


def union_coverage(doc: dict[str, Any]) -> dict[str, Any]:
    """Which discriminated unions reachable from Call (`_spec.UNIONS`) the document holds, and how many variants.

    Walks the JSON with the spec tables: a union value counts for its family under the property it sits in
    (a variant shared by several families, such as ToolCallHookAction, counts where it is).
    """
    from vapi_client._spec import SCHEMAS, UNIONS

    found: dict[str, set[Any]] = {}

    def walk(value: Any, desc: tuple[Any, ...]) -> None:
        kind = desc[0]
        if kind == "nullable" and value is not None:
            walk(value, desc[1])
        elif kind == "array" and isinstance(value, list):
            for item in value:
                walk(item, desc[1])
        elif kind == "map" and isinstance(value, dict):
            for item in value.values():
                walk(item, desc[1])
        elif kind == "union" and isinstance(value, dict):
            table = UNIONS[desc[1]]
            tag = value.get(table["tag"])
            found.setdefault(desc[1], set()).add(tag)
            if tag in table["mapping"]:
                walk(value, ("model", table["mapping"][tag]))
        elif kind == "model" and isinstance(value, dict):
            props = SCHEMAS[desc[1]]["properties"]
            for key, item in value.items():
                if key in props:
                    walk(item, props[key])
        elif kind == "oneof" and isinstance(value, dict):  # untagged: the option whose properties fit best
            options = [option for option in desc[1:] if option[0] in ("model", "union")]
            if options:
                walk(value, max(options, key=lambda option: _fit(value, option, SCHEMAS)))

    walk(doc, ("model", "Call"))
    reachable = _reachable_unions(SCHEMAS, UNIONS)
    return {
        "union_families": len(reachable & found.keys()),
        "union_families_reachable": len(reachable),
        "union_variants": sum(len(tags) for tags in found.values()),
        "union_families_missing": sorted(reachable - found.keys()),
    }


def _fit(value: dict[str, Any], option: tuple[Any, ...], schemas: dict[str, Any]) -> int:
    if option[0] != "model":
        return 0
    props = schemas[option[1]]["properties"]
    if any(desc[0] == "const" and key in value and value[key] != desc[1] for key, desc in props.items()):
        return -1
    constants = sum(desc[0] == "const" and value.get(key) == desc[1] for key, desc in props.items())
    return sum(key in props for key in value) + constants


def _reachable_unions(schemas: dict[str, Any], unions: dict[str, Any]) -> set[str]:
    def refs(desc: Any) -> list[tuple[str, str]]:
        if not isinstance(desc, tuple) or not desc:
            return []
        own = [(desc[0], desc[1])] if desc[0] in ("model", "union") else []
        return own + [ref for item in desc[1:] for ref in refs(item)]

    seen: set[tuple[str, str]] = set()
    stack = [("model", "Call")]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        kind, name = node
        if kind == "union":
            stack += [("model", target) for target in unions[name]["mapping"].values()]
        elif name in schemas:
            for desc in schemas[name]["properties"].values():
                stack += refs(desc)
    return {name for kind, name in seen if kind == "union"}


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
