"""The spec is data, never code (issue 25, finding 1): a hostile upstream document goes through update-spec,
generate, import and mypy without anything it holds running, or is refused with one clear line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from vapi_spec import safety

from tests import _codegen
from tests.spec._generator import ROOT, SPEC_DIR


def payload(sentinel: Path) -> str:
    """Python that would create `sentinel` if it ever ran."""
    return f"__import__('pathlib').Path({str(sentinel)!r}).touch()"


def escapes(sentinel: Path) -> list[str]:
    """Text that ends a docstring or a string literal (each quoting style) and then runs the payload."""
    code = payload(sentinel)
    return [
        f'x"""\n{code}\n"""',
        f"x'''\n{code}\n'''",
        f'x"); {code}; ("',
        f"x'); {code}; ('",
        f'x\\"""\n{code}\n#',
        f'"""\\\n{code}\n"""',
        f"{{{code}}} %}} {{{{ {code} }}}} \x00 \u2028 \u202e end\\",
        'ends with a quote"',
    ]


def hostile_document(sentinel: Path) -> dict[str, Any]:
    """A small document with code in descriptions, summaries, names, examples and enum values (several named alike
    by the generator), body fields named like the client's own keywords and like the methods of every model, and a
    `$ref` that needs its `~1` escape decoded."""
    texts = escapes(sentinel)
    text = "\n".join(texts)
    fields: dict[str, Any] = {
        name: {"type": "string", "description": texts[index % len(texts)], "example": texts[index % len(texts)]}
        for index, name in enumerate(
            ["to", "timeout", "maxRetries", "extraHeaders", "body", "id", "validate", "to_dict"]
        )
    }
    fields[texts[2]] = {"type": "string", "description": text}  # a property name that is code
    fields["kind"] = {"type": "string", "enum": texts, "description": text, "default": texts[0]}
    fields["count"] = {"type": "integer", "minimum": 0, "description": text, "examples": texts}
    return {
        "openapi": "3.0.0",
        "info": {"title": text, "description": text, "version": "1"},
        "tags": [{"name": "Calls", "description": text}],
        "paths": {
            "/call": {
                "post": {
                    "operationId": "createCall",
                    "tags": ["Calls"],
                    "summary": text,
                    "description": text,
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateCallDTO"}}},
                    },
                    "responses": {
                        "201": {
                            "description": text,
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Call"}}},
                        }
                    },
                },
            },
            "/call/{id}": {
                "get": {
                    "operationId": "getCall",
                    "tags": ["Calls"],
                    "summary": texts[0],
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "description": text,
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": text,
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Call"}}},
                        }
                    },
                },
                "delete": {
                    "operationId": "deleteCall",
                    "tags": ["Calls"],
                    "summary": texts[1],
                    # a JSON pointer with its escapes: `~1` is `/`
                    "parameters": [{"$ref": "#/paths/~1call~1{id}/get/parameters/0"}],
                    "responses": {"200": {"description": text}},
                },
            },
        },
        "components": {
            "schemas": {
                "CreateCallDTO": {"type": "object", "description": text, "properties": fields},
                # a discriminated union whose tags are code
                "Destination": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/NumberDestination"},
                        {"$ref": "#/components/schemas/SipDestination"},
                    ],
                    "discriminator": {
                        "propertyName": "type",
                        "mapping": {
                            texts[3]: "#/components/schemas/NumberDestination",
                            texts[2]: "#/components/schemas/SipDestination",
                        },
                    },
                },
                **{
                    name: {
                        "type": "object",
                        "description": text,
                        "required": ["type"],
                        "properties": {"type": {"type": "string", "enum": [tag]}, "number": {"type": "string"}},
                    }
                    for name, tag in (("NumberDestination", texts[3]), ("SipDestination", texts[2]))
                },
                "Call": {
                    "type": "object",
                    "description": text,
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string", "description": text},
                        "destination": {"$ref": "#/components/schemas/Destination"},
                        **fields,
                    },
                },
            }
        },
    }


