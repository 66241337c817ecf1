"""The ninety-first agreement pass (agree93; raw validation clusters, 0-based, file order): a
short sentence's predicate the other sentence does not write links nothing by score alone (raw
156's ex-fiance "is cooperating with authorities" on a line telling the fight with her:
agreement_heads.predicate_untold); "well" written only in "as well as" is no own word (raw
110: own_words.joined_as_well); an outlet saying "He was not named." tells a statement naming
him in part (raw 110: agreement_withheld.py)."""

from __future__ import annotations

from functools import cache

from chorus.analyze.agreement_heads import predicate_untold
from chorus.analyze.model import Analysis
from chorus.analyze.own_words import joined_as_well
from chorus.analyze.similarity import stems
from chorus.api import brief
from tests.conftest import RAW_VALIDATION
from tests.gold import data_line
from tests.raw_pages import raw_clusters

_COOPERATING = "Valencia del Toro's ex-fiance is cooperating with authorities"
_FIGHT = "Police identified the gunman as 27-year-old military veteran"
_ARGUMENT = "Menasha Police Chief Tim Styka said Valencia del Toro was upset"


@cache
def _analysis(number: int) -> Analysis:
    return brief(raw_clusters()[number]["documents"]).analysis


def _rows(number: int) -> list[list[str]]:
    return [
        [fact.statement.text] + [s.text for s in fact.support] for fact in _analysis(number).agreed
    ]


def test_the_ex_fiance_cooperating_is_not_the_fight_with_her():
    rows = _rows(156)
    assert not any(row[0].startswith(_COOPERATING) for row in rows)
    # the fight both outlets tell is agreed instead
    fight = next(row for row in rows if row[0].startswith(_FIGHT))
    assert any(text.startswith(_ARGUMENT) for text in fight[1:])


def test_a_predicate_the_other_does_not_write():
    cooperating = data_line(RAW_VALIDATION, 156, _COOPERATING)
    fight = data_line(RAW_VALIDATION, 156, _FIGHT)
    assert predicate_untold(cooperating, fight, stems(cooperating), stems(fight))
    assert predicate_untold(fight, cooperating, stems(fight), stems(cooperating))
    # the Air Force row stands: its support writes the service
    served = "Valencia del Toro had served in the Air Force."
    record = data_line(RAW_VALIDATION, 156, "Air Force records show")
    assert not predicate_untold(served, record, stems(served), stems(record))


def test_two_short_sentences_of_one_subject_may_say_one_thing():
    hurt = "One of Zirkle's dogs was hurt in the attack."
    injured = "One of Zirkle's dogs also was injured."
    assert not predicate_untold(hurt, injured, stems(hurt), stems(injured))
    # a line closing on a colon says its thing in what follows
    reply = "Cosby’s reply was every bit as convoluted:"
    assert not predicate_untold(reply, "Cosby’s reply:", stems(reply), stems("Cosby’s reply:"))


def test_as_well_as_links_nothing():
    found = data_line(RAW_VALIDATION, 110, "Police found weapons and bullet-proof vests")
    ties = data_line(RAW_VALIDATION, 110, "In the man's apartment, in southeastern Paris")
    assert joined_as_well(found, ties, {"well"}) == {"well"}
    # "Well," on its own is a word of the quotation both give
    remark = "I think many of them say, well, you’re a hypocrite."
    assert not joined_as_well(remark, "“Well, you are a hypocrite.”", {"well"})
    vests = [row for row in _rows(110) if row[0].startswith(found[:40])]
    assert not any(text.startswith(ties[:40]) for row in vests for text in row[1:])


def test_an_outlet_not_naming_the_suspect_tells_his_name_in_part():
    analysis = _analysis(110)
    fact = next(f for f in analysis.agreed if f.statement.text.startswith("Sid Ahmed Ghlam"))
    unnamed = next(s for s in fact.support if s.text.startswith("The 24-year old electronics"))
    assert fact.partial == (unnamed.article.id,)
