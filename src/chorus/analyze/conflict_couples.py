"""A person's word that two people are a couple against one of them denying it: "Shelby
McDowell, 20, told deputies that her boyfriend Darby Johns was attending a wedding"
against "Johns told deputies that McDowell was not his girlfriend" (raw validation 225).

A denial is a partner's "X was not his girlfriend" (wife, husband, fiancé(e), boyfriend)
that a named person is reported saying ("Johns told deputies that ..."), not a relative
clause ("a woman who is not his wife" says whom, it denies nothing). It answers the
sentences of other articles in which someone tells (said, told, claimed) of a partner
of the same kind ("her boyfriend", "his girlfriend") named as the denier ("her boyfriend,
Darby Johns,"), with no negation; when the denial names whom it denies ("McDowell"), the
claim must name them too. Each dispute is one conflict: every article's claims against
every article's denials, shown when a claim and a denial are of two articles. An article
may tell both sides (all three of raw 225's do): the dispute is then between the two
people, not the outlets, and each outlet stands on both sides (what agreement keeps
apart: conflicts.disputed_pairs). Over every
article of the data (raw 250, DUC 30, Multi-News+ validation and train, the last two read
in lower case) the denials the rule reads are raw 225's three; the journal (conflicts,
forty-seventh pass) has the census."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.analyze.claims import name_stems
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.analyze.negations import denial_reason
from chorus.model import Sentence

_CUE = re.compile(
    r"(?:not|n't|n’t)(?: really| actually| ever)? h(?:is|er) "
    r"(?:girlfriend|boyfriend|wife|husband|fianc)"
)
"""What a denial holds, lowercased: only the sentences where it matches are read. One
pattern over the joined story (it opens on a literal) cost 4 ms over the 280 raw and DUC
clusters, six `find`s of "not his " and its kin 14 ms."""
_DENIED = re.compile(
    r"\b(?:is|was|are|were)(?: not|n't|n’t)(?: (?:really|actually|ever))? (?:his|her) "
    r"(girlfriend|boyfriend|wife|husband|fianc[eé]e?)\b"
)
"""A partner denied, in lower-case text: "was not his girlfriend", "wasn't his wife"."""
_KINDS = {
    "girlfriend": "dating",
    "boyfriend": "dating",
    "wife": "married",
    "husband": "married",
}
"""The partners of one kind of couple: "her boyfriend" answers "not his girlfriend"."""
_SPEAKER = re.compile(
    r"\b((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+) (?:told|tells|said|says|insisted|insists|"
    r"maintained|maintains)\b"
)
"""Who is reported saying a denial: the capitalised words right before the verb ("Johns
told deputies that")."""
REACH = 80
"""Characters between the speaker's verb and the denial ("told authorities that the
unruly wedding crasher": 45)."""
_RELATIVE = re.compile(r"\b(?:who|whom|which|if|when|whether|unless)\s+(?:\S+\s+){0,3}$")
"""Before the denied partner's verb, within three words, a relative clause or a condition:
"a woman who is not his wife" (Multi-News+ train 22144), "her brother (who is not her
husband)" (13575), "if the alleged victim was not his wife" (8451)."""
_CLAIM = re.compile(
    r"\b(?:[Hh]is|[Hh]er) (girlfriend|boyfriend|wife|husband|fianc[eé]e?),? "
    r"((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)"
)
"""A partner named: "her boyfriend Darby Johns", "her boyfriend, Darby Johns,"."""
_TOLD = re.compile(r"\b(?:told|tells|said|says|claim(?:s|ed)?|insist(?:s|ed)?)\b")
"""Someone's word, in lower-case text: a claim of a couple is a person's statement, not
the writer's "poured a drink on her boyfriend"."""
_NEGATION = re.compile(r"\b(?:not|never|no|deni\w*|deny\w*)\b|n['’]t\b")
CLAIM_WORDS = ("boyfriend", "girlfriend", "wife", "husband", "fianc")


def _kind(partner: str) -> str:
    """The kind of couple a partner's noun names ("fiancée": engaged)."""
    return _KINDS.get(partner, "engaged")


def denied_couple(
    text: str, lowered: str
) -> tuple[str, frozenset[str], frozenset[str], str] | None:
    """The kind of couple a sentence reports someone denying, the stems of who denies and of
    whom they deny it of ("McDowell"; none for "the unruly wedding crasher"), and the
    words the reason quotes; None when it denies none."""
    for match in _DENIED.finditer(lowered):
        if _RELATIVE.search(lowered, max(0, match.start() - 30), match.start()):
            continue
        speakers = list(_SPEAKER.finditer(text, max(0, match.start() - REACH), match.start()))
        if not speakers:
            continue
        speaker = speakers[-1]
        denier = name_stems(speaker.group(1))
        if denier:
            # whom, in the reported clause ("told Fox News that McDowell": not Fox News)
            said = text[speaker.end() : match.start()]
            whom = name_stems(said.rsplit(" that ", 1)[-1])
            return _kind(match.group(1)), denier, whom, match.group()
    return None


def _claims(text: str, lowered: str, kind: str, denier: frozenset[str]) -> bool:
    """Whether a sentence tells someone's word that the denier is a partner of that kind
    (`_CLAIM`), with no negation."""
    if not _TOLD.search(lowered) or _NEGATION.search(lowered):
        return False
    return any(
        _kind(match.group(1)) == kind and not denier.isdisjoint(name_stems(match.group(2)))
        for match in _CLAIM.finditer(text)
    )


def couple_conflicts(
    story: Sequence[Sentence], texts: Sequence[str], lowered: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each couple someone denies being and another article's sentence tells
    someone's word they are (`texts` are the `story` sentences' texts, `lowered` the same
    lower-cased, `joined` them joined)."""
    denials: dict[tuple[str, frozenset[str]], list[tuple[int, frozenset[str], str]]] = {}
    for row in sorted(joined.matching(_CUE)):
        found = denied_couple(texts[row], lowered[row])
        if found is not None:
            kind, denier, whom, words = found
            denials.setdefault((kind, denier), []).append((row, whom, words))
    if not denials:  # the claims are read only then: most stories deny no couple
        return []
    told = sorted(joined.holding(CLAIM_WORDS))
    conflicts = []
    for (kind, denier), denying in denials.items():
        named = frozenset().union(*(whom for _, whom, _ in denying))
        claims = [
            row
            for row in told
            if _claims(texts[row], lowered[row], kind, denier) and named <= name_stems(texts[row])
        ]
        articles = {story[row].article.id for row in claims}
        if not any(articles - {story[row].article.id} for row, _, _ in denying):
            continue  # no claim told by another article: one article's two sides
        side_b = tuple(story[row] for row, _, _ in denying)
        reason = denial_reason(denying[0][2])
        conflicts.append(Conflict("denial", tuple(story[r] for r in claims), side_b, reason))
    return conflicts
