"""The summary a reader sees, after an eighteenth reader's findings, on raw Multi-News
validation clusters (0-based lines of the file): an opening "Except", "Nor" or "Which" that
goes on from the sentence before, and a quotation credited to "the" and a description right
after the sentence naming its speaker."""

from __future__ import annotations

import pytest

from chorus.dangling import goes_on
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import leans as _leans
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import shown_only_after_the_sentence_before
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("line", "opening", "marked"),
    [
        (3, "Except seven of those ten children all went to college", True),
        (107, "Except this isn't a game.", True),
        (70, "Which is not to say this “Evil Dead’’ reboot", True),
        (23, "Nor did I give any order in my own name", True),
        (227, "Nor has there been a hint", True),
        # a question, a count of "so far" inside a sentence: no going on
        (171, "Which Andromeda Did You Mean?", False),
        (19, "So far, Trump has not weighed in publicly", False),
    ],
)
def test_an_opening_that_goes_on_from_the_sentence_before(clusters, line, opening, marked):
    assert goes_on([_sentence(clusters[line], opening)])[0] == marked


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (3, "Except seven of those ten children"),
        (70, "Which is not to say this"),
    ],
)
def test_the_summary_shows_such_a_sentence_only_after_its_sentence_before(clusters, line, opening):
    assert shown_only_after_the_sentence_before(clusters[line], opening)


@pytest.mark.parametrize(
    ("line", "opening", "marked"),
    [
        # after "Newt Gingrich says President Barack Obama's address ... was "naive.""
        (86, '"It\'s just stunningly, breathtakingly naive," the former House speaker', True),
        # after "The statement from attorney Jamie Gorelick was issued ..."
        (219, '"Mr. Kushner previously volunteered to share with Congress', True),
        # after "Vasiliades said that "back home" in Greece, ..."
        (228, '"I think you should find him and kick his ass, personally,"', True),
        # the sentence before names no one ("...,” the presidency quoted ...")
        (23, "“I was not a responsible leader, and as such do not feel myself guilty,” the", False),
        # credited by name
        (86, '"There\'s no doubt about it," Dole said', False),
    ],
)
def test_a_quotation_credited_to_a_description_after_its_speakers_name(
    clusters, line, opening, marked
):
    assert _leans(clusters[line], opening) == marked


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (86, '"It\'s just stunningly, breathtakingly naive,"'),
        (228, '"I think you should find him and kick his ass'),
        (219, '"Mr. Kushner previously volunteered to share with Congress'),
    ],
)
def test_the_summary_shows_such_a_quotation_only_after_the_speakers_name(clusters, line, opening):
    assert shown_only_after_the_sentence_before(clusters[line], opening)


def test_the_summary_of_raw_86_names_dole_beside_his_words(clusters):
    texts = _summary(clusters[86])
    # the former House speaker's words only right after "Newt Gingrich says ..." (shown so
    # since the thirtieth pass)
    naive = [n for n, t in enumerate(texts) if t.startswith("\"It's just stunningly")]
    assert all(texts[n - 1].startswith("Newt Gingrich says") for n in naive)
    # eighteenth pass: Graham's "..., he said." goes with the line naming him, and Dole is
    # named by "Bob Dole says ..." right before his "I doubt it," he said; since the thirtieth
    # pass the other outlet's "... Bob Dole says." opens the summary and its "The Kansas
    # Republican - who served 27 years in the Senate ..." is the line before
    doubt = next(n for n, t in enumerate(texts) if t.startswith('"I doubt it," he said'))
    assert texts[doubt - 1].startswith(
        ("Former Senate Majority Leader Bob Dole says", "The Kansas Republican")
    )
    assert any("Bob Dole says" in t for t in texts[:doubt])
