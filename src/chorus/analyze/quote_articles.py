"""One article's attributions, each with its sentence (`article_quotes`): a pronoun or a
description naming someone again resolved to the person the article follows, "it" to the
organisation that spoke just before, "the president" to the one the article named, a
quotation that goes on given its speaker, a statement's or a block quote's paragraph its
issuer, a quotation a verbless lead-in brings in ("Bundy's response:") whom it names, and a
credit on another line (a round-up's, an answer's, an introduction's) its words.
`quotes.py` reads every article so and gives each row its speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.attribution import Attribution
from chorus.analyze.named_after import added_next, issuer_after, issuer_near, named_after
from chorus.analyze.named_bodies import as_body
from chorus.analyze.offices import office_of, speaks_as_it, spelled_out, spoken_for
from chorus.analyze.pronoun_checks import they_stand_for
from chorus.analyze.pronoun_genders import genders
from chorus.analyze.pronoun_openings import goes_on_about
from chorus.analyze.pronouns import Focus
from chorus.analyze.quote_attributions import attributions_by
from chorus.analyze.quote_blocks import block_quotes
from chorus.analyze.quote_casts import unplayed
from chorus.analyze.quote_clauses import speaks_inside
from chorus.analyze.quote_co_speakers import with_co_speaker
from chorus.analyze.quote_continued import named_going_on, went_on
from chorus.analyze.quote_credits import credited
from chorus.analyze.quote_documents import as_document, filed_in_contrast, issued_paper
from chorus.analyze.quote_given import (
    as_agency,
    as_named,
    given_to_it,
    owner_named,
    printed_sentence,
    resolved,
    with_speaker,
)
from chorus.analyze.quote_interviews import answered
from chorus.analyze.quote_introductions import introduced
from chorus.analyze.quote_leads import led
from chorus.analyze.quote_mid_clause import cut_mid_clause
from chorus.analyze.quote_noun_leads import noun_leads
from chorus.analyze.quote_rows import as_rows
from chorus.analyze.quote_statements import (
    PRINTED,
    STATEMENT_PATTERNS,
    announced,
    heading_line,
    unheaded,
)
from chorus.analyze.quote_transcripts import turns
from chorus.analyze.role_holders import RENAMED, RENAMED_OPENINGS, named_holders
from chorus.language.quote_cues import cued
from chorus.language.quote_going_on import goes_on, left_open
from chorus.language.quote_marks import OPEN, balanced, trim
from chorus.language.speaker_documents import PAPERS, filed
from chorus.language.speakers import (
    IT,
    THEY,
    owned_by_pronoun,
)
from chorus.model import Sentence

_FOLLOWED = 8
"""Sentences read before a pronoun speaker to know whom it stands for."""


def article_quotes(
    sentences: Sequence[Sentence], people: frozenset[str]
) -> list[tuple[Attribution, Sentence]]:
    """The attributions of one article's sentences, each with its sentence: "he", "she" or
    a description naming someone again resolved to the person the article follows
    (`pronouns.py`), a quotation that goes on given its speaker; `people` are the
    recognizer's (`quote_paragraph_leads.py`)."""
    texts = [s.text for s in sentences]
    verbs = unheaded(sentences, [cued(text) for text in texts])
    said = [
        attributions_by(s, text, v) if v else ()
        for s, text, v in zip(sentences, texts, verbs, strict=True)
    ]
    statements, printed = announced(sentences, texts)
    for n, joined in statements.items():
        said[n] = attributions_by(joined, joined.text, STATEMENT_PATTERNS) or said[n]
    for n, paragraph in printed.items():
        given = attributions_by(sentences[n], texts[n] + PRINTED, STATEMENT_PATTERNS)
        for m in paragraph if given else ():
            said[m] = said[m] or (printed_sentence(given[0], sentences[m]),)
    leads = {n: lead for n, lead in noun_leads(sentences, texts).items() if not said[n]}
    for n, lead in leads.items():
        said[n] = (lead,)
    for introduction, paragraph in block_quotes(sentences, texts).values():
        for m in paragraph:
            said[m] = said[m] or (printed_sentence(introduction, sentences[m]),)
    # the person followed is read only in the sentences just before one whose speaker
    # refers back: further back, a reader has lost track too, and reading costs time
    followed = {
        n
        for m, here in enumerate(said)
        if here and (here[0].refers_back or owned_by_pronoun(here[0].speaker))
        for n in range(_followed_from(texts, m), m)
    }
    known = _genders(texts, said) if followed else {}
    found: list[tuple[Attribution, Sentence]] = []
    focus = Focus()
    previous: Sentence | None = None
    previous_speaker: str | None = None
    previous_it: str | None = None
    runs_on = False  # the last sentence's quotation goes on past its end
    organisations: set[str] = set()
    holders: dict[str, tuple[tuple[int, str], ...]] = {}
    spoken: set[str] = set()
    statement: tuple[str, int] | None = None  # who issued the last statement, named where
    credits = (
        credited(sentences, texts)
        | answered(sentences)
        | led(sentences, texts, said, people)
        | introduced(sentences, texts, said)
        | (going_on := went_on(sentences, texts, said))
    )
    transcript = turns(sentences, verbs)
    article = sentences[0].article.text if sentences else ""  # one test each, an article:
    offices = "ffice" in article or "s campaign" in article
    stated = "statement" in article or " release " in article
    for n, (sentence, here) in enumerate(zip(sentences, said, strict=True)):
        if n in transcript:
            found.append(transcript[n])
        if runs_on and not here and heading_line(sentence):
            continue  # a quotation left open goes on after the page's heading
        if here and here[0].speaker_start > here[0].end and cut_mid_clause(here[0], article):
            here = ()  # a credit inside a clause: its words say nothing alone
        speaks = bool(verbs[n])
        announcing = n in statements or n in leads
        if speaks and not announcing and texts[n][:1] in OPEN and _inside(sentence, here):
            # "“I think Barack Obama said something in 2009 ...”": a speech verb inside
            # the quotation is words of the quotation, which may be the speaker going on
            here, speaks = (), False
        was_it = bool(here) and here[0].speaker in IT
        described = (
            bool(here)
            and previous_it is not None
            and here[0].speaker in PAPERS
            and not filed(previous_it)
        )
        if was_it or described:
            # "It added that ...", "..., the report said": the organisation or paper that
            # spoke just before ("the official newspaper China Sports Daily")
            here = tuple(given_to_it(a, previous_it) for a in here) if previous_it else ()
        elif here and here[0].speaker in (THEY, "they"):
            # "They also argued that ..." right after a group spoke, or a pair quoted before
            group = they_stand_for(previous_speaker, texts[n - 1] if n else "", spoken)
            here = tuple(with_speaker(a, group) for a in here) if group else ()
        elif here and here[0].refers_back:
            here = resolved(here, sentence, focus) or named_going_on(
                here, going_on.get(n + 1), focus
            )
        elif here and here[0].speaker == "statement":  # else as written: "statement"
            if issuer := issuer_near(statement, sentence.start) or added_next(sentences, said, n):
                here = tuple(replace(a, speaker=issuer, role="statement") for a in here)
        elif (
            here
            and (paper := issued_paper(here[0].speaker))
            and (issuer := issuer_near(statement, sentence.start))
        ):
            # "according to a release" after the article named whose release it read
            here = tuple(replace(a, speaker=issuer, role=paper) for a in here)
        elif here and (held := _named_holders(here[0], sentence, holders)):
            # "the president said" of the one president the article named before; of two,
            # a guess: no one's
            here = (
                tuple(replace(a, speaker=held[0], role=a.role or a.speaker) for a in here)
                if len(held) == 1
                else ()
            )
        elif not here and n in credits:
            here = (credits[n],)
        elif not speaks and previous_speaker and previous and _goes_on(previous, sentence, runs_on):
            text = sentence.article.text
            start, end = balanced(text, *trim(text, sentence.start, sentence.end))
            here = (Attribution(previous_speaker, sentence.start, None, start, end),)
        if here and (here[0].speaker in RENAMED or here[0].speaker.startswith(RENAMED_OPENINGS)):
            here = as_named(here, sentence.article.text, spoken)
        elif here and here[0].speaker == "agency":
            here = as_agency(here, sentence.article.text)
        elif here and here[0].speaker.islower():  # "the tribe said in a statement"
            here = as_body(here, sentence.article.text)
        office = office_of(sentence.article.text, *_who(here[0])) if here and offices else None
        if office is not None:
            office = spelled_out(sentence.article.text, office, here[0].speaker_start)
            here = tuple(replace(a, speaker=office) for a in here)
        elif here and not here[0].speaker.istitle():  # a name, as most are: no description
            here = named_after(here, sentences, said, n)
        # whom "her" of "Her family said" stands for is the person followed on (`follows`)
        owned = bool(here) and owned_by_pronoun(here[0].speaker) is not None
        if owned:
            here = owner_named(here, sentence, texts[n - 1] if n else "", focus, people)
        if here and " and " in texts[n]:  # two credited together (quote_co_speakers.py)
            here = tuple(with_co_speaker(a, sentence.article.text) for a in here)
        if here:
            spoken.add(here[0].speaker)
            runs_on = left_open(sentence.article.text, here[-1].start, sentence.end, runs_on)
        else:
            runs_on = False
        previous, previous_speaker = sentence, here[0].speaker if here else None
        if here and (was_it or described or _as_it(here[0], sentence)):
            organisations.add(here[0].speaker)
        previous_it = previous_speaker if previous_speaker in organisations else None
        if n in followed:
            if n - 1 not in followed:
                focus = Focus(genders=known, article=sentence.article.text)
            if not here and heading_line(sentence):
                pass  # a link the page set between paragraphs is no one the story follows
            elif office is not None or (here and spoken_for(sentence.article.text, *_who(here[0]))):
                focus.read(texts[n], None, speaks=True)  # an office is no "he"/"she"
            else:
                follows = here[0].speaker.rpartition("'s ")[0] if owned else ""
                focus.read(texts[n], follows or previous_speaker, speaks=not here and speaks)
        if stated and ("statement" in texts[n] or " release " in texts[n]):
            statement = issuer_after(statement, here[0] if here else None, texts[n], sentence.start)
        elif statement is not None and here and here[0].speaker == statement[0]:
            statement = (statement[0], sentence.start)  # its issuer speaking on keeps it near
        if here:
            found.extend((as_document(a, article), sentence) for a in here if not a.fragment)
            if (filing := filed_in_contrast(sentence, here)) is not None:
                found.append((as_document(filing, article), sentence))
    return as_rows(unplayed(found, article))


