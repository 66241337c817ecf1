"""Quote attribution, thirteenth pass, on text the rules were not written for: a surname
another person bears with a particle, a title's first word taken for a name, a name cut
at an abbreviation's full stop, a party tag after a name, a clause inside a description,
a company as a subject; and words that held a dateline, who reported them or only where
they were said."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.model import Quote
from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import DATA, read_clusters
from tests.gold import quoted, speakers_of

RAW = {
    "multi_news-val-4623": "the agency found that the species “...,” the memorandum says",
    "multi_news-val-3386": "Qatar Airways said ..., American Airlines said in a regulatory filing",
    "multi_news-val-5388": "... but said it is likely ..., Kokomo Tribune reports.",
    "multi_news-val-2986": "LOS ANGELES (AP) — An adult film actress ..., her lawyer said",
    "multi_news-val-5141": "“...,” said U.S. Sen. Cory Gardner, chairman of ...",
    "multi_news-val-1760": "“...,” said D.C. Council member Phil Mendelson (D-At Large)",
    "multi_news-val-1186": "Rep. Mike McCaul, R-Texas, the chairman of ..., said",
    "multi_news-val-4717": "the husband was wearing a wire when the attorney warned that",
    "multi_news-val-4775": "The company said the change was for the consumer’s own good.",
    "multi_news-val-324": '"...," said Adm. Scott Swift, commander of the U.S. Pacific Fleet.',
}


@pytest.fixture(scope="module")
def raw() -> dict[str, tuple[Quote, ...]]:
    return quoted(*RAW)


def _duc_quotes(*ids: str) -> dict[str, tuple[Quote, ...]]:
    clusters = [c for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30) if c["id"] in ids]
    assert len(clusters) == len(ids)
    return {
        c["id"]: quotes([split(clean(a)) for a in as_articles(c["documents"])]) for c in clusters
    }


@pytest.fixture(scope="module")
def duc() -> dict[str, tuple[Quote, ...]]:
    return _duc_quotes("d30048t", "d31038t", "d31031t", "d30034t")


def _words(found: tuple[Quote, ...], words: str) -> list[str]:
    return [q.text.text for q in found if words in q.text.text]


def test_analyze_a_surname_another_bears_with_a_particle_is_not_the_full_name():
    # The recognizer names "Luiz Inacio Lula da Silva", the candidate; the articles quote
    # "Gilberto Manuel da Silva, 40, who owns an ice cream parlor": ``...,'' da Silva said.
    cluster = next(
        c for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30) if c["id"] == "d30025t"
    )
    analysis = brief(cluster["documents"], words=100).analysis
    assert analysis is not None
    said = speakers_of(analysis.quotes, "thinking more about the situation of the country")
    assert said and "Luiz Inacio Lula da Silva" not in said


def test_analyze_a_title_after_a_participles_speaker_is_who_speaks():
    # Multi-News+ (lower case): "Defense attorney andre townsend argued for chain to be
    # released, saying he has no criminal record ..."
    lines = read_clusters(DATA / "multinews-plus-validation.jsonl.gz", 3088)
    cluster = lines[3087]
    assert cluster["id"] == "multi_news-val-3087"
    found = quotes([split(clean(a)) for a in as_articles(cluster["documents"])])
    assert speakers_of(found, "he has no criminal record") == ["Defense attorney"]


def test_analyze_a_name_runs_on_past_an_abbreviation(raw, duc):
    assert speakers_of(raw["multi_news-val-5141"], "stand up to those who") == ["Cory Gardner"]
    mendelson = [q for q in raw["multi_news-val-1760"] if "their police force" in q.text.text]
    assert [(q.speaker, q.role) for q in mendelson] == [("Phil Mendelson", "Council member")]
    # "said E. Gerald Corrigan of Goldman Sachs"; "said one senior U.S. intelligence
    # official" names no one
    assert speakers_of(duc["d30048t"], "buffeted by external shocks") == ["Gerald Corrigan"]
    assert not speakers_of(duc["d31038t"], "What we knew about the ownership")


def test_analyze_a_party_tag_after_a_name_is_no_speaker(raw, duc):
    assert speakers_of(raw["multi_news-val-1186"], "he talked to the White House") == [
        "Mike McCaul"
    ]
    assert speakers_of(duc["d31031t"], "he hoped that the bill would sail") == ["Bill Archer"]


def test_analyze_a_description_holds_no_clause(raw):
    assert speakers_of(raw["multi_news-val-4717"], "his client would finger the victim") == [
        "attorney"
    ]


def test_analyze_a_company_speaks_as_a_subject(raw):
    assert speakers_of(raw["multi_news-val-4775"], "the change was for the consumer") == ["company"]


def test_analyze_words_hold_no_dateline(raw, duc):
    lawsuit = _words(raw["multi_news-val-2986"], "An adult film actress")
    assert lawsuit and all(w.startswith("An adult film actress") for w in lawsuit)
    extension = _words(duc["d31038t"], "U.S. prosecutors have asked for a 20-day extension")
    assert extension and all(w.startswith("U.S. prosecutors") for w in extension)


def test_analyze_words_end_before_who_reported_them(raw):
    species = _words(raw["multi_news-val-4623"], "has not been restricted")
    assert species and not any("memorandum" in w for w in species)
    shares = _words(raw["multi_news-val-3386"], "it wanted to buy about 10% of public shares")
    assert shares and not any("American Airlines" in w for w in shares)
    revisiting = _words(raw["multi_news-val-5388"], "revisiting this case")
    assert revisiting and not any("Kokomo" in w for w in revisiting)


def test_analyze_where_an_editorial_was_said_is_no_words(duc):
    # "The New York Times said in editorial for Wednesday, Oct. 7:" (its words are the
    # next paragraph)
    assert not _words(duc["d30048t"], "in editorial for")


def test_analyze_titles_of_rank_before_a_name(raw, duc):
    assert speakers_of(raw["multi_news-val-324"], "we are focused on two things") == ["Scott Swift"]
    # "..., military spokesman Maj. Gen. Syamsul Ma'arif said"
    assert speakers_of(duc["d30034t"], "We will not tolerate any activity") == ["Syamsul Ma'arif"]
