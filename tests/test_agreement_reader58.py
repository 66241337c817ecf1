"""The fifty-third agreement pass (reader58; raw validation clusters, 0-based, file order),
each read against the articles. In raw 239 Sarah Robinson's own account of the theft, ""So I
went to Walmart, grabbed clothes, shoes, diapers, wipes, and I just walked out, but they
caught me," said Robinson.", was agreed by the other outlet's "He asked Robinson’s oldest
daughter to grab some shoes so that he could pay for them ...": the officer buying the
goods, which that outlet says she never left the store with. The two share the goods and her
name, linked by their score alone."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_voices import speaker_and_another
from chorus.analyze.model import Analysis
from tests.conftest import RAW_VALIDATION
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (239,))


def test_her_theft_is_not_agreed_by_the_officer_paying(analyses):
    assert not pair_shown(analyses[239], "I just walked out", "so that he could pay for them")
    assert not any("I just walked out" in fact.statement.text for fact in analyses[239].agreed)


def test_the_officer_seeing_the_barefoot_children_is_still_agreed(analyses):
    # both outlets tell it: "... some of the children with Robinson were barefoot" /
    # "... noticed some of her kids were walking around barefoot."
    assert pair_shown(
        analyses[239], "were barefoot and had dirty feet", "kids were walking around barefoot"
    )


def test_the_speaker_named_in_the_possessive_is_not_the_pronoun():
    quoted = data_sentence(RAW_VALIDATION, 239, "I just walked out").strip()
    officer = data_sentence(RAW_VALIDATION, 239, "He asked Robinson.s oldest daughter").strip()
    assert speaker_and_another(quoted, officer)
    assert speaker_and_another(officer, quoted)


def test_a_spokesman_telling_of_the_speaker_is_left():
    # raw 237: the Vatican's spokesman ("He said Francis wanted to pray together with
    # Benedict ...") reports what Francis's own words say; he names Francis, not Francis's
    quoted = data_sentence(RAW_VALIDATION, 237, "we are brothers, we pray together").strip()
    spokesman = data_sentence(RAW_VALIDATION, 237, "He said Francis wanted to pray").strip()
    assert not speaker_and_another(quoted, spokesman)
