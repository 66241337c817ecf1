"""The forty-sixth agreement pass: a support telling the statement's deed otherwise (reader 48;
raw validation clusters, 0-based, file order), each read against the articles. Raw 161's
arrest of Jarrett "on suspicion of witness intimidation and being an accessory after the
fact" is not agreed by "charges of witness intimidation and conspiracy to commit murder"
(each list names a charge the other does not); raw 164's "After an hour of searching ..." is
not agreed by "A few hours later, around 9:30 p.m., ...". A rate ("$ 8,702.35 a month"),
one unit under a lower bound ("more than an hour and a half"), several under an upper one
("in less than three months") and a list one charge long ("charged with conspiring to kill
Americans abroad and has been described ...") count nothing against the other sentence."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.agreement_charges import charged_apart
from chorus.analyze.agreement_counted import spans_apart
from chorus.analyze.model import Analysis
from tests.briefings import DUC
from tests.conftest import DATA, read_clusters
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters

PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"
PLUS_TRAIN = DATA / "multinews-plus-train.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (161, 164))


@pytest.fixture(scope="module")
def plus() -> dict[int, Analysis | None]:
    clusters = read_clusters(PLUS_VALIDATION, 806)
    return {805: brief(clusters[805]["documents"]).analysis}


def test_two_lists_of_charges_each_naming_its_own(analyses):
    arrested = "on suspicion of witness intimidation and being an accessory"
    assert not pair_shown(analyses[161], arrested, "conspiracy to commit murder")
    # "dissuading a witness from testifying" is the intimidation charge in the court's words
    assert pair_shown(analyses[161], arrested, "one count of dissuading a witness")


def test_an_hour_is_not_a_few_hours(analyses):
    an_hour = "After an hour of searching for the other man"
    assert not pair_shown(analyses[164], an_hour, "A few hours later, around 9:30 p.m.")
    # another outlet gives the same hour, a third the sighting at 9:19 p.m. with no span
    assert pair_shown(analyses[164], an_hour, "After an hour of searching, a Coast Guard")
    assert pair_shown(analyses[164], an_hour, "at 9:19 p.m. and deployed a rescue swimmer")


def test_a_rate_keeps_its_support(plus):
    # "$ 8,702.35 a month" is a pension's rate, no span against "several minutes"
    assert pair_shown(plus[805], "stood outside the school", "$ 8,702.35 a month")


def test_a_bound_allows_the_other_span():
    # Multi-News+ validation 1198: one execution's length, told two ways that both hold
    longer = data_sentence(PLUS_VALIDATION, 1198, "for more than an hour and a half")
    assert not spans_apart(longer, data_sentence(PLUS_VALIDATION, 1198, "took nearly two hours"))
    # Multi-News+ train 696: "since ... took office just one month ago" / "more than 700 ...
    # in less than three months", counted from the election
    month = data_sentence(PLUS_TRAIN, 696, "took office just one month ago")
    months = data_sentence(PLUS_TRAIN, 696, "in less than three months")
    assert not spans_apart(month, months)
    # without the bound, one month is not three
    assert spans_apart(month, months.replace("in less than three", "in three"))


def test_a_clause_after_a_charge_is_no_second_charge():
    # DUC 1: El Hage's two charges against one, the clause after "and" telling no charge
    one = data_sentence(DUC, 1, "El Hage has been charged with")
    assert not charged_apart(data_sentence(DUC, 1, "El Hage, who moved back"), one)
