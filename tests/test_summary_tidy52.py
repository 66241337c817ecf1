"""tidy52: the quotations a sentence holds read by one pattern in language/ (the summary's
citations too), a sum of money's scales one list up to "trillion", the court filing's words
one list; on real text."""

from __future__ import annotations

from chorus.analyze.agreement_sums_apart import _sums
from chorus.analyze.quote_documents import _FILING_IN_CONTRAST
from chorus.language.quotations import QUOTED
from chorus.summarize.carried import _names
from tests.conftest import RAW_VALIDATION, read_clusters

_CLUSTERS = read_clusters(RAW_VALIDATION, 73)


def _paragraph(cluster: int, article: int, words: str) -> str:
    text = _CLUSTERS[cluster]["documents"][article]
    return next(line for line in text.split("\n") if words in line).strip()


def test_a_trillion_is_read_as_the_sum_it_scales() -> None:
    # raw 72 [2]: the figures read "$5.1" and leave "trillion"; the sums apart read it
    line = _paragraph(72, 1, "$5.1 trillion")
    assert _sums(line) == ((5.1e12, 5.1e12),)


def test_a_quotation_the_splitter_cut_hides_its_names_from_the_citation() -> None:
    # raw 2 [1]: the quotation goes on past its sentence; its "‘Thing’" is no name the
    # writer gives, which a part cited for it would have to carry
    line = _paragraph(2, 0, "You can call this the official")
    assert QUOTED.sub(" ", line).strip() == "Mr MacDonald said:"
    assert _names(line) == {"MacDonald"}


def test_a_filing_in_a_contrast_speaks_with_the_shared_filing_words() -> None:
    line = _paragraph(59, 0, "though an affidavit")
    clause = _FILING_IN_CONTRAST.search(line)
    assert clause is not None
    assert clause["who"] == "affidavit"
    assert clause["text"] == "the boy told her he was 18"
