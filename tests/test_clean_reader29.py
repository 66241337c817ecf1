"""Cleaning, twenty-fifth pass: furniture three readers saw in the briefing (raw validation by
0-based index). 207 [0]'s Wall Street Journal video caption ("... Spencer Ante has details on
The News Hub."), 165 [1]'s closed comments, 47 [0]'s BBC box heading glued after its marker
("At the scene"), and 202 [1]'s two link labels set together between paragraphs go; the story
around each stays. 153 [2]'s "UPDATE:" stays: taken out, it moved the briefing's headline to a
worse one; so do 165 [0]'s numbered headings, a list's items as 153 [1]'s are. (165 [0]'s labels
"Redacted portion :" go since the twenty-sixth pass: `test_clean_reader30.py`.)"""

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_SPRINT, _WADE, _BLAGOJEVICH, _SYRIA, _DRUGS, _DELPHI = (
    "multi_news-val-15",
    "multi_news-val-5555",
    "multi_news-val-2145",
    "multi_news-val-2534",
    "multi_news-val-764",
    "multi_news-val-3651",
)


def test_a_video_caption_closed_by_its_reporter_and_show_goes_and_the_story_stays():
    sprint = cleaned(_SPRINT, 0)
    (text,) = [t for reason, t in removals(sprint) if reason == "video caption"]
    assert text.startswith("Sprint will begin selling the iPhone 5 in mid-October")
    assert text.endswith("Spencer Ante has details on The News Hub.")
    sentences = exact_sentences(sprint)
    assert sentences[0].startswith("Sprint Nextel Corp. will begin selling the new version")
    assert not any("The News Hub" in s for s in sentences)
    for kept in ("Sprint had more than 52 million subscribers", "Landing the iPhone is a big win"):
        assert any(s.startswith(kept) for s in sentences)
    # 226 [0]'s caption of the same kind is closed by a picture's credit: removed as that.
    heat = [reason for reason, t in removals(cleaned(_WADE, 0)) if "has details on" in t]
    assert heat == ["photo credit"]


def test_a_blogs_closed_thread_goes_and_a_court_filings_headings_stay():
    filing = exact_sentences(cleaned(_BLAGOJEVICH, 0))
    # Changed by the twenty-sixth pass: the labels ("Redacted portion : ") now go, the
    # briefing's headline kept (docs/journal/cleaning.md, "Cleaning, twenty-sixth pass (stop 36)").
    # The numbered headings stay: a list's items, as 153 [1]'s "2. They Posted a Final Photo
    # ..." are.
    assert "Rahm Emanuel allegedly floated Cheryl Jackson's name for the Senate seat" in filing
    assert "Obama maintained a list of good Senate candidates" in filing
    # The blog relaying the filing: its closed thread goes, its last paragraph stays.
    blog = cleaned(_BLAGOJEVICH, 1)
    assert ("comments", "89 Comments Sorry, comments for this post are now closed.") in (
        removals(blog)
    )
    assert exact_sentences(blog)[-1].endswith("fill the Senate seat. - posted by Rich Miller")


def test_a_box_heading_glued_after_its_marker_goes_and_the_box_stays():
    syria = cleaned(_SYRIA, 0)
    assert ("advertisement", "Continue reading the main story At the scene") in removals(syria)
    sentences = exact_sentences(syria)
    assert any(s.startswith("The bombardment has started in Binnish, which") for s in sentences)
    assert not any("At the scene" in s for s in sentences)


def test_two_headings_set_together_between_paragraphs_go_and_the_paragraphs_stay():
    drugs = cleaned(_DRUGS, 1)
    found = removals(drugs)
    assert ("subheading", "Stanislav Bederev Judgment") in found
    assert ("title-case line", "Misuse of Drugs (Amendment) Bill 2015") in found
    sentences = exact_sentences(drugs)
    assert any(s.startswith("It said the judgment had “no implications”") for s in sentences)
    assert any(s.startswith("In a statement, the Department said:") for s in sentences)
    # A label alone opening a page's first line stays: without it, 153's headline went from
    # its lead ("Two missing girls were found dead ...") to this update.
    delphi = exact_sentences(cleaned(_DELPHI, 2))
    assert delphi[0].startswith("UPDATE: Authorities positively identified the two bodies")


def test_over_raw_and_duc_the_new_removals_are_these():
    found = removals_everywhere()

    def where(reason: str, words: str = "") -> list[tuple[str, int, int, str]]:
        return [
            (r.corpus, r.cluster, r.document, r.text)
            for r in found
            if r.reason == reason and words in r.text
        ]

    # 32 [2]'s ESPN blurb closed by its running time since the twenty-eighth pass; 18 [0]'s
    # MarketWatch teaser ("… Quentin Fottrell joins Lunch Break.") since stop 45 (pages14).
    assert [w[:3] for w in where("video caption")] == [
        ("raw", 18, 0),
        ("raw", 32, 2),
        ("raw", 207, 0),
    ]
    assert [w[:3] for w in where("comments", "Sorry, comments")] == [("raw", 165, 1)]
    assert [w[:3] for w in where("advertisement", "At the scene")] == [("raw", 47, 0)]
    # The pairs, each read: 202 [1]'s two link labels, 69 [1]'s "Dismissing the DNA evidence
    # entirely" under a picture's credit, 88 [3]'s "Netflix Live" over its picture's credit,
    # 105 [1]'s "Play" under a video's link.
    for heading in (
        ("raw", 202, 1, "Stanislav Bederev Judgment"),
        ("raw", 202, 1, "Misuse of Drugs (Amendment) Bill 2015"),
        ("raw", 69, 1, "Dismissing the DNA evidence entirely"),
        ("raw", 88, 3, "Netflix Live"),
        ("raw", 105, 1, "Play"),
    ):
        assert heading in where("subheading") + where("title-case line")
    # Twelve more of seven to ten words since the thirty-second pass (test_clean_pass32), two
    # under a short paragraph closing on a stop since the fifty-second (test_clean_clean68).
    headings = where("subheading") + where("title-case line")
    assert sum(corpus == "raw" for corpus, *_ in headings) == 156
    assert sum(corpus == "duc" for corpus, *_ in headings) == 7
