"""The default timeout: httpx's own default would be 5 s for everything; a hung socket must never hang
a service, and a slow assistant answer must not fail a request either."""

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
