"""An organisation a statement's deed is done to or by, that an outlet never names
(agreement_parts.told_in_part): "... accused former IRS official Lois Lerner of targeting
the prominent GOP group Crossroads GPS ..." is told in part by "... voted Wednesday to refer
a former Internal Revenue Service official to the Justice Department ..." (raw 116), and
"... was the driving force behind forming the College Athletes Players Assn. ..." by "...
coming after a push by former quarterback Kain Colter backed by organized labor ..." (raw
65). `agreement_parts._untold_clause` counts such a clause told when its subject's words
are written ("Lerner's lawyer William Taylor III said he had not heard from Ways and Means"
/ "Lerner's lawyer issued a statement ..."): the words it shares are who did it, not what.
A list of organisations is named by one of its names written whole or half of each name's
words: half of one may be a word of another name ("Documents linked to al-Qaeda and Islamic
State ..." is told in part by "... evidence of ties to Islamic extremism", raw 110).

Only an organisation's name: a person named in the statement is most often called "he", "the
41-year-old" or by a role in a support that tells the whole of it (raw 111's "LFO singer Devin
Lima has died ..." / "The 41-year-old died on Wednesday ..."), and a place by another name
("Ivory Coast" / "Cote d'Ivoire", raw 128)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from chorus.analyze.similarity import stems

_NAME = re.compile(r"\b[A-Z][\w.'’&-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z][\w.'’&-]*)+")
"""A name of two capitalised words or more, "of", "for" or "and" between two of them."""
_ORGANISATION = re.compile(
    r"\b(?:[A-Z]{2,}|Committee|Association|Assn|Corp|Inc|Party|Department|Board|Office|Center"
    r"|Centre|Council|Agency|Union|Group|Institute|Ministry|Commission|Foundation|League)\b"
    r"|\sand\s"
)
"""What marks a name as an organisation's: a word of capitals ("GPS", "NLRB"), a word an
organisation's name ends in, or two words joined by "and" ("Ways and Means"; a list of
names too, read part by part)."""
_BREAK = re.compile(r"[,;:—–()“”\"]|\b(?:and|but|while|who|which|that)\b")
_CREDITED = re.compile(
    r"\baccording\s+to\b|\b(?:by|told|said|says|spokes\w*\s+for)\s+(?:the\s+)?$", re.IGNORECASE
)
"""A name that says who told the statement ("according to the state Health Department",
"obtained by NBC News", "said the Information Center ...", raw 159, 34; DUC 29): another
outlet telling the fact tells what it is told of."""
_ACRONYM_AFTER = re.compile(r"\s*[,(]\s*([A-Z]{2,})\b")
"""An organisation's short name set after it: "the outlawed Kurdistan Workers Party, PKK,"."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def organisation_untold(statement: str, supports: Sequence[str]) -> bool:
    """Whether `statement` names an organisation after the words of its clause that lead to it
    (a deed: "of targeting the prominent GOP group", "heard from") and `supports` (one outlet's
    sentences) write neither half its name's words, its initials or short name, nor any word
    leading to it. A name opening its clause is its subject, told by what a support says of
    it."""
    # an organisation's mark spares most statements the search
    if not _ORGANISATION.search(statement):
        return False
    named = list(_named(statement))
    if not named:
        return False
    written = " ".join(supports)
    told = set(stems(written))
    return any(
        lead.isdisjoint(told)
        and not _parts_told(parts, told)
        and not any(re.search(rf"\b{re.escape(short)}\b", written) for short in shorts)
        for parts, lead, shorts in named
    )


def _parts_told(parts: Sequence[set[str]], told: set[str]) -> bool:
    """Whether the `told` stems name the organisation of `parts` (a list's names, read part
    by part): one part's every word ("Togo" of "Ivory Coast and Togo", the other given as "Cote
    d'Ivoire", raw 128), or half of each part's. Half of one part alone may be a word of
    another name: "Islamic" of "evidence of ties to Islamic extremism" names neither of
    "Documents linked to al-Qaeda and Islamic State" (raw 110)."""
    return any(part <= told for part in parts) or all(
        len(part & told) * 2 >= len(part) for part in parts
    )


def _named(statement: str) -> Iterator[tuple[list[set[str]], set[str], set[str]]]:
    """Each organisation named after the lowercase words of its clause that lead to it: its
    parts' stems (a list "Ivory Coast and Togo" read part by part), those words' stems, and
    its initials and short name."""
    found = list(_NAME.finditer(statement))
    for index, name in enumerate(found):
        if not _ORGANISATION.search(name[0]):
            continue
        before = statement[: name.start()]
        # the lead opens at the clause's start or right after the name before it
        opens = [b.end() for b in _BREAK.finditer(before)]
        if index:
            opens.append(found[index - 1].end())
        lead = before[max(opens, default=0) :]
        if _CREDITED.search(lead):
            continue
        lead_stems = set(stems(" ".join(w for w in _WORD.findall(lead) if w[0].islower())))
        words = re.findall(r"[A-Z][\w'’-]*", name[0])
        if not lead_stems or len(set(stems(" ".join(words)))) < 2:
            continue
        parts = [set(stems(part)) for part in re.split(r"\s+and\s+", name[0])]
        shorts = {"".join(w[0] for w in words)}
        if after := _ACRONYM_AFTER.match(statement, name.end()):
            shorts.add(after[1])
        yield [part for part in parts if part], lead_stems, {s for s in shorts if len(s) > 1}
