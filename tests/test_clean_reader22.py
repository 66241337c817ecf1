"""Cleaning, nineteenth pass: the twenty-second reader's furniture. On raw val-794 (33 by
index) Live Science's lead picture told without a verb ("A photo from the 1998 excavation,
with ...", its first line) and AMNH's description of itself under its heading after the
release's "###" (the "about" paragraph, with its "Become a fan ..." line); on val-4141 (192)
a Reuters caption closed by "Reliance Industries/Handout via REUTERS"; on val-447 (108) a
pull quote told again in the story ("“...” Senator Ted Cruz"). Each checked on its page, the
sentences around it kept, and over every raw validation and DUC document against all that
the rules remove."""

import pytest

from chorus.ingest.article_dates import own_date

from .raw_pages import _raw, cleaned, exact_sentences, removals, removals_everywhere

_DINOSAUR, _AMBANI, _POPE = "multi_news-val-794", "multi_news-val-4141", "multi_news-val-447"
_KNOT = "multi_news-val-2095"


def test_a_picture_told_without_a_verb_on_the_first_line_goes_and_the_lead_stays():
    document = cleaned(_DINOSAUR, 4)
    caption = (
        "A photo from the 1998 excavation, with the brachiosaur foot bones below a tail of a "
        "Camarasaurus dinosaur."
    )
    assert ("photo caption", caption) in removals(document)
    sentences = exact_sentences(document)
    assert not any("A photo from" in s for s in sentences)
    assert sentences[0].startswith("While basketball player LeBron James' shoe size (15)")
    # The story's own telling of the dig stays.
    assert any(
        s.startswith("Researchers found the jumbo-size foot fossils in 1998") for s in sentences
    )


def test_a_caption_closed_by_a_handout_credit_via_reuters_goes():
    document = cleaned(_AMBANI, 0)
    reasons = [r for r, text in removals(document) if text.endswith("Handout via REUTERS")]
    assert reasons == ["photo credit"]
    sentences = exact_sentences(document)
    assert not any("poses with Mukesh Ambani" in s for s in sentences)
    assert any(s.startswith("Isha Ambani, 27, daughter of Reliance Industries") for s in sentences)
    assert any(s.startswith("NEW DELHI (Reuters) - Dozens of chartered planes") for s in sentences)
    # The caption's day still dates the page: it is read before cleaning.
    assert own_date(_raw(_AMBANI)[0]).value == "2018-12-08"


def test_a_pull_quote_told_again_goes_and_its_telling_in_the_story_stays():
    document = cleaned(_POPE, 1)
    pulled = [text for reason, text in removals(document) if reason == "pull quote"]
    assert pulled == [
        "“Pope Francis has been a powerful voice for life at a time when life is profoundly "
        "threatened in America.” Senator Ted Cruz"
    ]
    sentences = exact_sentences(document)
    assert not any(s.endswith("Senator Ted Cruz") for s in sentences)
    assert any(
        s.startswith("“Pope Francis has been a powerful voice for life") and "Cruz said" in s
        for s in sentences
    )


def test_a_releases_description_of_its_issuer_goes_and_its_notes_stay():
    document = cleaned(_DINOSAUR, 3)
    found = removals(document)
    described = [text for reason, text in found if reason == "issuer's description"]
    assert len(described) == 1
    assert described[0].startswith("The American Museum of Natural History, founded in 1869")
    assert described[0].endswith("Visit amnh.org for more information.")
    assert (
        "follow",
        "Become a fan of the Museum on Facebook at facebook.com/naturalhistory, "
        "follow us on Twitter at @AMNH, on Instagram at @AMNH, and on Tumblr at amnhnyc.",
    ) in found
    sentences = exact_sentences(document)
    assert not any("45 permanent exhibition halls" in s for s in sentences)
    # The release's notes after its "###" are the study's: kept.
    assert any(s.startswith("Other authors on the study include Femke Holwerda") for s in sentences)
    assert any(
        s.startswith("Funding was provided through the Europasaurus-Projekt") for s in sentences
    )


def test_about_heading_then_the_issuers_own_description_goes_not_a_surveys():
    document = cleaned(_KNOT, 2)
    described = [text for reason, text in removals(document) if reason == "issuer's description"]
    assert [text[:50] for text in described] == [
        "The Knot is the nation's leading wedding resource,"
    ]
    sentences = exact_sentences(document)
    # "About The Knot 2014 Real Weddings Survey" heads the survey's method, not The Knot's
    # description: kept.
    assert any(s.startswith("The 2014 Real Weddings Survey captured responses") for s in sentences)


@pytest.fixture(scope="module")
def everywhere():
    return [(r.corpus, r.cluster, r.document, r.reason, r.text) for r in removals_everywhere()]


def test_over_raw_and_duc_the_rules_remove_these_alone(everywhere):
    """Every removal of each shape, read: raw 135's reviews ('"A brilliant performance. …"
    Mirror') are pull quotes' shape but never told again, and 142's "About Lieff Cabraser and
    Counsel" is followed by "Recognized as …", which opens on no issuer's name."""
    by_reason = {
        reason: [(n, i, d) for n, i, d, r, _ in everywhere if r == reason]
        for reason in ("pull quote", "issuer's description")
    }
    assert by_reason == {
        # 130's and 228's, a quotation alone with a space inside its marks, are the
        # twenty-second pass's (test_clean_reader25.py); 103's and 227's two, set without
        # their marks, the thirty-fourth pass's (test_clean_reader57.py).
        "pull quote": [
            *(("raw", 103, 2), ("raw", 108, 1), ("raw", 130, 1)),
            *(("raw", 227, 0), ("raw", 227, 0), ("raw", 228, 2)),
        ],
        "issuer's description": [("raw", 18, 2), ("raw", 33, 3)],
    }
    verbless = [
        (n, i)
        for n, i, _, _, span in everywhere
        if ", with " in span and span.startswith("A photo")
    ]
    assert verbless == [("raw", 33)]
    handouts = [(n, i) for n, i, _, _, span in everywhere if span.endswith("Handout via REUTERS")]
    assert handouts == [("raw", 192)]
    fans = [(n, i) for n, i, _, _, span in everywhere if span.startswith("Become a fan")]
    assert fans == [("raw", 33)]
