"""The eighty-second agreement pass (agree84; raw validation and DUC clusters, 0-based, file
order): a count both sentences give as known ("the country's 28 provinces", "the territory
of 800,000 people", "the Justice Department and 20 states": background lines of DUC's wire
stories of several days) or a span of time ("has spent 10 years in prison", two men of DUC
29) ties two sentences no more; a count one of them tells ("the rescue of 71 beagles" / "say
71 beagles have been removed", raw 13), a toll ("killing all 229 people aboard", DUC 4) and
a list of counts ("one civil aircraft and 15 ships", raw 218) tie as before. A sum of money
both give of one thing, the noun after "in" or "of" or the object before "by", links below
LOW_FLOOR too ("Walker said he cut taxes in Wisconsin by $2 billion, ..." / "... $2 billion
in tax breaks since Walker took office ...", raw 238: 0.248)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_tied_figures import counted_alike, tied_figures
from chorus.analyze.model import Analysis
from tests.conftest import DATA, RAW_VALIDATION
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"


def _held(text: str) -> set[tuple[str, str]]:
    """What a sentence counts, told or given as known."""
    return {(figure, tie.lstrip("=")) for figure, tie in tied_figures(text)}


KNOWN = {
    # the DUC cluster, and a few words of each of its two lines
    23: ("deployed around the country's 28 provinces", "represent 12 of the country's 28"),
    8: ("Indonesia invaded the territory of 800,000", "autonomy to the territory of 800,000"),
    26: ("The Justice Department and 20 states suing", "filed by the Justice Department and"),
    0: ("among the 3,000 people shot", "disappearances of more than 3,000 people"),
}


def test_a_count_both_give_as_known_ties_nothing():
    for line, (ours, theirs) in KNOWN.items():
        a, b = data_sentence(DUC, line, ours), data_sentence(DUC, line, theirs)
        # both count one thing, and both give the count as known
        assert _held(a) & _held(b), line
        assert not counted_alike(tied_figures(a), tied_figures(b)), line


def test_a_span_of_time_ties_nothing():
    qin = data_sentence(DUC, 29, "has spent 10 years in prison and labor camps")
    xu = data_sentence(DUC, 29, "Xu has already spent more than 10 years")
    assert not counted_alike(tied_figures(qin), tied_figures(xu))
    assert not tied_figures("Xu has already spent more than 10 years in prison.")


def test_a_count_one_tells_ties():
    rescued = data_sentence(RAW_VALIDATION, 13, "has come to the rescue of 71 beagles")
    removed = data_sentence(RAW_VALIDATION, 13, "say 71 beagles have been removed")
    assert ("71", "=beagl") in tied_figures(rescued)
    assert counted_alike(tied_figures(rescued), tied_figures(removed)) == {("71", "beagl")}
    # a toll, each after its verb
    crashed = data_sentence(DUC, 4, "Switzerland, killing all 229 people aboard")
    insulation = data_sentence(DUC, 4, "subsequent crash, which killed all 229 people")
    assert ("229", "peopl") in counted_alike(tied_figures(crashed), tied_figures(insulation))


def test_a_list_of_counts_is_told():
    searched = data_sentence(RAW_VALIDATION, 218, "one civil aircraft and 15 ships were")
    efforts = data_sentence(RAW_VALIDATION, 218, "Twelve aircraft and 15 ships participated")
    assert ("15", "ships") in counted_alike(tied_figures(searched), tied_figures(efforts))
    # an "and" after a name: one party of a list led by a name
    assert tied_figures("The Justice Department and 20 states sued.") == {("20", "=state")}
    # a sum is a price, not a count of its noun
    assert ("2 billion", "deal") in tied_figures("Facebook announced the $2 billion deal.")


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (238,))


def test_a_sum_both_give_of_one_thing_is_agreed(analyses):
    assert pair_shown(
        analyses[238], "he cut taxes in Wisconsin by $2 billion", "$2 billion in tax breaks since"
    )


def test_what_a_sum_is_of():
    cut = "Walker said he cut taxes in Wisconsin by $2 billion, cut back on regulations."
    breaks = "It was partly the result of $2 billion in tax breaks since Walker took office."
    # the object before "by", a place between, and the noun after "in", plural dropped
    assert counted_alike(tied_figures(cut), tied_figures(breaks)) == {("2 billion", "$tax")}
    assert ("3 million", "$sale") in tied_figures("Retailers made $3 million in sales.")
    # a link word after "in" ties nothing
    assert not tied_figures("They raised $5 million in the first week.")
