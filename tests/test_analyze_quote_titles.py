"""Who speaks where the speaker found is part of a title or an object, a word before a name,
"the <role>" of two people, or a company after its words (docs/journal/quotes.md, "Who said what,
fourteenth pass")."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from chorus.analyze.quotes import quotes
from chorus.api import as_articles
from chorus.clean import clean
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters

RAW = {
    "multi_news-val-5196": "“...,” said GOP strategist Ford O’Connell. “...”",
    "multi_news-val-4684": "“...,” said Anaheim resident Joe Castaneda, who saw ...",
    "multi_news-val-2484": "TV producer and “Lucifer” showrunner Joe Henderson / the company’s ad",
    "multi_news-val-290": "Lena, a member of the Revolutionary Leadership Council in ..., told",
    "multi_news-val-4945": "Lt. Gen. Thomas Bergeson ... “...,” the general said.",
    "multi_news-val-4775": "..., the company reported. / “...,” the company explained on Facebook",
    "multi_news-val-4656": "“...,” the company said on its website.",
}
DUC = ("d31050t", "d31010t")


def _quotes_of(documents: list[str]) -> tuple[Quote, ...]:
    return quotes([split(clean(a)) for a in as_articles(documents)])


@pytest.fixture(scope="module")
def found() -> dict[str, tuple[Quote, ...]]:
    raw = [c for c in read_clusters(RAW_VALIDATION, 250) if c["id"] in RAW]
    duc = [c for c in read_clusters(DATA / "duc2003-task2.jsonl.gz", 30) if c["id"] in DUC]
    assert len(raw) + len(duc) == len(RAW) + len(DUC)
    return {c["id"]: _quotes_of(c["documents"]) for c in (*raw, *duc)}


def _speakers(found: tuple[Quote, ...], words: str) -> list[str]:
    return [q.speaker for q in found if words in q.text.text]


def test_analyze_a_title_in_lower_case_between_a_word_and_the_name(found):
    iowa = [q for q in found["multi_news-val-5196"] if "win or show well in Iowa" in q.text.text]
    assert [(q.speaker, q.role) for q in iowa] == [("Ford O’Connell", "GOP strategist")]
    # the quotation going on after the attribution is the same speaker's
    assert _speakers(found["multi_news-val-5196"], "in real trouble") == ["Ford O’Connell"]
    assert "GOP" not in {q.speaker for q in found["multi_news-val-5196"]}
    assert _speakers(found["multi_news-val-4684"], "lived in Anaheim my whole life") == [
        "Joe Castaneda"
    ]
    assert _speakers(found["multi_news-val-2484"], "April fooled by George Takei") == [
        "Joe Henderson"
    ]


def test_analyze_a_name_inside_an_objects_object_is_no_speaker(found):
    # "Beatrice Laroche, liaison at the United Nations for Human Rights in China, a New
    # York-based group, said ... ``...,'' she added": neither "Human Rights" nor "China"
    rights = {q.speaker for q in found["d31050t"]}
    assert not rights & {"Human Rights", "China", "Information Center of Human Rights"}
    council = {q.speaker for q in found["multi_news-val-290"]}
    assert not any("Leadership Council" in speaker for speaker in council)


def test_analyze_a_lieutenant_general_is_the_general(found):
    # "Lt. Gen. Thomas Bergeson"; the second general is named only further on
    for words in ("The Air Component is responsible", "The team has done extraordinarily"):
        assert _speakers(found["multi_news-val-4945"], words) == ["Thomas Bergeson"]


def test_analyze_an_opening_adverb_is_no_part_of_the_speaker(found):
    assert _speakers(found["d31010t"], "32 people throughout Poland") == ["police"]


def test_analyze_a_company_after_its_words(found):
    keurig = found["multi_news-val-4775"]
    assert _speakers(keurig, "Sales of brewers and accessories declined") == ["company"]
    assert _speakers(keurig, "not compatible with Keurig 2.0") == ["company"]
    # "Art supply company Crayola" names the one company that speaks (quotes103)
    assert _speakers(found["multi_news-val-4656"], "safety is our top priority") == ["Crayola"]
    # "says the company’s ad": the ad's words, no company speaking
    assert _speakers(found["multi_news-val-2484"], "communicate with Alexa") == []
