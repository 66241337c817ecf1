"""The briefing's headline: an article's title or the summary line that heads it.

The headline is text from the sources, never written by chorus: the title of the first
on-story article that has one (a later one telling the summary's news when the first tells
none; one read from its first line only over no lead, or over one cut before its news),
else the summary's first sentence.
A long sentence is cut at a phrase's end, and the reader is told it was.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from chorus.dangling import goes_on, introduces, opens_with_pronoun, refers_back
from chorus.ingest.own_titles import opens_with_title
from chorus.model import Briefing, Sentence
from chorus.render.cut_unfinished import unfinished
from chorus.render.headline_event import (
    denial_after,
    event_over_detail,
    feeling_after,
    kicker_run,
    setup_after,
    teaser_after,
)
from chorus.render.headline_guess import opens_on_a_guess
from chorus.render.headline_kinds import a_blurb, introduced, writer_last
from chorus.render.headline_leads import lead_first
from chorus.render.headline_news import (
    background,
    death_first,
    ends_a_quotation,
    named_first,
    names_unshown,
    opens_on_dummy_it,
    points_back,
    reply_after,
    report_first,
    turned_to_news,
)
from chorus.render.headline_subject import agreed_stems, names_someone
from chorus.render.headline_title import telling_title, title_over_cut
from chorus.render.headline_twist import turn_after
from chorus.render.headline_wire import retold_wire_leads, wire_lead
from chorus.render.lead_over_title import recalls_words
from chorus.render.shortening import CUT_MARK, shortened
from chorus.render.sources import own_title
from chorus.render.transcript_pages import transcript_page
from chorus.shown_alone import bare_pointer, unnamed_person, writes_names_in_capitals
from chorus.summarize.shown import DATELINE as _DATELINE

_TAB_TITLE_CHARS = 90
# Two lines of the page's headline; a news headline rarely runs longer.
_HEADLINE_CHARS = 120
# A quarter more, for a sentence shown whole or cut at a phrase's end (`shortened`).
_HEADLINE_REACH = 150
# A wire story's dateline opens its lead but no headline (`summarize.shown.DATELINE`); the
# summary shows a lead past it ("LARGO — ", "HOUSTON (AP) — "), the sections whole.
# HealthDay dates its lead instead of placing it: "MONDAY, July 2 (HealthDay News) -- "
# (raw validation cluster 113), a weekday in capitals, a date, the agency, a dash.
_DATED_LINE = re.compile(
    r"\A(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY, [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})? "
    r"\([A-Z][A-Za-z.& ]{1,20}\)(?: ?[—–] ?| ?--) ?(?=[A-Z0-9\"“‘'])"
)


def _past_dateline(text: str) -> str:
    """A summary sentence less the dateline or date line that opens it."""
    return _DATED_LINE.sub("", _DATELINE.sub("", text, count=1), count=1)


@dataclass(frozen=True, slots=True)
class Headline:
    """The briefing's title and where it comes from."""

    text: str
    source: str | None
    """Where the text is from, for the reader: "the title of [2]", "summary sentence 1";
    None for the plain "Briefing" of a briefing with no title and an empty summary."""
    from_title: bool
    """An article's title, rather than a sentence of the summary."""
    number: int | None = None
    """The summary sentence's number (from 1) when one heads the briefing."""


def headline(briefing: Briefing) -> Headline:
    """The title of the first on-story article with one (one read from its first line
    only over a summary sentence that opens no article, `_a_lead`, or over a lead cut before
    the news it tells, `title_over_cut`; a later title telling the summary's news line when
    the first tells none: `telling_title`), else the summary's first
    sentence that stands alone, names who or what it is about and tells no background nor a
    kicker's wordplay (`headline_event.kicker_run`) (a
    wire story's lead first, or the summary's telling of one it left out, else another
    article's lead as much about the summary's story, unless that sentence opens its
    article; a lead telling a death on the story's day over a sentence telling none; a news
    report's lead over a study's own text), less
    its dateline, cut at a phrase's end when long (and not cut before the words it
    reports), or shown whole with its article's next line turning its story when the
    summary shows that line below (`headline_twist.turn_after`): never text chorus wrote."""
    number = _summary_number_once(briefing)
    if titled := _heading_title(briefing, number):
        position, title = titled
        return Headline(title, f"the title of [{position}]", from_title=True)
    if number is None:
        return Headline("Briefing", None, from_title=True)
    sentence = briefing.summary[number - 1].text
    text = _shown(sentence)
    # A lead shown whole is shown with the line right after it that turns its story.
    turn = turn_after(briefing.summary, number, text) if text == sentence else None
    if turn:
        return Headline(f"{text} {turn}", f"summary sentences {number}–{number + 1}", False, number)
    source = f"summary sentence {number}" + (", shortened" if text != sentence else "")
    return Headline(text, source, from_title=False, number=number)


