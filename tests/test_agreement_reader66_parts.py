"""The sixtieth agreement pass (reader66; raw validation clusters, 0-based, file order), each
read against the articles. Raw 15's one agreed row, "Jimmy Choo, which shot to prominence
thanks to celebrity patrons like Princess Diana ..., could give Michael Kors a new avenue for
growth.", stood whole on Reuters' deal lead, which tells the celebrity customers and not the
growth. Raw 120's "The debate about how much Poland ... bears responsibility ... has gone on
for a long time ..." stood on the law's fines "for public claims that Poland ... bears
responsibility ...": the two share the claim, not a fact. Raw 141's [4] names both charges
and was marked in part for Stinson's age alone; raw 32's [2] tells the arrest, the charge and
the plea, marked for Hayes' age, while [4], telling no plea, was marked for the age too."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_claims import only_the_claim
from chorus.analyze.agreement_parts import told_in_part
from chorus.analyze.model import Analysis
from tests.conftest import DATA
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part
from tests.raw_pages import raw_clusters

CHOO = (
    "Jimmy Choo, which shot to prominence thanks to celebrity patrons like Princess Diana and "
    "the “Sex and the City” star Sarah Jessica Parker, could give Michael Kors a new avenue "
    "for growth."
)
REUTERS_LEAD = (
    "U.S. retailer Michael Kors agreed to buy luxury shoemaker Jimmy Choo for $1.2 billion, "
    "snapping up a British company whose towering stilettos have been made famous by celebrity "
    "customers from Princess Diana to Kendall Jenner."
)
DEBATE = (
    "The debate about how much Poland, as a nation, bears responsibility for these individual "
    "crimes has gone on for a long time and has had depressing as well as uplifting aspects."
)
FINES = (
    "The law would impose fines or up to three years in jail for public claims that Poland or "
    "the Polish nation bears responsibility for crimes against humanity committed on its soil."
)
# raw 161: the arrest, and a count the other outlet gives without it
ARRESTED = (
    "Antheyste Jarrett, 27, was arrested soon after the crime on suspicion of witness "
    "intimidation and being an accessory after the fact, police said."
)
COUNTS = (
    "Jarrett faces one count of dissuading a witness from testifying and one count of "
    "accessory after the fact."
)


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (15, 32, 120, 141))


def _documents(line: int) -> str:
    return "".join(raw_clusters()[line]["documents"])


def test_a_support_telling_who_the_subject_is_tells_the_statement_in_part(analyses):
    # Reuters' lead as read, its stock tickers repaired out ("Michael Kors (KORS.N)")
    assert CHOO in _documents(15) and REUTERS_LEAD.split(", ")[1] in _documents(15)
    fact = agreed_item(analyses[15], "Jimmy Choo, which shot to prominence")
    assert marked_in_part(fact, "agreed to buy luxury shoemaker Jimmy Choo")
    assert told_in_part(CHOO, [REUTERS_LEAD])
    # told in other words around the names both give, a clause is told whole (raw 111)
    best_known = "LFO are best known for their 1999 single “Summer Girls.”"
    biggest_hit = 'Their biggest hit was "Summer Girls" in 1999 which peaked at #3.'
    assert best_known in _documents(111)
    assert not told_in_part(best_known, [biggest_hit])


def test_two_sentences_sharing_only_a_claim_are_not_agreed(analyses):
    assert DEBATE in _documents(120) and FINES in _documents(120)
    assert not any("The debate about how much" in f.statement.text for f in analyses[120].agreed)
    assert only_the_claim(DEBATE, FINES)
    # the second predicate after "and has" is still read as a clause of its own
    assert told_in_part(DEBATE, [FINES])
    # one deed both tell of the questions (Multi-News+ train 47): the cue's noun is shared
    assert not only_the_claim(
        "He said that he would answer questions about the legislation on reddit on wednesday.",
        "He said he will begin taking questions about it from reddit users wednesday morning.",
    )
    # two denials of one claim by one subject
    assert not only_the_claim(
        "The ministry denied claims that it had paid the rebels.",
        "The ministry rejected allegations that it paid rebels.",
    )


def test_an_age_alone_does_not_mark_a_support_telling_the_rest(analyses):
    charges = agreed_item(analyses[141], "faces aggravated child abuse and first degree murder")
    assert not marked_in_part(
        charges, "charged with aggravated child abuse and first-degree murder"
    )
    # [2] names the murder charge alone
    assert marked_in_part(charges, "with first-degree murder in the death of her son")
    arrest = agreed_item(analyses[32], "was arrested Sunday on a charge of second-degree murder")
    # [2] gives no day (reader72: marked in part for "Sunday"); without it, the age alone
    # leaves [2]'s arrest, charge and plea whole
    (plea,) = [s for s in arrest.support if s.text == "He did not enter a plea."]
    told = [s.text for s in arrest.support if s.article.id == plea.article.id]
    assert not told_in_part(arrest.statement.text.replace(" Sunday", ""), told)
    # CBS tells the arrest and the charge, not the plea
    assert marked_in_part(arrest, "his attorney insisted there was more to the story")


def test_an_age_still_marks_a_support_telling_little_of_the_statement():
    assert ARRESTED in _documents(161) and COUNTS in _documents(161)
    assert told_in_part(ARRESTED, [COUNTS])
    duc = DATA / "duc2003-task2.jsonl.gz"
    arrest = data_sentence(duc, 0, "was placed under arrest in London Friday by British police")
    warrant = data_sentence(duc, 0, "Judge Baltasar Garzon issued the international arrest")
    assert told_in_part(arrest.strip("'\n"), [warrant.strip()])
