"""The writer's framing around quoted words: a name for a thing in quotation marks, not
words said ("what the FBI called “communiques”", `names_a_thing`); a quotation after the
writer's own words and a colon (`quoted_start`), or before a closing quotation
(`closing_quotation`; `framed_start` reads both); and a connective
opening a reported statement ("But ...", `past_connective`); a quotation inside an account
of the speaker in the speaker's own pronoun (`own_pronoun_quoted`); a closing mark no mark
opened, the writer's words after it (`before_stray_close`); the writer's note that the
speaker would not say more (`past_connective`) or said nothing (`kept_silent`); a subject
before the attribution that the quotation after it goes on from (`subject_before_aside`).
Split from `quote_clauses.py`.
"""

from __future__ import annotations

import re

from chorus.language.quote_cues import cues
from chorus.language.quote_going_on import verbatim
from chorus.language.quote_marks import CLOSE, OPEN, balanced
from chorus.language.speakers import FULL_NAME, ROLE_NOUN

_WHAT = re.compile(r"\bwhat\b")


_CALLED_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,4}called\s+$")
"""A name for a thing between a speech verb and the quotation: "He also recalled 1960s-era
riots by what he called “Negro” groups in Los Angeles." (multi_news-val-4378)."""


_OF_A_THING = re.compile(
    r"\bof\s+(?:an?|the)\s+$|\b(?:excerpt|clip|scene|episode|chapter|passage)\s+(?:from|of)\s+$"
)
"""A picture or copy of a thing whose name is quoted ("a photo of an “...”"); a thing
described as quoted words stays the speaker's ("describes the sandwich as a "...""; 57);
a work a part is taken from ("explains in this excerpt from "Dorothy Day: Who Cares About the
Saints?"": 447)."""


def names_a_thing(text: str, match: re.Match[str]) -> bool:
    """ "what the FBI called “communiques”", "what the daily Corriere della Sera called ...",
    "recalled riots by what he called “Negro” groups", "she posted a photo of an “Expected
    Date of Confinement Wheel” on Facebook" (multi_news-val-2366): a name for a thing, not
    words the speaker said."""
    verb = match.groupdict().get("verb")
    if verb == "called":
        return _WHAT.search(text, max(0, match.start("who") - 40), match.start("who")) is not None
    if verb is None:
        return False
    if _OF_A_THING.search(text, match.end("verb"), match.start("text")) is not None:
        return True
    if text.find(" called ", match.end("verb"), match.start("text")) < 0:
        return False
    return _CALLED_BEFORE.search(text, match.end("verb"), match.start("text")) is not None


_NAMED_AFTER_VERB = re.compile(rf",\s+(?:says|said)\s+{FULL_NAME}")
"""A name after the verb that follows a comma: '"...," both Democratic and Republican, says
David Graham at The Atlantic.' (multi_news-val-4236): the words between the quotation and
the comma go on with it, and the name after the verb speaks."""


def named_after_verb(text: str, match: re.Match[str]) -> bool:
    """Whether "quotation, X, says Name" was read with X the speaker before the verb."""
    return _NAMED_AFTER_VERB.match(text, match.end("who")) is not None


_SUBJECT = re.compile(
    r"(?:i|you|he|she|it|we|they|there|this|that|these|those|who|what|nobody|everyone)\b"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did|\w+ed)\b")


def no_clause(text: str, start: int, end: int) -> bool:
    """Whether unquoted words after "says" are three words or fewer opening on a
    lower-case word no clause opens on, with no verb: what the speaker does, not what they
    say ("Colbert says words too good.", the writer's joke: multi_news-val-4236); "He said
    roads were slippery" (2484) is a clause."""
    words = text[start:end].split()
    if len(words) > 3 or not words[0].islower() or _SUBJECT.match(words[0]):
        return False
    return _FINITE.search(text, start, end) is None


