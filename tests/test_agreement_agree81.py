"""The seventy-ninth agreement pass (agree81; raw validation clusters, 0-based, file order):
a support sharing with its statement only names and the story's thing gives way to a line of
its article that tells the fact (raw 147's NRC head, backed by AP's refueling line, now by
AP's lead), and a row leaning on a line another row shows as a support follows that row,
with no lead-in repeating it (raw 147's Hanson quotation)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_choice import told_in_common
from chorus.analyze.model import Analysis
from tests.gold import agreed_item, analysed_lines, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (147,))


_NRC_HEAD = "The head of the Nuclear Regulatory Commission has been dispatched"
_REFUELING = "shut down in early April for refueling"
_AP_LEAD = "A berm holding the flooded Missouri River back"
_HANSON_QUOTE = "That was an additional layer of protection we put in"
_HANSON_ABC = "told The Associated Press that the breached berm wasn't critical"


def test_the_nrc_head_is_backed_by_the_line_telling_it(analyses):
    assert pair_shown(analyses[147], _NRC_HEAD, _AP_LEAD)
    assert not pair_shown(analyses[147], _NRC_HEAD, _REFUELING)


def test_a_row_leaning_on_a_shown_support_follows_it(analyses):
    agreed = analyses[147].agreed
    quoted = agreed_item(analyses[147], _HANSON_QUOTE)
    hanson = agreed_item(analyses[147], _HANSON_ABC)
    # AP's "Its spokesman, Jeff Hanson, said the berm wasn't critical ..." is shown once, as
    # the support of ABC's Hanson row, and the quotation comes right after that row
    assert not quoted.context
    assert any("Its spokesman, Jeff Hanson" in s.text for s in hanson.support)
    assert agreed.index(quoted) == agreed.index(hanson) + 1


def test_what_two_lines_tell_in_common():
    statement = (
        "The head of the Nuclear Regulatory Commission has been dispatched to a nuclear power"
        " plant in Fort Calhoun, Neb., where a berm collapsed Sunday, but the public is in no"
        " danger, officials said."
    )
    refueling = (
        "The Fort Calhoun Nuclear Station shut down in early April for refueling, and there is"
        " no water inside the plant, the U.S. Nuclear Regulatory Commission said."
    )
    # the commission, the plant's name and "no" aside, only "plant"
    assert told_in_common(statement, refueling) == {"plant"}
    lead = (
        "A berm holding the flooded Missouri River back from a Nebraska nuclear power station"
        " collapsed early Sunday, but federal regulators said they were monitoring the"
        " situation and there was no danger."
    )
    assert {"berm", "colla", "dange"} <= told_in_common(statement, lead)
