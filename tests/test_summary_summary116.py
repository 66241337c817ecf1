"""A summary opening on a share of a count "the" presumes told ("Three of the six cases (two
females and one male) were people in their 20s or 30s, ...", raw 216) reads below another
article's rows when no lead is shown to open it, as "Of the 12 arrested ..." reads below
one (summary116, raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

from chorus.summarize.pointed_at import counted_part
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentence, summary


def test_a_share_of_a_count_told_elsewhere_is_read():
    for number, opening in (
        (216, "Three of the six cases (two females"),
        (79, "One of the two areas appeared"),
    ):
        assert counted_part(sentence(raw_clusters()[number], opening))
    # a phrase naming which ones: 63's lead, 18's superlative; a bare share with no count
    for number, opening in (
        (63, "Two of the 7 young men from the Twin Cities"),
        (18, "Five of the six most expensive areas"),
    ):
        assert not counted_part(sentence(raw_clusters()[number], opening))
    assert not counted_part("One of the attackers, Butt, had appeared in a documentary.")


def test_the_six_cases_read_below_the_line_counting_them():
    shown = summary(raw_clusters()[216])
    # main opened (and headed) the summary on the three of the six cases, neither lead shown
    assert shown[0].startswith("Out of 1,087 skeletons buried between 1,500 and 3,000 years")
    three = next(n for n, text in enumerate(shown) if text.startswith("Three of the six cases"))
    assert three > 0


def test_a_count_of_one_s_own_opens_as_before():
    # 35's "Of the 12 arrested ..." still reads below the other article's lead
    shown = summary(raw_clusters()[35])
    assert not shown[0].startswith("Of the 12 arrested")
