"""Who said what: quotations and reported speech, attributed to a speaker.

Attribution is rule-based, with the sentence shapes news writing uses, as the named
patterns of `quote_patterns.py`. "He", "she" or a description that names someone again
("the South Carolina Republican") stand for the person the article follows
(`pronouns.py`), or no quote is given at all: a wrong speaker would be worse than a
missing one. "The president" is the one president the article named before; after two,
no one's. A quotation that opens the next sentence, in the same paragraph or the next,
with no attribution of its own, is the same speaker going on; so is a quotation its
attribution interrupts ("“...,” Conway responded, “...”"); one the splitter cut is one
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
`speakers.py`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from chorus.analyze.model import EntityLabel, Excerpt, Quote
from chorus.analyze.named_after import added_next, issued, named_after
from chorus.analyze.offices import office_of, speaks_as_it, spoken_for
from chorus.analyze.pronoun_checks import they_stand_for
from chorus.analyze.pronoun_genders import genders
from chorus.analyze.pronouns import Focus
from chorus.analyze.quote_casts import unplayed
from chorus.analyze.quote_clauses import after_the_verb, main_clause, speaks_inside, subordinate_end
from chorus.analyze.quote_credits import credited
from chorus.analyze.quote_documents import as_document
from chorus.analyze.quote_ends import addressees_pronoun, that_as_subject
from chorus.analyze.quote_framing import CLAIM_SUBJECTS, reported_within, says_nothing
from chorus.analyze.quote_given import (
    as_agency,
    as_named,
    given_to_it,
    printed_sentence,
    resolved,
    with_speaker,
)
from chorus.analyze.quote_hits import Attribution, first_hit
from chorus.analyze.quote_interviews import answered
from chorus.analyze.quote_leads import led
from chorus.analyze.quote_rows import as_rows
from chorus.analyze.quote_speakers import speaker_names
from chorus.analyze.quote_statements import (
    PRINTED,
    STATEMENT_PATTERNS,
    announced,
    heading_line,
    unheaded,
)
from chorus.analyze.role_holders import RENAMED, RENAMED_OPENINGS, named_holders
from chorus.language.quote_cues import cued
from chorus.language.quote_marks import (
    BROKEN_CLOSE,
    OPEN,
    RESUMED,
    RESUMED_AFTER_WHO,
    TEX_CLOSE,
    TEX_OPEN,
    WHO_CALLS,
    attributed_marks,
    balanced,
    goes_on,
    interrupted,
    left_open,
    trim,
    verbatim,
)
from chorus.language.quote_participles import ADDING
from chorus.language.quote_verbs import INVERTED_VERBS, SPEECH_VERBS
from chorus.language.speaker_bounds import (
    abbreviated,
    modified_group,
    out_of_department,
    speaking_for,
    statement_of,
    titled_name,
    unplaced,
)
from chorus.language.speaker_documents import PAPERS
from chorus.language.speaker_roles import shown_role, whole_role
from chorus.language.speaker_titles import (
    KIN_WORDS,
    job_opening,
    kin_named,
    office_title,
    owner_role,
    prefix_role,
)
from chorus.language.speakers import (
    IDENTIFIED_AS,
    IT,
    PRONOUNS,
    REFERS_BACK,
    THEY,
    bare_name,
)
from chorus.model import Sentence

__all__ = ["INVERTED_VERBS", "SPEECH_VERBS", "Attribution", "attributions", "quotes"]

_ADDING_THAT = re.compile(ADDING)


def attributions(sentence: Sentence) -> tuple[Attribution, ...]:
    """The speaker and the spans of words attributed to them, if the sentence has any: one,
    or two when the speaker goes on ", adding that ..." or ", and said ..."."""
    text = sentence.text
    names = cued(text)
    return _attributions(sentence, text, names) if names else ()


def _attributions(sentence: Sentence, text: str, names: Sequence[str]) -> tuple[Attribution, ...]:
    """`attributions` of a sentence (whose `text` is given: slicing it from the article
    again costs), with a speech verb, by the `names`d patterns."""
    hit = first_hit(text, 0, names)
    if hit is None:
        return ()
    main = main_clause(text, hit.who_start)
    if main is not None:
        # "When Mercer insisted that ..., Santavicca said, “...”": the opening clause's
        # subject is not who speaks in the main clause, or is, when that one says "he"
        after = first_hit(text, main.start("who"))
        if after is not None and (
            after.who not in PRONOUNS or (hit.who in PRONOUNS and after.who != hit.who)
        ):
            hit = after  # "Asked about ..., in which he argued ..., she said": hers
        elif after is not None:
            hit = replace(hit, words=after.words, second=after.second)
        elif hit.words[0] < main.start() < hit.words[1]:
            words = balanced(text, *trim(text, hit.words[0], main.start()))
            hit = replace(hit, words=words, second=None)
    elif (end := subordinate_end(text, hit.who_start, hit.words)) is not None:
        hit = replace(hit, words=balanced(text, *trim(text, hit.words[0], end)), second=None)
    if text.startswith(CLAIM_SUBJECTS, hit.words[0]) and says_nothing(text, *hit.words):
        return ()
    if addressees_pronoun(text, hit.who, hit.words[0], sentence.article.text) or that_as_subject(
        text, hit.words[0]
    ):
        return ()
    who_start, who_end, role = abbreviated(text, hit.who_start), hit.who_end, hit.role
    who_start = modified_group(text, who_start, hit.who)
    titled = titled_name(text, who_start, who_end)
    in_department = None if titled else out_of_department(text, who_start, hit.who)
    if titled is not None:
        who_start, who_end, role = titled
    elif in_department is not None:
        who_start, title = in_department
        role = role or title
    role = role or after_the_verb(prefix_role(text, who_start)) or speaking_for(text, who_start)
    role = role or statement_of(text, who_end) or office_title(text, who_start, who_end)
    if role and hit.words[1] < who_start:  # a role after the words may run to the end
        role = whole_role(text, role, who_end)
    if text[who_start - 3 : who_start - 1] in ("'s", "’s") and " " in text[who_start:who_end]:
        role = owner_role(text, who_start, role)
    if " identified " in hit.who and (named := IDENTIFIED_AS.search(text, who_start, who_end)):
        who_start = named.end()  # "a man who identified himself as Angelo L.": Angelo L.
    if role is None and (job := job_opening(text, sentence.article.text, who_start, who_end)):
        who_start, role = job  # "Mountaineer Ueli Steck said": the job, and the name after it
    speaker = unplaced(bare_name(text[who_start:who_end]))
    # a brother's first name ("Mr Conroy's brother Alan said"): the relation's words first
    kin = (
        kin_named(text, who_start, who_end) if text.endswith(KIN_WORDS, 0, who_start - 1) else None
    )
    if role is None and kin is not None:
        speaker, role = kin
    found = Attribution(
        speaker=speaker,
        speaker_start=sentence.start + who_start,
        role=shown_role(role) if role else None,
        start=sentence.start + hit.words[0],
        end=sentence.start + hit.words[1],
        refers_back=REFERS_BACK.match(hit.who) is not None,
    )
    if role and "agency" in role and (within := reported_within(text, *hit.words)):
        who_start, who_end, words_start = within
        found = replace(
            found,
            speaker=text[who_start:who_end],
            speaker_start=sentence.start + who_start,
            role=None,
            start=sentence.start + words_start,
        )
    second = hit.second
    more = _ADDING_THAT.match(text, hit.match.end()) if "adding" in text else None
    if more is None and second is None and text[:1] in OPEN:
        more = RESUMED.match(text, hit.match.end())
        if more is None and " who " in text:
            more = RESUMED_AFTER_WHO.match(text, hit.match.end())
    if more is None and second is None and ("who call" in text or "who describ" in text):
        more = WHO_CALLS.match(text, hit.match.end())
    if more is not None:
        second = balanced(text, *trim(text, *more.span("text")))
    if second is None:
        return (found,)
    start, end = second
    if interrupted(text, hit.words[1], start):
        # one quotation that "he said," interrupts is one quote, its attribution inside
        return (replace(found, end=sentence.start + end),)
    return found, replace(found, start=sentence.start + start, end=sentence.start + end)


def quotes(
    per_article: Sequence[Sequence[Sentence]],
    known_names: Mapping[str, EntityLabel] = MappingProxyType({}),
) -> tuple[Quote, ...]:
    """Every attributed quotation, in article order; pronouns resolved within an article."""
    found: list[tuple[Attribution, Sentence]] = []
    articles: list[int] = []  # each attribution's article, by its place
    for k, sentences in enumerate(per_article):
        pairs = _marked_article_quotes(sentences)
        found.extend(pairs)
        articles.extend([k] * len(pairs))
    speakers = speaker_names(found, known_names, [s for ss in per_article for s in ss])
    return tuple(
        Quote(
            speaker=speaker,
            role=a.role,
            text=Excerpt(s.article, a.start, a.end),
            sentence=s,
            outlet=s.article.outlet,
            kind="quote" if verbatim(s.article.text, a.start, a.end) else "reported",
        )
        for (a, s), speaker in _once(found, speakers, articles)
    )


def _once(
    found: Sequence[tuple[Attribution, Sentence]], speakers: Sequence[str], articles: Sequence[int]
) -> list[tuple[tuple[Attribution, Sentence], str]]:
    """Each attribution with its speaker, but one whose words and speaker its article gave
    before: a page that prints a paragraph twice (its teaser glued to a heading, then the
    story: multi_news-val-4656's Fox 9 page) says it once."""
    seen: set[tuple[int, str, str]] = set()
    rows = []
    for (a, s), speaker, k in zip(found, speakers, articles, strict=True):
        key = (k, speaker, s.article.text[a.start : a.end])
        if key not in seen:
            seen.add(key)
            rows.append(((a, s), speaker))
    return rows


def _marked_article_quotes(sentences: Sequence[Sentence]) -> list[tuple[Attribution, Sentence]]:
    """`_article_quotes`, with newswire's ``...'' read as “...” (`attributed_marks` keeps every
    offset; a lone '' closes a straight mark: "I think we're socially enabled, actually,''
    Heath said") and each attribution given back with its sentence as it was."""
    text = sentences[0].article.text if sentences else ""
    if TEX_OPEN not in text and TEX_CLOSE not in text and BROKEN_CLOSE not in text:
        return _article_quotes(sentences)
    article = sentences[0].article
    curly = replace(article, text=attributed_marks(article.text))
    found = _article_quotes([replace(s, article=curly) for s in sentences])
    return [(a, replace(s, article=article)) for a, s in found]  # each offset is kept


_FOLLOWED = 8
"""Sentences read before a pronoun speaker to know whom it stands for."""


def _article_quotes(sentences: Sequence[Sentence]) -> list[tuple[Attribution, Sentence]]:
    """The attributions of one article's sentences, each with its sentence: "he", "she" or
    a description naming someone again resolved to the person the article follows
    (`pronouns.py`), a quotation that goes on given its speaker."""
    texts = [s.text for s in sentences]
    verbs = unheaded(sentences, [cued(text) for text in texts])
    said = [
        _attributions(s, text, v) if v else ()
        for s, text, v in zip(sentences, texts, verbs, strict=True)
    ]
    statements, printed = announced(sentences, texts)
    for n, joined in statements.items():
        said[n] = _attributions(joined, joined.text, STATEMENT_PATTERNS) or said[n]
    for n, paragraph in printed.items():
        given = _attributions(sentences[n], texts[n] + PRINTED, STATEMENT_PATTERNS)
        for m in paragraph if given else ():
            said[m] = said[m] or (printed_sentence(given[0], sentences[m]),)
    # the person followed is read only in the sentences just before one whose speaker
    # refers back: further back, a reader has lost track too, and reading costs time
    followed = {
        n
        for m, here in enumerate(said)
        if here and here[0].refers_back
        for n in range(max(0, m - _FOLLOWED), m)
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
    statement: str | None = None  # who issued the statement the article named last
    credits = credited(sentences, texts) | answered(sentences) | led(sentences, texts, said)
    article = sentences[0].article.text if sentences else ""  # one test each, an article:
    offices = "ffice" in article or "s campaign" in article
    stated = "statement" in article or " release " in article
    for n, (sentence, here) in enumerate(zip(sentences, said, strict=True)):
        if runs_on and not here and heading_line(sentence):
            continue  # a quotation left open goes on after the page's heading
        speaks = bool(verbs[n])
        if speaks and n not in statements and texts[n][:1] in OPEN and _inside(sentence, here):
            # "“I think Barack Obama said something in 2009 ...”": a speech verb inside
            # the quotation is words of the quotation, which may be the speaker going on
            here, speaks = (), False
        was_it = bool(here) and here[0].speaker in IT
        described = bool(here) and previous_it is not None and here[0].speaker in PAPERS
        if was_it or described:
            # "It added that ...", "..., the report said": the organisation or paper that
            # spoke just before ("the official newspaper China Sports Daily")
            here = tuple(given_to_it(a, previous_it) for a in here) if previous_it else ()
        elif here and here[0].speaker in (THEY, "they"):
            # "They also argued that ..." right after a group spoke, or a pair quoted before
            group = they_stand_for(previous_speaker, texts[n - 1] if n else "", spoken)
            here = tuple(with_speaker(a, group) for a in here) if group else ()
        elif here and here[0].refers_back:
            here = resolved(here, sentence, focus)
        elif here and here[0].speaker == "statement":  # else as written: "statement"
            if issuer := statement or added_next(sentences, said, n):
                here = tuple(replace(a, speaker=issuer, role="statement") for a in here)
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
        office = office_of(sentence.article.text, *_who(here[0])) if here and offices else None
        if office is not None:
            here = tuple(replace(a, speaker=office) for a in here)
        elif here and not here[0].speaker.istitle():  # a name, as most are: no description
            here = named_after(here, sentences, said, n)
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
            if office is not None or (here and spoken_for(sentence.article.text, *_who(here[0]))):
                focus.read(texts[n], None, speaks=True)  # an office is no "he"/"she"
            else:
                focus.read(texts[n], previous_speaker, speaks=not here and speaks)
        if stated and ("statement" in texts[n] or " release " in texts[n]):
            statement = issued(here[0] if here else None, texts[n], sentence.start)
        if here:
            found.extend((as_document(a, article), sentence) for a in here)
    return as_rows(unplayed(found, article))


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
