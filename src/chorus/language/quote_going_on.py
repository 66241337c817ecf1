"""A quotation that goes on past where it seems to stop: its speaker going on in the next
sentence (`goes_on`), a quotation still open at its sentence's end (`left_open`), one its
attribution interrupts mid-way (`interrupted`, `verbatim`, `RESUMED`, `RESUMED_AFTER_WHO`),
and the speaker's second words after who they are (`WHO_CALLS`). The marks themselves are
read in `quote_marks.py`.
"""

from __future__ import annotations

import re

from chorus.language.quote_marks import (
    CLOSE,
    OPEN,
    STATEMENT_END,
    WORDS,
    holds_a_mark,
    opened_before,
)

_SENTENCE_END = re.compile(r"[.!?…][”\"]?\s*$|[.!?]\s")
"""A full stop, question or exclamation mark: a sentence, not a title ("Keep It Thoro")."""
_SAID_AFTER = re.compile(
    r"[,][”\"]\s+\w+\s+[a-z]+|[?!][”\"]\s+\w+\s+[a-z]+(?:\s+[\w’'-]+){0,2}[.!?]?$"
)
"""An attribution of its own after a quotation, with a verb the patterns do not know:
"“Two were kids and one was an old man,” he continued." or "“He recalled ...,” read the
statement" (seed 001) is no quotation going on, nor one closed by a comma before the
writer's words ("“Man, you really killed it,” someone yells out as the singer heads back to
his seat": multi_news-val-4411); one closed by "!" may be a mark out of place ("... kill
you!" and now I can tell ...", Dunn going on: 1212)."""
_NARRATED_AFTER = re.compile(r"[“\"](?:[A-Z\d][\w'’:-]*[\s,]*){1,8}[”\"][^.!?]*[a-z]")
"""A sentence that opens with a title in quotation marks and goes on in the writer's words
("“Furious 7” is directed by James Wan and stars ...": not the speaker going on, as in
"\"No one wants to talk honestly\" about the widespread nature of the threat")."""


def goes_on(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether a quotation that opens the sentence `text[start:end]`, right after the one
    ending at `previous_end` (the caller knows it has no speech verb), is that one's
    speaker going on ("..., Rodman said. “Try to start a basketball league over there
    ...”": multi_news-val-3382), in the same paragraph or the next (news writing names
    every new speaker: "..., Mr Rawlins said. ¶ "He will take a copy of ...")."""
    if text[start : start + 1] not in OPEN:
        return False
    sentence = text[start:end]
    # a quotation of a paragraph of its own says something ("Keep It Thoro", a title, not)
    same_paragraph = "\n" not in text[previous_end:start]
    return (
        (same_paragraph or _SENTENCE_END.search(sentence) is not None)
        and not _SAID_AFTER.search(sentence)
        and not _NARRATED_AFTER.match(sentence)
    )


def verbatim(text: str, start: int, end: int) -> bool:
    """True when the words at `start`-`end` stood between quote marks and hold none inside
    but where their attribution interrupts them ("“All in all,” he said, “it’s ...”")."""
    if not opened_before(text, start):
        return False
    words = text[start:end]
    if not holds_a_mark(words):
        return True
    cut = _INTERRUPTION.search(words)
    return cut is not None and not holds_a_mark(words[: cut.start()] + words[cut.end() :])


def left_open(text: str, start: int, end: int, was_open: bool) -> bool:
    """Whether a quotation holding the words from `start` is still open at `end`, the end of
    their sentence: it opened right before them (a curly mark, or the “ and space that
    `curly_marks` reads newswire's `` as), or before their sentence (`was_open`), and no
    mark closes it there ("''That is the job of the court to decide. ¶ If they are guilty,
    it is because ...'': DUC d30042t, newswire's quotation the splitter cuts)."""
    opened = was_open or (start > 0 and text[start - 1] in OPEN) or text[start - 2 : start] == "“ "
    return opened and text.find("”", start, end) < 0 and text.find('"', start, end) < 0


_WHO_SAYS = r"[^.]*\b(?:said|says|replied|replies|added|adds|told|asked|responded|answered)\b"
RESUMED = re.compile(
    rf"(?:(?!\b(?:who|whose|whom|which|and|but|while)\b)[^{OPEN}{CLOSE}.]){{0,80}}?[,.]\s*"
    rf"(?P<text>[{OPEN}]{WORDS}){STATEMENT_END}"
)
"""A quotation the attribution interrupts goes on after it: "“Well, Chris, first of all,”
Conway responded, “What do you mean by edited ...”" (multi_news-val-1720), but not after
a clause ("..., Colbert said to Urgant, who replied, “...”"); and after a sentence end the
splitter did not see ("..., Sanders said in a statement. "The President’s tax cuts ...”")."""
RESUMED_AFTER_WHO = re.compile(
    rf"(?:,\s+[^,{OPEN}{CLOSE}.]{{2,80}}?)?,\s+who\s+(?!{_WHO_SAYS})[^{OPEN}{CLOSE}.]{{2,160}}?\.\s*"
    rf"(?P<text>[{OPEN}]{WORDS}){STATEMENT_END}"
)
"""`RESUMED` after a sentence end that ends with who the speaker is ("“...,” said Ms.
Clywd, who chairs an all-party committee of lawmakers on human rights. ``And hundreds of
...''": DUC d30003t, newswire's quotation the splitter keeps whole), unless the relative
clause says something itself; tried only where " who " stands."""

_INTERRUPTION = re.compile(
    rf",\s*(?:[{CLOSE}]|'')\s*(?P<credit>[^{OPEN}{CLOSE}.`']{{1,80}}?),\s*(?:[{OPEN}]|``)\s*(?=[a-zA-Z])"
)
"""What stands between the two parts of one quotation its attribution interrupts mid-way:
"“All in all,” he said, “it’s pretty good.”" (multi_news-val-5196: the first part ends
with a comma, the attribution too); after a full stop ("..., he said. “...”") a new
statement begins."""
_SECOND_ACT = re.compile(r"[,–—]|\b(?:and|but|then|add\w*|\w+ing)\b")
"""An attribution that goes on to a second act ("..., adding, “He’s going to be ...”",
"..., and added, “He thinks ...”"): before a capital, its quotation is a new statement."""


def interrupted(text: str, first_end: int, second_start: int) -> int | None:
    """Where the words ending at `first_end` and those starting at `second_start` are one
    quotation that its attribution interrupts, where the first part's words end; else
    None. The second part may open with a capital when the attribution is a bare credit
    ("“Well, Chris, first of all,” Conway responded, “What do you mean by edited ...”":
    raw validation 0-based 126, whose first part alone says nothing): the first part then
    keeps its comma, the words shown "Well, Chris, first of all, What do you mean ..."."""
    between = _INTERRUPTION.match(text, first_end)
    if between is None or between.end() != second_start:
        return None
    if text[second_start].islower():
        return first_end
    return None if _SECOND_ACT.search(between["credit"]) else first_end + 1


WHO_CALLS = re.compile(
    rf"[^{OPEN}{CLOSE}]{{0,80}}?,\s+who\s+(?:calls|called|describes|described)\s+"
    rf"[^.{OPEN}{CLOSE}]{{0,40}}?(?P<text>[{OPEN}]{WORDS}){STATEMENT_END}"
)
"""The speaker's second words, in a relative clause after who they are: "..., says Amander
Clark, a stem cell biologist at University of California, Los Angeles, who calls the work
"a critical advance to our basic understanding ..."" (multi_news-val-3053)."""
