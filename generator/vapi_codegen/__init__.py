"""Code generation: `generated/vapi_client` from `openapi.yaml` (`python -m vapi_codegen [--check]`)."""
