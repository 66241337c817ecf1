"""Who said what, eighty-second pass (reader72's findings on raw validation 0-based 112, 40
and 13: multi_news-val-2094, 333 and 3493): one speaker under two spellings, "Raul" and
"Raúl" Grijalva; a studio's "The studio says that ..." as the studio the article quotes by
name; AP's "Animal welfare workers say ..." after a dateline naming a state."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in, speakers_of

_DEBT, _KLINGON, _BEAGLES = "multi_news-val-2094", "multi_news-val-333", "multi_news-val-3493"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_DEBT, _KLINGON, _BEAGLES))


def test_a_name_with_and_without_its_accent_is_one_speaker(briefed):
    # [2]: "..., Progressive Caucus leader Rep. Raul Grijalva (D-AZ) said in a statement";
    # [3]: "“This deal trades people’s livelihoods ...,” ripped Rep. Raúl Grijalva (D-Ariz.)"
    said = {q.speaker for q in briefed[_DEBT] if "Grijalva" in q.speaker}
    # each spelling written once: the accented one, as no writer adds an accent
    assert said == {"Raúl Grijalva"}
    assert speakers_of(briefed[_DEBT], "This deal trades people") == ["Raúl Grijalva"]
    assert speakers_of(briefed[_DEBT], "does not even attempt to strike") == ["Raúl Grijalva"]


def test_the_studio_is_the_studio_its_article_quotes_by_name(briefed):
    # [1] names "Paramount Pictures", quotes "Paramount fired back, arguing ...", then
    # "The studio says that the filmmakers’ use of the Klingon language in their movie, ...,
    # is “simply further evidence of their infringement ...”"
    (studio,) = quotes_in(briefed[_KLINGON], "simply further evidence")
    assert studio.speaker == "Paramount"
    assert studio.text.text.startswith("the filmmakers’ use of the Klingon language")


def test_a_group_after_a_dateline_naming_a_state(briefed):
    # [2]: "ALLENTOWN, Pa. (AP) — Animal welfare workers say 71 beagles have been removed
    # from "deplorable conditions" in a Pennsylvania home."
    (removed,) = quotes_in(briefed[_BEAGLES], "71 beagles have been removed")
    assert removed.speaker == "Animal welfare workers"
    assert removed.text.text.startswith("71 beagles have been removed")
