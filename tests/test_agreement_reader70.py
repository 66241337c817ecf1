"""The sixty-fourth agreement pass (reader67-reader70; raw validation clusters, 0-based, file
order), each read against the articles. Raw 65's "Kain Colter was the driving force behind
forming the College Athletes Players Assn. ..." stood whole on AP's "... coming after a
push by former quarterback Kain Colter ...", which never names the association; raw 116's
Crossroads GPS row on AP's referral lead, which never names Crossroads; raw 50's "Rose was
investigating car break-ins ..." on CNN's "traffic investigation of Davis" and the Free
Press' break-ins "the day before"; raw 50's "none of the school's officers had ever died in
the line of duty" on two reports of the death that ended the record."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_negated import negated_apart
from chorus.analyze.agreement_organisations import organisation_untold
from chorus.analyze.agreement_thefts import theft_untold
from chorus.analyze.model import Analysis
from tests.conftest import DATA, RAW_VALIDATION
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part, pair_shown
from tests.raw_pages import raw_clusters

PLUS_TRAIN = DATA / "multinews-plus-train.jsonl.gz"
PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"
DUC = DATA / "duc2003-task2.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (50, 58, 65, 116))


# an organisation a support never names (AP names the association and Colter's part in it),
# a theft a support never tells or tells of the day before
MARKS = [
    (65, "driving force behind forming the College", "after a push by former quarterback", True),
    (65, "driving force behind forming the College", "took a leading role in establishing", False),
    (116, "the prominent GOP group Crossroads GPS", "voted Wednesday to refer a former", True),
    (116, "said he had not heard from Ways and Means", "declaring her innocence", True),
    (50, "Rose was investigating car break-ins", "traffic investigation of Davis", True),
    (50, "Rose was investigating car break-ins", "break-ins in the area the day before", True),
    (58, "were stolen from the delegate", "indicted in connection with the circulation", True),
]


@pytest.mark.parametrize(("line", "statement", "support", "marked"), MARKS)
def test_an_organisation_or_a_theft_a_support_never_tells_marks_it_in_part(
    analyses, line, statement, support, marked
):
    assert marked_in_part(agreed_item(analyses[line], statement), support) is marked


def test_an_organisation_told_by_its_short_name_or_as_a_credit_is_told():
    leads = data_sentence(DUC, 11, "Ocalan leads the outlawed Kurdistan Workers Party, PKK")
    fighting = data_sentence(DUC, 11, "Ocalan's PKK has been fighting for autonomy")
    assert not organisation_untold(leads, [fighting])
    # a list of names is read name by name: "Cote d'Ivoire" is Ivory Coast, Togo is written
    raw = RAW_VALIDATION
    targeted = data_sentence(raw, 128, "neighboring countries of Ivory Coast and Togo")
    customers = data_sentence(raw, 128, "to cultivate customers from Ghana")
    assert not organisation_untold(targeted, [customers])
    credited = data_sentence(raw, 159, "according to the state Health Department")
    tick = data_sentence(raw, 159, "the tick most closely associated with RMSF")
    assert not organisation_untold(credited, [tick])
    # Netscape, the company Microsoft fought, is what the antitrust suit's lead leaves out
    netscape = data_sentence(DUC, 26, "in its fight against the Netscape Communications Corp")
    suit = data_sentence(DUC, 26, "The antitrust suit, initiated last October")
    assert organisation_untold(netscape, [suit])


def test_a_theft_told_in_another_word_is_told():
    theft = data_sentence(PLUS_TRAIN, 908, "The theft took place around lunchtime")
    heist = data_sentence(PLUS_TRAIN, 908, "The audacious heist at the historic")
    assert not theft_untold(theft, [heist])
    # a support telling the day before tells a statement set the day before
    assert not theft_untold(
        "There also had been a rash of car break-ins in the area the day before.",
        ["Thieves broke into cars the day before."],
    )


def test_a_deed_no_one_ever_did_is_not_told_by_the_deed_done(analyses):
    record = "none of the school's officers had ever died in the line of duty"
    assert not pair_shown(analyses[50], record, "Officer Collin Rose, 29, died Wednesday")
    assert not pair_shown(analyses[50], record, "I am saddened to report")
    # the Free Press' own record tells it
    assert pair_shown(analyses[50], record, "Rose is the first Wayne State officer to be killed")


def test_a_deed_never_done_in_a_quotation_or_a_denial_is_left():
    # "never" alone is a denial or a turn of a quotation, not a record
    hide = data_sentence(PLUS_TRAIN, 1193, "we could never hide from each other")
    # the other article's copy, cut before its "but"
    alone = hide[: hide.index(", but")]
    assert not negated_apart(hide, alone, {"famil"})
    # a record no one ever set is not told by a support naming no such deed
    record = data_sentence(RAW_VALIDATION, 50, "none of the school's officers had ever died")
    first = data_sentence(RAW_VALIDATION, 50, "Rose is the first Wayne State officer")
    assert not negated_apart(record, first, {"wayne"})
    died = data_sentence(RAW_VALIDATION, 50, "Officer Collin Rose, 29, died Wednesday")
    assert negated_apart(record, died, {"wound"})