_NOTHING_SAID = re.compile(
    r"(?:very\s+)?(?:nothing|little)(?:\s+(?:more|else|further))?"
    r"(?=[,.;]|\s+(?:about|on|of|in|to|at|regarding|beyond|during|when|as|except)\b|$)"
)
"""A negative quantifier as the object of "said", not a clause's subject: "Peinovich said
nothing on Twitter or on his own site" (raw validation 0-based 92 [0]), "he said nothing
about the big financial aid package ..." (DUC d30048t), silence and no words; "said
nothing had changed", "said little news was expected" are words."""


def kept_silent(text: str, start: int) -> bool:
    """Whether the words after "said" open on "nothing" or "little" that no verb or noun
    of theirs follows: the writer telling that the speaker kept quiet (`_NOTHING_SAID`)."""
    return text.startswith(("nothing", "little", "very"), start) and bool(
        _NOTHING_SAID.match(text, start)
    )


_CONTACT_RELATIVE = re.compile(
    r"\b(?:is|was|are|were|became|remains|remained)\s+(?:one|an?|the|another)\s+"
    r"(?:(?!(?:after|because|as|when|while|since|before|if|until|though|although|that"
    r"|whether|where|and|but|or|who|which)\b)[^,;:()—–\s]+\s+){1,6}$"
)
"""A predicate's noun phrase right before a speaker, no comma or connective between: the
speaker's clause is a relative clause without its "that", and the words after the verb lack
what the noun is ("'I want you to be my whore' was one text message Florida-based porn star
Devon James says Tiger Woods sent her.": raw validation 0-based 175 [0])."""


def in_relative_clause(text: str, who_start: int) -> bool:
    """Whether the speaker starting at `who_start` (after its title) opens a relative clause
    without "that" on a predicate's noun (`_CONTACT_RELATIVE`): what they said is the noun,
    not the words after their verb, which miss it. Census, all raw + DUC text: a copula, a
    determiner and up to six words before a speaker and a speech verb, no connective, 1
    (raw 175)."""
    return who_start > 0 and _CONTACT_RELATIVE.search(text, 0, who_start) is not None


def _opened(text: str, start: int) -> bool:
    """Whether the words start right after an opening mark (a quotation's own)."""
    return start > 0 and text[start - 1] in OPEN


_COLON_QUOTATION = re.compile(r":\s+[“\"]")


_SAID_OF = re.compile(rf"(?:of|about)\s[^{OPEN}{CLOSE},]{{2,80}},\s+[{OPEN}]")
"""What a quotation was said of, then a comma: 'once said of his own 1976 King Kong star,
"When the monkey die, people gonna cry."' (multi_news-val-2642)."""


def quoted_start(text: str, start: int, end: int) -> int:
    """Where a reported statement's quotation starts when the writer's words and a colon
    only frame it: "James ... said the same about the team he'd just vanquished and hinted
    at a sequel: "This won't be the last time ..."" (multi_news-val-5555), or what it was
    said of and a comma (`_SAID_OF`); else `start`."""
    if _opened(text, start) or end <= start or text[end - 1] not in CLOSE:
        return start
    colon = _COLON_QUOTATION.search(text, start, end) or _SAID_OF.match(text, start, end)
    if colon is None or any(mark in text[start : colon.start()] for mark in OPEN + CLOSE):
        return start
    return colon.end() - 1


_QUOTED_WORDS = 4
"""The fewest words of a closing quotation the writer's words before it frame."""
_CONDITION = re.compile(r"(?:If|Unless|Although|Though|While|When)\s")
"""A frame the quotation depends on: "If the team is right, "you've moved from ...,"" (5207)."""
_A_SENTENCE = re.compile(r"[A-Z]|(?:I|you|we|he|she|they|it|there)(?:\b|['’])")
"""How a quotation that is a sentence of its own opens: a capital or a subject pronoun; a
fragment ("... was charged with "child luring, ...,"", "... women in 25 “targeted counties
for the midterm election,”") needs the writer's words before it."""


