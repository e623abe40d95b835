"""Types that make additions non-breaking by construction, checked with `mypy --strict` as a service would:

- a field typed by a closed set (an enum) takes the set's values as string literals beside the enum's members, so
  a value the spec adds later never breaks a caller who passed a string (`OpenAIModel(model="gpt-4o")`);
- every `Unknown<Family>` has, typed, the fields all known members of its union share (the discriminator among
  them), so reading `tool.type_` or `message.time` type-checks whatever member a value is.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import vapi_client.models
from vapi_client._spec import ENUMS, SCHEMAS, UNIONS
from vapi_client.models import unknown_variants

from tests import _mypy

ROOT = Path(__file__).resolve().parents[2]

STRINGS = """\
from vapi_client.models import Call, CallStatus, HumeVoice, OpenAIModel, OpenAIModelFallbackModels


def build() -> list[object]:
    return [
        OpenAIModel(provider="openai", model="gpt-4o", fallback_models=["gpt-4o-mini", OpenAIModelFallbackModels.GPT_4O]),
        OpenAIModel(provider="openai", model=OpenAIModelFallbackModels.GPT_4O),
        HumeVoice(provider="hume", voice_id="v", model="octave"),
    ]


def ended(call: Call) -> bool:
    return call.status == "ended" or call.status == CallStatus.ENDED


def wrong() -> OpenAIModel:
    return OpenAIModel(provider="openai", model="gpt-4o-but-misspelled")
"""


def _enum_of(desc: tuple[Any, ...]) -> tuple[str, bool] | None:
    """The enum a property holds (in a list or nullable too), and whether it is in a list."""
    in_list = False
    while desc[0] in ("nullable", "array"):
        in_list = in_list or desc[0] == "array"
        desc = desc[1]
    return (desc[1], in_list) if desc[0] == "enum" else None


def every_enum_field_takes_its_strings() -> str:
    """Each enum-typed field of each model set to a value of its enum written as a string (`attrs.evolve` is
    typed by mypy's attrs plugin like `__init__`, without the model's required arguments)."""
    lines = ["import attrs", "import vapi_client.models as m", "", "", "def strings() -> None:"]
    for schema, table in SCHEMAS.items():
        if schema not in vapi_client.models.__all__:  # a free-form object: a plain dict
            continue
        fields = dict(getattr(vapi_client.models, schema)._json_fields)
        for json_name, desc in table["properties"].items():
            found = _enum_of(desc)
            if found is None:
                continue
            enum, in_list = found
            value = repr(ENUMS[enum]["values"][-1])
            lines.append(
                f"    attrs.evolve(m.{schema}.__new__(m.{schema}), {fields[json_name]}={f'[{value}]' if in_list else value})"
            )
    return "\n".join(lines) + "\n"


def shared_fields(family: str) -> dict[str, str]:
    """JSON name -> Python name of the properties every known member of `family` has."""
    members = [getattr(vapi_client.models, name) for name in dict.fromkeys(UNIONS[family]["mapping"].values())]
    common = [dict(cls._json_fields) for cls in members]
    return {json: py for json, py in common[0].items() if all(json in fields for fields in common)}


def every_union_reads_its_shared_fields() -> str:
    """A reader per union: each field all members have whose type they agree on (the same descriptor), and the
    discriminator, read from the union alias (every known member and the `Unknown<Family>`)."""
    lines = ["from vapi_client.models import unions", ""]
    for family, table in UNIONS.items():
        names = dict.fromkeys(UNIONS[family]["mapping"].values())
        reads = []
        for json_name, py_name in shared_fields(family).items():
            descs = {repr(SCHEMAS[name]["properties"][json_name]) for name in names}
            if json_name == table["tag"] or len(descs) == 1:
                reads.append(f"value.{py_name}")
        lines += ["", f"def read_{family}(value: unions.{family}) -> object:", f"    return ({', '.join(reads)},)"]
    return "\n".join(lines) + "\n"


TAGS = """\
from vapi_client.models import unions


def kind(tool: unions.Tool, message: unions.ConversationMessage) -> None:
    reveal_type(tool.type_)
    reveal_type(message.time)
"""


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One mypy run over every snippet (it is the slow part); its messages by file name."""
    folder = tmp_path_factory.mktemp("open_types")
    snippets = {
        "strings.py": STRINGS,
        "enum_fields.py": every_enum_field_takes_its_strings(),
        "unions_read.py": every_union_reads_its_shared_fields(),
        "tags.py": TAGS,
    }
    checked = _mypy.check(folder, snippets)
    assert checked.returncode in (0, 1), checked.stdout + checked.stderr  # 1: the misspelled value, as intended
    return _mypy.messages_by_file(checked, snippets)


def test_an_enum_field_takes_its_values_as_strings(mypy_output: dict[str, list[str]]) -> None:
    errors = [line for line in mypy_output["strings.py"] if " error: " in line]
    # Only the value outside the set is refused: the set stays closed, a string does not widen it to `str`.
    assert [int(line.split(":")[0]) for line in errors] == [17], errors


def test_every_enum_field_of_every_model_takes_strings(mypy_output: dict[str, list[str]]) -> None:
    assert every_enum_field_takes_its_strings().count("attrs.evolve") > 100
    assert mypy_output["enum_fields.py"] == []


def test_every_union_member_reads_the_shared_fields(mypy_output: dict[str, list[str]]) -> None:
    assert mypy_output["unions_read.py"] == []
    revealed = [re.sub(r"^\d+: note: Revealed type is ", "", line) for line in mypy_output["tags.py"]]
    assert revealed == ['"str"', '"float"'], mypy_output["tags.py"]


def test_the_unknown_member_reads_them_from_the_raw_object() -> None:
    tool = unknown_variants.UnknownTool({"type": "newTool", "rejectionPlan": {"conditions": []}})
    assert tool.type_ == "newTool"
    assert isinstance(tool.rejection_plan, vapi_client.models.ToolRejectionPlan)
    assert tool.messages is vapi_client.UNSET  # not in the object
    message = unknown_variants.UnknownConversationMessage({"role": "narrator", "time": 1.5, "secondsFromStart": 2})
    assert (message.role, message.time, message.seconds_from_start) == ("narrator", 1.5, 2)
    with pytest.raises(AttributeError):
        message.time = 2.0  # type: ignore[misc]  # read-only: `raw` is what is kept and sent back
