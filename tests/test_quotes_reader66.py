"""Who said what, sixty-sixth pass (reader54's findings, raw validation): a writer's
unquoted account "according to" an outlet whose own article the cluster holds is no row of
that outlet (3880: Sam Harris's rebuttal of Newsweek's cover story); the pilot's son, told
"Malaysian media" and then named again as "the 26-year-old student", keeps his words
(5309); two titled names joined by "and" after "said" are the pair (584's Newtown statement
written without its commas); words a credit inside the sentence cuts off are no row (3947)."""

from __future__ import annotations

import pytest

from chorus.api import brief
from tests.gold import inputs, quotes_in, read_and_briefed, speakers_of

_HEAVEN, _MH370, _NEWTOWN, _KUSHNER = (
    "multi_news-val-3880",
    "multi_news-val-5309",
    "multi_news-val-584",
    "multi_news-val-3947",
)


def test_an_outlets_story_retold_by_another_writer_is_not_the_outlets_words():
    # [0] is Newsweek's own essay (its page credits "Photo illustration by Newsweek"); [1]
    # mocks it: "According to Newsweek, Alexander’s experience proves that ... but also
    # butterflies and beautiful girls in peasant dress." The magazine never wrote that.
    articles, analysis = read_and_briefed(_HEAVEN)
    assert articles[0].outlet == "Newsweek"
    assert not quotes_in(analysis.quotes, "beautiful girls in peasant dress")
    assert "Newsweek" not in {q.speaker for q in analysis.quotes}


def test_the_pilots_son_keeps_his_words_under_a_description():
    # "Ahmad Seth, the youngest of Captain Zaharie Ahmad Shah's three children, told
    # Malaysian media he has paid no attention to suggestions ..." ¶ "“... I know my father
    # better,” the 26-year-old student told the New Straits Times"
    analysis = brief(inputs((_MH370,))[_MH370], words=100).analysis
    assert analysis is not None
    assert speakers_of(analysis.quotes, "has paid no attention to suggestions") == ["Ahmad Seth"]
    assert speakers_of(analysis.quotes, "I know my father better") == ["Ahmad Seth"]


def _newtown_with(credit: str) -> list[str]:
    """584's documents, the Newtown statement's credit written as `credit`."""
    written = (
        "said Newtown's highest elected official, First Selectman Patricia Llodra, and "
        "Superintendent of Schools Joseph Erardi, in a statement"
    )
    documents = [str(d) for d in inputs((_NEWTOWN,))[_NEWTOWN]]
    assert written in documents[2]
    documents[2] = documents[2].replace(written, credit)
    return documents


@pytest.mark.parametrize(
    ("credit", "pair"),
    [
        # without the commas the role ran back over the first name: "Joseph Erardi", role
        # "Patricia Llodra and Schools Superintendent"
        (
            "said First Selectman Patricia Llodra and Schools Superintendent Joseph Erardi",
            "Patricia Llodra and Joseph Erardi",
        ),
        # the name stopped at "of": "Patricia Llodra and Superintendent", role "of Schools
        # Joseph Erardi in a statement" (quotes67)
        (
            "said First Selectman Patricia Llodra and Superintendent of Schools Joseph Erardi",
            "Patricia Llodra and Joseph Erardi",
        ),
        # the second name kept its title: "John Smith and Chief Jones" (quotes67)
        ("said Mayor John Smith and Chief Jones", "John Smith and Jones"),
    ],
)
def test_two_titled_names_joined_by_and_are_the_pair(credit: str, pair: str):
    analysis = brief(_newtown_with(f"{credit} in a statement"), words=100).analysis
    assert analysis is not None
    (statement,) = [q for q in analysis.quotes if "recognized in personal" in q.text.text]
    assert statement.speaker == pair
    assert statement.role is None


def test_one_persons_two_titles_stay_one_speaker():
    credit = "said First Selectman and Schools Superintendent Joseph Erardi in a statement"
    analysis = brief(_newtown_with(credit), words=100).analysis
    assert analysis is not None
    (statement,) = [q for q in analysis.quotes if "recognized in personal" in q.text.text]
    assert statement.speaker == "Joseph Erardi"


def test_words_a_credit_cuts_off_mid_clause_are_no_row():
    # "Kushner, whose family’s real estate empire is worth $1.8 billion, according to
    # Forbes, wields significant power in the White House.": the words were the subject
    # alone, the role "wields significant power in the White House"
    analysis = brief(inputs((_KUSHNER,))[_KUSHNER], words=100).analysis
    assert analysis is not None
    assert not quotes_in(analysis.quotes, "according to Forbes, wields significant power")
    assert "wields significant power in the White House" not in {q.role for q in analysis.quotes}
