"""The sixty-ninth agreement pass (reader73; raw validation cluster 58, 0-based, file order),
read against the articles. The AP's "According to an indictment handed up Tuesday and
unsealed Thursday, McCullum offered in March 2016 to help take a House member's ... iPhone
..." stood whole on POLITICO's "... in March 2016, Plaskett asked McCullum to take her
iPhone to an Apple store for repairs.", which names no day: "According to" kept the weekday
for the day of a remark, though it is the day the indictment was handed up. POLITICO's
"Plaskett, a lawyer and former congressional staffer, is in her second term as a delegate."
stood whole on the AP's "Plaskett, 51, a lawyer and former New York City prosecutor and
Justice Department official, was overwhelmingly reelected to her second House term ...",
which gives her other jobs and never makes her a staffer."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_jobs import job_untold
from chorus.analyze.agreement_when import when_untold
from chorus.analyze.model import Analysis
from tests.conftest import DATA
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part
from tests.raw_pages import raw_clusters

RAW = DATA / "multinews-raw-validation.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (58,))


def test_a_support_giving_no_day_tells_an_indictment_handed_up_tuesday_in_part():
    # POLITICO's line no longer supports the AP's (it has Plaskett ask him: agreement_acts.py,
    # tests/test_agreement_reader73_74.py); it still names no day
    handed_up = data_sentence(RAW, 58, "According to an indictment handed up Tuesday")
    asked = data_sentence(RAW, 58, "Plaskett asked McCullum to take her iPhone")
    assert when_untold(handed_up, [asked])


def test_the_day_of_a_remark_is_still_no_day_of_a_deed():
    # Plaskett's statement "Thursday evening" tells when she spoke, not the deed she thanks for
    statement = data_sentence(RAW, 58, "issued a statement Thursday evening thanking")
    assert not when_untold(statement, ["Plaskett thanked law enforcement for their work."])
    # a support giving a day tells the indictment's
    handed_up = data_sentence(RAW, 58, "According to an indictment handed up Tuesday")
    assert not when_untold(handed_up, ["The two were indicted Thursday, prosecutors said."])


def test_a_support_giving_other_jobs_tells_a_staffer_in_part(analyses):
    delegate = agreed_item(analyses[58], "a lawyer and former congressional staffer")
    assert marked_in_part(delegate, "former New York City prosecutor and Justice Department")


def test_jobs_a_support_gives_or_never_describes_are_no_part():
    statement = data_sentence(RAW, 58, "a lawyer and former congressional staffer")
    # the same jobs in other words around them are told
    assert not job_untold(statement, ["Plaskett, 51, a lawyer and former House staffer, won."])
    # a support saying nothing of who she is gives no other job: other rules read it
    assert not job_untold(statement, ["Plaskett won her second House term last year."])
