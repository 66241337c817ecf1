"""Who said what, seventieth pass (reader57's findings, raw validation 0-based 227,
multi_news-val-4890, and 230, 4960; two rows the new relative-clause reading touched in 92,
2115, and 141, 2067): words a speaker recalled another saying are no words of the speaker's,
the writer's "for his part" is no role, a named speaker's closing relative clause ", who said
... that ..." is a row, lower-case titles with "commentator" or "chaplain" are roles, and a
row's words hold neither the writer's aside in brackets before a quotation nor a bracket's
close they never opened."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from chorus.api import brief
from tests.gold import inputs, quotes_in, speakers_of

_MERCER, _DAVIS, _ENOCH, _STINSON = (
    "multi_news-val-4890",
    "multi_news-val-4960",
    "multi_news-val-2115",
    "multi_news-val-2067",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    found = {}
    for cluster, documents in inputs((_MERCER, _DAVIS, _ENOCH, _STINSON)).items():
        analysis = brief(documents, words=250).analysis
        assert analysis is not None
        found[cluster] = analysis.quotes
    return found


def test_what_a_friend_recalled_the_mother_saying_is_not_the_friends(briefed):
    # "D’Andraia recalled Diana saying that Robert was brilliant, but D’Andraia found it
    # hard to tell ...": Diana's words as D'Andraia remembers them, which she doubted
    assert quotes_in(briefed[_MERCER], "recalled Diana saying") == []
    # her own account of Diana, in the sentence before, stays hers
    assert speakers_of(briefed[_MERCER], "made sure that the girls did all the right") == [
        "Donna D’Andraia"
    ]


def test_for_his_part_is_no_role(briefed):
    # "Mercer, for his part, has argued that the Civil Rights Act, in 1964, was a major mistake."
    (row,) = quotes_in(briefed[_MERCER], "for his part")
    assert (row.speaker, row.role) == ("Robert Mercer", None)
    assert row.text.text == "the Civil Rights Act, in 1964, was a major mistake"


def test_a_named_speakers_closing_relative_clause_is_a_row(briefed):
    # "The front-runner for the GOP nomination is Attorney General Greg Abbott, who said in
    # an interview with The Associated Press on Thursday that Davis is too liberal for Texas."
    (row,) = quotes_in(briefed[_DAVIS], "too liberal for Texas")
    assert (row.speaker, row.role, row.text.text) == (
        "Greg Abbott",
        "Attorney General",
        "Davis is too liberal for Texas",
    )
    # "... revealed to be a New York website developer named Mike Peinovich, who has said
    # that his wife is Jewish."
    assert speakers_of(briefed[_ENOCH], "his wife is Jewish") == ["Mike Peinovich"]


def test_who_after_no_name_gives_no_row(briefed):
    # "The story though was all a lie according to police, who added that Stinson's wounds
    # were self-inflicted.": the relative clause's reading took "a lie according to police"
    # as the speaker
    assert not any(
        "lie" in q.speaker for q in quotes_in(briefed[_STINSON], "wounds were self-inflicted")
    )


def test_lower_case_titles_of_a_commentator_and_a_chaplain_are_roles(briefed):
    roles = {q.speaker: q.role for q in briefed[_DAVIS] if q.speaker != "Greg Abbott"}
    # "First, Fox News commentator Erick Erickson called Davis “Abortion Barbie.”"
    assert roles["Erick Erickson"] == "Fox News commentator"
    # "..., retired hospice chaplain Elizabeth Gearhart said Davis could help Democrats."
    (row,) = quotes_in(briefed[_DAVIS], "Davis could help Democrats")
    assert (row.speaker, row.role) == ("Elizabeth Gearhart", "retired hospice chaplain")


def test_a_bracketed_aside_before_a_quotation_is_no_part_of_its_words(briefed):
    # "(Mercer, meanwhile, has supported a super PAC, ..., whose goal is to “get more Blacks
    # involved in the Republican Party.”) “Most people at Renaissance didn’t challenge him”
    # about politics, Patterson said."
    (row,) = quotes_in(briefed[_MERCER], "Most people at Renaissance")
    assert row.speaker == "Nick Patterson"
    assert row.words.startswith("“Most people at Renaissance didn’t challenge him”")
    assert "super PAC" not in row.words


def test_a_brackets_close_the_words_never_opened_is_cut(briefed):
    # "(“People said he was just a clown,” Caddell said. ¶ “But I’ve learned that you should
    # always pay attention to successful ‘clowns.’ ”)"
    (row,) = quotes_in(briefed[_MERCER], "always pay attention to successful")
    assert row.speaker == "Patrick Caddell"
    assert row.words.endswith("successful ‘clowns.’")