def make_checkout(root: Path) -> Path:
    """A spec/ folder that selects `/call` and `/call/*`, with the project's rules and no fixes or lock."""
    spec = root / "spec"
    spec.mkdir(parents=True)
    shutil.copyfile(SPEC_DIR / "rules.yaml", spec / "rules.yaml")
    (spec / "selection.yaml").write_text("paths: [/call, /call/*]\nschemas: []\noperations: {}\n", encoding="utf-8")
    (spec / "overlay.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: none, version: 1.0.0}\nactions: []\n", encoding="utf-8"
    )
    return root


def run_update(root: Path, document: Path) -> subprocess.CompletedProcess[str]:
    """`python -m vapi_spec.update DOCUMENT` on the checkout at `root` (its spec/ and openapi.yaml)."""
    code = (
        "import sys; from pathlib import Path; from vapi_spec import update; "
        "update.update(Path(sys.argv[1]), label='hostile', strict=False, root=Path(sys.argv[2]))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(document), str(root)], capture_output=True, text=True, timeout=120
    )


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("update-spec: refused:")
    for word in words:
        assert word in lines[0]


def test_a_hostile_document_is_data_through_update_generate_import_and_mypy(tmp_path: Path) -> None:
    codegen = _codegen.codegen_python()
    sentinel = tmp_path / "SENTINEL-the-spec-ran-code"
    root = make_checkout(tmp_path / "checkout")
    document = tmp_path / "hostile.json"
    document.write_text(json.dumps(hostile_document(sentinel)), encoding="utf-8")

    updated = run_update(root, document)
    assert updated.returncode == 0, updated.stderr[-3000:]
    # The collisions with the client's own keywords are renamed by the rule, and reported.
    report = json.loads((root / "spec" / "changes.json").read_text(encoding="utf-8"))["reports"]
    renamed = {(e["operation"], e["name"], e["keyword"]) for r in report.values() for e in r["renamed_keywords"]}
    assert {("POST /call", "to", "to_"), ("POST /call", "maxRetries", "max_retries_")} <= renamed
    assert ("POST /call", "validate", "validate_") in renamed
    # Properties named like a method of every model (`Model.validate`) are attributes of their own.
    attributes = {(e["schema"], e["name"], e["attribute"]) for r in report.values() for e in r["renamed_attributes"]}
    assert attributes == {
        (schema, name, name + "_") for schema in ("Call", "CreateCallDTO") for name in ("validate", "to_dict")
    }
    changes = (root / "spec" / "CHANGES.md").read_text(encoding="utf-8")
    assert "Renamed keywords" in changes and "Renamed attributes" in changes
    assert "the keyword `timeout_`" in updated.stderr and "the attribute `to_dict_`" in updated.stderr

    package = tmp_path / "site" / "vapi_client"
    generated = run_generate(codegen, root, package)
    assert generated.returncode == 0, (generated.stdout + generated.stderr)[-3000:]
    assert not sentinel.exists()
    # generate names its renames too (run alone, with no report at hand)
    assert "'to_dict' is the attribute `to_dict_`" in generated.stderr
    assert "'maxRetries' is the keyword `max_retries_`" in generated.stderr

    # Import every module, send the renamed keywords where they belong, round-trip a body with the renamed
    # attributes, and find every enum value a member (none lost to a member named like another).
    check = """
import importlib, json, pkgutil, sys, vapi_client
from vapi_client import models
for module in pkgutil.walk_packages(vapi_client.__path__, "vapi_client."):
    if "_cli" not in module.name:
        importlib.import_module(module.name)
for name in models.__all__:
    getattr(models, name)
from vapi_client._operations import _request
own = dict(self=None, body=None, timeout=None, max_retries=None, extra_headers=None, validate=None)
fields = dict(to_="a", timeout_="b", max_retries_="d", extra_headers_="e", body_="f", id="g", validate_="h",
              to_dict_="i")
operation, _ = _request.build("calls.create", {**own, **fields})
body = operation.kwargs["json"]
assert body == {"to": "a", "timeout": "b", "maxRetries": "d", "extraHeaders": "e",
                "body": "f", "id": "g", "validate": "h", "to_dict": "i"}, body
call = models.Call.from_dict({**body, "x": 1}, strict=False)
assert call.to_dict() == {**body, "x": 1}, call.to_dict()
assert (call.validate_, call.to_dict_) == ("h", "i")
call.validate()  # still the method
assert models.CreateCallDTO(validate_="h").to_dict() == {"validate": "h"}
values = json.loads(sys.argv[1])
assert [member.value for member in models.Kind.__members__.values()] == values, list(models.Kind.__members__)
del own["body"]
operation, _ = _request.build("calls.delete", {**own, "id": "abc"})
assert operation.kwargs["url"] == "/call/abc", operation.kwargs["url"]
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": str(package.parent), "PYTHONDONTWRITEBYTECODE": "1"}
    kind = json.dumps(escapes(sentinel))
    imported = subprocess.run(
        [sys.executable, "-c", check, kind], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert imported.stdout.strip() == "ok", imported.stderr[-3000:]
    assert not sentinel.exists()

    typed = run_mypy(tmp_path, package)
    assert typed.returncode == 0, typed.stdout[-3000:]
    assert not sentinel.exists()


def test_a_document_without_discriminated_unions_generates_a_package_that_type_checks(tmp_path: Path) -> None:
    codegen = _codegen.codegen_python()
    document = hostile_document(tmp_path / "SENTINEL")
    schemas = document["components"]["schemas"]
    for name in ("Destination", "NumberDestination", "SipDestination"):
        del schemas[name]
    del schemas["Call"]["properties"]["destination"]
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    root = make_checkout(tmp_path / "checkout")
    assert run_update(root, path).returncode == 0
    package = tmp_path / "site" / "vapi_client"
    generated = run_generate(codegen, root, package)
    assert generated.returncode == 0, (generated.stdout + generated.stderr)[-3000:]
    env = {**os.environ, "PYTHONPATH": str(package.parent), "PYTHONDONTWRITEBYTECODE": "1"}
    check = "from vapi_client.models import unions, unknown_variants, Call; print(unions.__all__, Call.__name__)"
    imported = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert imported.stdout.strip() == "[] Call", imported.stderr[-3000:]
    typed = run_mypy(tmp_path, package)
    assert typed.returncode == 0, typed.stdout[-3000:]


def run_generate(codegen: str, root: Path, package: Path) -> subprocess.CompletedProcess[str]:
    """`python -m vapi_codegen` on the checkout's openapi.yaml, the whole package written to `package`."""
    return subprocess.run(
        [codegen, "-m", "vapi_codegen", "--spec", str(root / "openapi.yaml"), "--vendor", str(package)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def run_mypy(cwd: Path, package: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict on the generated half of `package`: the hand-written one (its CLI, its webhooks) expects the
    real Calls API."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent"]
        + ["-m", "vapi_client._resources", "-m", "vapi_client._spec", "-p", "vapi_client.models"],
        cwd=cwd,
        env={**os.environ, "MYPYPATH": str(package.parent), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )


INJECTED_PATH = '/call/x"""\n__import__("os").system("touch SENTINEL")\n"""'


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (lambda doc: doc["paths"].update({INJECTED_PATH: doc["paths"]["/call"]}), ["path", "/call/x"]),
        (lambda doc: doc["paths"].update({"/call/{id}\n": {}}), ["not an OpenAPI path"]),
        (lambda doc: doc["components"]["schemas"].update({'A"B': {}}), ["component name"]),
        (lambda doc: doc["components"]["schemas"]["Call"]["properties"].update({"a\nb": {}}), ["control character"]),
        (lambda doc: doc["paths"]["/call"]["post"].update({"x": {"$ref": "https://evil/x.json"}}), ["reference"]),
    ],
    ids=["code-in-a-path", "newline-in-a-path", "quote-in-a-component", "newline-in-a-name", "remote-ref"],
)
def test_names_and_paths_openapi_does_not_allow_are_refused_in_one_line(
    tmp_path: Path, mutate: Any, words: list[str]
) -> None:
    document = hostile_document(tmp_path / "SENTINEL")
    mutate(document)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    root = make_checkout(tmp_path / "checkout")
    result = run_update(root, path)
    assert_one_line_refusal(result, *words)
    assert not (root / "openapi.yaml").exists()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"paths": {}, "components": {}, "x": ' + "[" * 3000 + "]" * 3000 + "}", ["nested more than 100"]),
        ('{"paths": {}, "components": {}, "x": ' + "[" * 150 + "]" * 150 + "}", ["nested more than 100"]),
        ('{"paths": {}, "components": {}, "x": NaN}', ["NaN is not JSON"]),
        ('{"paths": {}, "components": {}, "x": 1e999}', ["does not fit a float"]),
    ],
    ids=["3000-levels", "150-levels", "nan", "overflow"],
)
def test_a_document_too_deep_or_not_json_is_refused_in_one_line(tmp_path: Path, text: str, words: list[str]) -> None:
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    root = make_checkout(tmp_path / "checkout")
    result = run_update(root, path)
    assert_one_line_refusal(result, *words)


