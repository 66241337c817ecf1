"""The summary a reader sees, after the twenty-first and twenty-second readers' findings, on
raw Multi-News validation clusters (0-based lines of the file): "But it ..." after a thing
of a named place, a deed done "there" naming no place, and "The" and a noun a quotation
before wrote wait for the sentence before them (`summarize.told_before`); a photo caption
closing on its date is chosen again without it (`newsroom.photo_caption`)."""

from __future__ import annotations

import pytest

from chorus.summarize.leaning import leans_on_before
from chorus.summarize.newsroom import photo_caption
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.told_before import but_it_after_a_place, done_there, quoted_before
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, shown_only_after_the_sentence_before
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def _before(texts: list[str], opening: str) -> tuple[str, str]:
    at = row_of(texts, opening)
    return texts[at], texts[at - 1]


def test_but_it_after_the_river_in_minot_waits_for_it(clusters):
    """147: "But it is nearly 13 feet above flood stage ..." (the Souris at Minot) was shown
    after the Missouri's lines, with Minot never named."""
    text, before = _before(_sentences(clusters[147]), "But it is nearly 13 feet")
    assert before.startswith("There is some good news: The river in Minot")
    assert but_it_after_a_place(text, before)
    assert shown_only_after_the_sentence_before(clusters[147], "But it is nearly 13 feet")
    assert any("Minot" in line for line in _summary(clusters[147]))


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (78, "But it failed to secure a solid majority"),  # the coalition, named before
        (88, "But it didn’t take long for Takei"),  # an "it" that stands for nothing
        (221, "But it was clear that when Obama spoke"),
        (73, "But it’s also dealing with some serious issues"),  # HQ, its own subject
    ],
)
def test_but_it_after_any_other_sentence_is_left_alone(clusters, line, opening):
    """Every opening "But it" waiting cost raw R-1 0.037 (eleventh pass): these stay free."""
    texts = _sentences(clusters[line])
    text, before = _before(texts, opening)
    assert not but_it_after_a_place(text, before)
    assert not leans_on_before(texts)[texts.index(text)]


def test_a_deed_done_there_waits_for_the_place(clusters):
    """33: the summary opened on "But 150 million years ago, ... sauropods roamed there—",
    the Black Hills named only in the sentence before."""
    text, before = _before(_sentences(clusters[33]), "But 150 million years ago")
    assert before.startswith("The Black Hills mountain range")
    assert done_there(text) and refers_to_before(text)
    shown = _summary(clusters[33])
    assert text not in shown or shown.index(before) + 1 == shown.index(text)
    assert shown[0].startswith("Excavated in 1998")


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (2, "Later on, Scottish earls were buried there."),
        (131, "Developed cities like Singapore are well within the malaria belt"),
        (57, "The McRibster is part of an LTO menu in Austria"),
    ],
)
def test_there_after_a_named_place_or_people_is_left_alone(clusters, line, opening):
    text = next(t for t in _sentences(clusters[line]) if t.startswith(opening))
    assert "ed there" in text
    assert not done_there(text) and not refers_to_before(text)


def test_the_proposal_a_quotation_before_named_waits_for_it(clusters):
    """238: "The proposal nearly derailed passage of Walker’s two-year state budget ..." was
    shown without Sykes's “... the proposal is a $250 million taxpayer subsidy ...”."""
    text, before = _before(_sentences(clusters[238]), "The proposal nearly derailed")
    assert "the proposal is a $250 million" in before
    assert quoted_before(text, before)
    assert shown_only_after_the_sentence_before(clusters[238], "The proposal nearly derailed")


def test_the_noun_the_sentence_before_writes_outside_a_quotation_is_left_alone(clusters):
    """154: "The study involved 2,174 adults ..." after "... the study ..." in the writer's
    own words reads alone; only a quotation's "the <noun>" is the speaker's thing."""
    texts = _sentences(clusters[154])
    text, before = _before(texts, "The study involved 2,174 adults")
    assert "the study" in before
    assert not quoted_before(text, before)


def test_a_photo_caption_gives_way_to_the_story(clusters):
    """192: Clinton's Reuters caption ("... poses with Mukesh Ambani ..., India, December 8,
    2018.") took the place of the story's core, "Isha Ambani, 27, ... will marry Anand
    Piramal, 33, ...", which it resembles (cosine 0.725, over the 0.7 redundancy cut)."""
    # Cleaning now takes the caption with its "Handout via REUTERS" credit (clean19); the
    # caption alone still reads as one, for a page that credits it otherwise.
    page = next(d for d in clusters[192]["documents"] if "poses with Mukesh Ambani" in d)
    line = next(x for x in page.splitlines() if "poses with Mukesh Ambani" in x)
    caption = line[: line.index("December 8, 2018.") + len("December 8, 2018.")].strip()
    assert photo_caption(caption)
    assert not any("poses with Mukesh Ambani" in t for t in _sentences(clusters[192]))
    shown = _summary(clusters[192])
    assert any(line.startswith("Isha Ambani, 27,") for line in shown)


def test_captions_are_the_pages_dated_lines_only(clusters):
    """110's three Reuters captions are marked; no other sentence of its articles is. Read
    on the pages as written: cleaning removes them since its twenty-first pass, and the mark
    stands for a page whose captions cleaning misses."""
    assert not [t for t in _sentences(clusters[110]) if photo_caption(t)]
    marked = [t for t in _sentences(clusters[110], cleaned=False) if photo_caption(t)]
    assert len(marked) == 3
    assert all(t.endswith("Paris, April 22, 2015.") for t in marked)


def test_there_the_writer_names_in_brackets_is_left_alone():
    """DUC d30003t: Castro's "what has happened there (in London)": the writer names it."""
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 1)[0]
    assert duc["id"] == "d30003t"
    text = next(t for t in _sentences(duc) if "happened there (" in t)
    assert not done_there(text)
