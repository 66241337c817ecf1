"""Who said what, ninety-third pass (quotes92's "Left, traced: 59's affidavit", raw validation
0-based 59, 14, 58, 191; multi_news-val-3761, 1721, 1703, 584): a court's filing as the
subject of the words it reports ("The suit says ...", "An arrest affidavit says ...", "The
indictment also alleged that ..."), in a contrast clause after another speaker's words too;
a filing is no newspaper the writer names again."""

from __future__ import annotations

import pytest

from tests.gold import quoted, quotes_in, text_rows

_TEACHER = "multi_news-val-3761"
_ZIMMERMAN = "multi_news-val-1721"
_DELAWARE = "multi_news-val-1703"
_SANDY_HOOK = "multi_news-val-584"


def test_the_affidavit_in_the_contrast_clause_speaks_after_the_office():
    # [1]: "He was 14 years old at the time, according to the Denver District Attorney’s
    # Office, though an affidavit for Hernandez's arrest says the boy told her he was 18."
    found = quoted(_TEACHER)[_TEACHER]
    office, filing = quotes_in(found, "the boy told her he was 18")
    assert office.speaker == "Denver District Attorney’s Office"
    assert office.text.text == "He was 14 years old at the time"
    assert (filing.speaker, filing.role) == ("affidavit", "a document")
    assert filing.text.text == "the boy told her he was 18"


def test_a_suit_as_the_subject_and_the_newspaper_after_it():
    # [2]: "The suit says the private company put together a plan ... ¶ It is unclear whether
    # the plan was fully carried out, the newspaper noted."
    found = quoted(_ZIMMERMAN)[_ZIMMERMAN]
    (suit,) = quotes_in(found, "put together a plan that included a seven-member team")
    assert (suit.speaker, suit.role) == ("suit", "a document")
    (paper,) = quotes_in(found, "It is unclear whether the plan was fully carried out")
    assert paper.speaker == "Miami Herald"


@pytest.mark.parametrize(
    ("cluster", "words", "speaker"),
    [
        # [4]: "The indictment also alleged that McCullum texted Browne-Louis ..."
        (_DELAWARE, "McCullum texted Browne-Louis as early as July 2, 2016", "indictment"),
        # [1]: "A lawsuit filed Monday by 10 Sandy Hook victims’ families claims Adam Lanza ..."
        (_SANDY_HOOK, "Adam Lanza would not have been able to kill 26 people", "lawsuit"),
    ],
)
def test_a_filing_before_its_words_speaks(cluster: str, words: str, speaker: str):
    (row,) = quotes_in(quoted(cluster)[cluster], words)
    assert (row.speaker, row.role) == (speaker, "a document")


def test_what_a_filing_as_a_subject_reads_and_does_not():
    before = "Police arrested her on Monday. "
    assert text_rows(before + "An arrest affidavit says the boy told her he was 18.") == [
        ("arrest affidavit", "a document", "the boy told her he was 18")
    ]
    assert text_rows(before + "The lawsuit states that the firm knew of the fault.") == [
        ("lawsuit", "a document", "the firm knew of the fault")
    ]
    # an object, no words: no row; "charged" names a charge
    assert text_rows(before + "The lawsuit claimed damages.") == []
    assert text_rows(before + "The indictment charged Smith with murder in the first degree.") == []
    # a group's "alleged" is a person's claim, not this rule's
    assert text_rows(before + "The company alleges the firm knew of the fault.") == []
