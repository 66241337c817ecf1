"""Quote attribution, seventeenth pass, on text the rules were not written for: a name after
a described speaker ("said the friend, Ellen Fink", "Carl Conyers' girlfriend, Daisha Lewis,
said"), papers of a case that speak ("according to the arrest warrant"), whom a
spokesperson speaks for, "the scholar" an apposition named, "reports", "confirmed" and
", and" after a speaker, "insists on" that says nothing; and the gold written before chorus
ran on the new sample (`quote_gold.json`'s `design17` and `blind17`)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import quoted, speakers_of
from tests.test_analyze_quote_new_text15 import _duc_quotes
from tests.test_analyze_quote_sources import _gold_totals


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    return quoted(
        *("multi_news-val-576", "multi_news-val-4100", "multi_news-val-3340"),
        *("multi_news-val-4486", "multi_news-val-2298", "multi_news-val-501"),
    )


@pytest.fixture(scope="module")
def duc() -> dict[str, tuple[Quote, ...]]:
    return _duc_quotes("d31013t", "d30025t")


def _roles(found: tuple[Quote, ...], words: str) -> list[tuple[str, str | None]]:
    return [(q.speaker, q.role) for q in found if words in q.text.text]


def test_analyze_quote_gold_of_the_seventeenth_pass():
    # design (576, 1513, 4100): 58 of 60 right and 70 of 95 found on main, 68 of 68 and 81
    # of 95 after; blind (907, 3544, 3680), scored once with the rules frozen at f825ef0:
    # 39 of 41 and 46 of 94, main and branch alike (docs/journal/quotes.md, "Who said what,
    # seventeenth pass")
    right, predicted, found, pairs = _gold_totals("design17")
    # one more made since the thirty-eighth pass, which the gold leaves out by choice:
    # 'Corey Gentry, his friend, described that as "unusual behavior."' (his words)
    assert right >= predicted - 1
    assert found / pairs >= 0.8
    right, predicted, found, pairs = _gold_totals("blind17")
    assert right / predicted >= 0.9
    assert found / pairs >= 0.45


def test_analyze_a_name_after_a_described_speaker_speaks(raw, duc):
    # ``Right now, she is worried about the kids' safety ...,'' said the friend, Ellen Fink.
    assert _roles(duc["d31013t"], "Right now, she is worried") == [("Ellen Fink", "friend")]
    # "This was not some situation ...," said Hayes's attorney, John Fuller.
    hayes = raw["multi_news-val-576"]
    assert _roles(hayes, "This was not some situation") == [("John Fuller", "Hayes's attorney")]
    # Carl Conyers' girlfriend, Daisha Lewis, said that he was last seen going into his room
    conyers = raw["multi_news-val-4100"]
    assert speakers_of(conyers, "he was last seen going into his room") == ["Daisha Lewis"]
    # "... So I have no idea what happened to him," his best friend Jawan Givens said.
    assert speakers_of(conyers, "So I have no idea what happened") == ["Jawan Givens"]


def test_analyze_papers_of_a_case_speak(raw):
    # ..., according to the arrest warrant. / ..., according to the warrant.
    warrant = raw["multi_news-val-3340"]
    assert speakers_of(warrant, "three times what is considered legally drunk") == [
        "arrest warrant"
    ]
    # "the warrant" again is the arrest warrant, its fullest name in the cluster
    assert speakers_of(warrant, "She had also been drinking before") == ["arrest warrant"]
    # Alcorn is also accused of luring the girl into her home, according to the criminal
    # complaint.
    complaint = raw["multi_news-val-4486"]
    assert speakers_of(complaint, "luring the girl into her home") == ["criminal complaint"]


def test_analyze_whom_a_spokesperson_speaks_for(raw, duc):
    # A spokesperson for Conyers told KPRC 2 News, "Rep. Conyers has been in touch ..."
    found = _roles(raw["multi_news-val-4100"], "has been in touch with his family")
    assert [role for _, role in found] == ["through a spokesperson"]
    # Susan Ward, a spokeswoman for Buffalo GYN Women's Services, the private clinic ...,
    # said: the clinic, not "Services"
    clinic = speakers_of(duc["d31013t"], "had faxed a warning to the clinic")
    assert clinic and set(clinic) == {"Buffalo GYN Women's Services"}


def test_analyze_the_scholar_an_apposition_named(raw):
    # "...," Adrienne Mayor, a research scholar in classics ..., told Discovery News. ...
    # According to the scholar, a possible contender for the earliest ... is a charred ...
    mayor = raw["multi_news-val-2298"]
    assert speakers_of(mayor, "a possible contender for the earliest") == ["Adrienne Mayor"]


def test_analyze_reports_confirmed_and_the_writer_going_on(raw, duc):
    hayes = raw["multi_news-val-576"]
    # ..., followed by a Mercedes SUV, reports CBS News correspondent Manuel Bojorquez.: the
    # script's own correspondent signing off, no speaker since the seventy-third pass
    assert speakers_of(hayes, "appears to show a Hummer at a red light") == []
    # ... has been scheduled for April 28, Hayes' attorney John Fuller confirmed.
    assert speakers_of(hayes, "preliminary hearing for Hayes") == ["John Fuller"]
    # Hayes stayed at the scene, police said, and was arrested and charged ...
    assert [q.text.text for q in hayes if "stayed at the scene" in q.text.text] == [
        "Hayes stayed at the scene"
    ]
    # It was her father's dream, she said, and he died .... ``Now, the house is almost
    # done, ...,'' she said. (one sentence to the splitter): the quotation is the words
    assert speakers_of(duc["d30025t"], "Now, the house is almost done") == ["Rute Vicente Oliveira"]


def test_analyze_insists_on_says_nothing(raw):
    # While Iran insists on completing and running its nuclear reactor, "any proliferation
    # concerns" linked to it "have to be removed," he was quoted as saying.
    assert "Iran" not in speakers_of(raw["multi_news-val-501"], "have to be removed")
