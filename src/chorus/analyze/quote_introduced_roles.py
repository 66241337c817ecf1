"""A speaker's role read from the sentence of their article that introduces them, where the
sentences quoting them give none: raw 24 [1] (POLITICO) quotes "Thompson said ..." and
"..., Thompson said." after introducing him in a sentence with no speech verb, "Rep. Bennie
Thompson of Mississippi, the top Democrat on the House Homeland Security Committee,
disputed TSA’s assertion ...", and John Mica's "He said he’s “working feverishly” ..."
right after "Mica, a former House Transportation chairman, is a frequent critic of TSA
...". The role is the description between commas after the person's full name or surname
(maybe after "of" and a place), opening on "a", "an" or "the", no clause (`not_a_role`,
`clause_as_role`), or a title set right before the full name ("American Airlines CEO
Doug Parker sent a letter"), whichever the article writes first; read once for each person
an article quotes with no role on a row.
Split from `quotes.py`, which gives each row its role as its own sentence tells it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.model import Quote
from chorus.analyze.quote_closing_descriptions import closing_description, tells_what_they_are
from chorus.analyze.quote_opening_descriptions import opening_description
from chorus.language.quote_alternation import by_first_letter
from chorus.language.speaker_roles import not_a_role
from chorus.language.speaker_titles import TITLE_NOUN, prefix_role
from chorus.language.speakers import GROUPS, ORGANISATION_HEADS, REFERRING_HEADS, ROLE_NOUN

_APPOSITION = re.compile(
    r"(?P<of>\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s+"
    r"(?P<role>(?:an?|the)\s+(?:[^,;:“”\"().]|\.(?!\s+[A-Z]))+?),\s+"
    r"(?=(?:[a-z]+(?:ed|s)|said|told|had|will|would|could|can|may|also)\b)"
)
"""After the name: maybe "of" and a place, then the description, within its sentence, and
its closing comma before the sentence's verb ("..., is a frequent critic", "..., disputed
...": not "Demoski of Nulato, a community of about 350 people, with assault", where the
description is the place's, nor "Warden, a detailed, methodical interrogator", where the
comma is inside it). After "of" a place or body the description may be the place's or
the body's ("Ozkul of Intelsat, the largest operator of global communications satellites,
estimates"): there it must name a post (`_POST`)."""
_POST = re.compile(rf"\b(?:{ROLE_NOUN}|{by_first_letter(REFERRING_HEADS)})\b")
"""A post or a description of a person: "the top Democrat on the House Homeland Security
Committee"."""


def introduced_roles(found: Sequence[Quote], people: frozenset[str]) -> tuple[Quote, ...]:
    """The rows, each with no role given the role its article's introduction of its speaker
    tells, where the speaker is a person the recognizer read by a full name."""
    roles: dict[tuple[str, str], str | None] = {}
    rows = []
    for quote in found:
        if quote.role is None and _a_person(quote.speaker, people):
            key = (quote.sentence.article.id, quote.speaker)
            if key not in roles:
                text = quote.sentence.article.text
                roles[key] = (
                    _introduced(text, quote.speaker)
                    or closing_description(text, quote.speaker)
                    or opening_description(text, quote.speaker, _theirs)
                )
            if role := roles[key]:
                quote = replace(quote, role=role)
        rows.append(quote)
    return tuple(rows)


def _a_person(speaker: str, people: frozenset[str]) -> bool:
    """Whether a speaker is a person named in full: the recognizer's, or a name the quotes
    alone read ("John Mica (R-Fla.) told POLITICO": listed as a speaker), two to four
    capitalised words that name no body ("Anaheim Police Department")."""
    if speaker in people:
        return " " in speaker
    words = speaker.split(" ")
    return (
        1 < len(words) < 5
        and all(w[:1].isupper() for w in words)
        and words[-1] not in _NO_PERSON
        and "'s" not in speaker
        and "’s" not in speaker
    )


_NO_PERSON = frozenset((*ORGANISATION_HEADS, *(g.title() for g in GROUPS), "Police", "News"))


def _introduced(text: str, person: str) -> str | None:
    """The description the article first writes between commas right after `person`'s full
    name or surname, the surname not after another capitalised word (someone else's first
    name, "Tom Mica"), or None. Literal finds of the surname, the pattern only after one
    followed by a comma or " of ": a speaker's description is read once, but every
    speaker's with no role is looked for."""
    surname = person.rsplit(" ", 1)[-1]
    others: bool | None = None  # read once, where a surname alone is first met
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        found = (
            _APPOSITION.match(text, end)
            if text.startswith((", ", " of "), end) and not text[at - 1 : at].isalnum()
            else None
        )
        at = text.find(surname, end)
        if found is None:
            if before := _role_before(text, person, end) or _title_before(text, person, end):
                return before
            continue
        if not text.endswith(person, 0, end):
            # a surname alone only where the article names no one else by it ("Phillip
            # Dunn", the father of "Michael Dunn, a 47-year-old computer programmer": raw 121)
            others = _others(text, person) if others is None else others
            if others or _after_a_name(text, end - len(surname)):
                continue
        role = found["role"]
        if not tells_what_they_are(role):
            continue
        if found["of"] and _POST.search(role) is None:
            continue
        return _with_office(role, text, end - len(person))
    return None


_PARTY_ALONE = re.compile(r"(?:an?|the)\s+(?:Republican|Democrat)")
_OFFICE_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:Gov|Sen|Rep)\.\s+$")
"""An elected office and maybe its state right before a full name: "Pennsylvania Gov. Tom
Corbett, a Republican, is up for re-election" (raw 43 [2])."""


