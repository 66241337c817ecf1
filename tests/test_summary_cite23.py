"""A summary sentence cites no outlet for a part of it that leaves out a figure or a name it
writes (cite23; raw validation clusters, 0-based, file order, at 250 words with the
analysis): the summary writes "[1][2]" with no "in part". reader83 found raw 189's "..., was
taken to Highland Hospital, where he was in surgery Tuesday afternoon. [1][2]" where [1]
never says surgery, and "According to Birgeneau, police were alerted ... [1][2]" where [2]
tells it as Chief Celaya's."""

from __future__ import annotations

from chorus.summarize.carried import carries
from tests.briefings import article_writing, cited_texts, raw_briefing, summary_sentence

PARTS = (
    # no 20s, no 5 feet 8 (and no surgery)
    (189, "The suspect, a white man", "The suspect was taken to Highland Hospital"),
    # no Birgeneau: [2] tells the elevator account as Chief Celaya's
    (189, "According to Birgeneau, police were", "They saw the suspect there and called"),
    # raw 50: no 2010 and no Wayne State (cite20 cited it). summary128 (stop 56) shows Ferris
    # State's president's "Collin is a 2010 FSU ... graduate" under its credit instead of
    # "He was a 2010 graduate of Ferris State": the part gives no 2010 there either.
    (50, "“Collin is a 2010 FSU", "He is a graduate of Ferris State"),
)
"""(raw cluster, the summary sentence's opening, the other outlet's part's opening)"""


def test_a_part_leaving_out_a_figure_or_a_name_is_not_cited():
    for line, opening, part in PARTS:
        briefing = raw_briefing(line)
        sentence = summary_sentence(briefing, opening)
        other = article_writing(briefing, part)
        assert sentence.shown.article.id != other, opening
        assert cited_texts(sentence, other) == [], opening


def test_what_a_part_must_give():
    shown = (
        "The suspect, a white man who appeared to be in his 20s and about 5 feet 8, was taken"
        " to Highland Hospital, where he was in surgery Tuesday afternoon."
    )
    assert not carries(shown, "The suspect was taken to Highland Hospital in Oakland.", "")
    # a figure written alike, though read as part of a word ("33-year-old"), is given
    assert carries(
        "Jonathan Stoffel, 33, of Neenah died.", "33-year-old Jonathan Stoffel of Neenah died.", ""
    )
    # the sentence before may name whom the part's "He" is (raw 240's "Shimron")
    assert carries(
        "Kanasho Johns was arrested in Houston.",
        "He was arrested in Houston.",
        "Police named the suspect as Kanasho Johns.",
    )
    # one remark quoted by both is judged by its words, a speaker named in one alone not
    # asked of the other (raw 23's Eichmann letter)
    assert carries(
        "“I was not a responsible leader, and as such do not feel myself guilty,” the German"
        " wrote.",
        "“I was not a responsible leader, and as such do not feel myself guilty,” he adds.",
        "",
    )