def test_the_committed_upstream_passes_the_checks() -> None:
    data = (SPEC_DIR / "upstream.json").read_bytes()
    safety.check_document(safety.parse(data, "upstream.json"), "upstream.json")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            ["to", "timeout", "validate", "max_retries", "extra_headers"],
            ["to_", "timeout_", "validate_", "max_retries_", "extra_headers_"],
        ),
        (["id", "to_", "to"], ["id", "to_", "to__"]),  # `to_` is taken by the field of that name
        (["self", "body", "page_size", "request_id", "name"], ["self_", "body_", "page_size_", "request_id_", "name"]),
        (["class", "id"], ["class_", "id"]),
    ],
)
def test_the_keyword_rule(names: list[str], expected: list[str]) -> None:
    assert list(safety.keyword_names(names).values()) == expected


def test_json_pointer_escapes_are_decoded() -> None:
    document = {"paths": {"/call/{id}": {"get": {"a~b": 1}}}}
    assert safety.resolve(document, "#/paths/~1call~1{id}/get/a~0b") == 1
    assert safety.resolve(document, "#/paths/%7E1call~1%7Bid%7D/get/a~0b") == 1
    with pytest.raises(safety.UnsafeSpecError, match="points at nothing"):
        safety.resolve(document, "#/paths/~1call/get")


