"""The sixty-sixth agreement pass (reader72; raw validation clusters, 0-based, file order),
each read against the articles. Raw 112's "The idea of more than $1 trillion in immediate
cuts with no tax or revenue increases ..." stood "(all)" on [2]'s "... cut around $1 trillion
in spending over the next decade"; raw 13's "The public can help by considering adopting a
dog or donating to the Lehigh County Humane Society." on AP's "... information on adoption
will be available in coming days."; raw 180's warrant "at 5:02 a.m. on Tuesday" on a support
giving no day, and its "... began shortly after it was posted nearly a month ago, ..." on
"... enough probable cause ... to get a search for the home."."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_means import means_untold
from chorus.analyze.agreement_when import when_untold
from chorus.analyze.model import Analysis
from tests.conftest import DATA
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part
from tests.raw_pages import raw_clusters

RAW = DATA / "multinews-raw-validation.jsonl.gz"
DUC = DATA / "duc2003-task2.jsonl.gz"
PLUS_TRAIN = DATA / "multinews-plus-train.jsonl.gz"
PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (13, 112, 180))


def test_cuts_over_a_decade_tell_immediate_cuts_in_part(analyses):
    cuts = agreed_item(analyses[112], "in immediate cuts with no tax or revenue increases")
    assert marked_in_part(cuts, "cut around $1 trillion in spending over the next decade")
    # the quotation both give word for word stays whole
    pelosi = agreed_item(analyses[112], "Pelosi said of the deal")
    assert not marked_in_part(pelosi, "she told Bloomberg")


def test_a_support_telling_one_way_to_help_tells_the_two_in_part(analyses):
    help_ = agreed_item(analyses[13], "The public can help by considering adopting a dog")
    assert marked_in_part(help_, "information on adoption will be available")
    assert not marked_in_part(
        agreed_item(analyses[13], "I never saw so many dogs"), "Morgan she'd never seen"
    )


def test_a_support_giving_no_day_or_no_time_ago_tells_it_in_part(analyses):
    warrant = agreed_item(analyses[180], "executed a warrant at 5012 Powell Drive")
    assert marked_in_part(warrant, "to serve a search warrant at 5012 Powell Drive")
    video = agreed_item(analyses[180], "after it was posted nearly a month ago")
    assert marked_in_part(video, "obtain enough probable cause")
    # the charges both list, no day given by either, stay whole
    charges = agreed_item(analyses[180], "White is charged with first-degree possession")
    assert not marked_in_part(charges, "Authorities have arrested 49-year-old Kenneth White")


# a day or a time told in other words is told; the day a remark was made, and a weekday in a
# paper's name, are no day of a deed: (path, line, statement, support) -> untold
TIMES = {
    (RAW, 21, "performed its last show in Las Vegas", "performed over the weekend"): False,
    (DUC, 19, "recorded in Poland on Sunday", r"extreme cold began Nov\. 16, with"): False,
    (RAW, 240, "less than a year ago", "had been here less than a year"): False,
    (RAW, 11, "Stallone said in a statement late Sunday", "he said in a statement"): False,
    (RAW, 47, "worked for London's Sunday Times", "Both journalists were hurt"): False,
    (DUC, 29, "urged that Xu be released immediately", "urged the government to release"): True,
}


@pytest.mark.parametrize("case", TIMES, ids=lambda case: f"{case[0].stem[:9]}-{case[1]}")
def test_a_day_or_a_time_told_in_other_words_is_told(case):
    path, line, statement, support = case
    found = when_untold(data_sentence(path, line, statement), [data_sentence(path, line, support)])
    assert found is TIMES[case]


def test_not_yet_known_and_a_place_are_no_immediacy():
    # "did not immediately respond" says nothing is known yet, not when a deed is done
    assert not when_untold(
        "Cohen did not immediately respond to requests for comment.",
        ["Cohen could not be reached."],
    )
    area = data_sentence(PLUS_TRAIN, 1294, "did not see any adult in the immediate area")
    parked = data_sentence(PLUS_TRAIN, 1294, "noticed there were no adults around")
    assert not when_untold(area, [parked])


def test_ways_told_one_of_two_are_told_in_part():
    statement = data_sentence(PLUS_VALIDATION, 249, "by creating and placing")
    support = data_sentence(PLUS_VALIDATION, 249, "exponential expansion of his previous")
    assert means_untold(statement, [support])
    # a support writing both ways tells them
    assert not means_untold(statement, ["People create cameras and place them in the city."])
