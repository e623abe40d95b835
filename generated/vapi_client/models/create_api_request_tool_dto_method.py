from .._enums import OpenEnum

__all__ = ["CreateApiRequestToolDTOMethod"]


class CreateApiRequestToolDTOMethod(OpenEnum):
    """Known values of CreateApiRequestToolDTOMethod; any other string parses too (see OpenEnum)."""

    POST = "POST"
    GET = "GET"
    PUT = "PUT"
    PATCH = "PATCH"
    DELETE = "DELETE"
