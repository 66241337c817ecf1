"""Which of the summary's sentences that can head a briefing tells its news: an article's
opening sentence over a later detail, when it is as much about what the summary is about,
and no line that only tells what came before the news or what nobody knows yet.

The summary's order stays as the summary chose it (the lead of the earliest article it
quotes, then by article and position); only the headline's choice reads these, and
`headline_wire.py`'s wire leads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.dangling import names_again
from chorus.language.words import ascii_words
from chorus.model import Document, Sentence, SummarySentence
from chorus.render.headline_kinds import death_first as death_first  # read by sources
from chorus.render.headline_kinds import named_first as named_first  # read by sources
from chorus.render.headline_kinds import put_first
from chorus.render.headline_kinds import reply_after as reply_after  # read by sources
from chorus.render.headline_kinds import report_first as report_first  # read by sources
from chorus.render.shortening import CUT_MARK
from chorus.sentences import split
from chorus.summarize.lexical import STOPWORDS
from chorus.summarize.teasers import run_in_lead

_UNNAMED_LEAD_WORDS = 3
_REACH = 150
"""How long a sentence the headline shows whole (`sources`)."""
_STEM = 5
"""Words are compared by their first five letters ("remembered" / "remember"), as the
analysis compares them."""

_BACKGROUND = re.compile(
    r"(?:For (?:years|decades|centuries|generations)|Over the (?:years|decades)"
    r"|In recent (?:years|decades)|Every time|Whenever"
    r"|In (?:an? |two |three )?(?:unrelated|separate) (?:case|incident|development)s?"
    r"|(?:Last|Earlier this) (?:week|month|year)(?=,)|Among (?:those|them|the)\b"
    r"|(?:Before|Prior to) (?!(?:an?|the) (?:[\w’'-]+ ){0,4}?(?:crowd|audience|cameras?|court"
    r"|judge|jury|committee|panel|congregation|gathering|assembly|fans|supporters|reporters"
    r"|lawmakers|Congress|Senate|House|Parliament)\b)"
    r"|It(?:’s|'s| is) always)\b"
)
"""An opening that tells what has long or always been so, the story's background ("For
years, the weather has been a scapegoat for ... spikes in births, ...", raw validation
cluster 64; "Every time McDonald's trots out its McRib sandwich, ...", 57), which cut to a
headline's length shows only that, as does a writer's remark on what is always so ("It’s
always fun to be in the press room backstage at the Emmys ...", 10); or another story's
("In unrelated cases, Denver prosecutors charged two women ...", 59); an earlier event the
news follows ("Last week, Super Typhoon Zeb killed at least 74 people ...", DUC 2003
cluster 20); what came before it ("Before the flight to his new home in California, Jack the
cat escaped from his travel carrier ...", raw 166, whose news is the cat found, then put
down), not where it happened ("Before a huge crowd spread over several muddy hillsides ...,
John Paul beatified Cardinal Alojzije Stepinac, ...", DUC 17); or one of a group the news
told of ("Among those injured was a man who was hospitalized ...", raw 187)."""
_UNKNOWN = re.compile(
    r"\b(?:is|are|remains?)\s+(?:(?:still|largely|mostly|poorly|not well)\s+)?"
    r"(?:unexplored|unknown|unclear|understood)\.[\"”’']?$"
)
"""A sentence that says its subject is not yet known: a study's background line ("The
potential benefits of infant sleep for memory processing are largely unexplored.", raw
validation cluster 93), not what the study found."""
_UNKNOWN_ENDS = ("unexplored.", "unknown.", "unclear.", "understood.")
"""How a sentence `_UNKNOWN` reads ends, before its closing mark: searched only then (its
`\b` opening is tried at every word, 2.3 µs a sentence)."""


_LONG_SO = re.compile(
    r"[^,.;:]{2,60}\b(?:have|has) (?:long|consistently|always)"
    r" (?:been|[a-z]+ed|known|sought|stood)\b"
)
"""What someone has long, always or consistently wanted or done, with no clause's "but"
after it bringing the news ("Scientists have long wanted to produce sperm and eggs in the
laboratory ...", raw validation cluster 200; "US airlines have long protested that ...",
217; "Raffaele Sollecito has consistently stood by his ex-girlfriend Amanda Knox in the
years since ...", 133, whose news is that he now questions her; not "Area 51 has long been
a topic of fascination ..., but newly released CIA documents ...", 138)."""


_SETTING = re.compile(r"(?:(?!\b(?:that|which|who|where)\s)[^,.;:]){2,60}\b(?:is|are) home to\b")
"""A place told as the home of the story's subjects ("The Colchester Zoo in England is home
to a community of mandrills, the largest of the monkeys.", raw validation cluster 41): the
scene the article goes on to set its news in. Not a relative clause's "home to" inside the
subject ("A dorm that is home to 300 students burned down overnight.": the lead's review)."""
_SETTING_CHARS = 80


_BESIDES = re.compile(r"(?:[\w’'-]+ ){1,6}(?:also|(?:went|goes) on to)\b")
"""An "also" among a sentence's first words: what it tells comes besides something its
article told before ("The recent frigid weather also resulted in cancellations of New Year
polar bear dips ...", raw validation cluster 139; "There's also a military escort, ...",
46); or "went on to": what someone said or did next ("Celli went on to say that “It’s not
necessarily that it’s too cold for them …", 139)."""


_DUMMY_IT = re.compile(r"It(?:’s|'s| is) an? ")


def opens_on_dummy_it(sentence: SummarySentence) -> bool:
    """Whether a summary sentence is its article's first and opens "It's a ...": with no
    sentence before it, the "it" stands for nothing and the news is named after it ("It’s a
    cold snap life for penguins up in Alberta, Canada.", raw validation cluster 139); a
    later one's "It is a crushing loss ..." (109) is the loss told before."""
    return sentence.shown.index == 0 and bool(_DUMMY_IT.match(sentence.text))


_ONE_OF_SEVERAL = re.compile(
    r"One (?:problem|reason|question|issue|concern|difference|explanation|obstacle"
    r"|complaint|challenge|drawback|factor)\b"
)
"""One of several things the sentence before names ("One problem, in Mr. Oppenheim’s view,
was the lack of on-the-record, on-camera interviews.", raw validation cluster 130: a
problem with a story it never names)."""
_ENDS_ON_THAT = re.compile(
    r"\b(?:than|about|beyond|of|on|with|after|like|besides) (?:that|this|those|these)\.$"
)
_LAST_CHARS = 24
_POINTERS = ("that.", "this.", "those.", "these.")
"""A sentence ending on a word for what was told before ("Riley, ... and Delphi Police
Chief Steve Mullins refused to say much more than that.", raw validation cluster 153)."""


def points_back(text: str) -> bool:
    """Whether a sentence is one of several things its article told before, or ends on a
    word for what it told: heading the briefing, it never says what."""
    # Each is read only past a first look at its word: reading every sentence cost
    # `headline` 5-10%.
    if text.startswith("One ") and _ONE_OF_SEVERAL.match(text):
        return True
    end = text.rstrip("\"”’' ")
    return end.endswith(_POINTERS) and bool(_ENDS_ON_THAT.search(end[-_LAST_CHARS:]))


def ends_a_quotation(text: str) -> bool:
    """Whether a sentence's first quotation mark closes a quotation: the end of someone's
    words opened a sentence before ("That you have to treat them fairly and
    transparently.”", raw validation cluster 144, after "... From the ABC interview: “This
    is exactly why ..."), which heading the briefing never says whose."""
    closing = text.find("”")
    return closing >= 0 and not 0 <= text.find("“") < closing


_CONCESSION = re.compile(r"[^,.;:]{2,60}\b(?:may|might) (?:be|seem|look)\b")
_BUT = re.compile(r"(?:,|--|[—–]) but\b")
_SETUP_CHARS = 120
"""A headline's two lines (`sources`): a concession whose "but" comes later is cut to
nothing but what the news is set against."""


def _conceded_first(text: str) -> bool:
    """Whether a sentence opens on a concession and tells its news only after a "but" past
    a headline's length ("Google might be a lot of things today -- a provider of mobile
    software ..., a social network provider with Google+ -- but today it's announcing ...",
    raw validation cluster 171; not "The United States of America may be the land of the
    free ..., but it’s not even in the world’s top 20 countries, ...", 0)."""
    # The pattern read only when a "but" comes late: reading every sentence cost
    # `headline` 2%.
    concession = " but " in text[_SETUP_CHARS:] and _CONCESSION.match(text)
    if not concession:
        return False
    but = _BUT.search(text, concession.end())
    return but is not None and but.start() > _SETUP_CHARS


def background(text: str) -> bool:
    """Whether a summary sentence tells background, another story or something besides
    the news rather than the news, or only what the news is set against."""
    return bool(
        _BACKGROUND.match(text)
        or (text.rstrip("\"”’'\n").endswith(_UNKNOWN_ENDS) and _UNKNOWN.search(text))
        or _BESIDES.match(text)
        or (" home to " in text[:_SETTING_CHARS] and _SETTING.match(text) is not None)
        or _conceded_first(text)
        or (_LONG_SO.match(text) is not None and _BUT.search(text) is None)
    )


_TURN = re.compile(r"Now,? (?:(?:an?|the) )?[A-Z]")
_TURN_INDEX = 3
"""How far into its article a turn to the news comes (raw validation 200's is its third
sentence, after the setup and what earlier teams managed)."""


def turned_to_news(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with a sentence that turns from its article's background lead to the
    news first ("Now a Kyoto University group has found a way to turn mouse ES cells into
    sperm precursor cells ...", raw validation cluster 200, after "Scientists have long
    wanted to produce sperm and eggs in the laboratory ..."), though its "Now" leans on
    what came before; not after a lead that tells news ("Now the Florida resident is among
    ...", 197, after an anecdote)."""
    leads = {s.shown.article.id: s.text for s in summary if s.shown.index == 0}
    for number, sentence in enumerate(summary, start=1):
        lead = leads.get(sentence.shown.article.id)
        if (
            0 < sentence.shown.index <= _TURN_INDEX
            and _TURN.match(sentence.text)
            and lead is not None
            and background(lead)
        ):
            return put_first(number, candidates)
    return candidates


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


_CREDIT_FIRST = re.compile(r"According to [^,]{1,60}, (?=the [a-z])")
"""A credit before the subject ("According to CTVNews, the zoo has 51 members ...")."""
_BARE_SUBJECT = re.compile(
    r"The (?:[a-z][\w’'-]* ){1,2}(?:[a-z]+(?:s|ed)|is|was|are|were|has|had|have|will|would"
    r"|can|could|may|might|must|should|said|told|made|took|gave|got|went|came|left)\b"
)
"""A definite description of one or two words right before its verb ("The zoo follows
..."): nothing after it says which ("The main psychoactive ingredient in marijuana makes
...", raw validation cluster 98; "The obstetrician, Dr. Barnett Slepian, was killed ...",
DUC 2003 d31013t, line 21)."""


def names_unshown(
    sentence: SummarySentence,
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]] | None = None,
) -> bool:
    """Whether a summary sentence, not its article's first, opens (past a credit) with a
    bare definite description of what the sentence before it names ("The zoo follows a
    guideline ..." after "Not only did the Calgary Zoo have to cancel ...", raw validation
    cluster 139): heading the briefing, it never says which zoo. `sentences`: the articles'
    sentences by article id, as `brief` split them; without them the article is split."""
    shown = sentence.shown
    text = _CREDIT_FIRST.sub("", sentence.text.lstrip("([ "), count=1)
    text = f"{text[:1].upper()}{text[1:]}"
    if shown.index == 0 or not _BARE_SUBJECT.match(text):
        return False
    if sentences is not None:
        return names_again(text, sentences[shown.article.id][shown.index - 1].text)
    document = next(d for d in documents if d.article.id == shown.article.id)
    return names_again(text, split(document)[shown.index - 1].text)
