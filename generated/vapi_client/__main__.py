"""`python -m vapi_client`: the `vapi-calls` command line."""

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