def headline_number(
    briefing: Briefing, sentences: Mapping[str, Sequence[Sentence]] | None = None
) -> int | None:
    """The number of the summary sentence that heads the briefing (`headline`'s); None when
    a title does or the summary is empty. The text it would show is not read. `sentences`:
    the articles' sentences by article id, as `brief` split them (else split when read)."""
    number = _summary_number_once(briefing, sentences)
    return None if _heading_title(briefing, number) else number


def _summary_number_once(
    briefing: Briefing, sentences: Mapping[str, Sequence[Sentence]] | None = None
) -> int | None:
    """`_summary_number`, read once a briefing: `brief` reads it to open the summary on the
    headline's lead, and its Markdown or HTML would read it again (~0.5 ms)."""
    if not briefing.summary:
        return None
    if briefing._heading is None:
        # A frozen dataclass: the number is a cache of what its fields give, set once.
        object.__setattr__(briefing, "_heading", _summary_number(briefing, sentences))
    return briefing._heading


def _heading_title(briefing: Briefing, number: int | None) -> tuple[int, str] | None:
    """The position and title of the on-story article whose title heads the briefing over
    summary sentence `number`: the first, or a later one telling that sentence's news when
    the first tells none (`telling_title`); when every title is read from its first line and
    gives way to that sentence as a lead, one telling the news its cut would leave out
    (`title_over_cut`); None when no title does."""
    off_topic = getattr(briefing.analysis, "off_topic", frozenset())
    on_story = [
        (position, title, document.article)
        for position, document in enumerate(briefing.documents, start=1)
        if (title := own_title(document.article)) and document.article.id not in off_topic
    ]
    over_lead = _a_lead(briefing, number)
    titles = [
        (p, title)
        for p, title, article in on_story
        if not (over_lead and opens_with_title(article))
    ]
    line = briefing.summary[number - 1].text if number is not None else None
    if titles or line is None or not on_story:
        return telling_title(titles, line)
    # Every title gave way to the lead: one telling the news the lead's cut leaves out heads.
    return title_over_cut([(p, title) for p, title, _ in on_story], line, _shown(line))


def _a_lead(briefing: Briefing, number: int | None) -> bool:
    """Whether the summary's headline sentence is an article's first. A title read from
    its article's first line heads the briefing over a later sentence, not over a lead: a
    page's first line may tell its angle ("Obama's Place In History", "Today Marks a
    Significant Milestone in Our History", "Mobb Deep Songs Remixed: Listen to 7 of the
    Best") where another outlet's lead tells the news (raw validation 221, 231, 21); not
    over a lead recalling someone's words as its set-up (`recalls_words`, 213)."""
    lead = briefing.summary[number - 1] if number is not None else None
    return lead is not None and lead.shown.index == 0 and not recalls_words(lead.text)


