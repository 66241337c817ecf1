"""Who said what, eighty-sixth pass (raw validation 0-based 27, 99, 35, 24; 125 and 236 found
on the way: multi_news-val-2851, 1760, 4684, 4412, 5202, 5184): a speaker named only by
whose they are given as that person's or left out, "his e-mail said" as his words, a
spokesman "with" a department as "for" it, a subject before "of" a body and a comma followed,
a role read from the sentence that introduces the speaker."""

from __future__ import annotations

import pytest

from chorus.analyze.model import Quote
from tests.gold import briefed_quotes, quotes_in

_LONDON, _SHEEN, _KLAN, _TSA, _ROUTLEY, _JEFRI = (
    "multi_news-val-2851",
    "multi_news-val-1760",
    "multi_news-val-4684",
    "multi_news-val-4412",
    "multi_news-val-5202",
    "multi_news-val-5184",
)


@pytest.fixture(scope="module")
def briefed() -> dict[str, tuple[Quote, ...]]:
    return briefed_quotes((_LONDON, _SHEEN, _KLAN, _TSA, _ROUTLEY, _JEFRI))


def _bare_possessive(quote: Quote) -> bool:
    return quote.speaker.split(" ", 1)[0].lower() in ("his", "her")


def test_a_speaker_named_by_whose_they_are_is_placed_or_left_out(briefed):
    # raw 27 [1]: "Canadian national Chrissy Archibald, 30, was the first victim to be
    # named. Her family said she had died in her fiancé's arms ...": the focus reads no one
    # there; a bare "Her family" is no one a reader can place
    assert not quotes_in(briefed[_LONDON], "Her family said")
    # raw 236 [1]: "Mark Cymrot, a lawyer for one of the defendants, ... said: ... ¶ The
    # prince’s lawsuit ... ¶ His lawyers said in court papers that ...": the prince's
    # lawyers, not Cymrot's, and not shown bare
    lawyers = quotes_in(briefed[_JEFRI], "His lawyers said")
    assert not any("Cymrot" in q.speaker or _bare_possessive(q) for q in lawyers)
    # raw 125 [1]: "Scott Routley, 39, was asked questions ... ¶ His doctor says the
    # discovery means medical textbooks will need rewriting."
    (doctor,) = quotes_in(briefed[_ROUTLEY], "His doctor says")
    assert doctor.speaker == "Scott Routley's doctor"


def test_his_e_mail_said_and_a_subject_before_of_a_body_are_the_speaker(briefed):
    # raw 99 [2]: "Solters was also no help. He said he was in Los Angeles on Tuesday. “I am
    # in LA and was not aware of any arrangements,” his e-mail said."
    (email,) = quotes_in(briefed[_SHEEN], "his e-mail said")
    assert email.speaker == "Larry Solters"
    assert email.words.startswith("I am in LA")
    # "Sheen’s tour promoter, Joey Scoleri of Live Nation, had no answers. “Please deal with
    # Larry,” he said in an e-mail ...": the subject is Scoleri, "Live Nation" his body's
    (promoter,) = quotes_in(briefed[_SHEEN], "Please deal with Larry")
    assert promoter.speaker == "Joey Scoleri"


def test_a_spokesman_with_a_department_speaks_for_it(briefed):
    # raw 35 [2]: "A spokesman with the Anaheim Police Department says six of those
    # arrested are Klan supporters and seven counter-protesters."
    (row,) = quotes_in(briefed[_KLAN], "A spokesman with the Anaheim")
    assert (row.speaker, row.role) == ("Anaheim Police Department", "through a spokesman")
    assert row.words.startswith("six of those arrested")


def test_a_role_is_read_from_the_sentence_introducing_the_speaker(briefed):
    # raw 24 [1]: "Rep. Bennie Thompson of Mississippi, the top Democrat on the House
    # Homeland Security Committee, disputed TSA’s assertion ..." (no speech verb), then
    # "Thompson said he has been looking into ..."
    thompson = [q for q in briefed[_TSA] if q.speaker == "Bennie Thompson"]
    assert thompson
    assert {q.role for q in thompson} == {
        "the top Democrat on the House Homeland Security Committee"
    }
    # "Mica, a former House Transportation chairman, is a frequent critic of TSA ... He
    # said he’s “working feverishly” ...": that row's role; his first keeps "R-Fla."
    (feverishly,) = quotes_in(briefed[_TSA], "working feverishly")
    assert (feverishly.speaker, feverishly.role) == (
        "John Mica",
        "a former House Transportation chairman",
    )
    (outrageous,) = quotes_in(briefed[_TSA], "absolutely outrageous")
    assert outrageous.role == "R-Fla."
