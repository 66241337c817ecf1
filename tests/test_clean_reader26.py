"""Cleaning, twenty-third pass: the twenty-sixth reader's raw 0 [0] (a site's sharing prompts
and its "Why Is This Important?" label, shown as a summary sentence and a lone item) and what
the last passes left: 18 [2]'s and 211 [3]'s tables pasted as one line each, their names
between their sums (raw validation by 0-based index), and 84 [1]'s channel blurb."""

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_GOOD_COUNTRY, _WEDDINGS, _ALL_IN_ONE, _KHALEESI = (
    "multi_news-val-4830",
    "multi_news-val-2095",
    "multi_news-val-589",
    "multi_news-val-177",
)


def test_a_site_s_sharing_prompts_and_its_label_s_answer_go_and_the_story_stays():
    document = cleaned(_GOOD_COUNTRY, 0)
    prompts = [text for reason, text in removals(document) if reason == "sharing prompt"]
    why = ["Why Is This Important?", "Because it may be time we all moved to Sweden."]
    assert prompts[:2] == why
    assert [p.split(":")[0] for p in prompts[2:]] == [
        "Ask The Big Question",
        "Disrupt Your Feed",
        "Drop This Fact",
    ]
    sentences = exact_sentences(document)
    assert not any("Happiness report" in s or "Big Question" in s for s in sentences)
    # The story's first and last lines, on either side of the labels, stay.
    assert sentences[1].startswith("The latest edition of the Good Country Index has crowned")
    assert sentences[-1] == (
        "Surely whoever wins the US election should be hoping to climb the ladder a little."
    )


def test_a_table_pasted_as_one_line_goes_with_its_headings_and_the_prose_stays():
    document = cleaned(_WEDDINGS, 2)
    tables = [text for reason, text in removals(document) if reason == "table"]
    assert tables[0].startswith("New York - Manhattan $76,328 New York - Long Island $55,327")
    assert tables[1:3] == ["Category 2014 National", "Average Spend 2013 National"]
    assert tables[3].startswith("Average Spend Overall Wedding (excluding honeymoon) $31,213")
    assert len(tables) == 4
    sentences = exact_sentences(document)
    # The sentences telling the same sums, each closed by its stop, stay.
    assert "Figures based on respondents who hired a professional vendor for the service." in (
        sentences
    )
    assert any(s.startswith("Cost of Weddings: New York City (Manhattan)") for s in sentences)
    assert any(s.startswith("Five of the six most expensive areas") for s in sentences)
    review = cleaned(_ALL_IN_ONE, 3)
    (spec,) = [text for reason, text in removals(review) if reason == "table"]
    assert spec.startswith("Lenovo IdeaCentre Horizon 27 Asus Transformer AIO")
    kept = exact_sentences(review)
    assert "The 18.6-pound Horizon 27 is just plain big." in kept
    assert any("we'll revisit the rating for this review in a few weeks." in s for s in kept)


def test_a_channel_s_blurb_goes_and_the_clip_s_own_line_stays():
    document = cleaned(_KHALEESI, 1)
    assert any(
        reason == "video description"
        and text.startswith("The Tonight Show Starring Jimmy Fallon features hilarious highlights")
        and text.endswith("behind the scenes videos and other great web exclusives.")
        for reason, text in removals(document)
    )
    assert exact_sentences(document)[0] == (
        "Jimmy gets a surprise visit from Daenerys Targaryen, and they talk about her crazy life."
    )


def test_over_raw_and_duc_the_new_removals_are_these():
    found = removals_everywhere()
    prompts = [(r.corpus, r.cluster, r.document) for r in found if r.reason == "sharing prompt"]
    assert prompts == [("raw", 0, 0)] * 5
    # Tables read by their sums, not their first words' cells (197 [1]'s are).
    priced = [
        (r.cluster, r.document)
        for r in found
        if r.reason == "table" and r.cluster != 197 and r.text.count("$") >= 5
    ]
    assert priced == [(18, 2), (18, 2), (211, 3)]
    blurbs = [(r.cluster, r.document) for r in found if "highlights from the show" in r.text]
    assert blurbs == [(84, 1)]
