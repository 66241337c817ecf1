"""Where a sentence names people, as whom "he" or "she" stands for reads it
(`pronouns.Focus`): a run of capitals that may be a name, a second person after the
subject, a subject "was asked", the subject of a sentence's last clause, another person
named before as a clause's subject, and whether a person is a fuller form of a name.
Split from `pronouns.py`, which follows the person."""

from __future__ import annotations

import re

from chorus.analyze.pronoun_checks import CAPITAL
from chorus.analyze.pronoun_sentences import after_capital
from chorus.language.quote_marks import inside_quotation
from chorus.language.quote_participles import CLAUSE_VERBS

CLAUSE_VERB = re.compile(rf"\s+(?:{CLAUSE_VERBS}|said|says|told|[a-z]+ed)\b")
"""A verb after a name: the name is its clause's subject ("after Pasztor was arrested")."""
ASKED = re.compile(r"\s+(?:was|were)\s+asked\b")
"""A subject asked something: "Sarah Sanders was asked a simple question by CNN's Jeff
Zeleny ...: Did President Donald Trump know ...?" ¶ "“Not that I'm aware of,” said the White
House press secretary." is hers (multi_news-val-2986), not the asker's or Trump's."""
AND_SUBJECT = re.compile(
    r"(?:,\s+and|\s[—–])\s+(?P<surname>[A-Z][\w’'-]+)\s+"
    r"(?:[a-z]+ed|took|made|gave|went|began|spoke|[a-z]{2,}[^s\W]s)\b"
    r"(?!.*(?:,\s+and|\s[—–])\s+[A-Z])"
)
"""The subject of a sentence's last clause, a surname after ", and" or after a dashed aside
before a verb: "... — other than in Trump Tower, Urgant joked — Colbert took this
opportunity to announce his bid ..." ¶ "“...,” he joked." is Colbert’s (multi_news-val-33)."""
AND_NAME = re.compile(r"\s+and\s+[A-Z]")
"""A second person after the subject: "Damon and Affleck exit the stage"."""
NAME_RUN = re.compile(
    r"[A-Z](?<!\w[A-Z])(?<!\bthe [A-Z])[\w’'-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w’'-]+)+"
)
"""Capitalised words that may be a name; not after "the": a place or a body ("in the East
Midwood neighborhood", multi_news-val-5473), which leaves the subject "he" all the same.
The look-behinds, "\b" and "the", come after the capital: the search skips to a capital,
where from every position it tried them first (0.35 → 0.12 ms over a cluster's sentences)."""


def another_surname(surnames: dict[str, str], text: str, start: int, person: str) -> bool:
    """Whether the sentence names someone else named before (`surnames`, by last word)
    after `start` as the subject of a clause of its own, by the surname alone and outside
    quotations ("the day after Pasztor was arrested"; not "7-year-old Liliana Hernandez",
    "charges against Gosnell", "told McCabe that": whom the subject acted on)."""
    return any(
        surnames.get(word[0], person) != person
        and CLAUSE_VERB.match(text, word.end())
        and not after_capital(text, word.start())
        and not inside_quotation(text, word.start())
        for word in CAPITAL.finditer(text, start)
    )


def ends_with(person: str | None, name: str) -> bool:
    """Whether `person` is a fuller form of `name`, whatever the case of its particles."""
    return person is not None and person.casefold().endswith(" " + name.casefold())
