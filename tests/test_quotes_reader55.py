"""Quote attribution, fifty-fifth pass (reader43's wrong rows and missed speakers): "added
its voice" is no speech (raw multi_news-val-290's Russia), a speaker inside the writer's
relative clause says only that clause (4656's Homeland Security, whose page prints the
paragraph twice: one row), the writer's "— but not ..." after reported words (4236's
Colbert), a described kin named a sentence later by the family's surname (1397's "His
wife"), an Arabic surname's "al-" inside the subject a pronoun follows (290's Riad
al-Asaad), "his personal publicist, Name" (4236's Carrie Byalick), "said a devastated
Name" (1397's Salah Ali), a described person owned by an apostrophe ("The baby’s
anguished father") whom the next "he" is not the last named speaker, and "Another blogger,
Name, writes ...: ‘...’" (4656's Brandy Willans: a curly single mark after a colon)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_in

_SYRIA, _EYELINER = "multi_news-val-290", "multi_news-val-4656"
_COLBERT, _ELEVATOR = "multi_news-val-4236", "multi_news-val-1397"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({_SYRIA, _EYELINER, _COLBERT, _ELEVATOR})


def test_adding_a_voice_to_calls_is_no_speech(briefed):
    # "DAMASCUS — Syria's ally Russia added its voice Monday to rising calls for a truce ..."
    assert quotes_in(briefed[_SYRIA], "added its voice Monday") == []


def test_a_pronoun_after_a_subject_with_an_arabic_surname(briefed):
    # "The group's leader, Col. Riad al-Asaad, refused to comment ... ¶ "This is a sensitive
    # military matter that we cannot comment about," he said from Turkey."
    assert speakers_in(briefed[_SYRIA], "a sensitive military matter") == {"Riad al-Asaad"}


def test_a_speaker_inside_the_writers_relative_clause(briefed):
    # "... a Minnesota man who the Department of Homeland Security says has the “operational
    # capacity” to carry out a terror attack, is now studying to get his Class A ..." (twice):
    # the words have no subject of their own, a fragment shown alone: no row (quotes81)
    said = [q for q in briefed[_EYELINER] if q.speaker == "Department of Homeland Security"]
    assert not [q for q in said if q.text.text.startswith("has the “operational capacity”")]


def test_the_writers_but_not_after_a_dash_is_not_said(briefed):
    # "He told New York magazine in 2007 that he loves Richard Nixon — but not for the
    # appropriate reasons, like that Nixon got really good at winning presidential elections."
    [nixon] = quotes_in(briefed[_COLBERT], "he loves Richard Nixon")
    assert nixon.speaker == "Stephen Colbert"
    assert nixon.text.text == "he loves Richard Nixon"


def test_a_publicist_described_before_her_name(briefed):
    # '"Stephen is honored by the groundswell of support ...," says his personal publicist,
    # Carrie Byalick.'
    [statement] = quotes_in(briefed[_COLBERT], "Stephen is honored by the groundswell")
    assert statement.speaker == "Carrie Byalick"
    assert statement.text.text.startswith("Stephen is honored")


def test_a_wife_named_by_the_family_surname_next(briefed):
    # "Jeff Delacruz, who lives in the building, said ... ¶ His wife said the elevators are
    # always out of service. ¶ “About a week ago, ...,” said Elizabeth Delacruz, 26."
    found = briefed[_ELEVATOR]
    assert speakers_in(found, "His wife said the elevators") == {"Elizabeth Delacruz"}
    assert speakers_in(found, "About a week ago, the same one") == {"Elizabeth Delacruz"}
    assert speakers_in(found, "his aunt spoke to the baby") == {"Jeff Delacruz"}


def test_a_named_speaker_after_a_mood(briefed):
    # "“I can’t believe it,” said a devastated Salah Ali, 70, the little girl’s grandfather,
    # as he walked outside the building. ¶ “She’s new. ... That’s my grandchild.”"
    found = briefed[_ELEVATOR]
    assert speakers_in(found, "I can’t believe it") == {"Salah Ali"}
    assert speakers_in(found, "She’s new. She was a month old") == {"Salah Ali"}


def test_a_described_father_is_not_the_last_named_speaker(briefed):
    # "The baby’s anguished father, climbing into a car outside the building, writhed as if
    # in pain later Thursday. ¶ ... ¶ “No, no,” he moaned quietly." is the father's, unnamed
    found = briefed[_ELEVATOR]
    assert quotes_in(found, "“No, no,” he moaned quietly.") == []
    assert quotes_in(found, "“Oh, no.”") == []


def test_another_described_speaker_named_in_apposition_with_single_marks(briefed):
    # "Another blogger, Brandy Willans, writes on her channel: ‘Don’t worry if you get this
    # in your eye because it’s non toxic.’"
    [willans] = quotes_in(briefed[_EYELINER], "Another blogger, Brandy Willans")
    assert willans.speaker == "Brandy Willans"
    assert willans.role == "blogger"
    assert willans.text.text.startswith("Don’t worry if you get this in your eye")
