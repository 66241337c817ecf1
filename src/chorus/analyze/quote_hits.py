"""Where a sentence attributes words, by the patterns of `quote_patterns.py` (compiled in
`quote_matches.py`): the first pattern that matches, with its speaker, the speaker's role
and the span of the words, read past what a pattern alone cannot tell (a speaker that never
speaks, a relative "that", a condition, a name inside a preposition's object, the writer's
next clause, a speaker the words themselves hold, a quotation an agency reports).
`quotes.py` gives the hits their speakers; the attribution each becomes is `attribution.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chorus.analyze.quote_clauses import (
    first_of_two_thats,
    gloss_cut,
    narration_cut,
    relative_that,
    semicolon_cut,
    words_after_aside,
)
from chorus.analyze.quote_ends import (
    MANNER,
    WHERE_SAID_LETTERS,
    contrast_cut,
    dash_cut,
    past_dateline,
    past_where_said,
    quotation_cut,
    relative_cut,
    source_cut,
    writers_aside,
)
from chorus.analyze.quote_framing import (
    before_stray_close,
    framed_start,
    in_relative_clause,
    kept_silent,
    named_after_verb,
    names_a_thing,
    no_clause,
    own_pronoun_quoted,
    past_connective,
    subject_before_aside,
)
from chorus.analyze.quote_hit_speakers import (
    ALLEGED,
    CONDITION,
    TITLE_NOUN_AFTER,
    described,
    may_speak,
    named_after_object,
    speaking_further,
    with_campus,
)
from chorus.analyze.quote_matches import COMPILED, SOURCES, Hit, compiled
from chorus.analyze.quote_that_words import (
    anothers_quotation,
    anothers_words,
    recalled_saying,
    relative_refused,
    said_of_another,
    told_through,
)
from chorus.language.found_speakers import collective, subject_after_source
from chorus.language.quote_marks import OPEN, after_last_stop, balanced, inside_quotation, trim
from chorus.language.quote_participles import SECOND_PARTICIPLE
from chorus.language.quote_pattern_needs import PARTICIPLES
from chorus.language.quote_patterns import (
    QUOTE_NAMES,
    REPORTED_SPEAKER,
    REPORTED_VERB,
    WHO_TOLD,
)
from chorus.language.quote_verbs import SHOWN_VERBS
from chorus.language.speaker_appositions import kin_after, named_in_apposition, without_home
from chorus.language.speaker_bounds import (
    in_an_object,
    member_of,
    owned_role_named,
    owner_start,
)
from chorus.language.speaker_roles import clause_as_role, not_a_role, role_at_end, title_owned_end
from chorus.language.speaker_titles import name_around_title, prefix_role
from chorus.language.speakers import IT, PRONOUNS

_REPORTED_VERB = re.compile(REPORTED_VERB)

_SUBJECT_ANYWHERE = (
    *("speaker verb that", "speaker said statement", "speaker told statement"),
    "speaker verb quote",
)
"""Patterns that may find their speaker anywhere in a sentence, so also inside the object
of a preposition ("an officer with the Lehigh County Humane Society says")."""
_ACCORDING = "according to speaker, statement"
_VERB_FIRST = "quote, verb speaker"
_WHO_AFTER = re.compile(WHO_TOLD)
"""A relative clause after a preposition's object, whose subject the object is: "... their
conversation with Mr. Smith, who told them: “...”" (multi_news-val-5473) is Smith's."""
_INNER = (*("statement, verb speaker", "statement, speaker verb", "speaker verb that"), _ACCORDING)
"""Patterns whose attributed words may hold a speaker of their own: in "Knowles told
investigators that his mother ..., detectives said" the words are Knowles', in "The Palm
Beach Post reported that ... Susan Bucher warned this weekend that ..." Bucher's."""


_STATEMENT = ("the statement", "The statement")
"""A statement's quotation may open with whom it quotes (`_quoted_speaker`)."""


