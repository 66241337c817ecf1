"""A quotation credited to a surname behind a title ("..., Mr Rawlins said.", raw 185) is
shown with its article's line naming the person in full, as a bare surname's is (summary112,
raw Multi-News validation, 0-based lines of the file)."""

from __future__ import annotations

import pytest

from chorus.summarize.surnames import _bare_names, in_full
from tests import summary_texts
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def test_a_titled_surname_is_a_bare_speaker(clusters):
    credit = summary_texts.sentence(clusters[185], '"He is an endurance performance artist')
    assert _bare_names(credit) == ["Rawlins"]
    assert not in_full(credit, "Rawlins")
    assert _bare_names(summary_texts.sentence(clusters[155], "“I wanted to feel more whole")) == [
        "Luu"
    ]
    # the naming line credits a speaker named in full; a word ending in a title's letters
    # ("ATMs") is no title
    naming = summary_texts.sentence(clusters[185], "Before he entered the box, Dark Mofo")
    assert _bare_names(naming) == []
    assert _bare_names("Three ATMs Rawlins said nothing.") == []


def test_raw_185_names_its_curator_before_his_words(clusters):
    shown = summary_texts.summary(clusters[185])
    credited = [n for n, text in enumerate(shown) if text.endswith("Mr Rawlins said.")]
    named = [n for n, text in enumerate(shown) if "Jarrod Rawlins" in text]
    assert credited and named and named[0] < credited[0]


def test_raw_186_names_dr_clements_in_full(clusters):
    # "..., said Dr Clements, who also works ..." came with no line naming him in full
    shown = summary_texts.summary(clusters[186])
    assert any("Dr Clements" in text for text in shown)
    assert any("Dr Gopalasamy Reuben Clements" in text for text in shown)
