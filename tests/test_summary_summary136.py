"""Summary a reader sees, hundred-and-twenty-fifth pass (summary136, stop 57; raw Multi-News
validation, 0-based lines of the file): someone's words shown with no one saying whose. Raw
127's “It is ludicrous ...” (reader110) is read by the name its credit gives, James Lynch,
not by the "Amnesty International" the line shown above it writes."""

from __future__ import annotations

from chorus.summarize.credit_unshown import credit_unshown
from tests.briefings import raw_briefing


def test_raw_127_shows_no_quotation_its_line_above_passes_off_as_the_familys():
    shown = [s.text for s in raw_briefing(127).summary]
    assert shown[0].startswith("A Bahraini court sentenced a political activist")
    assert not any(text.startswith("“It is ludicrous") for text in shown)
    # the fine "If the fine is not paid ..." presumes is told now
    fine = next(n for n, text in enumerate(shown) if text.startswith("It also imposed a fine"))
    assert fine < next(n for n, text in enumerate(shown) if text.startswith("If the fine"))


def test_a_credit_naming_its_speaker_after_the_verb_is_read_by_that_name():
    credit = (
        "“The decision is a vindictive assault,” said James Lynch, Deputy Director at "
        "Amnesty International."
    )
    quote = "“It is ludicrous that she is facing a year in prison.”"
    family = "Her family have told Amnesty International that she will keep her son."
    lynch = "Amnesty's James Lynch spoke to reporters on Wednesday."
    texts = [family, lynch, credit, quote]
    # below a line writing only his organisation, the quotation has no speaker
    assert credit_unshown(texts, [0, 3], [0]) == [3]
    assert credit_unshown(texts, [1, 3], [0]) == []
    # a credit with no name before a comma is read by its every capitalised word, as before
    luu = "“It was fine,” said Mr. Luu, 41."
    assert credit_unshown([family, luu, quote], [0, 2], [0]) == [2]
    assert credit_unshown(["Mr. Luu runs a shop.", luu, quote], [0, 2], [0]) == []
