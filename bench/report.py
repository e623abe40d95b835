"""Targets, the printed table and bench/RESULTS.md, from the figures `python -m bench` gathered."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cold_start import ColdStart
from .generate_time import GenerateTime
from .timing import CALL_TITLES

NOTES_MARKER = "<!-- Notes below this line are written by hand and kept when `nox -s bench` rewrites this file. -->"

# The targets of issue 6.
FROM_DICT_MAX_X_LOADS = 4.0
TO_DICT_MAX_X_DUMPS = 2.0
COLD_MAX_MS = 150.0
COLD_MAX_MB = 15.0
# Issue 20: `client.calls.get(id)` against its floor, raw httpx + `Call.from_dict(resp.json())`, same run.
REQUEST_MAX_X_FLOOR = 1.10
# Issue 12, on the fully populated 2026-08 Call; issue 11, the spec pipeline.
# Issue 20: from_dict / to_dict against the json floor on the current-era and the 2026-08 Call.
CODEC_LIMITS = {
    "current": (1.3, 0.8),
    "2026-08": (2.5, 0.8),
    "large": (FROM_DICT_MAX_X_LOADS, TO_DICT_MAX_X_DUMPS),
}
CODEC_LIMITS["small"] = CODEC_LIMITS["large"]
# Issue 20: a Calls user's cold start above bare Python against httpx's own; what the first parse builds;
# the whole document's build against the Calls selection's.
CALLS_USER_MAX_X_HTTPX = 1.5
CALLS_USER_MAX_MB_OVER_HTTPX = 5.0
FIRST_PARSE_MAX_CLASSES = 50
WHOLE_DOCUMENT_COLD_MAX_X = 1.1
GENERATE_MAX_S = 10.0
WHOLE_DOCUMENT_MAX_S = 60.0


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
    for size, (loads_limit, dumps_limit) in CODEC_LIMITS.items():
        ours = codec_ours.get(size, {})
        name = f"{CALL_TITLES[size]}: Call.from_dict vs json.loads"
        targets.append(_ratio_target(name, ours.get("from_dict"), ours.get("json.loads"), loads_limit))
        name = f"{CALL_TITLES[size]}: Call.to_dict vs json.dumps"
        targets.append(_ratio_target(name, ours.get("to_dict"), ours.get("json.dumps"), dumps_limit))
    cold: list[ColdStart] = results["cold"]["rows"]
    targets += _issue_20(results, cold)
    from .cold_start import CALLS_USER

    for row in cold:
        if row.library != "ours" or row.label == CALLS_USER:  # that one has issue 20's target, against httpx
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
        name = f"GET /call/{{id}} ({CALL_TITLES[size]}): VapiClient vs raw httpx + Call.from_dict"
        target = _ratio_target(name, timings.get("ours"), timings.get("httpx_model"), REQUEST_MAX_X_FLOOR)
        cpu_ratio = _ratio(cpu.get("ours"), cpu.get("httpx_model"))
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
    for size in CALL_TITLES:
        ours, sdk = codec_ours.get(size, {}), codec_sdk.get(size, {})
        request = results["requests"].get(size, {"ours": {}, "sdk": {}})
        pairs += [
            (f"parse ({CALL_TITLES[size]})", ours.get("from_dict"), sdk.get("parse"), "µs"),
            (f"serialise ({CALL_TITLES[size]})", ours.get("to_dict"), sdk.get("serialise"), "µs"),
            (
                f"per request ({CALL_TITLES[size]})",
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
    # The spec pipeline (issue 11): wall clock, as a person waits for it.
    gen: GenerateTime = results["generate"]
    targets.append(
        Target(
            "generate.py on the 2026-08 selection",
            "n/a" if gen.wall_s is None else f"{gen.wall_s:.1f} s",
            f"< {GENERATE_MAX_S:.0f} s",
            None if gen.wall_s is None else gen.wall_s < GENERATE_MAX_S,
        )
    )
    whole = results.get("spec_pipeline", {}).get("whole", {})
    total = _whole_total(whole)
    clean = bool(whole.get("generate_ok")) and not whole.get("make_warnings") and not whole.get("failed")
    targets.append(
        Target(
            "update-spec + generate, whole 2026-08 document, no warnings",
            "n/a" if total is None else f"{total:.1f} s, " + ("clean" if clean else "not clean (see 4c)"),
            f"< {WHOLE_DOCUMENT_MAX_S:.0f} s, no warnings",
            None if total is None else total < WHOLE_DOCUMENT_MAX_S and clean,
        )
    )
    return targets


def _issue_20(results: dict[str, Any], cold: list[ColdStart]) -> list[Target]:
    """Cold start and first parse as ratios to floors measured in the same run."""
    from .cold_start import CALLS_USER

    targets = []
    httpx_row = next((row for row in cold if row.library == "reference"), None)
    user = next((row for row in cold if row.label == CALLS_USER), None)
    ratio = _ratio(user.wall_ms if user else None, httpx_row.wall_ms if httpx_row else None)
    cpu_ratio = _ratio(user.cpu_ms if user else None, httpx_row.cpu_ms if httpx_row else None)
    extra_mb = (
        None
        if not (user and httpx_row and user.rss_mb is not None and httpx_row.rss_mb is not None)
        else (user.rss_mb - httpx_row.rss_mb)
    )
    measured = "n/a" if ratio is None else f"{_x(ratio)} (CPU {_x(cpu_ratio)}), {extra_mb:+.1f} MB"
    targets.append(
        Target(
            f"cold start ({CALLS_USER}) above bare Python vs `import httpx; httpx.Client()`",
            measured,
            f"<= {CALLS_USER_MAX_X_HTTPX}x, <= +{CALLS_USER_MAX_MB_OVER_HTTPX:.0f} MB",
            None
            if ratio is None or extra_mb is None
            else ratio <= CALLS_USER_MAX_X_HTTPX and extra_mb <= CALLS_USER_MAX_MB_OVER_HTTPX,
        )
    )
    first = results["codec"]["ours"].get("current", {}).get("first_parse", {})
    classes = first.get("attrs_classes")
    targets.append(
        Target(
            f"first Call.from_dict of the {CALL_TITLES['current']}: attrs classes built",
            "n/a"
            if classes is None
            else f"{classes} classes, {first.get('model_modules')} model modules, "
            f"{first['ms']:.0f} ms; {first.get('attrs_classes_client')} on the client path",
            f"<= {FIRST_PARSE_MAX_CLASSES}",
            None if classes is None else classes <= FIRST_PARSE_MAX_CLASSES and first.get("attrs_classes_client") == 0,
        )
    )
    whole = results.get("spec_pipeline", {}).get("whole", {}).get("calls_user_cold_start", {})
    selection, widened = whole.get("selection") or {}, whole.get("whole") or {}
    ratio = _ratio(widened.get("wall_ms"), selection.get("wall_ms"))
    targets.append(
        Target(
            "cold start of a Calls user, whole-document build vs the Calls selection",
            "n/a"
            if ratio is None
            else f"{_x(ratio)} (+{widened['wall_ms']:.0f} vs +{selection['wall_ms']:.0f} ms above bare Python)",
            f"<= {WHOLE_DOCUMENT_COLD_MAX_X}x",
            None if ratio is None else ratio <= WHOLE_DOCUMENT_COLD_MAX_X,
        )
    )
    return targets


def _whole_total(whole: dict[str, Any]) -> float | None:
    if "make_s" not in whole or "generate_s" not in whole:
        return None
    total: float = whole["make_s"] + whole["generate_s"]
    return total


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
    add("`bench/data/call-2026-08.json`: a Call of the 2026-08 API with every discriminated union reachable from")
    add("`Call` populated at least once (`vapi_client._spec.UNIONS`): costs of all 8 types, an inline assistant")
    add("(transcriber and voice with fallback plans, model with tools and knowledge base, credentials, hooks, plans),")
    add("`assistantOverrides` appending 4 tools, a 3-member squad, a workflow, the phone number, destination and")
    add("transport, a 13-message conversation and its artifact. It is valid in strict mode.")
    add("")
    add(
        "`bench/data/call-current.json`: the seed-era small Call as the 2026-08 API returns it (`analysis.structuredData`"
    )
    add(
        "an object, the tool-call message with its `message`), valid in strict mode: a Call placed with a saved assistant."
    )
    add("")
    add("`bench/data/call-large.json` and `call-small.json` are seed-era (May 2024) Calls, kept so figures compare")
    add("with earlier runs: the 2026-08 models parse them leniently (the API has changed under them, see the")
    add("validation issues) and give them back exactly.")
    add("")
    ours_all, sdk_all = results["codec"]["ours"], results["codec"]["sdk"]
    for size in CALL_TITLES:
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
    add("`bench/call_server.py` answers with a fixed Call from a pre-encoded keep-alive response: each Call above.")
    add("")
    sizes = results["requests"]
    add("x floor: the time per request over that of raw httpx + `Call.from_dict`, measured in the same run.")
    add("")
    header = " | ".join(f"{CALL_TITLES[size]} µs | x httpx | x floor | client CPU µs" for size in sizes)
    add(f"| client | {header} |")
    add("| --- |" + " ---: | ---: | ---: | ---: |" * len(sizes))
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
            floor_us = measured["ours"].get("us_per_request", {}).get("httpx_model")
            if key in timings:
                ratios = f"{_x(_ratio(timings[key], httpx_us))} | {_x(_ratio(timings[key], floor_us))}"
                cells.append(f"{_num(timings[key])} | {ratios} | {_num(cpu.get(key))}")
            else:
                reason = source.get("ours_error" if key == "ours" else "error", "not measured")
                cells.append(f"n/a ({reason}) | | |")
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
                f"- {CALL_TITLES[size]}: raw httpx {cpu['httpx']:,.0f} µs; `Call.from_dict` on the fresh document "
                f"{parse:+,.0f} µs; VapiClient's own machinery (request building, retry bookkeeping, response "
                f"checks) {machinery:+,.0f} µs; VapiClient / raw httpx {_x(_ratio(cpu['ours'], cpu['httpx']))}, "
                f"/ its floor {_x(_ratio(cpu['ours'], cpu['httpx_model']))}."
            )
    add("")

    # 4. the spec pipeline
    _spec_pipeline(add, results)

    # 5. calls from a queue
    _queue(add, results.get("queue", {"error": "not run"}))

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
    command = "nox -s bench -- --quick" if settings.get("quick") else "nox -s bench"
    add(f"- Run: {results['started']}, {results['duration_s']:.0f} s; command: `{command}`")
    bytecode = results.get("bytecode", {})
    if bytecode:
        was = "set on this machine, dropped for the children" if bytecode["dontwritebytecode_was_set"] else "not set"
        add(f"- Bytecode: installed packages compiled before the cold starts; PYTHONDONTWRITEBYTECODE {was}")
    add("")
    return "\n".join(out)


def _codec_table(add: Any, size: str, ours: dict[str, Any], sdk: dict[str, Any], settings: dict[str, Any]) -> None:
    add(f"### {CALL_TITLES[size][0].upper() + CALL_TITLES[size][1:]} ({_num(ours.get('bytes'))} bytes of compact JSON)")
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
    coverage = f"{ours.get('union_families', 'n/a')} of the {ours.get('union_families_reachable', 'n/a')}"
    add(
        f"vapi_client: `to_dict()` gives back the document exactly: {ours['exact_round_trip']}; "
        f"validation issues on a lenient parse: {ours['validation_issues']}; strict parse: {ours.get('strict', 'n/a')}; "
        f"union families reachable from Call present: {coverage} ({ours.get('union_variants', 'n/a')} variants)."
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


def _queue(add: Any, queue: dict[str, Any]) -> None:
    add("## 5. Calls from a Celery queue (examples/celery_calls.py)")
    add("")
    add("Celery workers (one pool process each) place one call per job against the local fault server, which")
    add("answers every create at once; the rate is taken between the first and the last POST. Lookups are the")
    add("`GET /call` a resumed job sends before creating: only a job that ran before looks (goal: 0 per job")
    add("without kills). With kills, each job is held open 0.2 s after it ends (so kills land inside jobs): that")
    add("run's rate is not a throughput figure. A killed job whose call was not made yet looks `window / interval`")
    add("+ 1 times (the test app's policy, 2 s / 0.25 s: 9 looks), each paging through its assistant's calls made")
    add("since the job was enqueued (pages of 100): most of its lookups. `python -m bench.queue_throughput`.")
    add("")
    if "error" in queue:
        add(f"`python -m bench.queue_throughput` failed: {queue['error']}")
        add("")
        return
    add(
        "| broker | run | workers | jobs ended | calls | POSTs | calls/s | kills | lookups | per job | per killed job |"
    )
    add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for broker, runs in queue.items():
        for name, row in runs.items():
            add(
                f"| {broker} | {name.replace('_', ' ')} | {row['workers']} | {row['ended']}/{row['jobs']} | "
                f"{row['calls']} | {row['posts']} | {_num(row['calls_per_second'], 1)} | {row['kills']} | "
                f"{row['lookups']} | {_num(row['lookups_per_job'], 2)} | {_num(row['lookups_per_killed_job'], 1)} |"
            )
    add("")


def _spec_pipeline(add: Any, results: dict[str, Any]) -> None:
    gen: GenerateTime = results["generate"]
    pipeline = results.get("spec_pipeline", {})
    add("## 4. The spec pipeline: update-spec and generation")
    add("")
    add("Wall clock (what a person waits for) and CPU time (the work itself: on a busy machine the wall clock also")
    add("counts other processes; CPU time of the subprocesses includes the tools they run).")
    add("")
    if "error" in pipeline:
        add(f"`python -m bench.spec_pipeline` failed: {pipeline['error']}")
        add("")
    make, cli, whole = pipeline.get("make", {}), pipeline.get("cli", {}), pipeline.get("whole", {})
    add("| step | wall s | CPU s | notes |")
    add("| --- | ---: | ---: | --- |")
    if make:
        add(
            f"| (a) `update_spec.make` on spec/upstream.json, strict (select, overlay, rules, YAML dump), in-process "
            f"| {_num(make.get('wall_s'), 1)} | {_num(make.get('cpu_s'), 1)} | {_num(make.get('upstream_bytes'))} bytes "
            f"in, {_num(make.get('spec_bytes'))} bytes of openapi.yaml out; equals the committed file: "
            f"{make.get('equals_committed')} |"
        )
    if cli:
        notes = f"error: {cli['error']}" if "error" in cli else f"openapi.yaml unchanged: {cli.get('equals_committed')}"
        add(
            "| (a) `update-spec` end to end: `update_spec.update` in a fresh interpreter on a temporary copy of spec/ "
            f"(upstream copy, openapi.yaml, change report) | {_num(cli.get('wall_s'), 1)} | {_num(cli.get('cpu_s'), 1)} "
            f"| {notes} |"
        )
    if gen.wall_s is None:
        add(f"| (b) `python -m vapi_codegen --check`, 2026-08 selection | n/a | | {gen.error} |")
    else:
        state = "generated/ up to date" if gen.up_to_date else "generated/ differed from the sources at the time"
        add(
            f"| (b) `python -m vapi_codegen --check`, 2026-08 selection (openapi-python-client, tables, overrides, ruff, "
            f"into a temporary folder) | **{gen.wall_s:.1f}** | {_num(gen.cpu_s, 1)} | median of {gen.runs}; {state} |"
        )
    if whole.get("make_s") is not None:
        add(
            f"| (c) whole document: `update_spec.update` (spec, names lock, report), selection `paths: ['*']`, non-strict "
            f"| {whole['make_s']:.1f} | {_num(whole.get('make_cpu_s'), 1)} | {whole.get('upstream_paths')} paths and "
            f"{whole.get('upstream_schemas')} schemas upstream -> {whole.get('spec_paths')} paths "
            f"({whole.get('spec_operations')} operations) and {whole.get('spec_schemas')} schemas; "
            f"{len(whole.get('make_warnings', []))} warnings |"
        )
    if whole.get("generate_s") is not None:
        if whole.get("generate_ok"):
            notes = (
                f"no generator warning; {whole.get('models')} model modules, {whole.get('endpoint_modules')} endpoint "
                f"modules, {whole.get('unions', 'n/a')} discriminated unions, {_num(whole.get('package_bytes'))} bytes"
            )
        else:
            notes = "failed: " + " / ".join(whole.get("generate_error", []))
        add(
            f"| (c) whole document: `python -m vapi_codegen --spec ... --vendor <temp>` | **{whole['generate_s']:.1f}** "
            f"| {_num(whole.get('generate_cpu_s'), 1)} | {notes} |"
        )
    if whole.get("import_all_s") is not None:
        failed = whole.get("failed", [])
        notes = f"{whole.get('modules')} modules, {len(failed)} fail to import" if "modules" in whole else "n/a"
        add(
            f"| (c) whole document: import every module of the generated package | {whole['import_all_s']:.1f} | "
            f"| {notes} |"
        )
    if "error" in whole:
        add(f"| (c) whole document | n/a | | {whole['error']} |")
    add("")
    total = _whole_total(whole)
    if total is not None:
        add(f"Whole document, update-spec build + generation: **{total:.1f} s** wall.")
        add("")
    for line in whole.get("failed", []):
        add(f"- import fails: `{line}`")
    if whole.get("failed"):
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
            "Call.from_dict (2026-08 Call)",
            results["codec"]["ours"].get("2026-08", {}).get("profile_from_dict"),
        ),
        ("to_dict", "Call.to_dict (2026-08 Call)", results["codec"]["ours"].get("2026-08", {}).get("profile_to_dict")),
        ("GET /call", "VapiClient.calls.get (2026-08 Call)", results["requests"]["2026-08"]["ours"].get("profile")),
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
