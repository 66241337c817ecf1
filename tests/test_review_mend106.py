"""The fourteenth review-mends pass (mend106, stop 57): stop 57's code diff read item by item.

- `acts_unmet._THE_CHARGE` (summary138) read "the" and up to two words before any "charge"
  as an accusation: "Kelley, the officer in charge, said ..." (a Multi-News+ validation
  article) was a charge the reader never met. A post, a price or a lead taken is none.
- `conflict_tolls.toll_conflicts` (conflicts70) gave each side every sentence giving its
  floor, two of one article too; each side is now the first sentence of each article, as
  `conflict_sides.two_values` gives every other conflict of two values.
- `replies._REACTED` (summary138) read "... have not responded to" as a reaction given.
- `conflict_tolls._DIED_AFTER` read "had died" too, a past toll the module says it does not
  read (and `WORDS`, its literals, holds no "had").
- `surnames.py` had grown past 400 lines: the introductions are `surname_introductions.py`.
"""

from __future__ import annotations

from chorus.analyze.conflict_tolls import toll_conflicts, toll_floors
from chorus.analyze.entity_real_names import _cued
from chorus.analyze.joined import Joined
from chorus.model import Article, Sentence
from chorus.summarize import surname_introductions, surnames
from chorus.summarize.acts_unmet import _THE_CHARGE, charges_unmet
from chorus.summarize.replies import answers_the_news


def test_a_post_a_price_or_a_lead_taken_is_no_charge():
    for text in (
        "Saturday, Kelley said. Kelley, the officer in charge, said the boy was found.",
        "Visitors can use the rides free of charge.",
        "After the firing, the coach took charge of the team.",
        "Now the veteran takes charge.",
    ):
        assert _THE_CHARGE.search(text) is None, text
    # an accusation still reads, whatever its words before
    assert _THE_CHARGE.search("A judge set no bond for the murder charge and $500 bail.")
    assert _THE_CHARGE.search("He will face a retrial for the murder charge.")
    assert _THE_CHARGE.search("Dunn was convicted of three charges; the second charge ...")


def test_the_officer_in_charge_shown_first_meets_no_unmet_charge():
    texts = [
        "Police were called to the house on Saturday.",
        "Kelley, the officer in charge, said the boy was found in the yard.",
        "Another article's lead.",
    ]
    assert charges_unmet(texts, [2, 1], [0, 2]) == []


def _story(*articles: tuple[str, list[str]]) -> list[Sentence]:
    story = []
    for name, lines in articles:
        text = " ".join(lines)
        article = Article(id=name, text=text, outlet=name)
        at = 0
        for index, line in enumerate(lines):
            start = text.index(line, at)
            story.append(Sentence(article, index, start, start + len(line)))
            at = start + len(line)
    return story


def test_a_toll_side_shows_each_article_once():
    story = _story(
        (
            "ap",
            [
                "The U.N. says more than 8,000 people have been killed in the uprising.",
                "Activists say more than 8,000 people have been killed since March.",
            ],
        ),
        ("afp", ["The bloodshed has cost an estimated more than 9,100 lives in the past year."]),
    )
    texts = [s.text for s in story]
    (toll,) = toll_conflicts(story, texts, Joined.of([t.lower() for t in texts]))
    assert [s.text for s in toll.side_a] == [texts[0]]
    assert [s.text for s in toll.side_b] == [texts[2]]


def test_the_real_name_cues_are_found_once_each():
    text = "Prodigy, born Albert Johnson, was raised in a musical family."
    ((end, after),) = list(_cued(text))
    assert (text[:end], text[after:].split(",")[0]) == ("Prodigy", "Albert Johnson")
    text = "Stormy Daniels, whose real name is Stephanie Clifford, sued."
    ((end, after),) = list(_cued(text))
    assert (text[:end], text[after:].split(",")[0]) == ("Stormy Daniels", "Stephanie Clifford")
    assert list(_cued("He was born in Ohio and raised in Texas.")) == []


def test_the_introductions_read_surnames_public_helpers():
    assert surname_introductions.bare_speakers is surnames.bare_speakers
    assert surnames.bare_speakers("“It is done,” Lanier said.") == ("Lanier",)
    texts = ["“It is done,” Lanier said.", "Police Chief Cathy Lanier did not reply."]
    # the line naming her in full, shown with the bare surname, introduces no one
    assert surname_introductions.introductions(texts, [0, 1], [0, 0], [0]) == {}
    assert surname_introductions.introductions(texts[::-1], [1], [0, 0], [0]) == {1: 0}


def test_a_reaction_not_given_answers_no_news():
    assert answers_the_news("Sean Hannity reacted to Cliven Bundy‘s slavery remarks Thursday.")
    assert answers_the_news("Officials responded to the attack with a curfew.")
    for text in (
        "Gosling's publicists have not responded to our request for comment.",
        "The company hasn’t responded to requests for comment.",
        "The firm never responded to the letter.",
    ):
        assert not answers_the_news(text), text


def test_a_toll_told_in_the_past_perfect_is_no_toll_to_date():
    assert toll_floors("By March more than 500 people had died in the fighting.") == []
    assert toll_floors("By March more than 500 people had been killed and 90 lives lost.") == []
    ((figure, told),) = toll_floors("Since March more than 500 people have died in the fighting.")
    assert (figure.low, told) == (500, "more than 500 people have died")
