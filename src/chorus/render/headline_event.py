"""Which sentence heads a briefing when the first that could tells no event: a short lead
that only sets the story up gives way to another outlet's lead, a teaser opening on a name
to the line right below telling what happened to it, a line telling only how a
party feels about the news to the next telling what happened, one telling only what a thing
does not do or is not to the next that tells what is, a detail from deep in its article to
a higher sentence telling what happened on the story's day; and which heads none: a
feature's kicker (`kicker`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.language.events import NEWS_DAY, PAST, PERFECT
from chorus.language.numbers import NUMBER
from chorus.model import SummarySentence
from chorus.render.headline_kinds import put_first
from chorus.render.headline_leads import content_stems, opens_story, shared_words
from chorus.summarize.feature_ledes import tells_the_news

_FIGURE = re.compile(r"\d")
_SETUP_WORDS = 10
_SENTENCE_ENDS = (".", "!")


def sets_up(text: str) -> bool:
    """Whether a lead is a short line telling no event: ten words at most, a sentence's
    end (no title's), no figure and no verb in the past: a figure of speech or a teaser the
    article's next lines explain ("Rihanna is giving Madonna a run for her money.", raw
    validation cluster 82, before her 20th No. 1)."""
    return (
        len(text.split()) <= _SETUP_WORDS
        and text.rstrip("\"”’' ").endswith(_SENTENCE_ENDS)
        and not _FIGURE.search(text)
        and not PAST.search(text)
    )


def setup_after(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with another article's lead first, when the first is a lead that only
    sets the story up (`sets_up`) and the other writes more of the summary's words: "Passing
    Janet Jackson, Rihanna now trails only Madonna for the all-time chart record." over
    "Rihanna is giving Madonna a run for her money." (raw validation cluster 82)."""
    first = summary[candidates[0] - 1] if candidates else None
    if first is None or not opens_story(first.shown) or not sets_up(first.text):
        return candidates
    stems = [content_stems(sentence.text) for sentence in summary]

    def shared(number: int) -> int:
        return shared_words(summary[number - 1].text, stems[: number - 1] + stems[number:])

    leads = [
        n
        for n in candidates[1:]
        if opens_story(other := summary[n - 1].shown) and other.article is not first.shown.article
    ]
    lead = max(leads, key=lambda n: (shared(n), -n), default=None)
    return put_first(lead if lead and shared(lead) > shared(candidates[0]) else None, candidates)


_TEASER_WORDS = 20
"""The most words a teaser has: twice a set-up's (`sets_up`), which needs another outlet's
lead to give way to; a teaser gives way only to a line of its own name's deed."""
_TEASER_REACH = 2
"""How far below a teaser the line telling its event may be: the next or the one after."""
_OPENING_NAME = re.compile(r"[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*)+")
"""A name of two capitalised words or more opening a line ("Troy Tulowitzki", "Michael Kors")."""


def teases(text: str) -> bool:
    """Whether a short line tells no event: twenty words at most, a sentence's end, no
    figure (digits or words), no story's day and no verb in the past but in the present
    perfect, which a figure of speech writes too ("Michael Kors has picked out some new
    shoes to go with its handbags.", raw validation cluster 15; "Troy Tulowitzki has a tough
    name to spell, even at his own ballpark.", 1)."""
    return (
        len(text.split()) <= _TEASER_WORDS
        and text.rstrip("\"”’' ").endswith(_SENTENCE_ENDS)
        and not NUMBER.search(text)
        and not NEWS_DAY.search(text)
        and not PAST.search(PERFECT.sub("", text))
    )


_KICKER_TURN = re.compile(
    r"[^,;:]{3,80}(?:,| ?[—–]| --) but,? (?:(?:apparently|evidently|seemingly|it seems),? )?"
    r"(?:it|there|that|this|they)\b"
)
"""A line turning on ", but" to a clause whose subject is a pronoun: what the turn tells is
only what the line's own opening said, in other words ("..., but apparently, it wasn’t
without love.")."""
_NO_ONE = re.compile(r"\b[Nn]o one\b")


