"""The sixty-fifth agreement pass (reader71; raw validation clusters, 0-based, file order),
each read against the articles. Raw 27's "Mayor of London Sadiq Khan led the short
ceremony." stood "(all)" on AP's "London Mayor Sadiq Khan said questions would need to be
asked about what the police knew about Butt.": one man, two deeds, and the two sentences
share nothing but his name and office. Raw 58's "Browne-Louis has pleaded not guilty, while
McCullum has yet to appear in court." stood whole on POLITICO's "She is due to appear in
federal court on July 19, ...", which tells no plea."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_charges import plea_untold
from chorus.analyze.agreement_names import subject_alone
from chorus.analyze.model import Analysis
from chorus.analyze.similarity import stems
from tests.conftest import DATA
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part, pair_shown
from tests.raw_pages import raw_clusters

DUC = DATA / "duc2003-task2.jsonl.gz"
PLUS_TRAIN = DATA / "multinews-plus-train.jsonl.gz"
PLUS_VALIDATION = DATA / "multinews-plus-validation.jsonl.gz"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (27, 58))


def _subject_alone(a: str, b: str) -> bool:
    shared = set(stems(a)) & set(stems(b))
    return subject_alone(a, b, stems(a), stems(b), shared)


def test_one_mayor_leading_a_ceremony_and_asking_questions_is_no_agreed_fact(analyses):
    assert not pair_shown(analyses[27], "Sadiq Khan led the short ceremony", "Sadiq Khan said")
    # the minute's silence both tell stays agreed
    assert pair_shown(
        analyses[27], "A minute's silence was held", "A minute's silence was observed"
    )


def test_two_deeds_of_one_named_subject_share_only_the_subject():
    said = data_sentence(
        DUC, 15, "Maskhadov said the bodies of four men had been recovered"
    ).strip()
    government = data_sentence(DUC, 15, "government has been unable to stem").strip()
    assert _subject_alone(said, government)
    assert _subject_alone(government, said)
    # the same deed, told with a word besides the subject, is one fact
    details = f"{said[:-1]}, but gave no further details."
    assert not _subject_alone(said, details)
    # names both write after their openings are no subject alone
    assert not _subject_alone(
        "Police said Sadiq Khan led the ceremony.", "Police said Sadiq Khan spoke."
    )


def test_a_support_telling_no_plea_marks_it_in_part(analyses):
    plea = agreed_item(analyses[58], "Browne-Louis has pleaded not guilty")
    assert marked_in_part(plea, "She is due to appear in federal court on July 19")
    assert not marked_in_part(plea, "Browne-Louis pleaded not guilty before a U.S. magistrate")


# a guilty plea told as a confession in court is told; a trial's TV channel tells no plea
PLEAS = [
    (PLUS_VALIDATION, 682, "pleaded guilty tuesday to trying", "confessed his biggest sin", False),
    (PLUS_TRAIN, 905, "has pleaded not guilty at the start", "a cable tv channel devoted", True),
]


@pytest.mark.parametrize(("path", "line", "statement", "support", "untold"), PLEAS)
def test_a_plea_in_court_told_in_other_words_is_told(path, line, statement, support, untold):
    told = [data_sentence(path, line, support)]
    assert plea_untold(data_sentence(path, line, statement), told) is untold


def test_a_plea_for_something_is_no_plea_in_court():
    assert not plea_untold("She renews her plea for freedom.", ["She asked to be freed."])
