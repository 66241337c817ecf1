"""Cleaning, twenty-second pass: the twenty-fifth reader's pages and one of the twenty-first
pass's blind misses. On raw validation (0-based index) 125 [0] BBC's infographic box and its
programme's pitch; 56 [2] a caption glued before its credit and the story; Vanity Fair's quiz
(174, 231); 228 [2] a pull quote with a space inside its marks; 56 [1]'s "— Reuters" sign-off
as its source."""

from chorus.ingest.own_lines import own_outlet

from .raw_pages import _raw, cleaned, exact_sentences, removals, removals_everywhere

_MIND_READER, _ETHANOL, _CLIMATE = (
    "multi_news-val-5202",
    "multi_news-val-315",
    "multi_news-val-1745",
)
_FURIOUS, _THRONES = "multi_news-val-5124", "multi_news-val-3240"
_ICE_LAWYER, _HEAVEN = "multi_news-val-4717", "multi_news-val-3880"


def test_an_infographic_box_goes_to_the_story_s_next_line():
    document = cleaned(_MIND_READER, 0)
    box = [text for reason, text in removals(document) if reason == "fact box"]
    assert box[0].startswith("FMRI SCANNING Functional Magnetic Resonance Imaging measures")
    assert box[-1].startswith("In 2010 Prof Owen published research showing")
    assert len(box) == 5
    sentences = exact_sentences(document)
    assert not any("power of thought" in s or "imagine playing tennis" in s for s in sentences)
    # The story on either side of the box stays.
    assert any(s.startswith("Prof Bryan Young at University Hospital, London") for s in sentences)
    assert any(s.startswith('"I was impressed and amazed that he was able') for s in sentences)


def test_a_programme_s_pitch_and_a_magazine_s_quiz_go():
    pitch = [t for r, t in removals(cleaned(_MIND_READER, 0)) if r == "promotion"]
    assert len(pitch) == 1
    assert pitch[0].endswith(
        "Alternatively, catch up later on the BBC iPlayer using the link above."
    )
    quiz = "Test your knowledge of the Seven Kingdoms with Vanity Fair ’s Game of Unknowns."
    for cluster, index in ((_FURIOUS, 2), (_THRONES, 1)):
        document = cleaned(cluster, index)
        assert ("promotion", quiz) in removals(document)
        assert "Do you have what it takes?" in exact_sentences(document)


def test_a_caption_glued_before_its_credit_goes_and_the_story_opens_the_page():
    document = cleaned(_ETHANOL, 2)
    caption = [t for r, t in removals(document) if r == "photo caption"]
    assert caption[0].startswith("Stanford scientists Matthew Kanan and Christina Li have created")
    assert caption[0].endswith("Credit: Matthew Kanan, Stanford University")
    assert exact_sentences(document)[0] == (
        "Stanford University scientists have found a new, highly efficient way to produce "
        "liquid ethanol from carbon monoxide gas."
    )


def test_a_spaced_pull_quote_goes_and_the_story_s_own_quotations_stay():
    document = cleaned(_ICE_LAWYER, 2)
    assert ("pull quote", "“ I think you should find him and kick his ass, personally.”") in (
        removals(document)
    )
    assert any(
        s.startswith('"I think you should find him and kick his ass, personally," the attorney')
        for s in exact_sentences(document)
    )
    # The message the writer tells, each part on its line and told again: the story's.
    kept = exact_sentences(cleaned(_HEAVEN, 0))
    assert "“You have nothing to fear.”" in kept
    assert "“There is nothing you can do wrong.”" in kept


def test_over_raw_and_duc_the_new_removals_are_these():
    found = [(r.corpus, r.cluster, r.document, r.reason) for r in removals_everywhere()]
    boxes = [f for f in found if f[3] == "fact box" and f[1] not in (209, 218)]
    # Not 92's paywall, "FOR THE NEXT HOUR Read Now, Pay Later - no upfront" (a comma).
    assert boxes == [("raw", 125, 0, "fact box")] * 5
    spaced = [(r.cluster, r.document) for r in removals_everywhere() if r.text.startswith("“ ")]
    # 130 [1]'s "“ Farrow played Oppenheim the audio ... ”", told again in its story.
    assert spaced == [(130, 1), (228, 2)]
    # A caption with its credit glued before the story: the line goes on after it.
    glued = [
        (r.cluster, r.document) for r in removals_everywhere() if "Credit: " in r.text and r.after
    ]
    assert glued == [(56, 2)]


def test_an_agency_s_sign_off_names_the_source():
    found = own_outlet(_raw(_ETHANOL)[1])
    assert (found.value, found.rule) == ("Reuters", "agency's sign-off")
    # Only alone on the last line: a caption's credit names no source.
    assert own_outlet("E85 ethanol fuel is pumped. JASON REED / Reuters\n\nThe end.") is None
