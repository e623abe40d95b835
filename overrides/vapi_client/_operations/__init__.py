"""The resource layer: the base of the generated resources (`_resource`), requests built from the spec's
operation table (`_request`), paging, reconciliation of creates whose outcome is unknown, and downloads."""
