"""Cleaning, tenth pass: a bullet's follow-up link, a link's call in brackets between
sentences, and AP's last caption on a Multi-News+ page cut inside its credit. Each rule is
checked on the text it was written from, and on the story text it comes close to."""

import functools
import gzip
import json

import pytest

from chorus.api import as_articles
from chorus.clean import clean, removal_reason
from chorus.sentences import split

from .conftest import DATA, RAW_VALIDATION, read_clusters

PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"


@functools.cache
def _raw(cluster_id: str) -> list[str]:
    return next(c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] == cluster_id)["documents"]


def _plus(cluster_id: str) -> list[str]:
    with gzip.open(PLUS_VALIDATION, "rt", encoding="utf-8") as lines:
        for line in lines:
            cluster = json.loads(line)
            if cluster["id"] == cluster_id:
                return cluster["documents"]
    pytest.fail(f"{cluster_id} not in {PLUS_VALIDATION}")


def _line(cluster_id: str, index: int, start: str) -> str:
    lines = [line.strip() for line in _raw(cluster_id)[index].split("\n")]
    found = next((line for line in lines if line.startswith(start)), None)
    assert found is not None, f"no line of {cluster_id}[{index}] starts with {start!r}"
    return found


def _sentences(text: str) -> list[str]:
    (article,) = as_articles([text])
    return [s.text for s in split(clean(article))]


def test_a_bullets_update_link_goes_with_its_related_links():
    # The Detroit Free Press' links to its follow-ups between the story's paragraphs.
    update = _line("multi_news-val-3544", 0, "► Update: Man charged")
    assert removal_reason(update) == "related link"
    sentences = _sentences(_raw("multi_news-val-3544")[0])
    assert not any("Man charged with 1st-degree murder" in s for s in sentences)
    assert any(s.startswith("Wayne State University Police K9 Officer") for s in sentences)


@pytest.mark.parametrize(
    ("cluster_id", "index", "start"),
    [
        # "UPDATE:" with no bullet opens the story's news.
        ("multi_news-val-3651", 2, "UPDATE: Authorities positively identified"),
        # A bullet's list item that is the story's.
        ("multi_news-val-1400", 1, "• In Iowa, the indictment says"),
    ],
)
def test_story_lines_close_to_the_bullet_rule_stay(cluster_id, index, start):
    assert removal_reason(_line(cluster_id, index, start)) is None


@pytest.mark.parametrize(
    ("cluster_id", "index", "call", "before", "after"),
    [
        (
            "multi_news-val-2669",
            0,
            "(Click here to see the flyer)",
            "to assist the family with medical expenses.",
            "Coach Magwood has devoted",
        ),
        (
            "multi_news-val-4411",
            5,
            "(Read more about this here.)",
            "as those voters’ number one choices drop out.",
            "And, indeed, in every other category",
        ),
    ],
)
def test_a_links_call_in_brackets_between_sentences_goes(cluster_id, index, call, before, after):
    sentences = _sentences(_raw(cluster_id)[index])
    assert not any(call in s for s in sentences)
    assert any(s.endswith(before) for s in sentences)
    assert any(s.startswith(after) for s in sentences)


@pytest.mark.parametrize(
    ("cluster_id", "index", "sentence"),
    [
        # Inside a sentence the call stays: taken out, it would cut the sentence in two. A
        # document link's label is taken out as the text is read (`ingest/link_furniture`,
        # summary127): the sentence stays whole without it.
        (
            "multi_news-val-4361",
            1,
            "As the 2010 World Population fact sheet shows, in Japan,",
        ),
        ("multi_news-val-4326", 3, "can be found on Avery Design and Print (click here)."),
    ],
)
def test_a_links_call_inside_a_sentence_stays_whole(cluster_id, index, sentence):
    assert any(sentence in s for s in _sentences(_raw(cluster_id)[index]))


@pytest.mark.parametrize(
    ("cluster_id", "index", "caption"),
    [
        ("multi_news-val-202", 0, "afghan president hamid karzai speaks during a nationally"),
        ("multi_news-val-2322", 1, "jill kelley leaves her home monday, nov 12, 2012 in tampa"),
    ],
)
def test_ap_caption_cut_inside_its_credit_at_the_page_end_goes(cluster_id, index, caption):
    text = _plus(cluster_id)[index]
    assert text.rstrip().endswith("( associated press")
    (article,) = as_articles([text])
    document = clean(article)
    removed = [t for _, t in document.removed_text()]
    assert removed[-1].startswith(caption)
    assert removed[-1].endswith("( associated press")
    kept = "".join(text[s.start : s.end] for s in document.kept)
    assert caption not in kept
    # The story's opening, before the captions, stays.
    assert kept.startswith(text[: text.index(". ") + 1])
