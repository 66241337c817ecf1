"""An article's words and non-space characters as `str.split()` counts them, read from
where its spaces and words are instead of by splitting; its lowercased words, and the
shares of them that are web-page vocabulary or address the reader; the figures, the
day and the vote counts articles share; whether an article opens on a reference.

The relevance step counts them for the whole article, for the stretches cleaning removed
and for each of its sentences; splitting each of those made a string of every word only to
count them (~0.45 ms of a raw cluster's ~3.3; these counts take ~0.2).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter

import numpy as np

from chorus.model import Document, Sentence

SPACES = (
    *(9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x85, 0xA0, 0x1680),
    *range(0x2000, 0x200B),
    *(0x2028, 0x2029, 0x202F, 0x205F, 0x3000),
)
"""The code points `str.split()` splits at (those of `str.isspace`; a test checks every
code point)."""
_START, _END = attrgetter("start"), attrgetter("end")
_SPACE = np.zeros(max(SPACES) + 2, dtype=bool)
_SPACE[list(SPACES)] = True
"""Whether each code point up to the last space is one; the entry past it (False) stands
for every higher code point, `np.take`'s "clip"."""


@dataclass(frozen=True, slots=True)
class Spacing:
    """Where a text's spaces and words are, to count them between any two positions."""

    space: np.ndarray
    """Whether each character is a space, with one space before the text and one after."""
    words: np.ndarray
    """Positions where words begin (a non-space character first or after a space), ascending."""


