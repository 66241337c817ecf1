import json
import os
import re
import subprocess
import sys

import pytest

from chorus import Briefing, ChorusError, brief
from chorus.render import to_dict, to_html, to_markdown
from tests.conftest import RAW_VALIDATION, read_clusters


@pytest.fixture(scope="module")
def seed_briefing(seed_texts) -> Briefing:
    from chorus.ingest import make_article

    articles = [make_article(t, name, origin=name) for name, t in seed_texts.items()]
    return brief(articles, words=150)


def test_brief_seeds_cites_sources_and_keeps_budget(seed_briefing):
    assert 0 < seed_briefing.word_count() <= 150
    assert len(seed_briefing.documents) == 3
    for sentence in seed_briefing.summary:
        assert seed_briefing.citations(sentence)
    assert "REUTERS" not in seed_briefing.summary_text()


def test_brief_provenance_is_exact_on_50_validation_clusters(validation_clusters):
    for cluster in validation_clusters:
        briefing = brief(cluster["documents"], words=250)
        assert 0 < briefing.word_count() <= 250
        payload = to_dict(briefing)
        texts = {d.article.id: d.article.text for d in briefing.documents}
        for entry in payload["summary"]:
            assert entry["sources"][0]["text"] == entry["text"]
            for source in entry["sources"]:
                assert (
                    texts[source["article_id"]][source["start"] : source["end"]] == (source["text"])
                )
            assert entry["citations"] == sorted(entry["citations"])


@pytest.mark.parametrize("words", [20, 60, 100, 400])
def test_brief_never_exceeds_the_budget(validation_clusters, words):
    for cluster in validation_clusters[:20]:
        assert brief(cluster["documents"], words=words).word_count() <= words


def test_brief_merges_near_duplicates_from_other_outlets(seed_texts):
    base = seed_texts["000_e70a219f8e194b37.txt"]
    echo = base.replace("French President", "France's President").replace("Friday", "Friday.")
    briefing = brief([base, echo], words=60)
    first = briefing.summary[0]
    assert briefing.citations(first) == [1, 2]
    assert {s.article.id for s in first.sources} == {d.article.id for d in briefing.documents}


def test_brief_single_article_and_text_without_punctuation():
    text = "\n".join(
        f"line {i} of a list of things without any full stop at all in it" for i in range(40)
    )
    briefing = brief([text], words=50)
    assert 0 < briefing.word_count() <= 50
    assert briefing.citations(briefing.summary[0]) == [1]


def test_brief_of_articles_without_a_pair_of_content_words():
    # No sentence holds two adjacent content words, so the pair features count nothing
    # (numpy's bincount of no weights is an integer array: it once made this raise).
    briefing = brief(["Storm.", "It rained."], words=50, analyze=False)
    assert briefing.word_count() == 3


def test_brief_of_an_article_without_a_content_word():
    # no word for the selection's coverage bonus to weigh: it once raised there
    for analyze in (False, True):
        briefing = brief(["One. Two."], words=50, analyze=analyze)
        assert [s.text for s in briefing.summary] == ["One.", "Two."]


def test_brief_says_why_a_summary_is_empty(seed_texts):
    texts = list(seed_texts.values())
    briefing = brief(texts, words=1, analyze=False)
    assert briefing.summary == ()
    reason = "no sentence of the articles fits in 1 word"
    assert briefing.why_no_summary() == reason
    summary = to_markdown(briefing).split("## Summary\n\n", 1)[1].split("\n## ", 1)[0]
    assert "\n_No sentence of the articles fits in 1 word._\n" in summary
    assert '<p class="empty">No sentence of the articles fits in 1 word.</p>' in to_html(briefing)
    assert to_dict(briefing)["notes"][-1] == reason
    assert brief(texts, words=250, analyze=False).why_no_summary() == ""


def test_brief_of_a_text_without_punctuation_is_a_summary_of_its_pieces(validation_clusters):
    """12,000 words without a stop were one "sentence" and the summary said "no sentence of
    the articles fits in 250 words"; now a summary of cut pieces within the budget."""
    documents = [d for cluster in validation_clusters[:40] for d in cluster["documents"]]
    words = re.sub(r"[^\w\s]", " ", " ".join(documents)).split()[:12_000]
    briefing = brief([" ".join(words)], words=250, analyze=False)
    assert briefing.why_no_summary() == ""
    assert 200 < briefing.word_count() <= 250


def test_brief_300_articles():
    clusters = read_clusters(RAW_VALIDATION, 150)
    texts = list(dict.fromkeys(d for c in clusters for d in c["documents"]))[:300]
    assert len(texts) == 300
    briefing = brief(texts, words=250)
    assert len(briefing.documents) == 300
    assert 0 < briefing.word_count() <= 250


def test_brief_non_english_text():
    texts = [
        "Le président français Emmanuel Macron a parlé vendredi avec Vladimir Putin. "
        "Il a exprimé sa profonde inquiétude sur la Syrie.",
        "Emmanuel Macron und Wladimir Putin haben am Freitag über Syrien gesprochen. "
        "Macron bedauerte das russische Veto im Sicherheitsrat.",
    ]
    briefing = brief(texts, words=40)
    assert briefing.summary and briefing.word_count() <= 40


def test_brief_with_nothing_to_summarize_is_an_error():
    with pytest.raises(ChorusError):
        brief([], words=100)
    with pytest.raises(ChorusError, match="no sentences"):
        brief(["Advertisement\n\nREUTERS/Eduardo Munoz"], words=100)


def test_brief_markdown_lists_numbered_sources(seed_briefing):
    markdown = to_markdown(seed_briefing)
    # The seeds have no titles: the headline is a summary sentence, and says which.
    # Their lead runs past 120 characters: it is cut short, and the note says so.
    said = re.search(r"^_Headline from summary sentence (\d+), shortened\._$", markdown, re.M)
    assert said, markdown[:400]
    opening = markdown.splitlines()[0].removeprefix("# ").removesuffix("…")
    assert seed_briefing.summary[int(said[1]) - 1].text.startswith(opening + " ")
    assert "1. file `000_e70a219f8e194b37.txt`, outlet unknown, date unknown" in markdown
    assert "[2]" in markdown
    json.dumps(to_dict(seed_briefing))


def test_brief_reports_the_same_text_given_twice(seed_texts):
    text = seed_texts["000_e70a219f8e194b37.txt"]
    briefing = brief([text, seed_texts["001_f34298cc83c0a39a.txt"], text], words=80)
    assert len(briefing.documents) == 2
    assert [(s.origin, s.reason) for s in briefing.skipped] == [("text 3", "same text as text 1")]


@pytest.mark.parametrize("first", ["numpy", "chorus"])
def test_one_blas_thread_whichever_is_imported_first(first):
    """numpy imported before chorus has already read the thread variables: chorus then
    limits its BLAS itself (a briefing ran 2.5-3x slower with a thread per core)."""
    probe = (
        f"import {first}, numpy, chorus\n"
        "from threadpoolctl import threadpool_info\n"
        "print(max(i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'))"
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "1"


def test_brief_of_one_string_asks_for_a_list(seed_texts):
    """`brief(text)`, one article as a string, briefed each of its characters as an
    article: a summary of 31 letters."""
    text = next(iter(seed_texts.values()))
    with pytest.raises(ChorusError, match=r"not one string: brief\(\[text\]\) briefs one"):
        brief(text, words=50)
    assert all(s.text in text for s in brief([text], words=50).summary)
