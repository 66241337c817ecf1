"""headline85: a "he" or "she" after a subject introducing someone ("A 20-year-old man ...
he threw ...") is read as that person by `shown_alone.unnamed_person` itself, so the
analysis' lead-ins read what the headline reads; a headline whose cut would stop before a
phrase telling when and drop the clause "and" joins after it ("landed on her head | during a
training exercise | and was left paralysed") leaves the phrase out instead, when the rest
fits the reach. A lead telling where the story's subjects live ("... is home to ...") is
background: the next step of its anecdote gives way to another article's lead."""

from __future__ import annotations

from chorus.analyze.lead_ins import _unnamed
from chorus.render.headline_choice import headline
from chorus.render.headline_news import background
from chorus.render.shortening import _without_adjunct, shortened
from chorus.shown_alone import unnamed_person
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters


def _article_writing(line: int, sentence: str) -> str:
    """The text of raw validation cluster `line`'s article that writes `sentence`."""
    documents = read_clusters(RAW_VALIDATION, line + 1)[line]["documents"]
    return next(document for document in documents if sentence in document)


def test_a_he_after_an_introduced_person_is_named_for_the_lead_ins_too():
    lead = (
        "A 20-year-old man has been charged with murder after telling police he threw his"
        " four-year-old brother off the roof of the family’s seven-story apartment building."
    )
    article = _article_writing(240, lead)
    assert not unnamed_person(lead)
    assert not _unnamed(lead, article)


def test_a_he_after_a_fronted_description_is_still_unnamed():
    line = (
        "A brilliant computer scientist, he helped transform the financial industry through"
        " the innovative use of trading algorithms."
    )
    article = _article_writing(227, line)
    assert unnamed_person(line)
    assert _unnamed(line, article)


def test_a_phrase_telling_when_gives_way_to_the_clause_after_it():
    # Raw 42: was "... when their daughter landed on her head…" (the paralysis lost).
    chosen = headline(raw_briefing(42))
    assert chosen.text == (
        "The parents of Austria's top pole vaulter Kira Grunberg were watching when their"
        " daughter landed on her head … and was left paralysed."
    )
    assert chosen.source == "summary sentence 1, shortened"


def test_a_cut_before_anything_but_a_phrase_telling_when_stays():
    # Raw 249: "into the Ukrainian naval headquarters ..." is where the forces broke, not when.
    crimea = (
        "A day after Russia effectively absorbed Crimea, Russian-backed forces on Wednesday"
        " broke into the Ukrainian naval headquarters in the key Crimean city of Sevastopol"
        " and raised the Russian flag."
    )
    assert crimea in _article_writing(249, crimea)
    assert _without_adjunct(crimea, 120, 150) is None
    # Raw 19: the clause "and" joins follows a comma's clause, no phrase telling when.
    wobble = (
        "White House officials are downplaying the recent chaos in the stock market, saying"
        " it's a short-term wobble and insisting the US economy remains resilient."
    )
    assert wobble in _article_writing(19, wobble)
    assert shortened(wobble, 120, 150).endswith("saying it's a short-term wobble…")


def test_a_setting_lead_gives_way_to_another_articles_lead():
    # Raw 41: was "The Colchester Zoo in England is home to a community of mandrills, the
    # largest of the monkeys." ([1]'s lead); telling it as background alone gave "A dozen
    # years later Milly and her zoo mates continue ..." ([1]'s third sentence).
    briefing = raw_briefing(41)
    chosen = headline(briefing)
    assert chosen.text == "Monkeys learn to cover their eyes when they want to be left alone"
    assert briefing.summary[chosen.number - 1].shown.index == 0
    setting = "The Colchester Zoo in England is home to a community of mandrills"
    assert setting in _article_writing(41, setting)
    assert background(setting + ", the largest of the monkeys.")
    # a home named otherwise is no setting
    assert not background("The zoo is planning a new home for the mandrills.")
