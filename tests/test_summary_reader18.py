"""The summary a reader sees, eighteenth pass, on raw Multi-News validation clusters (0-based
lines of the file): a quotation credited to "he" shown apart from the sentence naming him,
a quotation whose credit the splitter cut onto a line of its own, an opening "They ...
also" or "They said", a quoted answer without its question, and "... more than that."."""

from __future__ import annotations

import pytest

from chorus.summarize.credit_lines import credits_quotation
from chorus.summarize.refers_before import refers_to_before
from chorus.summarize.unnamed_rows import speaker_apart
from tests.conftest import RAW_VALIDATION, read_clusters
from tests.summary_texts import row_of, shown_only_after_the_sentence_before
from tests.summary_texts import sentence as _sentence
from tests.summary_texts import sentences as _sentences
from tests.summary_texts import summary as _summary


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        # Lt. Gen. Thomas Bergeson, named only in the sentence before
        (104, "“Our mission is first and foremost"),
        # Ronan Farrow's words: shown after three of Oppenheim's, "he" read as Oppenheim
        (130, "“I walked into the door at The New Yorker"),
    ],
)
def test_a_quotation_credited_to_he_is_shown_with_the_sentence_naming_him(clusters, line, opening):
    texts = _summary(clusters[line])
    at = row_of(texts, opening)
    before = _sentences(clusters[line])
    assert texts[at - 1] == before[before.index(texts[at]) - 1]


def test_speaker_apart_reads_the_sentence_before_for_a_name(clusters):
    texts = _sentences(clusters[104])
    naming = next(n for n, t in enumerate(texts) if t.startswith("Lt. Gen. Thomas Bergeson"))
    quotation = naming + 1
    assert speaker_apart(texts, [0, quotation], [0]) == [quotation]
    assert speaker_apart(texts, [naming, quotation], [0]) == []
    # 86: Gingrich's "..., he said." follows "He alluded to ...", which names no one
    texts = _sentences(clusters[86])
    gingrich = next(n for n, t in enumerate(texts) if t.startswith("\"This stuff's going on"))
    assert speaker_apart(texts, [0, gingrich], [0]) == []


def test_a_credit_the_splitter_cut_off_is_shown_below_its_quotation(clusters):
    """130: "“Ronan reached out to us ...”" / "Mr. Oppenheim said." / "“And we granted him
    permission to do so.”": the name heads no quotation below it."""
    texts = _sentences(clusters[130])
    at = next(n for n, t in enumerate(texts) if t.startswith("“Ronan reached out to us"))
    assert texts[at + 1] == "Mr. Oppenheim said."
    assert credits_quotation(texts[at + 1], texts[at])
    shown = _summary(clusters[130])
    assert texts[at] not in shown or shown[shown.index(texts[at]) + 1] == texts[at + 1]
    # a heading or a name alone under a report is no credit
    assert not credits_quotation("Mr. Oppenheim said.", "Mr. Farrow implied that the network ...")


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (6, "They were also asked how much they liked the clips"),
        (6, "They also asked them to rate their hunger"),
        (153, "They noted the bodies were found"),
        (153, "Riley, Carroll County Sheriff Tobe Leazenby"),
        (34, '"Not that I\'m aware of," said the White House press secretary.'),
        (130, "“Absolutely false,” the spokesperson told"),
    ],
)
def test_a_sentence_standing_on_the_one_before_waits_for_it(clusters, line, opening):
    assert refers_to_before(_sentence(clusters[line], opening))
    assert shown_only_after_the_sentence_before(clusters[line], opening)


@pytest.mark.parametrize(
    ("line", "opening"),
    [
        (2, "No one knows yet who built the site"),  # no answer: a subject
        (2, "\"No one's had dating"),  # a quotation opening on "No one"
        (103, "“No means no.”"),
        (102, "Politicians don't worry about that."),  # "that" with no comparison
        (242, "They refused to bake a wedding cake"),  # "They" named in the sentence before
        (227, "“He’s not the first person in history"),  # "than that" inside the quotation
    ],
)
def test_such_shapes_read_alone_are_left_alone(clusters, line, opening):
    assert not refers_to_before(_sentence(clusters[line], opening))
