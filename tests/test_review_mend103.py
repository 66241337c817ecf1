"""Review mends of stop 55's summary and render diff (mend103): "led", an irregular verb of
`PAST`, is a deed a lead telling the news may write (raw 180's lead, Multi-News raw
validation, 0-based lines of the file); a value's words are read outside its figures where
lower case would shift their offsets."""

from __future__ import annotations

from chorus.render.differing_values import _read, other_value
from chorus.summarize.feature_ledes import tells_the_news
from tests.raw_pages import raw_clusters
from tests.summary_texts import sentence


def test_led_is_a_deed_of_a_lead_telling_the_news():
    lead = sentence(raw_clusters()[180], "A gun-wielding Mannequin Challenge video led to")
    assert tells_the_news(lead)
    assert tells_the_news("The Rockies led the league on Saturday.")
    # a verb of saying in "-ed" is still no deed, and a deed with no day nor figure no lead's
    assert not tells_the_news("He asked 3 questions on Monday.")
    assert not tells_the_news("The Rockies led the league.")


def test_a_value_s_words_are_read_outside_its_figures_after_a_two_letter_lower_case():
    # "İ" is two characters in lower case: blanked after lowering, "12" left "2" a word
    numbers, words = _read("İzmir officials said 12 children were hurt")
    assert numbers == frozenset({(12.0, 12.0)})
    assert words == frozenset({"i", "zmir", "officials", "said", "children", "were", "hurt"})
    reason = "different figures for injuries: 12 children vs 2 children"
    supports = ["İzmir officials said 12 children were hurt", "Police said 2 children were hurt"]
    assert other_value(reason, supports[0], supports) == ("2 children", (1,))
