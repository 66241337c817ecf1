"""Which of the summary's sentences that can head a briefing tells its news: no line that
only tells what came before the news or what nobody knows yet, nor one that leans on a
sentence before it; an article's opening sentence over a later detail, when it is as much
about what the summary is about, is `headline_leads.py`'s choice.

The summary's order stays as the summary chose it (the lead of the earliest article it
quotes, then by article and position); only the headline's choice reads these, and
`headline_wire.py`'s wire leads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from chorus.dangling import names_again
from chorus.model import Document, Sentence, SummarySentence
from chorus.render.headline_kinds import death_first as death_first  # read by headline_choice
from chorus.render.headline_kinds import named_first as named_first  # read by headline_choice
from chorus.render.headline_kinds import put_first
from chorus.render.headline_kinds import reply_after as reply_after  # read by headline_choice
from chorus.render.headline_kinds import report_first as report_first  # read by headline_choice
from chorus.sentences import split

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
"""A headline's two lines (`headline_choice`): a concession whose "but" comes later is cut to
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
