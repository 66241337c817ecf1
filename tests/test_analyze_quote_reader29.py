"""Quote attribution, twenty-ninth pass: what the twenty-eighth left, on raw validation
clusters (multi_news-val-1760, 5077, 1720). A surname said alone takes the one full name
the cluster writes it in ("According to Eisner" is "Health department spokeswoman Jennifer
Eisner"); "she" after "On Wednesday, when asked about ..., Crump described ..." is Crump's;
the relative clause of an "Asked about ..." question is no speaker's before the answer's.
`fixtures/quote_reader29.json` holds the leftover sentences (design) and every attribution
of three clusters no quote test names (blind)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, speakers_of
from tests.test_analyze_quote_reader24 import reader_totals

_ITEMS = json.loads(
    (Path(__file__).parent / "fixtures" / "quote_reader29.json").read_text("utf-8")
)["items"]


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({item["cluster"] for item in _ITEMS})


def test_analyze_reader29_gold(briefed):
    # main (cf1b08c): design 6 of 11 right, 4 quotes made, none right; blind 24 of 25, 21
    # made, 20 right. This pass: design 8 of 11, 6 made, 3 right; blind as main
    right, predicted, right_predicted, _ = reader_totals(briefed, "design", _ITEMS)
    assert right >= 8 and right_predicted >= 3 and predicted - right_predicted <= 3
    right, predicted, right_predicted, _ = reader_totals(briefed, "blind", _ITEMS)
    assert right >= 24 and right_predicted >= predicted - 1


def test_analyze_a_surname_alone_takes_the_full_name_its_cluster_writes(briefed):
    flint = briefed["multi_news-val-5077"]
    # "Health department spokeswoman Jennifer Eisner noted ..." ¶ "According to Eisner, ..."
    assert speakers_of(flint, "the state health department also believed") == ["Jennifer Eisner"]
    # "Darren Lytle, acting chief of the Treatment Technology Evaluation Branch" opens a
    # paragraph: since entities36 a full name opening a sentence before a comma gives the
    # lone surname its full name (before, Lytle stayed bare; never someone else)
    assert speakers_of(flint, "Maybe this isn’t happening") == ["Darren Lytle"]


def test_analyze_she_after_a_subject_behind_two_phrases(briefed):
    # "On Wednesday, when asked about the police cars, Crump described the deployment as
    # routine. ¶ “This escort was handled as a reimbursable detail,” she said in an e-mail."
    sheen = briefed["multi_news-val-1760"]
    assert speakers_of(sheen, "This escort was handled") == ["Gwendolyn Crump"]
    assert speakers_of(sheen, "This means the government was reimbursed") == ["Gwendolyn Crump"]


def test_analyze_an_asked_question_s_relative_clause_is_no_answer(briefed):
    # "Asked about the op-ed ..., in which he argued that Whitaker’s appointment was
    # unconstitutional, she said: “Spouses disagree.”": never "he" with words through "she
    # said" (George T. Conway III named before "she" leaves her unresolved: no quote)
    conway = briefed["multi_news-val-1720"]
    assert not [
        q for q in conway if "Spouses disagree" in q.text.text and q.speaker != "Kellyanne Conway"
    ]
    assert not [q for q in conway if "she said:" in q.text.text]
