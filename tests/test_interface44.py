"""Interface, stop 44: reader72 found summary sentences citing fewer outlets than the Agreed
row stated on the very same sentence (raw 112's Cleaver "sugar-coated Satan sandwich", [3]
in the summary and [1][3] in Agreed). With the analysis, a summary sentence that is an
agreed statement cites each outlet whose supports tell it whole, those supports its JSON
sources; an outlet the row marks in part is not cited, nor one whose supports write fewer
than four of its content stems. Clusters are 0-based raw validation lines."""

from __future__ import annotations

import pytest

import chorus
from chorus.render import to_dict
from tests.raw_pages import read_as_file


@pytest.fixture(scope="module")
def briefings(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raw")
    return {line: chorus.brief(read_as_file(line, folder).articles) for line in (112, 246, 88, 176)}


def _summary_item(briefing, opening: str) -> dict:
    (item,) = [s for s in to_dict(briefing)["summary"] if s["text"].startswith(opening)]
    return item


def _agreed_row(briefing, opening: str):
    (fact,) = [f for f in briefing.analysis.agreed if f.statement.text.startswith(opening)]
    return fact


def test_raw_112_cleaver_cites_the_outlet_agreed_shows_telling_it_whole(briefings):
    briefing = briefings[112]
    opening = "Rep. Emanuel Cleaver, chairman of the Congressional Black Caucus"
    fact = _agreed_row(briefing, opening)
    item = _summary_item(briefing, opening)
    # [1], The Fix, calls the deal "a sugar-coated Satan sandwich" too, naming Cleaver.
    assert item["citations"] == [1, 3]
    support = next(s for s in item["sources"] if s["text"].startswith("Missouri Rep. Emanuel"))
    assert "“a sugar-coated Satan sandwich”" in support["text"]
    document = briefing.documents[0].article
    assert support["article_id"] == document.id
    assert document.text[support["start"] : support["end"]] == support["text"]
    assert (support["article_id"], support["sentence_index"]) in {s.key for s in fact.support}


def test_raw_246_leaves_out_the_outlet_agreed_marks_in_part(briefings):
    briefing = briefings[246]
    opening = "Bryan Johnson, 24, was found dead in his home in Millis around 3:30 a.m."
    fact = _agreed_row(briefing, opening)
    # [2] says "early Thanksgiving morning", not the 3:30 a.m. the statement gives.
    second = briefing.documents[1].article
    assert "early Thanksgiving morning" in second.text
    assert second.id in fact.partial
    item = _summary_item(briefing, opening)
    assert 2 not in item["citations"]
    # [3] gives the hour: "found at about 3:30 a.m. by a resident of his home".
    assert item["citations"] == [1, 3]
    assert any("about 3:30 a.m." in s["text"] for s in item["sources"])


def test_raw_176_the_words_quoted_without_where_or_when_are_in_part(briefings):
    briefing = briefings[176]
    opening = '"I am in Tripoli and not in Venezuela.'
    fact = _agreed_row(briefing, opening)
    # the AP quotes the words ("Don't believe those misleading dog stations") but tells
    # neither Libyan state TV nor Tuesday, which Al Jazeera's sentence gives
    (ap,) = [d.article for d in briefing.documents if "misleading dog stations" in d.article.text]
    assert ap.id in fact.partial
    assert briefing.citation_number(ap.id) not in _summary_item(briefing, opening)["citations"]


def test_raw_88_a_heading_naming_one_detail_is_not_cited(briefings):
    briefing = briefings[88]
    opening = 'Petlexa, "allows dogs, cats, and other animals to communicate with Alexa'
    fact = _agreed_row(briefing, opening)
    heading = next(s for s in fact.support if s.text == "Alexa goes to the dogs.")
    # offtopic27 (stop 56) keeps [2] and [6] on the story, and the Petlexa line leaves the
    # summary for their pranks (it stays under Agreed): the heading is cited by no line.
    summary = to_dict(briefing)["summary"]
    cited = {(s["article_id"], s["sentence_index"]) for item in summary for s in item["sources"]}
    assert heading.key not in cited


def test_without_the_analysis_the_summary_cites_as_its_own_tests_do(tmp_path):
    read = read_as_file(112, tmp_path)
    plain = chorus.brief(read.articles, words=250, analyze=False)
    (cleaver,) = [s for s in plain.summary if s.text.startswith("Rep. Emanuel Cleaver")]
    assert plain.citations(cleaver) == [3]
