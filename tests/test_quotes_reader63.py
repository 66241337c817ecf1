"""Quote attribution, sixty-third pass: a "he" or "she" is never given to a person whose
first name tells the other ("Carper is the incoming chairman ... ¶ She said in a statement
after the tour ..." is not "Democratic Sen. Tom Carper": raw multi_news-val-1862), and a
council's or a court's title before a surname is no first name ("Alderman Christie" is the
"Hobart Lord Mayor Ron Christie" of the sentences before: 2053; "Justice Elena Kagan" is
Elena Kagan: 3200). "..., said a spokesman for SynCardia, whose ..." is SynCardia's, through
a spokesman (5619)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes(
        (
            *("multi_news-val-1862", "multi_news-val-2053", "multi_news-val-3200"),
            *("multi_news-val-4411", "multi_news-val-5619"),
        )
    )


def test_a_she_is_not_given_to_a_man_named_tom(briefed):
    # "Napolitano toured the border Tuesday afternoon with ... Democratic Sen. Tom Carper of
    # Delaware. Carper is the incoming chairman of the Homeland Security and Governmental
    # Affairs Committee. ¶ She said in a statement after the tour that border crossings are
    # down 50 percent since 2008 ...": Napolitano's, which no rule reads; Carper's never
    found = briefed["multi_news-val-1862"]
    assert "Tom Carper" not in speakers_of(found, "border crossings are down 50 percent")
    # McCain's "he" rows stay his
    assert speakers_of(found, "We are a Judeo-Christian nation") == ["John McCain"] * 2


def test_a_she_is_not_given_to_ben_affleck(briefed):
    # "After their skit, Damon and Affleck exit the stage and walk over to their producing
    # partner Todd, who is also producing the awards show. "That killed," she tells them. ¶
    # "The show's going great," Affleck says. "It's a little long," she says." (Todd's)
    found = briefed["multi_news-val-4411"]
    assert "Ben Affleck" not in speakers_of(found, "It's a little long")
    assert speakers_of(found, "The show's going great") == ["Ben Affleck"]


def test_an_alderman_is_the_lord_mayor_named_before(briefed):
    # "Hobart Lord Mayor Ron Christie said all of the council alderman approved ... ¶
    # Alderman Christie said council was not funding any part of the project. ¶ "This is
    # all part of MONA's content ...," he said. ¶ He said the festival had transformed ..."
    found = briefed["multi_news-val-2053"]
    assert {q.speaker for q in found if "Christie" in q.speaker} == {"Ron Christie"}
    assert speakers_of(found, "council was not funding any part") == ["Ron Christie"]
    assert speakers_of(found, "This is all part of MONA's content") == ["Ron Christie"]
    assert speakers_of(found, "the festival had transformed the city") == ["Ron Christie"]


def test_a_justice_is_named_as_the_entities_name_her(briefed):
    # "Justice Elena Kagan held that patent holders may not collect royalties ..."
    found = [q for q in briefed["multi_news-val-3200"] if "may not collect royalties" in q.words]
    assert [(q.speaker, q.role) for q in found] == [("Elena Kagan", "Justice")]


def test_an_unnamed_spokesman_after_the_verb_speaks_for_whom_he_is_for(briefed):
    # "“We're very happy for them and we wish them the best in their pursuit,” said a
    # spokesman for SynCardia, whose artificial heart is the only one approved ..."
    found = [q for q in briefed["multi_news-val-5619"] if "very happy for them" in q.words]
    assert [(q.speaker, q.role) for q in found] == [("SynCardia", "through a spokesman")]
