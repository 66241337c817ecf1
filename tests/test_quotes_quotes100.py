"""Who said what, hundredth pass: a block quote after a lead-in whose named subject says or
writes it ("Rubin writes:", "Cosby’s reply:", "The New York Times said in an editorial ...:"),
none where the page's embedded post was cut after the colon (raw validation 205's Steve
Harvey); a speaker in apposition to "one of the searchers" (raw 153); a speaker opening a
relative clause without "that" on a predicate's noun says no words of the row's (raw 175)."""

from __future__ import annotations

import pytest

from chorus.analyze.quote_blocks import _NAMED_LEADS, block_quotes
from chorus.analyze.quote_hits import first_hit
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.briefings import quotes_of
from tests.conftest import RAW_VALIDATION, read_clusters


def _rows(corpus: str, line: int) -> list[tuple[str, str | None, str]]:
    return [(q.speaker, q.role, q.words) for q in quotes_of(corpus, line)]


def _words_of(rows: list[tuple[str, str | None, str]], speaker: str) -> list[str]:
    return [words for who, _, words in rows if who == speaker]


def test_a_named_subjects_block_after_a_colon_is_theirs():
    # raw 36 [1]: "Rubin writes:" ¶ "Even DeMint would not claim to be a serious scholar. ..."
    assert any(w.startswith("Even DeMint would not") for _, _, w in _rows("raw", 36))
    # raw 172: "Cosby’s reply:" ¶ "I am prepared to tell this young person the truth ..."
    cosby = _words_of(_rows("raw", 172), "Bill Cosby")
    assert any(w.startswith("I am prepared to tell this young person") for w in cosby)
    # raw 188 [1]: "Then Kagan actually references the Spider-Man comic books:" ¶ her
    # opinion's text, no saying (the quote gold blind9 leaves it out by choice): no row
    kagan = _words_of(_rows("raw", 188), "Elena Kagan")
    assert "What we can decide, we can undecide" not in kagan
    # DUC d31013t: "The New York Times said in an editorial on Monday, Oct. 26:"
    times = _words_of(_rows("duc", 21), "The New York Times")
    assert any(w.startswith("The murder of Dr. Barnett Slepian") for w in times)


def test_no_block_where_the_embedded_post_was_cut():
    # raw 205 [0]: "Comedian/talk show host Steve Harvey, ..., tweeted early Monday:" then
    # the page's tweet (cut: "— Steve Harvey (@IAmSteveHarvey) February 27, 2017") and the
    # writer's "Reactions from Hollywood on social media started pouring in ...:"
    cluster = read_clusters(RAW_VALIDATION, 206)[205]
    sentences = split(clean(as_articles(cluster["documents"])[0]))
    texts = [s.text for s in sentences]
    (lead,) = [n for n, t in enumerate(texts) if t.endswith("tweeted early Monday:")]
    assert any(shape.search(texts[lead]) for shape in _NAMED_LEADS)  # the shape reads it
    assert lead not in block_quotes(sentences, texts)
    rows = _rows("raw", 205)
    assert not any(w.startswith("Reactions from Hollywood") for _, _, w in rows)


def test_a_capital_opening_the_lead_in_is_no_speaker():
    # raw 107 [2]: "First reactions to the president’s big jobs speech:" ¶ "1) Qua speech,
    # it was excellent ..." (the blogger's own list)
    assert not any(w.startswith("1) Qua speech") for _, _, w in _rows("raw", 107))


def test_one_of_a_group_named_in_apposition_speaks():
    # raw 153 [1]: "“Having girls of our own, it just hit home,” one of the searchers,
    # Karen Boucher, told the Logansport Pharos-Tribune."
    rows = _rows("raw", 153)
    assert (
        "Karen Boucher",
        "one of the searchers",
        "Having girls of our own, it just hit home",
    ) in rows


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # raw 175 [0]: the message is what Woods sent her, as she says: no words of hers
        (
            "DEVONJAMESXXX.COM 'I want you to be my whore' was one text message Florida-based "
            "porn star Devon James says Tiger Woods sent her.",
            None,
        ),
        # raw 54 [1]: a connective before the speaker: their words
        (
            "He'd been the subject of a search after Smith said he was last seen Tuesday.",
            "he was last seen Tuesday",
        ),
    ],
)
def test_a_speaker_opening_a_relative_clause_on_a_noun(text, words):
    hit = first_hit(text, 0)
    if words is None:
        assert hit is None
    else:
        assert hit is not None and text[hit.words[0] : hit.words[1]] == words