def spacing(text: str) -> Spacing:
    """Where the spaces and words of `text` are."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    space = np.ones(len(codes) + 2, dtype=bool)
    np.take(_SPACE, codes, mode="clip", out=space[1:-1])
    words = np.flatnonzero(space[:-2] & ~space[1:-1])
    return Spacing(space, words)


def word_count(counts: Spacing) -> int:
    """`len(text.split())`."""
    return len(counts.words)


def span_words(counts: Spacing, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """`len(text[start:end].split())` for each pair of `starts` and `ends`: the words begun
    inside, and one more where the span opens inside a word."""
    begun = np.searchsorted(counts.words, ends) - np.searchsorted(counts.words, starts)
    opening = ~counts.space[starts] & ~counts.space[starts + 1] & (ends > starts)
    return begun + opening


PICTURE_REASONS = frozenset(("photo caption", "photo credit", "photo gallery"))
"""Cleaning's reasons for a picture's caption, credit or gallery line: furniture that comes
with a news story, so not counted as removed by `removed_share`."""


def removed_share(document: Document, counts: Spacing) -> float:
    """Share of the article's non-space characters that cleaning removed, pictures'
    captions and credits aside. The share stands for page furniture (a crawl notice, a
    video player); an AP page of captions and its story read as furniture by it (train:
    4,526 articles with two "( associated press )" credits, 14% not relevant, half their
    characters removed, flagged at precision 0.42)."""
    space = counts.space
    total = len(space) - int(np.count_nonzero(space))
    if not total:
        return 0.0
    # Kept spans are disjoint and in order (clean.py): what is not in them was removed.
    # A span's characters are at space[start + 1 : end + 1], past the space before the text.
    pictures = (r.span for r in document.removed if r.reason in PICTURE_REASONS)
    kept = sum(
        s.end - s.start - int(np.count_nonzero(space[s.start + 1 : s.end + 1]))
        for s in chain(document.kept, pictures)
    )
    return 1.0 - kept / total


def sentence_words(
    sentences: Sequence[Sentence], of: np.ndarray, counts: list[Spacing]
) -> np.ndarray:
    """How many words each article's sentences hold together: `of` numbers each
    sentence's article, `counts` are the articles' spacings."""
    starts = np.fromiter(map(_START, sentences), dtype=np.int64, count=len(sentences))
    ends = np.fromiter(map(_END, sentences), dtype=np.int64, count=len(sentences))
    totals = np.zeros(len(counts))
    for n, article in enumerate(counts):
        mine = of == n
        totals[n] = int(span_words(article, starts[mine], ends[mine]).sum())
    return totals


_TO_LETTERS = bytes(c if c in b"abcdefghijklmnopqrstuvwxyz'" else ord(" ") for c in range(256))
"""Every UTF-8 byte but an ASCII lower-case letter or an apostrophe becomes a space."""
_LOOSE = re.compile(r"'(?![a-z])")
_TWICE = re.compile(r"'[a-z]+'")
_PAIRED = re.compile(r"([a-z]+'[a-z]+)'")


def lowered_words(text: str) -> list[str]:
    """The words of `text` lowercased, as `re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())`
    finds them (an apostrophe joins two letters once: "rock'n", "roll"), a byte
    translation and `split` rather than the regex scan: 0.33 → 0.15 ms a cluster."""
    words = text.lower().encode().translate(_TO_LETTERS).decode("ascii")
    if "'" in words:
        # an apostrophe that joins nothing goes, then the second of two in one word
        words = _LOOSE.sub(" ", words).replace(" '", "  ")
        if words[:1] == "'":
            words = " " + words[1:]
        if _TWICE.search(words):
            words = _PAIRED.sub(r"\1 ", words)
    return words.split()


WEB_PAGE_WORDS = frozenset(
    (
        *("wayback", "crawl", "crawls", "crawled", "archive", "archived", "warc", "webcrawl"),
        *("subdomain", "domain", "urls", "url", "embargo", "alexa", "website", "websites"),
        *("web", "browser", "browsers", "javascript", "cookie", "cookies", "enable", "enabled"),
        *("disabled", "subscription", "subscribe", "subscriber", "newsletter", "inbox"),
        *("login", "password", "click", "clicking", "tweet", "tweets", "embed", "embeds"),
        *("link", "links", "page", "pages", "ad", "ads", "adblock", "advertising", "loading"),
        *("player", "playback", "unsupported", "supported", "app", "download", "settings"),
        *("privacy", "terms", "copyright", "reserved", "error", "sorry", "version", "upgrade"),
        *("device", "applications", "delete", "option", "learn", "email", "share", "comments"),
        *("newsletters", "emails", "alerts", "sign", "signup", "unsubscribe", "reader"),
    )
)
"""Words of the page furniture in Multi-News+ documents flagged not relevant (archive and
crawl notices, social widgets, JavaScript/cookie/subscription notices, video players)."""
READER_WORDS = frozenset(("you", "your", "you're", "yours", "you'll", "you've"))


def shares_of(counts: Counter[str]) -> tuple[float, float]:
    """Shares of an article's words (the counts of its `lowered_words`) that are
    web-page vocabulary and that address the reader."""
    total = counts.total()
    if not total:
        return 0.0, 0.0
    # The counts of the few vocabulary words present, rather than a test of every word.
    web = sum(map(counts.__getitem__, WEB_PAGE_WORDS.intersection(counts)))
    reader = sum(map(counts.__getitem__, READER_WORDS.intersection(counts)))
    return web / total, reader / total


# The look-behind comes after the first digit, so the search skips to a digit first.
_FIGURE = re.compile(
    r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?))(?:\s*(million|billion|percent|%))?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def figures(text: str) -> frozenset[str]:
    """The amounts `text` gives ("13 million", "3.5 percent", "150,000"): a number of two
    digits or more with its unit, or of three or more, a bare year left out. A bare
    "19" is as often a name's ("Madden NFL 19") and a year any two reports of one season
    share."""
    found = set()
    for number, unit in _FIGURE.findall(text):
        # a number is digits, commas and points only
        digits = len(number) - number.count(",") - number.count(".")
        if digits < (2 if unit else 3) or (not unit and _YEAR.fullmatch(number)):
            continue
        found.add(f"{number} {unit}" if unit else number)
    return frozenset(found)


def shares_figure(texts: Sequence[str]) -> np.ndarray:
    """Whether each text gives a figure another of them gives."""
    found = [figures(text) for text in texts]
    users = Counter(chain.from_iterable(found))
    return np.array([any(users[f] > 1 for f in figs) for figs in found], dtype=bool)


_ON_DAY = re.compile(
    r"\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE
)


def shares_day(openings: Sequence[str], texts: Sequence[str]) -> np.ndarray:
    """Whether each article's opening (its first sentence) tells what was done "on" a
    weekday another of `texts` names: a report of the same day's news, as a wire lede
    opens ("Keurig Green Mountain Inc. on Wednesday cut its guidance"). Multi-News+ text is
    lowercased, so case is not asked."""
    shared = np.zeros(len(texts), dtype=bool)
    for n, opening in enumerate(openings):
        # every weekday's name ends in "day": a literal looked for before the pattern
        days = _ON_DAY.findall(opening) if "day" in opening.lower() else ()
        for day in {d.lower() for d in days}:
            # as a raw page writes it, or as Multi-News+ lowercases it: a substring
            # search, not a pattern over every article
            forms = (day.capitalize(), day)
            shared[n] |= any(f in t for m, t in enumerate(texts) if m != n for f in forms)
    return shared


def openings(
    documents: Sequence[Document], sentences: Sequence[Sentence], count: int = 1
) -> list[str]:
    """Each article's first `count` sentences, "" for an article cleaning left without one."""
    first: dict[str, list[str]] = {}
    for sentence in sentences:
        found = first.setdefault(sentence.article.id, [])
        if len(found) < count:
            found.append(sentence.text)
    return [" ".join(first.get(d.article.id, ())) for d in documents]


