from .._enums import OpenEnum

__all__ = ["TransportConfigurationTwilioRecordingChannels"]


class TransportConfigurationTwilioRecordingChannels(OpenEnum):
    """Known values of TransportConfigurationTwilioRecordingChannels; any other string parses too (see OpenEnum)."""

    MONO = "mono"
    DUAL = "dual"
