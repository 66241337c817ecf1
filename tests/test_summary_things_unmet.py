"""A summary line leaning on a thing only its line before brought in, and a field's label
and value (summary69, reader 74, raw Multi-News validation, 0-based lines of the file):
raw 52's "She said she got rid of the gun in a river in Michigan." shown with no gun and no
shooting above it; raw 201's closing "Hidden Message: WHEN YOU CAME TO THE SHOW IN S.D.", a song
guide's cell."""

from __future__ import annotations

import pytest

from chorus.summarize.page_lines import field_value
from chorus.summarize.things_unmet import things_unmet
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import article_starts, row_of, sentence, sentences, summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    """Raw validation's clusters up to 201 (the Swift and Kennedy break-up)."""
    return read_clusters(RAW_VALIDATION, 202)


def _rows(cluster: dict) -> tuple[list[str], list[int]]:
    """A cluster's sentences, and the rows opening its articles."""
    return sentences(cluster), article_starts(cluster)


def test_the_gun_only_its_line_before_brought_in_is_unmet_alone(clusters):
    texts, starts = _rows(clusters[52])
    gun = row_of(texts, "She said she got rid of the gun")
    # [3]'s line before: "She admitted to shooting him once with his own gun ..."
    assert "his own gun" in texts[gun - 1]
    lead = starts[0]
    assert things_unmet(texts, [lead, gun], starts) == [gun]
    # shown right below its line before, or below a line naming a gun, it stands
    assert things_unmet(texts, [lead, gun - 1, gun], starts) == []
    dumped = row_of(texts, "She said she dumped the gun in a Michigan river.")
    assert things_unmet(texts, [lead, dumped - 1, gun], starts) == []


def test_a_thing_brought_in_without_a_possessive_is_not_read(clusters):
    texts, starts = _rows(clusters[52])
    # "the sentence" of [2] is no thing its line before brought in after "his"/"her"
    changed = row_of(texts, "When Pasztor was able to get the sentence changed")
    assert things_unmet(texts, [starts[0], changed], starts) == []


def test_the_summaries_show_neither_line_without_what_it_leans_on(clusters):
    shown = summary(clusters[52])
    assert not any("got rid of the gun" in text for text in shown)
    # the line telling the shooting comes in, below the neighbour's
    neighbour = next(n for n, text in enumerate(shown) if "Frank Macomber" in text)
    assert any("shot to death" in text for text in shown[neighbour:])


def test_a_field_label_and_its_value_in_capitals_is_no_sentence(clusters):
    assert field_value(sentence(clusters[201], "Hidden Message: WHEN YOU CAME TO THE SHOW"))
    assert field_value(sentence(clusters[201], "Hidden Message: FOR ETHEL"))
    # a transcript's speaker before a whole sentence in capitals is the story told (136 [0]'s
    # line, its captions taken out by cleaning since clean60, so written here)
    assert not field_value(
        "Reporter: FOR 12 YEARS TIMOTHY'S MUCH SHOT HAS APPEARED ON FLORIDA'S SEX OFFENDER"
        " REGISTRY BUT NOW THE STATE HAS TAKEN A NEW PHOTO HOLDING UP A $3 MILLION CHECK AFTER"
        " HE STRUCK IT RICH ON A FLORIDA LOTTERY SCRATCH OFF TICKET."
    )
    # a headline in capitals, and a label before a sentence in lower case, are not cells
    assert not field_value("BANK STOCKS CRUSHED: TIME TO FREAK OUT?")
    assert not field_value("Update: Police said the road has reopened.")
    shown = summary(clusters[201])
    assert not any(text.startswith("Hidden Message:") for text in shown)
    # the break-up still leads
    assert shown[0].startswith("After an intense couple months of dating, Taylor Swift")
