from .._enums import OpenEnum

__all__ = ["CreateSipRequestToolDTOVerb"]


class CreateSipRequestToolDTOVerb(OpenEnum):
    """Known values of CreateSipRequestToolDTOVerb; any other string parses too (see OpenEnum)."""

    INFO = "INFO"
    MESSAGE = "MESSAGE"
    NOTIFY = "NOTIFY"