def test_every_member_of_a_model_is_in_the_attribute_rule() -> None:
    """`safety.MODEL_MEMBERS` is what a generated model has besides its fields: the base class's methods and
    properties, and the attrs field for extras."""
    from vapi_client._codec._model import Model
    from vapi_client.models import Call

    fields = {attribute for _json, attribute in Call._json_fields}
    assert {name for name in dir(Model) if not name.startswith("_")} <= safety.MODEL_MEMBERS
    assert {name for name in dir(Call) if not name.startswith("_")} - fields == safety.MODEL_MEMBERS


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["validate", "to_dict", "id"], ["validate_", "to_dict_", "id"]),
        (["validate", "validate_"], ["validate__", "validate_"]),  # `validate_` is taken by the field of that name
        (["additional_properties", "from_dict", "validation_issues", "additional_keys", "timeout"],
         ["additional_properties_", "from_dict_", "validation_issues_", "additional_keys_", "timeout"]),
    ],
)  # fmt: skip
def test_the_attribute_rule(names: list[str], expected: list[str]) -> None:
    assert list(safety.attribute_names(names).values()) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["a", "b c"], None),  # named as openapi-python-client names them
        (["x'); 1", 'x"); 1', "x'''\n 1"], ["X_1", "VALUE_1", "VALUE_2"]),
        (["a!", "a?", "value_1"], ["A", "VALUE_1_2", "VALUE_1"]),  # `VALUE_1` is a value's own name
    ],
)
def test_enum_values_named_alike_keep_a_member_each(values: list[str], expected: list[str] | None) -> None:
    from vapi_codegen import generate

    assert generate.enum_member_names(values) == expected
