"""The package version: pyproject.toml reads it from here (one source of truth)."""

__version__ = "0.1.0"
