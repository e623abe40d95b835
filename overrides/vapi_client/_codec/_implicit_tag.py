"""A oneOf whose objects are told apart by a property without a discriminator: a hook's ``on``.

Most hook types fix ``on`` to one event (``call.ending``); one takes any string (``customer.speech.
timeout[...]`` forms). An event no hook knows then reaches the free one, and a strict check used to
report that option's own problem (``missing 'timeoutSeconds'``) instead of the unknown event. Knowing
the property and its events lets the codec say which event is unknown and which are known.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._spec import SCHEMAS


@dataclass(frozen=True, slots=True)
class ImplicitTag:
    name: str
    #: The values it is fixed to, in the spec's order of the options.
    known: tuple[str, ...]
    #: The options where it is any string, by index: their own check decides.
    free: tuple[int, ...]

    def is_unknown(self, value: Mapping[str, Any]) -> bool:
        found = value.get(self.name)
        return isinstance(found, str) and found not in self.known


def implicit_tag(options: tuple[tuple[Any, ...], ...]) -> ImplicitTag | None:
    """The property every option requires and at least two fix to a string, when there is one."""
    if len(options) < 2 or any(option[0] != "model" for option in options):
        return None
    tables = [SCHEMAS[option[1]] for option in options]
    for name in tables[0]["required"]:
        if not all(name in table["required"] for table in tables):
            continue
        descs = [table["properties"][name] for table in tables]
        known = [desc[1] for desc in descs if desc[0] == "const" and isinstance(desc[1], str)]
        if len(known) >= 2 and all(desc[0] in ("const", "string") for desc in descs):
            free = tuple(index for index, desc in enumerate(descs) if desc[0] == "string")
            return ImplicitTag(name, tuple(dict.fromkeys(known)), free)
    return None
