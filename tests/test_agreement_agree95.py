"""The ninety-third agreement pass (agree95; raw validation clusters, 0-based, file order): a
statement's ratio ("at least 50 times lower") is told by a support giving it as a multiple, not
by one writing the same number of something else ("50 percent"): raw 216's [1] tells its
prevalence row in part (agreement_multiples.py)."""

from __future__ import annotations

from chorus.analyze.agreement_multiples import multiple_untold
from chorus.analyze.agreement_parts import told_in_part
from tests.conftest import RAW_VALIDATION
from tests.gold import agreed_item, analysed_lines, data_line, data_sentence, marked_in_part
from tests.raw_pages import raw_clusters

_LOWER = "Molto and Sheldrick believe that the prevalence of cancer was still at least 50 times"
_PERCENT = "Extrapolating from these cases, the researchers estimated"
_GREATER = "Thus, the lifetime cancer risk in today's Western societies is 100 times greater"


def test_a_number_of_another_kind_does_not_tell_a_ratio():
    lower = data_line(RAW_VALIDATION, 216, _LOWER)
    percent = data_line(RAW_VALIDATION, 216, _PERCENT)
    considerably = data_line(RAW_VALIDATION, 216, "However, even accounting for these factors")
    assert multiple_untold(lower, [percent, considerably])
    assert told_in_part(lower, [percent, considerably])


def test_a_ratio_its_bound_allows_tells_it():
    lower = data_line(RAW_VALIDATION, 216, _LOWER)
    greater = data_line(RAW_VALIDATION, 216, _GREATER)
    assert not multiple_untold(lower, [greater])


def test_a_count_of_shots_is_no_ratio():
    # raw 156: "struck three times" is told by "three gunshot wounds" as far as the figure goes
    struck = data_line(RAW_VALIDATION, 156, "Stoffel's wife, Erin Stoffel, 32, was struck three")
    wounds = data_line(RAW_VALIDATION, 156, "His wife, Erin Stoffel, 32, sustained three gunshot")
    assert not multiple_untold(struck, [wounds])


def test_the_prevalence_row_marks_its_percent_support_in_part():
    analysis = analysed_lines(raw_clusters(), (216,))[216]
    fact = agreed_item(analysis, _LOWER)
    assert marked_in_part(fact, _PERCENT)


def test_a_name_after_times_makes_no_ratio():
    # raw 210 [0]'s photo teaser counts lies; the lead's review read "times Weiner" as a ratio
    # once the word after "times" was read without regard to case (stop 54)
    found = data_sentence(RAW_VALIDATION, 210, "8 times Weiner lied").splitlines()
    teaser = next(line for line in found if "8 times Weiner lied" in line)
    assert not multiple_untold(teaser, [])
