"""Fixtures the spec tests share: the replay's steps, built once per session."""

from tests.spec._replay import replay

__all__ = ["replay"]
