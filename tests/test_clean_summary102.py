"""Cleaning, forty-third pass (summary102): a picture's credit, its site's address in
capitals, glued before the caption on its line. Raw 175 (val-3412) [0], the Daily News'
page, opens under its headline on "DEVONJAMESXXX.COM 'I want you to be my whore' was one
text message Florida-based porn star Devon James says Tiger Woods sent her.": the credit goes
by its exact span, the caption's sentence stays (its words are the page's), and the summary
no longer opens on a web address. Checked over every raw validation and DUC page."""

from chorus.render.headline_choice import headline
from tests.briefings import raw_briefing

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_TIGER = "multi_news-val-3412"
_CAPTION = "'I want you to be my whore' was one text message Florida-based porn star Devon James"


def test_the_credit_goes_and_the_caption_s_sentence_stays_exact():
    document = cleaned(_TIGER, 0)
    assert ("photo credit", "DEVONJAMESXXX.COM") in removals(document)
    sentences = exact_sentences(document)
    caption = [s for s in sentences if s.startswith(_CAPTION)]
    assert len(caption) == 1 and caption[0].endswith("says Tiger Woods sent her.")
    assert not any("DEVONJAMESXXX" in s for s in sentences)
    # The story's own telling of the message, further down, stays too.
    assert any(s.startswith("Meanwhile, James said she had phone records") for s in sentences)


def test_the_summary_opens_on_the_caption_without_its_credit_and_the_lead_heads():
    briefing = raw_briefing(175)
    first = briefing.summary[0].shown
    assert first.text.startswith(_CAPTION)
    assert first.article.text[first.start : first.end] == first.text
    assert not any("DEVONJAMESXXX" in s.text for s in briefing.summary)
    # A sentence opening on a quotation heads no briefing: the lead below it does.
    assert headline(briefing).text.startswith("A third porn star spewed tawdry tales")


def test_over_raw_and_duc_the_address_in_capitals_is_175_s_alone():
    """Raw + DUC hold one line opening on a web address in capitals before more words (175
    [0]'s); the other addresses in capitals ("BROWSE SALON.COM", "Follow CBSMIAMI.COM:",
    "(AMNH.ORG)") open no line and stay."""
    found = [
        (r.corpus, r.cluster, r.document, r.text)
        for r in removals_everywhere()
        if r.reason == "photo credit" and r.text.endswith((".COM", ".NET", ".ORG"))
    ]
    assert found == [("raw", 175, 0, "DEVONJAMESXXX.COM")]
