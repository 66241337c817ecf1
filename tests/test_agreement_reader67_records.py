"""The sixty-third agreement pass (reader67, reader70; raw validation clusters, 0-based, file
order), each read against the articles. Raw 65's "... can legally form the nation's first
college athletes' union" stood whole on the Times' "... entitled to hold an election to
decide whether to unionize", which never says first; raw 172's "Bill Cosby is responding to
questions about allegations of sexual assault for the first time ..." on Slate's "The
muddling began with ABC News' Linsey Davis ...". A support that claims the record in other
words ("the first time" for "the only time", raw 125; "the country's first" for "the
nation's first", DUC 18) tells it, and a first in a row ("the first round of balloting",
DUC 6) claims no record."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_records import record_untold
from chorus.analyze.model import Analysis
from tests.conftest import DATA
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part
from tests.raw_pages import raw_clusters

FIRST_UNION = "can legally form the nation's first college athletes' union"
ONLY_TIME = (
    "The medical breakthrough, believed to be the only time a severely brain injured patient "
    "has been able to relay clinically relevant information to their doctors"
)
FIRST_TIME = (
    "It's the first time an uncommunicative, severely brain-injured patient has been able to "
    "give answers clinically relevant to their care."
)


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (65, 172))


def test_a_support_not_claiming_the_record_tells_the_statement_in_part(analyses):
    union = agreed_item(analyses[65], FIRST_UNION)
    assert marked_in_part(union, "entitled to hold an election to decide whether to unionize")
    # AP writes "the nation's first union of college athletes"
    assert not marked_in_part(union, "can create the nation's first union of college athletes")
    interview = agreed_item(analyses[172], "for the first time in an exclusive interview")
    assert marked_in_part(interview, "The muddling began with ABC News")


def test_a_record_told_in_other_words_is_told():
    documents = "".join(raw_clusters()[125]["documents"])
    assert ONLY_TIME in documents and FIRST_TIME in documents
    assert not record_untold(ONLY_TIME, [FIRST_TIME])
    duc = DATA / "duc2003-task2.jsonl.gz"
    nation = data_sentence(duc, 18, "pressured the nation's first Islamic-led government")
    country = data_sentence(duc, 18, "forced out the country's first Islamic-led government")
    pushed = data_sentence(duc, 18, "helped push out one Islamic-led government")
    assert not record_untold(nation, [country])
    assert record_untold(nation, [pushed])


def test_a_first_in_a_row_claims_no_record():
    duc = DATA / "duc2003-task2.jsonl.gz"
    round_one = data_sentence(duc, 6, "re-elect President Fernando Henrique Cardoso in the first")
    polls = data_sentence(duc, 6, "voters went to the polls Sunday to elect governors")
    assert not record_untold(round_one, [polls])
