"""Cleaning, thirty-fifth pass (raw validation by 0-based index), reader61's findings on 240
(a 4-year-old thrown from a Brooklyn roof): [2]'s two gallery captions, each closed by its
picture's source and the gallery's link ("… pushed him off. Source: 4NBC More"), and [1]'s
NBC "What to Know" box over the story, its heading glued to its first bullet. Each retells a
sentence of its own page: kept, the second caption was a summary sentence repeating the one
before it, and the box's first bullet a police quote beside the story's own."""

from chorus.api import as_articles
from chorus.clean import clean
from chorus.ingest import make_article

from .briefings import raw_briefing
from .conftest import DATA, read_clusters
from .raw_pages import cleaned, exact_sentences, raw_clusters, removals, removals_everywhere

_SHIMRON = 240
_POST_CAPTION = (
    "A 20-year-old man has been charged with murder after telling police he threw his "
    "four-year-old brother Shimron Smith off the roof of the family’s seven-story apartment "
    "building. Source: The New York Post More"
)
_NBC_CAPTION = (
    "The older brother, who reportedly suffers from schizophrenia, told officers he led the "
    "child onto the roof then pushed him off. Source: 4NBC More"
)
_BOX = [
    "What to Know A 20-year-old man allegedly tossed his 4-year-old brother to his death from "
    "the boy's Brooklyn home, police said",
    "Police found the little boy, Shimron Smith, unconscious and unresponsive in the courtyard "
    "outside his home in Brooklyn",
    "The boy was pronounced dead at the scene. The investigation is ongoing",
]

# Multi-News+ validation pages (0-based cluster, document) holding the box or a caption so.
_ONE_LINE = ((213, 1), (5473, 1), (5473, 2))


def _sentences(index: int) -> list[str]:
    return exact_sentences(cleaned(raw_clusters()[_SHIMRON]["id"], index))


def _after(sentences: list[str], opening: str) -> str:
    return sentences[next(i for i, s in enumerate(sentences) if s.startswith(opening)) + 1]


def test_the_gallery_captions_go_and_the_paragraphs_around_them_meet():
    page = cleaned(raw_clusters()[_SHIMRON]["id"], 2)
    assert removals(page) == [("photo caption", _POST_CAPTION), ("photo caption", _NBC_CAPTION)]
    sentences = _sentences(2)
    assert _after(sentences, "Police responding to an emergency call").startswith(
        "The little boy was was pronounced dead at the scene"
    )
    assert _after(sentences, "“I just killed my brother").startswith(
        "Smith was charged with second-degree murder"
    )
    assert not any("Source:" in s or s.endswith(" More") for s in sentences)
    # What each caption tells, the page tells in its own sentences, which stay.
    assert sentences[0].startswith("A 20-year-old man has been charged with murder after telling")
    assert any(
        s.startswith("Shimron’s brother Shawn J. Smith, who suffers from schizophrenia")
        and "pushed him off" in s
        for s in sentences
    )


def test_nbcs_what_to_know_box_goes_and_the_story_under_it_opens_the_page():
    page = cleaned(raw_clusters()[_SHIMRON]["id"], 1)
    # The station's video blurb above it went before this pass.
    assert removals(page)[1:] == [("highlights", line) for line in _BOX]
    sentences = _sentences(1)
    assert sentences[0] == (
        "A 20-year-old man tossed his 4-year-old brother to his death from the boy's Brooklyn "
        "home, police said."
    )
    # Every bullet is told again below it: the courtyard, the death at the scene, the inquiry.
    assert any("found the little boy, Shimron Smith, unconscious" in s for s in sentences)
    assert "Shimron was pronounced dead at the scene, police said." in sentences
    assert sentences[-1] == "The investigation is ongoing."
    assert not any("What to Know" in s for s in sentences)


def test_the_briefing_no_longer_repeats_the_caption_or_quotes_the_box():
    briefing = raw_briefing(_SHIMRON)
    summary = [s.text for s in briefing.summary]
    assert not any(text.startswith("The older brother, who reportedly") for text in summary)
    analysis = briefing.analysis
    assert analysis is not None
    spoken = [quote.text.text for quote in analysis.quotes]
    assert not any("allegedly tossed" in text for text in spoken)
    shown = [s.text for fact in analysis.agreed for s in fact.sentences]
    assert "The boy was pronounced dead at the scene." not in shown
    assert not any(text.endswith(" More") for text in shown)


def test_over_raw_and_duc_only_240s_captions_and_box_take_the_new_shapes():
    found = removals_everywhere()
    sourced = [r for r in found if r.text.endswith(" More") and "Source: " in r.text]
    assert [(r.cluster, r.document, r.reason) for r in sourced] == [
        (_SHIMRON, 2, "photo caption"),
        (_SHIMRON, 2, "photo caption"),
    ]
    boxes = [r for r in found if r.text.startswith("What to Know")]
    assert [(r.corpus, r.cluster, r.document) for r in boxes] == [("raw", _SHIMRON, 1)]


def test_one_line_pages_keep_their_glued_box_and_caption_and_no_seed_line_goes(seed_texts):
    # Multi-News+ runs the box and the captions into a page's one line, in lower case (213 [1];
    # 5473 [1] and [2] are this story's [2] and [3]): no line break tells where the box or a
    # caption starts, so each stays, and those pages lose nothing.
    clusters = read_clusters(DATA / "multinews-plus-validation.jsonl.gz", 5474)
    pages = {(line, index): clusters[line]["documents"][index] for line, index in _ONE_LINE}
    assert all("what to know" in pages[key] for key in _ONE_LINE[:2])
    assert "building. Source: the new york post more the little boy" in pages[5473, 2]
    for page in pages.values():
        (article,) = as_articles([page])
        assert clean(article).removed == ()
    for name, text in seed_texts.items():
        document = clean(make_article(text, name, origin="test"))
        assert not any(r.reason in ("highlights", "photo caption") for r in document.removed), name
