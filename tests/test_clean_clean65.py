"""Cleaning, forty-ninth pass: a blog's live-update furniture (raw validation by 0-based index).
A lone "*" or a run of asterisks opening a line or set between two sentences is an item mark
and goes, so the items read apart (165 [1]: an open quotation had glued three into one); a
word set between ellipses there ("…Adding…") goes too. A live blog's label opening a line
below the page's first ("Update 11:10 a.m.: ", "Original: ") goes, its item kept; on the
first line it stays (153 [2]'s "UPDATE: ", which headed the briefing once taken out)."""

from collections import Counter

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_BLAGOJEVICH, _POLL, _ONION, _DELPHI = (
    "multi_news-val-2145",
    "multi_news-val-381",
    "multi_news-val-3680",
    "multi_news-val-3651",
)


def test_a_blogs_item_marks_go_and_its_items_read_apart():
    blog = cleaned(_BLAGOJEVICH, 1)
    marks = [text for reason, text in removals(blog) if reason == "item mark"]
    assert marks == ["*** UPDATED x1 ***", "*", "*", "*", "*", "…Adding…", "*** UPDATE ***"]
    sentences = exact_sentences(blog)
    # Each item its own sentence, though the quotation before the first mark never closes.
    assert any(
        s.endswith("said “he was going to push Blagojevich hard on this.") for s in sentences
    )
    for opening in (
        "There is also an allegation of an attempted quid pro quo",
        "Obama allegedly shot down former Senate President Emil Jones’ name",
        "The New York Times hasn’t figured out that the redactions can be seen",
        "All of the most explosive allegations in the motion were redacted.",
        "Rod Blagojevich’s attorneys filed a motion today",
        "Blagojevich hurls allegations at Obama in bid to force testimony",
    ):
        assert any(s.startswith(opening) for s in sentences), opening
    assert not any("*" in s or "Adding" in s for s in sentences)


def test_a_lists_bullets_go_and_its_items_stay():
    poll = exact_sentences(cleaned(_POLL, 0))
    assert any(s.startswith("Obama won women in 2012 by 11 points, according to") for s in poll)
    assert "The biggest drop is among those professing to have no religion." in poll
    assert not any(s.startswith("*") for s in poll)


def test_update_labels_below_the_first_line_go_and_their_items_stay():
    onion = cleaned(_ONION, 0)
    labels = [text for reason, text in removals(onion) if reason == "update label"]
    assert labels == ["Update 11:10 a.m.:", "Original:"]
    sentences = exact_sentences(onion)
    assert any(s.startswith("We're not here to debate whether or not") for s in sentences)
    assert any(s.startswith("Not to be outdone by China's People's Daily") for s in sentences)
    # The first line's label stays: there it tells an update from the page's lead.
    assert sentences[0] == "Update 11:32 a.m."
    delphi = exact_sentences(cleaned(_DELPHI, 2))
    assert delphi[0].startswith("UPDATE: Authorities positively identified the two bodies")
    assert exact_sentences(cleaned(_BLAGOJEVICH, 0))[0].startswith("Update:Judge calls")


def test_the_census_over_raw_and_duc():
    """Every item mark and update label the rules take over raw validation and DUC, each read
    (docs/journal/cleaning.md, forty-ninth pass): 13 marks (165 [1] 7, 177 [0] 6)
    and 7 labels (71 [0] 2, 196 [0], 205 [0], 205 [5] 2, 231 [1]); a censored word's asterisks
    ("f***"), 144 [1]'s "**" bracketing a sponsor's block and 102 [0]'s "* * *" line (a line
    rule's) are no marks."""
    found = Counter(
        (r.reason, r.corpus, r.cluster, r.document)
        for r in removals_everywhere()
        if r.reason in ("item mark", "update label")
    )
    assert found == Counter(
        {
            ("item mark", "raw", 165, 1): 7,
            ("item mark", "raw", 177, 0): 6,
            ("update label", "raw", 71, 0): 2,
            ("update label", "raw", 196, 0): 1,
            ("update label", "raw", 205, 0): 1,
            ("update label", "raw", 205, 5): 2,
            ("update label", "raw", 231, 1): 1,
        }
    )
