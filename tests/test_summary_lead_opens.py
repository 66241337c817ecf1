"""The summary a reader sees, forty-eighth pass, on raw Multi-News validation clusters
(0-based lines of the file; reader 66): once the opening is chosen again, an article's lead
opens the summary rather than the first article's next line ("A judge Wednesday afternoon
set no bond ...", raw 141; a 2017 diagnosis before the death, 111); a transcript's speaker
label is no lead (102)."""

from __future__ import annotations

import pytest

from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 141 (the Largo mother, the last read here)."""
    return read_clusters(RAW_VALIDATION, 142)


def test_the_mother_s_admission_opens_before_the_bond_ruling(clusters):
    shown = summary(clusters[141])
    # [3]'s lead tells the death and who caused it; [1]'s bond line names no one
    assert shown[0].startswith("The mother of a 2-year-old whose body was found")
    # Since summary138 (stop 57) the bond line, setting no bond for "the murder charge", is
    # shown only below a line telling the charge: its line before ("Charisse Stinson, 21,
    # faces ... charges ...") is not chosen, so it is left out.
    bond = "A judge Wednesday afternoon set no bond for the murder charge"
    assert not any(line.startswith(bond) for line in shown)


def test_the_death_is_told_before_the_diagnosis_of_a_year_before(clusters):
    shown = summary(clusters[111])
    # Since summary81 (stop 46) the headline's lead, E! News' telling of the death, opened it;
    # since summary99 (stop 49), another outlet's telling left out, [2]'s lead on the death.
    assert shown[0].startswith("LFO singer Devin Lima has died")
    diagnosis = next(n for n, line in enumerate(shown) if "diagnosed with stage IV" in line)
    assert diagnosis > 0


def test_a_transcript_s_speaker_label_is_no_lead(clusters):
    shown = summary(clusters[102])
    assert not shown[0].startswith("THE PRESIDENT:")
    assert any(line.startswith("THE PRESIDENT: I wanted to come out here") for line in shown)
