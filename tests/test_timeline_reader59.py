"""The timeline's fifty-ninth pass (reader56; raw validation by 0-based line): a year of the
common era after "in", "around" and the like is a year row ("the battle, which occurred
around 256 A.D.", raw 194's siege of Dura-Europos); a year before it, or one ending a range,
stays in the note. Expectations from reading the articles."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.timeline import timeline
from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest.article_dates import with_dates
from chorus.render import to_markdown
from chorus.sentences import split
from tests.test_analyze_timeline_new_text import FILES, _lines
from tests.test_analyze_timeline_reader25 import _raw


@pytest.fixture(scope="module")
def dura_europos() -> list:
    return with_dates(as_articles(_raw({194})[194]["documents"]), None, [])


def test_the_siege_s_year_is_a_row_and_the_years_before_the_era_stay_in_the_note(dura_europos):
    # [1]: "No historical record exists of the battle, which occurred around 256 A.D., but
    # archaeological remains, unearthed by major excavations in 1920-1937 ...". Mayor's
    # forerunners, "327 BC" (Gandhara), "429 BC" and "424 BC" (Thucydides' sieges) and "360
    # B.C." (Aeneas Tacticus), have no calendar date.
    dated = timeline([s for a in dura_europos for s in split(clean(a))], frozenset())
    siege = [e for e in dated.entries if e.expression.text == "256 A.D."]
    assert [(e.when, e.precision) for e in siege] == [("0256", "year")]
    assert siege[0].sentence.text.startswith("No historical record exists of the battle")
    assert dated.entries[0] is siege[0]  # the earliest row
    assert dated.reason.startswith(  # then the dates no form reads (timeline61)
        "not shown: 4 year(s) written with an era ('327 BC', '429 BC', '424 BC' ...) are not "
        "placed on the timeline; "
    )


def test_the_markdown_writes_the_siege_s_year_with_its_era(dura_europos):
    markdown = to_markdown(brief(dura_europos))
    assert "\n- AD 256: No historical record exists of the battle" in markdown


def test_a_year_of_the_era_that_ends_a_range_is_no_row():
    # Multi-News+ validation 1036: "The latest basket-maker village dates between 200 a.d."
    # / "And 700 a.d., based on the types of pottery found" (a period, split at "And");
    # 1920: "built under the roman emperor septimius severus between a.d. 193 and" (its end
    # cut off by the split). Neither dates an event; both stay in the note.
    clusters = dict(_lines(FILES["mn+val"], {1036, 1920}))
    reasons = {}
    for number, cluster in clusters.items():
        sentences = [s for a in as_articles(cluster["documents"]) for s in split(clean(a))]
        dated = timeline(sentences, frozenset())
        assert not [e for e in dated.entries if e.date.year < 1000]
        reasons[number] = dated.reason
    assert "2 year(s) written with an era ('200 a.d.', '700 a.d.')" in reasons[1036]
    assert (
        reasons[1920] == "1 year(s) written with an era ('a.d. 193') are not placed on the timeline"
    )
