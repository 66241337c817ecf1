"""Who said what, eighty-fifth pass (reader75's and reader76's findings on raw validation
0-based 24, 102 and 48: multi_news-val-4412, 5125 and 1907; 116, multi_news-val-599, found
on the way): words one speaker says another told someone, a title before a name, a party
tag alone, a reported clause whose subject stands before the attribution, a curly quotation
closed by a straight mark, the writer's note that the speaker would not say more."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_TSA, _OBAMA, _PERRY, _IRS = (
    "multi_news-val-4412",
    "multi_news-val-5125",
    "multi_news-val-1907",
    "multi_news-val-599",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_TSA, _OBAMA, _PERRY, _IRS))


def test_words_a_speaker_says_another_told_are_the_speakers_account(briefed):
    # [2] (AP): "Burlingame said Sept. 11 mastermind Khalid Sheikh Mohammed told
    # interrogators that the hijackers each used "a Swiss knife," ...": Debra Burlingame
    # tells what the interrogation transcript says; Mohammed told no reporter
    (row,) = quotes_in(briefed[_TSA], "told interrogators")
    assert row.speaker == "Debra Burlingame"
    assert row.text.text.startswith("Sept. 11 mastermind Khalid Sheikh Mohammed told")
    assert not any("Mohammed" in q.speaker for q in briefed[_TSA])


def test_a_title_before_a_name_and_a_party_tag_are_roles(briefed):
    # [2]: "TSA Administrator John Pistole announced Tuesday that airline passengers will be
    # able to carry pocketknives ..."
    (pistole,) = quotes_in(briefed[_TSA], "announced Tuesday that airline passengers")
    assert (pistole.speaker, pistole.role) == ("John Pistole", "TSA Administrator")
    # [1]: "“... is absolutely outrageous,” John Mica (R-Fla.) told POLITICO."
    (mica,) = quotes_in(briefed[_TSA], "absolutely outrageous")
    assert (mica.speaker, mica.role) == ("John Mica", "R-Fla.")
    # raw 116: "“This executive session isn’t about any of us condoning the mismanagement
    # ...,” top panel Democrat Sander Levin (D-Mich.) said after ..."
    (levin,) = quotes_in(briefed[_IRS], "condoning the mismanagement")
    assert (levin.speaker, levin.role) == ("Sander Levin", "D-Mich.")


def test_a_reported_clause_starts_at_its_subject(briefed):
    # [3] (NYT): "The jurors, he added, “were properly instructed that in a case such as this
    # reasonable doubt was relevant, and they rendered a verdict.”": Obama said the jurors
    # were, the writer's aside left out
    (jurors,) = quotes_in(briefed[_OBAMA], "The jurors, he added")
    assert jurors.speaker == "Barack Obama"
    assert jurors.words.startswith("The jurors “were properly instructed")
    assert jurors.words.endswith("rendered a verdict.”")
    assert "he added" not in jurors.words
    # [1] (NY Daily News): "Corcoran broker Robby Browne, ..., said that while he couldn’t
    # discuss details — the buyer did not intend to quickly flip the house."
    (browne,) = quotes_in(briefed[_PERRY], "quickly flip the house")
    assert browne.speaker == "Robby Browne"
    assert browne.text.text == "the buyer did not intend to quickly flip the house"


def test_a_curly_quotation_closed_by_a_straight_mark_keeps_its_close(briefed):
    # [2] (Salon): 'Holder vowed that the Justice Department will act “in a manner that is
    # consistent with the facts and the law. We will not be afraid."'
    assert speakers_of(briefed[_OBAMA], "We will not be afraid") == ["Eric Holder"]
    (holder,) = quotes_in(briefed[_OBAMA], "We will not be afraid")
    assert holder.text.text.endswith('We will not be afraid."')