def _summary_number(briefing: Briefing, sentences: Mapping[str, Sequence[Sentence]] | None) -> int:
    """The number of the summary's sentence that heads the briefing when no title does."""
    # The summary opens with the lead of the earliest article it quotes. The sentence the
    # most outlets told was tried: outlets repeat quotations, and it chose one for 2 of 9
    # clusters ("'Is there something wrong with it?' fan Jordan Deuschleman asked.").
    # Each is read past its dateline, as it would show: "SAN JUAN, Puerto Rico (AP) _ It
    # plowed over and past 17 Caribbean islands, ..." opens on a pronoun (DUC 2003 cluster 24).
    texts = [_past_dateline(s.text) for s in briefing.summary]
    named = agreed_stems(briefing)
    # Multi-News+ lower-cases every name: a "he" there may follow any (`unnamed_person`).
    capitals = writes_names_in_capitals(" ".join(texts))
    # Each page read once for its speakers' labels: the 142 raw validation summaries read
    # here show lines of 374 articles, and their sentences reached the test 1,057 times.
    pages = {sentence.shown.article for sentence in briefing.summary}
    transcripts = {article for article in pages if transcript_page(article)}
    alone = [
        n
        for n, text in enumerate(texts, start=1)
        if (_stands_alone(text, capitals) or opens_on_dummy_it(briefing.summary[n - 1]))
        and not introduced(briefing.summary, n)
        and briefing.summary[n - 1].shown.article not in transcripts
    ]
    naming = [n for n in alone if names_someone(texts[n - 1], named)]
    # Each that stands alone is read cut at the limit, the reach left out, so that a
    # sentence shown whole does not win over a lead by the words its end adds.
    shown = {n: shortened(texts[n - 1], _HEADLINE_CHARS) for n in alone}
    kicked = kicker_run(briefing.summary)
    # A sentence whose cut leaves out what it reports, that tells only the story's
    # background, its writer's guess or a kicker's wordplay, or blurbs a video above the
    # article, gives way to the next one naming someone.
    stating = [
        n
        for n in naming
        if not unfinished(shown[n], texts[n - 1])
        and not background(texts[n - 1])
        and n not in kicked
        and not opens_on_a_guess(texts[n - 1])
        and not names_unshown(briefing.summary[n - 1], briefing.documents, sentences)
        and not a_blurb(briefing.summary[n - 1])
    ]
    # An article's first sentence tells its news; a later one may tell a moment the news
    # has overtaken ("According to Houston police, Conyers was last seen Tuesday …" over
    # "HOUSTON (AP) — Houston police say … has been found safe", raw validation cluster
    # 54): a wire story's lead, marked by its dateline, heads the briefing instead, else
    # another article's lead as much about the summary's story (`lead_first`).
    # A wire lead the summary left out for another outlet's telling of it passes its place
    # to that telling (`retold_wire_leads`).
    if stating and briefing.summary[stating[0] - 1].shown.index > 0:
        retold = retold_wire_leads(briefing.summary, briefing.analysis)
        stating.sort(key=lambda n: not (wire_lead(briefing.summary[n - 1].shown) or n in retold))
    # A lead naming nothing the outlets agree on may tell the news in other words.
    unnamed_leads = [
        n
        for n in alone
        if n not in naming
        and briefing.summary[n - 1].shown.index == 0
        and not unfinished(shown[n], texts[n - 1])
        and not background(texts[n - 1])
        and n not in kicked
        and not opens_on_a_guess(texts[n - 1])
    ]
    stating = lead_first(stating, briefing.summary, shown, unnamed_leads)
    # A columnist's or critic's first person gives way to words in no one's.
    stating = writer_last(stating, briefing.summary)
    # A subject that is only a role ("The host of The Late Show") gives way to one naming who.
    stating = named_first(stating, briefing.summary)
    # A "Now ..." turning from a background lead to the news tells it.
    stating = turned_to_news(stating, briefing.summary)
    # An obituary's news is the death: a friend's tribute opening its own page gives way.
    stating = death_first(stating, briefing.summary)
    # A study's own text gives way to a news report's lead.
    stating = report_first(stating, briefing.summary, briefing.documents)
    # A lawyer's or spokesperson's reply gives way to another outlet's lead of the news.
    stating = reply_after(stating, briefing.summary)
    # A short lead that only sets the story up gives way to another outlet's lead; a line
    # telling only a party's feeling, to the next telling a figure; one telling only what a
    # thing does not do, to the next; an opening teaser, to the line right below telling
    # what its name did or met; a detail from deep in
    # its article, to a higher sentence telling the day's event.
    stating = setup_after(stating, briefing.summary)
    stating = feeling_after(stating, briefing.summary, shown)
    stating = denial_after(stating, briefing.summary)
    stating = teaser_after(stating, briefing.summary)
    stating = event_over_detail(stating, briefing.summary)
    return next(iter(stating), naming[0] if naming else alone[0] if alone else 1)


