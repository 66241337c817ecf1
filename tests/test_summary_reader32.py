"""The summary a reader sees, thirty-second pass, on raw Multi-News validation clusters
(0-based lines of the file): an article's lead telling again the event of another
article's lead shown before it (raw 110's arrest), and a "Then ..." step shown apart from
the sentence before it (raw 93's mittens, raw 115's safe); a list's item number opening a
shown sentence (raw 107's "2) Qua economics, ...")."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.summarize.steps_apart import step_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 116)


def test_a_second_outlets_lead_telling_the_arrest_again_is_left_out(clusters):
    """Raw 110: the BBC's lead tells the arrest of a man planning to attack churches in
    Paris; Reuters' lead ("An Algerian man suspected of planning an imminent attack on a
    church has been arrested in Paris, ...") tells it again and is no longer shown."""
    shown = summary(clusters[110])
    assert shown[0].startswith("French police have arrested a man suspected of planning")
    assert not any(t.startswith("An Algerian man suspected of planning") for t in shown)
    # the murdered woman is now told with her link to the suspect
    assert any(t.startswith("It is not known yet what link the man has to") for t in shown)


def test_a_later_lead_telling_a_killing_the_first_does_not_stays(clusters):
    """Raw 95: the Inquirer's lead tells the patient opening fire; NBC10's lead tells the
    caseworker killed, which no other summary sentence tells: it stays."""
    shown = summary(clusters[95])
    assert any(t.startswith("A troubled patient opened fire on a caseworker") for t in shown)
    # the headline's lead, it opens the summary since summary81 (stop 46)
    assert shown[0].startswith("A female case worker was killed")


def test_then_is_shown_after_the_sentence_before_it(clusters):
    """Raw 93: "Then the researchers tested the babies ..." is now shown after its
    article's sentence before, "A total of 216 babies were tested."; the study's lead stays."""
    shown = summary(clusters[93])
    assert shown[0].startswith("Babies process and preserve memories during those many naps")
    then = shown.index(sentence(clusters[93], "Then the researchers tested the babies"))
    assert shown[then - 1] == "A total of 216 babies were tested."


def test_then_that_cannot_come_with_the_sentence_before_is_left_out(clusters):
    """Raw 115: "Then make a photocopy and lock it in a safe." went on from an answer's
    "sign the back of the ticket" a line up, not shown before it: out."""
    assert "Then make a photocopy and lock it in a safe." not in summary(clusters[115])


def test_then_again_and_a_former_title_are_no_step(clusters):
    """Only an opening "Then" is read; "Then again" contrasts and "Then-President" titles."""
    texts = [
        "Then again, the vote may slip.",
        "Then-President Bill Clinton held meetings in India.",
        "Then the judge got locked up in the cell with the veteran.",
    ]
    assert step_apart(texts, [0]) == []
    assert step_apart(texts, [1]) == []
    assert step_apart(texts, [0, 2]) == [2]
    assert step_apart(texts, [1, 2]) == []
    # raw 32's "Then, as the Hummer appears to pull over, ..." right after its sentence before
    texts = sentences(clusters[32])
    at = next(n for n, t in enumerate(texts) if t.startswith("Then, as the Hummer appears"))
    assert step_apart(texts, [at - 1, at]) == []
    assert step_apart(texts, [at]) == [at]


def test_the_lead_left_out_is_cited_for_the_lead_it_tells_again(clusters):
    """Raw 110: Reuters' lead tells the BBC's arrest and suspicion (its deeds "arrested",
    "suspected"): the BBC lead cites it. Raw 9's Politico lead, left out beside The Hill's
    "revelation ... fueled speculation ...", tells none of that speculation: not cited."""
    first = brief(clusters[110]["documents"], words=250, analyze=False).summary[0]
    assert first.text.startswith("French police have arrested a man suspected")
    assert [s.text[:40] for s in first.also] == ["An Algerian man suspected of planning an"]
    summary_9 = brief(clusters[9]["documents"], words=250, analyze=False).summary
    first = next(s for s in summary_9 if s.text.startswith("The revelation that Donald Trump"))
    assert not any(s.text.startswith("Multiple news outlets are now reporting") for s in first.also)


def test_a_list_items_number_is_not_shown(clusters):
    """Raw 107: David Frum's reactions are numbered "1) Qua speech, ...", "2) Qua
    economics, ..."; the summary shows his second point from its first word."""
    shown = summary(clusters[107])
    assert "Qua economics, the proposal looks a lot better than the 2009 stimulus." in shown
    assert not any(t[:1].isdigit() and t[1:3] == ") " for t in shown)
