"""A theft a statement tells that an outlet never tells, or tells of another day
(agreement_parts.told_in_part): "Rose was investigating car break-ins in Detroit's Woodbridge
neighborhood." is told in part by "... Rose conducted a traffic investigation of Davis, who
was riding a bicycle ..." and by [1]'s "There also had been a rash of car break-ins in the
area the day before." (raw 50); "... nude pictures and videos ... that authorities said were
stolen from the delegate's cell phone" by "... indicted in connection with the circulation of
nude images ..." (raw 58). The supports share the deed's other words (investigating, the
images), and a word written once in each, "investig", links them: the theft, which makes the
story, is the part they leave out."""

from __future__ import annotations

import re
from collections.abc import Sequence

_THEFT = re.compile(
    r"\b(?:stol(?:e|en)|steal\w*|theft\w*|thie(?:f|ves)|heists?|burglar\w*|break-?ins?\b"
    r"|broken[ ]into|broke[ ]into|rob(?:bed|bery|beries|bing|ber|bers)\b|loot(?:ed|ing)\b"
    r"|carjack\w*|hijack\w*|shoplift\w*)",
    re.IGNORECASE,
)
"""Any word of a theft: "stolen", "break-ins", "a rash of burglaries", "hijacked his bus" (the
bus "stole[n]", Multi-News+ 871), "the audacious heist" (the theft, train 908)."""
_OTHER_DAY = re.compile(
    r"\b(?:the[ ]day[ ]before|the[ ]previous[ ](?:day|night|week)|an?[ ](?:day|week)[ ]earlier"
    r"|days[ ](?:before|earlier)|the[ ]week[ ]before|last[ ]week)\b",
    re.IGNORECASE,
)
"""A time set before the story's day: "a rash of car break-ins in the area the day before"."""


def theft_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` tells a theft (`_THEFT`) and `supports` (one outlet's sentences)
    write no word of one, but in a sentence setting it on an earlier day (`_OTHER_DAY`) the
    statement does not name."""
    # its literals spare most statements the search
    lowered = statement.lower()
    if not any(cue in lowered for cue in _CUES) or not _THEFT.search(statement):
        return False
    told = [text for text in supports if _THEFT.search(text)]
    if _OTHER_DAY.search(statement):
        return not told
    return all(_OTHER_DAY.search(text) for text in told)


_CUES = ("stol", "steal", "thie", "theft", "heist", "burgl", "break", "broke", "rob", "loot")
_CUES += ("jack", "lift")
