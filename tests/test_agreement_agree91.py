"""The eighty-ninth agreement pass (agree91; raw validation and DUC clusters, 0-based, file
order): a credit ending a sentence with its verb first, ", said Kelly Keyes, an Orange County
supervising deputy coroner." (raw 157), is read as the credit `", ... Kelly Keyes, supervising
deputy coroner said."` is, so two remarks of one official sharing only her name and role are
not one fact (credits.credited_alike); what a speaker named before says after ", said" is no
credit (raw 76's ", said four rebels were killed.")."""

from __future__ import annotations

from chorus.analyze.credits import credited_alike
from chorus.api import brief
from tests.conftest import RAW_VALIDATION
from tests.gold import data_line
from tests.raw_pages import raw_clusters

_TRAGIC = "It was a very tragic death."
_TRAUMA = "There was too much trauma to Kuiper"
_ROLE = {"deput", "kelly", "super"}


def test_two_remarks_of_one_coroner_are_not_one_fact():
    analysis = brief(raw_clusters()[157]["documents"]).analysis
    for fact in analysis.agreed:
        texts = [fact.statement.text] + [s.text for s in fact.support]
        assert not (any(_TRAGIC in t for t in texts) and any(t.startswith(_TRAUMA) for t in texts))
    # the father's statement both outlets quote stays agreed
    assert any("We are thankful to know" in f.statement.text for f in analysis.agreed)


def test_a_credit_with_its_verb_first_is_read():
    tragic = data_line(RAW_VALIDATION, 157, _TRAGIC)
    trauma = data_line(RAW_VALIDATION, 157, _TRAUMA)
    assert trauma.endswith("said Kelly Keyes, an Orange County supervising deputy coroner.")
    assert credited_alike(tragic, trauma, _ROLE)
    assert credited_alike(trauma, tragic, _ROLE)


def test_what_a_speaker_named_before_says_is_no_credit():
    # the speaker opens the sentence; ", said four rebels were killed." is the remark
    rebels = (
        "Rami Abdel Rahman, head of the Syrian Observatory for Human Rights,"
        " said four rebels were killed."
    )
    wounded = (
        "Rami Abdel Rahman, the head of the UK-based Syrian Observatory for Human Rights (SOHR),"
        " earlier said that at least 18 security troops were wounded."
    )
    assert credited_alike(rebels, wounded, {"abdel", "rahma", "rami"})
