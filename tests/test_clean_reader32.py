"""Cleaning, twenty-eighth pass: reader 36's marks (raw validation by 0-based index). 32 [2]'s
ESPN video blurb closed by its running time ("... before Smith was fatally shot. (3:31)") and
its "Editor's Picks" box (three lines, to "... 2 Related") go, the story's lines around them
stay; 29 [0]'s Wall Street Journal video blurb closed by "Photo: iStock" goes. 166 [0]'s
Facebook Notes lines are the airline's statement itself. (169 [2]'s credit glued before the lead,
kept here for the guard, goes since the twenty-ninth pass: test_clean_pass29.py.)"""

import re

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_JET_LAG, _WILL_SMITH, _JACK = ("multi_news-val-4513", "multi_news-val-576", "multi_news-val-297")


def test_espns_video_blurb_and_its_editors_picks_box_go_and_the_story_stays():
    espn = cleaned(_WILL_SMITH, 2)
    gone = removals(espn)
    assert [t for reason, t in gone if reason == "video caption"] == [
        "ESPN legal analyst Ryan Smith details the surveillance video which appears to show a "
        "hit-and-run incident between two vehicles matching the descriptions of those driven by "
        "former Saints player Will Smith and Cardell Hayes before Smith was fatally shot. (3:31)"
    ]
    picks = [t for reason, t in gone if reason == "editor's picks"]
    assert [t[:40] for t in picks] == [
        "Editor's Picks Pierre Thomas, who had ju",
        "Hayes' lawyer suggests 2nd gun at Smith ",
        "Keenan Lewis challenges others to make d",
    ]
    assert picks[-1].endswith("spreading the message for years. 2 Related")
    sentences = exact_sentences(espn)
    assert sentences[0].startswith("Surveillance video from a New Orleans restaurant appears")
    # The story's lines on either side of the box.
    assert sentences[1].startswith("The video, which was broadcast Tuesday by ABC's \"Good")
    assert sentences[2] == (
        "Smith drove a Mercedes G63 SUV on Saturday night, while Hayes drove a Hummer H2, "
        "New Orleans police said."
    )
    assert not any("Keenan" in s or "Pierre Thomas" in s for s in sentences)


def test_the_journals_video_blurb_closed_by_its_stock_credit_goes():
    journal = cleaned(_JET_LAG, 0)
    assert [t[-42:] for reason, t in removals(journal) if reason == "photo credit"] == [
        "discusses with Tanya Rivero. Photo: iStock"
    ]
    assert exact_sentences(journal)[0].startswith(
        "Exposure to brief flashes of light during the night before a trip"
    )


def test_the_airlines_notes_page_stays():
    jack = exact_sentences(cleaned(_JACK, 0))
    assert (
        "Any comments not made to this dedicated Note page (below this Note) will be hidden or "
        "removed."
    ) in jack
    assert "In the meantime, thanks to those of you showing your support and compassion." in jack


_RUNNING_TIME = re.compile(r"\(\d{1,2}:\d\d\)$")


def test_over_raw_and_duc_the_blurbs_and_boxes_removed_are_these():
    found = [
        (r.corpus, r.cluster, r.document, r.reason, r.text[:24])
        for r in removals_everywhere()
        if r.reason == "editor's picks"
        or _RUNNING_TIME.search(r.text)
        or r.text.endswith("Photo: iStock")
    ]
    assert found == [
        ("raw", 29, 0, "photo credit", "New research is explorin"),
        ("raw", 32, 2, "video caption", "ESPN legal analyst Ryan "),
        ("raw", 32, 2, "editor's picks", "Editor's Picks Pierre Th"),
        ("raw", 32, 2, "editor's picks", "Hayes' lawyer suggests 2"),
        ("raw", 32, 2, "editor's picks", "Keenan Lewis challenges "),
    ]