_ASIDE_VERB = ("speaker verb that", "speaker verb quote")
"""Patterns whose verb may be an aside before the words ("..., she said, the ...")."""
_STATEMENTS = ("statement, verb speaker", "statement, speaker verb")
"""Patterns whose words run from the sentence's start to the speaker."""
_QUOTE_FIRST = tuple(name for name in QUOTE_NAMES if name.startswith("quote"))
"""Patterns whose words are a quotation that opens the sentence."""
_SOURCE_LAST = tuple(name for name in QUOTE_NAMES if name not in _QUOTE_FIRST)
"""Patterns whose words are no quotation that opens the sentence, and may end with who
reported them ("..., the memorandum says": `source_cut`); tested only there (on every
pattern's words it cost 0.03 ms a cluster)."""
_STANDS_FOR = (*PRONOUNS, *IT)
"""Speakers who are someone named before: not who speaks inside another's words."""


def first_hit(text: str, pos: int, names: Sequence[str] = QUOTE_NAMES) -> Hit | None:
    """The first of the `names`d patterns' matches at or after `pos` that attributes eight
    characters or more, with the span of its words and of the words of a second speech
    verb after them."""
    every = names is QUOTE_NAMES  # as `cued` gives most sentences: no name to look up
    for name, required, tail in COMPILED:
        if not every and name not in names:
            continue
        # a loop, not any() over a generator: made for each pattern of each sentence, the
        # generator cost more than the substring tests it ran
        for word in required:
            if word in text:
                break
        else:
            continue
        if tail is not None and tail.search(text, pos) is None:
            continue
        pattern = compiled(SOURCES[name])
        match = pattern.search(text, pos)
        if match is not None and not may_speak(name, match):
            match = speaking_further(pattern, name, match)
        if match is None or names_a_thing(text, match):
            continue
        if name == "quote, speaker verb" and named_after_verb(text, match):
            continue
        if name == "quote, speaker verb" and anothers_quotation(text, match.end(), match["who"]):
            return None  # nor is the clause after the verb ("she says he told her") a row
        if name == "speaker verb quote" and recalled_saying(text, match.end("verb")):
            continue
        if name == "speaker verb that" and (
            relative_that(match)
            or anothers_words(match)
            or relative_refused(match)
            or told_through(match)
        ):
            continue
        if name == "speaker told statement" and inside_quotation(text, match.start("who")):
            # "“Amazing — Obama speaks, market goes DOWN — Trump tells CNBC he's buying
            # stock — market goes up”" (multi_news-val-5041): a tweet's words, Trump's
            continue
        (who_start, who_end), role = match.span("who"), match.groupdict().get("role")
        if role is None and "unclosed" in match.re.groupindex:
            role = match["unclosed"]  # a description whose closing comma was left out
        if role is None and name == "quote, verb speaker" and not prefix_role(text, who_start):
            role = role_at_end(text, who_end)  # a title before the name is the role shown
        who_end = title_owned_end(text, who_end) if name == "quote, verb speaker" else who_end
        if " that " in match["who"]:
            # "the fact that the sheriff ... stated": the clause's subject speaks (1839); a
            # test here, as a lookahead in the description cost every speaker's search
            who_start += match["who"].rindex(" that ") + len(" that ")
        if role is not None and name == "statement, verb speaker" and collective(match["who"]):
            continue
        if role is not None and clause_as_role(role):
            continue
        words_start = match.start("text")
        if name == "speaker verb that" and (first := first_of_two_thats(match)) is not None:
            words_start = first
        if role is not None and role.strip().isdigit():
            role = None  # an age ("Sollecito, 29, said") is no role
        elif role is not None and (named := named_in_apposition(described(match), role)):
            who_start, role = match.start("role"), kin_after(named, text, match.end("role"))
            who_end = who_start + len(without_home(match["role"]))
        elif role is not None and name == _ACCORDING and subject_after_source(match["who"], role):
            words_start, role = match.start("role"), None
        elif role is not None and not_a_role(role):
            role = None
        elif name == _VERB_FIRST and (owned := owned_role_named(text, who_start, who_end)):
            who_start, who_end, role = owned
        if role is not None and role == match.groupdict().get("role"):
            role = with_campus(text, role, match.end("role"))
        if role is not None and role.endswith((',"', ",”")):
            role = role[:-2] + role[-1]  # a title's closing comma is the apposition's
        if (titled := name_around_title(text, who_start, who_end)) is not None:
            (who_start, who_end), role = titled, None
        if name in PARTICIPLES and (title := TITLE_NOUN_AFTER.match(text, who_end)):
            who_end = title.end()
        if name in _SUBJECT_ANYWHERE and CONDITION.search(text, max(0, who_start - 11), who_start):
            continue
        if name in _SUBJECT_ANYWHERE and ALLEGED.search(text, max(0, who_start - 15), who_start):
            continue
        if (
            name in _SUBJECT_ANYWHERE
            and in_an_object(text, who_start, who_end)
            and not (name == "speaker verb quote" and _WHO_AFTER.match(text, who_end))
        ):
            member = member_of(text, who_start, who_end) or named_after_object(match, role)
            if member is None:
                continue
            who_start, who_end, role = member
        elif name in _SUBJECT_ANYWHERE:
            who_start = owner_start(text, who_start, who_end)
        opening, end = trim(text, words_start, match.end("text"))
        if name in _ASIDE_VERB:
            opening = words_after_aside(match, opening)
        if name == "statement, verb speaker" and (reported := _reported(match, opening, end)):
            return reported
        start = after_last_stop(text, opening, end) if name in _STATEMENTS else opening
        if start == 0:
            start = past_dateline(text, start, end)
        elif text[start : start + 1] in WHERE_SAID_LETTERS:
            start = past_where_said(text, start, end)
        # words after what the speaker did are a quotation alone, however short ("he says
        # rolling his eyes, "zero"": multi_news-val-3501, no chance of a reunion)
        manner = MANNER.match(text, start, end)
        answered = manner is not None
        if manner is not None:
            start = manner.end()
        if match.groupdict().get("verb") in SHOWN_VERBS and match.start("verb") < start:
            start = match.start("verb")
        if name in _SOURCE_LAST:
            end = source_cut(text, start, end)
        cut, then = narration_cut(text, start, end, text[who_start:who_end], who_start >= end)
        cut = gloss_cut(text, start, cut, text[who_start:who_end])
        cut = dash_cut(text, who_start, start, cut)
        cut = relative_cut(text, who_start, start, cut)
        cut = contrast_cut(text, who_end, start, cut)
        if name == "speaker verb quote":
            cut = quotation_cut(text, start, cut)
        if name in PARTICIPLES and (other := _second_participle(text, start, cut)):
            cut, then = other.start(), (other.end(), end)
        second = None if then is None else balanced(text, *trim(text, *then))
        start, end = balanced(text, *trim(text, start, cut))
        # a "that" clause is the speaker's own claim, what follows its colon too ("has
        # noted that his proposed change would ... return the lyrics closer to one of the
        # versions ...: "True patriot love ..."": multi_news-val-1513)
        framed = framed_start(text, start, end, name != "speaker verb that", name in _STATEMENTS)
        if framed != start:
            start, end = balanced(text, *trim(text, framed, end))
        if name in _STATEMENTS and (own := own_pronoun_quoted(text, start, end, match["who"])):
            start, end = own
        elif "”" in text and (stray := before_stray_close(text, start, end)) < end:
            start, end = balanced(text, *trim(text, start, stray))
        start = past_connective(text, start, end)
        if writers_aside(text, start, end):
            continue
        if end - start < 8 and not (answered or _exclaimed(name, text, start, end)):
            continue
        if name == "speaker said statement" and not answered and text.find(" ", start, end) < 0:
            # 'a bemused Jenkins, co-writer and director of "Moonlight," said backstage.':
            # one word after "said" is where or when (multi_news-val-4411), no statement
            continue
        if (
            name == "speaker said statement"
            and not answered
            and (
                no_clause(text, start, end)
                or kept_silent(text, start)
                or in_relative_clause(text, who_start)
            )
        ):
            continue
        if (
            name in _INNER
            and not (name == "speaker verb that" and said_of_another(match))
            and (inner := _inner(text, match["who"], opening, start, end))
        ):
            return inner
        if match["who"] in _STATEMENT and (inner := _quoted_speaker(text, start, end)):
            return inner
        if text.find(";", start, end) >= 0:
            start, end = balanced(text, *trim(text, start, semicolon_cut(text, start, end)))
        second = second if second and second[1] - second[0] >= 8 else None
        if name == "speaker verb quote" and text[start - 1 : start] in OPEN:
            start, end = subject_before_aside(text, match.pos, start, end, who_start)
        return Hit(match, who_start, who_end, role, (start, end), second)
    return None


