"""Who said what, eighty-third pass (quotes82's "Left"): one speaker under two
capitalisations, a capital opening a sentence ("Police said", "His family says") beside the
same words inside one ("..., police said"), or a name an outlet writes in lower case ("the
Denver district attorney’s office")."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of

_DELPHI, _SHOT, _DENVER, _PARTY = (
    "multi_news-val-3651",
    "multi_news-val-5473",
    "multi_news-val-3761",
    "multi_news-val-3340",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_DELPHI, _SHOT, _DENVER, _PARTY))


def _said(found: tuple[Quote, ...], *forms: str) -> set[str]:
    return {q.speaker for q in found if q.speaker.lower() in forms}


def test_police_opening_a_sentence_are_the_police_of_the_others(briefed):
    # "Police initially said there was no foul play suspected, ..." beside four lines
    # ending "..., police said."
    assert _said(briefed[_DELPHI], "police") == {"police"}
    assert speakers_of(briefed[_DELPHI], "no foul play suspected") == ["police"]


def test_his_family_opening_a_sentence_is_his_family(briefed):
    # "His family says Shawn had been here less than a year from Guyana." and "Shimron was
    # the youngest of six siblings, his family said."
    # (quotes86: the family of the Shawn the sentence before names)
    assert _said(briefed[_SHOT], "shawn j. smith's family") == {"Shawn J. Smith's family"}
    assert speakers_of(briefed[_SHOT], "less than a year from Guyana") == [
        "Shawn J. Smith's family"
    ]


def test_an_office_written_in_lower_case_is_the_office_named_in_capitals(briefed):
    # "..., according to the Denver District Attorney’s Office, ..." and "..., according to a
    # release from the Denver district attorney’s office."
    office = "denver district attorney’s office"
    assert _said(briefed[_DENVER], office) == {"Denver District Attorney’s Office"}


def test_state_police_in_two_capitalisations_are_one_speaker(briefed):
    # "State Police say on January 31, ..." and twice "State police said ..." open
    # sentences; inside one the outlets write "Connecticut State Police", a name's capitals
    assert _said(briefed[_PARTY], "state police") == {"State Police"}