def _unnamed_line(text: str) -> bool:
    """Whether a line is short and tells nothing a report would: twenty words at most, a
    sentence's end, no figure ("no one" is none) nor story's day, no name past its first
    word (no named actor doing a deed)."""
    words = text.split()
    return (
        len(words) <= _TEASER_WORDS
        and text.rstrip("\"”’' ").endswith(_SENTENCE_ENDS)
        and not _FIGURE.search(text)
        and not NUMBER.search(_NO_ONE.sub("", text))
        and not NEWS_DAY.search(text)
        and not any(word.lstrip("\"“‘'(")[:1].isupper() for word in words[1:])
    )


def kicker(text: str) -> bool:
    """Whether a line is a feature's kicker, wordplay that tells no news: a short line
    naming no one (`_unnamed_line`) turning on ", but" to a pronoun (`_KICKER_TURN`): "No
    one liked the government shutdown, but apparently, it wasn’t without love." (raw
    validation cluster 64, whose news is the births its next lines count). Not a finding
    its sources tell ("A little jogging is good for your health, researchers say, but too
    much might not be.", 74) nor a named party's words ("The Senate might not be broken, but
    it's not exactly stable, former Senate Majority Leader Bob Dole says.", 86)."""
    return _unnamed_line(text) and _KICKER_TURN.match(text) is not None


def kicker_run(summary: Sequence[SummarySentence]) -> frozenset[int]:
    """The numbers of the summary's kickers (`kicker`), and of each line right below one
    that is its article's next and as short and unnamed (`_unnamed_line`), its wordplay going
    on: "The kind of love that transpires when, say, you and your partner both don’t have to
    go to work." after 64's kicker (its summary at 200 or 300 words)."""
    kicked: set[int] = set()
    for number, sentence in enumerate(summary, start=1):
        before = summary[number - 2].shown if number - 1 in kicked else None
        if kicker(sentence.text) or (
            before is not None
            and sentence.shown.article.id == before.article.id
            and sentence.shown.index == before.index + 1
            and _unnamed_line(sentence.text)
        ):
            kicked.add(number)
    return frozenset(kicked)


def tells_of(name: str, text: str) -> bool:
    """Whether a sentence writes `name` whole as itself, not as another's possessor ("Colin
    Kroll's girlfriend called police ...": someone else's deed)."""
    return re.search(rf"\b{re.escape(name)}\b(?![’'])", text) is not None


