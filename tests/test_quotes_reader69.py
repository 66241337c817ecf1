"""Who said what, sixty-ninth pass (reader58's finding, raw validation 0-based 242,
multi_news-val-2654): "Burr told KOIN 6 News BOLI would hold onto all the money ..." was
read as one organisation, "KOIN 6 News BOLI", which the entities listed and the quotes gave
"In July, BOLI said ..." to; and the two accounts Burr told the station were no rows."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.gold import inputs, quoted, speakers_of

_BAKERY = "multi_news-val-2654"


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    found = brief(inputs((_BAKERY,))[_BAKERY], words=250).analysis
    assert found is not None
    return found


def test_the_labour_bureau_is_no_part_of_the_station_told(analysis):
    # "In July, BOLI said a state exemption ..." is the bureau's, by its own name
    assert speakers_of(analysis.quotes, "a state exemption for religious organizations") == ["BOLI"]
    names = {entity.name for entity in analysis.entities}
    assert not any("BOLI" in name and "KOIN" in name for name in names)
    # the station and the bureau's spokesman stay listed
    assert {"KOIN", "Charlie Burr"} <= names


def test_what_the_spokesman_told_the_station_is_his(analysis):
    # "Charlie Burr, the communications director for BOLI, told KOIN 6 News the agency
    # received a payment ..." and "... Burr told KOIN 6 News BOLI would hold onto ..."
    received = "the agency received a payment of $136,927.07 from Aaron Klein on Monday"
    assert speakers_of(analysis.quotes, received) == ["Charlie Burr"]
    kept = "BOLI would hold onto all the money until all the appeals are settled"
    assert speakers_of(analysis.quotes, kept) == ["Charlie Burr"]


def test_a_word_after_a_channel_number_is_no_first_name():
    # without the recognizer's names the surname rule read "News BOLI" as a person's name
    found = quoted(_BAKERY)[_BAKERY]
    assert speakers_of(found, "a state exemption for religious organizations") == ["BOLI"]