def shares_story_fact(documents: Sequence[Document], sentences: Sequence[Sentence]) -> np.ndarray:
    """Whether each article gives a figure another gives (shares_figure) or opens on the
    day another names (shares_day): what ties a short page to the story
    (relevance.short_on_story)."""
    texts = [d.article.text for d in documents]
    return shares_figure(texts) | shares_day(openings(documents, sentences), texts)


# "April Fools' Day", "April Fools’ Day", "Valentine's Day", "Election Day": a capitalised
# word before "Day", not "Day-Lewis"
_NAMED_DAY = re.compile(r"\b([A-Z][\w.'’]*)\s+Day\b(?![\w-])")
DAY_SHARE = 0.5
DAY_OTHERS = 2
"""An article whose opening names a day by its name ("April Fools' Day"), as the openings of
at least DAY_OTHERS and DAY_SHARE of the other articles with text do, tells what was done on
the story's day: raw validation 88, a roundup of one April Fools' Day, where the Russian
Foreign Ministry's prank (the editor's lead) and Rep. Speier's fake bill share few words with
the other items (p 0.36, 0.50) though 6 of the other 8 openings name the day. Of raw
validation's and DUC 2003's 94 flags, no other article's opening shares any capitalised
phrase with half the others' openings (journal, offtopic27's pass)."""


def named_days(text: str) -> frozenset[str]:
    """The days `text` names by their names, apostrophes dropped ("Fools Day")."""
    # every form holds " Day": a literal looked for before the pattern
    if " Day" not in text:
        return frozenset()
    return frozenset(re.sub("['’]", "", m.group(1)) + " Day" for m in _NAMED_DAY.finditer(text))


def opens_on_shared_day(openings: Sequence[str]) -> np.ndarray:
    """Whether each opening names a day by its name as most other openings do (DAY_SHARE):
    an item of the day's roundup, each item its own event, so the model reads it as sharing
    little with the others. Multi-News+ text is lowercased, so nothing there reads so."""
    days = [named_days(opening) for opening in openings]
    users = Counter(chain.from_iterable(days))
    others = sum(bool(opening) for opening in openings) - 1
    needed = max(DAY_OTHERS, DAY_SHARE * others)
    return np.array([any(users[day] - 1 >= needed for day in found) for found in days])


# "55.9% of the vote", "53 percent of the state's voters", "43 % of eligible voters" (a
# Multi-News+ text splits "state 's"): a share of a vote, up to two words before its noun
_VOTE_COUNT = re.compile(
    r"\d[\d.,]*\s*(?:%|percent|per cent) of (?:the )?(?:[\w']+ ){0,2}(?:votes?|voters|ballots)\b",
    re.IGNORECASE,
)


def counts_vote(text: str) -> bool:
    """Whether `text` gives a vote's count as a share of the vote or of the voters."""
    # every form holds "vote" or "Vote": a literal looked for before the pattern
    return ("vote" in text or "Vote" in text) and _VOTE_COUNT.search(text) is not None


def shares_vote_count(texts: Sequence[str]) -> np.ndarray:
    """Whether each text gives a vote's count and another of them gives one too: two
    results of one night's ballots (raw 85: the county's condom measure "garnered 55.9% of
    the vote", Proposition 37 lost with "53 percent of the state's voters" opposed), which
    the model reads as two events since they share no name, place or sentence."""
    counted = np.array([counts_vote(text) for text in texts], dtype=bool)
    return counted & (np.count_nonzero(counted) > 1)


# a pronoun or a connective whose referent comes before the text, or later in its first
# sentence: "He has a favorite chair at the circular wooden table …", "But at every turn
# of his address, mr. Obama …", "Instead, in a hastily scheduled speech …"; not "It's"
# ("It’s"), which opens a page's own remark as often as a report
_REFERRING_OPENING = re.compile(
    r"(?:he|she|they|his|her|their|it|its|but|and|still|however|meanwhile|yet|instead"
    r"|also|shortly thereafter)\b(?!['’])",
    re.IGNORECASE,
)


def opens_on_reference(texts: Sequence[str]) -> np.ndarray:
    """Whether each text's first word points to what it has not named: a feature's lede
    that names its subject later, or a passage cut from the middle of a report. Its
    opening names nothing the other articles name, so the model's opening columns read it
    as unlike the story (relevance.REFERRING_PROBABILITY)."""
    return np.array([_REFERRING_OPENING.match(text.lstrip()) is not None for text in texts])
