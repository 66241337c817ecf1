"""The summary a reader sees, twenty-fourth pass, on raw Multi-News validation clusters
(0-based lines of the file): a quotation alone in the first person shown apart from its
article's sentence before (1's "I didn't notice ...", 238's Walker critic), taken with its
credit or left out; one shown after a sentence of its article naming its speaker (233's
Stewart), or credited on the line below, stays."""

from __future__ import annotations

import numpy as np
import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.whose_words import quotation_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _starts(cluster: dict) -> np.ndarray:
    """The rows, as `sentences` reads them, that open an article."""
    counts = [len(split(clean(a))) for a in as_articles(cluster["documents"])]
    return np.cumsum([0, *counts[:-1]])


def _row(texts: list[str], opening: str, after: int = 0) -> int:
    return next(n for n, t in enumerate(texts) if n >= after and t.startswith(opening))


def test_a_first_person_quotation_is_shown_after_its_credit(clusters):
    """1's "I didn't notice ..." was shown five lines after its credit, after "The Rockies
    said ...": now right after '"Is there something wrong with it?" fan Jordan Deuschleman
    asked, according to the Associated Press.'."""
    texts = sentences(clusters[1])
    starts = _starts(clusters[1])
    rockies = _row(texts, "The Rockies said they discovered the misspelling")
    # [1] tells it after [0] does: its credit names the Associated Press
    alone = _row(texts, '"I didn\'t notice with the name being so long."', rockies)
    assert alone - rockies == 2
    assert quotation_apart(texts, [rockies, alone], starts) == [alone]
    assert quotation_apart(texts, [alone - 1, alone], starts) == []
    shown = _summary(clusters[1])
    at = shown.index(texts[alone])
    # Since summary26 [0]'s copy of the question and quotation is shown instead of [1]'s
    # (the two questions were both shown): either outlet's credit right before it.
    assert shown[at - 1].startswith('"Is there something wrong with it?" fan Jordan Deuschleman')
    assert sum(t.startswith('"Is there something wrong with it?"') for t in shown) == 1


def test_a_quotation_without_a_first_person_is_left(clusters):
    """1's usher quotation "There were only so many handed out. ..." has no "I": left as it
    is (read too, the rule cost raw R-1 0.07)."""
    texts = sentences(clusters[1])
    rockies = _row(texts, "The Rockies said they discovered the misspelling")
    alone = _row(texts, '"There were only so many handed out.', rockies)
    quoted = _row(texts, '"I didn\'t notice with the name being so long."', rockies)
    starts = _starts(clusters[1])
    assert quotation_apart(texts, [rockies, quoted, alone], starts) == [quoted]


def test_a_speakerless_first_person_quotation_is_left_out(clusters):
    """238's "“When Governor Walker proposed $1.3 billion in borrowing — I just think ...”"
    was shown with no sentence saying whose words they are; shown right below Vos's credited
    words, its line before (summary100), it has its speaker."""
    texts = sentences(clusters[238])
    alone = _row(texts, "“When Governor Walker proposed $1.3 billion in borrowing")
    shown = _summary(clusters[238])
    assert texts[alone] not in shown or shown[shown.index(texts[alone]) - 1] == texts[alone - 1]


def test_a_quotation_after_a_sentence_naming_its_speaker_stays(clusters):
    """233's “in my defense my style of writing ...” is Stewart's sample, shown after "Part
    of that Indigenous Knowledge, it seems, was Stewart’s determination ..."; the sentences
    between name only Stewart."""
    texts = sentences(clusters[233])
    stewart = _row(texts, "Part of that Indigenous Knowledge, it seems")
    alone = _row(texts, "“in my defense my style of writing")
    assert alone - stewart == 3
    assert quotation_apart(texts, [stewart, alone], _starts(clusters[233])) == []
    assert texts[alone] in _summary(clusters[233])


def test_a_quotation_credited_on_the_line_below_stays(clusters):
    """10's Jon Cryer quotation has its credit below it ("— Jon Cryer, on his upset
    victory"), shown with it."""
    shown = _summary(clusters[10])
    at = next(n for n, t in enumerate(shown) if t.startswith("“I’m as shocked as you people."))
    assert shown[at + 1] == "— Jon Cryer, on his upset victory"
