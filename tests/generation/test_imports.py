"""Golden (c): every module of the package imports, exports what it lists, and models load lazily."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys

import pytest
import vapi_client

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(vapi_client.__path__, prefix="vapi_client.", onerror=lambda name: None)
)


def test_the_walk_finds_the_package() -> None:
    assert {
        "vapi_client.models",
        "vapi_client._resources",
        "vapi_client.models.call",
        "vapi_client._codec._generic",
    } <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_imports(name: str) -> None:
    importlib.import_module(name)


@pytest.mark.parametrize("name", MODULES)
def test_every_name_in_all_exists(name: str) -> None:
    module = importlib.import_module(name)
    missing = [item for item in getattr(module, "__all__", ()) if not hasattr(module, item)]
    assert not missing, f"{name}.__all__ lists names it does not define: {missing}"


def _modules_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nprint(__import__('json').dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def _leaf_model_modules() -> set[str]:
    """Modules of every union variant and every enum: the bulk of the models."""
    from vapi_client import models
    from vapi_client._spec import ENUMS, UNIONS

    names = set(ENUMS) | {variant for table in UNIONS.values() for variant in table["mapping"].values()}
    return {getattr(models, name).__module__ for name in names}


def test_importing_the_package_loads_no_model_and_no_httpx() -> None:
    # Cold start: the root imports its exceptions; models, the client and httpx load on first use.
    loaded = set(_modules_after("import vapi_client"))
    eager = sorted(name for name in loaded if name.startswith("vapi_client.models") or name == "httpx")
    assert not eager, f"`import vapi_client` loads {eager}"


def test_the_client_loads_no_variant_or_enum_model() -> None:
    # The client names Call and the request DTOs; the variants and enums below them load on first use.
    loaded = set(_modules_after("from vapi_client import VapiClient"))
    eager = sorted(loaded & _leaf_model_modules())
    assert not eager, f"the client loads {len(eager)} leaf model modules: {eager[:5]}..."


def test_using_one_model_loads_only_that_model() -> None:
    baseline = set(_modules_after("import vapi_client"))
    loaded = set(
        _modules_after(
            "from vapi_client.models import ErrorResponse\nErrorResponse.from_dict({'message': 'x', 'statusCode': 400})"
        )
    )
    assert {name for name in loaded - baseline if name.startswith("vapi_client.models.")} <= {
        "vapi_client.models.error_response"
    }


def test_parsing_a_call_does_not_load_every_model() -> None:
    loaded = set(
        _modules_after(
            "from vapi_client.models import Call\n"
            "Call.from_dict({'id': 'c', 'orgId': 'o', 'createdAt': '2024-05-20T14:03:11.512Z',"
            " 'updatedAt': '2024-05-20T14:03:11.512Z', 'assistant': {'voice': {'provider': 'azure', 'voiceId': 'emma'}}})"
        )
    )
    assert "vapi_client.models.azure_voice" in loaded
    assert "vapi_client.models.rime_ai_voice_id" not in loaded


def test_unknown_variant_classes_are_reachable_by_name() -> None:
    from vapi_client import models
    from vapi_client._spec import UNIONS

    for family in UNIONS:
        assert getattr(models, f"Unknown{family}").__name__ == f"Unknown{family}"
    with pytest.raises(AttributeError):
        models.UnknownNoSuchFamily  # noqa: B018
