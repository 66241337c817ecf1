"""Cleaning, twenty-sixth pass: marks a reader still saw in the briefing (raw validation by
0-based index). 230 [2]'s and 31 [0]'s closing ” lost to "\ufffd?" are read as ”; 207 [1]'s "AT&T;"
(an escaped "&"'s leftover ";") loses the ";"; 165 [0]'s court filing loses its redaction labels
("Redacted portion : ") and its citations of the pages it quotes, its paragraphs kept whole.
"""

from chorus.api import as_articles
from chorus.ingest.repairs import visible

from .raw_pages import _raw, cleaned, exact_sentences, removals, removals_everywhere

_DAVIS, _NEANDERTHALS, _SPRINT, _PRODIGY, _BLAGOJEVICH, _LETTERS = (
    "multi_news-val-4960",
    "multi_news-val-3655",
    "multi_news-val-15",
    "multi_news-val-410",
    "multi_news-val-2145",
    "multi_news-val-4361",
)
_LOST = "\ufffd?"


def test_a_closing_quotation_mark_lost_to_a_replacement_and_a_question_mark_is_read_again():
    vogue = exact_sentences(cleaned(_DAVIS, 2))
    assert not any(_LOST in s for s in vogue)
    assert any("(she admitted to having “super-supercurly hair”), clothing" in s for s in vogue)
    assert any("Miu Miu heels or Louboutins”), home life" in s for s in vogue)
    assert any(s.startswith("The word “abortion” — the") for s in vogue)
    (article,) = as_articles([_raw(_NEANDERTHALS)[0]])
    assert _LOST not in article.text
    assert "“fascinating and provocative,” there are some caveats" in article.text


def test_a_lost_mark_that_closes_no_quotation_stays_as_it_was():
    page = _raw(_DAVIS)[2]
    quoted = "having “super-supercurly hair" + _LOST
    assert quoted in page
    # With its quotation's opening mark gone, nothing tells the lost character was a ”.
    unquoted = page.replace(quoted, "having super-supercurly hair" + _LOST)
    assert "having super-supercurly hair" + _LOST + ")" in visible(unquoted)
    # Glued before a word, it is no closing mark (Multi-News+ validation's "the \ufffd?emotional").
    glued = page.replace("hair" + _LOST + ")", "hair" + _LOST + "emotional")
    assert "hair" + _LOST + "emotional" in visible(glued)


def test_an_escaped_ampersands_leftover_semicolon_goes_and_the_sentence_stays():
    sprint = exact_sentences(cleaned(_SPRINT, 1))
    assert not any("AT&T;" in s or "AT&T.;" in s for s in sprint)
    assert "Sprint doesn't have any more capacity than Verizon and AT&T." in sprint
    assert any("at the same time as AT&T and Verizon in October" in s for s in sprint)
    prodigy = as_articles([_raw(_PRODIGY)[3]])[0].text
    assert "a member of the '60s R&B group The Crystals" in prodigy
    # A real entity glued to the next word is no leftover; 45 [0]'s "&c.;" (no word before
    # it) stays too.
    assert "the '60s R&amp;B group" in visible(prodigy.replace("R&B", "R&amp;B"))
    assert "and great slaughter, &c.;,” he wrote." in as_articles([_raw(_LETTERS)[0]])[0].text


def test_a_court_filings_redaction_labels_and_citations_go_and_its_paragraphs_stay():
    filing = cleaned(_BLAGOJEVICH, 0)
    found = removals(filing)
    assert [t for reason, t in found if reason == "redaction label"] == [
        "Redacted portion :",
        "Redacted footnote :",
        *["Redacted portion :"] * 4,
    ]
    assert [t for reason, t in found if reason == "source citation"] == [
        "(Labor union president 302, February 2, 2009, p. 7).",
        "(Labor union official 302, February 3, 2009 p. 3).",
    ]
    sentences = exact_sentences(filing)
    assert "The defense has a good faith belief that this public official is Barack Obama." in (
        sentences
    )
    supporter = "Supporter of Presidential Candidate Obama is mentioned"
    assert any(s.startswith(supporter) for s in sentences)
    assert any(s.endswith("that Senate Candidate B was his pick.") for s in sentences)
    assert not any("Redacted" in s or "302," in s for s in sentences)
    # The blog's copy glues its citation before the next numbered paragraph ("... p. 3). 11.
    # According to ..."): no sentence's start follows it, and it stays.
    blog = exact_sentences(cleaned(_BLAGOJEVICH, 1))
    assert any("(Labor union official 302, February 3, 2009 p. 3)." in s for s in blog)


def test_over_raw_and_duc_the_new_removals_are_these():
    found = removals_everywhere()
    labels = [(r.corpus, r.cluster, r.document) for r in found if r.reason == "redaction label"]
    assert labels == [("raw", 165, 0)] * 6
    citations = [(r.corpus, r.cluster, r.document) for r in found if r.reason == "source citation"]
    assert citations == [("raw", 165, 0)] * 2
