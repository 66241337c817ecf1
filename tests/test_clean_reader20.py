"""Cleaning, seventeenth pass: the nineteenth and twentieth readers' furniture. A blog's
"... after the jump!" pointer and AOL's photo gallery line (its feeds' addresses, then the
gallery's title and caption: the entities "PopScene", "Hottest Pics") on raw val-2611, a
picture's caption glued before a paragraph on val-1942 ("Russian President Vladimir Putin
takes part in a friendly hockey match ... on Saturday.", in the summary), and a caption line
whose credit is spaced ("... JASON REED / Reuters", val-315) go; each checked on its page,
with the sentences around it kept, and over every raw validation and DUC document against
all that the four rules remove."""

import pytest

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_BETTY, _SOCHI, _ETHANOL = "multi_news-val-2611", "multi_news-val-1942", "multi_news-val-315"
_POINTER = "Details on her potential 'Dancing' dreams after the jump!"
_CAPTION = (
    "Russian President Vladimir Putin takes part in a friendly hockey match at The Bolshoy Ice "
    "Dome in Sochi, Russia, on Saturday."
)


def test_a_blogs_pointer_past_its_break_goes_and_the_sentences_around_it_stay():
    document = cleaned(_BETTY, 0)
    assert ("related link", _POINTER) in removals(document)
    sentences = exact_sentences(document)
    assert not any("after the jump" in s for s in sentences)
    assert "But can she hang with the grueling workouts and routines?" in sentences
    assert sentences.count("Even at 88, Betty White has the ambition of a 20-something!") == 2


def test_aols_gallery_line_opening_on_addresses_goes_whole():
    document = cleaned(_BETTY, 0)
    gallery = [line for reason, line in removals(document) if reason == "link"]
    assert len(gallery) == 1
    assert gallery[0].startswith("http://xml.channel.aol.com/")
    assert gallery[0].endswith("Bauer-Griffin Bauer-Griffin PopScene: Weeks Hottest Pics")
    sentences = exact_sentences(document)
    assert not any("PopScene" in s or "http" in s for s in sentences)
    assert any(s.startswith("After her ratings bonanza hosting") for s in sentences)


def test_a_caption_glued_before_a_paragraph_goes_and_the_paragraph_stays():
    document = cleaned(_SOCHI, 1)
    assert ("photo caption", _CAPTION) in removals(document)
    sentences = exact_sentences(document)
    assert not any("friendly hockey match" in s for s in sentences)
    paragraph = "With the Olympics Games just a month away, Mr. Putin"
    assert any(s.startswith(paragraph) for s in sentences)


def test_a_caption_line_closed_by_a_spaced_credit_goes():
    document = cleaned(_ETHANOL, 1)
    assert any(
        reason == "photo credit" and line.endswith("JASON REED / Reuters")
        for reason, line in removals(document)
    )
    sentences = exact_sentences(document)
    assert not any("E85 ethanol fuel is pumped" in s for s in sentences)
    story = "The United States leads the world in ethanol production"
    assert any(s.startswith(story) for s in sentences)


@pytest.fixture(scope="module")
def everywhere():
    return [(r.corpus, r.cluster, r.reason, r.text, r.after) for r in removals_everywhere()]


def test_over_raw_and_duc_the_four_rules_remove_these_alone(everywhere):
    """Every removal of each shape, read: the pointer, the line opening on an address with
    words after it, a caption removed before more text on its line (Business Insider's on
    its first line, 217, was removed before this pass) and a spaced credit closing a line."""
    pointers = [(n, i) for n, i, _, span, _ in everywhere if "after the jump" in span]
    opening_addresses = [
        (n, i) for n, i, _, span, _ in everywhere if span.startswith("http") and " " in span
    ]
    glued_captions = [
        (n, i, span[:30])
        for n, i, reason, span, rest in everywhere
        if reason == "photo caption" and rest
    ]
    spaced_credits = [
        (n, i)
        for n, i, reason, span, rest in everywhere
        if reason == "photo credit" and not rest and span.endswith(" / Reuters")
    ]
    assert pointers == [("raw", 203)]
    assert opening_addresses == [("raw", 203)]
    # 176's, closed by "[Reuters]", is the eighteenth pass's (test_clean_reader21.py).
    # 56's, closed by its credit "Credit: Matthew Kanan, Stanford University", is the
    # twenty-second pass's (test_clean_reader25.py); 169's credit alone, "William Wei, Business
    # Insider", the twenty-ninth pass's (test_clean_pass29.py).
    assert glued_captions == [
        ("raw", 56, "Stanford scientists Matthew Ka"),
        ("raw", 169, "William Wei, Business Insider"),
        ("raw", 176, "There have been widespread rep"),
        ("raw", 184, "Russian President Vladimir Put"),
        ("raw", 217, "The cabin of a Qatar Airways p"),
    ]
    assert spaced_credits == [("raw", 56)]
