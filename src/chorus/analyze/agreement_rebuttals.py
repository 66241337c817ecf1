"""A sentence that quotes another's words to deny them (agreement_supports.agrees): Mark
Cohen's "coma does not equate to “inactivation of the cerebral cortex” or “higher-order
brain functions totally offline”" answers Eben Alexander's "For seven days I lay in a deep
coma, my body unresponsive, my higher-order brain functions totally offline." (raw 212):
the words the two share are the claim, and the one quoting them disputes it."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_WORD = re.compile(r"[a-z0-9]+")
_NEGATIONS = frozenset(
    (
        *("not", "never", "no", "nor", "cannot"),
        *("dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "couldnt"),
        *("wont", "wouldnt", "hasnt", "havent", "hadnt", "shouldnt"),
    )
)
_MAY_DENY = re.compile(r"\b(?:not|never|no|nor|cannot)\b|n[’']t\b", re.IGNORECASE)
"""What every denial `_NEGATIONS` reads holds, searched first."""
MIN_WORDS = 3
"""Words a quotation gives at least to be the other's words: "“offline”" alone may be a
word both chose."""
BEFORE = 4
"""Unquoted words before a quotation a denial of it is searched in: "does not equate to
“...”" (the other quotations of a list left out)."""
AFTER = 2
"""Unquoted words after a quotation a denial of it is searched in: "“... checking-account
balances,” this isn't quite right" (Multi-News+ 677), not "“person of interest,” but did
not name the person" (raw 219: the report's own denial of another thing)."""


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "").replace("'", ""))


def _unquoted_words(text: str) -> list[str]:
    return _words(_QUOTED.sub(" ", text))


def _run_at(words: list[str], run: list[str]) -> int:
    """Where `run` starts as a run of consecutive `words`, or -1."""
    size = len(run)
    return next((k for k in range(len(words) - size + 1) if words[k : k + size] == run), -1)


def _denied(words: list[str]) -> bool:
    return not _NEGATIONS.isdisjoint(words)


_SENTENCE_END = re.compile(r"[.!?;:]\s")
_JOINERS = frozenset(("", ",", "or", ", or", "and", ", and", "nor"))
"""What joins two quotations of one list ("“...” or “...”"): a denial before the first is
one of the next too."""


def _words_before(text: str, quotations: list[re.Match[str]], index: int) -> list[str]:
    """The unquoted words of the clause before quotation `index`: back to a sentence's end,
    or to the quotation before it unless a list joins the two. Nothing when two quotations
    touch: the second opens another remark (Putin's "“... really talk to him.” “I made my
    speech. ...”", Multi-News+ train 1141)."""
    end = quotations[index].start()
    while index > 0:
        between = text[quotations[index - 1].end() : end].strip()
        if not between:
            return []
        if between not in _JOINERS:
            break
        index -= 1
        end = quotations[index].start()
    start = quotations[index - 1].end() if index > 0 else 0
    clause = _SENTENCE_END.split(text[start:end])[-1]
    return _unquoted_words(clause)[-BEFORE:]


def quoted_to_deny(denying: str, claim: str) -> bool:
    """Whether `denying` quotes MIN_WORDS or more words the claim writes in a row outside
    quotation marks, and not after a denial of its own, and denies them (a negation among
    the BEFORE unquoted words before the quotation or the AFTER after it). Two outlets
    quoting one speaker quote in both ("a sugar-coated Satan sandwich", raw 112), and a
    claim negating what the other negates agrees with it ("were not “in danger of
    extinction”", raw 114)."""
    if ("“" not in denying and '"' not in denying) or not _MAY_DENY.search(denying):
        return False  # most sentences quote nothing, or deny nothing
    claimed = _unquoted_words(claim)
    quotations = list(_QUOTED.finditer(denying))
    for index, quotation in enumerate(quotations):
        quoted = quotation.group(1) or quotation.group(2)
        # a title quoted is a name, not a claim ("“Moonlight,” not “La La Land”", raw 205)
        if quoted.istitle():
            continue
        run = _words(quoted)
        if len(run) < MIN_WORDS or (at := _run_at(claimed, run)) < 0:
            continue
        before = _words_before(denying, quotations, index)
        after = _unquoted_words(denying[quotation.end() :])[:AFTER]
        if _denied(before + after) and not _denied(claimed[max(0, at - BEFORE) : at]):
            return True
    return False
