"""When two sentences sharing no own word, linked from agreement.OPEN_THRESHOLD up by their
score alone, still tell two things: their score carried by the word vectors, which see a
story's topic, more than by their words; one word in common or none; a link word and a
pronoun that may stand for any thing of the story; names alone in common; or an unnamed
"I" and an unnamed "She"."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from chorus.analyze.lead_ins import links_a_pronoun
from chorus.analyze.own_words import one_word_alone, only_who
from chorus.analyze.similarity import Similarity
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
        # a quotation whose "I" is no one named and an unnamed "She" may be two people
        or voices_apart(text_i, text_j)
    )


def _worded_apart(score: float, vector_a: np.ndarray, vector_b: np.ndarray) -> bool:
    """Whether the TF-IDF cosine of two sentences (their score is its mean with the word
    vectors' cosine) is below WORDING_FLOOR: alike in topic more than in words."""
    return 2 * score - float(vector_a @ vector_b) < WORDING_FLOOR
