"""Server messages (webhooks), behind the public `vapi_client.webhooks` and `vapi_client.asgi`.

`_auth` checks who sent a request (bearer, HMAC, legacy secret in `_secret`), `_headers` reads
header values from any framework's headers, `_body` reads a request body within bounds, `_parse`
turns it into the typed message, `_replies` builds the answers, and `_pipeline` runs those steps
in order and decides every answer: the one receive pipeline of `webhooks.receive`,
`vapi_client.asgi` and `_server` (the standard-library receiver `vapi-calls listen` runs), which
only read the body and write the answer.
"""
