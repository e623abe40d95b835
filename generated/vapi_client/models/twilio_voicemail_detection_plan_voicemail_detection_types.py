from .._enums import OpenEnum

__all__ = ["TwilioVoicemailDetectionPlanVoicemailDetectionTypes"]


class TwilioVoicemailDetectionPlanVoicemailDetectionTypes(OpenEnum):
    """Known values of TwilioVoicemailDetectionPlanVoicemailDetectionTypes; any other string parses too (see OpenEnum)."""

    MACHINE_START = "machine_start"
    HUMAN = "human"
    FAX = "fax"
    UNKNOWN = "unknown"
    MACHINE_END_BEEP = "machine_end_beep"
    MACHINE_END_SILENCE = "machine_end_silence"
    MACHINE_END_OTHER = "machine_end_other"
