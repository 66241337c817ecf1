"""The speaker an attribution is given once its sentence is read in its article: "he" or
"she" as the person followed (`pronouns.py`), a description as the name a reader knows,
"the agency" as the one agency named, "it" as the organisation that spoke before, a
statement's sentences as its announcer's. Split from `quotes.py`, which finds them."""

from __future__ import annotations

from dataclasses import replace

from chorus.analyze.named_after import named_agency
from chorus.analyze.pronoun_checks import clear_pronoun, introduced_in_words, subject_before_colon
from chorus.analyze.pronouns import Focus
from chorus.analyze.quote_hits import Attribution
from chorus.analyze.role_holders import known_as
from chorus.language.quote_marks import balanced, trim
from chorus.language.speakers import IT
from chorus.model import Sentence


def resolved(
    here: tuple[Attribution, ...], sentence: Sentence, focus: Focus
) -> tuple[Attribution, ...]:
    """Attributions whose speaker refers back, given to the person followed, or none."""
    at = here[0].speaker_start - sentence.start
    words = (here[0].start - sentence.start, here[0].end - sentence.start)
    text = sentence.text  # a slice of the article, taken once
    if introduced := introduced_in_words(
        text, at, words, sentence.article.text, sentence.start
    ) or subject_before_colon(text, at, words, sentence.article.text):
        return tuple(with_speaker(a, introduced) for a in here)
    speaker = focus.person
    if speaker is None or not clear_pronoun(text, at, speaker, words):
        return ()
    speaker = focus.stands_for(here[0].speaker)
    return tuple(with_speaker(a, speaker) for a in here) if speaker else ()


def as_named(here: tuple[Attribution, ...], text: str, spoken: set[str]) -> tuple[Attribution, ...]:
    """Attributions given the name a reader knows their speaker by (`known_as`), or none."""
    speaker, role = known_as(here[0].speaker, text, here[0].speaker_start, spoken)
    if speaker is None:
        return ()
    if speaker == here[0].speaker:
        return here
    return tuple(replace(a, speaker=speaker, role=a.role or role) for a in here)


def as_agency(here: tuple[Attribution, ...], text: str) -> tuple[Attribution, ...]:
    """ "the agency said" as the one agency its article named, the description its role; as
    written where none or two were named."""
    agency = named_agency(text, here[0].speaker_start)
    if agency is None:
        return here
    return tuple(replace(a, speaker=agency, role=a.role or "agency") for a in here)


def given_to_it(found: Attribution, organisation: str) -> Attribution:
    """An attribution to "it" or "the report" given to the organisation or paper it stands
    for; the description stays as its role."""
    role = found.role or (None if found.speaker in IT else f"the {found.speaker}")
    return replace(found, speaker=organisation, role=role)


def printed_sentence(given: Attribution, sentence: Sentence) -> Attribution:
    """The announcement's speaker with a sentence of the statement printed after it, a
    quotation it ends on closed ("... getting too close to be “just friends.”": raw
    validation 0-based 225)."""
    text = sentence.article.text
    start, end = balanced(text, *trim(text, sentence.start, sentence.end))
    return replace(given, start=start, end=end)


def with_speaker(found: Attribution, speaker: str) -> Attribution:
    return replace(found, speaker=speaker, role=None, refers_back=False)
