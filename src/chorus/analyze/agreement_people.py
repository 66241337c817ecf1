"""Two people a statement and a linked sentence tell of (agreement_supports.agreeing): one
names a relative ("the son-in-law"), the other someone by an age alone ("a 58-year-old
man") that its articles give the relative as no age of his. Raw 164's "Ipswich police
located the son-in-law in the water ..., and he said that they became caught in heavy fog
and were swept out by a rip current." is not agreed by "The U.S. Coast Guard rescued a
58-year-old man who was forced to tread water ... after getting swept away by rip currents
...": that outlet's "his 28-year-old son-in-law" is the other man."""

from __future__ import annotations

import re

from chorus.model import Sentence

_RELATIVES = (
    r"((?:grand|step)?(?:son|daughter|father|mother)(?:-in-law)?"
    r"|(?:brother|sister)(?:-in-law)?|wife|husband|nephew|niece|uncle|aunt|cousin)\b"
)
_RELATIVE = re.compile(rf"\b(?:the|his|her|their)[ ]+{_RELATIVES}", re.IGNORECASE)
"""A relative named as a person of the story: "the son-in-law", "her daughter"."""
_RELATIVE_AGED = re.compile(rf"\b(\d+)-year-old[ ]+{_RELATIVES}", re.IGNORECASE)
"""A relative's age: "his 28-year-old son-in-law"."""
_AGED = re.compile(r"\b(?:a|an)[ ]+(\d+)-year-old[ ]+(?:[a-z]+[ ]+){0,2}?(?:man|woman|boy|girl)\b")
"""Someone told by an age alone: "a 58-year-old man"."""


def aged_apart(statement: Sentence, support: Sentence) -> bool:
    """Whether one of the two names a relative the other does not name, the other tells of
    someone by an age alone, and the two articles give that relative ages, none of them
    that one: "a 9-year-old girl" and "her 9-year-old granddaughter" (Multi-News+ validation
    210) are one girl, and so are two whose articles give the relative no age."""
    return _aged_apart(statement, support) or _aged_apart(support, statement)


def _aged_apart(named: Sentence, aged: Sentence) -> bool:
    """Whether `named` names a relative and `aged` tells of someone by an age alone that
    neither article gives the relative."""
    if "-year-old" not in aged.text:
        return False
    age = _AGED.search(aged.text)
    relative = _RELATIVE.search(named.text) if age else None
    if age is None or relative is None or relative[1].lower() in aged.text.lower():
        return False
    role = relative[1].lower()
    ages = {
        found[1]
        for text in {named.article.text, aged.article.text}
        for found in _RELATIVE_AGED.finditer(text)
        if found[2].lower() == role
    }
    return bool(ages) and age[1] not in ages
