"""A summary sentence shown from one of an agreed fact's supports cites another outlet of the
fact only where that outlet's sentences there tell it whole (agree87; raw validation and DUC
2003 clusters, 0-based, file order, at 250 and 100 words with the analysis), each read
against the articles. Both of stop 51's readers found summary sentences citing fewer outlets
than the Agreed row beside them; where the sentence is a support, the row links it to the
statement, which most often tells another part of the story."""

from __future__ import annotations

from chorus.model import Briefing, SummarySentence
from tests.briefings import article_writing, briefing, cited_texts, raw_briefing, summary_sentence


def _fact_sentences(briefing: Briefing, sentence: SummarySentence) -> set[tuple[str, int]]:
    """The sentences of the one agreed fact `sentence` is shown from as a support."""
    assert briefing.analysis is not None
    key = sentence.shown.key
    facts = [f for f in briefing.analysis.agreed if key in {s.key for s in f.support}]
    assert len(facts) == 1
    return {s.key for s in facts[0].sentences}


def _left_uncited(line: int, opening: str, words: str) -> None:
    """Raw `line`'s summary sentence opening with `opening`, a support of an agreed fact
    holding a sentence of the article writing `words`, cites no sentence of that article."""
    raw = raw_briefing(line)
    sentence = summary_sentence(raw, opening)
    other = article_writing(raw, words)
    assert other in {key[0] for key in _fact_sentences(raw, sentence)}
    assert cited_texts(sentence, other) == []


def test_a_support_told_whole_by_five_more_outlets_cites_them():
    # DUC 18: [9]'s "Last year, the military ousted ..." is a support of [3]'s "Turkey's
    # generals pressured the nation's first Islamic-led government out of office last year";
    # [3], [4] and [5] write that, [6] and [7] "The military last year forced out the
    # country's first Islamic-led government." with the line before naming Turkey
    duc = briefing("duc", 18)
    sentence = summary_sentence(duc, "Last year, the military ousted")
    linked = _fact_sentences(duc, sentence)
    cited = [s for s in sentence.also if s.key in linked]
    telling = {s.article.id for s in cited if "first Islamic-led government" in s.text}
    assert telling == {s.article.id for s in cited}
    assert len(telling) == 5
    assert all(s.article.text[s.start : s.end] == s.text for s in cited)


def test_an_outlet_telling_it_over_two_sentences_is_cited_for_both():
    # raw 208: Bobby Goodlatte's tweet, shown from [2]; [4] writes its two sentences in two
    raw = raw_briefing(208)
    sentence = summary_sentence(raw, "“I’m deeply embarrassed that Peter Strzok’s")
    other = article_writing(raw, "the younger Goodlatte wrote on Twitter on Monday")
    cited = cited_texts(sentence, other)
    assert len(cited) == 2
    assert cited[1].startswith('"That committee hearing was a low point for Congress.')


def test_a_statement_telling_another_part_of_the_story_is_not_cited_for_its_support():
    # raw 195: [2]'s "In the Bay Area, they allegedly glued the locks ..." is a support of
    # [1]'s "... glued shut the locks at a fur business in Minneapolis ...": [1] never says
    # the locks glued were the Bay Area's
    _left_uncited(
        195,
        "In the Bay Area, they allegedly glued the locks",
        "glued shut the locks at a fur business in Minneapolis",
    )


def test_a_support_naming_a_station_in_capitals_is_not_cited_to_an_outlet_never_naming_it():
    # raw 4: '"Police don't believe ...," WPXI reports.' is a support of [2]'s own "Police
    # don't believe Alcorn's attraction to the girl was sexual, but say ...", which writes
    # three quarters of its stems and never names WPXI
    _left_uncited(4, "\"Police don't believe", "attraction to the girl was sexual, but say")


def test_without_the_analysis_a_support_cites_as_the_summary_found():
    # `chorus eval` runs without the analysis: DUC 18's line cites no other outlet there
    sentence = summary_sentence(briefing("duc", 18, analyze=False), "Last year, the military")
    assert sentence.also == ()
