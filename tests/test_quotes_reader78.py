"""Who said what, seventy-eighth pass (reader68's finding on raw validation 0-based 116,
multi_news-val-599): one man quoted under a short form of his given name and under the
name in full, "Sandy Levin" and "Sander Levin", "Bill Taylor" and "William W. Taylor III";
and the precision case the rule keeps apart (208, multi_news-val-4113: Rep. Bob Goodlatte
and his son Bobby)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from chorus.analyze.quote_given_forms import given_names_joined
from tests.gold import briefed_quotes, speakers_of

_LERNER, _GOODLATTE = "multi_news-val-599", "multi_news-val-4113"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_LERNER, _GOODLATTE))


def test_a_short_given_name_is_the_one_person_named_in_full(briefed):
    quotes = briefed[_LERNER]
    # [3]: "Rep. Sandy Levin (Mich.), the panel’s top Democrat, said Camp was undermining
    # the panel ..."; [1]: "... said Rep. Sander Levin of Michigan, the committee's ranking
    # Democrat": one Democrat of Michigan, the panel's top one
    assert speakers_of(quotes, "Camp was undermining the panel") == ["Sander Levin"]
    # [1]: "... said the lawyer, William W. Taylor III."; [3]: "Lerner’s attorney, Bill
    # Taylor of Zuckerman Spaeder, ... ¶ “The committee’s referral affects nothing. ...,”
    # Taylor said in a statement to reporters.": Lerner's one lawyer
    assert speakers_of(quotes, "The committee’s referral affects nothing") == [
        "William W. Taylor III"
    ]
    assert not {"Sandy Levin", "Bill Taylor"} & {q.speaker for q in quotes}


def test_two_short_forms_of_one_given_name_stay_two_people(briefed):
    # "Bobby Goodlatte, the son of Rep. Bob Goodlatte": both short for Robert, and father
    # and son, so the son's tweets stay his
    quotes = briefed[_GOODLATTE]
    assert set(speakers_of(quotes, "deeply embarrassed that Peter Strzok")) == {"Bobby Goodlatte"}
    assert not any(q.speaker == "Bob Goodlatte" for q in quotes)


def test_a_third_person_of_the_surname_leaves_the_short_form_alone():
    # Sen. Carl Levin is Rep. Sander Levin's brother: with him named, "Sandy Levin" could
    # be either to a rule that reads names alone
    given = ["Sandy Levin", "Sander Levin"]
    assert given_names_joined(given, {"Carl Levin": "person"}) == given
    assert given_names_joined(given, {}) == ["Sander Levin", "Sander Levin"]
    # Bob and Bobby both stand for Robert: neither is the other's full name
    assert given_names_joined(["Bobby Goodlatte", "Bob Goodlatte"], {}) == [
        "Bobby Goodlatte",
        "Bob Goodlatte",
    ]
