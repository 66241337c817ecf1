"""Review mends of stop 50's summary diff (mend88): a quotation's "It" before a helping verb
spelled with a straight apostrophe reads as one spelled with a curly one (raw Multi-News
validation, 0-based lines of the file)."""

from __future__ import annotations

from chorus.summarize.stands_on import quoted_thing
from tests import summary_texts
from tests.raw_pages import raw_clusters


def test_a_straight_apostrophe_helper_stands_for_no_more_of_a_thing():
    # raw 151: "“It really don’t matter to me if you twist my words up,” Bundy said." stands
    # for no thing (a raised clause); "doesn't" in place of "don’t" is the same "It".
    bundy = summary_texts.sentence(raw_clusters()[151], "“It really don’t matter to me")
    for helper in ("doesn’t", "doesn't", "didn’t", "didn't"):
        assert not quoted_thing(bundy.replace("don’t", helper)), helper
    # a deed after the helper is still one, with either apostrophe
    for helper in ("doesn’t", "doesn't"):
        deed = bundy.replace("don’t matter to me if you twist my words up", f"{helper} work")
        assert quoted_thing(deed), deed
