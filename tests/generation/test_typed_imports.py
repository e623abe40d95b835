"""What a `mypy --strict` service sees: the public modules load names lazily at run time, but type checkers see
every name declared (a misspelled or removed name is an error, never `Any`), and `UNSET` narrows with `is`."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
import vapi_client
import vapi_client.models
import vapi_client.types

from tests import _mypy

ROOT = Path(__file__).resolve().parents[2]
PUBLIC = (vapi_client, vapi_client.models, vapi_client.types)

WRONG_NAMES = """\
import vapi_client.models
from vapi_client import VapiClinet
from vapi_client.models import NoSuchModel
from vapi_client.types import Nope
print(vapi_client.models.Calll)
print(vapi_client.CallCreationUncertain)
"""

NARROWING = """\
import datetime

from vapi_client import UNSET, Unset
from vapi_client.models import Call, CallEndedReason


def ended(call: Call) -> str:
    if call.ended_reason is not UNSET:
        reveal_type(call.ended_reason)
        return call.ended_reason
    return "still running"


def message(call: Call) -> str:
    if call.ended_message is UNSET:
        reveal_type(call.ended_message)
        return ""
    reveal_type(call.ended_message)
    return call.ended_message.upper()


def keep(reason: CallEndedReason | Unset = UNSET) -> Call:
    now = datetime.datetime.now(datetime.UTC)
    return Call(id="c", org_id="o", created_at=now, updated_at=now, ended_reason=reason, name=UNSET)
"""

EVOLVE = """\
import attrs

from vapi_client.models import Call


def renamed(call: Call) -> Call:
    return attrs.evolve(call, name="renamed", additional_properties={"x-trace": 1, **call.additional_properties})
"""


def every_public_name() -> str:
    lines = [f"import {module.__name__}" for module in PUBLIC]
    for module in PUBLIC:
        names = sorted(set(module.__all__))
        lines.append(f"from {module.__name__} import {', '.join(names)}")
        # The attribute form too: `vapi_client.models.Call`, typed like the import.
        lines.extend(f"print({module.__name__}.{name})" for name in names)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One mypy run over every snippet (it is the slow part); its messages by file name."""
    folder = tmp_path_factory.mktemp("typed_imports")
    snippets = {
        "wrong_names.py": WRONG_NAMES,
        "narrowing.py": NARROWING,
        "every_name.py": every_public_name(),
        "evolve.py": EVOLVE,
    }
    checked = _mypy.check(folder, snippets)
    assert checked.returncode in (0, 1), checked.stdout + checked.stderr  # 1: the wrong names, as intended
    return _mypy.messages_by_file(checked, snippets)


def test_a_misspelled_or_removed_name_is_a_mypy_error(mypy_output: dict[str, list[str]]) -> None:
    errors = {int(line.split(":")[0]) for line in mypy_output["wrong_names.py"] if " error: " in line}
    assert errors == {2, 3, 4, 5, 6}, mypy_output["wrong_names.py"]


def test_every_public_name_type_checks(mypy_output: dict[str, list[str]]) -> None:
    assert mypy_output["every_name.py"] == []


def test_evolve_takes_the_extras_typed(mypy_output: dict[str, list[str]]) -> None:
    assert mypy_output["evolve.py"] == []


def test_unset_narrows_with_is(mypy_output: dict[str, list[str]]) -> None:
    messages = mypy_output["narrowing.py"]
    assert not [line for line in messages if " error: " in line], messages
    revealed = [re.sub(r"^\d+: note: Revealed type is ", "", line) for line in messages]  # in source order
    # The enum or one of its values as a string literal (a field takes both), never Unset once narrowed.
    assert revealed[0].startswith('"vapi_client.models.call_ended_reason.CallEndedReason | Literal[')
    assert "Unset" not in revealed[0]
    assert revealed[1:] == ['"Literal[vapi_client.types.Unset.UNSET]"', '"str"']


def test_lazy_names_still_load_on_first_use() -> None:
    for module in PUBLIC:
        for name in module.__all__:
            assert getattr(module, name) is not None or name == "UNSET"
        with pytest.raises(AttributeError, match="NoSuchName"):
            getattr(module, "NoSuchName")  # noqa: B009 (the point is the run-time lookup)


def test_unset_reads_well() -> None:
    import copy
    import pickle

    from vapi_client import UNSET, Unset

    assert repr(UNSET) == str(UNSET) == "UNSET"
    assert bool(UNSET) is False
    assert copy.copy(UNSET) is copy.deepcopy(UNSET) is pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert list(Unset) == [UNSET]
    signature = str(inspect.signature(vapi_client.models.Call))
    assert "ended_reason: 'CallEndedReason | _CallEndedReasonValues | Unset' = UNSET" in signature
    assert " at 0x" not in signature
