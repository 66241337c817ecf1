"""When two sentences sharing no own word, linked from agreement_pairs.OPEN_THRESHOLD up by their
score alone, still tell two things: their score carried by the word vectors, which see a
story's topic, more than by their words; one word in common or none; a link word and a
pronoun that may stand for any thing of the story; names alone in common; names and one
word besides a time phrase only one of them writes ("for the first time" / "the first
officer ... about the time"); an unnamed "I" and an unnamed "She"; a named speaker's
quotation and what an unnamed "He" did for her own (agreement_voices.speaker_and_another); or a
short sentence's predicate the other does not write (agreement_heads.predicate_untold)."""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from chorus.analyze.agreement_heads import predicate_untold
from chorus.analyze.agreement_voices import speaker_and_another
from chorus.analyze.lead_ins import links_a_pronoun
from chorus.analyze.own_words import names_in_common, one_word_alone, only_who
from chorus.analyze.similarity import STEM_LENGTH, Similarity
from chorus.analyze.statements import voices_apart

WORDING_FLOOR = 0.25
"""Lowest TF-IDF cosine (the half of the score that reads words, similarity.py) of two
sentences linked from OPEN_THRESHOLD up without a word of their own: below it the word
vectors, which see a story's topic, carry the score ("Well — some millennials." /
"Millennial basement-dwelling ... is thus clear evidence of a generation ...": 0.49, its
TF-IDF cosine 0.10). Of the 53 such pairs the agreement gold judges, the 15 one-fact
pairs are at 0.265 and up, 14 of the 38 others below 0.25; of 22 such pairs below it read
from the raw validation clusters, 7 were one fact."""


def score_alone_apart(
    similarity: Similarity, i: int, j: int, texts: Mapping[int, str], score: float
) -> bool:
    """Whether rows `i` and `j` (their `texts`), linked by their `score` alone, tell two
    things."""
    text_i, text_j = texts[i], texts[j]
    stems_i, stems_j = similarity.stems[i], similarity.stems[j]
    return (
        _worded_apart(score, similarity.vectors[i], similarity.vectors[j])
        or one_word_alone(stems_i, stems_j)
        # "But it ..." may stand for another thing of the story ("But it is nearly 13 feet
        # above flood stage ...": the Souris, raw 147)
        or links_a_pronoun(text_i)
        or links_a_pronoun(text_j)
        # two with only names in common tell two deeds of whom they name (read last: ~9 µs a
        # pair)
        or only_who(text_i, text_j, stems_i, stems_j)
        or _only_when_besides(text_i, text_j, stems_i, stems_j)
        # a quotation whose "I" is no one named and an unnamed "She" may be two people
        or voices_apart(text_i, text_j)
        # a quoted speaker's deed and an unnamed "He"'s for her own are two people's
        or speaker_and_another(text_i, text_j)
        # a short sentence's predicate the other does not write (agreement_heads.py)
        or predicate_untold(text_i, text_j, stems_i, stems_j)
    )


def _worded_apart(score: float, vector_a: np.ndarray, vector_b: np.ndarray) -> bool:
    """Whether the TF-IDF cosine of two sentences (their score is its mean with the word
    vectors' cosine) is below WORDING_FLOOR: alike in topic more than in words."""
    return 2 * score - float(vector_a @ vector_b) < WORDING_FLOOR


_TIME_PHRASE = re.compile(
    r"\b(?:the|this|that|each|every|any|one)\s+(?:(first|second|third|last|next|same)\s+)?time\b",
    re.IGNORECASE,
)
"""A phrase telling when, not what: "for the first time", "at the time", "this time"."""


def _only_when_besides(text_a: str, text_b: str, stems_a: list[str], stems_b: list[str]) -> bool:
    """Whether two sentences linked by score alone have in common, beyond names both
    capitalise, the words of a time phrase (`_TIME_PHRASE`) one writes and the other does
    not, and one word at most besides: "Teams searching for the missing Malaysia Airlines
    plane are to deploy a robotic submarine for the first time." / "The phone of the first
    officer of Malaysia Airlines Flight 370 ... about the time the plane disappeared from
    radar ..." (raw 218: 0.451) share the airline, the plane, and "first" and "time" in
    two senses."""
    # a substring test spares most pairs the phrase's search
    if "time" not in text_a.lower() and "time" not in text_b.lower():
        return False
    told_once = _time_phrases(text_a) ^ _time_phrases(text_b)
    when = {stem for phrase in told_once for stem in phrase}
    common = set(stems_a).intersection(stems_b)
    if not common & when:
        return False
    return len(common - when - names_in_common(text_a, text_b)) < 2


def _time_phrases(text: str) -> set[tuple[str, ...]]:
    """The time phrases (`_TIME_PHRASE`) a sentence writes, each as its stems."""
    return {
        (match[1].lower()[:STEM_LENGTH], "time") if match[1] else ("time",)
        for match in _TIME_PHRASE.finditer(text)
    }
