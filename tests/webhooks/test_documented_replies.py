"""Webhook replies as Vapi's docs show them (tests/data/documented/replies.json) build, completed from the
message they answer where the docs leave out what the spec requires."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from vapi_client import webhooks

CORPUS = json.loads((Path(__file__).parents[1] / "data" / "documented" / "replies.json").read_text(encoding="utf-8"))
CASES = CORPUS["cases"]


def test_the_corpus_says_where_each_case_comes_from() -> None:
    assert len({case["id"] for case in CASES}) == len(CASES)
    for case in CASES:
        assert case["page"].startswith("https://docs.vapi.ai/") and case["file"].startswith("fern/"), case["id"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_a_documented_reply_builds(case: dict[str, Any]) -> None:
    answers = case["answers"]
    message = webhooks.parse({"message": answers}) if isinstance(answers, dict) else answers
    assert webhooks.expects_reply(message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # as written, by default: no warning
        built = webhooks.reply(message, case["reply"])
    assert built == case.get("built", case["reply"])
    assert json.loads(json.dumps(built, allow_nan=False)) == built
