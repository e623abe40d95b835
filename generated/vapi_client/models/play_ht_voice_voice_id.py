from .._enums import OpenEnum

__all__ = ["PlayHTVoiceVoiceId"]


class PlayHTVoiceVoiceId(OpenEnum):
    """Known values of PlayHTVoiceVoiceId; any other string parses too (see OpenEnum)."""

    JENNIFER = "jennifer"
    MELISSA = "melissa"
    WILL = "will"
    CHRIS = "chris"
    MATT = "matt"
    JACK = "jack"
    RUBY = "ruby"
    DAVIS = "davis"
    DONNA = "donna"
    MICHAEL = "michael"
