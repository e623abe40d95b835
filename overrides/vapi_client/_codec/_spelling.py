"""The known name a misspelled one most likely means, for "did you mean" hints.

Names are compared as spelled for people, not byte for byte: case, separators and numbers written as
words do not count (``eleven-labs`` is ``11labs``, ``assistant_id`` is ``assistantId``); what is left
is compared with difflib's ratio.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
# Longest first, so "seventeen" is not read as "seven" + "teen".
_NUMBER = re.compile("|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)))
_SEPARATORS = re.compile(r"[\s\-_.:/]+")


def normalised(name: str) -> str:
    """`name` lower-cased, without separators, with number words as digits: ``Eleven-Labs`` -> ``11labs``."""
    folded = _SEPARATORS.sub("", name.lower())
    return _NUMBER.sub(lambda match: str(_NUMBER_WORDS.index(match.group())), folded)


def closest(name: str, known: Iterable[str], cutoff: float) -> str | None:
    """The known name `name` is spelled like, or the nearest one at least `cutoff` similar; else None."""
    import difflib  # only a refused or misspelled name pays for it

    by_spelling: dict[str, str] = {}
    for choice in known:
        by_spelling.setdefault(normalised(choice), choice)
    spelled = normalised(name)
    if spelled in by_spelling:
        return by_spelling[spelled]
    match = difflib.get_close_matches(spelled, list(by_spelling), n=1, cutoff=cutoff)
    return by_spelling[match[0]] if match else None
