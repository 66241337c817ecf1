"""Whose words a speech verb's "that" opens, where the speaker's own clause says they are
someone else's or none: another person shown speaking in the verb's object ("recalled Diana
saying that ..."), a speaker's relative clause that runs on into the sentence's own verb;
and whose a quotation is that a speaker recalls another saying ("“...,” she recalls him
saying."). Tested on a pattern's match (`quote_hits.py`), as the other tests of
`quote_clauses.relative_that` are: a lookahead in the pattern cost every search.
"""

from __future__ import annotations

import re

_ANOTHER_SPEAKING = frozenset(("saying", "telling"))


def anothers_words(match: re.Match[str]) -> bool:
    """Whether the words after a `_VERB_THAT` match's "that" are someone else's, whom the
    verb's object shows speaking: "D’Andraia recalled Diana saying that Robert was brilliant"
    (raw validation 0-based 227) are Diana's as D’Andraia remembers them, no words of
    D’Andraia's; "recalled saying that ..." and "was quoted as saying that ..." are the
    speaker's own."""
    between = match.string[match.end("verb") : match.start("text")].split()
    return any(
        word in _ANOTHER_SPEAKING and between[n - 1] != "as"
        for n, word in enumerate(between[1:-1], start=1)
    )


_RECALLS = ("recalls", "recalled")
_SHOWN_SAYING = re.compile(r"\s+(?!as\s)(?:[\w’'.-]+\s+){1,3}?(?:saying|telling)\b")
"""An object of up to three words, then the participle that shows it speaking; not "as
saying", the speaker's own words quoted."""


def recalled_saying(text: str, verb_end: int) -> bool:
    """Whether the speech verb ending at `verb_end` is a speaker recalling another speaking:
    "“Don’t lose too much weight now,” she recalls him saying." (raw validation 0-based 198)
    is an older senator's words as Gillibrand remembers them, no words of hers, and "him"
    names no one to give them to (the verb-first "“...,” the colleague recalled Oppenheim
    saying" is the named one's: `quote_patterns`); nor is "She recalls him telling her,
    “...”" hers."""
    return text.endswith(_RECALLS, 0, verb_end) and _SHOWN_SAYING.match(text, verb_end) is not None


_ARTICLED = re.compile(r"(?:[Aa]n?|[Tt]he)\s")


def relative_refused(match: re.Match[str]) -> bool:
    """Whether a speaker's relative clause (", who said ... that ...") gives no words: where
    they run on past a comma, and the sentence's own verb may go on ("Chaffetz, who said last
    week that he has his "subpoena pen" ready ..., told McCabe ..."), or where "who" follows
    no name ("The story though was all a lie according to police, who added that ...": raw
    validation 0-based 141 read "a lie according to police" as the speaker)."""
    if match["relative"] is None:
        return False
    who = match["who"]
    return "," in match["text"] or not who[:1].isupper() or _ARTICLED.match(who) is not None
