"""Cleaning, twenty-seventh pass: reader 32's marks (raw validation by 0-based index). 2 [1]'s
Live Science link to a related story, a title in brackets closing a paragraph's line ("... "the
field of the assembly." [Fierce Fighters: 7 Secrets of Viking Culture]"), goes; the sentence
before it and the paragraph after it stay. An editor's bracketed insertion between sentences
stays (165's "[Labor union official] advised Obama ..."), and so do 153 [2]'s "UPDATE:" label
(a third trial moved the headline to a worse one again) and 2 [0]'s print-style "A CAR park"
(cleaning rewrites no text)."""

from .raw_pages import cleaned, exact_sentences, removals, removals_everywhere

_THING, _TITANOSAUR, _BATTERY, _BLAGOJEVICH, _DELPHI = (
    "multi_news-val-80",
    "multi_news-val-794",
    "multi_news-val-5500",
    "multi_news-val-2145",
    "multi_news-val-3651",
)


def test_a_related_storys_title_in_brackets_closing_a_paragraph_goes_and_the_story_stays():
    thing = cleaned(_THING, 1)
    links = [t for reason, t in removals(thing) if reason == "related link"]
    assert links == ["[Fierce Fighters: 7 Secrets of Viking Culture]"]
    sentences = exact_sentences(thing)
    assert not any("Fierce" in s for s in sentences)
    # The editor's "[information]" inside the quotation stays: it is no title after a stop.
    assert '"No one\'s had dating [information] from a Thing site in Scotland."' in sentences
    assert any(s.endswith('which means "the field of the assembly."') for s in sentences)
    assert any(s.startswith("Such Thing sites are scattered from Iceland") for s in sentences)
    titanosaur = exact_sentences(cleaned(_TITANOSAUR, 4))
    assert not any("Titanosaur Photos" in s for s in titanosaur)
    assert any(s.endswith("told Live Science.") for s in titanosaur)


def test_an_editors_insertion_between_sentences_and_an_update_label_stay():
    filing = exact_sentences(cleaned(_BLAGOJEVICH, 0))
    assert any("re-election. [Labor union official] advised Obama" in s for s in filing)
    delphi = exact_sentences(cleaned(_DELPHI, 2))
    assert any(s.startswith("UPDATE: Authorities positively identified") for s in delphi)
    thing = exact_sentences(cleaned(_THING, 0))
    assert thing[0].startswith("A CAR park in a Highland town")


def test_over_raw_and_duc_the_bracketed_links_closing_a_line_are_these():
    found = removals_everywhere()
    closing = [
        (r.corpus, r.cluster, r.document, r.text)
        for r in found
        if r.reason == "related link" and r.text.startswith("[") and r.before and not r.after
    ]
    assert closing == [
        ("raw", 2, 1, "[Fierce Fighters: 7 Secrets of Viking Culture]"),
        ("raw", 33, 4, "[Titanosaur Photos: Meet the Largest Dinosaur on Record]"),
        # A forum post's source, "Tell us in the comments. [Apple Support via 9to5]".
        ("raw", 80, 1, "[Apple Support via 9to5]"),
        # `IN_LINE_POINTER`'s, found before this pass.
        ("raw", 216, 0, "[Photos: Ancient Egyptian Cemetery with 1 Million Mummies]"),
        ("raw", 216, 0, "[Image Gallery: Digging Up a Cemetery in Dakhleh Oasis]"),
    ]
