"""The speaker an attribution is given once its sentence is read in its article: "he" or
"she" as the person followed (`pronouns.py`), a description as the name a reader knows,
"the agency" as the one agency named, "it" as the organisation that spoke before, a
statement's sentences as its announcer's. Split from `quotes.py`, which finds them."""

from __future__ import annotations

import re
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.analyze.named_after import named_agency
from chorus.analyze.pronoun_checks import clear_pronoun, introduced_in_words, subject_before_colon
from chorus.analyze.pronouns import Focus
from chorus.analyze.role_holders import known_as
from chorus.analyze.subject_names import ORGANISATION
from chorus.language.quote_marks import balanced, trim
from chorus.language.speakers import IT, owned_by_pronoun
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
    owned = owned_by_pronoun(here[0].speaker)  # "his e-mail said": as "he said"
    speaker = focus.stands_for(owned[0] if owned else here[0].speaker)
    return tuple(with_speaker(a, speaker) for a in here) if speaker else ()


def owner_named(
    here: tuple[Attribution, ...],
    sentence: Sentence,
    before: str,
    focus: Focus,
    people: frozenset[str],
) -> tuple[Attribution, ...]:
    """Attributions to someone named only by whose they are ("Her family said ...") given
    as that person's: the one person the sentence names before them (`_one_named`), else
    the person "her" stands for ("Scott Routley's doctor": raw 125), where the sentence
    names no one else before them, the sentence `before` it names that person or opens on
    the same pronoun (a speaker quoted paragraphs up is no owner: "Mark Cymrot, a lawyer
    for one of the defendants, said ... ¶ The prince’s lawsuit ... ¶ His lawyers said", raw
    236) and a person by name (`_recognized`); else as they were, for the cluster's
    names to tell (`quote_speakers.py`) or for no row."""
    owned = owned_by_pronoun(here[0].speaker)
    if owned is None or owned[1].endswith(_COUNSEL):
        return here  # "his attorney": whose, `quote_counsel.py` reads
    at = here[0].speaker_start - sentence.start
    words = (here[0].start - sentence.start, here[0].end - sentence.start)
    owner = _one_named(sentence.text[:at], people) if at > 0 else None
    if owner is None:
        owner = focus.stands_for(owned[0]) if focus.person is not None else None
        if owner is None or owned_by_pronoun(owner) or not _named_before(owner, owned[0], before):
            return here  # a "his family" followed is no one's owner
        if not clear_pronoun(sentence.text, at, owner, words) or not _recognized(owner, people):
            return here
    return tuple(replace(a, speaker=f"{_in_full(owner, people)}'s {owned[1]}") for a in here)


def _in_full(name: str, people: frozenset[str]) -> str:
    """A name of one word as the one person the recognizer read that it names ("Shawn", the
    "Shawn J. Smith" his article introduced: raw 240), else as written."""
    if " " in name:
        return name
    full = {p for p in people if " " in p and name in p.split(" ")}
    return full.pop() if len(full) == 1 else name


_COUNSEL = ("lawyer", "lawyers", "attorney", "attorneys")


def _named_before(person: str, pronoun: str, before: str) -> bool:
    """Whether the sentence `before` names `person` (by their last word) or goes on about
    someone as `pronoun` ("He had a ticket onward ... ¶ His family says ...")."""
    return person.rsplit(" ", 1)[-1] in before or before.startswith(f"{pronoun.title()} ")


def _recognized(name: str, people: frozenset[str]) -> bool:
    """Whether `name` is a person's: the recognizer's, in full or by its last word, or a
    full name naming no body ("Democratic Movement" is none: DUC d31050t)."""
    if " " in name and ORGANISATION.search(name) is None:
        return True
    return name in people or any(p.endswith(f" {name}") for p in people)


def _one_named(opening: str, people: frozenset[str]) -> str | None:
    """The surname of the one person the recognizer read that the sentence names before
    its speaker ("Xu, who will go on trial on Monday in Beijing, has been given a
    court-appointed lawyer, his wife said": DUC d31050t), as `quote_counsel.py` reads an
    attorney's owner; None where it names none or two."""
    named = {
        p.rsplit(" ", 1)[-1]
        for p in people
        if re.search(rf"\b{re.escape(p.rsplit(' ', 1)[-1])}\b", opening)
    }
    return named.pop() if len(named) == 1 else None


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