def _followed_from(texts: Sequence[str], m: int) -> int:
    """The first sentence read to know whom sentence `m`'s pronoun stands for: `_FOLLOWED`
    before it, and further back while they only go on about one person ("He was ...",
    "That night, he met ...", "She was ...": raw multi_news-val-2447 names Jim Reischl ten
    sentences before his "he recalls"), at most `_FOLLOWED` more."""
    start = max(0, m - _FOLLOWED)
    furthest = max(0, start - _FOLLOWED)
    while start > furthest and goes_on_about(texts[start]):
        start -= 1
    return start


def _genders(texts: Sequence[str], said: Sequence[tuple[Attribution, ...]]) -> dict[str, str]:
    """`pronouns.genders` of an article's sentences (`texts`), its named speakers as whom
    each sentence is about."""
    named = [
        here[0].speaker if here and not here[0].refers_back and here[0].speaker not in IT else None
        for here in said
    ]
    return genders(texts, named)


def _who(found: Attribution) -> tuple[str, int]:
    return found.speaker, found.speaker_start


def _inside(sentence: Sentence, here: tuple[Attribution, ...]) -> bool:
    at = here[0].speaker_start - sentence.start if here else None
    return speaks_inside(sentence.text, at)


def _as_it(found: Attribution, sentence: Sentence) -> bool:
    return speaks_as_it(sentence.article.text, found.speaker, found.speaker_start, found.start)


def _named_holders(
    found: Attribution, sentence: Sentence, holders: dict[str, tuple[tuple[int, str], ...]]
) -> tuple[str, ...]:
    return named_holders(sentence.article.text, found.speaker, found.speaker_start, holders)


def _goes_on(previous: Sentence, sentence: Sentence, runs_on: bool) -> bool:
    """Whether the sentence is the previous one's quotation going on: one that opens it, or
    the words of one the previous sentence left open (`runs_on`), in its paragraph."""
    text = sentence.article.text
    if runs_on and "\n" not in text[previous.end : sentence.start]:
        return True
    return goes_on(text, previous.end, sentence.start, sentence.end)
