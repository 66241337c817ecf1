"""The fifty-eighth agreement pass (reader64, reader65; raw validation clusters, 0-based, file
order), each read against the articles. In raw 120 "The Nazi occupiers intended to destroy
Poland as a nation ..." was agreed by "... during a period when their country was occupied ...",
and "The debate about how much Poland ... bears responsibility ... has gone on for a long time
and has had depressing as well as uplifting aspects." stood whole on the law's fines. In raw 141
[2]'s "charged 21-year-old Charisse Stinson with first-degree murder" told whole that she "faces
aggravated child abuse and first degree murder charges". In raw 32 "Smith's wife, Racquel Smith,
was also shot during the incident." told whole that she "was shot once in the right leg". In raw
56 the process hoped for ("would be converted") told whole the experiment's "was converted"; in
raw 144 Obama's Kias and Chryslers told a newsletter's talking points whole. Raw 72's two "52-46
vote" sentences (0.23) were no item."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_charges import charge_untold
from chorus.analyze.agreement_moods import done_told_to_come
from chorus.analyze.agreement_tallies import figures_link
from chorus.analyze.agreement_word_forms import one_word_each
from chorus.analyze.model import Analysis
from tests.conftest import DATA
from tests.gold import agreed_item, analysed_lines, data_sentence, marked_in_part, pair_shown
from tests.raw_pages import raw_clusters

# raw 141: [4] names both charges, [2] the murder charge alone
BOTH_CHARGES = (
    "The boy, Jordan Belliveau, died, and Ms. Stinson was arrested Tuesday and charged with "
    "aggravated child abuse and first-degree murder."
)
MURDER_ALONE = (
    "Officials arrested and charged 21-year-old Charisse Stinson with first-degree murder in "
    "the death of her son."
)
CHARGES = (
    "Charisse Stinson, 21, faces aggravated child abuse and first degree murder charges in "
    "connection with Jordan Belliveau's death."
)
# raw 56: the experiment done and the process hoped for
CONVERTED = (
    "When voltage was applied across the electrodes, the carbon monoxide gas was converted "
    "into ethanol, they said."
)
WOULD_BE_CONVERTED = (
    "Then the carbon monoxide would be converted to ethanol or other carbon-based compounds "
    "electrochemically."
)


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (32, 56, 72, 120, 141, 144))


# raw 120's debate on the law's fines, marked here, is no longer agreed: the two share only
# the claim (agreement_claims.py, tests/test_agreement_reader66_parts.py)


def _documents(line: int) -> str:
    return "".join(raw_clusters()[line]["documents"])


def test_the_occupiers_are_not_the_country_occupied(analyses):
    assert "when their country was occupied" in _documents(120)
    assert not any("The Nazi occupiers intended" in f.statement.text for f in analyses[120].agreed)
    assert not one_word_each(
        "The Nazi occupiers intended to destroy Poland as a nation.",
        "Poles say they are unfairly held complicit in German Nazi war crimes during a period "
        "when their country was occupied.",
        {"occup"},
    )
    # DUC 29: the founder of a party and the founding of the People's Republic
    duc = DATA / "duc2003-task2.jsonl.gz"
    founder = data_sentence(duc, 29, "As the founder of the suppressed new political party")
    founding = data_sentence(duc, 29, "since the founding of the People's Republic")
    assert not one_word_each(founder, founding, {"found"})
    # one word in two forms of one deed still links ("regretted" / "regrets")
    assert one_word_each("He regretted the veto.", "Paris regrets the veto.", {"regre"})


@pytest.mark.parametrize(
    ("line", "statement", "support"),
    [
        # one charge of two
        (141, "faces aggravated child abuse and", "with first-degree murder in the death of"),
        # how many times she was shot
        (32, "was shot once in the right leg", "was also shot during the incident"),
        # what would be done for what was
        (56, "When voltage was applied across", "would be converted to ethanol"),
        # one talking point of a newsletter's block, parted at its "..."
        (144, "TRADE DEAL TALKING POINTS", "I don't mind Kias and Hyundais sold here"),
    ],
)
def test_a_support_telling_a_part_is_marked(analyses, line, statement, support):
    assert marked_in_part(agreed_item(analyses[line], statement), support)


def test_the_charges_and_the_deed_are_read_against_each_outlet_s_words():
    assert BOTH_CHARGES in _documents(141) and MURDER_ALONE in _documents(141)
    assert charge_untold(CHARGES, [MURDER_ALONE])
    assert not charge_untold(CHARGES, [BOTH_CHARGES])
    assert CONVERTED in _documents(56) and WOULD_BE_CONVERTED in _documents(56)
    assert done_told_to_come(CONVERTED, [WOULD_BE_CONVERTED])
    # told done as well, the deed is told whole
    assert not done_told_to_come(CONVERTED, [WOULD_BE_CONVERTED, CONVERTED])


def test_one_vote_tally_links_below_the_floor(analyses):
    assert pair_shown(
        analyses[72], "near party-line 52-46 vote", "The 52-46 vote on the non-binding budget"
    )
    # another tally, or the figures in another order, is another vote
    shared = {"52", "46"}
    assert not figures_link("passed by a 52-46 vote", "failed on a 46-52 vote", shared)
    assert not figures_link("passed by a 52-46 vote", "a 52-47 vote", shared)
