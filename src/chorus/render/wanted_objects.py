"""Nouns a headline's cut does not end on when the phrase right after it gives their object:
"... Adolf Eichmann for his role…" stops before "in the Holocaust" (raw validation 23), "... a
top arts leadership role…" before "in the Trump administration" (11), "... research is
shedding light…" before "on the racial tensions" (39). The line then tells of a role, a
light, a ban or a probe, and not in what, on what or into what: the reader's question is the
story. A verb whose object its own preposition opens is read so too ("... and for calling…"
before "for action", 108; "... to get involved…" before "in the counting of ballots", 204).
`render/phrase_cuts.py` lets such a cut run on to that phrase's end within the reach, as it
does past a day (`spare_words`), and on again while the phrase added ends on such a word
("... for calling for action…" before "on climate change")."""

from __future__ import annotations

import re

_NOUNS_WANTING = {
    "in": frozenset(("role", "part", "stake", "hand", "interest", "factor", "involved")),
    "on": frozenset(
        (
            *("ban", "vote", "ruling", "decision", "crackdown", "attack", "attacks", "war"),
            *("pressure", "impact", "effect", "limits", "restrictions", "sanctions"),
            *("action", "eavesdropping"),
        )
    ),
    "into": frozenset(("probe", "investigation", "inquiry")),
    "against": frozenset(("sanctions",)),
    "for": frozenset(("call", "calls", "called", "calling")),
}
"""The nouns wanting an object, by the preposition that opens it (`phrase_cuts._OBJECT_OPENERS`
is another list: the words opening a verb's object), and the verbs whose object a preposition
of their own opens: "call for" (a demand: "calling | for action", raw 108), "involved in" (204).
Not "light" alone: a lamp's light "on the NIF system" (raw 29, a study's text) is no object of
it; only the idiom's (`_SHED_LIGHT`)."""
_SHED_LIGHT = re.compile(
    r"\b(?:shed|sheds|shedding|cast|casts|casting|throw|throws|throwing|threw|shine|shines"
    r"|shining|shone)(?: new| fresh| more| some)? light$"
)
# A clause's break inside the phrase: the run-on would stop inside its next clause ("... a
# stake in ailing Philippine Airlines _ making the uncertain future…", DUC 2003 cluster 28).
_BREAK = re.compile(r"[,;:—–_]|--")


def wants_object(opening: str, added: str) -> bool:
    """Whether a cut's `opening` ends on a noun whose object the words `added` after it open,
    with its own preposition ("role | in ...", "ban | on ...", "probe | into ...", "shedding
    light | on ..."), with no clause break among them (the comma the phrase ends on is none)."""
    words = added.split()
    if not words or _BREAK.search(added.rstrip(" ,;:—–-")):
        return False
    last = opening.rsplit(" ", 1)[-1]
    if last in _NOUNS_WANTING.get(words[0], ()):
        return True
    return words[0] == "on" and bool(_SHED_LIGHT.search(opening))
