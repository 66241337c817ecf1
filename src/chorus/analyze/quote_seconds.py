"""A quotation the speaker's reported words lead on to with a speech participle: "Colter said
players' performance on the field was more important ..., saying, "You fulfill the football
requirement ..."" (raw validation 0-based 65), "he did not personally know Whitaker,
telling reporters, “I don’t know Whitaker.”" (126), "..., noting, "I have a ton of ideas
..."" (172). The reported words end before the participle and the quotation is a second
row of the same speaker's own words, as ", adding: “...”" after the speaker is
(`quote_participles.ADDING`)."""

from __future__ import annotations

import re

from chorus.language.quote_marks import OPEN, balanced, inside_quotation, trim

_LEADS_ON = re.compile(
    r",\s+(?:saying|noting|adding|writing|explaining|declaring|stating|insisting|quipping"
    r"|joking|recalling|remarking|tweeting"
    r"|telling\s+(?:reporters|him|her|them|us|me|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))"
    rf"\s*[,:]\s*(?=[{OPEN}][A-Z])"
)
"""A speech participle after a comma, its own comma or colon and a quotation opening on a
capital: a second statement in the speaker's words. Not a participle that quotes a phrase
inside the writer's clause ("calling it a “very exciting morning”": 208, "saying the
opinions “represent ...”": 69), nor the writer's act (`quote_words.act_cut`)."""


def led_on(text: str, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """Where reported words `text[start:end]` end before a participle that leads on to a
    quotation closing them (`_LEADS_ON`), and that quotation's span; None where none does,
    where the words open on a quotation (the speaker's own throughout) or where the
    participle stands inside one."""
    if (start > 0 and text[start - 1] in OPEN) or text.find("ing", start, end) < 0:
        return None
    found = _LEADS_ON.search(text, start, end)
    if found is None or inside_quotation(text, found.start()):
        return None
    quotation = balanced(text, *trim(text, found.end(), end))
    # the quotation closes the words: nothing of the writer's follows it
    if text[quotation[1] : end].strip(" .,”\"’'") or quotation[0] >= quotation[1]:
        return None
    return found.start(), quotation
