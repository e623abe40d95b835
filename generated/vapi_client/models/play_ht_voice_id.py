from .._enums import OpenEnum

__all__ = ["PlayHTVoiceId"]


class PlayHTVoiceId(OpenEnum):
    """Known values of PlayHTVoiceId; any other string parses too (see OpenEnum)."""

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
