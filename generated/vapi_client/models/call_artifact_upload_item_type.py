from .._enums import OpenEnum

__all__ = ["CallArtifactUploadItemType"]


class CallArtifactUploadItemType(OpenEnum):
    """Known values of CallArtifactUploadItemType; any other string parses too (see OpenEnum)."""

    END_OF_CALL_REPORT = "end-of-call-report"
    RECORDING_MONO = "recording-mono"
    RECORDING_STEREO = "recording-stereo"
    RECORDING_ASSISTANT = "recording-assistant"
    RECORDING_CUSTOMER = "recording-customer"
    LOG = "log"
    PCAP = "pcap"
