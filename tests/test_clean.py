import itertools

from chorus.clean import clean, removal_reason
from chorus.ingest import make_article

SEED_FT = "001_f34298cc83c0a39a.txt"


def _document(text: str):
    return clean(make_article(text, "test", origin="test"))


def test_clean_removes_exactly_captions_and_furniture_of_seed_001(seed_texts):
    text = seed_texts[SEED_FT]
    document = _document(text)
    removed = [t for _, t in document.removed_text()]
    lines = [line for line in text.split("\n") if line.strip()]
    assert removed == lines[:2] + lines[-5:]
    assert [reason for reason, _ in document.removed_text()][:2] == ["photo credit"] * 2
    kept = "".join(text[s.start : s.end] for s in document.kept)
    for line in lines[2:-5]:
        assert line in kept


def test_clean_keeps_every_line_of_articles_without_furniture(seed_texts):
    for name in ("000_e70a219f8e194b37.txt", "002_d1c345cafae71714.txt"):
        document = _document(seed_texts[name])
        assert document.removed == ()
        assert "".join(document.article.text[s.start : s.end] for s in document.kept).strip()


def test_clean_spans_partition_the_article(validation_clusters):
    for cluster in validation_clusters:
        for text in cluster["documents"]:
            document = _document(text)
            spans = sorted(
                [(s.start, s.end) for s in document.kept]
                + [(r.span.start, r.span.end) for r in document.removed]
            )
            for (_, end), (start, _) in itertools.pairwise(spans):
                assert end <= start
            covered = sum(end - start for start, end in spans)
            assert len(text.replace("\n", "").strip()) <= covered + text.count("\n") + 1


def test_clean_drops_web_archive_notice_from_raw_multinews(validation_clusters):
    notices = [
        d
        for cluster in validation_clusters
        for d in cluster["documents"]
        if d.startswith("Starting in 1996, Alexa Internet")
    ]
    assert notices, "expected the Internet Archive notice in the raw validation sample"
    for text in notices:
        reasons = {reason for reason, _ in _document(text).removed_text()}
        assert "web archive notice" in reasons


def test_removal_reason_leaves_story_sentences_alone():
    story = [
        "Copyright law has changed little since 1998, experts say.",
        "Mr Trump on Wednesday warned Russia to “get ready” for a missile attack.",
        "Share prices fell sharply on Monday.",
        "Related talks will continue in Geneva next week.",
    ]
    for line in story:
        assert removal_reason(line) is None, line
    furniture = {
        "Advertisement": "advertisement",
        "President Trump speaks in the Oval Office. (AP Photo/Evan Vucci)": "photo credit",
        "Image copyright Getty Images Image caption Protesters gathered": "photo caption",
        "RELATED: Best Places To Live In The World 2016": "related link",
    }
    for line, reason in furniture.items():
        assert removal_reason(line) == reason, line


def test_removal_reason_is_fast_on_long_rules_followed_by_text():
    """Regression: a nested repeat in the "rule" pattern hung on such a line (Multi-News+
    validation); with it back, this test never ends."""
    line = "====== " * 40 + "and then the story goes on"
    assert removal_reason(line) is None
    assert removal_reason("====== " * 40) == "rule"