def _second_participle(text: str, start: int, end: int) -> re.Match[str] | None:
    """A second participle of the subject's ("... and insisting ...") in a participle's
    words, outside a quotation: where its words end and the second's start."""
    found = SECOND_PARTICIPLE.search(text, start, end)
    return None if found is None or inside_quotation(text, found.start()) else found


def _exclaimed(name: str, text: str, start: int, end: int) -> bool:
    """Whether words under eight characters are a whole exclamation, question or reply that
    opens the sentence before its speaker: "“Okay!” Weiner said loudly, ..."
    (multi_news-val-3718) is Weiner's word, "“Oh, yes,” Greene said without elaborating."
    (1760) his reply, not "without elaborating"; elsewhere so few characters are a scare
    quote or a title."""
    if name not in _QUOTE_FIRST or end - start < 2:
        return False
    return text[end - 1] in "!?" or "," in text[end : end + 2]


_ANOTHER_VERB = re.compile(r",\s+(?:but|and)\s+[a-z]")
"""A coordinated verb between a speaker's verb and the words read as its: the words are no
object of the first verb, and the subject's two acts are the outer speaker's account."""


_TOLD_PRIVATELY = re.compile(
    r"\s+(?:(?:his|her|their)\s+)?(?:family(?:\s+members)?|friends|relatives|loved\s+ones)\s+that\b"
)
"""Words told to family or friends reach the writer through the outer speaker, who says
them: "Smith told family members that Anderson had threatened her ..., the police chief
said" (multi_news-val-4326) is the chief's account of what the dead woman had said."""