def _with_office(role: str, text: str, start: int) -> str:
    """A party alone ("a Republican") after the office the article writes before the name
    (`start`), as "Pennsylvania Gov., a Republican": the office is who a reader needs."""
    if not role.endswith(("Republican", "Democrat")) or not _PARTY_ALONE.fullmatch(role):
        return role
    office = _OFFICE_BEFORE.search(text, max(0, start - 40), start)
    return role if office is None else f"{office[0].rstrip()}, {role}"


_ROLE_BEFORE = re.compile(
    rf"\b(?P<role>(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{ROLE_NOUN})),\s+$"
)
"""A post set before the name it is, between the article and a comma: "driven by the shift
commander, Dana E. Barrow Jr., 60." (raw 8 [2])."""
_CLOSED_AFTER = (",", ".", " Jr", " Sr", " II")
"""What closes an apposition right after the full name it follows (a comma, the sentence's
end, a suffix): "the president, John Smith said" is an object, then a subject."""


def _role_before(text: str, person: str, end: int) -> str | None:
    """The post the article writes right before the person's full name ending at `end`, as
    an apposition the name closes, or None."""
    start = end - len(person)
    if not text.startswith(_CLOSED_AFTER, end) or not text.endswith(", ", 0, start):
        return None
    if not text.endswith(person, 0, end):
        return None
    found = _ROLE_BEFORE.search(text, max(0, start - 60), start)
    return found["role"] if found is not None and not not_a_role(found["role"]) else None


def _title_before(text: str, person: str, end: int) -> str | None:
    """The title that opens the sentence right before the person's full name ending at `end`,
    with no comma: "American Airlines CEO Doug Parker sent a letter" introduces him as "American
    Airlines CEO" before "Parker, a longtime critic of Gulf carriers ..." describes him (raw
    217 [2]), so the post, not the description, is his role. The title is all the sentence
    writes before the name ("..., said FAA spokesman Les Dorr", "Recai Kutan met with
    President Suleyman Demirel" hold more), and no opening preposition or conjunction ("After
    Russian Foreign Minister Sergey Lavrov ..."; a joining "But" or "And" passed over)."""
    if not text.endswith(person, 0, end) or " " not in person:
        return None
    start = end - len(person)
    # the name's own sentence: the article's text runs on over the sentence before ("...
    # intention to invest.\n\nAmerican Airlines CEO Doug Parker")
    opening = 0 if start <= 80 else -1
    for opening_at in _SENTENCE_END.finditer(text, max(0, start - 80), start):
        opening = opening_at.end()
    if opening < 0:
        return None
    if text.startswith(_JOINING_OPENINGS, opening):
        # "But Democratic Congresswoman Kyrsten Sinema of Arizona told ..." (raw 182 [0]):
        # the link to the sentence before is no word of the title
        opening = text.index(" ", opening) + 1
    if text[opening:start].partition(" ")[0] in _NO_TITLE_OPENINGS:
        return None
    role = prefix_role(text[opening:end], start - opening)
    if role is None or role != text[opening:start].strip():
        return None
    noun = _ROLE_AT_END.search(role)
    return role if noun is not None and _all_names(role[: noun.start()]) else None


def _all_names(words: str) -> bool:
    """Whether the words before a title's role noun are all capitalised and none a verb's
    form: an owner or a rank ("American Airlines", "UK Foreign"), not "It took defense
    attorney", "Watching President", "Parliament toppled Prime Minister"."""
    return all(w[:1].isupper() and not w.endswith(("ing", "ed")) for w in words.split())


_NO_TITLE_OPENINGS = frozenset(
    (
        *("After", "Before", "With", "When", "While", "As", "Although", "Since"),
        *("If", "By", "For", "From", "To", "In", "On", "At", "Of", "Photo", "Former"),
    )
)
"""Words a sentence opens on before a title that make it no introduction of the name after
it: a clause's or a phrase's opening, a picture's credit ("Photo Genesee County health
official Jim Henry"), a post the person held once."""
_JOINING_OPENINGS = ("But ", "And ")
"""A sentence's opening that joins it to the one before, the title after it still all it
writes before the name."""
_ROLE_AT_END = re.compile(rf"(?i:{TITLE_NOUN})$")
_SENTENCE_END = re.compile(r"\n|[a-z]{2}[.!?][\"”’]?\s")
"""Where a sentence before the name ends: a line's end or a stop after a word (no initial's
or abbreviation's: "U.S. Airways CEO")."""


def _theirs(text: str, person: str) -> bool:
    """Whether the person's surname alone is theirs: no one else in the article has it."""
    return not _others(text, person)


def _others(text: str, person: str) -> bool:
    """Whether the article writes the person's surname after another first name."""
    surname = person.rsplit(" ", 1)[-1]
    before = re.findall(rf"\b([A-Z][\w’'-]*)\s+{re.escape(surname)}\b", text)
    return bool(set(before) - {person.split(" ", 1)[0], *_NO_FIRST_NAMES})


_NO_FIRST_NAMES = frozenset(
    ("But", "And", "When", "While", "After", "As", "If", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep")
)
"""Capitalised words before a surname that are no one's first name."""


def _after_a_name(text: str, at: int) -> bool:
    """Whether a capitalised word without a full stop stands right before `at` inside its
    sentence: another first name ("Tom Mica, a ...")."""
    before = text[max(0, at - 30) : at].rstrip(" ")
    if len(before) == at - max(0, at - 30) or not before or before[-1] in '.!?\n"“”':
        return False  # a sentence's or paragraph's opening
    word = before.rsplit(None, 1)[-1]
    return word[:1].isupper() and not word.endswith(".")
