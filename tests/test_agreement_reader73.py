"""The sixty-ninth agreement pass (reader73; raw validation cluster 58, 0-based, file order),
read against the articles. The AP's "According to an indictment handed up Tuesday and
unsealed Thursday, McCullum offered in March 2016 to help take a House member's ... iPhone
..." stood whole on POLITICO's "... in March 2016, Plaskett asked McCullum to take her
iPhone to an Apple store for repairs.", which names no day: "According to" kept the weekday
for the day of a remark, though it is the day the indictment was handed up."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_when import when_untold
from chorus.analyze.model import Analysis
from tests.conftest import DATA
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part
from tests.raw_pages import raw_clusters

RAW = DATA / "multinews-raw-validation.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (58,))


def test_a_support_giving_no_day_tells_an_indictment_handed_up_tuesday_in_part(analyses):
    offered = agreed_item(analyses[58], "According to an indictment handed up Tuesday")
    assert marked_in_part(offered, "Plaskett asked McCullum to take her iPhone")


def test_the_day_of_a_remark_is_still_no_day_of_a_deed():
    # Plaskett's statement "Thursday evening" tells when she spoke, not the deed she thanks for
    statement = data_sentence(RAW, 58, "issued a statement Thursday evening thanking")
    assert not when_untold(statement, ["Plaskett thanked law enforcement for their work."])
    # a support giving a day tells the indictment's
    handed_up = data_sentence(RAW, 58, "According to an indictment handed up Tuesday")
    assert not when_untold(handed_up, ["The two were indicted Thursday, prosecutors said."])
