"""A person's claim that a thing was there against a report that none was found: "Dunn
said he believed Davis had a weapon" against "But no weapon was found in the SUV" (raw
validation 121), "hozlov ... told the aircrew he had smuggled a bomb onto the plane"
against "Turkish authorities said no bomb was found" (Multi-News+ train 31748).

A none-found report ("no weapon was found", "a gun was never recovered", "no bombs have
been found") names the thing; a claim is a sentence of another article where someone
says, tells, claims, believes or insists that there was "a"/"an" such thing, with no
negation and no quotation mark between the verb and the thing (a quoted line is the
speaker's words, not the claim: raw 121's letter "he says 'yeah-I'm going to ... kill
you!' and now I can tell ... he just laid a gun barrel"). A report of "no additional
bodies" or "no other victims" found is a part and answers none. Over every article of
the data (raw 250, DUC 30, Multi-News+ validation and train, split crudely) the rule pairs
two sentences: raw 121's weapon and train 31748's bomb, each the story's dispute; raw
121's letter, its gun barrel against "a gun was never recovered", is left out by the
quotation mark.

Each conflict's finding side is every article's none-found report of that thing, or of a
kind of it ("a gun was never recovered" is a report that no weapon was); when the claim's
own article reports the finding too (raw 121's [3]), the conflict is the claim against
the evidence, not one outlet against another (`Conflict.against_finding`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.analyze.negations import denial_reason
from chorus.analyze.similarity import stems
from chorus.model import Sentence

WORDS = ("found", "recovered")
"""The literals of a none-found report: only the sentences holding one are scanned."""
_NONE_FOUND = re.compile(
    r"\bno ((?:[a-z-]+ ){0,2}?)([a-z-]+) (?:was|were|has been|have been|had been) "
    r"(?:ever )?(?:found|recovered)\b"
    r"|\b(?:a|an|the|any) ([a-z-]+) (?:was|were|has|have|had) (?:never|not) (?:been )?"
    r"(?:found|recovered)\b"
)
"""A thing reported not found, in lower-case text: "no weapon was found", "a gun was never
recovered", "no explosives have been found"."""
_PARTS = frozenset(("additional", "other", "more", "further", "new"))
"""Words before a thing none was found of that make it a part: "no additional bodies"."""
_CLAIM = re.compile(
    r"\b(?:said|says|told|claim(?:s|ed)?|believ(?:e|es|ed)|thought|insist(?:s|ed)?) "
    r"([^\"“”.;]*?)\ban? ((?:[a-z-]+ ?){1,3})"
)
"""Someone's word that there was a thing: the verb, what stands between, and the words
after "a"/"an" (the thing among them: "a weapon", "a loaded gun"), in lower-case text; no
quotation mark or sentence end between."""
CLAIM_WORDS = (" said ", " says ", " told ", " claim", "believ", " thought ", " insist")
_KIND_OF = {
    noun: "weapon"
    for noun in ("gun", "firearm", "handgun", "pistol", "revolver", "rifle", "shotgun")
}
"""Things that are a kind of another a claim may name: a gun never recovered is a weapon
never found (raw 121's [3] against [2])."""
_NEGATION = re.compile(r"\b(?:no|not|never|nor|without)\b|n['’]t\b")


def _singular(noun: str) -> str:
    """A plural noun's singular, as far as a claim of "a"/"an" thing needs it: "no bombs
    have been found" answers "a bomb", "the bodies had not been found" "a body"."""
    if noun.endswith("ies"):
        return f"{noun[:-3]}y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _none_found(text: str) -> tuple[set[str], str]:
    """The things (singular nouns) a lower-cased sentence reports none were found of, and
    the first words that report it ("no weapon was found")."""
    found: set[str] = set()
    words = ""
    for match in _NONE_FOUND.finditer(text):
        before, noun = (match.group(1) or ""), match.group(2) or match.group(3)
        if _PARTS.isdisjoint(before.split()):
            found.add(_singular(noun))
            words = words or match.group()
    return found, words


def _kinds(things: set[str]) -> set[str]:
    """The things and what each is a kind of: a gun never recovered is a weapon never
    found, but no weapon found is no gun, and a rifle no pistol."""
    return things | {_KIND_OF[thing] for thing in things if thing in _KIND_OF}


def _finding_reason(quoted: str) -> str:
    """The reason of a claim against a finding its own article reports too."""
    return f"A claim against the finding its own outlet reports too: “{quoted}”"


def _claimed(text: str) -> set[str]:
    """The stems of the words after "a"/"an" in a lower-cased sentence telling someone's
    word there was a thing, with no negation between the verb and the phrase."""
    claimed: set[str] = set()
    for match in _CLAIM.finditer(text):
        if not _NEGATION.search(match.group(1)):
            claimed.update(stems(match.group(2)))
    return claimed


def found_conflicts(
    story: Sequence[Sentence], lowered: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each none-found report of the story and the claims of other articles
    that there was that thing (`lowered` are the `story` sentences' texts lower-cased,
    `joined` them joined)."""
    reports: dict[int, tuple[set[str], str]] = {}
    for row in sorted(joined.holding(WORDS)):
        if "no " in lowered[row] or "never" in lowered[row] or " not " in lowered[row]:
            things, words = _none_found(lowered[row])
            if things:
                reports[row] = things, words
    if not reports:
        return []
    claims = {row: _claimed(lowered[row]) for row in joined.holding(CLAIM_WORDS)}
    found = []
    told: set[int] = set()
    for report, (things, words) in reports.items():
        article = story[report].article.id
        thing_stems = {stem for thing in things for stem in stems(thing)}
        answering = tuple(
            story[row]
            for row, claimed in claims.items()
            if story[row].article.id != article and not thing_stems.isdisjoint(claimed)
        )
        if not answering or report in told:
            continue
        # every article's report of the finding, the claim's own among them when it tells
        # it; a report on one finding's side is told once
        finding = [row for row, (more, _) in reports.items() if _kinds(more) & things]
        told.update(finding)
        claimants = {sentence.article.id for sentence in answering}
        against = any(story[row].article.id in claimants for row in finding)
        reason = _finding_reason(words) if against else denial_reason(words)
        side_b = tuple(story[row] for row in finding)
        found.append(Conflict("denial", answering, side_b, reason, against_finding=against))
    return found
