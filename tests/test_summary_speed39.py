"""A thing "there" (`told_before.thing_there`, summary83) searched only where it can be
(speed39, stop 47): string tests on the words before each "there" a comma or a verb
follows, then the pattern, the same answer on every sentence of real raw validation text."""

from __future__ import annotations

import pytest

from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.told_before import _THING_THERE, thing_there
from tests.conftest import RAW_VALIDATION, read_clusters

_CLUSTERS = 80


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """Every sentence of the first raw validation clusters' cleaned articles."""
    texts = []
    for cluster in read_clusters(RAW_VALIDATION, _CLUSTERS):
        for article in as_articles(cluster["documents"]):
            texts += [sentence.text for sentence in split(clean(article))]
    return texts


def test_the_string_tests_keep_every_match(sentences):
    there = [text for text in sentences if "there" in text]
    assert len(there) > 150
    found = [text for text in there if _THING_THERE.match(text) is not None]
    assert found, "no thing 'there' read: the test reads nothing"
    assert [thing_there(text) for text in there] == [
        _THING_THERE.match(text) is not None for text in there
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A TV spot promoting the sandwich there is noteworthy.", True),
        ("During his year there, he wrote.", True),
        ("During his year\nthere, he wrote.", True),
        ("During his  year \u00a0there — he wrote.", True),
        ("Fans at (the stadium there were loud.", True),
        ("Yet now, across the world there are people.", False),
        ("It was the first time there was snow.", False),
        ("During his Year there, he wrote.", False),
        ("During his year there he wrote.", False),
        ("He said the year there is over, and the rest there, too.", True),
    ],
)
def test_each_form_read_as_the_pattern_reads_it(text, expected):
    assert (_THING_THERE.match(text) is not None) is expected
    assert thing_there(text) is expected
