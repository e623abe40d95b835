"""The HTTP layer: one send path per flavour (`_transport`), the attempts and retry decisions of one request
(`_attempts`, `_retries`), bounded reads, errors made from HTTP answers (`_status_errors`), request logging,
timeouts and the base URL. It knows operations only as `Operation` records; it never builds a body."""
