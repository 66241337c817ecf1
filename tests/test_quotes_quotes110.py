"""Who said what, hundred-and-tenth pass: "the statement said" is the statement's issuer's
words where the article named the issuer just before (raw validation 244 [1]'s "according
to a statement from US 7th Fleet. ¶ The statement hinted ...", 196 [0]'s "The Nulato Tribal
Council issued a statement", 219 [4]'s "The statement from attorney Jamie Gorelick was
issued"); an issuer named far back, other voices between, is no one's (176 [1])."""

from __future__ import annotations

from chorus.analyze.model import Quote
from chorus.analyze.named_after import STATEMENT_REACH, issued, issuer_after, issuer_near
from tests.briefings import quotes_of


def _said(line: int, opening: str) -> Quote:
    (quote,) = [q for q in quotes_of("raw", line) if q.words.startswith(opening)]
    return quote


def test_the_statement_is_its_issuers_after_the_statement_goes_on():
    fleet = _said(244, "It remains uncertain how long it will take")
    assert (fleet.speaker, fleet.role) == ("US 7th Fleet", "statement")


def test_a_body_that_issued_a_statement_speaks_its_words():
    council = [
        q for q in quotes_of("raw", 196) if q.words.startswith("We are disturbed and saddened")
    ]
    assert {q.speaker for q in council} == {"Nulato Tribal Council"}
    assert not [q for q in quotes_of("raw", 196) if q.speaker == "statement"]
    gorelick = [q for q in quotes_of("raw", 219) if q.words.startswith("Mr. Kushner previously")]
    assert {q.speaker for q in gorelick} == {"Jamie Gorelick"}


def test_a_statement_issued_far_back_is_no_ones():
    toll = _said(176, "The toll is also likely to rise")
    assert (toll.speaker, toll.role) == ("statement", "a document")
    # an issuer named within reach stays, one beyond it is lost
    assert issuer_near(("US 7th Fleet", 100), 100 + STATEMENT_REACH) == "US 7th Fleet"
    assert issuer_near(("US 7th Fleet", 100), 101 + STATEMENT_REACH) is None
    # "the statement" going on keeps the issuer near; "a statement" of no one loses it
    assert issuer_after(("US 7th Fleet", 0), None, "The statement hinted that ...", 300) == (
        "US 7th Fleet",
        300,
    )
    assert issuer_after(("US 7th Fleet", 0), None, "Others issued a statement.", 300) is None


def test_whose_statement_a_sentence_names():
    assert issued(None, "A statement from Elijah’s parents, following ...", 0) is None
    assert issued(None, "A statement by the U.S. 7th Fleet said ...", 0) == "U.S. 7th Fleet"
