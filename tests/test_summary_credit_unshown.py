"""Words read as the wrong person's once lines stand side by side (raw 99 and 24, readers 75
and 76): a quotation alone whose article credits it by name on the sentence before, shown
below a line giving another person's words or name, is taken with its credit or left out;
"She said"/"He said" lines whose speaker the article names in a clause after commas or on
the sentence before are read as a credit to someone unshown; a "his" line writing a name
its naming sentence writes is not excused by that name written above (raw 39)."""

from __future__ import annotations

import pytest

from chorus.summarize.credit_unshown import credit_unshown
from chorus.summarize.people_unmet import speaker_unshown
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, row_of, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 99 (Charlie Sheen's police escort, the last read)."""
    return read_clusters(RAW_VALIDATION, 100)


def test_lanier_s_words_below_the_publicist_s_line_are_marked(clusters):
    texts = sentences(clusters[99])
    because = row_of(texts, "“Because, from what the allegation is,")
    # the Washington Post credits it to the chief on the sentence before
    assert "Lanier told reporter" in texts[because - 1]
    publicist = row_of(texts, "Sheen’s publicist and tour promoter said they had no answers.")
    assert credit_unshown(texts, [0, publicist, because], [0]) == [because]
    # below its credit it is the chief's
    assert credit_unshown(texts, [0, because - 1, because], [0]) == []


def test_a_quotation_below_a_line_naming_no_one_who_speaks_is_marked(clusters):
    texts = sentences(clusters[99])
    late = row_of(texts, "Still, 80 mph in a sport-utility vehicle is pretty fast.")
    because = row_of(texts, "“Because, from what the allegation is,")
    # a line on the car's speed says no one spoke: below it the chief's words read as the
    # writer's (summary98; at stop 45 this read cost R-1 0.022, at stop 49 none)
    assert credit_unshown(texts, [0, late, because], [0]) == [because]


def test_crump_s_e_mail_is_credited_to_a_she_no_line_shown_names(clusters):
    texts = sentences(clusters[99])
    email = row_of(texts, "“This escort was handled as a reimbursable detail,” she said")
    crump = row_of(texts, "On Wednesday, when asked about the police cars, Crump")
    landed = row_of(texts, "“We had a police escort, and we ran more red lights")
    assert crump == email - 1
    assert speaker_unshown(texts, [0, landed, email], [0]) == [(email, crump)]


def test_he_said_in_los_angeles_is_the_publicist_s_whom_no_line_shown_names(clusters):
    texts = sentences(clusters[99])
    los_angeles = row_of(texts, "He said he was in Los Angeles on Tuesday.")
    email = row_of(texts, "“This escort was handled as a reimbursable detail,” she said")
    assert texts[los_angeles - 1] == "Solters was also no help."
    assert speaker_unshown(texts, [0, email, los_angeles], [0]) == [(los_angeles, los_angeles - 1)]


def test_the_sheen_summary_shows_each_quotation_below_its_speaker(clusters):
    shown = summary(clusters[99])
    because = row_of(shown, "“Because, from what the allegation is,")
    assert "Lanier told" in shown[because - 1]
    # Crump's lines are out since summary76 brought Lanier's introduction in; shown, her
    # e-mail is below her line
    email = "“This escort was handled as a reimbursable detail,” she said"
    assert all("Crump" in shown[n - 1] for n, line in enumerate(shown) if line.startswith(email))
    assert not any(line.startswith("He said he was in Los Angeles") for line in shown)


def test_the_tsa_summary_shows_thompson_s_words_below_his_credit(clusters):
    shown = summary(clusters[24])
    dhs = row_of(shown, "“As you know, DHS as a whole has been criticized")
    assert shown[dhs - 1].endswith("Thompson said.")


def test_his_findings_speaking_of_selznick_are_not_selznick_s(clusters):
    texts = sentences(clusters[39])
    brown, lead, findings = (
        row_of(texts, opening)
        for opening in (
            "Katharine Brown was one of David O. Selznick’s most trusted employees.",
            "ATLANTA (AP) — Seventy-five years after the premiere",
            "His findings illustrate some of Selznick's concerns",
        )
    )
    # Bernstein is named only in the sentence before
    bernstein = findings - 1
    assert texts[bernstein].startswith("Emory University film studies professor Matthew Bernstein")
    # "Selznick" written above is the producer the line speaks of beside its "his"
    starts = article_starts(clusters[39])
    assert speaker_unshown(texts, [brown, lead, findings], starts) == [(findings, bernstein)]
    # below Bernstein's own sentence the line is his
    assert speaker_unshown(texts, [brown, lead, bernstein, findings], starts) == []
