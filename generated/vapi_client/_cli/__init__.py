"""`vapi-calls`, the command line (also `python -m vapi_client`): the entry point is `main`.

`_app` parses the arguments and runs the API commands, `_listen` is the local webhook receiver,
`_args` holds the argument types both use and `_output` renders what is printed.
"""

from ._app import main

__all__ = ["main"]
