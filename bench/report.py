"""Targets, the printed table and bench/RESULTS.md, from the figures `python -m bench` gathered."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cold_start import ColdStart
from .generate_time import GenerateTime

NOTES_MARKER = "<!-- Notes below this line are written by hand and kept when `nox -s bench` rewrites this file. -->"

# The targets of issue 6.
FROM_DICT_MAX_X_LOADS = 4.0
TO_DICT_MAX_X_DUMPS = 2.0
COLD_MAX_MS = 150.0
COLD_MAX_MB = 15.0
REQUEST_MAX_X_HTTPX = 1.3


@dataclass(frozen=True)
class Target:
    name: str
    measured: str
    limit: str
    passed: bool | None  # None: could not be measured

    @property
    def verdict(self) -> str:
        return {True: "PASS", False: "MISS", None: "n/a"}[self.passed]


def _num(value: float | None, digits: int = 0) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def _x(value: float | None) -> str:
    return "n/a" if value is None else (f"{value:,.2f}x" if value < 100 else f"{value:,.0f}x")


def _ratio_target(name: str, value: float | None, floor: float | None, limit: float) -> Target:
    ratio = _ratio(value, floor)
    return Target(name, _x(ratio), f"<= {limit}x", None if ratio is None else ratio <= limit)


def evaluate(results: dict[str, Any]) -> list[Target]:
    targets: list[Target] = []
    codec_ours, codec_sdk = results["codec"]["ours"], results["codec"]["sdk"]
    for size in ("large", "small"):
        ours = codec_ours.get(size, {})
        name = f"{size} Call: Call.from_dict vs json.loads"
        targets.append(_ratio_target(name, ours.get("from_dict"), ours.get("json.loads"), FROM_DICT_MAX_X_LOADS))
        name = f"{size} Call: Call.to_dict vs json.dumps"
        targets.append(_ratio_target(name, ours.get("to_dict"), ours.get("json.dumps"), TO_DICT_MAX_X_DUMPS))
    cold: list[ColdStart] = results["cold"]["rows"]
    for row in cold:
        if row.library != "ours":
            continue
        if row.wall_ms is None or row.rss_mb is None:
            ok, measured = None, "n/a"
        else:
            ok = row.wall_ms <= COLD_MAX_MS and row.rss_mb <= COLD_MAX_MB
            measured = f"+{row.wall_ms:.0f} ms, +{row.rss_mb:.1f} MB"
        targets.append(
            Target(f"cold start: {row.label}", measured, f"<= {COLD_MAX_MS:.0f} ms, <= {COLD_MAX_MB:.0f} MB", ok)
        )
    for size, measured in results["requests"].items():
        timings = measured["ours"].get("us_per_request", {})
        cpu = measured["ours"].get("cpu_us_per_request", {})
        name = f"GET /call/{{id}} ({size} Call): VapiClient vs raw httpx"
        target = _ratio_target(name, timings.get("ours"), timings.get("httpx"), REQUEST_MAX_X_HTTPX)
        cpu_ratio = _ratio(cpu.get("ours"), cpu.get("httpx"))
        if cpu_ratio is not None:  # the wall clock decides; client CPU shows what other load did to it
            target = Target(target.name, f"{target.measured} (client CPU {_x(cpu_ratio)})", target.limit, target.passed)
        targets.append(target)
    # Ahead of the official SDK on every figure.
    sdk_cold = next((row for row in cold if row.library == "sdk"), None)
    our_client = next((row for row in cold if row.library == "ours" and "VapiClient" in row.label), None)
    pairs: list[tuple[str, float | None, float | None, str]] = [
        ("cold start wall", our_client.wall_ms if our_client else None, sdk_cold.wall_ms if sdk_cold else None, "ms"),
        ("cold start RSS", our_client.rss_mb if our_client else None, sdk_cold.rss_mb if sdk_cold else None, "MB"),
    ]
    for size in ("large", "small"):
        ours, sdk = codec_ours.get(size, {}), codec_sdk.get(size, {})
        request = results["requests"].get(size, {"ours": {}, "sdk": {}})
        pairs += [
            (f"parse ({size} Call)", ours.get("from_dict"), sdk.get("parse"), "µs"),
            (f"serialise ({size} Call)", ours.get("to_dict"), sdk.get("serialise"), "µs"),
            (
                f"per request ({size} Call)",
                request["ours"].get("us_per_request", {}).get("ours"),
                request["sdk"].get("us_per_request", {}).get("sdk"),
                "µs",
            ),
        ]
    for name, mine, theirs, unit in pairs:
        ok = None if mine is None or theirs is None else mine < theirs
        digits = 1 if unit == "MB" else 0
        measured = f"{_num(mine, digits)} vs {_num(theirs, digits)} {unit}"
        targets.append(Target(f"ahead of SDK: {name}", measured, "ours < SDK", ok))
    return targets


def render(results: dict[str, Any], targets: list[Target]) -> str:
    out: list[str] = []
    add = out.append
    settings = results["settings"]
    add("# Benchmarks: vapi_client beside vapi-server-sdk")
    add("")
    add("Produced by `nox -s bench` (one run, one machine; `nox -s bench -- --quick` for a shorter run).")
    add("Timings are medians; the tests never assert timings. Everything above the notes at the end is")
    add("rewritten by each run: change `bench/`, not the tables.")
    add("")
    add("## Targets")
    add("")
    add("| target | measured | limit | result |")
    add("| --- | --- | --- | --- |")
    for target in targets:
        add(f"| {target.name} | {target.measured} | {target.limit} | **{target.verdict}** |")
    add("")

    # 1. cold start
    bare = results["cold"]["bare"]
    add(f"## 1. Cold start (fresh interpreter, median of {settings['rounds']})")
    add("")
    add(
        f"Above a bare interpreter (`python -c pass`: {bare['wall_ms']:.0f} ms wall, {bare['cpu_ms']:.0f} ms CPU, "
        f"{bare['rss_mb']:.1f} MB peak RSS). Peak RSS is the child's own high-water mark (VmHWM); its `ru_maxrss` would include this benchmark process's RSS, which Linux carries into children."
    )
    add("")
    add("| statement | wall ms | CPU ms | peak RSS MB |")
    add("| --- | ---: | ---: | ---: |")
    for row in results["cold"]["rows"]:
        who = {"sdk": "vapi-server-sdk: ", "reference": "reference: "}.get(row.library, "")
        if row.error:
            add(f"| {who}`{row.label}` | n/a ({row.error}) | | |")
        else:
            add(f"| {who}`{row.label}` | +{_num(row.wall_ms)} | +{_num(row.cpu_ms)} | +{_num(row.rss_mb, 1)} |")
    add("")

    # 2. parse / serialise
    add("## 2. Parse and serialise a Call")
    add("")
    add("CPU time of the measuring process (single-threaded work; other load on the machine does not count).")
    add("")
    add("`bench/data/call-large.json`: every union family populated (2 transcribers, 9 models, 9 voices, 6 tool")
    add("types, 3 transfer destinations, 4 tool message types, voicemailDetection, knowledgeBase) across")
    add("`assistant`, `assistantOverrides` and 7 squad members. `bench/data/call-small.json`: what `GET /call/{id}`")
    add("returns for a call placed with a saved assistant. Both are valid against openapi.yaml.")
    add("")
    ours_all, sdk_all = results["codec"]["ours"], results["codec"]["sdk"]
    for size in ("large", "small"):
        _codec_table(add, size, ours_all.get(size, ours_all), sdk_all.get(size, sdk_all), settings)
    if "error" not in sdk_all:
        add(
            f"vapi-server-sdk (median of {settings['sdk_repeats']} runs where one takes seconds): parse is what "
            "`client.calls.get` does, `construct_type(type_=Call, object_=response.json())`, with its client loaded; "
            "serialise is what it does with a model sent as a body, "
            "`jsonable_encoder(convert_and_respect_annotation_metadata(...))`."
        )
    add("")

    # 3. per request
    add(f"## 3. Per request: `GET /call/{{id}}` on a loopback server ({settings['requests']} sequential requests)")
    add("")
    add("`bench/call_server.py` answers with a fixed Call from a pre-encoded keep-alive response: the large Call")
    add("above, and `bench/data/call-small.json`, what a call placed with a saved assistant returns.")
    add("")
    sizes = results["requests"]
    header = " | ".join(f"{size} Call µs | x httpx | client CPU µs" for size in sizes)
    add(f"| client | {header} |")
    add("| --- |" + " ---: | ---: | ---: |" * len(sizes))
    rows = [
        ("socket", "raw socket, fixed request (transport + server floor)"),
        ("httpx", "raw `httpx.Client` (same settings): `get` + `json.loads`"),
        ("httpx_model", "the same + `Call.from_dict`: the floor for any typed client"),
        ("ours", "`VapiClient(...).calls.get(id)`"),
        ("sdk", "vapi-server-sdk `Vapi(...).calls.get(id)`"),
    ]
    for key, label in rows:
        cells = []
        for measured in sizes.values():
            source = measured["sdk"] if key == "sdk" else measured["ours"]
            timings = source.get("us_per_request", {})
            cpu = source.get("cpu_us_per_request", {})
            httpx_us = measured["ours"].get("us_per_request", {}).get("httpx")
            if key in timings:
                cells.append(f"{_num(timings[key])} | {_x(_ratio(timings[key], httpx_us))} | {_num(cpu.get(key))}")
            else:
                reason = source.get("ours_error" if key == "ours" else "error", "not measured")
                cells.append(f"n/a ({reason}) | |")
        if key == "sdk":
            label += f" ({settings['sdk_requests']} timed after 1 warm-up)"
        add(f"| {label} | " + " | ".join(cells) + " |")
    add("")
    add("Where the client CPU goes (less disturbed by other load than the wall clock):")
    add("")
    for size, measured in sizes.items():
        cpu = measured["ours"].get("cpu_us_per_request", {})
        if {"ours", "httpx", "httpx_model"} <= cpu.keys():
            parse = cpu["httpx_model"] - cpu["httpx"]
            machinery = cpu["ours"] - cpu["httpx_model"]
            add(
                f"- {size} Call: raw httpx {cpu['httpx']:,.0f} µs; `Call.from_dict` on the fresh document "
                f"{parse:+,.0f} µs; VapiClient's own machinery (request building, retry bookkeeping, response "
                f"checks) {machinery:+,.0f} µs; VapiClient / raw httpx {_x(_ratio(cpu['ours'], cpu['httpx']))}."
            )
    add("")

    # 4. generation
    gen: GenerateTime = results["generate"]
    add("## 4. Generation")
    add("")
    if gen.wall_s is None:
        add(f"`generator/generate.py --check`: n/a ({gen.error})")
    else:
        state = "generated/ up to date" if gen.up_to_date else "generated/ differed from the sources at the time"
        add(
            f"`python generator/generate.py --check` in the existing venv: **{gen.wall_s:.1f} s** (median of {gen.runs}; "
            f"{state}). `--check` runs the whole pipeline into a temporary directory and diffs instead of swapping "
            "the result in, so the benchmark never rewrites the working tree; venv creation is excluded."
        )
    add("")

    # where the time goes, for misses
    missed = [t for t in targets if t.passed is False]
    if missed:
        add("## Where the time goes (missed targets)")
        add("")
        for section in _profiles(results, missed):
            add(section)
        add("")

    add("## Machine and run")
    add("")
    for key, value in results["machine"].items():
        add(f"- {key}: {value}")
    add(f"- Load average (1, 5, 15 min) before / after: {results['load_before']} / {results['load_after']}")
    add(f"- Run: {results['started']}, {results['duration_s']:.0f} s; command: `nox -s bench`")
    add("")
    return "\n".join(out)


def _codec_table(add: Any, size: str, ours: dict[str, Any], sdk: dict[str, Any], settings: dict[str, Any]) -> None:
    add(f"### {size.capitalize()} Call ({_num(ours.get('bytes'))} bytes of compact JSON)")
    add("")
    if "error" in ours:
        add(f"vapi_client: could not run ({ours['error']})")
        add("")
        return
    loads, dumps = ours["json.loads"], ours["json.dumps"]
    sdk_parse, sdk_ser = sdk.get("parse"), sdk.get("serialise")
    add("| operation | vapi_client µs | x json floor | vapi-server-sdk µs | SDK / ours |")
    add("| --- | ---: | ---: | ---: | ---: |")
    add(f"| `json.loads` (floor) | {_num(loads)} | 1.00x | | |")
    add(
        f"| parse: `Call.from_dict(doc)` | {_num(ours['from_dict'])} | {_x(ours['from_dict'] / loads)} "
        f"| {_num(sdk_parse)} | {_x(_ratio(sdk_parse, ours['from_dict']))} |"
    )
    both = ours["loads+from_dict"]
    add(f"| from bytes: `Call.from_dict(json.loads(raw))` | {_num(both)} | {_x(both / loads)} | | |")
    add(f"| `json.dumps` (floor) | {_num(dumps)} | 1.00x | | |")
    add(
        f"| serialise: `call.to_dict()` | {_num(ours['to_dict'])} | {_x(ours['to_dict'] / dumps)} "
        f"| {_num(sdk_ser)} | {_x(_ratio(sdk_ser, ours['to_dict']))} |"
    )
    add("")
    add(
        f"vapi_client: `to_dict()` gives back the document exactly: {ours['exact_round_trip']}; "
        f"validation issues on parse: {ours['validation_issues']}."
    )
    if "error" in sdk:
        add(f"vapi-server-sdk: could not run ({sdk['error']})")
        add("")
        return
    notes = [f"its first parse took {_num(sdk.get('first_parse', 0) / 1e3)} ms"]
    if sdk.get("serialise_out_of_the_box") != "ok":
        notes.append(
            f"its serialise fails out of the box (`{sdk['serialise_out_of_the_box']}`): the figure is after "
            f"rebuilding its incomplete pydantic models once ({_num(sdk.get('rebuild_us', 0) / 1e3)} ms)"
        )
    diffs = sdk.get("differences_after_round_trip", [])
    notes.append(f"its parse + serialise changes the document in {len(diffs)} places")
    add(f"vapi-server-sdk: {'; '.join(notes)}{', e.g.:' if diffs else '.'}")
    if diffs:
        add("")
        for line in diffs[:5]:
            add(f"- `{line}`")
    add("")


def _profiles(results: dict[str, Any], missed: list[Target]) -> list[str]:
    out: list[str] = []
    names = " ".join(t.name for t in missed)
    profiles = results.get("profiles", {})
    if "cold start" in names and profiles.get("import_steps"):
        out.append(
            "Cold start, step by step in one fresh interpreter (each step pays only for what is not yet imported):"
        )
        out.append("")
        out.append("| step | ms | RSS MB |")
        out.append("| --- | ---: | ---: |")
        for row in profiles["import_steps"]:
            out.append(f"| `{row['statement']}` | {row['ms']:.1f} | {row['mb']:+.1f} |")
        out.append("")
    if "cold start" in names and profiles.get("import_by_package"):
        out.append("Own import time per package (`python -X importtime`, VapiClient scenario):")
        out.append("")
        out.append("| package | own ms |")
        out.append("| --- | ---: |")
        for row in profiles["import_by_package"]:
            out.append(f"| {row['package']} | {row['own_us'] / 1e3:.1f} |")
        out.append("")
        out.append("Slowest single modules:")
        out.append("")
        out.append("| module | own ms | with imports ms |")
        out.append("| --- | ---: | ---: |")
        for row in profiles["import_modules"]:
            out.append(f"| {row['module']} | {row['own_us'] / 1e3:.1f} | {row['cum_us'] / 1e3:.1f} |")
        out.append("")
    sources = [
        (
            "from_dict",
            "Call.from_dict (large Call)",
            results["codec"]["ours"].get("large", {}).get("profile_from_dict"),
        ),
        ("to_dict", "Call.to_dict (large Call)", results["codec"]["ours"].get("large", {}).get("profile_to_dict")),
        ("GET /call", "VapiClient.calls.get (large Call)", results["requests"]["large"]["ours"].get("profile")),
    ]
    for key, title, rows in sources:
        if key in names and rows:
            out.append(f"{title}, functions by own CPU time (cProfile, µs per call; profiling inflates them):")
            out.append("")
            out.append("| function | own µs | with callees µs | calls |")
            out.append("| --- | ---: | ---: | ---: |")
            for row in rows:
                out.append(f"| `{row['where']}` | {row['own_us']:,.1f} | {row['cum_us']:,.1f} | {row['calls']:,.0f} |")
            out.append("")
    return out


def write(path: Path, text: str) -> None:
    """Write the results, keeping hand-written notes below NOTES_MARKER from the previous file."""
    notes = ""
    if path.exists():
        previous = path.read_text(encoding="utf-8")
        if NOTES_MARKER in previous:
            notes = previous.split(NOTES_MARKER, 1)[1]
    path.write_text(f"{text}\n{NOTES_MARKER}{notes or chr(10)}", encoding="utf-8")
