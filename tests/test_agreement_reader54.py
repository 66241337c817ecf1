"""The fiftieth agreement pass (reader54; raw validation clusters, 0-based, file order), each
read against the articles. In raw 212 [2] is Mark Cohen's rebuttal of Eben Alexander's
Newsweek story: its "coma does not equate to “... higher-order brain functions totally
offline” ..." agreed with Alexander's "For seven days I lay in a deep coma, ..., my
higher-order brain functions totally offline.", and Terence McKenna's "Here is the realm of
that which is stranger than we can suppose." with Alexander's "It gets stranger still.",
one word in common. In raw 209 Reuters' "between 2 meters (6.5 ft) and 16 meters (52 ft) in
size" was agreed by the BBC, whose article gives the same official's "2m to 15m"."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_rebuttals import quoted_to_deny
from chorus.analyze.model import Analysis
from chorus.api import brief
from tests.briefings import DUC
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters

PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"
PLUS_TRAIN = DATA / "multinews-plus-train.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (209, 212))


def test_a_rebuttal_quoting_the_claim_to_deny_it_does_not_agree(analyses):
    claim = data_sentence(RAW_VALIDATION, 212, "For seven days I lay in a deep coma")
    rebuttal = data_sentence(RAW_VALIDATION, 212, "coma does not equate to")
    assert quoted_to_deny(rebuttal, claim)
    assert not quoted_to_deny(claim, rebuttal)
    assert not pair_shown(analyses[212], "For seven days I lay", "coma does not equate to")
    # [2] telling what Alexander asserts, and [1] asserting it, agree
    assert pair_shown(analyses[212], "In his Newsweek article, Alexander asserts", "This is clear")


def test_a_spokeswoman_saying_a_report_is_not_right_does_not_agree_with_it():
    # Multi-News+ validation 677: Facebook's "this isn't quite right" after the WSJ's words
    report = data_sentence(
        PLUS_VALIDATION, 677, "including card transactions and checking-account balances, as part"
    )
    answer = data_sentence(PLUS_VALIDATION, 677, "this isn't quite right")
    assert quoted_to_deny(answer, report)


def test_two_outlets_quoting_one_speaker_or_one_title_agree():
    # raw 112: both quote Cleaver; raw 114: both say the bears were not in danger of
    # extinction; raw 205: "“Moonlight,” not “La La Land”" names the film, no claim
    pairs = (
        (112, "early reports of the new deal appeared to be", "called the deal “a sugar-coated"),
        (114, "were not considered to be in danger", 'were not "in danger of extinction'),
        (205, "show the TV audience that, in fact, it said Moonlight", 'not "La La Land" was'),
    )
    for line, one, other in pairs:
        a, b = data_sentence(RAW_VALIDATION, line, one), data_sentence(RAW_VALIDATION, line, other)
        assert not quoted_to_deny(a, b) and not quoted_to_deny(b, a), line


def _passage(path, line: int, first: str, last: str) -> str:
    """The text of cluster `line` from `first` through `last`."""
    text = "\n".join(read_clusters(path, line + 1)[line]["documents"])
    start = text.index(first)
    return text[start : text.index(last, start) + len(last)]


def test_a_quotation_opening_another_remark_is_not_denied_by_the_remark_before():
    # Multi-News+ train 1141: Putin "didn't “really talk to him.” “I made my speech. ...”",
    # the words of his remark the other article quotes unmatched ("And now we're meeting
    # again. “when i came ...,” putin continued. “i made my speech. ...")
    remark = _passage(PLUS_TRAIN, 1141, "Russian president vladimir putin", "in some things.")
    other = _passage(PLUS_TRAIN, 1141, "And now we're meeting again.", "got up and left.")
    assert not quoted_to_deny(remark, other)


def test_one_word_in_common_links_no_short_sentences(analyses):
    assert not pair_shown(analyses[212], "stranger than we can suppose", "It gets stranger still")
    # DUC 1: Maxwell's "He did not say how it had been used ..." and a prosecutor's "He did
    # not elaborate." are two men
    documents = read_clusters(DUC, 2)[1]["documents"]
    analysis = brief(documents, words=100).analysis
    assert not pair_shown(analysis, "He did not say how it had been used", "He did not elaborate")
    assert pair_shown(analysis, "extradite either of these men", "extradite Ahmed from Tanzania")


def test_a_range_the_other_article_gives_with_another_end_is_not_agreed(analyses):
    assert not pair_shown(analyses[209], "between 2 meters (6.5 ft) and 16 meters", "2,700km")
    # the insurers' payouts, told alike, stay agreed
    assert pair_shown(analyses[209], "Chinese insurance companies", "Chinese insurance firms")


def test_an_end_with_two_points_is_no_measure_and_breaks_nothing():
    # Raw 209's range, with a version-like end: read as no range, where float() raised.
    from chorus.analyze.ranges import ranges

    reuters = "were between 2 meters (6.5 ft) and 16 meters (52 ft) in size"
    assert ranges(reuters) == frozenset({("m", 2.0, 16.0)})
    assert ranges(reuters.replace("16 meters", "1.6.2 meters")) == frozenset()