def closing_quotation(text: str, start: int, end: int) -> int:
    """Where a statement before its speaker starts when it ends in a quotation, a sentence
    of its own, that the writer's words only frame: "At nearly 3.2 feet (1 meter) long, "it
    is the largest dinosaur foot ...," ... Tschopp ... told Live Science." (multi_news-val-794)
    is the quotation's; a frame that names a speaker of its own ("Smith called it "...," the
    paper said") or a condition ("If ...,") keeps it; else `start`."""
    if _opened(text, start) or end <= start or text[end - 1] not in CLOSE:
        return start
    opening = max(text.rfind(mark, start, end - 1) for mark in OPEN)
    frame = text[start:opening]
    if opening <= start or any(mark in frame for mark in OPEN + CLOSE) or _CONDITION.match(frame):
        return start
    if len(text[opening:end].split()) < _QUOTED_WORDS or next(cues(frame), None) is not None:
        return start
    return opening if _A_SENTENCE.match(text, opening + 1) else start


def framed_start(text: str, start: int, end: int, after_colon: bool, statement: bool) -> int:
    """Where the words start past the writer's frame: after a colon (`quoted_start`, where
    `after_colon`), or before the closing quotation of a `statement` before its speaker
    (`closing_quotation`), or at what its speaker adds after the writer's dash
    (`_QUALIFIED`)."""
    framed = quoted_start(text, start, end) if after_colon else start
    if framed != start or not statement:
        return framed
    qualified = _QUALIFIED.search(text, start, end) if "but " in text[start:end] else None
    return closing_quotation(text, start, end) if qualified is None else qualified.start("words")


_QUALIFIED = re.compile(
    rf"\s[—–]\s+but\s+(?P<words>(?:without|not|with\s+no)\s[^{OPEN}{CLOSE}—–]+)$"
)
"""The writer's account, then what the speaker adds to it, a qualifier without a verb: "A
shocking accident sent the infant and her mother plunging eight stories ... — but without
any posted warning signs, residents said" (raw multi_news-val-1397): the residents told
only of the signs."""


_CONNECTIVE = re.compile(r"(?:But|And|Yet|So)\s+(?=[A-Z]|(?:he|she|they)\s)")


def past_connective(text: str, start: int, end: int) -> int:
    """Where a reported statement starts past the writer's connective: "But Ms. Stinson,
    21, later admitted ..., the police said" (multi_news-val-2067) is "Ms. Stinson, ...",
    "But she asked them what they wanted, she said." (5388) "she asked ..."; a quotation's
    own "“But ...”" stays."""
    if _opened(text, start):
        return start
    if text.startswith(_CONCESSIVE, start) and (declined := _DECLINED.match(text, start, end)):
        return declined.end()
    connective = _CONNECTIVE.match(text, start, end)
    return start if connective is None else connective.end()


_CONCESSIVE = ("while ", "although ", "though ", "While ", "Although ", "Though ")
_DECLINED = re.compile(
    r"(?:[Ww]hile|[Aa]?[Tt]hough)\s+(?:he|she|they)\s+"
    r"(?:could\s*n[o’']t|can\s*n[o’']t|would\s*n[o’']t|wouldn[’']t|won[’']t|declined\s+to"
    r"|refused\s+to)\s+(?:discuss|comment|elaborate|say|name|reveal|disclose|confirm)\b"
    rf"[^{OPEN}{CLOSE},—–;]{{0,60}}(?:,|\s[—–])\s+(?=[A-Za-z])"
)
"""The writer's note that the speaker would not tell more, before the words they did say:
"Robby Browne ... said that while he couldn’t discuss details — the buyer did not intend
to quickly flip the house." (raw validation 0-based 48) is "the buyer did not ..."."""


_OWN_PRONOUN_QUOTED = re.compile(
    rf"(?:(?:But|And|Yet|So)\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s[^{OPEN}{CLOSE}]*?[{OPEN}]"
    rf"(?P<quoted>[^{OPEN}{CLOSE}]{{2,}})[{CLOSE}]"
)


