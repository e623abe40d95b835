"""Benchmarks for vapi_client beside the official SDK (vapi-server-sdk): `nox -s bench`.

Run from the project root as `python -m bench` (see `bench/__main__.py`); results go to bench/RESULTS.md.
"""