def _shown(sentence: str) -> str:
    """A summary sentence as the headline shows it: less its dateline, cut when long (at a
    phrase's end within the reach)."""
    return shortened(_past_dateline(sentence), _HEADLINE_CHARS, _HEADLINE_REACH)


_LEANS_ON_BEFORE = re.compile(
    r"[\s(\[]*(?:[\"“‘'—–]|(?:And|But|So|Yet|Still|Also|However|Furthermore|Moreover|Meanwhile|"
    r"Instead|Indeed|Additionally|In addition|For example|For instance|Then|Now|I|We|My|Our"
    r"|Here,? (?:I|we)|It(?:’s|'s| is| was) no (?:big |great |real )?(?:surprise|wonder)"
    r"|(?:Small|Little|No) wonder|(?:Not |Un)surprisingly)\b"
    r"|(?:First|Second|Third|Finally|Lastly|Well|Look|Okay|Oh|Yes|No|Sure),)"
)
"""An opening that leans on what came before: a quotation (the words of someone the
headline would not name), a word that links to a sentence before, the writer's first
person, a list's step ("First, Pelosi said of the deal: ...", raw validation cluster 112),
a word a reply opens on, as if to a reader's question ("Well, Republicans have a convenient
sound bite for next year's election against President Obama.", 144: the news is the
president's words the next sentence tells), or a remark that what follows was to be
expected after what came before ("It was no big surprise that people who had undergone
severe trauma would return from their experiences with strange stories.", 212; "Little
wonder the right has been actively trying to drive him from office, ...", 102)."""
_LEANS_AFTER_PHRASE = re.compile(
    r"[^,]{1,40}, (?:(?:for example|for instance|however|meanwhile|moreover|furthermore|"
    r"in addition|instead|too|also|though),|(?:I|we|my|our)\b)"
    r"|[A-Za-z’'-]+(?: [a-z’'-]+){0,2} (?:I|we)\b"
)
"""A link word set off after the opening phrase ("At Sibley, for example, an average of
9.2 births occur daily.", raw validation cluster 64), or the writer's first person after it
("As a neurosurgeon, I did not believe ...", 212; "At each step, we built ...", 26), with
no comma too ("As parents we are so deeply grieved by our son’s decisions and actions.",
148: a family's statement that never says whose; not "World War I")."""
_TRANSCRIPT_LINE = re.compile(r"[A-Z][A-Z.'’ -]{2,40}: ")
"""A transcript's line, opened by its speaker's name in capitals ("GEORGE STEPHANOPOULOS:
Thanks for joining us ...", raw validation cluster 144): someone's words, as a quotation."""
_ANSWER = re.compile(r"Because\b[^,;:]*$")
"""A reason with no clause it is the reason for: the answer to a question the sentence
before asks ("Because it may be time we all moved to Sweden.", raw validation cluster 0)."""


def _stands_alone(text: str, capitals: bool) -> bool:
    """Whether a summary sentence can head the briefing on its own: no quotation or
    transcript's line, link word, first person, pronoun or pointer back at its opening
    ("It’s not clear whether it was fully carried out.", "Furthermore, in a sensational
    development, ..."), no "he" or "she" met before any name ("During that meeting, he
    reportedly warned ...", raw validation cluster 228; read only when the summary writes
    names in `capitals`), and no question ("Could Obama have been Trayvon Martin 35 years
    ago?") nor introduction of what follows ("The Onion has updated its story with this
    funny little tag:", raw validation cluster 71)."""
    return not (
        _LEANS_ON_BEFORE.match(text)
        or _TRANSCRIPT_LINE.match(text)
        or _LEANS_AFTER_PHRASE.match(text)
        or _ANSWER.match(text)
        or opens_with_pronoun(text)
        or (capitals and unnamed_person(text))
        or refers_back([text])[0]
        or bare_pointer(text)
        or goes_on([text])[0]
        or points_back(text)
        or ends_a_quotation(text)
        or introduces([text])[0]
        or text.rstrip("\"”’' ").endswith("?")
    )


def tab_title(text: str) -> str:
    """A headline short enough for a browser tab, cut as the headline is."""
    return shortened(text.removesuffix(CUT_MARK), _TAB_TITLE_CHARS)
