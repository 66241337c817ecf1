"""Whose words a speech verb's "that" opens, where the speaker's own clause says they are
someone else's or none: another person shown speaking in the verb's object ("recalled Diana
saying that ..."), a speaker's relative clause that runs on into the sentence's own verb;
whose a quotation is that a speaker recalls another saying ("“...,” she recalls him
saying."), and a speaker's account of what another told others ("A said B told ... that").
Tested on a pattern's match (`quote_hits.py`), as the other tests of
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
        (word in _ANOTHER_SPEAKING and between[n - 1] != "as")
        or (word in _ANOTHER_SAID and _anothers_subject(between[:n]))
        for n, word in enumerate(between[1:-1], start=1)
    )


_ANOTHER_SAID = frozenset(
    ("said", "told", "promised", "assured", "pledged", "vowed", "warned", "insisted")
)
"""Past speech verbs of a clause in the verb's object: "the WSJ reports the NJ governor
promised big California donors last week that he had no plans to run" (raw validation
0-based 144) are the governor's words as the paper reports them, no words of the paper's."""
_HELPERS = frozenset(("had", "has", "have", "would", "also", "then", "later", "once", "never"))
_OWN = frozenset(("he", "she", "they", "I", "we", "it"))


def _anothers_subject(before: list[str]) -> bool:
    """Whether the words before a speech verb in a verb's object end on a subject other than
    the speaker's own pronoun ("she said she had told him that ..." stays hers); a name or a
    description is another speaker, a passive ("he was told that ...") another's words. A
    comma makes the first verb an aside, the words its speaker's testimony."""
    if any(w.endswith(",") for w in before):
        return False  # "Barksdale testified, the Microsoft team told Netscape that ...": an aside
    words = [w for w in before if w not in _HELPERS]
    return bool(words) and words[-1] not in _OWN


_RECALLS = ("recalls", "recalled")
_SHOWN_SAYING = re.compile(
    r"\s+(?!as\s)(?:(?:[\w’'.-]+\s+){1,5}?"
    r"(?:saying|telling|asking|shouting|yelling|screaming|whispering)\b"
    r"|hearing\s+(?:[\w’'.-]+\s+){1,5}?(?:say|tell)\b|being\s+(?:told|asked|warned)\b)"
)
"""An object of up to five words, then the participle that shows it speaking ("recalled
the flight attendant saying", "recalls him shouting", "recalls hearing him say"), or the
speaker told it ("recalls being told"); not "as saying", the speaker's own words quoted.
No comma: "recalled Tuesday, saying ..." goes on with the speaker's own words."""


def recalled_saying(text: str, verb_end: int) -> bool:
    """Whether the speech verb ending at `verb_end` is a speaker recalling another speaking:
    "“Don’t lose too much weight now,” she recalls him saying." (raw validation 0-based 198)
    is an older senator's words as Gillibrand remembers them, no words of hers, and "him"
    names no one to give them to (the verb-first "“...,” the colleague recalled Oppenheim
    saying" is the named one's: `quote_patterns`); nor is "She recalls him telling her,
    “...”" hers, nor "“...,” she recalled being told"."""
    return text.endswith(_RECALLS, 0, verb_end) and _SHOWN_SAYING.match(text, verb_end) is not None


_PRONOUNS = ("he", "she", "they", "I", "we")
_TELLER_WORD = (
    r"(?!(?:he|she|they|I|we|as|while|when|after|before|because|and|but|since|until|if|once)"
    r"\s)[\w’'.-]+"
)
"""A word of whoever told the speaker: no pronoun (the speaker's own, "she says she told
him", or told apart below) and no conjunction ("she said as police told her to leave": the
words stay hers)."""
_TOLD_THE_SPEAKER = re.compile(
    r"\s+(?:that\s+)?(?:(?:he|she|they|I|we)\s+(?:was|were|had\s+been|[’']d\s+been)"
    r"\s+(?:told|asked|warned)\b"
    rf"|{_TELLER_WORD}(?:\s+{_TELLER_WORD}){{0,3}}?"
    r"\s+(?:had\s+)?(?:told|asked|warned)\s+(?:her|him|me|them|us)\b"
    r"|(?P<other>he|she)\s+(?:had\s+)?(?:told|asked|warned)\s+(?:her|him)\b)"
)
"""After a quotation's credit, the clause that tells who said the words to the speaker:
"“I’m going to shoot you ...,” Warren said she was told.", "“Your brother is with us,”
Falaq says the men told them over the phone.", "“...,” she says he told her." (shapes of
Multi-News+ train 20915 and validation 1375): the teller's words, never the speaker's."""


def anothers_quotation(text: str, verb_end: int, who: str) -> bool:
    """Whether the quotation before its credit, `who` and the speech verb ending at
    `verb_end`, is another's: recalled (`recalled_saying`) or told the speaker."""
    return recalled_saying(text, verb_end) or _told_the_speaker(text, verb_end, who)


def _told_the_speaker(text: str, verb_end: int, who: str) -> bool:
    """Whether the quotation credited to `who` by the speech verb ending at `verb_end` is
    words another told them ("“...,” she said she was told.", "“...,” he said his doctor
    told him."): the one who told them is not `who`. A pronoun the speaker's own ("she says
    she told him", "Smith said he told her") keeps the words the speaker's."""
    if text[verb_end : verb_end + 1] != " ":
        return False
    told = _TOLD_THE_SPEAKER.match(text, verb_end)
    if told is None:
        return False
    other = told["other"]
    return other is None or (who in _PRONOUNS and who != other)


_SAID_BEFORE = re.compile(r"\b(?:said|says|say)\s+(?:that\s+)?(?:[\w’'.-]+\s+){0,4}$")
"""Another's speech verb right before a subject, up to four words of its description
between and no comma: the clause the subject opens is that verb's object."""


def told_through(match: re.Match[str]) -> bool:
    """Whether a `_VERB_THAT` match's speaker is the subject of another's "said" clause:
    "Burlingame said Sept. 11 mastermind Khalid Sheikh Mohammed told interrogators that the
    hijackers each used ..." (raw validation 0-based 24) is Burlingame's account of what
    Mohammed told others, no words the writer heard from Mohammed."""
    before = match.string[match.pos : match.start("who")]
    return "sa" in before and _SAID_BEFORE.search(before) is not None


_SAID = frozenset(("said", "says", "say"))


def said_of_another(match: re.Match[str]) -> bool:
    """Whether a `_VERB_THAT` match's words are a speaker's "said that" clause, where a
    speech verb of the clause's own subject is the speaker's account of it ("Burlingame
    said that Mohammed told interrogators that ...": Burlingame's, as `told_through` reads
    it without "that"); a paper's "reported that ... warned that ..." is the warning's
    speaker's (`quote_hits._INNER`)."""
    return match["verb"] in _SAID


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
