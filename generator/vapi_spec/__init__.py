"""The spec pipeline: `openapi.yaml` from Vapi's published document plus the fixes kept in `spec/`.

`python -m vapi_spec.update PATH | --check`, `python -m vapi_spec.lint openapi.yaml`,
`python -m vapi_spec.mock_view openapi.yaml OUT.json`.
"""
