"""The writer's asides after reported words: after the close of the quotation the words
open with (`aside_end`) or after a dash (`dashed_cut`). Split from `quote_clauses.py`,
whose `narration_cut` ends the words before them. And a clause of the writer's between two
dashes inside them, left out of the row (`dashed_clause`).
"""

from __future__ import annotations

import re

from chorus.language.quote_marks import CLOSE, OPEN, inside_quotation


def has_dash(text: str) -> bool:
    """Whether `text` holds a dash: an em dash, or a spaced en dash or double hyphen."""
    return "—" in text or " -- " in text or " – " in text


def opens_quotation(text: str, start: int) -> bool:
    """Whether words start at or just inside a quotation mark."""
    # the two places written out: a generator over them cost three times the tests
    before = 0 < start <= len(text) and text[start - 1] in OPEN
    return before or (0 <= start < len(text) and text[start] in OPEN)


def aside_end(text: str, start: int, end: int) -> int:
    """Where words that open on a quotation end before the writer's aside after it."""
    if not opens_quotation(text, start):
        return end
    aside = _ASIDE_AFTER_QUOTATION.search(text, start, end)
    return end if aside is None or inside_quotation(text, aside.end()) else aside.start() + 1


_ASIDE_AFTER_QUOTATION = re.compile(
    rf"[{CLOSE}]\s*(?:[—–]|--)\s*(?:an?|the|which|(?:and|but)\s[^{OPEN}{CLOSE}]{{0,30}}?\b(?:he|she)\s)"
    rf"|[{CLOSE}](?=,?\s+(?:he|she|they)\s+(?:said|says|asked|asks|added|adds|told|tells)\b)"
)
"""A dash after the quotation the words open with, then the writer's aside on it ("called
the deal “a sugar-coated Satan sandwich” — a sentiment reflected ... in a number of public
comments": multi_news-val-2094) or a clause telling of the speaker as "he" or "she" ("added
that "the unemployment rate is still way too high" -- and that's why he regards himself as
the underdog": raw validation 144 [1]); or its attribution told again, the writer going on
after it ("Sebastian asked us how ..., “Can we ride a rocket ship ...?” he asked, and our
hearts broke all over again": 4986)."""


_DASHED_CLAUSE = re.compile(
    r"(?:—|\s--|\s–)\s*(?:(?P<clause>(?:and|but)\s+(?:he|she|they)\s+[a-z]|but\s+not\s)"
    r"|(?:the|an?)\s(?=(?:[\w’'-]+\s+){1,3}?(?:(?:that|which|who|whom)\b|[A-Z])))"
)
"""A clause after a dash in reported words, of someone told of by a pronoun: the writer
going on with what happened ("she says she had to do it for her family—and she was almost
immediately caught": multi_news-val-3949); or the writer's "but not ..." on them ("He told
New York magazine in 2007 that he loves Richard Nixon — but not for the appropriate reasons,
like that Nixon got really good at winning presidential elections": 4236); or, with no dash
after it, the writer's name for what was said ("said yesterday that the American people are
not better off than they were four years ago -- the test Ronald Reagan famously used to
defeat incumbent Jimmy Carter": raw validation 144 [1]), a noun its relative clause or a name
follows within three words; not one the words go on after a second dash ("the suspect — an
Algerian who had lived in France ... — was arrested": 110), nor a clause ("he couldn’t
discuss details — the buyer did not intend to ...": 48)."""
_LEAST_SPACES = 5
"""The least the words before a name for them hold: "Los angeles ( ap ) — the body of a
mystery man ..." (Multi-News+, its dateline unseen) is no clause glossed but a dateline."""


def dashed_cut(text: str, start: int, end: int) -> int:
    """Where reported words end before the writer's clause or name for them after a dash
    (`_DASHED_CLAUSE`)."""
    for dashed in _DASHED_CLAUSE.finditer(text, start, end):
        if inside_quotation(text, dashed.start()):
            continue
        if dashed["clause"]:
            return dashed.start()
        before = text[start : dashed.start()].rstrip()
        glossed = before.count(" ") >= _LEAST_SPACES and not before.endswith(")")
        if glossed and not has_dash(text[dashed.end() : end]):
            return dashed.start()
    return end


_DASHED_ASIDE = re.compile(
    r"\s*(?:—|\s--|\s–)\s*(?P<aside>(?!(?:who|which|that|whose|where|when|including|although"
    r"|though|because|while|if|as|and|but|or|not|in|of|about|from|with|an?)\b)"
    r"(?:[A-Z][\w’'.-]*|the\s+[a-z]+|[a-z]+)\s+(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){0,3}?"
    rf"(?:is|was|are|were|has|had|have|can)\s[^—{OPEN}{CLOSE}]*?)(?:—|\s--|\s–)\s*"
)
"""A clause of its own between two dashes, its subject and a finite verb within five words:
the writer telling the reader something beside the reported words ("Craig Harvey said ...
that the director's family -- Scott was the father of twin preteen boys with wife Donna
Wilson Scott -- told investigators it was "incorrect" ...": raw validation 0-based 30 [1]);
not a relative clause ("Cohen — who says he used his personal funds ... —": 34), a noun
and its own ("the suspect — an Algerian who had lived in France ... — was arrested": 110) nor
a phrase ("the symptoms -- fever, headache, nausea, vomiting, and rash -- can mimic ...")."""


def dashed_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the writer's clause between two dashes inside reported words, from the
    space before the first dash to the word after the second (`_DASHED_ASIDE`), where
    neither dash is inside a quotation and words stand on either side; else None."""
    if not has_dash(text[start:end]):
        return None
    aside = _DASHED_ASIDE.search(text, start, end)
    if aside is None or aside.start() == start or aside.end() == end:
        return None
    if inside_quotation(text, aside.start("aside")) or inside_quotation(text, aside.end() - 1):
        return None
    return aside.start(), aside.end()
