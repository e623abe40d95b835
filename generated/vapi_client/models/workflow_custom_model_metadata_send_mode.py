from .._enums import OpenEnum

__all__ = ["WorkflowCustomModelMetadataSendMode"]


class WorkflowCustomModelMetadataSendMode(OpenEnum):
    """Known values of WorkflowCustomModelMetadataSendMode; any other string parses too (see OpenEnum)."""

    OFF = "off"
    VARIABLE = "variable"
    DESTRUCTURED = "destructured"
