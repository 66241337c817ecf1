"""A sentence cut inside a name ("Blow Me Down! King Features, was directed", raw 213) is one
again, and one glued across plural initials ("co-C.E.O.s. Institutional Investor’s", raw 227)
is two (reader60, finding 11; raw Multi-News validation by 0-based line, and DUC 2003). With
213's sentence whole, the summary's room went to [1]'s lead-in to the text below it, which now
points ahead as a "Here's ..." does."""

import gzip
import json
import re
from itertools import pairwise

from chorus import brief
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from chorus.summarize.page_lines import points_ahead
from tests.conftest import DATA
from tests.raw_pages import cleaned, exact_sentences, raw_clusters


def _sentences(line: int, index: int) -> list[str]:
    return exact_sentences(cleaned(raw_clusters()[line]["id"], index))


def test_sentences_a_company_named_with_a_bang_stays_in_its_sentence():
    # raw 213 [0]: the comma after "King Features" closes the aside opened after "The
    # cartoon", and "was directed" is that sentence's verb.
    sentences = _sentences(213, 0)
    assert (
        "The cartoon, a collaboration between Wilco's label dBpm Records and Blow Me Down! "
        "King Features, was directed by designer-branding guru Darren Romanelli."
    ) in sentences
    assert not any(s.startswith("King Features") for s in sentences)


def test_sentences_plural_initials_end_their_sentence():
    # raw 227 [1] (the New Yorker): two sentences, the second opening on a magazine's name.
    pairs = pairwise(_sentences(227, 1))
    assert any(
        a.endswith("and named Mercer and Brown co-C.E.O.s.")
        and b.startswith("Institutional Investor’s Alpha estimates that, in 2015, Mercer earned")
        for a, b in pairs
    )


def test_sentences_a_name_ending_an_exclamation_still_ends_it():
    for line, index, ends, next_starts in (
        # a name called out after a comma ends an exclamation (raw 205 [5])
        (205, 5, "Good for you, Marisa!", "You, too, are a winner!"),
        # a title's "!" ends its sentence before a new one (raw 205 [3])
        (205, 3, "to Timberlake's Can't Stop the Feeling!", "The staff confirms"),
        # a slogan's "!" after a comma (raw 74 [1])
        (74, 1, "take walks, Let’s Move!", "Basically anything is better"),
    ):
        pairs = pairwise(_sentences(line, index))
        assert any(a.endswith(ends) and b.startswith(next_starts) for a, b in pairs), ends


def test_sentences_no_kept_sentence_runs_on_past_plural_initials_or_is_cut_in_a_name():
    # Over raw and DUC: plural initials before a capital close the sentence wherever they
    # are, and no sentence opens on a name's rest closed by a comma before its verb.
    inside = re.compile(r"[A-Z]\.[A-Z]\.s\.\S* +[A-Z]")
    cut_in_name = re.compile(r"(?:[A-Z][\w’'&-]* ){0,3}[A-Z][\w’'&-]*, (?:is|are|was|were)\b")
    with gzip.open(DATA / "duc2003-task2.jsonl.gz", "rt", encoding="utf-8") as lines:
        duc = [json.loads(line) for line in lines]
    plural_ends, cut_pairs = [], []
    for cluster in raw_clusters() + duc:
        for article in as_articles(cluster["documents"]):
            sentences = [s.text for s in split(clean(article))]
            plural_ends += [s for s in sentences if re.search(r"[A-Z]\.[A-Z]\.s\.$", s)]
            assert not any(inside.search(s) for s in sentences)
            cut_pairs += [
                (a, b) for a, b in pairwise(sentences) if a.endswith("!") and cut_in_name.match(b)
            ]
    assert plural_ends == [
        "In 2009, Simons stepped aside, to focus on philanthropy, and named Mercer and Brown "
        "co-C.E.O.s."
    ]
    assert cut_pairs == []


def test_a_line_trailing_off_into_the_text_below_points_ahead():
    # raw 213 [1]'s lead-in to Wilco's and Romanelli's words below it; raw 61 [1]'s quotation
    # trailing off after "below our expectations" and 17 [1]'s "eight stories below, police
    # said." are the story's.
    lead_in = next(
        s for s in _sentences(213, 1) if s.startswith("A little more about how the video came")
    )
    story = [
        next(s for s in _sentences(line, index) if words in s)
        for line, index, words in (
            (61, 1, "was below our expectations"),
            (17, 1, "eight stories below, police said"),
        )
    ]
    assert points_ahead([lead_in, *story]).tolist() == [True, False, False]


def test_the_cartoon_sentence_is_shown_whole_without_the_lead_in():
    summary = brief(raw_clusters()[213]["documents"], words=250, analyze=False).summary
    shown = [s.text for s in summary]
    assert any(
        s.startswith("The cartoon, a collaboration") and s.endswith("Romanelli.") for s in shown
    )
    assert not any(s.startswith(("King Features, was", "A little more about")) for s in shown)
