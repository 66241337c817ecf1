""" "Only in one outlet" items a reader of whole briefings found leaning on a sentence the
briefing does not show (the thirteenth pass): the seeds' "Jim Mattis ... made similar
comments on Thursday" and "..., the diplomat said.", raw validation 2680's (index 180 in
file order, from 0) "Initially, they thought ..." and 4531's (181) "... in which he says
something ...". Each now carries the sentence before it; look-alikes that do not lean on
it carry none."""

from __future__ import annotations

from itertools import pairwise

import pytest

from chorus import brief
from chorus.analyze.model import Fact
from chorus.shown_alone import leans_back, unnamed_person, writes_names_in_capitals
from tests.gold import inputs
from tests.test_analyze_agreement_new_text import _documents
from tests.test_analyze_agreement_new_text10 import _sentences_of

CLUSTERS = ("seeds", "multi_news-val-2680", "multi_news-val-4531", "multi_news-val-324")

# (raw validation cluster, how the sentence opens, whether it leans on the sentence before)
LEANING = [
    ("multi_news-val-2680", "Initially, they thought several items", True),
    ("multi_news-val-1513", "The French version of the anthem does not have a similar", True),
    ("multi_news-val-1703", "Browne-Louis worked in the same office", True),
    ("multi_news-val-324", "About 400 to 500 ships pass through the zone", True),
    ("multi_news-val-4280", "Shortly after the shooting, UCPD Lt.", False),
    ("multi_news-val-5067", "The most intense runners ended up with a risk", False),
    ("multi_news-val-3680", '"He has that rare ability to somehow be', False),
    ("multi_news-val-1094", "Earlier this month, Ms Kercher’s family", False),
    # the judge is not named in the sentence before ("(CNN) A Detroit man pleaded ...")
    ("multi_news-val-3544", "DeAngelo Lamar Davis, 31, will remain in jail", False),
]
# (raw validation cluster, how the sentence opens, whether it speaks of "he" or "she" before
# naming anyone)
UNNAMED = [
    ("multi_news-val-4531", "There is a moment handled with love", True),
    ("multi_news-val-3501", "But he has scotched rumours", True),
    ("multi_news-val-3822", "Since the election, he has not directly", True),
    ("multi_news-val-351", "The process of developing, approving and implementing", True),
    ("multi_news-val-1902", "Lowe was known as", False),
    ("multi_news-val-2447", "In his patient drawl, Mr. Copeland", False),
    ("multi_news-val-3515", "Although he encouraged her to step down privately", False),
    ("multi_news-val-1513", "Vecchio said she views the anthem", False),
]


@pytest.fixture(scope="module")
def shown() -> dict[str, tuple[Fact, ...]]:
    found = {}
    for name, documents in inputs(CLUSTERS).items():
        analysis = brief(documents, words=100).analysis
        assert analysis is not None
        found[name] = analysis.unique
    return found


def _item(facts: tuple[Fact, ...], opening: str) -> Fact:
    return next(f for f in facts if f.statement.text.startswith(opening))


def _with_before(cluster: str, opening: str) -> tuple[str, str]:
    """The sentence of a cluster's articles that opens with `opening`, and the one before."""
    for sentences in _sentences_of(inputs([cluster])[cluster]):
        for before, sentence in pairwise(sentences):
            if sentence.text.startswith(opening):
                return sentence.text, before.text
    raise AssertionError(opening)


def test_the_readers_items_carry_the_sentence_they_lean_on(shown):
    seeds = shown["seeds"]
    diplomat = _item(seeds, "While it appeared that the allies had agreed")
    assert [s.text[-20:] for s in diplomat.context] == ["an EU diplomat said."]
    # "But he added ..." names no one: the sentence before it names Macron
    mattis = _item(seeds, "Jim Mattis, US defence secretary, made similar comments")
    assert mattis.context[0].text.startswith("Mr Macron said on Thursday that France had proof")
    assert mattis.context[1].text.startswith("But he added that he would also")
    initially = _item(shown["multi_news-val-2680"], "Initially, they thought")
    # the sentence it leans on is the item shown right above it, so no lead-in repeats it
    above = _item(shown["multi_news-val-2680"], "There were six people inside the home")
    assert "the team of authorities executed the search warrant" in above.statement.text
    assert not initially.context and above.statement.index == initially.statement.index - 1
    moment = _item(shown["multi_news-val-4531"], "There is a moment handled with love")
    assert moment.context[-1].text.startswith("The powers of the Damon character")
    service = _item(shown["multi_news-val-324"], "About 400 to 500 ships pass through")
    assert service.context[-1].text.endswith("the Japanese coast guard said.")


def test_items_that_name_what_they_tell_carry_no_context(shown):
    seeds = shown["seeds"]
    assert not _item(seeds, "The U.S. draft resolution had the overwhelming support").context
    # "also" adds to what the item itself says: left alone
    assert not _item(seeds, "Iran and Hizbollah, the Lebanese Shia movement").context


@pytest.mark.parametrize(("cluster", "opening", "leaning"), LEANING)
def test_what_leans_on_the_sentence_before(cluster: str, opening: str, leaning: bool):
    text, before = _with_before(cluster, opening)
    assert leans_back(text, before) is leaning


@pytest.mark.parametrize(("cluster", "opening", "unnamed"), UNNAMED)
def test_he_or_she_before_any_name(cluster: str, opening: str, unnamed: bool):
    text, _ = _with_before(cluster, opening)
    assert unnamed_person(text) is unnamed


def test_lower_case_text_is_not_read_for_unnamed_people():
    # Multi-News+ lowercases names: "priebus" is no capitalised word to find
    plus = _documents("plus", ["4959"])["4959"]
    assert not any(writes_names_in_capitals(text) for text in plus)
    raw = inputs(["multi_news-val-4531"])["multi_news-val-4531"]
    assert all(writes_names_in_capitals(text) for text in raw)
