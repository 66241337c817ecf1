"""The timeline's sixty-seventh pass (reader75; raw validation by 0-based line, documents
0-based): a date closing a "when" clause inside its sentence's subject is the earlier event
the subject is named by, not the date of the verb after it (24 [1], AP: "several relatives
of people killed when terrorists hijacked four U.S. airliners on Sept. 11, 2001, criticized
the move as well", this week's reaction to the TSA's knife rule); a year after "from a recent
low of $X in" is a figure's (18 [0]: the 2014 wedding costs compared with 2010's low).
Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus.analyze.timeline import timeline
from chorus.analyze.timeline_subject_clauses import dates_a_subject_s_clause
from tests.test_analyze_timeline_reader25 import _raw
from tests.test_analyze_timeline_reader44 import _own_dated


def _rows(number: int) -> list:
    return list(timeline(_own_dated(_raw({number})[number]), frozenset()).entries)


def test_a_reaction_is_not_dated_by_the_attacks_its_subject_recalls():
    # 24 [1]: the unions and the relatives reacted to Pistole's announcement "Tuesday" (the
    # article names no date); 11 September 2001 is the day of the hijackings.
    rows = _rows(24)
    assert not [e for e in rows if "criticized the move as well" in e.sentence.text]
    # The background row of the same article stays: the interrogation of 2003.
    transcript = [e for e in rows if e.sentence.text.startswith("The transcript of the 2003")]
    assert [e.when for e in transcript] == ["2003"]


def test_a_comparison_year_after_a_recent_low_dates_no_row():
    # 18 [0], MarketWatch: "The average cost of a wedding last year exceeded $31,213, ... an
    # increase of 16% from a recent low of $26,984 in 2010": the news is of 2014 ("last
    # year", unresolved: the page is undated); 2010 is the low it is measured from.
    rows = _rows(18)
    assert not [e for e in rows if "from a recent low of" in e.sentence.text]
    assert not [e for e in rows if e.when == "2010"]


def test_a_relative_clause_telling_the_subject_s_own_deed_keeps_its_year():
    # 115 [1]: "Jack Whittaker, a West Virginia contractor who won a nearly $315 million
    # Powerball jackpot in 2002, quickly fell victim to scandals ...": the win is his, told
    # to say who he is; the gold of reader 30 judges 2002 the win's event.
    rows = _rows(115)
    win = [e for e in rows if "Powerball jackpot in 2002, quickly" in e.sentence.text]
    assert [e.when for e in win] == ["2002"]


def test_a_clause_in_the_object_of_a_speaker_s_words_keeps_its_date():
    # 195 [0]: "... were both charged with conspiracy ... during a nationwide vandalism spree
    # that crisscrossed the country in the summer of 2013, said U.S. Attorney Laura Duffy":
    # the spree is the story's crime (the mink releases of summer 2013).
    rows = _rows(195)
    spree = [e for e in rows if "nationwide vandalism spree" in e.sentence.text]
    assert [e.when for e in spree] == ["2013"]


# (before the date, after it, whether the date closes a clause of the subject), from raw
# lines: 24 [1]'s "when terrorists hijacked ..." holds the date; 229 [0]'s Joplin has no
# "when" clause ("... his sorrow at the death of a friend, Janis Joplin, in 1970, led to his
# departure ..."); 124 [2]'s "who" clause tells the subject's own deed (the gold's event).
_CLAUSES = [
    (
        "Unions representing flight attendants and other airline workers decried the change,"
        " and several relatives of people killed when terrorists hijacked four U.S. airliners on ",
        ", criticized the move as well.",
        True,
    ),
    (
        "Yet the escalating tension within the band, along with his sorrow at the death of a"
        " friend, Janis Joplin, in ",
        ", led to his departure from Jefferson Airplane in 1971.",
        False,
    ),
    ("Lehmkuhl, who was elected in ", ", emailed a brief but scathing resignation letter", False),
]


@pytest.mark.parametrize(("before", "after", "closes"), _CLAUSES)
def test_only_a_clause_of_time_in_the_subject_dates_no_row(before, after, closes):
    assert dates_a_subject_s_clause(before, after) is closes
