"""Who said what, ninety-fourth pass (reader82; raw validation 0-based 109, 113, 64:
multi_news-val-5244, 4053, 2366): a first initial after a title in lower case ("senior study
author A. Vania Apkarian, a professor ..., said"), a role after "said <name>," before a relative
clause closing the sentence, or before the names of the chair and the body it is held in."""

from __future__ import annotations

from tests.gold import quoted, quotes_in, text_rows

_RHINO = "multi_news-val-5244"
_PAIN = "multi_news-val-4053"
_BABIES = "multi_news-val-2366"


def test_the_role_before_a_relative_clause_and_before_the_chair_and_body():
    found = quoted(_RHINO)[_RHINO]
    # "“...,” said Steve Metzler, interim associate curator of mammals, who accompanied ..."
    (metzler,) = quotes_in(found, "The white rhinos represent the wild places")
    assert (metzler.speaker, metzler.role) == (
        "Steve Metzler",
        "interim associate curator of mammals",
    )
    # "“...,” said Oliver Ryder, director of genetics, Kleberg Chair, San Diego Zoo Institute
    # for Conservation Research. “The last week I was there ...”"
    ryder = quotes_in(found, "I met Nola and her group of rhinos")[0]
    assert (ryder.speaker, ryder.role) == ("Oliver Ryder", "director of genetics")


def test_a_spokesman_before_who_said():
    # [1]: "“It’s not actually a rumor, it’s real,” said Gary Stephenson, a spokesman for
    # Sibley Memorial Hospital in Washington, who said the hospital had averaged ..."
    found = quoted(_BABIES)[_BABIES]
    (row,) = quotes_in(found, "It’s not actually a rumor")
    assert row.role == "a spokesman for Sibley Memorial Hospital in Washington"


def test_an_initial_after_a_title_in_lower_case():
    # [1]: "“For the first time, ...,” senior study author A. Vania Apkarian, a professor of
    # physiology at Northwestern University Feinberg School of Medicine in Chicago, said in a
    # university news release."
    found = quoted(_PAIN)[_PAIN]
    (row,) = quotes_in(found, "For the first time, we can explain")
    assert row.speaker.endswith("Vania Apkarian")
    assert row.role is not None and row.role.startswith("a professor of physiology")


def test_what_the_role_at_the_end_reads_and_does_not():
    said = "“We are done,” said Ann Smith, "
    assert text_rows(said + "a spokeswoman for the city, who spoke on Monday.") == [
        ("Ann Smith", "a spokeswoman for the city", "We are done")
    ]
    # no noun of what one is before the clause: no role
    assert text_rows(said + "a mother of three, who lives nearby.") == [
        ("Ann Smith", None, "We are done")
    ]
    # one capitalised word after the role is a place, run on as before
    assert text_rows(said + "a professor at the University of California, Irvine.")[0][1] == (
        "a professor at the University of California, Irvine"
    )
