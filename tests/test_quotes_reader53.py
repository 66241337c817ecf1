"""Quote attribution, fifty-third pass: a quotation the sentence splitter cut in several
sentences is one quote (raw multi_news-val-889's Q&A answers, 907's Anastasio), and a job word
that opens a sentence before a name is the role, not the name (1902's "Mountaineer Ueli
Steck said ...")."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in

_RAPINOE, _STECK, _DEAD = "multi_news-val-889", "multi_news-val-1902", "multi_news-val-907"
_LDS, _PRODIGY, _COLBERT = "multi_news-val-351", "multi_news-val-410", "multi_news-val-4236"
_FORUM = "multi_news-val-2115"


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({_RAPINOE, _STECK, _DEAD, _LDS})


def test_quotes_an_answer_cut_in_sentences_is_one_quote(briefed):
    # '“I didn’t hear it ... Clearly with [Spirit owner Bill Lynch’s] actions ... It’s just
    # really disappointing and disrespectful. ... It’s truly an unbelievable act to me.”':
    # one answer, the splitter's sentences after the first were rows without their marks
    found = briefed[_RAPINOE]
    answer = quotes_in(found, "It’s truly an unbelievable act to me")
    assert answer and all(q.speaker == "Megan Rapinoe" and q.kind == "quote" for q in answer)
    for quote in answer:
        assert quote.text.text.startswith("I didn’t hear it")
        assert quote.text.text.endswith("It’s truly an unbelievable act to me")
    assert not [q for q in found if q.text.text in ("It’s unbelievable", "Keep it positive")]
    # questions between the answers stay no one's, and one answer is not run into the next
    assert not quotes_in(found, "You had a couple of police officers at your side")
    assert not [q for q in answer if "Teammates’ reaction" in q.text.text]


def test_quotes_a_quotation_cut_after_its_attribution(briefed):
    # '“Jerry Garcia was a great American master ... What could be more American?”' after
    # "Anastasio told Rolling Stone": one quotation, its last sentences no longer paraphrase
    found = briefed[_DEAD]
    [garcia] = [q for q in quotes_in(found, "Jerry Garcia was a great") if "All we" in q.text.text]
    assert garcia.speaker == "Trey Anastasio" and garcia.kind == "quote"
    assert garcia.text.text.endswith("What could be more American?")
    assert not [q for q in found if q.text.text == "What could be more American?"]


def test_quotes_a_job_word_opening_the_sentence_is_the_role(briefed):
    # "Mountaineer Ueli Steck said he and David Goettler were attempting ...", the article
    # writing "a renowned mountaineer" before: Ueli Steck, a mountaineer, and his quotes after
    found = briefed[_STECK]
    [first] = quotes_in(found, "Mountaineer Ueli Steck said")
    assert (first.speaker, first.role) == ("Ueli Steck", "mountaineer")
    assert {q.speaker for q in quotes_in(found, "Conrad made the conclusion")} == {"Ueli Steck"}
    assert not [q for q in found if q.speaker.startswith("Mountaineer")]


def test_quotes_an_opening_function_word_is_no_job(briefed):
    # "The LDS Church has added some material ...": "the" is written after "a <word>" in the
    # article too ("a year the"), and is no role; the sentence is no row since quotes108 (a
    # thing added, no speech), so no row's role opens on it
    assert not [q for q in briefed[_LDS] if q.speaker == "LDS Church"]
    assert all(q.role is None or not q.role.lower().startswith("the ") for q in briefed[_LDS])


@pytest.fixture(scope="module")
def more() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes({_PRODIGY, _COLBERT, _FORUM})


def test_quotes_he_after_a_quotation_its_clause_introduced(more):
    # "When she passed, ..., Prodigy publicly eulogized her on Instagram: "... Fatima
    # Johnson, may u Rest In Peace," he wrote.": the clause's subject posted it, whoever the
    # quotation names; the next paragraph's quotation goes on
    found = more[_PRODIGY]
    assert {q.speaker for q in quotes_in(found, "salute this beautiful soul")} == {"Prodigy"}
    assert {q.speaker for q in quotes_in(found, "There wouldn't be a Mobb Deep")} == {"Prodigy"}
    # "Another hoped the entire alt-right movement would just disappear: “...,” he wrote.":
    # "Another" is no one's name
    assert not quotes_in(more[_FORUM], "Another hoped the entire alt-right")


def test_quotes_a_quotation_the_writer_goes_on_before_says_name(more):
    # '"Colbert would have had a tough road in the primaries," both Democratic and
    # Republican, says David Graham at The Atlantic.'
    [graham] = quotes_in(more[_COLBERT], "tough road in the primaries")
    assert graham.speaker == "David Graham" and graham.kind == "reported"
    assert graham.text.text.endswith("both Democratic and Republican")


def test_quotes_he_after_a_titled_subject_is_the_name(briefed):
    # "NWSL Commissioner Jeff Plush attended Wednesday’s match and ... said he was unaware
    # ... ¶ “I would have preferred ...,” he said.": "Commissioner", a title only
    # capitalised, is no part of the name "he" stands for
    found = briefed[_RAPINOE]
    assert {q.speaker for q in quotes_in(found, "an honest dialogue")} == {"Jeff Plush"}
    assert not [q for q in found if "Commissioner" in q.speaker]
