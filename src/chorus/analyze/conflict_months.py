"""Months of one account's making told two ways: [3] "According to the U.S. attorney's
description of the charges, in March 2016, Plaskett asked McCullum to take her iPhone to an
Apple store for repairs. While he had her phone, he created Hotmail and Facebook accounts
under a pseudonym ..." against [4] "In July 2016, after McCullum left the congressional
member's staff, he allegedly created a Hotmail account and a Facebook account under a fake
name ..." (raw validation 58: one man's fake accounts, made while he held the delegate's
phone by one outlet, after he had left her staff by the other).

An account of a named service is made once by its maker, so two articles dating its
making two months disagree, whatever else their sentences say. The act is read where its
maker stands right before its verb and the service's name right after it ("he created
Hotmail and Facebook accounts", "McCullum allegedly set up a Facebook account"). Its month,
with its year, is the sentence's one month: the sentence opens on it ("In July 2016, ...",
no telling leading from it to the maker: it may date a telling) or it follows the act
("... opened a Twitter account in July 2016"). A sentence naming no month dates its act by
its sentence before's one month when it opens on a "while" clause of that sentence's state
("While he had her phone, ..." after "... asked McCullum to take her iPhone ..."; a word
of the clause is written there). Nothing after the act may date it otherwise ("...
created a Facebook account last year"). A maker is matched as written ("he" with "he": a
pronoun and a name may be two people), a pair is shown only when no article gives the
account two months and the story gives it two, no more.

Over every article of raw validation 250, DUC 30 and all of Multi-News+ a wider census
(any pronoun or capitalised maker; created, founded, launched, opened, set up, registered,
started, established or formed; an account, a company, a page, a site, a group, a charity,
...; the sentence's one month and year, or a "while" sentence's sentence before's) finds
one thing given two months by two articles: raw 58's accounts."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from chorus.analyze.conflict_days import MONTH, MONTHS, OTHER_TIME, TELLING
from chorus.analyze.conflict_sides import told_two_ways, two_values
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.model import Sentence

WORDS = ("account",)
"""The literal of what is made, lowercased: only the sentences holding it are read (one
`find` over the story; the four verbs' literals took about three times as long)."""
_ACT = re.compile(
    r"\b([A-Z][\w'’-]+|he|she|they)(?: allegedly| also)? (?:created|set up|opened|registered) "
    r"(?:an? |the )?([A-Z][\w-]*)(?: (?:and|or) (?:an? )?[A-Z][\w-]*)?(?: e-?mail)? "
    r"accounts?\b"
)
"""A maker right before its act, and the named service of the account it made: "he created
Hotmail and Facebook accounts", "he allegedly created a Hotmail account", "McCullum created
a Hotmail email account"."""
_MONTH_YEAR = re.compile(rf"\b{MONTH},? ((?:19|20)\d\d)\b")
_NAMED_MONTH = re.compile(rf"\b{MONTH}(?!\w)")
_OPENING = re.compile(rf"In {MONTH},? ((?:19|20)\d\d), ")
_AFTER = re.compile(rf" in {MONTH},? ((?:19|20)\d\d)\b")
_WHILE = re.compile(r"While (?:he|she|they) (?:had|held|kept|was|were) ([^,]*), ")
"""A "while" clause of a state the sentence before told ("While he had her phone, ")."""
_CLAUSE_END = re.compile(r"[,.;]")

Month = tuple[int, int]
"""A year and a month's number in it."""


def _one_month(text: str) -> Month | None:
    """The month and year a text names, when every month it names is that one."""
    named = {name[:3] for name in _NAMED_MONTH.findall(text)}
    dated = {(int(year), MONTHS.index(name[:3]) + 1) for name, year in _MONTH_YEAR.findall(text)}
    if len(named) != 1 or len(dated) != 1:
        return None
    (month,) = dated
    return month


def _carried(text: str, before: str, act: re.Match[str]) -> bool:
    """Whether a sentence opening on a "while" clause right before its act, and naming no
    month, takes its sentence before's month: a word of the clause is written there."""
    opening = _WHILE.match(text)
    if not opening or opening.end() != act.start() or _NAMED_MONTH.search(text):
        return False
    told = before.lower()
    return any(len(word) > 3 and word.lower() in told for word in opening[1].split())


def dated_makings(text: str, before: str) -> list[tuple[tuple[str, str], Month]]:
    """Each account's making a sentence dates, as (maker, service) with its month; `before` is
    the sentence before it in its article ("" for none), which dates a "while" sentence."""
    found = []
    for act in _ACT.finditer(text):
        end = _CLAUSE_END.search(text, act.end())
        rest = text[act.end() : end.start() if end else len(text)]
        after = _AFTER.match(rest)
        month = _one_month(text)
        opening = _OPENING.match(text)
        if after and month:
            rest = rest[after.end() :]
        elif not (month and opening and not TELLING.search(text, opening.end(), act.start())):
            month = _one_month(before) if _carried(text, before, act) else None
        if month and not OTHER_TIME.search(rest):
            found.append(((act[1].lower(), act[2]), month))
    return found


def month_conflicts(
    story: Sequence[Sentence], texts: Sequence[str], joined: Joined
) -> list[Conflict]:
    """A conflict for each account one maker made that two articles date two different
    months (`texts` are the `story` sentences' texts, `joined` them lower-cased and
    joined)."""
    found: list[tuple[tuple[str, str], Month, Sentence]] = []
    for row in sorted(joined.holding(WORDS)):
        sentence = story[row]
        ours = row > 0 and story[row - 1].article.id == sentence.article.id
        for thing, month in dated_makings(texts[row], texts[row - 1] if ours else ""):
            found.append((thing, month, sentence))
    return [
        two_values(
            "date", by_month, f"Different dates for the creation of the {service} account", _shown
        )
        for (_, service), by_month in told_two_ways(found).items()
    ]


def _shown(month: Month) -> str:
    """A month as a reason shows it: "July 2016"."""
    return f"{calendar.month_name[month[1]]} {month[0]}"
