"""The summary a reader sees, after the twenty-third reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): a list line with no subject and a report
closing on "she said" wait for the sentence before them (`summarize.told_before`); a
summary opening on a quotation alone is chosen again with the sentence crediting it
(`credit_lines.bare_opening`); an opening surname never written in full is chosen again
with its naming sentence right before it (`surnames.named_just_before`)."""

from __future__ import annotations

import re

import pytest

from chorus.summarize import surnames
from chorus.summarize.credit_lines import bare_opening
from chorus.summarize.leaning import leans_on_before
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.told_before import credits_a_pronoun
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_a_list_line_with_no_subject_is_not_shown(clusters):
    """8: "Charged with eight counts of permitting a minor ..." was shown with none of the
    three men it was written under."""
    texts = _sentences(clusters[8])
    charged = [n for n, t in enumerate(texts) if t.startswith("Charged with")]
    assert len(charged) == 6
    assert all(refers_to_before(texts[n]) for n in charged)
    assert texts[charged[0] - 1].startswith("Patrick Callahan, 21, Mansfield")
    assert not any(line.startswith("Charged with") for line in _summary(clusters[8]))


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (33, "Excavated in 1998 by an expedition"),  # its subject after the comma
        (37, "“Disappointed in the sense that"),  # a quotation's words
        (158, "Founded in 1900 and midwifed"),
    ],
)
def test_an_opening_phrase_before_its_subject_is_left_alone(clusters, line, opening):
    text = next(t for t in _sentences(clusters[line]) if t.startswith(opening))
    assert not refers_to_before(text)


def test_she_said_after_the_sentence_naming_her_waits_for_it(clusters):
    """8: "Kappa Sigma's national office also has revoked the local group's charter, she
    said." was shown with Reitz never named."""
    texts = _sentences(clusters[8])
    at = next(n for n, t in enumerate(texts) if t.startswith("Kappa Sigma's national office"))
    assert texts[at - 1].endswith("said Reitz.")
    assert credits_a_pronoun(texts[at]) and leans_on_before(texts[at - 1 : at + 1])[1]
    assert shown_only_after_the_sentence_before(clusters[8], "Kappa Sigma's national office")


def test_she_said_after_a_sentence_naming_no_one_is_left_alone(clusters):
    # 141: the "she" goes on from further back ("She claimed that the man ... attacked her").
    texts = _sentences(clusters[141])
    at = next(n for n, t in enumerate(texts) if t.startswith("When she woke up in Largo"))
    assert credits_a_pronoun(texts[at])
    assert not leans_on_before(texts[at - 1 : at + 1])[1]


def test_a_quotation_in_its_own_words_is_no_report_credited_to_she():
    assert not credits_a_pronoun("“This is not the case,” she said.")


def test_a_summary_opening_on_a_bare_quotation_shows_its_credit_first(clusters):
    """108: the summary opened on Sanders' “She was a valiant fighter for workers, ...”, its
    speaker named nowhere before it."""
    shown = _summary(clusters[108])
    # below CNN's lead since summary81 (stop 46) opens the summary on the headline's lead
    at = next(n for n, t in enumerate(shown) if t.startswith('"The name Dorothy Day has not'))
    assert shown[at].endswith("said Sanders in a short interview.")
    assert shown[at + 1].startswith('"She was a valiant fighter for workers')


def test_a_bare_quotation_after_no_credit_is_chosen_again_without_it(clusters):
    """133: Knox's “He is collateral damage ...” follows a quotation the splitter cut from
    its credit: taken with it, the summary would open on another speakerless quotation."""
    texts = _sentences(clusters[133])
    at = next(n for n, t in enumerate(texts) if t.startswith("“He is collateral damage"))
    assert bare_opening(texts, [at, at + 1]) == ([], [at])
    shown = _summary(clusters[133])
    assert not shown[0].startswith(("“", '"'))


def test_a_surname_is_shown_after_its_naming_sentence(clusters):
    """41: "Laidre observed the Colchester mandrills ..." was shown with Mark E. Laidre
    never named in full; 160: "Reid says he wants to talk to Boehner ..." likewise."""
    shown = _summary(clusters[41])
    at = next(n for n, t in enumerate(shown) if t.startswith("Laidre observed"))
    assert "notes Mark E. Laidre" in shown[at - 1]
    shown = _summary(clusters[160])
    at = next(n for n, t in enumerate(shown) if t.startswith("Reid says he wants"))
    assert shown[at - 1] == "Mitch McConnell says Harry Reid should talk to John Boehner."


def test_a_surname_already_named_in_the_summary_is_not_pulled(clusters):
    texts = _sentences(clusters[41])
    naming = next(n for n, t in enumerate(texts) if "notes Mark E. Laidre" in t)
    observed = naming + 1
    assert texts[observed].startswith("Laidre observed")
    assert surnames.named_just_before(texts, [observed], [0]) == [observed]
    assert surnames.named_just_before(texts, [naming, observed], [0]) == []


def test_whole_words_are_found_as_a_pattern_finds_them(clusters):
    # `_places` stands for a pattern compiled per word (`\bword\b`), which a call no longer
    # compiles; read over real text, lower-case names and names with marks included.
    text = "\n".join(_sentences(clusters[8]) + _sentences(clusters[58]))
    words = ["pally", "kappa", "sigma", "browne-louis", "reitz", "a", "charged", "uconn’s"]
    checked = 0
    for word in words:
        expected = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
        assert surnames._places(text, word) == expected, word
        checked += len(expected)
    assert checked > 50