def teaser_after(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with summary sentence 2 or 3 first when the summary opens on a teaser
    (`teases`) opening on a name, and that sentence tells a deed and its day or figure
    (`summarize.feature_ledes.tells_the_news`) of that name (`tells_of`): "On Tuesday,
    Michael Kors Holdings said it had agreed to buy the shoe company Jimmy Choo for 896
    million pounds, ..." over "Michael Kors has picked out some new shoes to go with its
    handbags." (raw validation cluster 15). Not a line opening on no name of two words or
    whose name the line below does not write: "Thor, ..., is now a woman." is the news,
    "News of the celestial upheaval came Tuesday morning ..." its telling (162); "A little
    jogging is good for your health, researchers say, ..." a study's finding, "In Lee's own
    study of 55,000 adults, ..." another's (74)."""
    opening = summary[0].text if candidates and candidates[0] == 1 else ""
    name = _OPENING_NAME.match(opening)
    if name is None or not teases(opening):
        return candidates
    told = (
        n
        for n in candidates[1:]
        if n <= 1 + _TEASER_REACH
        and tells_the_news(summary[n - 1].text)
        and tells_of(name.group(), summary[n - 1].text)
    )
    return put_first(next(told, None), candidates)


_DEEP_INDEX = 10
"""How far into its article a sentence is a detail its writer put below the news."""


def tells_the_day(text: str) -> bool:
    """Whether a sentence tells an event on the story's day: a verb in the past and the day
    ("Title No. 1 for James was clinched on Thursday night as the Miami Heat overpowered the
    upstart Oklahoma City Thunder, 121-106, ...", raw validation cluster 226)."""
    return bool(NEWS_DAY.search(text) and PAST.search(text))


def event_over_detail(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with the first sentence telling the story's day's event, higher in its
    own article (any outlet's) than the detail is in its, first, when the first is a detail
    from deep in its own (its eleventh sentence or later) telling no day: "Oklahoma City was
    led by Kevin Durant, who had 32 points." (the loser's, [1]'s 25th) gives way to "Title No.
    1 for James was clinched on Thursday night ..." ([2]'s 10th, raw validation cluster 226)."""
    first = summary[candidates[0] - 1] if candidates else None
    if first is None or first.shown.index < _DEEP_INDEX or NEWS_DAY.search(first.text):
        return candidates
    told = (
        n
        for n in candidates[1:]
        if summary[n - 1].shown.index < first.shown.index and tells_the_day(summary[n - 1].text)
    )
    return put_first(next(told, None), candidates)


_FEELING = re.compile(
    r"(?:[A-Z][\w’'.&-]*)(?: [\w’'.&-]+){0,5}? (?:is|are|isn[’']t|aren[’']t)"
    r"(?: not| no longer| none too)?(?: (?:very|particularly|too|exactly|all that|so|quite"
    r"|really|pretty|clearly|especially))? (?:happy|unhappy|pleased|displeased|thrilled"
    r"|excited|upset|angry|furious|annoyed|disappointed|delighted|worried|concerned|outraged"
    r"|irked|impressed|unimpressed|satisfied|dissatisfied|frustrated|(?:a|no|not a) fan)"
    r" (?:with|about|over|by|at|of)\b"
)
"""A party, its present "is"/"are" and how it feels toward something: "American Airlines is
not happy with Qatar Airways' intent to invest." (raw validation cluster 217, [2]'s lead), "...
is no fan of ...". Not "is happy to announce ..." nor "was pleased with ...": an act, a past."""
_ONLY_WORDS = 15
"""The most words a line telling only a feeling or what a thing is not has: a longer one goes
on to tell more (DUC 3's "The scientists are not worried about being hit by meteors, most of
which ...")."""


def _tells_only(opening: re.Pattern[str], text: str) -> bool:
    """Whether a sentence opens on `opening` and tells nothing more: at most `_ONLY_WORDS`
    words, no figure and no verb in the past."""
    return (
        len(text.split()) <= _ONLY_WORDS
        and not _FIGURE.search(text)
        and not PAST.search(text)
        and opening.match(text) is not None
    )


def tells_a_feeling(text: str) -> bool:
    """Whether a sentence tells only how a party feels about the news (`_FEELING`, at most
    fifteen words, no figure and no verb in the past): an editorial lede that leaves what
    happened to its next lines."""
    return _tells_only(_FEELING, text)


def feeling_after(
    candidates: list[int], summary: Sequence[SummarySentence], shown: Mapping[int, str]
) -> list[int]:
    """`candidates` with the next one whose cut (`shown`: each candidate cut at the limit)
    still writes a figure first, when the first tells only a party's feeling
    (`tells_a_feeling`): "Qatar Airways filed under the Hart-Scott-Rodino Act, as required for
    its proposed investment of at least $808 million, ..." over "American Airlines is not
    happy with Qatar Airways' intent to invest." (raw validation cluster 217). Not the next
    telling an event in the past: "American Airlines CEO Doug Parker sent a letter to
    employees on Thursday…" is cut before the stake its letter answers."""
    if not candidates or not tells_a_feeling(summary[candidates[0] - 1].text):
        return candidates
    counted = (n for n in candidates[1:] if _FIGURE.search(shown[n]))
    return put_first(next(counted, None), candidates)


_DENIED = re.compile(
    r"(?:[A-Z][\w’'.&-]*)(?: [\w’'.&-]+){0,5}? (?:doesn[’']t|does not|don[’']t|do not|isn[’']t"
    r"|is not|aren[’']t|are not) [a-z]"
)
"""A subject and its present verb denied right after it: "The Good Country Index doesn’t
measure what countries do at home." (raw validation cluster 0, the index's own page)."""


def tells_what_not(text: str) -> bool:
    """Whether a sentence tells only what a thing does not do or is not (`_DENIED`, at most
    fifteen words, no figure and no verb in the past): a page's note on its own scope, not
    the news its next lines or another outlet's tell."""
    return _tells_only(_DENIED, text)


def denial_after(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with the next one first when the first tells only what a thing does not
    do or is not (`tells_what_not`): "The United States of America may be the land of the free
    and the home of the brave, but it’s not even in the world’s top 20 countries, ..." over
    the index page's "The Good Country Index doesn’t measure what countries do at home."
    (raw validation cluster 0), which `lead_first` put first as another article's lead."""
    if len(candidates) < 2 or not tells_what_not(summary[candidates[0] - 1].text):
        return candidates
    return put_first(candidates[1], candidates)
