"""A quotation opened with "‘" that goes on past a full stop is one sentence (the shape of
reader64 finding 4 and reader65 S1; raw Multi-News validation by 0-based line): Daily Mail
pages quote so (28 [2], 63 [0]). An apostrophe's "‘" and a quotation the page never closes
still end where they did. (A quotation cut past 80 words whose close is in sight, 144 [1]'s
Obama and 44 [0]'s Anastasio, is still cut: made whole, it failed the summary guard.)"""

from itertools import pairwise

import pytest

from tests.raw_pages import cleaned, exact_sentences, raw_clusters


def _sentences(line: int, index: int) -> list[str]:
    return exact_sentences(cleaned(raw_clusters()[line]["id"], index))


def _sentence_with(line: int, index: int, words: str) -> str:
    return next(s for s in _sentences(line, index) if words in s)


def test_sentences_a_quotation_opened_with_a_single_curly_mark_goes_on():
    # Daily Mail pages quote in single marks: 28 [2] a source to Star, 63 [0] Crayola.
    assert (
        "‘They are divorcing. They haven’t been together for a month and while Kim has been "
        "staying in New York she has been staying in a hotel room which Kris has failed to "
        "visit.’"
    ) in _sentences(28, 2)
    crayola = _sentence_with(63, 0, "strongly discourage their use")
    assert crayola.startswith("‘Although our products are non toxic")
    assert crayola.endswith("They are not designed, tested or approved for this purpose.’")


@pytest.mark.parametrize(
    ("line", "index", "ends", "next_starts"),
    [
        # 165 [1] (a blog): Rezko's "“has stated in interviews ..." is never closed, the
        # letter's sentences run on unquoted; the cut after 80 words stands.
        (
            165,
            1,
            "but that the public official rejected the offer.",
            "The public official denies any such conversation.",
        ),
        # 21 [2]: "‘Em" in "“Hit ‘Em Up,”" is an apostrophe; the sentence ends at its stop.
        (
            21,
            2,
            "mocked Prodigy’s sickle-cell anemia.",
            "Mobb Deep responded with the equally brutal",
        ),
    ],
)
def test_sentences_a_mark_closing_nothing_near_keeps_its_sentence_end(
    line: int, index: int, ends: str, next_starts: str
):
    pairs = pairwise(_sentences(line, index))
    assert any(a.endswith(ends) and b.startswith(next_starts) for a, b in pairs)
