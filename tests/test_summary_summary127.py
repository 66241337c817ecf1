"""Summary a reader sees, hundred-and-sixteenth pass (summary127, stop 56; raw Multi-News
validation, 0-based lines of the file): someone's first-person words a page sets off as a
passage, signed ("—Paul Ehrlich") or led into ("whom Kunzig quotes:"), are not shown with no
line naming their speaker (raw 45, reader103); a document link's label in round brackets
("(full filing: pdf)", raw 40) is taken out as the text is read."""

from __future__ import annotations

import re

import pytest

from chorus.ingest.link_furniture import link_furniture_edits
from chorus.ingest.text_edits import edited
from chorus.language.quoted_passages import lead_in, quoted_passage, signature
from chorus.model import Article, Sentence
from chorus.summarize.passages_apart import passages_apart
from tests.briefings import DUC, raw_briefing
from tests.conftest import read_clusters
from tests.raw_pages import raw_clusters
from tests.summary_texts import row_in_article, split_sentences

_EHRLICH = (
    "I have understood the population explosion",
    "I came to understand it emotionally",
    "The temperature was well over 100",
)


@pytest.fixture(scope="module")
def raw_45() -> list[Sentence]:
    return split_sentences(raw_clusters()[45])


def test_raw_45_shows_none_of_ehrlichs_passage():
    shown = [s.text for s in raw_briefing(45).summary]
    assert shown[0].startswith("Some time late in 2011")
    assert not any(text.startswith(_EHRLICH) for text in shown)
    # in their place, lines of the story's own writers
    assert any(text.startswith("Decades from now, there will likely be") for text in shown)


def test_45s_two_copies_are_signed_and_led_into(raw_45):
    signed = raw_45[row_in_article(raw_45, 0, _EHRLICH[1])]
    led = raw_45[row_in_article(raw_45, 1, _EHRLICH[1])]
    assert signature(signed) == "Paul Ehrlich"
    assert signature(led) is None
    at = lead_in(led)
    assert at is not None and led.article.text[:at].endswith("whom Kunzig quotes:")
    assert quoted_passage(signed) and quoted_passage(led)


def test_a_passage_line_goes_unless_a_line_above_names_its_speaker(raw_45):
    lead = row_in_article(raw_45, 1, "Some time late in 2011")
    for article in (0, 1):
        rows = [row_in_article(raw_45, article, opening) for opening in _EHRLICH]
        # every line of the paragraph, "The temperature ..." too
        assert passages_apart(raw_45, [lead, *rows]) == rows
    # [1]'s copy below a line writing the signature's surname
    named = row_in_article(raw_45, 0, "In 1966, when Ehrlich took that taxi ride")
    signed = row_in_article(raw_45, 0, _EHRLICH[0])
    assert passages_apart(raw_45, [named, signed]) == []
    assert passages_apart(raw_45, [signed, named]) == [signed]
    # [2]'s copy below its lead-in line; a surname alone is no lead-in
    into = row_in_article(raw_45, 1, "Those teeming slums seem to provoke")
    led = row_in_article(raw_45, 1, _EHRLICH[0])
    assert passages_apart(raw_45, [into, led]) == []
    assert passages_apart(raw_45, [named, led]) == [led]


def _page(text: str) -> list[Sentence]:
    article = Article(id="a", text=text, outlet="x")
    found, at = [], 0
    for index, piece in enumerate(re.findall(r"[^.:\n]+[.:](?: —[A-Z][a-z]+ [A-Z][a-z]+)?", text)):
        start = text.index(piece.strip(), at)
        at = start + len(piece.strip())
        found.append(Sentence(article, index, start, at))
    return found


def test_edges():
    signed = _page("The city grew.\n\nI went there. I saw it. —Jane Doe\n\nDoe left.")
    assert passages_apart(signed, [0, 1, 2]) == [1, 2]
    assert passages_apart(signed, [3, 1]) == []  # "Doe" named above
    # a signed passage in no first person, and a first person with no signature
    assert passages_apart(_page("Intro.\n\nThe city slept. It rained. —Jane Doe"), [1, 2]) == []
    assert passages_apart(_page("Intro.\n\nI went there. I saw it."), [1, 2]) == []
    # led into: "as she wrote:"
    led = _page("She had a view, as she wrote:\n\nI went there. I saw it.")
    assert passages_apart(led, [1]) == [1]
    assert passages_apart(led, [0, 1, 2]) == []
    # a "my" inside quotation marks is the quotation's, not the passage's
    quoted = _page('The city grew.\n\nShe said "my view" then. It rained. —Jane Doe')
    assert passages_apart(quoted, [1]) == []


def test_over_raw_and_duc_these_four_pages_set_such_passages():
    # Each read, each someone's own words: 45's Ehrlich (two copies), 36's Rubin after
    # "Rubin writes:" ("Even DeMint would not claim to be a serious scholar." ... "And I would
    # say the same, ..."), 39's "... and I think continues to be a pop cultural phenomenon.
    # — USC Professor Richard Jewell", 169's Zuckerberg after "Here's Zuckerberg's full
    # statement on the deal:" ("I'm excited to announce that we've agreed to acquire ...").
    found = set()
    for corpus, clusters in (("raw", raw_clusters()), ("duc", read_clusters(DUC, 30))):
        for line, cluster in enumerate(clusters):
            sentences = split_sentences(cluster)
            found.update(
                (corpus, line, sentences[row].text[:30])
                for row in range(len(sentences))
                if passages_apart(sentences, [row])
            )
    assert {(corpus, line) for corpus, line, _ in found} == {
        ("raw", 36),
        ("raw", 39),
        ("raw", 45),
        ("raw", 169),
    }
    assert {text for *_, text in found} >= {opening[:30] for opening in _EHRLICH}
    assert ("raw", 36, "Even DeMint would not claim to") in found
    assert ("raw", 169, "I'm excited to announce that w") in found


@pytest.mark.parametrize(
    ("given", "read"),
    [
        ("they write (full filing: pdf). “Defendants", "they write. “Defendants"),
        ("fact sheet shows (download a PDF here), in Japan", "fact sheet shows, in Japan"),
        ("Fact Sheet (91k.pdf)\n\nNext", "Fact Sheet\n\nNext"),
        ("Data (1000kb.pdf)(CDC)", "Data (CDC)"),
        # not a document's label
        ("the (PDF) file", "the (PDF) file"),
        ("a report (read it: here)", "a report (read it: here)"),
    ],
)
def test_a_document_links_label_goes(given, read):
    assert edited(given, link_furniture_edits(given)) == read


def test_raw_40s_reply_line_keeps_no_link_label():
    shown = [s.text for s in raw_briefing(40).summary]
    reply = next(text for text in shown if text.startswith("“This argument is absurd"))
    assert reply.endswith("with whom to communicate,” they write.")
