"""Cleaning, forty-fifth pass (clean61): raw 186 (val-4792) [1], mongabay's page on the black
leopard. Under its "Related articles" heading each related story is a headline then a teaser
opening on the day it ran, "(01/14/2013) Today most people are more likely to associate Yemen
…": the teasers go with the list, so no agreement, Only-in-one row, speaker ("BBC"), timeline
row (1972) or entity (Yemen) is read from them. The interview's section headings in capitals,
glued between two sentences ("… in Peninsular Malaysia.CONSERVATION OF THE BLACK LEOPARDWe
still do not know …"), go as crossheads; the sentences around them stay whole and exact.
Checked over every raw validation and DUC page."""

from tests.briefings import raw_briefing

from .raw_pages import cleaned, exact_sentences, removals_everywhere

_LEOPARDS = "multi_news-val-4792"
_TEASER_DAYS = (
    "(11/07/2012)",
    "(12/12/2012)",
    "(09/18/2012)",
    "(07/30/2012)",
    "(01/14/2013)",
    "(12/04/2012)",
    "(10/31/2012)",
)


def test_the_related_stories_teasers_go_with_their_list():
    document = cleaned(_LEOPARDS, 1)
    text = document.article.text
    listed = [
        text[r.span.start : r.span.end] for r in document.removed if r.reason == "related link"
    ]
    assert [t for t in listed if t.startswith("(")] == [
        line for line in text.split("\n") if line.startswith(_TEASER_DAYS)
    ]
    # The heading, three headlines (the other four go as subheadings), seven teasers.
    assert len(listed) == 1 + 3 + 7
    # The story above the list stays, to its last sentence.
    kept = exact_sentences(document)
    assert kept[-1].startswith("The Kenyir Wildlife Corridor therefore contains a large")
    assert not any(day in s for s in kept for day in _TEASER_DAYS)


def test_a_heading_in_capitals_glued_between_two_sentences_goes():
    document = cleaned(_LEOPARDS, 1)
    text = document.article.text
    crossheads = [
        text[r.span.start : r.span.end] for r in document.removed if r.reason == "crosshead"
    ]
    assert crossheads == [
        "AN INTERVIEW WITH LAURIE HEDGES AND GOPALASAMY REUBEN CLEMENTS",
        "CONSERVATION OF THE BLACK LEOPARD",
    ]
    kept = exact_sentences(document)
    assert any(s.endswith("of melanistic leopards in Peninsular Malaysia.") for s in kept)
    assert any(s.startswith("We still do not know if the Kenyir Wildlife Corridor") for s in kept)
    assert any(s.startswith('The term "black panther" can actually refer') for s in kept)
    assert not any("LEOPARD" in s or "CLEMENTS" in s for s in kept)


def test_the_briefing_reads_nothing_of_the_teasers_or_the_headings():
    briefing = raw_briefing(186)
    assert not any(s.text.isupper() or "LEOPARDWe" in s.text for s in briefing.summary)
    analysis = briefing.analysis
    facts = [*analysis.agreed, *analysis.unique]
    read = [s.text for f in facts for s in (f.statement, *f.support)]
    assert not any(text.startswith(_TEASER_DAYS) or "Arabian leopard" in text for text in read)
    assert "BBC" not in {q.speaker for q in analysis.quotes}
    assert 1972 not in {e.date.year for e in analysis.timeline}
    assert not {"Yemen", "BBC", "Africa"} & {e.name for e in analysis.entities}


def test_over_raw_and_duc_the_dated_teasers_and_glued_capitals_are_186_s_alone():
    """Raw + DUC hold seven lines opening on a bracketed date in figures, all 186 [1]'s
    teasers, and two runs of capital words glued after a stop to a sentence, 186 [1]'s."""
    found = [
        (r.corpus, r.cluster, r.document, r.reason)
        for r in removals_everywhere()
        if (r.reason == "crosshead" and r.text.isupper())
        or (r.reason == "related link" and r.text.startswith("(") and r.text[1:3].isdigit())
    ]
    assert (
        sorted(found) == [("raw", 186, 1, "crosshead")] * 2 + [("raw", 186, 1, "related link")] * 7
    )
