"""A surname as the subject right after a plain opening phrase ("In 1996, Castellon opened his
probe ...", DUC d30003t; "In his online persona, Peinovich routinely cracked jokes ...", raw
92) is read as an opening subject is: shown with its article's line naming the person in
full, or left out (summary130; raw Multi-News validation and DUC, 0-based lines of the
files)."""

from __future__ import annotations

import pytest

from chorus.summarize.surname_introductions import _subject
from tests import summary_texts
from tests.briefings import briefing
from tests.raw_pages import raw_clusters


@pytest.fixture(scope="module")
def clusters() -> list[dict]:
    return raw_clusters()


def test_a_subject_after_a_plain_opening_phrase_is_read(clusters):
    persona = summary_texts.sentence(clusters[92], "In his online persona, Peinovich")
    assert _subject(persona) == ("Peinovich",)
    assert _subject("In 1996, Castellon opened his probe into murder, torture.") == ("Castellon",)
    assert _subject("According to a police report, Stinson became upset.") == (
        "According",
        "Stinson",
    )
    # the opening subject is still read, once
    assert _subject("Gardner was one of the delegates who voted.") == ("Gardner",)


def test_an_opening_phrase_with_a_capital_or_a_quotation_is_not_read():
    # measured and dropped: each such phrase read left out a line of the story or an
    # introduction (raw 212's "In his Newsweek article, Alexander asserts ...", 232's
    # Newport, 249's Lavrov)
    assert _subject("In his Newsweek article, Alexander asserts that the cessation.") == ()
    # (an opening "Appearing on" is read as `SURNAME`'s, as before: no one is named so)
    assert "Newport" not in _subject('Appearing on "Fox News Sunday," Newport was asked.')
    assert "Lavrov" not in _subject('Speaking "on behalf" of Putin, Lavrov had told the Duma.')
    # a speaker is `introductions`', a possessive, a name in full and a second comma are not
    assert _subject("In a statement, Henry said the state has primacy.") == ()
    assert _subject("In his view, Peinovich's wife appears to have known.") == ()
    assert _subject("In 1996, Manuel Castellon opened his probe.") == ()
    assert _subject("In the filing, Corbett, the governor, compared couples.") == ()
    assert "Burke" not in _subject("Her brother, Burke, as a child.")
    assert _subject("Still, the county lacked the expertise.") == ()


def test_the_subject_s_introduction_is_its_article_s_naming_line(clusters):
    peinovich = summary_texts.subject_introduced(clusters[92], "In his online persona, Peinovich")
    assert peinovich is not None and "a New York website developer named Mike Peinovich" in (
        peinovich
    )


def test_castellon_is_never_shown_unnamed():
    # DUC d30003t's summary at main showed the judge by his surname only, second
    summary = [s.text for s in briefing("duc", 0, analyze=False).summary]
    assert not any(text.startswith("In 1996, Castellon opened") for text in summary)
    assert not any("Castellon" in text and "Manuel" not in text for text in summary)


def test_peinovich_is_named_in_full_in_raw_92(clusters):
    # raw 92's summary at main never said that Enoch is Mike Peinovich
    summary = summary_texts.summary(clusters[92])
    assert any("named Mike Peinovich" in text for text in summary)
    persona = next(n for n, text in enumerate(summary) if text.startswith("In his online"))
    named = next(n for n, text in enumerate(summary) if "named Mike Peinovich" in text)
    assert named < persona
