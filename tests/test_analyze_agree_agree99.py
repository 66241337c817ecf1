"""The ninety-seventh agreement pass (agree99; raw validation clusters, 0-based, file order):
two sentences whose own words in common are one word after a two-word name both write and
that name's words, when the name is all they capitalise in common, name one era and tell
two facts of it (agreement_links._kind_and_its_name: raw 33's "first confirmed brachiosaur
foot from the Late Jurassic period" is agreed by no line of the era's fossils). Naming
someone besides, they tell one fact of them (raw 46's Hank Marlow, a World War II pilot:
kept). Raw 4's "leave", 33's Maltese line, 40's Okrand row and 17's owners are traced and
left (journal)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_links import names_a_kind
from chorus.analyze.model import Analysis
from chorus.analyze.own_words import names_in_common
from tests.gold import agreed_item, analysed_lines, pair_shown
from tests.raw_pages import raw_clusters

_FIRST_FOOT = (
    "It's not only the largest sauropod foot ever identified, but also the first confirmed "
    "brachiosaur foot from the Late Jurassic period of North America."
)
_WEALTH = (
    "That area has produced a wealth of dinosaur fossils from the Late Jurassic Period, or "
    "between 155 million to 148 million years ago."
)
_MORRISON = (
    "These fossils are part of the Morrison Formation — a rocky expanse known for its Late "
    "Jurassic period fossils, especially its sauropods (long-necked herbivorous dinosaurs that "
    "walked on all fours), such as Diplodocus, Brachiosaurus and Apatosaurus."
)
_REILLY = "John C. Reilly is wonderful as Hank Marlow, a World War II pilot"
_STRANDED = "stumble upon one Hank Marlow (John C. Reilly), a World War II pilot from Chicago"


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (33, 46))


def test_the_first_brachiosaur_foot_is_agreed_by_no_line_of_the_era(analyses):
    analysis = analyses[33]
    assert analysis is not None
    assert not any("first confirmed brachiosaur foot" in f.statement.text for f in analysis.agreed)
    assert not pair_shown(analysis, "first confirmed brachiosaur", "Late Jurassic Period, or")
    assert not pair_shown(analysis, "first confirmed brachiosaur", "Late Jurassic period fossils")
    # the rows of the study's method stay agreed by all
    fact = agreed_item(analysis, "used a 3D-scanning technique")
    assert len({s.article.id for s in fact.support}) == 3


def test_a_pilot_both_name_with_the_actor_stays_one_fact(analyses):
    assert pair_shown(analyses[46], _REILLY, _STRANDED)


def test_the_era_and_its_name_are_all_the_two_share():
    for other in (_WEALTH, _MORRISON):
        names = names_in_common(_FIRST_FOOT, other)
        assert names == {"late", "juras"}
        assert names_a_kind(_FIRST_FOOT, other, {"late", "perio"}, names)


def test_a_name_of_someone_besides_keeps_the_pair():
    a = _REILLY + " who's been stranded on the island for years."
    b = "They " + _STRANDED + " who has been stranded on Skull Island for nearly 30 years."
    assert not names_a_kind(a, b, {"ii", "pilot"}, names_in_common(a, b))


def test_the_edges_of_a_kind_and_its_name():
    a = "Fossils of the Late Jurassic period lie there."
    b = "It was the first foot from the Late Jurassic period found."
    names = names_in_common(a, b)
    assert names_a_kind(a, b, {"late", "perio"}, names)
    # two words besides the name: more than its kind
    assert not names_a_kind(a, b, {"late", "perio", "fossi"}, names)
    # the word not right after the name in one of them
    c = "It was the first foot from the Late Jurassic found in a period of drought."
    assert not names_a_kind(a, c, {"late", "perio"}, names_in_common(a, c))
    # a deed after the name ("-ed") is no kind of it
    d = "The Late Jurassic ended there."
    e = "Then the Late Jurassic ended."
    assert not names_a_kind(d, e, {"late", "ended"}, names_in_common(d, e))
