"""Whether a pronoun speaker can only be the person followed (`clear_pronoun`), and whom
"they" speaking stands for. Split from `pronouns.py`, which follows the person."""

from __future__ import annotations

import re

from chorus.language.quote_marks import inside_quotation
from chorus.language.speakers import plural

CAPITAL = re.compile(r"\b[A-Z][\w-]*")
"""A capitalised word: a name's, or a sentence's first."""


_TOLD_TO = re.compile(
    r"(?:(?:In|During)\s+an?\s+(?:\d{4}\s+)?(?:interview|statement|letter|e-?mail|call|conversation)"
    r"\s+(?:with|to)"
    r"|Speaking\s+(?:to|with))\s+[^,“”\"]{1,60},\s+"
)
"""An opening phrase naming whom the words were said to ("In an interview with the BBC, the
Facebook founder said that ...": multi_news-val-5592), who is not the speaker."""


_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*")


def clear_pronoun(text: str, pronoun_at: int, person: str, words: tuple[int, int]) -> bool:
    """Whether a pronoun speaker at `pronoun_at` can only be `person`: no other
    capitalised word stands before it in its sentence, but the sentence's first ("But she
    said", "In a statement, he said"), those of whom it was said to ("In an interview with
    the BBC, he said"), the words it says ("The Syrian army has Sarmeen surrounded, he
    said") and quotations; nor is it `person` when it speaks to them ("Another time, he
    told Garcia he had stabbed himself": multi_news-val-4840, Garcia followed)."""
    allowed = set(person.split())
    if allowed & set(_NAME_WORD.findall(text, pronoun_at, words[0])):
        return False
    told_to = _TOLD_TO.match(text)
    for word in CAPITAL.finditer(text, told_to.end() if told_to else 1, pronoun_at):
        if words[0] <= word.start() < words[1] or word[0] in allowed:
            continue
        if not inside_quotation(text, word.start()):
            return False
    return True


_INTRODUCED = re.compile(
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?\s+(?P<surname>[A-Z][\w’'-]+)),\s+"
    r"(?:an?|the)\s[^,“”\"]{1,60},\s+[a-z]"
)


def introduced_in_words(
    text: str, pronoun_at: int, words: tuple[int, int], article: str, start: int
) -> str | None:
    """The person a pronoun's words open with, introduced there by name and a description
    between commas, where the article never named them before: "Anna Smith, an ultrasound
    technician, was on the first floor ... when police burst in ..., she said." is what she
    told (multi_news-val-4840), not the last speaker's words about someone new. `start` is
    where the sentence starts in its `article`."""
    if words[0] != 0 or pronoun_at < words[1]:
        return None
    found = _INTRODUCED.match(text)
    if found is None or article.find(found["surname"], 0, start) >= 0:
        return None
    return found["name"]


def they_stand_for(previous_speaker: str | None, previous: str, spoken: set[str]) -> str | None:
    """Whom "they" speaking stands for: the group quoted in the sentence before, else the
    one pair already quoted that the sentence before names ("Even accounting for these
    caveats, however, Molto and Sheldrick believe that ... ¶ “...,” they wrote in their
    paper": multi_news-val-2526), else no one. A lone group the sentence before only names
    is not enough ("Police arrested two men. “...,” they said" may be the men)."""
    if previous_speaker and plural(previous_speaker):
        return previous_speaker
    pairs = [s for s in spoken if " and " in s and s in previous]
    return pairs[0] if len(pairs) == 1 else None
