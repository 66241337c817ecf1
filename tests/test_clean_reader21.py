"""Cleaning, eighteenth pass: the twenty-first reader's furniture. On raw val-5397 Al
Jazeera's lead picture caption closed by "[Reuters]" and glued before its lead (the briefing's
headline), and two crossheads glued before their paragraphs ("UN, Arab League meetings The UN
Security Council will ...", "Fighter pilots claim asylum Reuters reported that ..."); on
val-4606 USA Today's video playlist, its 67 titles one a line ("Hundreds enjoy Coney Island
Polar Bear plunge", agreed supports and entities) and a pointer to pictures in brackets; on
val-1334 "Follow us on Twitter ..." after a paragraph's last sentence. Each checked on its
page, the sentences around it kept, and over every raw validation and DUC document against
all that the rules remove."""

import pytest

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_LIBYA, _PENGUINS, _KARDASHIAN = "multi_news-val-5397", "multi_news-val-4606", "multi_news-val-1334"
_CAPTION = (
    "There have been widespread reports that Libyan soldiers have used live ammunition on "
    "protesters [Reuters]"
)
_POINTER = "(Below, see the penguins roaming outside during the summer months at the zoo.)"


def test_a_caption_closed_by_its_agency_in_brackets_goes_and_the_lead_stays():
    document = cleaned(_LIBYA, 0)
    assert ("photo caption", _CAPTION) in removals(document)
    sentences = exact_sentences(document)
    assert not any("live ammunition" in s for s in sentences)
    lead = (
        "Libyan leader Muammar Gaddafi has appeared on state television to signal his defiance "
        "in the face of a mounting revolt against his 41-year rule."
    )
    assert lead in sentences


def test_crossheads_glued_before_their_paragraphs_go_and_the_paragraphs_stay():
    aljazeera, msnbc = cleaned(_LIBYA, 0), cleaned(_LIBYA, 1)
    assert ("crosshead", "UN, Arab League meetings") in removals(aljazeera)
    assert ("crosshead", "Fighter pilots claim asylum") in removals(msnbc)
    sentences = exact_sentences(aljazeera) + exact_sentences(msnbc)
    assert not any("meetings The UN" in s or "asylum Reuters" in s for s in sentences)
    assert any(s.startswith("The UN Security Council will hold a closed-door") for s in sentences)
    assert any(s.startswith("Reuters reported that two Libyan fighter jets") for s in sentences)
    # The sentence before the first crosshead keeps its close.
    assert any(s.endswith('told him that it "must stop immediately”.') for s in sentences)
    # msnbc's six crossheads on lines of their own are still subheadings, not a guide's.
    assert [r for r, _ in removals(msnbc)].count("subheading") == 6


def test_a_video_players_playlist_goes_title_by_title_and_the_story_stays():
    document = cleaned(_PENGUINS, 1)
    titles = [line for reason, line in removals(document) if reason == "video playlist"]
    assert len(titles) == 66  # the 67th, "Watch: Bubble ...", a related link's line already
    assert "Hundreds enjoy Coney Island Polar Bear plunge" in titles
    assert "Raw: Extreme cold temperatures in much of U.S." in titles
    assert "This cold snap poses far greater health risks than just the flu" in titles
    kept = document.article.text
    story = "".join(kept[s.start : s.end] for s in document.kept)
    # The story's list heading after the playlist is no title of it.
    assert "\nLoved ones\n" in story
    assert "South Slammed Again" not in story


def test_a_pointer_to_pictures_in_brackets_goes():
    document = cleaned(_PENGUINS, 0)
    assert ("picture pointer", _POINTER) in removals(document)
    sentences = exact_sentences(document)
    assert any(s.startswith("Luckily, there’s good news") for s in sentences)


def test_a_call_to_follow_the_site_after_a_paragraph_goes():
    document = cleaned(_KARDASHIAN, 1)
    call = "Follow us on Twitter for even more live coverage of this, ahem, momentous event."
    assert ("follow", call) in removals(document)
    sentences = exact_sentences(document)
    assert not any("Follow us" in s for s in sentences)
    assert any(
        s.startswith("So pop the champagne") and s.endswith("cravings for the week.")
        for s in sentences
    )


@pytest.fixture(scope="module")
def everywhere():
    return [(r.corpus, r.cluster, r.reason, r.text, r.before) for r in removals_everywhere()]


def test_over_raw_and_duc_the_rules_remove_these_alone(everywhere):
    """Every removal of each shape, read (the sentences "told The Washington Post", "business
    The Honest Company five years ago" keep their words)."""
    assert [(n, i, span) for n, i, reason, span, _ in everywhere if reason == "crosshead"] == [
        ("raw", 176, "UN, Arab League meetings"),
        ("raw", 176, "Fighter pilots claim asylum"),
        # Since the forty-fifth pass, headings in capitals glued after a stop (clean61).
        ("raw", 186, "AN INTERVIEW WITH LAURIE HEDGES AND GOPALASAMY REUBEN CLEMENTS"),
        ("raw", 186, "CONSERVATION OF THE BLACK LEOPARD"),
    ]
    bracketed = [(n, i) for n, i, _, span, _ in everywhere if span.endswith("[Reuters]")]
    assert bracketed == [("raw", 176)]
    playlists = {(n, i) for n, i, reason, _, _ in everywhere if reason == "video playlist"}
    assert playlists == {("raw", 139)}
    pointers = [(n, i) for n, i, _, span, _ in everywhere if span.startswith(("(Below", "(See"))]
    assert pointers == [("raw", 139)]
    glued_follows = [
        (n, i) for n, i, reason, _, before in everywhere if reason == "follow" and before
    ]
    assert glued_follows == [("raw", 28)]
