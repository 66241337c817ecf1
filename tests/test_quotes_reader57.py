"""Quote attribution, fifty-seventh pass (reader45's Who said what): one person under two
names, a surname a father shares with his son ("Dunn" of raw multi_news-val-1212), a body's
short name ("Amnesty", 132) and "Her family" of a family another article names; a relation's
first name ("Her sister Stephanie said", 1094) and "His mother, Maria Feng, remembers ..."
before her quotation (5488); "Dunn's defense attorney, Cory Strolla, has said"; "answered:"
and "went on to add" before a quotation (2145, 5619, 4606). `fixtures/quote_reader57.json`
holds the reader's sentences and the rows the branch re-credited elsewhere (design) and
sentences of the same shapes in other clusters (blind)."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quote_items, quotes_in, speakers_in
from tests.test_analyze_quote_reader24 import reader_totals

_DUNN, _AMNESTY, _KNOX = "multi_news-val-1212", "multi_news-val-132", "multi_news-val-1094"
_SENSOR, _BROTHERS, _MH370 = "multi_news-val-5488", "multi_news-val-5473", "multi_news-val-5309"
_ITEMS = quote_items("quote_reader57")


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS} | {_MH370})


def test_quotes_reader57_gold(briefed):
    # main (57accc03): design 0 of 13 right, 10 quotes made, none right; blind 3 of 4, 2
    # made, both right. This pass: design 11 right, 12 made, 11 right (the father's "Dunn's
    # father" row is right but for his name; his warning has no row); blind 4 of 4, 3 made,
    # all right; quotes86 leaves 2851's bare "Her family" out (no one places whose): 3 of 4
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 11 and predicted - right_predicted <= 1
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right == 3 and right_predicted == predicted


def test_a_surname_a_father_shares_is_the_son_the_article_named_first(briefed):
    # "“...,” Michael Dunn said from jail ... ¶ Dunn, a 47-year-old computer programmer,
    # ... his parents, Phillip and Sandra Dunn ... ¶ “He bends forward ...,” Dunn wrote."
    found = briefed[_DUNN]
    assert "Dunn" not in {q.speaker for q in found}
    assert speakers_in(found, "Dunn wrote", "heard Dunn say", "Dunn, who is white") == {
        "Michael Dunn"
    }
    assert speakers_in(found, "Phillip Dunn said again") == {"Phillip Dunn"}


def test_a_surname_two_brothers_share_named_alone_after_neither(briefed):
    # "Police ... found Shimron Smith ... ¶ Shimron’s brother Shawn J. Smith, ... ¶ “I just
    # killed my brother ...,” Smith allegedly told officers.": the boy is named first, but
    # "Smith" alone comes only after his brother is named: not the boy
    assert "Shimron Smith" not in speakers_in(briefed[_BROTHERS], "I just killed my brother")


def test_an_owners_defense_attorney_in_apposition(briefed):
    [appeal] = quotes_in(briefed[_DUNN], "Cory Strolla, has said")
    assert (appeal.speaker, appeal.role) == ("Cory Strolla", "Dunn's defense attorney")
    assert appeal.text.text == "he plans to appeal"


def test_a_bodys_short_name_and_her_family(briefed):
    found = briefed[_AMNESTY]
    # "..., Amnesty International said on Wednesday. ¶ ..., London-based Amnesty reported."
    assert "Amnesty" not in {q.speaker for q in found}
    # "Her family told Amnesty ..." (Reuters) and "Zainab Al-Khawaja's family have told ..."
    assert speakers_in(found, "Her family told Amnesty") == {"Zainab Al-Khawaja's family"}


def test_a_place_is_no_short_name_of_its_airline(briefed):
    # "Malaysia said on Monday that fresh analysis ..." is the government, not Malaysia
    # Airlines, which the cluster also quotes
    assert speakers_in(briefed[_MH370], "Malaysia said on Monday") == {"Malaysia"}


def test_a_relations_first_name_and_a_mothers_memory(briefed):
    # "Her sister Stephanie said: “...”" of an article with "Kercher's sister, Stephanie
    # Kercher (L) and brother Lyle Kercher speak ..."
    [sister] = quotes_in(briefed[_KNOX], "Her sister Stephanie said")
    assert (sister.speaker, sister.role) == ("Stephanie Kercher", "Her sister")
    # "His mother, Maria Feng, remembers that breakthrough. "We were so proud, ...""
    [proud] = quotes_in(briefed[_SENSOR], "We were so proud")
    assert (proud.speaker, proud.role) == ("Maria Feng", "His mother")
