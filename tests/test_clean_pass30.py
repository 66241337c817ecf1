"""Cleaning, thirtieth pass (raw validation by 0-based index): a drop cap and a caption credited
"(via Facebook)". 36 [0]'s opening letter, on a line of its own ("T" / "he most likely person
..."), is joined to its word as the article is read: the lead is one sentence again, and every
span a slice of the article's text. A lone capital that makes no word the page writes with the
piece after it ("S the french ...", "G worst: ...") stays apart. 17 [2]'s caption "... which was
six stories below. (via Facebook)" goes whole, as the page's four captions credited to the Daily
News do; a bracket holding a stop ("(It really is.)") stays."""

from chorus.api import as_articles
from chorus.ingest.drop_caps import drop_cap_breaks

from .conftest import DATA, RAW_VALIDATION, read_clusters
from .raw_pages import cleaned, exact_sentences, raw_document, removals, removals_everywhere

_DEMINT, _STROLLER, _ATHEIST = "multi_news-val-4236", "multi_news-val-1397", "multi_news-val-3880"
_DUC = DATA / "duc2003-task2.jsonl.gz"
_PLUS = DATA / "multinews-plus-validation.jsonl.gz"


def test_a_drop_cap_on_a_line_of_its_own_is_joined_to_its_word():
    demint = cleaned(_DEMINT, 0)
    # Only the line break between the letter and its word goes.
    assert demint.article.text == raw_document(36, 0).replace("T\n\nhe most", "The most", 1)
    sentences = exact_sentences(demint)
    assert sentences[0] == (
        "The most likely person to replace retiring Sen. Jim DeMint (R-S.C.), at least according "
        "to early political prognostications, is Rep. Tim Scott (R-S.C.), a black conservative "
        "first elected in the Tea Party wave of 2010."
    )
    assert sentences[1].startswith("DeMint reportedly favors Scott to replace him")
    assert "T" not in sentences


def test_multi_news_plus_letter_on_the_words_line_is_joined_and_a_lone_label_is_not():
    clusters = read_clusters(_PLUS, 4498)

    def opening(line: int, index: int) -> str:
        (article,) = as_articles([clusters[line]["documents"][index]])
        return article.text[:40]

    assert opening(4236, 0) == "The most likely person to replace retiri"
    assert opening(3232, 0) == "The video: the pentagon has sent soldier"
    # "Sthe" and "Gworst" are no words of their pages: a letter left over, not a drop cap.
    assert opening(1362, 1) == "S the french will see our alarm over ina"
    assert opening(4497, 2) == "G worst: carrie underwood: the country b"


def test_over_raw_and_duc_the_only_drop_cap_is_36s():
    found = [
        (corpus, line, index)
        for corpus, path in (("raw", RAW_VALIDATION), ("duc", _DUC))
        for line, cluster in enumerate(read_clusters(path, 250))
        for index, page in enumerate(cluster["documents"])
        if drop_cap_breaks(page)
    ]
    assert found == [("raw", 36, 0)]


def test_a_caption_credited_via_facebook_goes_whole():
    stroller = cleaned(_STROLLER, 2)
    # The page's link to another story, "Baby survives fall from third-floor window in the
    # Bronx", goes as a subheading since the thirty-second pass.
    caption, *credited = [removal for removal in removals(stroller) if removal[0] != "subheading"]
    assert caption == (
        "photo caption",
        "The baby and stroller landed on top of the elevator car, which was six stories below. "
        "(via Facebook)",
    )
    # The page's other captions, each credited to the paper, were already removed.
    assert [text.endswith("/New York Daily News)") for _, text in credited] == [True] * 4
    sentences = exact_sentences(stroller)
    assert not any("six stories" in sentence for sentence in sentences)
    # The story's paragraphs on either side of the caption follow each other.
    before = sentences.index(
        "The baby, seated in her stroller, was headed out with her mother around 10:30 a.m. on "
        "the 23rd floor in the privately owned Sea Rise II apartments when tragedy struck."
    )
    assert sentences[before + 1].startswith(
        "The elevator doors opened suddenly — but the car was between 6 and 8 feet below the floor"
    )


def test_a_bracket_holding_a_stop_after_a_sentence_stays():
    assert "(It really is.)" in exact_sentences(cleaned(_ATHEIST, 1))


def test_over_raw_and_duc_the_facebook_caption_is_the_only_via_credit_removed_by_its_rule():
    found = [
        (r.corpus, r.cluster, r.document, r.reason)
        for r in removals_everywhere()
        if r.text.endswith(("(via Facebook)", "(via Twitter)", "(via Instagram)", "(via YouTube)"))
    ]
    assert found == [("raw", 17, 2, "photo caption")]
