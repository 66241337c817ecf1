"""Quote attribution, sixteenth pass, on text the rules were not written for: newswire's ''
opening a quotation, a quotation the splitter cuts going on, credits after a dash, "told a
... tribunal", "testified", "maintained that", a friend or an insider, whom "he" stands for
after a name and its description, the words of a subordinate clause's speaker; and the
gold written before chorus ran on the new sample (`quote_gold.json`'s `design16` and
`blind16`)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import quoted, speakers_of
from tests.test_analyze_quote_new_text15 import _duc_quotes
from tests.test_analyze_quote_sources import _gold_totals


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    return quoted(
        *("multi_news-val-4873", "multi_news-val-2094", "multi_news-val-4412"),
        *("multi_news-val-1212", "multi_news-val-410", "multi_news-val-2611"),
        *("multi_news-val-1412", "multi_news-val-3044"),
    )


@pytest.fixture(scope="module")
def duc() -> dict[str, tuple[Quote, ...]]:
    return _duc_quotes("d30042t", "d30051t", "d31050t", "d31022t")


def test_analyze_quote_gold_of_the_sixteenth_pass():
    # design (1255, 4873, 4412; d30042t, d30051t): 53 of 55 right and 54 of 137 found on
    # main, 76 of 78 and 120 of 137 after (the two wrong are a speaker inside another's
    # words: "Burlingame said ... Khalid Sheikh Mohammed told interrogators that"); blind
    # (3340, 2464, 3655; d30044t), scored once with the rules frozen at ccc628b: 41 of 41
    # and 49 of 78, main and branch alike (docs/journal/quotes.md, "Who said what, sixteenth pass")
    right, predicted, found, pairs = _gold_totals("design16")
    assert right / predicted >= 0.95
    assert found / pairs >= 0.85
    right, predicted, found, pairs = _gold_totals("blind16")
    # quotes39 credits the ten sentences UConn's statement prints without quotation marks
    # after "UConn sent News 8 the following statement:", which this gold leaves out by
    # choice: 52 right of 62 made, the ten no others
    assert right >= 52 and predicted - right <= 10
    assert found / pairs >= 0.6


def test_analyze_newswire_marks_that_open_with_two_apostrophes(duc):
    # ''We can solve this problem very easily,'' he told the British Broadcasting Corp.
    gadhafi = duc["d30042t"]
    assert speakers_of(gadhafi, "We can solve this problem very easily") == ["Moammar Gadhafi"]
    assert [q.kind for q in gadhafi if "Yes, yes, it happened" in q.text.text] == ["quote"]
    # ''The earlier information that police gave out was wrong,'' Hand Carlsson, ...
    assert speakers_of(duc["d31022t"], "Just kids helping kids") == ["Zuhir Hersi"]


def test_analyze_a_quotation_the_splitter_cut_goes_on(duc, raw):
    # ''That is the job of the court to decide. ¶ If they are guilty, it is because there
    # is revenge ... ¶ Perhaps these Libyans took their own revenge against America.''
    gadhafi = duc["d30042t"]
    assert speakers_of(gadhafi, "If they are guilty, it is because") == ["Moammar Gadhafi"]
    assert speakers_of(gadhafi, "Perhaps these Libyans took their own") == ["Moammar Gadhafi"]
    # "..., '' Kip said. "You do this in the third grade, ... Instead, just show them the
    # end — backwards engineering. And then let them go as fast as they can go."
    assert speakers_of(raw["multi_news-val-3044"], "backwards engineering") == ["Kip"]
    # a sentence after the closing mark is the writer's again
    assert not any("The United States and Britain" in q.text.text for q in gadhafi)


def test_analyze_credits_after_a_dash_in_a_round_up(raw):
    # “Thank God, I’m not giving birth right now. ...” ¶ — Claire Danes, asked how ...
    emmys = raw["multi_news-val-4873"]
    assert speakers_of(emmys, "Thank God, I’m not giving birth") == ["Claire Danes"]
    assert speakers_of(emmys, "I would say this is a hell of a lot") == ["Julia Louis-Dreyfus"]
    assert len(emmys) == 10
    # headlines credited to their writers (“Congress putting its faith in committee” —
    # David A. Fahrenthold, Washington Post) are in no sentence of a quotation's own
    assert not any(q.speaker.startswith("David") for q in raw["multi_news-val-2094"])


def test_analyze_told_a_tribunal_testified_and_maintained(duc, raw):
    # ..., his lawyer told a U.N. tribunal Monday.
    hague = duc["d30051t"]
    assert speakers_of(hague, "should get a milder sentence") == []  # whose: unplaced
    assert speakers_of(hague, "Visas that were denied earlier") == ["Graham Blewitt"]
    # An expert witness testified that Landzo has a personality disorder ...
    assert speakers_of(hague, "Landzo has a personality disorder") == ["An expert witness"]
    # (the "Dunn" of an article naming his father Phillip Dunn too: Michael Dunn, named first)
    assert speakers_of(raw["multi_news-val-1212"], "he fired in self-defense") == ["Michael Dunn"]
    # ..., Prodigy maintained that Mobb Deep would eventually reconcile their differences.
    assert speakers_of(raw["multi_news-val-410"], "Mobb Deep would eventually") == ["Prodigy"]


def test_analyze_a_friend_or_an_insider_speaks(raw):
    gossip = raw["multi_news-val-2611"]
    # "'Dancing With The Stars' would love to have Betty White ...," a show insider tells me.
    assert speakers_of(gossip, "would love to have Betty White") == ["a show insider"]
    assert speakers_of(gossip, "Kendra is no dumb blonde") == ["a friend of Kendra"]


def test_analyze_he_after_a_name_and_its_description(raw):
    # Mica, a former House Transportation chairman, is a frequent critic of TSA ... ¶ He
    # said he’s “working feverishly” on digging into TSA’s finances.
    assert speakers_of(raw["multi_news-val-4412"], "working feverishly") == ["John Mica"]


def test_analyze_a_subordinate_clause_speaker_says_only_its_clause(raw, duc):
    # Before Benedict announced his decision to be known as "emeritus pope," one of the
    # Vatican's leading canon lawyers, ... penned an article ...
    benedict = [q for q in raw["multi_news-val-1412"] if q.speaker == "Benedict"]
    assert [q.text.text for q in benedict if "emeritus" in q.text.text] == ["emeritus pope"]
    # While Wang said he and others in Hangzhou were setting up the party, dissidents in
    # at least 14 provinces and cities have set up ...
    wang = [q.text.text for q in duc["d31050t"] if "in Hangzhou were setting up" in q.text.text]
    assert wang == ["he and others in Hangzhou were setting up the party"]
