"""Hypothesis profiles for the property tests.

* "fast" (default): a few examples per schema, so the whole folder runs in seconds.
* "long" (VAPI_HYPOTHESIS_PROFILE=long, used by `nox -s fuzz`): many more examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Documents of the big schemas (Call, CreateOutboundCallDTO, ...) are slow to generate by design.
# filter_too_much: a few upstream schemas (FallbackNeuphonicVoice) are hard for hypothesis-jsonschema to satisfy.
_RELAXED = [
    HealthCheck.too_slow,
    HealthCheck.data_too_large,
    HealthCheck.large_base_example,
    HealthCheck.filter_too_much,
]

settings.register_profile("fast", max_examples=15, deadline=None, suppress_health_check=_RELAXED, print_blob=True)
settings.register_profile("long", parent=settings.get_profile("fast"), max_examples=400)
settings.load_profile(os.environ.get("VAPI_HYPOTHESIS_PROFILE", "fast"))