def own_pronoun_quoted(text: str, start: int, end: int, who: str) -> tuple[int, int] | None:
    """The quotation inside a statement told of its speaker by the speaker's own pronoun,
    the writer's account around it: "But he did take "a bit of time off" inbetween, he told
    TODAY Thursday." (multi_news-val-3044) gives "a bit of time off"; the speaker would
    have said "I"."""
    if who not in ("he", "she"):
        return None
    found = _OWN_PRONOUN_QUOTED.match(text, start, end)
    if found is None or found["pronoun"].lower() != who:
        return None
    return found.span("quoted")


_STRAY_CLOSE = re.compile(r"”\s+(?=[a-z])")


def before_stray_close(text: str, start: int, end: int) -> int:
    """Where reported words end at a closing mark no mark opened, the writer's words going
    on after it: "While Qatar Airways said it only wants a passive stake in the company” a
    bigger position could be a tough sell." (multi_news-val-3386, a comma mistyped)."""
    stray = _STRAY_CLOSE.search(text, start, end)
    if stray is None or any(text.find(mark, start, end) >= 0 for mark in OPEN):
        return end
    return stray.start()


_EMPTY_CLAIM = re.compile(
    r"(?:it|this|that|they)\s+(?:is|was|are|were)\s+(?:still\s+|not\s+|also\s+)?(?:[a-z]+ly\s+)?[a-z]+"
)
"""A reported claim of a pronoun and an adjective: "But he said it was still relevant."
(multi_news-val-5125, after "Mr. Zimmerman did not invoke that defense"), "Anne Ziegenhorn
says they are frighteningly accurate" (530); as a paraphrase it tells nothing alone."""


def says_nothing(text: str, start: int, end: int) -> bool:
    """Whether the reported words `text[start:end]`, opening with one of `CLAIM_SUBJECTS`
    (a string test the caller makes first: it asks of every attribution, and a call each
    cost ~1% of finding quotes), are a pronoun's bare claim that no quotation marks make
    the speaker's own words (`_EMPTY_CLAIM`)."""
    if end - start > _CLAIM_LENGTH:
        return False
    return _EMPTY_CLAIM.fullmatch(text, start, end) is not None and not verbatim(text, start, end)


CLAIM_SUBJECTS = ("it ", "this ", "that ", "they ")
_CLAIM_LENGTH = 60


_REPORTED_WITHIN = re.compile(
    rf"(?P<who>(?:[A-Z][\w’'-]*['’]s\s+)?(?:[a-z-]+\s+){{0,3}}(?:{ROLE_NOUN})"
    r"(?:\s+(?:to|for|of|in)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)"
    r"\s+said(?:\s+on\s+[A-Z][a-z]+day)?\s+that\s+"
)


def reported_within(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Where the speaker an agency's words report starts and ends, and where their own words
    start: "China's special envoy to Malaysia said on Thursday that Beijing was doing its
    best ..., state news agency Xinhua said." (multi_news-val-5309) is the envoy's, the
    agency only passing them on. Read only of an agency's words."""
    found = _REPORTED_WITHIN.match(text, start, end)
    if found is None:
        return None
    return found.start("who"), found.end("who"), found.end()


_SUBJECT_THEN_ASIDE = re.compile(
    r"(?:The|A|An|His|Her|Their|Its|Our|This|These|Those|Both|All|Each|Some|Many|Most)"
    r"(?:\s+[\w’'-]+){1,3},\s+$"
)
"""A short subject opening the sentence, a noun's determiner first (no connective, "But,
McTiernan said, "having ..."", nor a name, which an apposition may follow), then the
attribution set off by commas."""


def subject_before_aside(
    text: str, pos: int, start: int, end: int, who_start: int
) -> tuple[int, int]:
    """Where the words start when the quotation after the speaker's verb goes on from a
    subject the sentence opens with: "The jurors, he added, “were properly instructed
    ...”" (raw validation 0-based 102) are "The jurors “were properly instructed ...”",
    the attribution an aside (`quote_attributions._aside`); a quotation opening on a
    capital is a sentence of its own."""
    if (
        not text[start : start + 1].islower()
        or text[start - 3 : start - 1] != ", "
        or not _SUBJECT_THEN_ASIDE.fullmatch(text, pos, who_start)
    ):
        return start, end
    return balanced(text, pos, end)
