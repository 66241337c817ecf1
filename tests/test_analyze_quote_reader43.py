"""Quote attribution, forty-third pass: what the reader's list still held (raw validation
multi_news-val-1867, 3651, 79, 2404). One article's spokesperson is one speaker under
whatever label it writes; a police chief's "Chief" and a second spelling of his surname make
no second and third speaker; "quoted X's letter as saying" gives X the words, and so whom
"the German wrote" names again; "said to me, ‘...’" is the quotation, not "to me".
`fixtures/quote_reader43.json` holds the reader's sentences (design) and every attribution
of one cluster no quote test names (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in
from tests.gold import speakers_in as _speakers
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = quote_items("quote_reader43")
_NBC, _DELPHI, _EICHMANN, _HQ = (
    "multi_news-val-1867",
    "multi_news-val-3651",
    "multi_news-val-79",
    "multi_news-val-2404",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({*(item["cluster"] for item in _ITEMS), _HQ})


def test_analyze_reader43_gold(briefed):
    # main (7a751cb): design 1 of 16 right, 12 made, 1 right; blind 15 of 19, 14 made, 14
    # right. This pass: design 12 of 16, 15 made, 12 right (wrong: the bare "Bradley" x3;
    # missed: McHugh's "accused"); blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 12 and predicted - right_predicted <= 3
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 15 and right_predicted == predicted


def test_analyze_one_articles_spokesperson_is_one_speaker(briefed):
    # "A spokesperson for NBC News ..." ¶ "“Absolutely false,” the spokesperson told The
    # Daily Beast." ... "an NBC spokesperson said" ... "the network spokesperson said"
    said = _speakers(
        briefed[_NBC],
        "“Absolutely false,” the spokesperson told",
        "an NBC spokesperson said",
        "the network spokesperson said",
        "There is no daylight between Andy and Noah",
    )
    assert said == {"NBC spokesperson"}
    # "A company spokesperson" opening a sentence is the "a company spokesperson" of others
    assert _speakers(briefed[_HQ], "A complaint was filed", "a company spokesperson told") == {
        "a company spokesperson"
    }


def test_analyze_a_chief_under_two_spellings_is_one_speaker(briefed):
    # "Delphi Police Chief Steve Mullin" (one outlet), "Steve Mullins" and "Chief Mullins"
    # (two others): the spelling the cluster writes more
    said = _speakers(
        briefed[_DELPHI],
        "Mullin said he “understands”",
        "Chief Mullins said the discovery",
        "it’s much appreciated,” Delphi Police Chief",
        "shouldn't feel,\" Delphi Police",
    )
    assert said == {"Steve Mullins"}


def test_analyze_the_letter_quoted_is_its_writers(briefed):
    # "“...,” the presidency quoted Eichmann’s letter as saying. ¶ “...,” the German wrote. ¶
    # “I am not able to recognise the court’s ruling as just, ...”"
    eichmann = briefed[_EICHMANN]
    for words in ("quoted Eichmann’s letter", "the German wrote", "I am not able to recognise"):
        assert _speakers(eichmann, words) == {"Adolf Eichmann"}


def test_analyze_said_to_me_is_the_quotation(briefed):
    # "“He said to me, ‘It wasn’t my decision,’” said the colleague who spoke to Oppenheim"
    [quote] = quotes_in(briefed[_NBC], "He said to me")
    assert (quote.speaker, quote.text.text) == ("Noah Oppenheim", "It wasn’t my decision")
