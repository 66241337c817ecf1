"""Whether a pronoun speaker can only be the person followed (`clear_pronoun`), and whom
"they" speaking stands for. Split from `pronouns.py`, which follows the person."""

from __future__ import annotations

import re

from chorus.language.found_speakers import plural
from chorus.language.non_speakers import NOT_SPEAKERS
from chorus.language.quote_marks import inside_quotation

CAPITAL = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]*")
"""A capitalised word: a name's, or a sentence's first. Its "\b" is a look-behind after the
capital, so the search skips to a capital (half the cost of trying "\b" everywhere)."""


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


_POSTED_BEFORE = re.compile(
    r"(?:^|,\s+)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+ed\s[^:;“”\"]{0,80}:\s*[“\"]$"
)
"""A main clause's subject, one to three capitalised words and a verb in "-ed", before a
colon and the quotation a pronoun then speaks: "When she passed, ..., Prodigy publicly
eulogized her on Instagram: "... Fatima Johnson, may u Rest In Peace," he wrote."
(multi_news-val-410, where the name inside the quotation left the pronoun no one's)."""


def subject_before_colon(
    text: str, pronoun_at: int, words: tuple[int, int], article: str
) -> str | None:
    """The subject of the clause that a quotation after a colon follows, where the pronoun
    speaking comes after the quotation: the one who posted or wrote it. A name of one word
    must be one the `article` capitalises inside a sentence too ("as Prodigy"; not "Another
    hoped ...: “...,” he wrote": multi_news-val-2115, a forum's poster)."""
    if pronoun_at < words[1] or ":" not in text[max(0, words[0] - 3) : words[0]]:
        return None
    found = _POSTED_BEFORE.search(text, 0, words[0])
    if found is None or found["name"] in NOT_SPEAKERS:
        return None
    name = found["name"]
    if " " in name:
        return name
    # "Police arrested him: ..." is no "he"
    return name if _capitalised_inside(article, name) and not plural(name.lower()) else None


def _capitalised_inside(article: str, word: str) -> bool:
    """Whether `article` writes `word` after a lower-case word: a name, not a sentence's
    first word."""
    at = article.find(f" {word}")
    while at > 0 and not article[at - 1].islower():
        at = article.find(f" {word}", at + 1)
    return at > 0
