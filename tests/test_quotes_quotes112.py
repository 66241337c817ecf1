"""Who said what, hundred-and-twelfth pass: what people found ("The team found that ...":
raw validation 2 [1]; "Zeitzer and Najjar found that ...": 29 [1]) is no one's words, while
a paper's, a body's and an author's present "finds" stay; a first name alone is the full
name the cluster writes it in before its family's surname ("Kip": 3 [1], "Mona Lisa and
Kip Harding" in [2])."""

from __future__ import annotations

from chorus import Article
from chorus.analyze.attribution import Attribution
from chorus.analyze.quote_attributions import attributions
from chorus.analyze.quote_findings import reported_finding
from chorus.analyze.quote_first_names import first_names_in_full
from chorus.model import Sentence
from tests.briefings import quotes_of


def _speakers(corpus: str, line: int, opening: str) -> set[str]:
    return {q.speaker for q in quotes_of(corpus, line) if q.words.startswith(opening)}


def _sentence(text: str) -> Sentence:
    return Sentence(Article("x", text, "x"), 0, 0, len(text))


def _finding(text: str, people: frozenset[str] = frozenset()) -> bool:
    sentence = _sentence(text)
    said = attributions(sentence)
    assert said, text
    return reported_finding(said[0], sentence, people)


def test_what_a_team_or_researchers_found_is_no_row():
    # "The team found that some of the upper layers of the soil date to the medieval period"
    assert _speakers("raw", 2, "some of the upper layers of the soil") == set()
    assert _speakers("raw", 2, "It's a fantastic find, really") == {"Oliver J. T. O'Grady"}
    # "The researchers found that only the babies who'd taken naps ..." (HealthDay)
    assert _speakers("raw", 93, "only the babies who'd taken naps") == set()
    # "Researchers found that victims of bullying in childhood were 4.3 times ..."
    assert _speakers("raw", 190, "victims of bullying in childhood") == set()


def test_what_two_researchers_named_together_found_is_no_row():
    # "In the latest study, Zeitzer and Najjar found that short flashes of light ..."
    assert _speakers("raw", 29, "short flashes of light at night") == set()
    assert _speakers("raw", 29, "This could be a new way of adjusting") == {"Jamie Zeitzer"}
    # "In the experiment, Kanan and Li found that a slightly altered ... catalyst ..."
    assert _speakers("raw", 56, "a slightly altered oxide-derived copper") == set()


def test_a_papers_a_bodys_and_an_authors_findings_stay():
    # "The report found women who are overweight or obese have a higher risk ..."
    assert _speakers("raw", 97, "women who are overweight or obese") == {"report"}
    # "When analyzing the polar bear, the agency found that the species ..."
    assert _speakers("raw", 114, "the species") == {"U.S. Fish and Wildlife Service"}
    # "In contrast, Kreiss finds that Obama's digital team had "more autonomy," ..."
    assert _speakers("raw", 22, "Obama's digital team had") == {"Daniel Kreiss"}
    # "The Commission finds that ..." (DUC d30047t)
    assert "Commission" in _speakers("duc", 16, "Ms. Madikizela-Mandela was central")


def test_a_finding_needs_people_before_the_past_verb():
    assert _finding("The researchers found that the mice slept longer.")
    assert _finding(
        "In the study, Smith and Jones found that the mice slept longer.",
        frozenset({"Ann Smith", "Bo Jones"}),
    )
    # one of the pair no person the recognizer read: no finding of people
    assert not _finding(
        "In the study, Smith and Acme found that the mice slept longer.", frozenset({"Ann Smith"})
    )
    # a paper's finding, a present "finds", a speech verb: as before
    assert not _finding("The report found that the mice slept longer.")
    assert not _finding("The researchers find that the mice slept longer.")
    assert not _finding("The researchers said that the mice slept longer.")


def test_kip_is_kip_harding():
    # [1] "Mona Lisa and her husband, Kip, have written ..."; [2] "Mona Lisa and Kip Harding
    # are just your average high school sweethearts"
    assert _speakers("raw", 3, "I would say you're unleashing the inner kid") == {"Kip Harding"}
    assert _speakers("raw", 3, "We didn't have this great plan") == {"Mona Lisa Harding"}
    # the children, never named with the surname, stay by first name
    assert _speakers("raw", 3, "It's not really a pushing environment") == {"Rosannah"}


def _given(texts: list[str], speaker: str, known: dict[str, str]) -> list[str]:
    sentences = [_sentence(text) for text in texts]
    found = (Attribution(speaker, 0, None, 0, 1), sentences[0])
    return first_names_in_full([speaker], [found], known, sentences)  # type: ignore[arg-type]


def test_a_first_name_takes_one_surname_only_its_article_writes():
    known = {"Kip": "person", "Mona Harding": "person", "Ann Lee": "person"}
    full = "Mona Harding and Kip Harding wrote a book."
    assert _given(["Kip said the Harding kids read.", full], "Kip", known) == ["Kip Harding"]
    # the speaker's article never writes the surname
    assert _given(["Kip said so.", full], "Kip", known) == ["Kip"]
    # two surnames after the first name: neither
    assert _given(["Kip said the Harding kids read.", f"{full} Kip Lee came."], "Kip", known) == [
        "Kip"
    ]
    # a word after it that ends no person's name is no surname
    assert _given(["Kip said Harding read.", "Kip Street is long."], "Kip", known) == ["Kip"]
