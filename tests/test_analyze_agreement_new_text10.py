"""Agreed facts and unique items on the tenth pass's new text (fixtures/
agreement_new_text10.json: Multi-News+ train and validation clusters and raw validation
clusters no earlier agreement or unique fixture named, judged one by one before any rule
changed), and what that pass changed: a lower-case letter that ends a name ("jay z."), and
an "It ... for" that stands for a thing ("It's a typical sight for this neighborhood")."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from chorus.analyze.statements import cut_at_abbreviation
from chorus.api import as_articles
from chorus.clean import clean
from chorus.dangling import opens_with_pronoun
from chorus.model import Sentence
from chorus.sentences import split
from tests.gold import inputs
from tests.test_analyze_agreement_new_text import PLUS_FILES, _gold, _plus_documents, _tally


@pytest.fixture(scope="module")
def judged_new_text10() -> dict[str, Counter]:
    return _tally(_gold("agreement_new_text10"))


def test_tenth_new_text_precision_holds(judged_new_text10):
    # Main (f58ff23): design pairs 38 right / 5 wrong / 3 unclear, unique 37 right / 3
    # elsewhere / 7 noise; blind pairs 37 / 7 / 2, unique 43 / 3 / 10 / 2 unclear. The
    # tenth pass changed none of them: its wrong pairs share a topic's word ("the hague",
    # "spilling over into iraq") or a name written in lower case ("ming xu at the
    # university of chicago"), its noise is the writer's asides and page furniture.
    design, blind = judged_new_text10["design"], judged_new_text10["blind"]
    assert design["pair", "right"] >= 38 and design["pair", "wrong"] <= 5, design
    # Stop 50 (unique45): a row the summary shows is passed over for the outlet's next; the
    # right rows now summary lines (100 words) are read there, not counted here: 32 and 33.
    assert design["unique", "right"] >= 32 and design["unique", "noise"] <= 7, design
    assert blind["pair", "right"] >= 37 and blind["pair", "wrong"] <= 7, blind
    # Summary103 (stop 51): train 44487's right "Knowledge of ancient viruses is limited ..."
    # is a summary line now, in place of the abstract's "we" line: 32.
    assert blind["unique", "right"] >= 32 and blind["unique", "noise"] <= 10, blind


def _sentences_of(documents: list) -> list[list[Sentence]]:
    return [split(clean(article)) for article in as_articles(documents)]


def _with_next(documents: list, ending: str) -> tuple[str, str]:
    """The sentence that ends with `ending` and the one after it in its article."""
    for sentences in _sentences_of(documents):
        for sentence, after in pairwise(sentences):
            if sentence.text.endswith(ending):
                return sentence.text, after.text
    raise AssertionError(ending)


@pytest.fixture(scope="module")
def plus_validation() -> dict[str, list[str]]:
    return _plus_documents(PLUS_FILES["plus"], {829, 3637, 5243})


@pytest.fixture(scope="module")
def train_39839() -> list[str]:
    return _plus_documents(PLUS_FILES["train"], {39839})["39839"]


def test_a_letter_before_a_sentence_opening_ends_a_name(train_39839):
    # "It's been a big few weeks for jay z." then "He scored a loving tribute ...": read as
    # cut at an initial, the first could neither state nor support a fact
    text, after = _with_next(train_39839, "for jay z.")
    assert after.startswith("He scored")
    assert cut_at_abbreviation(text) and not cut_at_abbreviation(text, after)


@pytest.mark.parametrize(
    ("line", "ending", "cut"),
    [
        # "... 98 per cent accuracy in the case of hepatitis c." / "The device has ..."
        ("829", "in the case of hepatitis c.", False),
        # "... given to president lyndon b." / "Johnson on oct. 6, 1965, ...": still cut
        ("5243", "given to president lyndon b.", True),
    ],
)
def test_the_next_sentence_tells_an_initial_from_a_name_end(plus_validation, line, ending, cut):
    text, after = _with_next(plus_validation[line], ending)
    assert cut_at_abbreviation(text, after) is cut


def test_an_it_for_without_its_infinitive_stands_for_a_thing(plus_validation):
    # 3637: the sentence before names what "It" is (a flag on a house on Long Island)
    sight = next(
        s.text
        for sentences in _sentences_of(plus_validation["3637"])
        for s in sentences
        if s.text.startswith("It's a typical sight for this neighborhood")
    )
    assert opens_with_pronoun(sight)


@pytest.mark.parametrize(
    ("cluster", "opening"),
    [
        ("multi_news-val-1513", "It took about 20 years for the song to surface"),
        ("multi_news-val-4890", "It’s illegal for the IRS to discuss"),
    ],
)
def test_an_it_for_with_its_infinitive_stays_impersonal(cluster, opening):
    found = [
        s.text
        for sentences in _sentences_of(inputs([cluster])[cluster])
        for s in sentences
        if s.text.startswith(opening)
    ]
    assert found and not any(opens_with_pronoun(text) for text in found)
