from .._enums import OpenEnum

__all__ = ["FallbackPlayHTVoiceVoiceId"]


class FallbackPlayHTVoiceVoiceId(OpenEnum):
    """Known values of FallbackPlayHTVoiceVoiceId; any other string parses too (see OpenEnum)."""

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
