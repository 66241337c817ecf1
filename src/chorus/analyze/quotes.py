"""Who said what: quotations and reported speech, attributed to a speaker.

Attribution is rule-based, with the sentence shapes news writing uses, as the named
patterns of `quote_patterns.py`. "He", "she" or a description that names someone again
("the South Carolina Republican") stand for the person the article follows
(`pronouns.py`), or no quote is given at all: a wrong speaker would be worse than a
missing one. "The president" is the one president the article named before; after two,
no one's. A quotation that opens the next sentence, in the same paragraph or the next,
with no attribution of its own, is the same speaker going on; so is a quotation its
attribution interrupts ("“...,” Conway responded, “...”"), one row of two spans, the
attribution between them left out (`Quote.resumed`); one the splitter cut is one
(`quote_rows.py`). "It" that speaks ("It added that ...", "..., it said") is the
organisation or paper that spoke in the sentence before (`offices.speaks_as_it`), or no
one. A surname keeps the fuller name another article gave it unless its own article names
someone else by it ("Eichmann", not "Vera Eichmann"), and is the one its article
introduced just before it where two share it (`quote_speakers.py`).

The attributed words end where the writer goes on: before a coordinated clause whose
subject is the speaker again (", but the president refused ...") or a second speech verb
(", and said ...", itself a second quote: `quote_clauses.narration_cut`), and a
quotation they open is closed (`quote_marks.py`, which also reads newswire's ``...'').
The subject of an opening subordinate clause ("When Mercer insisted that ..., Santavicca
said") gives way to the main clause's speaker. Speaker names and titles are read by
`speakers.py`. Each article is read in `quote_articles.py`; here its attributions become
rows, each with its speaker across the cluster, each said once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from chorus.analyze.attribution import Attribution
from chorus.analyze.model import EntityLabel, Excerpt, Quote
from chorus.analyze.quote_answers import with_questions
from chorus.analyze.quote_articles import article_quotes
from chorus.analyze.quote_attributions import attributions
from chorus.analyze.quote_carried import carried
from chorus.analyze.quote_current_titles import current_titles
from chorus.analyze.quote_findings import reported_finding
from chorus.analyze.quote_introduced_roles import introduced_roles
from chorus.analyze.quote_named_subject import only_own_quotation
from chorus.analyze.quote_narrated import narrated, without_writers_state
from chorus.analyze.quote_own_outlet import outlet_key, own_reporting, retold
from chorus.analyze.quote_reviewed_works import with_listed_works
from chorus.analyze.quote_speakers import speaker_names
from chorus.language.quote_going_on import verbatim
from chorus.language.quote_marks import (
    BROKEN_CLOSE,
    CLOSE,
    OPEN,
    TEX_CLOSE,
    TEX_OPEN,
    attributed_marks,
    before_closing_comma,
)
from chorus.language.quote_verbs import INVERTED_VERBS, SPEECH_VERBS
from chorus.language.speakers import (
    owned_by_pronoun,
)
from chorus.model import Sentence

__all__ = ["INVERTED_VERBS", "SPEECH_VERBS", "Attribution", "attributions", "quotes"]


def quotes(
    per_article: Sequence[Sequence[Sentence]],
    known_names: Mapping[str, EntityLabel] = MappingProxyType({}),
) -> tuple[Quote, ...]:
    """Every attributed quotation, in article order; pronouns resolved within an article."""
    found: list[tuple[Attribution, Sentence]] = []
    articles: list[int] = []  # each attribution's article, by its place
    outlets = frozenset(outlet_key(ss[0].article.outlet) for ss in per_article if ss)
    people = frozenset(name for name, label in known_names.items() if label == "person")
    for k, sentences in enumerate(per_article):
        # an outlet's own findings are its reporting, no one's words, nor is another
        # writer's account of an outlet the cluster reads itself (quote_own_outlet.py),
        # nor the writer's narration of what a speaker did (quote_narrated.py,
        # quote_named_subject.py), nor what people found (quote_findings.py)
        pairs = [
            (only_own_quotation(without_writers_state(*pair), pair[1]), pair[1])
            for pair in _marked_article_quotes(sentences, people)
            if not own_reporting(*pair)
            and not retold(*pair, outlets)
            and not narrated(*pair)
            and not reported_finding(*pair, people)
        ]
        found.extend(pairs)
        articles.extend([k] * len(pairs))
    speakers = speaker_names(found, known_names, [s for ss in per_article for s in ss])
    rows = (
        Quote(
            speaker=speaker,
            role=a.role,
            text=Excerpt(s.article, a.start, cut[0] if cut else end),
            sentence=s,
            outlet=s.article.outlet,
            kind="quote" if verbatim(s.article.text, a.start, a.end) else "reported",
            resumed=Excerpt(s.article, cut[1], end) if cut else None,
        )
        for (a, s), speaker in _once(found, speakers, articles)
        for cut in (_interruption(a),)
        for end in (before_closing_comma(s.article.text, cut[1] if cut else a.start, a.end),)
    )
    roled = current_titles(introduced_roles(tuple(rows), people), per_article)
    answered = with_questions(carried(roled, per_article), per_article)
    return with_listed_works(answered, per_article)


def _interruption(found: Attribution) -> tuple[int, int] | None:
    """The attribution inside the words, where it stands before their end (a paper's words
    cut before a person's, `as_document`, may end before it)."""
    cut = found.interruption
    return cut if cut is not None and found.start < cut[0] <= cut[1] < found.end else None


def _once(
    found: Sequence[tuple[Attribution, Sentence]], speakers: Sequence[str], articles: Sequence[int]
) -> list[tuple[tuple[Attribution, Sentence], str]]:
    """Each attribution with its speaker, but one whose words and speaker its article gave
    before: a page that prints a paragraph twice (its teaser glued to a heading, then the
    story: multi_news-val-4656's Fox 9 page) says it once; so too words that close on the
    quotation of four words or more the speaker's words before closed on, the same words
    told again ("Dabbashi said Monday that if Gadhafi does not relinquish power, "the Libyan
    people will get rid of him."" and later "Dabbashi warned that if he doesn't leave, "the
    Libyan people will get rid of him."": 5397). A speaker still named only by whose they
    are ("Her family" where neither the article nor the cluster tells whose: raw 27) is
    no one a reader can place: no row."""
    seen: set[tuple[int, str, str]] = set()
    rows = []
    for (a, s), speaker, k in zip(found, speakers, articles, strict=True):
        if owned_by_pronoun(speaker) is not None:
            continue
        words = s.article.text[a.start : a.end]
        keys = {(k, speaker, words)}
        closes = words.rstrip(".,!? ")[-1:] in CLOSE  # a test before the pattern
        if closes and (closing := _CLOSING_QUOTATION.search(words)) is not None:
            keys.add((k, speaker, closing[1]))
        if not keys & seen:
            seen |= keys
            rows.append(((a, s), speaker))
    return rows


_CLOSING_QUOTATION = re.compile(
    rf"[{OPEN}]((?:[^{OPEN}{CLOSE}\s]+\s+){{3,}}[^{OPEN}{CLOSE}]+)[{CLOSE}]\W*$"
)
"""A quotation of four words or more that closes reported words."""


def _marked_article_quotes(
    sentences: Sequence[Sentence], people: frozenset[str]
) -> list[tuple[Attribution, Sentence]]:
    """`article_quotes`, with newswire's ``...'' read as “...” (`attributed_marks` keeps every
    offset; a lone '' closes a straight mark: "I think we're socially enabled, actually,''
    Heath said") and each attribution given back with its sentence as it was."""
    text = sentences[0].article.text if sentences else ""
    if TEX_OPEN not in text and TEX_CLOSE not in text and BROKEN_CLOSE not in text:
        return article_quotes(sentences, people)
    article = sentences[0].article
    curly = replace(article, text=attributed_marks(article.text))
    found = article_quotes([replace(s, article=curly) for s in sentences], people)
    return [(a, replace(s, article=article)) for a, s in found]  # each offset is kept
