"""Cleaning, stop 45 (pages14): a seventy-fourth reader found raw validation 67 [1] (0-based),
WRAL's page on the judge who spent a night in jail with the veteran he sentenced, opening on its
mail-a-friend form's CAPTCHA instruction, "You must enter the characters with black color that
stand out from the other characters", kept as story text. It goes as a CAPTCHA's line; on a
Multi-News+ page, one line, only the instruction goes. A page that is only a CAPTCHA (a parked
domain's, Multi-News+ validation 3375 [0], which the set marks not relevant) goes whole."""

from __future__ import annotations

from chorus.api import as_articles
from chorus.clean import clean

from .conftest import DATA, read_clusters
from .raw_pages import (
    cleaned,
    exact_sentences,
    outlet_read,
    raw_document,
    removals,
    removals_everywhere,
)

_JUDGE = "multi_news-val-23"
_INSTRUCTION = (
    "You must enter the characters with black color that stand out from the other characters"
)


def _plus_page(line: int, index: int) -> str:
    """Document `index` of Multi-News+ validation cluster `line` (0-based, file order)."""
    return read_clusters(DATA / "multinews-plus-validation.jsonl.gz", line + 1)[line]["documents"][
        index
    ]


def test_wrals_captcha_instruction_goes_and_its_story_stays():
    page = cleaned(_JUDGE, 1)
    assert removals(page) == [
        ("captcha", _INSTRUCTION),
        (
            "link",
            "Message: * A friend wanted you to see this item from WRAL.com: http://wr.al/13gnP",
        ),
    ]
    sentences = exact_sentences(page)
    assert sentences[0].startswith("— A judge’s act of compassion has a former Fort Bragg soldier")
    assert not any("characters" in sentence for sentence in sentences)


def test_the_form_still_names_the_pages_outlet():
    assert outlet_read(raw_document(67, 1)) == ("wral.com", "share link")


def test_on_a_one_line_page_only_the_instruction_goes():
    # Multi-News+ validation 23 [1], the same WRAL story lower-cased on one line.
    (article,) = as_articles([_plus_page(23, 1)])
    document = clean(article)
    text = article.text
    assert [(r.reason, text[r.span.start : r.span.end]) for r in document.removed] == [
        ("captcha", _INSTRUCTION)
    ]
    (kept,) = document.kept
    story = text[kept.start : kept.end]
    assert story.lstrip().startswith("message: * a friend wanted you to see this item from wral")
    assert "a judge's act of compassion has a former fort bragg soldier" in story


def test_a_page_that_is_only_a_captcha_goes_whole():
    (article,) = as_articles([_plus_page(3375, 0)])
    assert article.text.startswith("Captcha security check * attackwatch.com is for sale.")
    document = clean(article)
    assert document.kept == ()
    assert [r.reason for r in document.removed] == ["captcha page"]


def test_over_raw_and_duc_the_instruction_is_that_one_line():
    found = [r for r in removals_everywhere() if r.reason.startswith("captcha")]
    assert [(r.corpus, r.cluster, r.document, r.text) for r in found] == [
        ("raw", 67, 1, _INSTRUCTION)
    ]
