"""Quote attribution, twentieth pass: speakers that are not people and one speaker under
two names, found by a reader of whole briefings (`brief()` on raw validation clusters, as
the reader ran it) and left by the earlier passes: an unnamed court, one unnamed lawyer
called "lawyer" and "attorney", an official's statement that is the White House's, a
relation's full name ("Jessica Belliveau"), a second speaker after a semicolon, two titles
before a name ("his friend and paralegal Sue Herndon"), a publicist's statement."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quoted, speakers_of

_CLUSTERS = (
    *("multi_news-val-4035", "multi_news-val-2067", "multi_news-val-4100"),
    *("multi_news-val-3544", "multi_news-val-696", "multi_news-val-764"),
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes(_CLUSTERS)


def test_analyze_a_court_speaks_only_by_its_name(briefed):
    # "The court ruled that the defendant’s “nominally litigation-related conduct” ...": a
    # 1998 appeals court the article never names, not a speaker of the Comey story
    comey = briefed["multi_news-val-4035"]
    assert speakers_of(comey, "nominally litigation-related conduct") == []
    assert "court" not in {q.speaker for q in comey}
    # "The court said earlier that Section 2(2) ...": the article named the Supreme Court,
    # the Court of Appeal and the High Court before it; which one is a guess
    drugs = briefed["multi_news-val-764"]
    assert speakers_of(drugs, "Section 2(2) of the 1977 Misuse of Drugs Act") == []


def test_analyze_one_unnamed_lawyer_under_two_words(briefed):
    # "... said the lawyer, who asked not to be named." ... "“It's just bad judgment ...,”
    # the attorney said."
    comey = briefed["multi_news-val-4035"]
    assert speakers_of(comey, "pressure Comey or was he just blowing off steam") == ["lawyer"]
    assert speakers_of(comey, "It's just bad judgment") == ["lawyer"]
    assert "attorney" not in {q.speaker for q in comey}


def test_analyze_an_official_s_statement_is_the_organisation_s(briefed):
    # "“...,” a White House official said in a statement." and, in another article, "“...,”
    # the White House said in a statement.": one statement, one speaker
    comey = briefed["multi_news-val-4035"]
    said = speakers_of(comey, "has never asked Mr. Comey or anyone else to end any investigation")
    assert said == ["White House", "White House"]


def test_analyze_a_surname_is_the_relation_named_in_full(briefed):
    # "Jordan's grandmother, Jessica Belliveau, said she was pleased with the judge's
    # ruling. “She doesn't deserve a bond,” Belliveau said.": the boy is called "Jordan"
    jordan = briefed["multi_news-val-2067"]
    assert speakers_of(jordan, "she was pleased with the judge's ruling") == ["Jessica Belliveau"]
    assert speakers_of(jordan, "She doesn't deserve a bond") == ["Jessica Belliveau"]
    assert "Jordan Belliveau" not in {q.speaker for q in jordan}


def test_analyze_a_spokesperson_speaks_for_no_relation(briefed):
    # "A spokesperson for Conyers told KPRC 2 News" (Rep. John Conyers): never his son's
    # mother, Monica Conyers, with or without the cluster's names
    words = "has been in touch with his family"
    assert speakers_of(briefed["multi_news-val-4100"], words) == ["Conyers"]
    assert speakers_of(quoted("multi_news-val-4100")["multi_news-val-4100"], words) == ["Conyers"]


def test_analyze_a_second_speaker_after_a_semicolon(briefed):
    # "Davis said he was unemployed; the judge said an attorney would be appointed."
    davis = [q for q in briefed["multi_news-val-3544"] if "was unemployed" in q.text.text]
    assert [q.text.text for q in davis] == ["he was unemployed"]
    assert not any("attorney would be appointed" in q.text.text for q in davis)


def test_analyze_two_titles_and_a_publicist_s_statement(briefed):
    lane = briefed["multi_news-val-696"]
    # "The cause was a heart attack, his friend and paralegal Sue Herndon said."
    assert speakers_of(lane, "The cause was a heart attack") == ["Sue Herndon"]
    # "Mark Lane, died of a heart attack Tuesday night ..., a publicist’s statement said."
    statement = [q for q in lane if "died of a heart attack Tuesday night" in q.text.text]
    assert [(q.speaker, q.role) for q in statement] == [("a publicist", "statement")]
