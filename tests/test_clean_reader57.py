"""Cleaning, thirty-fourth pass (raw validation by 0-based index), reader57's finding 15 on
227 [1] (McClatchy on Robert Mercer and the IRS): two pull quotes set without their marks, the
quotation's sentences then the speaker's credit closing the line with no stop ("… Is the
president of the United States going to succumb to that or is he not? Richard Painter, chief
White House ethics adviser under President George W. Bush"). The story quotes each in full
elsewhere; kept, they backed a false agreed item, an unattributed opinion shown as a shared
fact, a summary line that is no sentence and a 1993 timeline line. HuffPost's 103 [2] sets
one so too. A caption or teaser the story tells again in its own words, not inside a
quotation, stays."""

from chorus.clean import clean
from chorus.ingest import make_article

from .briefings import raw_briefing
from .raw_pages import cleaned, exact_sentences, raw_clusters, removals, removals_everywhere

_PATTERSON = (
    "Bob has always been very good at leveraging his money. . . . Bob’s been very dissatisfied "
    "with U.S. politics for many years. . . . I remember him being very outspoken about "
    "Hillary Clinton. Renaissance co-founder Nick Patterson, who recruited Mercer to the hedge "
    "fund in 1993"
)
_PAINTER = (
    "The guy’s got a big case in front of the IRS. He’s trying to put someone in there who’s "
    "going to drop the case. Is the president of the United States going to succumb to that or "
    "is he not? Richard Painter, chief White House ethics adviser under President George W. Bush"
)
_POE = (
    "She wrote the Bible on what happens to sexual assault victims. U.S. Rep. Ted Poe "
    "(R-Texas), referring to Brock Turner's victim's statement"
)


def _sentences(line: int, index: int) -> list[str]:
    return exact_sentences(cleaned(raw_clusters()[line]["id"], index))


def _after(sentences: list[str], opening: str) -> str:
    return sentences[next(i for i, s in enumerate(sentences) if s.startswith(opening)) + 1]


def test_mercers_two_unmarked_pull_quotes_go_and_the_story_around_them_stays():
    document = cleaned(raw_clusters()[227]["id"], 0)
    assert removals(document) == [("pull quote", _PATTERSON), ("pull quote", _PAINTER)]
    sentences = _sentences(227, 0)
    # Each stood between two paragraphs of the story, which now follow each other.
    assert _after(sentences, "One of them, the Heritage Foundation, received").startswith(
        "IRS leader Koskinen has said publicly"
    )
    assert _after(sentences, "So far, he said, Trump “has been remarkably restrained").startswith(
        "A former IBM computer scientist, Mercer has forged"
    )
    # The story's own tellings, with their speakers, stay.
    assert any(
        s.startswith("“Bob (Mercer) has always been very good at leveraging his money”")
        and "said Nick Patterson" in s
        for s in sentences
    )
    assert any(
        s.startswith("“The guy’s got a big case in front of the IRS,” said Painter")
        for s in sentences
    )
    assert not any(s.endswith(("in 1993", "George W. Bush")) for s in sentences)


def test_mercers_briefing_no_longer_builds_on_the_pull_quotes():
    briefing = raw_briefing(227)
    assert not any("Renaissance co-founder Nick Patterson" in s.text for s in briefing.summary)
    analysis = briefing.analysis
    assert analysis is not None
    shown = [s.text for fact in analysis.agreed for s in fact.sentences]
    # [1] never says Mercer threw the 1993 offer away; the pull quote's credit backed that item.
    assert not any("threw it in the trash" in text for text in shown)
    assert not any(text.startswith(("Bob has always", "Renaissance co-founder")) for text in shown)
    # Patterson's opinion, when agreed, is shown with its speaker.
    assert all("said Nick Patterson" in text for text in shown if "leveraging his money" in text)
    dated = [entry.sentence.text for entry in analysis.timeline]
    assert not any(text.startswith("Renaissance co-founder Nick Patterson") for text in dated)


def test_poes_unmarked_pull_quote_goes_and_his_telling_stays():
    document = cleaned(raw_clusters()[103]["id"], 2)
    assert ("pull quote", _POE) in removals(document)
    sentences = _sentences(103, 2)
    assert _after(sentences, "A judge denied prosecutors' request").startswith(
        "Poe, a former felony prosecutor and judge in Texas"
    )
    assert (
        'The author of the letter "wrote the Bible on what happens to sexual assault victims," '
        "Poe said." in sentences
    )


def test_over_raw_and_duc_only_the_three_unmarked_pull_quotes_go():
    unmarked = [
        (r.cluster, r.document, r.text)
        for r in removals_everywhere()
        if r.reason == "pull quote" and not r.text.startswith(('"', "“"))
    ]
    assert unmarked == [(103, 2, _POE), (227, 0, _PATTERSON), (227, 0, _PAINTER)]


def test_lines_the_story_tells_again_in_its_own_words_stay():
    # ESPN's caption (32 [2]) and the Post's caption (240 [2]) end on a credit too, and their
    # first sentence is told again, but as the story's own sentence, not inside a quotation.
    # (240's goes as a gallery's caption since cleaning's thirty-fifth pass; its lead stays.)
    caption = _sentences(32, 2)
    assert "Will Smith drove a Mercedes G63 SUV on the night he was fatally shot." in caption
    teaser = _sentences(240, 2)
    assert any(s.startswith("A 20-year-old man has been charged with murder") for s in teaser)


def test_no_seed_line_is_taken_for_a_pull_quote(seed_texts):
    for name, text in seed_texts.items():
        document = clean(make_article(text, name, origin="test"))
        assert not any(r.reason == "pull quote" for r in document.removed), name
