"""Summary sentences that go on from the one before them (`dangling.goes_on`): an opening
connective ("Thus,", "However,", "For example,") or "And". Readers found them shown without
that sentence in raw validation clusters (0-based, in file order): 216, 22 and 45."""

import pytest

from chorus import brief
from chorus.clean import clean
from chorus.dangling import goes_on
from chorus.ingest import make_article
from chorus.sentences import split
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 217)


def _sentence(clusters: list[dict], number: int, opening: str) -> str:
    """The sentence of cluster `number` that opens with `opening`."""
    for document in clusters[number]["documents"]:
        for sentence in split(clean(make_article(document, "a", origin="a"))):
            if sentence.text.startswith(opening):
                return sentence.text
    raise AssertionError(f"no sentence of cluster {number} opens with {opening!r}")


GOING_ON = [
    (216, '"Thus, the lifetime cancer risk'),
    (216, "However, even accounting for these factors"),
    (216, "And all strains of the virus evolved in Africa."),
    (22, "For example, Obama’s campaign quickly responded"),
    (45, "And the explosion, though it is slowing"),
]
LOOK_ALIKES = [
    (28, "Meanwhile, Kardashian took pal La La Anthony"),  # a moment of its own
    (40, "Of course, if the copyrightable nature"),
    (75, "Anderson shot and killed himself in the classroom"),  # "And" inside a name
    (32, "Instead of stopping, the driver of the Mercedes SUV"),  # no connective: "Instead of"
    (23, "Also in the collection, recently digitised"),
]


def test_opening_connectives_and_and_go_on(clusters):
    going_on = [_sentence(clusters, n, o) for n, o in GOING_ON]
    alike = [_sentence(clusters, n, o) for n, o in LOOK_ALIKES]
    assert goes_on(going_on).tolist() == [True] * len(going_on)
    assert goes_on(alike).tolist() == [False] * len(alike)


def _going_on_alone(briefing) -> list[str]:
    keys = {s.shown.key for s in briefing.summary}
    return [
        s.shown.text
        for s in briefing.summary
        if s.shown.index > 0
        and goes_on([s.shown.text])[0]
        and (s.shown.article.id, s.shown.index - 1) not in keys
    ]


def test_raw_summaries_show_no_sentence_going_on_without_the_one_before(clusters):
    # Main showed 216's "Thus, ...", "However, ..." and "And all strains ...", 22's "For
    # example, ..." and 45's "And the explosion ..." alone.
    for number in (216, 22, 45):
        briefing = brief(clusters[number]["documents"], words=250, analyze=False)
        assert _going_on_alone(briefing) == [], number
