"""The summary a reader sees, summary125, on raw Multi-News validation clusters (0-based lines
of the file): one fact told twice in other words. Raw 63's two leads tell Crayola's warning
against its pencils as eyeliner, the Daily Mail's "The latest bizarre beauty fad involves using
coloured pencils as eyeliner and lipstick – despite warnings from Crayola ..." [0] and UPI's
"NEW YORK, May 18 (UPI) -- Art supply company Crayola is warning against following the advice
of beauty bloggers ..." [1] (cosine 0.563, six stems shared). `retold_leads` did not read
them as one: UPI's dateline gave its row the names "May" and "Art" and the figure 18 no other
line writes, and "colored" was a deed the Daily Mail's "coloured" did not tell. Read past its
dateline and with one spelling, UPI's lead tells the lead shown again, and goes."""

from __future__ import annotations

import numpy as np

from chorus.represent import embed
from chorus.summarize.retold_leads import told_in_other_words
from chorus.summarize.retold_plainly import PlainWords
from chorus.summarize.same_fact import deeds
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentence, summary

FAD = "The latest bizarre beauty fad involves using coloured pencils"
UPI = "NEW YORK, May 18 (UPI) -- Art supply company Crayola is warning"
WARNING = "Art supply company Crayola is warning"
TITLED = "The YouTube video, titled ‘How to make crayola coloured pencil eyeliner’"
BLOGGERS = "YouTube videos from beauty bloggers including Rclbeauty101"
RESPONDED = "Crayola responded to the trend on its website"
MANUFACTURER = "\"As the manufacturer of children's products, safety is our top priority"
WILLANS = "Another blogger, Brandy Willans, writes on her channel"


def _rows(texts: list[str]) -> PlainWords:
    return PlainWords(texts, np.zeros(len(texts), dtype=int))


def test_crayolas_warning_is_told_once_and_another_blogger_takes_the_room():
    shown = summary(raw_clusters()[63])
    assert shown[0].startswith(FAD)
    assert not any(WARNING in line for line in shown)
    # Crayola's own words on its website stay, below the bloggers' claims they answer
    for opening in (RESPONDED, MANUFACTURER, BLOGGERS):
        assert any(line.startswith(opening) for line in shown)
    assert any(line.startswith(WILLANS) for line in shown)


def test_the_wires_lead_tells_the_lead_shown_again_past_its_dateline():
    cluster = raw_clusters()[63]
    texts = [sentence(cluster, opening) for opening in (FAD, TITLED, UPI, BLOGGERS, RESPONDED)]
    plain = _rows(texts)
    assert plain.names(2) == frozenset({"Crayola"})
    rows = list(range(len(texts)))
    assert told_in_other_words(texts, embed(texts), plain, rows, 2, 0)
    # read the other way, the Daily Mail's lead writes more than half its stems ("bizarre",
    # "fad", "lipstick", "health", "risks", ...) no other line writes: its own news
    assert not told_in_other_words(texts, embed(texts), _rows(texts), rows, 0, 2)


def test_a_dateline_writes_no_name_of_the_news():
    plain = _rows(
        [
            "NEW YORK, May 18 (UPI) -- Art supply company Crayola is warning bloggers.",
            "LONDON (Reuters) - Prime Minister Theresa Villiers spoke on Monday.",
            "In May, Art Garfunkel sang at Madison Square Garden.",
        ]
    )
    assert plain.names(0) == frozenset({"Crayola"})
    assert plain.names(1) == frozenset({"Minister", "Theresa", "Villiers", "Monday"})
    # no dateline: every capitalised word past the first is read
    assert plain.names(2) == frozenset({"Art", "Garfunkel", "Madison", "Square", "Garden"})


def test_a_british_deed_is_read_in_its_american_spelling():
    assert deeds("using coloured pencils") == deeds("using colored pencils") == {"colored"}
    assert deeds("She was honoured and favoured.") == {"honored", "favored"}
    # three letters before "our" at least: "poured" and "toured" are their own words
    assert deeds("He poured it and toured.") == {"poured", "toured"}
