"""Cleaning, stop 44 (cleaning48): a seventy-second reader found raw validation 112 [0] (0-based),
The Washington Post's The Fix on the 2011 debt deal, keeping the newsletter's other items below
its story: a Priorities USA fundraising item under its own headline, the "Fixbits:" teasers and
the "Must-reads:" links. The roundup put Al Cross and Sarah Huckabee Sanders among the speakers
and Pawlenty, Denver and the must-reads' papers among the entities; it goes, under its heading,
to the page's end. The Priorities USA item stays (taken out, it moved 112's summary and lost
its headline judged better). And 166 [1]'s "PREVIOUSLY:" links to the blog's earlier posts, one
of them a summary sentence, go as related links."""

from __future__ import annotations

from chorus.api import as_articles
from chorus.clean import clean
from chorus.clean_roundups import ROUNDUP_REASON

from .briefings import raw_briefing
from .raw_pages import cleaned, exact_sentences, raw_document, removals, removals_everywhere

_THE_FIX = "multi_news-val-2094"

_ROUNDUP = [
    "Fixbits:",
    "Obama hasn’t given up on phasing out the Bush tax cuts for the wealthy.",
    "Herman Cain wins a straw poll in Denver.",
    "Sen. John Thune (R-S.D.) won’t rule out being someone’s vice presidential running mate.",
    "Veteran Kentucky political analyst Al Cross says GOP governor candidate David Williams",
    "Tim Pawlenty aide Sarah Huckabee Sanders says Texas Gov. Rick Perry (R), a veteran of",
    "Must-reads:",
    "“Congress putting its faith in committee” — David A. Fahrenthold, Washington Post",
    "“Big-dollar Rick Perry supporters fuel campaign committees with Perry ties” — Wayne Slater",
    "“Tea party support not a given for Perry” — Richard S. Dunham and Jeanna Smialek, Houston",
    "“As Redistricting Plays Out, Lawmakers Face Uncertainty, or Even Extinction” — Raymond",
]


def test_the_newsletters_roundup_goes_and_its_story_stays():
    page = cleaned(_THE_FIX, 0)
    gone = removals(page)
    roundup = [text for reason, text in gone if reason == ROUNDUP_REASON]
    assert len(roundup) == len(_ROUNDUP)
    assert all(text.startswith(opening) for text, opening in zip(roundup, _ROUNDUP, strict=True))
    # The links under "Read more on PostPolitics.com" keep the reason that took them at main.
    assert ("related link", "Read more on PostPolitics.com") in gone
    assert ("related link", "Winners and losers: the debt deal") in gone
    sentences = exact_sentences(page)
    assert sentences[0].startswith("First, Pelosi said of the deal:")
    assert (
        "“I think she will not let it die even if in the end she votes against it,” predicted "
        "one Pelosi confidante."
    ) in sentences
    # The item above the heading stays, to its last line.
    assert sentences[-1].startswith("It was previously reported that the group, Restore Our")
    assert not any("Herman Cain" in sentence or "Fahrenthold" in sentence for sentence in sentences)


def test_a_paragraph_after_the_roundup_ends_it():
    # The Fix's roundup with one of its story's paragraphs set after it (36 words): the
    # paragraph is prose again, kept; the roundup's lines above it go.
    page = raw_document(112, 0)
    roundup = page[page.index("Fixbits:") : page.index("\n\nRead more on PostPolitics.com")]
    paragraph = next(
        line for line in page.split("\n") if line.startswith("That’s not insignificant")
    )
    (article,) = as_articles([f"{roundup}\n\n{paragraph}"])
    document = clean(article)
    text = article.text
    gone = [text[r.span.start : r.span.end] for r in document.removed]
    assert gone[0] == "Fixbits:" and len(gone) == 11
    kept = [text[s.start : s.end].strip() for s in document.kept]
    assert kept == [paragraph]


def test_previously_s_links_go_under_their_heading():
    page = cleaned("multi_news-val-297", 1)
    assert removals(page)[-3:] == [
        ("related link", "PREVIOUSLY:"),
        (
            "related link",
            "Cat Lost In JFK Airport On August 24 Still Missing, Internet Swarms In To Help",
        ),
        ("related link", "2 Months In, Searchers Still Seek Jack The Cat Lost At JFK"),
    ]
    sentences = exact_sentences(page)
    assert sentences[-1] == "Jack The Cat is Lost in AA Baggage at JFK [Facebook]"
    assert (
        "American Airlines will fly him to California to be reunited with his family." in sentences
    )


def test_over_raw_and_duc_only_the_fixs_page_carries_a_newsletter_roundup():
    found = removals_everywhere()
    assert {(r.corpus, r.cluster, r.document) for r in found if r.reason == ROUNDUP_REASON} == {
        ("raw", 112, 0)
    }
    headed = [r for r in found if r.text == "PREVIOUSLY:"]
    assert [(r.corpus, r.cluster, r.document) for r in headed] == [("raw", 166, 1)]


def test_the_roundup_no_longer_speaks_or_counts_in_the_briefing():
    analysis = raw_briefing(112).analysis
    assert analysis is not None
    speakers = {quote.speaker for quote in analysis.quotes}
    assert not speakers & {"Al Cross", "Sarah Huckabee Sanders"}
    names = {entity.name for entity in analysis.entities}
    assert not names & {"Tim Pawlenty", "Denver", "New York Times", "Washington Post", "Bush"}
    # The story's own people stay.
    assert {"Nancy Pelosi", "Emanuel Cleaver"} <= names


def test_the_blogs_earlier_headlines_leave_the_summary():
    briefing = raw_briefing(166)
    shown = [sentence.text for sentence in briefing.summary]
    # The link's headline was a summary sentence at main; every line shown now is a sentence.
    assert not any(text.startswith("2 Months In") for text in shown)
    assert all(text.endswith((".", "”", '"', "!")) for text in shown)
