"""Which of the summary's sentences that can head a briefing tells its news: an article's
opening sentence over a later detail, when it is as much about what the summary is about,
and no line that only tells what came before the news or what nobody knows yet.

The summary's order stays as the summary chose it (the lead of the earliest article it
quotes, then by article and position); only the headline's choice reads these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from chorus.dangling import names_again
from chorus.language.words import ascii_words
from chorus.model import Article, Document, Sentence, SummarySentence
from chorus.render.shortening import CUT_MARK
from chorus.sentences import split
from chorus.summarize.lexical import STOPWORDS
from chorus.summarize.shown import DATELINE, after_dateline

_UNNAMED_LEAD_WORDS = 3
_STEM = 5
"""Words are compared by their first five letters ("remembered" / "remember"), as the
analysis compares them."""

_BACKGROUND = re.compile(
    r"(?:For (?:years|decades|centuries|generations)|Over the (?:years|decades)"
    r"|In recent (?:years|decades)|Every time|Whenever"
    r"|In (?:an? |two |three )?(?:unrelated|separate) (?:case|incident|development)s?"
    r"|(?:Last|Earlier this) (?:week|month|year)(?=,)|Among (?:those|them|the)\b"
    r"|It(?:’s|'s| is) always)\b"
)
"""An opening that tells what has long or always been so, the story's background ("For
years, the weather has been a scapegoat for ... spikes in births, ...", raw validation
cluster 64; "Every time McDonald's trots out its McRib sandwich, ...", 57), which cut to a
headline's length shows only that, as does a writer's remark on what is always so ("It’s
always fun to be in the press room backstage at the Emmys ...", 10); or another story's
("In unrelated cases, Denver prosecutors charged two women ...", 59); an earlier event the
news follows ("Last week, Super Typhoon Zeb killed at least 74 people ...", DUC 2003
cluster 20); or one of a group the news told of ("Among those injured was a man who was
hospitalized ...", raw 187)."""
_UNKNOWN = re.compile(
    r"\b(?:is|are|remains?)\s+(?:(?:still|largely|mostly|poorly|not well)\s+)?"
    r"(?:unexplored|unknown|unclear|understood)\.[\"”’']?$"
)
"""A sentence that says its subject is not yet known: a study's background line ("The
potential benefits of infant sleep for memory processing are largely unexplored.", raw
validation cluster 93), not what the study found."""


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


def background(text: str) -> bool:
    """Whether a summary sentence tells background, another story or something besides
    the news rather than the news."""
    return bool(_BACKGROUND.match(text) or _UNKNOWN.search(text) or _BESIDES.match(text))


def _content_stems(text: str) -> frozenset[str]:
    return frozenset(w[:_STEM] for w in ascii_words(text) if len(w) > 1 and w not in STOPWORDS)


def _shared(shown: str, others: Sequence[frozenset[str]]) -> int:
    """How many content words of a headline as shown another summary sentence writes too:
    how much the headline is about what the summary is about."""
    return sum(any(stem in other for other in others) for stem in _content_stems(shown))


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
    two)."""
    if not candidates or summary[candidates[0] - 1].shown.index == 0:
        return candidates
    stems = [_content_stems(sentence.text) for sentence in summary]

    def shared(number: int) -> int:
        return _shared(shown[number], stems[: number - 1] + stems[number:])

    def lead_shares(number: int) -> int:
        # A lead's opening phrase left out for room still tells which story the rest is
        # ("After a year of controversy over Facebook Inc.’s role in spreading
        # misinformation ..., | Chief Executive Mark Zuckerberg now is positioning ...",
        # raw validation 26, which otherwise shares no word with the summary).
        if not shown[number].startswith(CUT_MARK):
            return shared(number)
        return _shared(summary[number - 1].text, stems[: number - 1] + stems[number:])

    leads = [n for n in candidates if opens_story(summary[n - 1].shown)]
    leads += [n for n in unnamed_leads if shared(n) >= _UNNAMED_LEAD_WORDS]
    if not leads:
        return candidates
    lead = max(leads, key=lambda n: (lead_shares(n), -n))
    if lead_shares(lead) < shared(candidates[0]):
        return candidates
    return _first(lead, candidates)


_CITATIONS = re.compile(r"\b[A-Za-z]{3,}\d{1,3}(?:[,–-]\d{1,3})+\b")
"""A paper's reference numbers run into the word they follow ("a desirable fuel1,2,3",
"the mantle wedge11,12,13,14"): what a journal's text keeps and a news report never
writes."""
_PAPER_CITATIONS = 2
# Where a paper shows itself: its abstract's heading and first references come early
# (raw 56's second sentence; raw 243's paper, its first); reading all of every long page
# cost a quarter of `headline`.
_PAPER_OPENING = 1000
_ABSTRACT_LINE = re.compile(r"^(?:Abstract(?: and Introduction)?|INTRODUCTION:)$", re.MULTILINE)


def _a_paper(article: Article) -> bool:
    """Whether an article is a study's own text: in its opening, a line heading its
    abstract or introduction, or reference numbers run into its words more than once."""
    text = article.text[:_PAPER_OPENING]
    return bool(_ABSTRACT_LINE.search(text)) or len(_CITATIONS.findall(text)) >= _PAPER_CITATIONS


_TEASERS = 2
"""How many questions or exclamations a report may open on before its lead ("Shopping on an
empty stomach? Go and eat something quick!", raw validation cluster 6)."""


def _opens_report(sentence: SummarySentence, documents: Sequence[Document]) -> bool:
    """Whether a summary sentence opens an article that is no study's own text: its first,
    or the first after a teaser's questions and exclamations."""
    shown = sentence.shown
    if shown.index > _TEASERS or _a_paper(shown.article):
        return False
    document = next(d for d in documents if d.article.id == shown.article.id)
    before = split(document)[: shown.index]
    return all(s.text.rstrip("\"”’' ").endswith(("?", "!")) for s in before)


def report_first(
    candidates: list[int], summary: Sequence[SummarySentence], documents: Sequence[Document]
) -> list[int]:
    """`candidates` with the first article's lead that is no study's own text first, when
    the first is a study's: a paper opens on its field's background ("The electrochemical
    conversion of CO 2 and H 2 O into liquid fuel is ideal for high-density renewable energy
    storage ...", raw validation cluster 56, a Nature abstract) where a news report of it
    tells what was found ("Scientists said on Wednesday they have developed a new way to
    make liquid ethanol ..."), maybe after a teaser ("People buy far more stuff and spend
    more money when they're hungry ...", 6, after "Shopping on an empty stomach? Go and eat
    something quick!"). Only a lead: without the analysis, 118's abstract gave way to an
    off-topic page's "Look at the cheeky glimpse he gives the referee."."""
    if not candidates or not _a_paper(summary[candidates[0] - 1].shown.article):
        return candidates
    leads = (n for n in candidates if _opens_report(summary[n - 1], documents))
    return _first(next(leads, None), candidates)


_REPLY = re.compile(
    r"(?:[\w.’'-]+ ){1,4}(?:lawyer|attorney|spokes(?:man|woman|person)|representative"
    r"|publicist)s?,? (?:[^,]{3,60}, )?(?:said|says|told)\b"
)
"""Someone's lawyer or spokesperson answering for them ("Ms. Clifford’s lawyer, Michael
Avenatti, said that he did not consider the restraining order, dated Feb. 27, valid ...",
raw validation cluster 34, a page whose text starts mid-story)."""


def reply_after(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with the first other article's lead first, when the first is a lead
    that answers for someone: a reply to news another outlet's lead tells ("President
    Donald Trump's lawyer is trying to silence adult-film star Stormy Daniels, obtaining a
    secret restraining order ...", raw validation cluster 34)."""
    if not candidates or not _REPLY.match(summary[candidates[0] - 1].text):
        return candidates
    leads = (
        n
        for n in candidates[1:]
        if summary[n - 1].shown.index == 0 and not _REPLY.match(summary[n - 1].text)
    )
    return _first(next(leads, None), candidates)


_NEWS_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
    r"|(?:this|last) (?:morning|afternoon|evening|night))\b"
)
_DEATH = re.compile(r"\b(?:died|dies|passed away|(?:was|were|been) killed)\b")
_DEATHS = re.compile(r"\b(?:died|dies|dead|deaths?|deadly|fatal\w*|kill\w*|murder\w*|slain)\b")
"""What a sentence that already tells of a death writes ("Murder charges have been filed
against three men suspected of killing a 19-year-old ...", raw validation cluster 161)."""


def _tells_a_death(text: str) -> bool:
    """Whether a sentence tells a death and dates it to the story's day ("..., died Monday
    at age 82 at his home in Kent, Connecticut, ..."): the news of an obituary."""
    return bool(_DEATH.search(text) and _NEWS_DAY.search(text))


def death_first(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with the first article's opening sentence that tells a death on the
    story's day first, when the first tells none: "Oscar de la Renta, ..., died Monday at
    age 82 ..." over a friend's "Oscar de la Renta was a great man, and a great American
    designer." (raw validation cluster 81)."""
    if not candidates or _DEATHS.search(summary[candidates[0] - 1].text):
        return candidates
    dying = (n for n in candidates if summary[n - 1].shown.index == 0)
    return _first(next((n for n in dying if _tells_a_death(summary[n - 1].text)), None), candidates)


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


def names_unshown(sentence: SummarySentence, documents: Sequence[Document]) -> bool:
    """Whether a summary sentence, not its article's first, opens (past a credit) with a
    bare definite description of what the sentence before it names ("The zoo follows a
    guideline ..." after "Not only did the Calgary Zoo have to cancel ...", raw validation
    cluster 139): heading the briefing, it never says which zoo."""
    shown = sentence.shown
    text = _CREDIT_FIRST.sub("", sentence.text.lstrip("([ "), count=1)
    text = f"{text[:1].upper()}{text[1:]}"
    if shown.index == 0 or not _BARE_SUBJECT.match(text):
        return False
    document = next(d for d in documents if d.article.id == shown.article.id)
    return names_again(text, split(document)[shown.index - 1].text)


_SUBORDINATE = re.compile(
    r"(?:As|With|When|While|After|Before|Although|Though|Because|If|Since|Despite|Amid)\b"
)
"""An opening clause a lead's news comes after ("As the death toll from Syria's almost
year-long uprising continues to climb, ..."): cut to a headline's length, the lead shows only
the clause."""


_OPENING_SENTENCES = 1
"""The index of an article's last opening sentence: its first, or the second after a
standfirst."""


def wire_lead(sentence: Sentence) -> bool:
    """Whether a sentence is a wire story's lead: opened by a dateline ("HOUSTON (AP) — ")
    or shown past one ("LARGO — "), its news not after an opening clause."""
    dateline = DATELINE.match(sentence.text)
    if dateline is None and not after_dateline(sentence):
        return False
    return not _SUBORDINATE.match(sentence.text, dateline.end() if dateline else 0)


def retold_wire_leads(summary: Sequence[SummarySentence], analysis: Any) -> frozenset[int]:
    """The numbers (from 1) of summary sentences that tell again a wire story's lead the
    summary left out, as the analysis's agreed facts pair them: "Dan and Fran Keller, ...,
    will receive $3.4 million from a state fund ..." for "AUSTIN, Texas -- Texas will pay
    $3.4 million to a couple ...", which selection passed over as told already (raw
    validation cluster 152). The summary then holds no lead of the news, and the telling it
    kept stands in for it when it opens its own article too (its first or second sentence,
    after a standfirst's: "Dan, Fran Keller were victims of ‘satanic panic’ ..., their
    lawyer says."); a later sentence the analysis pairs with a lead tells a part of it
    ("Stepinac is a national hero to millions of Roman Catholic Croats, ..." for "... Pope
    John Paul II on Saturday honored Croatia's World War II cardinal, a hero to Roman
    Catholics, ...", DUC 2003 cluster 17)."""
    facts = getattr(analysis, "agreed", ())
    if not facts:
        return frozenset()
    shown = {s.shown.key: n for n, s in enumerate(summary, start=1)}
    carried = {source.key for s in summary for source in s.sources}
    retold: set[int] = set()
    for fact in facts:
        pairs = [(fact.statement, other) for other in fact.support]
        for lead, telling in (*pairs, *((b, a) for a, b in pairs)):
            if (
                lead.index == 0
                and telling.index <= _OPENING_SENTENCES
                and telling.key in shown
                and lead.key not in carried
                and wire_lead(lead)
            ):
                retold.add(shown[telling.key])
    return frozenset(retold)


def _first(chosen: int | None, candidates: list[int]) -> list[int]:
    """`candidates` with `chosen` moved first (as they are when none was chosen)."""
    if chosen is None:
        return candidates
    return [chosen, *(n for n in candidates if n != chosen)]
