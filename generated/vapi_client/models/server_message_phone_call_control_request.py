from .._enums import OpenEnum

__all__ = ["ServerMessagePhoneCallControlRequest"]


class ServerMessagePhoneCallControlRequest(OpenEnum):
    """Known values of ServerMessagePhoneCallControlRequest; any other string parses too (see OpenEnum)."""

    FORWARD = "forward"
    HANG_UP = "hang-up"
