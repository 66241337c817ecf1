"""The seventy-fourth agreement pass (agree75; raw validation clusters, 0-based, file order),
each read against the articles. Raw 58's "McCullum allegedly alerted Browne-Louis ..., who
later deleted his text messages ... and gave “false, incomplete, and misleading statements”
to law enforcement about her knowledge of McCullum’s actions." stood whole on [1]'s lines,
which name McCullum in that clause and tell nothing of the statements; its charges stood
first on Plaskett's quotation thanking the Capitol Police."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_parts import told_in_part
from chorus.analyze.model import Analysis
from tests.gold import agreed_item, analysed_lines, marked_in_part
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (58, 229, 249))


def test_a_clause_told_by_a_name_alone_is_told_in_part(analyses):
    alerted = agreed_item(analyses[58], "McCullum allegedly alerted Browne-Louis")
    assert marked_in_part(alerted, "McCullum also sent a text alerting")
    # the outlet telling the false statements stays whole
    assert not marked_in_part(alerted, "gave false and misleading statements")
    # the outlet naming Kovalchuk and the Rotenbergs never names Timchenko
    named = agreed_item(analyses[249], "magnate Gennady Timchenko")
    assert marked_in_part(named, "Among them is Yuri Kovalchuk")


def test_a_name_written_in_two_clauses_tells_neither_alone():
    statement = (
        "Jones hid the money in a garage; she later gave false statements to investigators "
        "about Jones."
    )
    assert told_in_part(statement, ["Jones hid the money in a garage, police said."])
    assert not told_in_part(
        statement, ["Jones hid the money in a garage and gave investigators false statements."]
    )
    # a name the statement writes once tells its clause, as at main
    once = statement.replace("about Jones", "about Brown")
    assert not told_in_part(once, ["Jones hid the money in a garage, Brown said."])
    # an aside on a thing named describes it: told by the name, as at main
    aside = (
        "The Syrian Observatory for Human Rights, which has a network of activists "
        "throughout Syria, said 18 troops were wounded in Syria."
    )
    observatory = "The head of the Syrian Observatory said 18 troops were wounded in Syria."
    assert not told_in_part(aside, [observatory])


def test_a_quotation_naming_only_who_does_not_support_a_fact_another_line_tells(analyses):
    charged = agreed_item(analyses[58], "One former aide, Juan McCullum, was charged")
    lines = [support.text for support in charged.support]
    assert not [line for line in lines if "I was informed today" in line]
    assert [line for line in lines if "McCullum faces two counts of cyberstalking" in line]


def test_a_line_opening_with_a_quoted_title_still_supports(analyses):
    album = agreed_item(analyses[229], "vaulted the group into superstardom")
    assert [s for s in album.support if s.text.startswith("“White Rabbit” and “Somebody To Love”")]
