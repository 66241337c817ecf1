"""A row taking up what the sentence before it gives (`points_to_before`, read by
lead_ins.lead_in for a row's lead-in): a count ("that number"), a ranking in nothing named
("ranked 74th"), what it told ("those working women", "this analysis"), or a speaker
credited by the surname the sentence before gives in full. Split from `lead_ins.py`.
"""

from __future__ import annotations

import re

from chorus.language.quotations import QUOTED_WITH_SINGLES

_THAT_QUANTITY = re.compile(
    r"\b(?:[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+(?:numbers?|figures?|totals?|rates?)\b"
)
"""A count the sentence before gives, taken up by a demonstrative ("During the past month,
that number has increased by three births", raw 64, after "At Sibley, ... an average of 9.2
births occur daily")."""
_TAKEN_UP = re.compile(
    r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?!(?:week|weekend|year|month|day|night|morning|"
    r"afternoon|evening|time|season|summer|spring|fall|winter|past|point|moment|case|story|"
    r"post|page|note|photo|photograph|picture|video|article|world|late|most|with|who|of|in|"
    r"that|is|was|are|were)s?\b)([a-z]+)\b(?<!ed\b)(?!\s+(?:by|to|with|who|of|in)\b)"
)
"""A demonstrative and a word that takes up what the sentence before told ("In recent years,
those working women could quite often be found ...", raw 81, after the designer's quotation
naming them; "... obtained from this analysis", raw 118): not a time ("this week", "at this
late stage"), the page itself ("this story", "this photograph provided by ..."), a verb's
past ("as this provided a balance"), nor "those" whom the words after it tell ("those
leveled by ...", "those with ...", "those professing to ...")."""
_RANKED = re.compile(
    r"\b(?:ranked|ranks|placed)\s+(?:No\.\s*)?\d+(?:st|nd|rd|th)\b"
    r"(?![^.;]*\b(?:in|among|on|of|out of|by)\b)"
)
"""A rank that says not in what ("American ranked 74th, up from 77th a year ago.", raw 217,
after Skytrax's awards): the ranking is named before."""
_NAME = r"([A-Z][a-z][\w'’-]*)"
_CREDITED_AFTER_QUOTE = re.compile(rf"[”\"]\s*{_NAME}\s+(?:said|says|added|told)\b")
_CREDITED_AT_END = re.compile(
    rf"(?:,\s*{_NAME}\s+(?:said|says|added)(?:\s+(?:in|on|at|during)\s[^,;“”\"]{{1,30}}|\s+\w+day)?"
    rf"|\b(?:said|says|added)\s+{_NAME}\.|\b[Aa]ccording to {_NAME}\.)[.”\"’']*$"
)
"""A speaker credited by one capitalised word after a quotation or at the sentence's end
("“We honestly knew it was her ...,” Davis said.", "..., Andrews said.", "..., said Davis.",
"according to Eisner."). Not one opening a clause ("In a letter to McCabe, Chaffetz said he
...", raw 219), which the fourteenth reader's gold (unique_reader19) reads as standing alone."""
_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+"
_TITLED_SURNAME = re.compile(rf"{_TITLE}([A-Z][a-z][\w'’-]*)\b")
"""A sentence opening on a title and a surname alone ("Mr Graham answers yes when asked
...", raw 125): whom it means is named in full before."""
_END = 80
"""Characters from a text's end within which `_CREDITED_AT_END` is searched."""


def points_to_before(text: str, before: str) -> bool:
    """Whether a text takes up a count the sentence `before` gives ("that number",
    `_THAT_QUANTITY`), its ranking (`_RANKED`) or what it tells (`_takes_up`: "those working
    women"), or credits a speaker by the surname `before` gives in full."""
    # substring tests for a count's noun spare most texts the pattern
    counts = "number" in text or "figure" in text or "total" in text or "rate" in text
    return (
        (counts and _THAT_QUANTITY.search(text) is not None)
        or ("ank" in text and _RANKED.search(text) is not None)
        or _surname_named_before(text, before)
        or _takes_up(text)
    )


def _surname_named_before(text: str, before: str) -> bool:
    """Whether a sentence credits a speaker by one word that the sentence before writes
    after a first name and the sentence itself does not ("Stephon Davis told reporters ..."
    / "“We honestly knew ...,” Davis said.", raw 141), or opens on a title and that word
    ("Another Canadian patient, Steven Graham, ..." / "Mr Graham answers yes ..."): who
    the speaker is, is told there."""
    if text[:1] in "MDP" and (titled := _TITLED_SURNAME.match(text)):
        surname = titled.group(1)
        # a title is no first name: "when Mr. Luu was a toddler" names him no more (raw 155)
        return _in_full(surname, re.sub(_TITLE, "", before)) and not _in_full(
            surname, text[titled.end() :]
        )
    # the patterns only where their marks or verbs are: each search costs several µs
    credit = _CREDITED_AFTER_QUOTE.search(text) if '"' in text or "”" in text else None
    tail = text[-_END:]
    if credit is None and (
        "said" in tail or "says" in tail or "added" in tail or "ccording" in tail
    ):
        credit = _CREDITED_AT_END.search(tail)
    if credit is None:
        return False
    surname = next(word for word in credit.groups() if word)
    return _in_full(surname, before) and not _in_full(surname, text)


_FIRST_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’.-]* $")
"""A capitalised word right before a surname: its first name ("Stephon Davis")."""


def _in_full(surname: str, text: str) -> bool:
    """Whether a text writes `surname` as a word after a first name (a fixed pattern searched
    before each place it occurs: one compiled a surname cost ~20 µs a call)."""
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if (end == len(text) or not text[end].isalnum()) and _FIRST_NAME_BEFORE.search(
            text, max(0, at - 40), at
        ):
            return True
        at = text.find(surname, end)
    return False


def _takes_up(text: str) -> bool:
    """Whether a text outside its quotations takes up what the sentence before told
    (`_TAKEN_UP`), not a word it writes before ("Six of the nine theft by deception charges
    ... to support those charges", raw 119)."""
    # substring tests spare most texts the pattern, and a first search the quotations' removal
    if ("his " not in text and "hese " not in text and "hose " not in text) or not (
        _TAKEN_UP.search(text)
    ):
        return False
    # a quotation leaves a mark, not a gap: 'What this "Evil Dead" gets ...' takes up nothing
    unquoted = QUOTED_WITH_SINGLES.sub(" Q ", text)
    found = _TAKEN_UP.search(unquoted)
    return found is not None and found.group(1) not in unquoted[: found.start()].lower()
