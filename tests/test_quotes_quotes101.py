"""Who said what, hundred-and-first pass: a title set right before a full name with no comma
introduces its speaker ("American Airlines CEO Doug Parker sent a letter", raw validation
217 [2]); a description opening on a count is no fuller name of the bare one ("two people
familiar with the matter", raw 207 [1])."""

from __future__ import annotations

from chorus.analyze.quote_introduced_roles import _title_before
from chorus.language.quote_names import canonical_names
from tests.briefings import quotes_of


def _rows(corpus: str, line: int) -> list[tuple[str, str | None, str]]:
    return [(q.speaker, q.role, q.words) for q in quotes_of(corpus, line)]


def test_a_title_before_the_full_name_is_the_role_not_a_later_description():
    # raw 217 [2]: "American Airlines CEO Doug Parker sent a letter ..." before "Parker, a
    # longtime critic of Gulf carriers such as Qatar, continued by saying ..."
    parker = {role for who, role, _ in _rows("raw", 217) if who == "Doug Parker"}
    assert parker == {"American Airlines CEO", "American’s chief executive"}  # [3]'s own
    # raw 207 [2]: "Sprint CEO Dan Hesse" is how the column introduces him
    hesse = {role for who, role, _ in _rows("raw", 207) if who == "Dan Hesse"}
    assert hesse == {"Sprint CEO"}


def test_the_title_is_read_within_the_names_own_sentence():
    text = "Qatar said it intends to invest.\n\nAmerican Airlines CEO Doug Parker sent a letter."
    end = text.index(" sent")
    assert _title_before(text, "Doug Parker", end) == "American Airlines CEO"
    # no title before the name: nothing from the sentence before
    text = "It is the airline's chief executive. Doug Parker sent a letter."
    assert _title_before(text, "Doug Parker", text.index(" sent")) is None


def test_a_counted_description_is_no_fuller_name_of_the_bare_one():
    names = canonical_names(
        ["people familiar with the matter", "two people familiar with the matter"]
    )
    assert names["people familiar with the matter"] == "people familiar with the matter"
    rows = _rows("raw", 207)
    # "..., people familiar with the matter said," is not the next sentence's pair
    first = next(who for who, _, words in rows if words.startswith("Sprint Nextel Corp. will"))
    assert first == "people familiar with the matter"
    second = next(who for who, _, words in rows if words.startswith("Verizon Wireless and AT&T"))
    assert second == "two people familiar with the matter"
