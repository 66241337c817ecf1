"""Cleaning, thirty-third pass (raw validation by 0-based index), reader54's leftovers on
212 [0] (Newsweek, Eben Alexander's essay): the magazine's furniture between the essay's
paragraphs, a video's blurb, its iPad edition's link to a 2007 story and a sidebar on its own
covers (which gave the briefing's only "Eben Alexander" quote, a sidebar's paraphrase), goes;
the essay's paragraphs around each stand next to each other. The book's copyright line stays
(removed, it moved 212's summary and judged headline: docs/journal/cleaning.md)."""

from .briefings import raw_briefing
from .raw_pages import cleaned, exact_sentences, raw_clusters, removals, removals_everywhere

_HEAVEN = "multi_news-val-3880"


def test_newsweeks_furniture_between_the_essays_paragraphs_goes():
    essay = cleaned(_HEAVEN, 0)
    assert removals(essay) == [
        (
            "video description",
            "Alexander discusses his experience on the Science channel's 'Through the Wormhole.'",
        ),
        (
            "photo credit",
            "‘You have nothing to fear.’ ‘There is nothing you can do wrong.’ The message "
            "flooded me with a vast and crazy sensation of relief. (Photo illustration by "
            "Newsweek; Source: Buena Vista Images-Getty Images)",
        ),
        (
            "link",
            "On the iPad Read Newsweek’s 2007 story on how science is bringing more "
            "heart-attack victims back to life",
        ),
        (
            "promotion",
            "Reliving History: The search for the meaning of the afterlife is as old as "
            "humanity itself. Over the years Newsweek has run numerous covers about religion, "
            "God, and that search. As Dr. Alexander says, it’s unlikely we’ll know the answer "
            "in our lifetimes, but that doesn’t mean we won’t keep asking.",
        ),
        (
            "photo credit",
            "The universe as I experienced it in my coma is ... the same one that both "
            "Einstein and Jesus were speaking of in their (very) different ways. (Ed Morris / "
            "Getty Images)",
        ),
    ]
    sentences = exact_sentences(essay)

    def after(opening: str) -> str:
        return sentences[next(i for i, s in enumerate(sentences) if s.startswith(opening)) + 1]

    # The essay's own paragraphs each removed line stood between.
    assert after("For seven days I lay in a deep coma").startswith("Then, on the morning of my")
    assert after("It exists, and what I saw and learned there").startswith(
        "I’m not the first person"
    )
    assert after("Big, puffy, pink-white ones").startswith("Higher than the clouds")
    assert not any("Newsweek" in s for s in sentences)
    # The book's copyright line is kept, as two sentences.
    assert (
        after("This view is scientific and spiritual") == "Proof of Heaven by Eben Alexander, M.D."
    )


def test_the_magazines_sidebar_no_longer_speaks_in_the_briefing():
    analysis = raw_briefing(212).analysis
    assert analysis is not None
    spoken = [quote.text.text for quote in analysis.quotes]
    assert not any("in our lifetimes" in text for text in spoken)


def test_over_raw_and_duc_each_new_shape_is_removed_on_its_one_page():
    found = removals_everywhere()
    blurbs = [r for r in found if r.reason == "video description" and " discusses " in r.text]
    assert [(r.cluster, r.document) for r in blurbs] == [(212, 0)]
    stories = [r for r in found if r.reason == "link" and " story " in r.text]
    assert [(r.cluster, r.document) for r in stories] == [(212, 0)]


def test_story_lines_of_the_same_words_stay():
    # A list's lead-in opening "Read" (10 [0]) is the story's.
    oscars = exact_sentences(cleaned(raw_clusters()[10]["id"], 0))
    assert any(s.startswith("Read on for the backstage reactions of Jon Cryer") for s in oscars)
