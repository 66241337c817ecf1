"""Quote attribution, eighth pass: a title of three words before a name after an inverted
verb, a second quotation in a relative clause after who the speaker is, people named by
whose doctor or parents they are, and findings ("AICR estimates that ...")."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import quoted, speakers_of

RAW = {
    "multi_news-val-3053": "..., says stem cell biologist Mitinori Saitou, leader of ...",
    "multi_news-val-5202": "His doctor says the discovery means medical textbooks ...",
    "multi_news-val-4008": "AICR estimates that 1 in 3 cases could be prevented ...",
    "multi_news-val-290": "The United Nations estimates that more than 8,000 people ...",
}


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    return quoted(*RAW)


def test_analyze_a_title_of_three_words_before_an_inverted_speaker(raw):
    # But that will require resolving several "very difficult" technical and ethical
    # issues, says stem cell biologist Mitinori Saitou, leader of the Kyoto team.
    kyoto = raw["multi_news-val-3053"]
    assert speakers_of(kyoto, "will require resolving several") == ["Mitinori Saitou"]
    saitou = [q for q in kyoto if "will require resolving several" in q.text.text]
    assert saitou[0].role == "leader of the Kyoto team"
    assert not saitou[0].text.text.endswith("says")


def test_analyze_a_second_quotation_after_who_the_speaker_is(raw):
    # The work provides evidence "that ES ...," says Amander Clark, a stem cell biologist
    # at University of California, Los Angeles, who calls the work "a critical advance ..."
    clark = [q.text.text for q in raw["multi_news-val-3053"] if q.speaker == "Amander Clark"]
    assert any(t.startswith("The work provides evidence") for t in clark)
    assert any(t.startswith("a critical advance to our basic understanding") for t in clark)


def test_analyze_people_named_by_whose_doctor_or_parents_they_are(raw):
    # "His doctor says ..." after "Scott Routley, 39, was asked ..." (quotes86)
    assert speakers_of(raw["multi_news-val-5202"], "medical textbooks will need rewriting") == [
        "Scott Routley's doctor"
    ]


def test_analyze_findings_of_a_named_source(raw):
    # "AICR estimates that ...": the "American Institute for Cancer Research (AICR)" before
    assert speakers_of(raw["multi_news-val-4008"], "1 in 3 cases could be prevented") == [
        "American Institute for Cancer Research"
    ]
    assert speakers_of(raw["multi_news-val-290"], "more than 8,000 people have died") == [
        "United Nations"
    ]
