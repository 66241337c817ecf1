"""The timeline's seventy-second pass (reader84, raw validation by 0-based line): a row's own
date is no name. Raw 115's "In November 2009, one of the tickets he bought hit the $38.5
million jackpot." speaks of "he" before naming anyone, but its month is capitalised, so the
line before, which names him ("They relied on one member of their group, Americo Lopes, to
purchase the tickets."), was not carried. A month's or a weekday's name is no name now, in the
row and in the line that would name its "he"; a row naming after its "he" whom that line names
needs none. Expectations from reading the articles."""

from __future__ import annotations

from chorus.analyze.model import TimelineEntry
from tests.briefings import briefing


def _row(corpus: str, line: int, opening: str) -> TimelineEntry:
    """The one timeline row of a cluster whose sentence opens with `opening`."""
    found = [
        e for e in briefing(corpus, line).analysis.timeline if e.sentence.text.startswith(opening)
    ]
    assert len(found) == 1, opening
    return found[0]


def _lead_in(corpus: str, line: int, opening: str) -> list[str]:
    return [s.text for s in _row(corpus, line, opening).context]


def test_a_row_s_own_month_is_no_name_before_its_he():
    # Raw 115 [1]: Lopes bought the tickets; the row's "he" is his.
    assert _lead_in("raw", 115, "In November 2009, one of the tickets he bought") == [
        "They relied on one member of their group, Americo Lopes, to purchase the tickets."
    ]


def test_the_same_shape_in_two_more_clusters():
    # Raw 39 [0]: "she" is Katharine Brown, whom the line before names by her surname.
    assert _lead_in("raw", 39, "On the afternoon of May 20, 1936, she fired off") == [
        "But Brown was one of the few movie executives who could keep up."
    ]
    # Raw 228 [1]: "he" is the man the line before names as charged.
    (lead,) = _lead_in("raw", 228, "The incident dates to March 25, 2016, and he has been")
    assert lead.startswith("Aguilar-Delosantos, of the unit block of South Broadway")


def test_a_row_naming_after_its_he_whom_the_line_before_names_needs_none():
    # DUC 0 (d30003t): "... between Sept. 11 1973, the year he seized power, and Dec. 31,
    # 1983, Pinochet murdered Spanish citizens in Chile, ..." names its "he" itself.
    assert _lead_in("duc", 0, "The warrant charges that between Sept. 11 1973") == []


def test_a_date_in_the_line_before_names_no_one():
    # Raw 127 [1]: "The verdicts on the appeal of those convictions will be issued on 3
    # December." stands right before "On 17 November, she will appeal ...": it names no
    # "she" (Zainab Al-Khawaja), and is no lead-in.
    row = _row("raw", 127, "On 17 November, she will appeal")
    assert row.context == ()


def test_a_he_no_date_hides_keeps_its_old_reading():
    # Raw 144 [0]: "The president added that ... he regards himself as the underdog ..." has
    # no month or weekday before its "he": no lead-in, as before.
    assert _lead_in("raw", 144, "The president added that") == []
    # Rows that carried one still do (raw 64's "However, he said some cases ...").
    (lead,) = _lead_in("raw", 64, "However, he said some cases had been")
    assert lead.startswith("UNC’s Morgan said such events")
