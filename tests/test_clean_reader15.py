"""Cleaning, thirteenth pass: a fifteenth reader's findings. A correction that says what the
story now holds is kept as the story's (raw val-168's "comfort women"), one that only says
a change was made still goes; a caption without a verb in a picture's place under the
headline goes (raw val-236's statues). Each rule is checked on the raw Multi-News pages it
was written from, with every kept sentence still the exact slice of the article."""

import pytest

from .raw_pages import cleaned, exact_sentences, removals


@pytest.mark.parametrize(
    ("cluster_id", "index", "words"),
    [
        # What it makes clear.
        ("multi_news-val-3822", 2, 'not all the "comfort women" were coerced.'),
        ("multi_news-val-5141", 0, "ballots have been impounded in the race for the 22nd"),
        # A sentence after the notice.
        ("multi_news-val-324", 1, "He was transported by medevac for treatment."),
        ("multi_news-val-2404", 2, "It was sent to HQ investors."),
        ("multi_news-val-1839", 4, "were actually made by the plaintiff’s other lawyer"),
        # The right one beside the wrong.
        ("multi_news-val-3882", 1, "Gomes lived in Raynham, not Rayham."),
    ],
)
def test_a_correction_telling_the_story_is_kept(cluster_id, index, words):
    document = cleaned(cluster_id, index)
    assert not any(reason == "correction" for reason, _ in removals(document))
    assert any(words in s for s in exact_sentences(document))


@pytest.mark.parametrize(
    ("cluster_id", "index", "notice"),
    [
        ("multi_news-val-1867", 1, "misstated Weiner’s title. We regret the error."),
        ("multi_news-val-5306", 2, "This post has been updated."),
        ("multi_news-val-3613", 2, "records of Mitch Seavey and Dallas Seavey."),
    ],
)
def test_a_notice_that_a_change_was_made_still_goes(cluster_id, index, notice):
    gone = removals(cleaned(cluster_id, index))
    assert any(reason == "correction" and text.endswith(notice) for reason, text in gone)


@pytest.mark.parametrize(
    ("cluster_id", "index", "headline", "caption", "story"),
    [
        (
            "multi_news-val-5184",
            1,
            "Gag order issued in sex statue trial of Prince Jefri Bolkiah",
            "Two of the life-size sex statues belonging to Prince Jefri Bolkiah.",
            "After photos of Prince Jefri Bolkiah's collection of life-size sex statues appeared",
        ),
        (
            "multi_news-val-5309",
            3,
            "World",
            "Ahmad Seth Zaharie, 26, with his sister Aishah Zaharie (left), 27, and mother "
            "Faizah Khanum Mustafa Khan.",
            "The son of the experienced pilot who flew the missing Malaysian Airlines flight",
        ),
    ],
)
def test_a_verbless_caption_under_the_headline_goes(cluster_id, index, headline, caption, story):
    document = cleaned(cluster_id, index)
    assert ("photo caption", caption) in removals(document)
    sentences = exact_sentences(document)
    assert sentences[0] == headline
    assert sentences[1].startswith(story)


def test_the_story_under_a_credited_caption_stays():
    # The first line closes with its credit's bracket: the caption is that line, and the
    # line after it, without a verb the test knows ("got"), is the story's first.
    document = cleaned("multi_news-val-889", 0)
    first = "U.S. soccer star Megan Rapinoe never got a chance to kneel during the national anthem"
    assert exact_sentences(document)[0].startswith(first)
    assert not any(text.startswith(first) for _, text in removals(document))
