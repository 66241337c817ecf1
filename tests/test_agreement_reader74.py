"""The sixty-eighth agreement pass (reader74; raw validation clusters, 0-based, file order),
each read against the articles. Raw 67's "“I had never been to jail before,” Olivera said."
stood on "Olivera drove Serna to the jail in Robeson County." ("jail" and the name in
common); raw 132's "Under a three-decade-old law, the U.S. is barred from funding ..." stood
"(all)" on the State Department's reason, which names no law; raw 201's "... at the Kennedy
family compound in Hyannisport, MA in July, Conor is the son of ..." stood "(all)" on
"... followed Conor to his family’s Hyannis Port compound ...", which gives no time."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_settings import setting_untold
from chorus.analyze.agreement_voices import remark_untold
from chorus.analyze.model import Analysis
from tests.gold import agreed_item, analysed_lines, marked_in_part
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (67, 132, 201))


def test_a_deed_of_the_speaker_does_not_tell_his_remark(analyses):
    analysis = analyses[67]
    assert analysis is not None
    assert not [fact for fact in analysis.agreed if "never been to jail" in fact.statement.text]
    # the sentencing both outlets tell stays whole
    sentenced = agreed_item(analysis, "sentenced veteran Joseph Serna to spend one night")
    assert not marked_in_part(sentenced, "sentenced a retired Green Beret to lock-up")


def test_a_line_naming_the_speaker_and_his_words_tells_the_remark():
    remark = "“I had never been to jail before,” Olivera said."
    assert remark_untold(remark, "Olivera drove Serna to the jail in Robeson County.")
    assert not remark_untold(remark, "Olivera said he had never been in a jail.")
    # the scene the remark tells, told by another (raw 67's cell, in part at main)
    scene = "“They close the door and lock it,” Serna said, “so we sat on the bunk.”"
    assert not remark_untold(scene, "The cell door closed and Serna sat on the cot.")


def test_a_support_naming_no_law_tells_a_bar_under_a_law_in_part(analyses):
    law = agreed_item(analyses[132], "Under a three-decade-old law")
    assert marked_in_part(law, "the State Department said it was dropping the funding")
    statement = "Under a 1985 law, the U.S. may not fund groups that aid forced abortion."
    assert not setting_untold(statement, ["The law bars funding for groups aiding abortion."])
    assert not setting_untold(statement, ["Funding groups that aid forced abortion is barred."])


def test_a_support_giving_no_time_tells_a_month_in_part(analyses):
    conor = agreed_item(analyses[201], "at the Kennedy family compound in Hyannisport")
    assert marked_in_part(conor, "followed Conor to his family’s Hyannis Port compound")
    statement = "She was first seen with him at the compound in July."
    assert not setting_untold(
        statement, ["They were first seen together at the compound last summer."]
    )
    assert not setting_untold(statement, ["They were seen at the compound on July 20."])
