"""Which lead heads a briefing when the first sentence that could is of a kind that gives
way: a study's own text to a news report's lead, a lawyer's or spokesperson's reply or a
reaction's verdict to another outlet's lead, a friend's tribute to a lead telling the
death, a subject that is only a role or a description to one that names who, a writer's
own first person to words in no one's; and which heads none: a video's blurb, what a
sentence ending on a colon introduces."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chorus.language.events import NEWS_DAY
from chorus.model import Document, SummarySentence
from chorus.sentences import split
from chorus.summarize.page_lines import video_blurb
from chorus.summarize.papers import a_study
from chorus.summarize.replies import answers_the_news, opens_article

_TEASERS = 2
"""How many questions or exclamations a report may open on before its lead ("Shopping on an
empty stomach? Go and eat something quick!", raw validation cluster 6)."""


def _opens_report(sentence: SummarySentence, documents: Sequence[Document]) -> bool:
    """Whether a summary sentence opens an article that is no study's own text: its first,
    or the first after a teaser's questions and exclamations."""
    shown = sentence.shown
    if shown.index > _TEASERS or a_study(shown.article):
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
    storage ...", raw validation cluster 56, a Nature abstract, until `summarize.papers` left
    it out of that summary) where a news report of it tells what was found ("Scientists
    said on Wednesday they have developed a new way to make liquid ethanol ..."), maybe
    after a teaser ("People buy far more stuff and spend
    more money when they're hungry ...", 6, after "Shopping on an empty stomach? Go and eat
    something quick!"). Only a lead: without the analysis, 118's abstract gave way to an
    off-topic page's "Look at the cheeky glimpse he gives the referee."."""
    if not candidates or not a_study(summary[candidates[0] - 1].shown.article):
        return candidates
    leads = (n for n in candidates if _opens_report(summary[n - 1], documents))
    return put_first(next(leads, None), candidates)


def reply_after(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with the first other article's lead first, when the first is a lead
    that answers for someone or gives a verdict on the news: a reply to news another
    outlet's lead tells ("President Donald Trump's lawyer is trying to silence adult-film
    star Stormy Daniels, obtaining a secret restraining order ...", raw validation cluster
    34), a reaction to it ("... called the work an “insult.”", 185, where "An artist has
    been buried alive beneath a busy Hobart road ..." tells what work)."""
    first = summary[candidates[0] - 1] if candidates else None
    if first is None or not (opens_article(first.shown) and answers_the_news(first.text)):
        return candidates
    leads = (
        n
        for n in candidates[1:]
        if opens_article(summary[n - 1].shown) and not answers_the_news(summary[n - 1].text)
    )
    return put_first(next(leads, None), candidates)


_DEATH = re.compile(r"\b(?:died|dies|passed away|(?:was|were|been) killed)\b")
_DEATHS = re.compile(r"\b(?:died|dies|dead|deaths?|deadly|fatal\w*|kill\w*|murder\w*|slain)\b")
"""What a sentence that already tells of a death writes ("Murder charges have been filed
against three men suspected of killing a 19-year-old ...", raw validation cluster 161)."""


def _tells_a_death(text: str) -> bool:
    """Whether a sentence tells a death and dates it to the story's day ("..., died Monday
    at age 82 at his home in Kent, Connecticut, ..."): the news of an obituary."""
    return bool(_DEATH.search(text) and NEWS_DAY.search(text))


def death_first(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with the first article's opening sentence that tells a death on the
    story's day first, when the first tells none: "Oscar de la Renta, ..., died Monday at
    age 82 ..." over a friend's "Oscar de la Renta was a great man, and a great American
    designer." (raw validation cluster 81)."""
    if not candidates or _DEATHS.search(summary[candidates[0] - 1].text):
        return candidates
    dying = (
        n
        for n in candidates
        if summary[n - 1].shown.index == 0 and _tells_a_death(summary[n - 1].text)
    )
    return put_first(next(dying, None), candidates)


def put_first(chosen: int | None, candidates: list[int]) -> list[int]:
    """`candidates` with `chosen` moved first (as they are when none was chosen)."""
    if chosen is None:
        return candidates
    return [chosen, *(n for n in candidates if n != chosen)]


_DESCRIBED = re.compile(
    r"The (?:[a-z][\w’'-]* ){0,2}[a-z][\w’'-]*(?: of (?:The )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?"
    r" (?:[a-z]+(?:s|ed)|is|was|are|were|has|had|have|will|would|can|could|went|came|left"
    r"|claim|say|made|took|gave|got)\b"
)
"""A subject that is only a role or a thing, "the" and what it is, right before its verb
("The host of The Late Show went abroad ...", raw validation cluster 137; "The marketing
materials claim that caffeine diffuses ...", 222): it names no one."""
_NAMED = re.compile(
    r"(?!(?:The|A|An|This|That|These|Those|It|Its|In|On|At|As|After|When|While|If|For|With"
    r"|From|By|Now|Then|But|And)\b)[A-Z][\w’'.-]+(?: (?:and|&) [A-Z][\w’'.-]+| [A-Z][\w’'.-]+)+"
    r" [a-z]"
)
"""A subject of two names or more right before its verb ("Stephen Colbert kicked off ...",
"Yu and Soni say ...")."""


def named_first(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with the first whose subject names someone first, when the first's
    subject is only a role or a thing and it is no article's first sentence: "The host of
    The Late Show went abroad ..." gives way to "Stephen Colbert kicked off day one of
    “Russia Week” ..." (raw validation cluster 137), a lead that names the host later in
    its article; an article's own first sentence may open on what it is about, named after
    its verb ("The producer who worked alongside Ronan Farrow at NBC News ...", 130)."""
    if not candidates:
        return candidates
    first = summary[candidates[0] - 1]
    if first.shown.index == 0 or not _DESCRIBED.match(first.text):
        return candidates
    named = (n for n in candidates[1:] if _NAMED.match(summary[n - 1].text))
    return put_first(next(named, None), candidates)


# language/quotations' marks and single ones: a headline quotes in them ('I Will Help ...')
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|‘[^’]*’|(?<!\w)'[^']*'(?!\w)")
_WRITER = re.compile(r"\b(?:I|me|my|myself)\b")
"""The writer's own first person, read outside quotation marks ("... while my body lay in
coma, my mind ... was alive and well.", raw validation cluster 212): a columnist's or
critic's view. The plural is left: an outlet's "our list" or "we've collected" may tell
the news (5, 84), and "our bellies" is everyone's (6)."""


def _the_writer_s(sentence: SummarySentence) -> bool:
    return bool(_WRITER.search(_QUOTED.sub(" ", sentence.text)))


def writer_last(candidates: list[int], summary: Sequence[SummarySentence]) -> list[int]:
    """`candidates` with the first in no writer's first person first (another article's
    lead before any other sentence), when the first is in its writer's and the summary
    quotes more than one article: another outlet's "In his Newsweek article, Alexander
    asserts ..." over the neurosurgeon's own "... my mind ... was alive and well." (raw
    validation cluster 212), a review's lead "The remake of “The Evil Dead,” ..." over a
    critic's "Truthfully, if it hadn’t been my paying job ..." (70). An op-ed the summary
    tells alone keeps its writer's words (220's Staples lead)."""
    if not candidates or not _the_writer_s(summary[candidates[0] - 1]):
        return candidates
    if len({s.shown.article.id for s in summary}) < 2:
        return candidates
    others = [n for n in candidates if not _the_writer_s(summary[n - 1])]
    leads = [n for n in others if summary[n - 1].shown.index == 0]
    return put_first(next(iter(leads + others), None), candidates)


def a_blurb(sentence: SummarySentence) -> bool:
    """Whether a summary sentence's paragraph closes on a photo's credit: a video's blurb
    ("New research is exploring whether targeted light flashes can help ... WSJ's Sumathi
    Reddy discusses with Tanya Rivero. Photo: iStock", raw validation cluster 29) or a
    picture's caption, above the article's own lead (`page_lines.video_blurb`)."""
    return video_blurb(sentence.shown)


def introduced(summary: Sequence[SummarySentence], number: int) -> bool:
    """Whether a summary sentence follows its article's sentence before it that ends on a
    colon: the words that sentence introduces ("The Onion has updated its story with this
    funny little tag:" before "For more coverage ..., please visit our friends at the
    People's Daily ...", raw validation cluster 71), someone's, not the news."""
    if number < 2:
        return False
    before, shown = summary[number - 2].shown, summary[number - 1].shown
    return (
        before.article.id == shown.article.id
        and before.index == shown.index - 1
        and summary[number - 2].text.rstrip().endswith(":")
    )
