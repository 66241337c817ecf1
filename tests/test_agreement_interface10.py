"""The sixty-seventh agreement pass (interface10's findings; raw validation clusters, 0-based,
file order), each read against the articles. An Agreed row's whole supports are now cited in
the summary too. Raw 228's "Christos Vasiliades faces a litany of charges ..." stood on
"Rodriguez, who identified himself as Vasiliades' interpreter, also was charged with
obstruction of justice and witness intimidation ...": one list of charges, another man
charged. Raw 19 and 231 marked right supports in part: a quotation credited as "the president
proudly stated", a film's title "“Furious 7”" read as a figure, and "$1 billion" against "the
billion-dollar mark". DUC 1's "Saudi dissident Osama Bin Laden is wanted by U.S. officials for
those attacks." stood on a militant group's threat "if Saudi dissident Osama bin Laden is
arrested": the name word for word, and nothing more."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_charged import others_charged
from chorus.analyze.agreement_figure_words import title_numbers, worded_sums
from chorus.analyze.agreement_named import named_alone
from chorus.analyze.agreement_names import SUBJECT_STEMS
from chorus.analyze.model import Analysis
from chorus.analyze.similarity import stems
from chorus.api import brief
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part, pair_shown
from tests.raw_pages import raw_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (19, 228, 231))


def test_a_charge_told_of_another_man_supports_no_agreed_fact(analyses):
    assert not pair_shown(
        analyses[228], "faces a litany of charges", "also was charged with obstruction"
    )
    # the lawyer's lobby meeting both tell stays agreed
    assert pair_shown(analyses[228], "place their cell phones", "keep their cell phones")


def test_one_charge_of_two_named_people_is_two_facts():
    lawyer = data_sentence(RAW_VALIDATION, 228, "Christos Vasiliades faces a litany").strip()
    interpreter = data_sentence(RAW_VALIDATION, 228, "also was charged with obstruction").strip()
    assert others_charged(lawyer, interpreter)
    assert others_charged(interpreter, lawyer)
    white = data_sentence(RAW_VALIDATION, 180, "White is charged with").strip()
    brown = data_sentence(RAW_VALIDATION, 180, "Brown is charged with").strip()
    assert others_charged(white, brown)
    # one woman's charges told by two outlets are one fact
    first = data_sentence(RAW_VALIDATION, 52, "Pasztor faces two charges of murder in").strip()
    second = data_sentence(RAW_VALIDATION, 52, "Pasztor faces two charges of murder.").strip()
    assert not others_charged(first, second)
    # a subject that is no name is not read
    assert not others_charged(
        "The attorney was charged with obstruction of justice.",
        "Rodriguez was charged with obstruction of justice.",
    )


def test_a_quotation_credited_as_stated_is_told_whole(analyses):
    fact = agreed_item(analyses[19], "smashed one record after another")
    assert not marked_in_part(fact, "Trump said in his address to Congress")
    # the record drop the other outlet never calls its largest stays in part
    fact = agreed_item(analyses[19], "its largest point drop in history")
    assert marked_in_part(fact, "the Dow ended down 1,175 points")


def test_a_title_and_a_billion_dollar_mark_are_told(analyses):
    fact = agreed_item(analyses[231], "is directed by James Wan")
    assert not marked_in_part(fact, "The James Wan-directed film")
    fact = agreed_item(analyses[231], "had all crossed $1 billion in 19 days")
    assert not marked_in_part(fact, "crossed the billion-dollar mark")
    # a sum the support never gives, and a second film's, still mark it in part
    fact = agreed_item(analyses[231], "reached $1.044 billion")
    assert marked_in_part(fact, "Jurassic Park also crossed the threshold")
    fact = agreed_item(analyses[231], "It is the 20th film")
    assert marked_in_part(fact, "which took in $2.19 billion")


def test_title_numbers_and_worded_sums():
    statement = "“Furious 7” is directed by James Wan."
    assert title_numbers(statement) == {statement.index("7")}
    # a number inside a quotation of plain words is a figure
    assert not title_numbers("“We lost 7,” he said.")
    assert worded_sums(["the billion-dollar mark in 19 days"]) == {1e9}
    assert not worded_sums(["a $2 billion mark"])


def test_a_name_written_word_for_word_and_nothing_more_is_no_agreed_fact():
    wanted = data_sentence(DUC, 1, "Saudi dissident Osama Bin Laden is wanted").strip()
    threat = data_sentence(DUC, 1, "threatened to retaliate if Saudi dissident").strip()
    shared = {"saudi", "dissi", "osama"}
    assert named_alone(wanted, threat, stems(wanted), stems(threat), SUBJECT_STEMS, shared)
    analysis = brief(read_clusters(DUC, 2)[1]["documents"], words=100).analysis
    assert not pair_shown(analysis, "Bin Laden is wanted by U.S.", "threatened to retaliate")
    # a deed both tell beside the name is one fact
    arrested = "Police said Saudi dissident Osama bin Laden is wanted for the bombings."
    assert not named_alone(wanted, arrested, stems(wanted), stems(arrested), SUBJECT_STEMS, shared)
