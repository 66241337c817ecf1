"""Which lead heads a briefing: an article's opening sentence (`opens_story`: its first, or
the first after a standfirst) over a later sentence telling a detail, when it says as much
of what the summary tells (`lead_first`, counted by `shared_words` on `content_stems`); a
later sentence telling its article's left-out lead again stands in for a lead. What a
sentence tells instead of the news is read in `headline_news.py` (`background`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from chorus.language.words import ascii_words
from chorus.model import Sentence, SummarySentence
from chorus.render.headline_kinds import put_first
from chorus.render.headline_news import background
from chorus.render.shortening import CUT_MARK
from chorus.summarize.lexical import STOPWORDS
from chorus.summarize.teasers import run_in_lead

_UNNAMED_LEAD_WORDS = 3
_REACH = 150
"""How long a sentence the headline shows whole (`headline_choice`)."""
_STEM = 5
"""Words are compared by their first five letters ("remembered" / "remember"), as the
analysis compares them."""


def content_stems(text: str) -> frozenset[str]:
    return frozenset(w[:_STEM] for w in ascii_words(text) if len(w) > 1 and w not in STOPWORDS)


def shared_words(shown: str, others: Sequence[frozenset[str]]) -> int:
    """How many content words of a headline as shown another summary sentence writes too:
    how much the headline is about what the summary is about."""
    return sum(any(stem in other for other in others) for stem in content_stems(shown))


_STANDFIRST_WORDS = 15
# A line's end a standfirst never has: a sentence's, or a bracket closing a video's
# caption ("... before Smith was fatally shot. (3:31)", raw validation cluster 32).
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")")


def opens_story(sentence: Sentence) -> bool:
    """Whether a sentence is its article's first, or the first after a standfirst: one line
    of fifteen words or more with no sentence's end ("An ‘antifascist investigation team’
    claimed to unmask Mike Peinovich as the ringleader of the Right Stuff website, a hub for
    the far-right movement", raw validation cluster 92). Not after a title's few words: a
    byline, a video's link or a hands-on's aside follows those ("Lenovo IdeaCentre Horizon
    Table PC hands-on", 211; "Popeye meets Wilco in hand-drawn cartoon music video", 213)."""
    if sentence.index != 1:
        return sentence.index == 0
    before = sentence.article.text[: sentence.start].strip()
    return (
        "\n" not in before
        and len(before.split()) >= _STANDFIRST_WORDS
        and not before.endswith(_SENTENCE_END)
    )


def lead_first(
    candidates: list[int],
    summary: Sequence[SummarySentence],
    shown: Mapping[int, str],
    unnamed_leads: Sequence[int] = (),
) -> list[int]:
    """`candidates` (summary sentence numbers, from 1, in the order they would head the
    briefing) with an article's opening sentence first when the first is a later sentence
    of its article and the lead says as much of what the summary tells as it does, as
    its `shown` text (by sentence number) says it (the most of that among leads; the
    earliest on a tie). A later sentence tells a detail ("According to UCPD Chief Mitch
    Celaya, officers arrived at the business school at 2:19 p.m.…", raw validation cluster
    189) where another article's lead tells the news ("A UC Berkeley police officer shot
    and wounded a man ..."); a lead that shares fewer of the summary's words tells another
    side of it ("The Good Country Index doesn’t measure what countries do at home.", 0). A
    lead of
    `unnamed_leads` (naming nothing the outlets agree on) competes when it shows at least
    three of the summary's words ("Babies process and preserve memories during those many
    naps ...", where the agreed fact writes "infants", raw validation cluster 93; not
    "No one liked the government shutdown, but apparently, it wasn’t without love.", 64,
    two). A lead the headline would show whole may share more when read whole; with no lead
    at all, a later sentence telling its article's left-out lead again stands in for it. A
    later sentence whose own article's lead, shown, tells background gives way to another
    article's lead whatever they share (`_own_lead_tells_background`, raw 41)."""
    # A lead in run-in capitals below its page's teaser opens its story (raw 48).
    first = summary[candidates[0] - 1].shown if candidates else None
    if first is None or first.index == 0 or run_in_lead(first):
        return candidates
    stems = [content_stems(sentence.text) for sentence in summary]

    def shared(number: int) -> int:
        return shared_words(shown[number], stems[: number - 1] + stems[number:])

    def shared_whole(number: int) -> int:
        return shared_words(summary[number - 1].text, stems[: number - 1] + stems[number:])

    def lead_shares(number: int) -> int:
        # A lead's opening phrase left out for room still tells which story the rest is
        # ("After a year of controversy over Facebook Inc.’s role in spreading
        # misinformation ..., | Chief Executive Mark Zuckerberg now is positioning ...",
        # raw validation 26, which otherwise shares no word with the summary), as does a
        # part left out inside it ("Some time late in 2011 … humanity will reach ...", 45,
        # whose aside names the "people" the summary writes).
        left_out = CUT_MARK in shown[number].removesuffix(CUT_MARK)
        return shared_whole(number) if left_out else shared(number)

    leads = [n for n in candidates if opens_story(summary[n - 1].shown)]
    leads += [n for n in unnamed_leads if shared(n) >= _UNNAMED_LEAD_WORDS]
    # With no lead to choose, a sentence telling again its article's own lead, which the
    # summary left out, stands in for it (`_retold_leads`).
    leads = leads or _retold_leads(candidates, summary, stems)
    if not leads:
        return candidates
    lead = max(leads, key=lambda n: (lead_shares(n), -n))
    most = shared(candidates[0])
    if lead_shares(lead) >= most or _own_lead_tells_background(first, summary[lead - 1], summary):
        return put_first(lead, candidates)
    # A lead the headline would show whole, read whole, shares more than the other: its
    # end's words then count as the other's do ("Legendary rock group Led Zeppelin have
    # unveiled two previously unheard recordings ahead of the reissue | of the band's first
    # three albums in June.", raw validation 20; read with a tie, "If you've ever eaten a
    # McRib, ..." headed 57).
    whole = (n for n in leads if len(summary[n - 1].text) <= _REACH and shared_whole(n) > most)
    return put_first(next(whole, None), candidates)


def _own_lead_tells_background(
    first: Sentence, lead: SummarySentence, summary: Sequence[SummarySentence]
) -> bool:
    """Whether `lead` opens another article than `first` (a later sentence of its own) and
    `first`'s own article lead, shown in the summary, tells background (`background`: "The
    Colchester Zoo in England is home to a community of mandrills ..." before "A dozen years
    later Milly and her zoo mates continue to perform this gesture, ...", raw validation
    cluster 41): `first` is then the anecdote's next step, where the other article's lead
    tells the news."""
    own_lead = next(
        (s.text for s in summary if s.shown.article is first.article and s.shown.index == 0),
        None,
    )
    return lead.shown.article is not first.article and own_lead is not None and background(own_lead)


_RETOLD_SHARE = 0.75
_RETOLD_WORDS = 8
_OPENING_CHARS = 300
"""How much of an article's text its lead takes, read as its opening (a title line before
it only adds words); a sentence starting inside it is no later telling."""


def _retold_leads(
    candidates: Sequence[int], summary: Sequence[SummarySentence], stems: Sequence[frozenset[str]]
) -> list[int]:
    """Of `candidates`, the later sentences of articles whose lead the summary left out that
    write three in four of their content words (eight at least) in their article's opening:
    the lead told again ("Sprint will begin selling the iPhone 5 in mid-October, closing a
    huge hole in the No. 3 U.S. carrier's lineup ...", a video's caption under "Sprint Nextel
    Corp. will begin selling the new version of the Apple iPhone in mid-October, ...", raw
    validation cluster 207), where the sentence before it tells a figure of the background
    ("Sprint had more than 52 million subscribers at the end of the second quarter, ...")."""
    shown_leads = {s.shown.article.id for s in summary if s.shown.index == 0}
    openings: dict[str, frozenset[str]] = {}
    retold = []
    for n in candidates:
        shown = summary[n - 1].shown
        article = shown.article
        if (
            len(stems[n - 1]) < _RETOLD_WORDS
            or shown.start < _OPENING_CHARS
            or article.id in shown_leads
        ):
            continue
        if article.id not in openings:
            openings[article.id] = content_stems(article.text[:_OPENING_CHARS])
        told = len(stems[n - 1] & openings[article.id])
        if told >= _RETOLD_WORDS and told >= _RETOLD_SHARE * len(stems[n - 1]):
            retold.append(n)
    return retold