def _inner(text: str, who: str, opening: int, start: int, end: int) -> Hit | None:
    """The speaker the attributed words hold, if any, with the words it said: in "Knowles
    told investigators that his mother ..., detectives said" Knowles (the words after his
    verb); in newswire's "Olin said there were indications ... ``The fact that ...,'' he
    said", a sentence to the splitter, Olin for "he" (the quotation after the sentence end
    at `start`). Not a speaker inside a quotation ("``He didn't say this, but Dick Morris
    said it for him ...,'' she said")."""
    inner = first_hit(text, opening if who in PRONOUNS else start, _SUBJECT_ANYWHERE)
    if inner is None or inner.words[0] + 8 > end:
        return None
    if inner.who in _STANDS_FOR:
        # the speaker's own pronoun saying it again: "She said she was in Michigan when
        # ..., she said in the interview." (multi_news-val-5388) is "she was in Michigan ..."
        same = inner.who_start == start and inner.who.lower() == who.lower()
        return replace(inner, words=(inner.words[0], min(inner.words[1], end))) if same else None
    verb_end = inner.match.end("verb") if inner.match.groupdict().get("verb") else end
    if _ANOTHER_VERB.search(text, verb_end, inner.words[0]):
        return None  # "The Klansman admitted to ..., but told the officers that ..., Wyatt said"
    if _TOLD_PRIVATELY.match(text, verb_end):
        return None
    if inside_quotation(text, inner.who_start):
        return None
    words = (start, end) if inner.who_start < start else (inner.words[0], min(inner.words[1], end))
    return replace(inner, words=words)


def _quoted_speaker(text: str, start: int, end: int) -> Hit | None:
    """The speaker a statement's quotation opens with, with the words it said: "“Lavrov
    stressed that ...,” the statement said." (multi_news-val-501) is Lavrov's."""
    inner = first_hit(text, start, ("speaker verb that",))
    if inner is None or inner.who_start != start or inner.who in _STANDS_FOR:
        return None
    return replace(inner, words=(inner.words[0], min(inner.words[1], end)))


def _reported(match: re.Match[str], start: int, end: int) -> Hit | None:
    """The speaker of a quotation the words hold when "according to" names who reports it
    (`REPORTED_SPEAKER`), with the quotation as the words."""
    text = match.string
    if "according to" not in text[match.end("text") : match.start("who")]:
        return None
    if _REPORTED_VERB.search(text, start, end) is None:
        return None  # so for all the raw and DUC clusters: its pattern (~5 ms) not compiled
    inner = compiled(REPORTED_SPEAKER).search(text, start, end)
    if inner is None:
        return None
    words = balanced(text, *trim(text, start, inner.start()))
    return Hit(inner, *inner.span("who"), inner["role"], words, None)
