"""headline86: a headline candidate whose clause opens, past an opening phrase, on a "this",
"that", "these" or "such" nothing before it gives, or whose subject holds one, gives way
(`shown_alone.bare_pointer`, raw 226); a subject cut before the noun its "and" joins keeps
that noun before a plural verb (raw 167); a cut inside the subject of what a finding says,
before its verb, is unfinished (raw 89); a plural possessive's apostrophe ends no phrase."""

from __future__ import annotations

from pathlib import Path

from chorus.render.cut_unfinished import unfinished
from chorus.render.headline_choice import headline
from chorus.render.shortening import CUT_MARK, shortened
from chorus.shown_alone import bare_pointer
from tests.briefings import DUC, raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters


def _written(path: Path, line: int, sentence: str) -> str:
    """`sentence`, asserted to be in an article of cluster `line` of `path`."""
    documents = read_clusters(path, line + 1)[line]["documents"]
    assert any(sentence in document for document in documents), sentence
    return sentence


def test_a_pointer_past_an_opening_phrase_gives_way():
    # Raw 226: was "For the Heat, this is the reward for an impossibly wacky two years …".
    line = _written(
        RAW_VALIDATION,
        226,
        "For the Heat, this is the reward for an impossibly wacky two years that began in the"
        " summer of 2010,",
    )
    assert bare_pointer(line)
    chosen = headline(raw_briefing(226))
    assert not chosen.text.startswith("For the Heat, this")


def test_a_pointer_the_text_gives_before_it_stays():
    # A pronoun after the clause it stands for, and a noun the clause before writes.
    clause = _written(
        RAW_VALIDATION,
        26,
        "If you're more likely to share a story after reading it, that's often a sign of good"
        " in-depth content.",
    )
    given = _written(
        RAW_VALIDATION,
        112,
        "Though the trigger would force cuts to Medicare, those cuts would come from Medicare"
        " providers",
    )
    assert not bare_pointer(clause)
    assert not bare_pointer(given)


def test_a_pointer_after_an_opening_phrase_or_inside_a_subject_gives_way():
    named = _written(
        RAW_VALIDATION,
        64,
        "During the past month, that number has increased by three births",
    )
    held = _written(RAW_VALIDATION, 67, "The success of this program is about to be celebrated")
    assert bare_pointer(named)
    assert bare_pointer(held)


def test_a_compound_subject_keeps_its_second_noun_before_a_plural_verb():
    # Raw 167: was "Republican apprehension over ... next tweet … are undermining ...".
    # Since headline90 its headline keeps the whole subject, within the reach (the pair at
    # a tighter limit: test_review_stop49).
    chosen = headline(raw_briefing(167))
    assert chosen.text.startswith(
        "Republican apprehension over President Donald Trump's next tweet and fear of riling"
        " conservative voters are undermining"
    )


def test_names_joined_inside_a_clause_are_no_compound_subject():
    # DUC 16: the "and" joins a name inside "those who opposed ...": no noun is kept for it.
    names = _written(
        DUC,
        16,
        "The Commission finds that those who opposed Ms. Madikizela-Mandela and the Mandela"
        " United Football Club, or dissented from them, were branded as informers and killed.",
    )
    assert "Mandela and" not in shortened(names, 120, 150)
    # DUC 20: "71 people ... and 41 people ... were": the second count is kept.
    counts = _written(
        DUC,
        20,
        "The fatalities included 71 people who died in landslides in hard-hit Catanduanes island"
        " and 41 people who drowned, were electrocuted or died in landslides in nearby Camarines"
        " Sur province.",
    )
    # At a limit the whole subject does not fit (headline90 keeps it whole at 120/150); the
    # subject's cut runs to the reach's room for its name (headline91), "people" kept too.
    assert "island and 41 people … were electrocuted" in shortened(counts, 110, 130)


def test_a_findings_subject_is_cut_before_its_verb():
    # Raw 89: was "A new study suggests the biblical account of the commanded annihilation of
    # the ancient Canaanite people…" (what the study says left out).
    chosen = headline(raw_briefing(89))
    assert chosen.text == (
        "A new study suggests the biblical account of the commanded annihilation of the ancient"
        f" Canaanite people {CUT_MARK} was a bit premature{CUT_MARK}"
    )
    # Raw 123: was "Research suggests that the ratio of the lengths of the index finger and the
    # ring finger…".
    ratio = _written(
        RAW_VALIDATION,
        123,
        "Research suggests that the ratio of the lengths of the index finger and the ring finger"
        " in males may be predictive of a variety of disorders related to disturbed hormonal"
        " balance.",
    )
    assert f"{CUT_MARK} may be predictive of a variety of disorders" in shortened(ratio, 120, 150)


def test_a_cut_before_a_findings_verb_is_unfinished():
    sentence = _written(
        RAW_VALIDATION,
        89,
        "A new study suggests the biblical account of the commanded annihilation of the ancient"
        " Canaanite people at the hands of the invading Israelites was a bit premature,",
    )
    shown = "A new study suggests the biblical account of the commanded annihilation of the ancient"
    assert unfinished(shown + " Canaanite people" + CUT_MARK, sentence)
    # Raw 23: the clause's own verb ("ignored") is shown.
    judges = _written(
        RAW_VALIDATION, 23, 'Eichmann argued that the judges ignored his claim that he "never'
    )
    assert not unfinished("Eichmann argued that the judges ignored his claim" + CUT_MARK, judges)


def test_no_cut_ends_on_a_plural_possessive():
    # Raw 226's [2] opening line ended "... in Game 5 King James'…".
    line = _written(
        RAW_VALIDATION,
        226,
        "LeBron James, Miami Heat win NBA championship, rout Oklahoma City Thunder 121-106 in"
        " Game 5 King James' gets triple-double, wins Finals MVP and leads Miami to NBA title",
    )
    cut = shortened(line, 120, 150)
    assert cut.endswith(CUT_MARK)
    assert not cut.removesuffix(CUT_MARK).endswith("s'")
