"""Who said what: quotations and reported speech, attributed to a speaker.

Attribution is rule-based, with the sentence shapes news writing uses, as named
patterns: `“...,” Speaker said`, `..., said Speaker, role`, `Speaker, role, said (that)
...`, `Speaker called it "..."`, and a second quote after `..., adding that ...`. "He"/"she"
take the speaker of a recent sentence of the same article, or no quote is given at all: a
wrong speaker would be worse than a missing one. A quotation that opens the next sentence
of the same paragraph, with no attribution of its own, is the same speaker going on.

The attributed words end where the writer goes on: before a coordinated clause whose
subject is the speaker again (", but the president refused ...") or a second speech verb
(", and said ...", itself a second quote), and a quotation they open is closed
(`quote_marks.py`). The subject of an opening subordinate clause ("When Mercer insisted
that ..., Santavicca said") gives way to the main clause's speaker. Speaker names and
titles are read by `speakers.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from chorus.analyze.model import Excerpt, Quote
from chorus.analyze.pronouns import Focus, clear_pronoun
from chorus.analyze.quote_marks import CLOSE, OPEN, balanced, inside_quotation, trim
from chorus.analyze.speakers import (
    HONORIFIC,
    PRONOUNS,
    REFERS_BACK,
    ROLE_NOUN,
    SPEAKER,
    SPEAKER_AFTER,
    SPEAKER_QUOTED,
    WORD,
    bare_name,
    canonical_names,
    in_an_object,
    member_of,
    never_speaks,
    out_of_department,
    prefix_role,
    titled_name,
)
from chorus.model import Sentence

SPEECH_VERBS = (
    *("said", "says", "told", "tells", "added", "adding", "stated", "announced", "warned"),
    *("claimed", "insisted", "argued", "explained", "wrote", "tweeted", "noted", "stressed"),
    *("reiterated", "acknowledged", "admitted", "urged", "reminded", "recalled", "declared"),
    *("confirmed", "suggested", "replied", "responded", "commented", "denied", "pointed out"),
    *("adds", "notes", "explains", "reports", "warns", "insists", "argues", "revealed"),
    *("reported", "asked", "posted"),
)
"""Verbs that introduce what someone said (seeds: said, told, warned, reminded, ...)."""
DENIALS = frozenset(("denied",))
"""Verbs that negate the words they introduce: the attributed text starts at the verb, so
"Moscow and Damascus: denied that any gas attack took place" never reads as a claim."""

_VERB = "|".join(map(re.escape, SPEECH_VERBS))
INVERTED_VERBS = (
    *("said", "says", "according to", "notes", "noted", "adds", "added", "writes", "wrote"),
    *("explains", "explained"),
)
"""Verbs that come before their speaker after a statement ("..., notes Mark E. Laidre, an
evolutionary biologist"; multi_news-val-3184)."""
_INVERTED = "|".join(map(re.escape, INVERTED_VERBS))
_AUX = (
    r"(?:(?:has|have|had|also|reportedly|allegedly|again|repeatedly|previously|publicly"
    r"|privately)\s+)*"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
_WHEN = rf"(?:(?:(?:on|earlier|later|last|this)\s+\w+|{_DAYS})\s+)?"
_BEFORE_VERB = rf"{_AUX}{_WHEN}{_AUX}"
"""Adverbs and a time between a speaker and the verb ("Trump on Friday repeatedly claimed")."""
_ROLE = r"(?P<role>[^,“”\"]{3,80}?)"
_CLAUSE_OPENERS = "though|although|while|but|and|because|which|who|where|when|as|so|after"
_ROLE_AFTER = rf"(?!(?:{_CLAUSE_OPENERS})\b){_ROLE}"
"""What a speaker is, after the speaker; a clause there is not ("..., according to the
Denver District Attorney’s Office, though an affidavit ... says ...": multi_news-val-3761)."""
_APPOSITION = rf"(?:,\s+{_ROLE},|\s+[-—–]\s+[^-—–{OPEN}{CLOSE}]{{3,160}}?\s+[-—–])?"
"""Who a speaker is, between commas or dashes ("The Kansas Republican - who served 27 years
in the Senate, ... - said")."""
_CLAUSE_VERBS = "was|were|is|are|had|has|have|would|will|could|can|may|might|did|does|do"
_ADDING = rf",?\s+adding(?:\s+that\s+|:\s*(?=[{OPEN}]))(?P<text>.{{8,}}?)[.!?]?[{CLOSE}]?$"
"""A second thing the speaker said, after the first: "..., said Sarah Sanders, the White
House press secretary, adding that the White House was holding “ongoing meetings”", or
"..., Graham said, adding: “You don’t recuse somebody ...”"."""
_TITLE_BEFORE = (
    r"(?:(?:former|then|acting)\s+)?(?:[A-Z][\w.&’'-]*\s+){0,3}?"
    r"(?:(?!(?:and|but|or|as|that|which|who|so|because|while|when|he|she|the|an?|his|her"
    r"|their|its|then|now|also)\b)[a-z][\w-]*\s+)?"
)
"""A title in lower case, maybe after capitalised words, before a speaker's name: "spokesman
Michael Mansell", "former Senate Majority Leader Bob Dole", "White House counselor
Kellyanne Conway" (multi_news-val-2053, 4505, 1720)."""
_CALLED = r"called(?!\s+(?:on|for|off|up)\b)"
"""Calling something "a grave error" says it; calling on someone to act does not quote them."""
_OBJECT = rf"(?:(?!\b(?:{_CLAUSE_VERBS})\b)[^.{OPEN}{CLOSE}]){{0,60}}?"
"""What may stand between a speech verb and its "that": "told Putin", "said on Thursday";
never a clause of its own ("said the US was concerned that ..." attributes the whole
clause, not what follows its "that"), except the "..., Lee said, is that ..." frame."""

_WHERE_SAID = (
    r"(?:in|at|on|during|to|from|with)\s+(?:an?|the|his|her|their|its|[A-Z])"
    r"(?:[\w’'.-]*\s+){0,8}[\w’'.-]*[.!?]?$"
)
"""Where or when something was said, and nothing much after it, is not what was said: "Dave
Camp (R-Mich.) says in his letter to Holder.", "Chief Mitch Celaya said at a news
conference." (but "says in a Facebook posting the dogs are being evaluated ...")."""

QUOTE_PATTERNS: tuple[tuple[str, str], ...] = (
    # “It looks like a diplomatic call designed to accompany strikes,” he said. (seed 001)
    # “He strived to ...,” John Hasting, CEO of The Thomas Kinkade Co., said Monday.
    (
        "quote, speaker verb",
        rf"^[{OPEN}](?P<text>.+?)[,]?[{CLOSE}],?\s+{_TITLE_BEFORE}{SPEAKER_QUOTED}{_APPOSITION},?\s+"
        rf"{_BEFORE_VERB}"
        rf"(?:{_VERB})\b",
    ),
    # “The president of the republic called for dialogue ...,” said a statement ... (seed 001)
    (
        "quote, verb speaker",
        rf"^[{OPEN}](?P<text>.+?)[,]?[{CLOSE}],?\s+(?:{_VERB})\s+{SPEAKER_QUOTED}",
    ),
    # Mr Trump spoke again to Mr Macron earlier on Friday, said Sarah Sanders, the White
    # House press secretary, adding ... (seed 001)
    (
        "statement, verb speaker",
        rf"^(?P<text>[^{OPEN}].{{15,}}?),[{CLOSE}]?\s+(?:{_INVERTED})\s+{SPEAKER_AFTER}(?:\s+{WORD})*"
        rf"(?:,\s+{_ROLE_AFTER}(?:,|\.?$)|,\s+(?:{_CLAUSE_OPENERS})\b|\.?$)",
    ),
    # ..., the Elysee has said on Friday. / ..., the Kremlin said. (seeds 000, 001) / ...,
    # the Minneapolis Star Tribune reported. (multi_news-val-319)
    (
        "statement, speaker verb",
        rf"^(?P<text>[^{OPEN}].{{15,}}?),[{CLOSE}]?\s+{_TITLE_BEFORE}{SPEAKER_AFTER}\s+{_AUX}"
        rf"(?:said|says|added|reported|told\s+(?:the\s+)?[\w-]+(?:\s+{WORD}){{0,3}})"
        rf"(?:(?:\s+(?:on|earlier|last)\s+\w+|\s+(?:{_DAYS}))(?:,\s+[^{OPEN}{CLOSE}]{{3,}}?)?)?\.?$",
    ),
    # Macron reportedly told Putin that he "regretted the latest Russian veto ..." (seed 000)
    (
        "speaker verb that",
        rf"{SPEAKER}{_APPOSITION}\s+{_BEFORE_VERB}(?P<verb>{_VERB})\b{_OBJECT}"
        rf"(?:\b(?:is|was)\s+)?\bthat\s+(?P<text>.{{8,}}?)[.!?]?[{CLOSE}]?$",
    ),
    # Michel Duclos, a former French ambassador to Damascus, said the phone conversation ...
    (
        "speaker said statement",
        rf"{SPEAKER}{_APPOSITION}\s+{_BEFORE_VERB}(?:said|says|added|warned|stated)\s+"
        rf"{_WHEN}(?!{_WHERE_SAID})(?P<text>[^\s{OPEN}].{{8,}}?)[.!?]?[{CLOSE}]?$",
    ),
    # Macron stressed "his deep concern at ..." (seed 000); Shumlin ... called Corbett's
    # remark "an absurd comparison ..." (multi_news-val-3299), but not "what the FBI
    # called “communiques”", a name for a thing, not words said.
    (
        "speaker verb quote",
        rf"{SPEAKER}{_APPOSITION}\s+{_BEFORE_VERB}(?P<verb>{_VERB}|{_CALLED})\b"
        rf"[^.{OPEN}{CLOSE}]{{0,60}}?(?::\s*|\s+)(?P<text>[{OPEN}].{{8,}}?)[.!?]?[{CLOSE}]?$",
    ),
    # Jim Mattis, US defence secretary, made similar comments on Thursday, adding that the
    # Trump administration had made no decision to strike Syria. (seed 001)
    (
        "speaker ..., adding that",
        rf"^{SPEAKER}{_APPOSITION}\s+[^,.{OPEN}{CLOSE}]{{0,60}}?{_ADDING}",
    ),
)
_OPENING_MARKS = tuple(OPEN)
_ADDING_THAT = re.compile(_ADDING)
_RESUMED = re.compile(
    rf"(?:(?!\b(?:who|which|and|but|while)\b)[^{OPEN}{CLOSE}.]){{0,40}}?,\s*"
    rf"(?P<text>[{OPEN}].{{8,}}?)[.!?]?[{CLOSE}]?$"
)
"""A quotation the attribution interrupts goes on after it: "“Well, Chris, first of all,”
Conway responded, “What do you mean by edited ...”" (multi_news-val-1720), but not after
a clause ("..., Colbert said to Urgant, who replied, “...”")."""
REQUIRED: dict[str, tuple[str, ...]] = {
    "quote, speaker verb": _OPENING_MARKS,
    "quote, verb speaker": _OPENING_MARKS,
    "statement, verb speaker": INVERTED_VERBS,
    "statement, speaker verb": ("said", "says", "added", "reported", "told"),
    "speaker verb that": ("that",),
    "speaker said statement": ("said", "says", "added", "warned", "stated"),
    "speaker verb quote": _OPENING_MARKS,
    "speaker ..., adding that": ("adding",),
}
"""Words without which a pattern cannot match: a substring test is ~100× cheaper than the
unanchored patterns, which try a speaker at every position of the sentence."""
QUOTE_NAMES = tuple(name for name, _ in QUOTE_PATTERNS)
_COMPILED = tuple((name, REQUIRED[name], re.compile(pattern)) for name, pattern in QUOTE_PATTERNS)
_CUES = (*SPEECH_VERBS, "according to", "called")
_CUE_STARTS = "".join(sorted({word[0] for word in _CUES}))
_CUE = re.compile(rf"(?=[{_CUE_STARTS}])\b(?:{'|'.join(map(re.escape, _CUES))})\b")
"""One cheap search that rules out most sentences before the patterns run (the lookahead
for a verb's first letter skips most positions before the alternatives are tried)."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in a sentence, by offsets into the sentence's article."""

    speaker: str
    speaker_start: int
    role: str | None
    start: int
    end: int
    refers_back: bool = False
    """The speaker is "he", "she" or a description naming again whoever came last."""


_COORDINATED = re.compile(
    rf",[{CLOSE}]?\s+(?P<conj>but|and|while|though|although|yet)\s+"
    rf"(?:(?:on|earlier|later|last|this)\s+\w+\s+)?"
    rf"(?:(?P<subject>{HONORIFIC}?{WORD}|[Tt]he\s+(?:[\w-]+\s+)?(?:{ROLE_NOUN})|he|she)\s+)?"
    rf"(?:also\s+|later\s+|then\s+)?(?P<verb>[a-z][\w’'-]*)"
)
"""A clause joined to the attributed words, with its subject, if it names one, and verb."""
_SPEAKS = frozenset(v for v in SPEECH_VERBS if " " not in v)
_SAYS_WHAT = frozenset(("said", "says", "added", "adds", "noted", "notes", "warned", "warns"))
"""Verbs whose words follow them at once ("but said it is likely ..."), unlike "told
the officers that ..."."""
_THAT = re.compile(r"(?:\s+that\b)?[,:]?")
_RUN_ON = re.compile(r"[.!?][”\"](?=[A-Z])")
"""A closing mark with the next sentence right after it ("get out."Anne keeps ..."): a
sentence end the splitter did not see."""


def _narration_cut(text: str, start: int, end: int, who: str) -> tuple[int, int | None]:
    """Where the words attributed to `who` end before a clause of the writer's, and where
    the words of a second speech verb in that clause start, if it has one.

    The writer's clause is a coordinated one whose subject is the speaker again, by name
    or as "the <role>" (", but on Thursday the president refused to be drawn"), or that
    goes on with a speech verb (", and said ...", ", but he added that ...")."""
    run_on = _RUN_ON.search(text, start, end)
    if run_on is not None:
        end = run_on.end()
    for clause in _COORDINATED.finditer(text, start, end):
        subject, verb = clause["subject"], clause["verb"]
        if subject is None or subject in PRONOUNS:
            writers = verb in _SPEAKS
        else:
            writers = subject[:4].lower() == "the " or bare_name(subject) in who.split()
        if writers and not inside_quotation(text, clause.start("conj")):
            then = _THAT.match(text, clause.end()).end() if verb in _SAYS_WHAT else None
            return clause.start(), then
    return end, None


_WHAT = re.compile(r"\bwhat\b")


def _names_a_thing(text: str, match: re.Match[str]) -> bool:
    """ "what the FBI called “communiques”", "what the daily Corriere della Sera called ...":
    a name for a thing, not words the speaker said."""
    if match.groupdict().get("verb") != "called":
        return False
    return _WHAT.search(text, max(0, match.start("who") - 40), match.start("who")) is not None


_SUBORDINATE = re.compile(
    r"(?:When|After|Before|While|Although|Though|Because|If|Since|Once|Until|Unless)\s"
)
_MAIN_CLAUSE = re.compile(
    rf",\s+(?P<who>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)\s+{_AUX}(?:{_VERB})\b"
)
"""The main clause after an opening subordinate one: ", Santavicca said", ", the couple
said" (a subject of one to three words, then a speech verb)."""


def _main_clause(text: str, who_start: int) -> re.Match[str] | None:
    """The main clause's speaker and verb when the speaker at `who_start` is the subject
    of a subordinate clause that opens the sentence ("When Mercer insisted that ...")."""
    if not _SUBORDINATE.match(text) or "," in text[:who_start]:
        return None
    main = _MAIN_CLAUSE.search(text, who_start)
    return None if main is None or inside_quotation(text, main.start()) else main


@dataclass(frozen=True, slots=True)
class _Hit:
    """A pattern's match in a sentence: who speaks, and the spans of the words they said."""

    match: re.Match[str]
    who_start: int
    who_end: int
    role: str | None
    words: tuple[int, int]
    second: tuple[int, int] | None
    """The words of a second speech verb after the first ones, if any."""

    @property
    def who(self) -> str:
        return self.match.string[self.who_start : self.who_end]


_SUBJECT_ANYWHERE = ("speaker verb that", "speaker said statement", "speaker verb quote")
"""Patterns that may find their speaker anywhere in a sentence, so also inside the object
of a preposition ("an officer with the Lehigh County Humane Society says")."""
_INNER = ("statement, verb speaker", "statement, speaker verb", "speaker verb that")
"""Patterns whose attributed words may hold a speaker of their own: in "Knowles told
investigators that his mother ..., detectives said" the words are Knowles', in "The Palm
Beach Post reported that ... Susan Bucher warned this weekend that ..." Bucher's."""


def _first(text: str, pos: int, names: Sequence[str] = QUOTE_NAMES) -> _Hit | None:
    """The first of the `names`d patterns' matches at or after `pos` that attributes eight
    characters or more, with the span of its words and of the words of a second speech
    verb after them."""
    for name, required, pattern in _COMPILED:
        if name not in names or not any(word in text for word in required):
            continue
        match = pattern.search(text, pos)
        if match is None or never_speaks(match.group("who")) or _names_a_thing(text, match):
            continue
        (who_start, who_end), role = match.span("who"), match.groupdict().get("role")
        if name in _SUBJECT_ANYWHERE and in_an_object(text, who_start):
            member = member_of(text, who_start, who_end)
            if member is None:
                continue
            who_start, who_end, role = member
        start, end = trim(text, match.start("text"), match.end("text"))
        if match.groupdict().get("verb") in DENIALS:
            start = match.start("verb")
        cut, then = _narration_cut(text, start, end, text[who_start:who_end])
        second = None if then is None else balanced(text, *trim(text, then, end))
        start, end = balanced(text, *trim(text, start, cut))
        if end - start < 8:
            continue
        if name in _INNER:
            inner = _first(text, start, _SUBJECT_ANYWHERE)
            if inner is not None and inner.words[0] + 8 <= end and inner.who not in PRONOUNS:
                return replace(inner, words=(inner.words[0], min(inner.words[1], end)))
        second = second if second and second[1] - second[0] >= 8 else None
        return _Hit(match, who_start, who_end, role, (start, end), second)
    return None


def attributions(sentence: Sentence) -> tuple[Attribution, ...]:
    """The speaker and the spans of words attributed to them, if the sentence has any: one,
    or two when the speaker goes on ", adding that ..." or ", and said ..."."""
    return _attributions(sentence) if _CUE.search(sentence.text) else ()


def _attributions(sentence: Sentence) -> tuple[Attribution, ...]:
    """`attributions` of a sentence with a speech verb."""
    text = sentence.text
    hit = _first(text, 0)
    if hit is None:
        return ()
    main = _main_clause(text, hit.who_start)
    if main is not None:
        # "When Mercer insisted that ..., Santavicca said, “...”": the opening clause's
        # subject is not who speaks in the main clause, or is, when that one says "he"
        after = _first(text, main.start("who"))
        if after is not None and after.who not in PRONOUNS:
            hit = after
        elif after is not None:
            hit = replace(hit, words=after.words, second=after.second)
        elif hit.words[0] < main.start() < hit.words[1]:
            words = balanced(text, *trim(text, hit.words[0], main.start()))
            hit = replace(hit, words=words, second=None)
    who_start, who_end, role = hit.who_start, hit.who_end, hit.role
    titled = titled_name(text, who_start, who_end)
    in_department = None if titled else out_of_department(text, who_start, hit.who)
    if titled is not None:
        who_start, who_end, role = titled
    elif in_department is not None:
        who_start, title = in_department
        role = role or title
    role = role or prefix_role(text, who_start)
    found = Attribution(
        speaker=bare_name(text[who_start:who_end]),
        speaker_start=sentence.start + who_start,
        role=role.strip() if role else None,
        start=sentence.start + hit.words[0],
        end=sentence.start + hit.words[1],
        refers_back=REFERS_BACK.match(hit.who) is not None,
    )
    second = hit.second
    more = _ADDING_THAT.match(text, hit.match.end()) if "adding" in text else None
    if more is None and second is None and text[:1] in OPEN:
        more = _RESUMED.match(text, hit.match.end())
    if more is not None:
        second = balanced(text, *trim(text, *more.span("text")))
    if second is None:
        return (found,)
    start, end = second
    return found, replace(found, start=sentence.start + start, end=sentence.start + end)


def quotes(
    per_article: Sequence[Sequence[Sentence]], known_names: Iterable[str] = ()
) -> tuple[Quote, ...]:
    """Every attributed quotation, in article order; pronouns resolved within an article."""
    found = [pair for sentences in per_article for pair in _article_quotes(sentences)]
    # Recognised names count without a title: "Prof Adrian Owen" is the "Adrian Owen" quoted.
    names = canonical_names([*map(bare_name, known_names), *(a.speaker for a, _ in found)])
    return tuple(
        Quote(
            speaker=names.get(a.speaker, a.speaker),
            role=a.role,
            text=Excerpt(s.article, a.start, a.end),
            sentence=s,
            outlet=s.article.outlet,
            kind="quote" if _is_verbatim(s.article.text, a) else "reported",
        )
        for a, s in found
    )


_SENTENCE_END = re.compile(r"[.!?…][”\"]?\s*$|[.!?]\s")


_FOLLOWED = 8
"""Sentences read before a pronoun speaker to know whom it stands for."""


def _article_quotes(sentences: Sequence[Sentence]) -> list[tuple[Attribution, Sentence]]:
    """The attributions of one article's sentences, each with its sentence: "he", "she" or
    a description naming someone again resolved to the person the article follows
    (`pronouns.py`), a quotation that goes on given its speaker."""
    cues = [_CUE.search(s.text) is not None for s in sentences]
    said = [_attributions(s) if cued else () for s, cued in zip(sentences, cues, strict=True)]
    # the person followed is read only in the sentences just before one whose speaker
    # refers back: further back, the reader has lost track too (and it costs a third of
    # finding quotes)
    followed = {
        n
        for m, here in enumerate(said)
        if here and here[0].refers_back
        for n in range(max(0, m - _FOLLOWED), m)
    }
    found: list[tuple[Attribution, Sentence]] = []
    focus = Focus()
    previous: Sentence | None = None
    previous_speaker: str | None = None
    for n, (sentence, here) in enumerate(zip(sentences, said, strict=True)):
        if here and here[0].refers_back:
            here = _resolved(here, sentence, focus)
        elif not here and previous_speaker and _goes_on(previous, sentence):
            text = sentence.article.text
            start, end = balanced(text, *trim(text, sentence.start, sentence.end))
            here = (Attribution(previous_speaker, sentence.start, None, start, end),)
        previous, previous_speaker = sentence, here[0].speaker if here else None
        if n in followed:
            if n - 1 not in followed:
                focus = Focus()
            focus.read(sentence.text, previous_speaker, speaks=not here and cues[n])
        found.extend((a, sentence) for a in here)
    return found


def _resolved(
    here: tuple[Attribution, ...], sentence: Sentence, focus: Focus
) -> tuple[Attribution, ...]:
    """Attributions whose speaker refers back, given to the person followed, or none."""
    at = here[0].speaker_start - sentence.start
    words = (here[0].start - sentence.start, here[0].end - sentence.start)
    speaker = focus.person
    if speaker is None or not clear_pronoun(sentence.text, at, speaker, words):
        return ()
    speaker = focus.stands_for(here[0].speaker)
    return tuple(_with_speaker(a, speaker) for a in here) if speaker else ()


_SAID_AFTER = re.compile(r"[,?!][”\"]\s+\w+\s+[a-z]+\w*[.!?]?$")
"""An attribution of its own after a quotation, with a verb the patterns do not know:
"“Two were kids and one was an old man,” he continued." is no quotation going on."""


_NARRATED_AFTER = re.compile(r"[“\"](?:[A-Z\d][\w'’:-]*[\s,]*){1,8}[”\"][^.!?]*[a-z]")
"""A sentence that opens with a title in quotation marks and goes on in the writer's words
("“Furious 7” is directed by James Wan and stars ...": not the speaker going on, as in
"\"No one wants to talk honestly\" about the widespread nature of the threat")."""


def _goes_on(previous: Sentence | None, sentence: Sentence) -> bool:
    """A quotation that opens a sentence right after the speaker's, with no attribution of
    its own: the speaker goes on ("..., Rodman said. “Try to start a basketball league over
    there ...”": multi_news-val-3382), in the same paragraph or the next (news writing
    names every new speaker: "..., Mr Rawlins said. ¶ "He will take a copy of ...")."""
    text = sentence.article.text
    if previous is None or text[sentence.start : sentence.start + 1] not in OPEN:
        return False
    # a quotation of a paragraph of its own says something ("Keep It Thoro", a title, not)
    same_paragraph = "\n" not in text[previous.end : sentence.start]
    return (
        (same_paragraph or _SENTENCE_END.search(sentence.text) is not None)
        and not _CUE.search(sentence.text)
        and not _SAID_AFTER.search(sentence.text)
        and not _NARRATED_AFTER.match(sentence.text)
    )


def _with_speaker(found: Attribution, speaker: str) -> Attribution:
    return Attribution(speaker, found.speaker_start, None, found.start, found.end)


def _is_verbatim(text: str, found: Attribution) -> bool:
    """True when the attributed words stood between quote marks and hold none inside."""
    opened = found.start > 0 and text[found.start - 1] in OPEN
    inside = text[found.start : found.end]
    return opened and not any(mark in inside for mark in OPEN + CLOSE)
