from .._enums import OpenEnum

__all__ = ["JsonSchemaFormat"]


class JsonSchemaFormat(OpenEnum):
    """Known values of JsonSchemaFormat; any other string parses too (see OpenEnum)."""

    DATE_TIME = "date-time"
    TIME = "time"
    DATE = "date"
    DURATION = "duration"
    EMAIL = "email"
    HOSTNAME = "hostname"
    IPV4 = "ipv4"
    IPV6 = "ipv6"
    UUID = "uuid"
