"""A reporter's note on why a source goes unnamed, as a sentence of its own: the page's
sourcing, never a summary line.

"The official was not authorized to discuss the review by name and insisted on anonymity."
(raw Multi-News validation 149 [1], AP; in its summary at main, above the story's own lines)
tells the reader of a briefing nothing that happened. Only a sentence that is nothing more
is read: its subject (a few words, no clause or comma), the note (not authorized to speak,
or spoke/insisted/asked on condition of anonymity, or asked not to be named) and at most the
note's reason (to discuss or because not authorized, for fear of ..., in keeping with a
rule) to its end. A source's words in the same sentence ("..., who spoke on condition of
anonymity, said ...", "A spokesperson for NBC News, speaking on the condition of anonymity,
vigorously denied those allegations.", raw 130) or any other reason ("... because the
continuing investigation is classified.") keep it.
"""

from __future__ import annotations

import re

_SUBJECT = r"\A[\s(“\"]*(?:(?!(?:who|which|that|said|says|told)\b)[\w’'.-]+\s+){1,6}?"
"""A few words before the note, none a relative pronoun or a word of saying ("A cheerleader
who spoke on the condition of anonymity said ...")."""
_SPEAK = (
    r"(?:(?:publicly|openly)\s+)?(?:discuss|speak|comment|talk|release|disclose|describe|divulge|brief|provide|give"
    r"|detail|be\s+(?:named|identified|quoted))"
)
_NOT_ALLOWED = rf"(?:\bnot|n[’']t)\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+{_SPEAK}\b"
"""Not authorized to speak ("wasn't authorized to publicly discuss", "not allowed to talk")."""
_UNAUTHORIZED = rf"(?:was|were|is|are)\s*{_NOT_ALLOWED}"
_ANONYMOUS = (
    r"(?:(?:spoke|speaks|(?:was|were)\s+speaking|insisted|requested|asked|demanded|agreed\s+to\s+speak|talked)\s+"
    r"(?:\w+\s+){0,4}?on\s+(?:the\s+)?(?:customary\s+)?condition\s+of\s+anonymity"
    r"|(?:requested|asked\s+for|insisted\s+on|demanded|sought)\s+anonymity"
    r"|spoke\s+anonymously"
    r"|(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|declined\s+to\s+be\s+(?:named|identified))\b"
)
_CLAUSE_WORD = r"(?:and|but|so|or|because|before|after|when|while|until|if|since)\b"
_OBJECT = rf"(?:\s+(?!{_CLAUSE_WORD})[\w’'-]+){{0,6}}?"
"""What the source may not speak of, a few words and no second clause ("to discuss the review by
name"): "... not authorized to release the money and the program collapsed." tells news."""
_PLAIN = r"[^,;:“”\"]*?"
"""The rest of a clause, with no comma, quotation or second clause in it: only the note's reason
runs to the sentence's end."""
_REASON = (
    rf"(?:\s+(?:because|as|since)\s+{_PLAIN}{_NOT_ALLOWED}{_PLAIN}"
    rf"|\s+(?:to\s+{_SPEAK}|for\s+fear\s+of|in\s+(?:keeping|line)\s+with)\b{_PLAIN})?"
)
_SOURCING = re.compile(
    rf"{_SUBJECT}(?:{_UNAUTHORIZED}{_OBJECT}(?:,?\s+(?:and|so)\s+(?:thus\s+|so\s+)?"
    rf"{_ANONYMOUS}{_OBJECT})?|{_ANONYMOUS}{_REASON})\s*[.”\"]*\s*\Z"
)
_SAYS = re.compile(r"\b(?:said|says|told|tells|according|added|but)\b")
"""A word that brings the source's own news into the sentence ("... and said he expected
...")."""


def sourcing_note(text: str) -> bool:
    """Whether a sentence only tells why a source is not named ("The official was not
    authorized to discuss the review by name and insisted on anonymity.")."""
    return (
        ("anonym" in text or "authori" in text or "named" in text or "identified" in text)
        and _SOURCING.match(text) is not None
        and _SAYS.search(text) is None
    )
