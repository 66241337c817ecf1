"""The ninety-fourth agreement pass (agree96; raw validation clusters, 0-based, file order): two
outlets' sentences shown in conflict over one value (a figure, a date) may still tell one fact:
linked, they form an agreed item of what the other facts leave, the outlet giving the other
value marked in part and the conflict's reason shown beside it, while the conflicts section
keeps the pair (conflicts.value_disputes, agreement_forming.formed_facts)."""

from __future__ import annotations

from chorus.analyze.conflicts import disputed_pairs, value_disputes
from chorus.api import brief
from chorus.render.markdown import to_markdown
from tests.gold import agreed_item, analysed_lines, marked_in_part
from tests.raw_pages import raw_clusters

_THREE = "Eight people including three children were injured in Philadelphia on Monday"
_TWO = "Eight people, including two children, were injured this morning"
_CHILDREN = "Different figures for injuries: 3 children vs 2 children"
_AT_LEAST_87 = "a Legionnaires’ outbreak that sickened at least 87 people in the Flint region"
_87 = "outbreak that sickened 87 people between May 2014 and November 2015, killing nine"


def test_the_injured_told_by_both_is_agreed_beside_the_children_they_differ_on():
    analysis = analysed_lines(raw_clusters(), (187,))[187]
    fact = agreed_item(analysis, _THREE)
    assert marked_in_part(fact, _TWO)
    assert fact.differs == (_CHILDREN,)
    # the conflict stays as it was
    assert analysis is not None
    assert [c.reason for c in analysis.conflicts] == [_CHILDREN]


def test_the_outbreak_told_by_both_is_agreed_beside_its_two_spans():
    analysis = analysed_lines(raw_clusters(), (241,))[241]
    fact = agreed_item(analysis, _AT_LEAST_87)
    assert marked_in_part(fact, _87)
    assert [reason.split(":")[0] for reason in fact.differs] == ["Different spans for one event"]


def test_the_row_names_what_the_outlets_differ_on():
    shown = to_markdown(brief(raw_clusters()[187]["documents"]))
    row = next(line for line in shown.splitlines() if line.startswith(f"- {_THREE}"))
    # the value [2] gives in place of the reason whole (agree97: render/differing_values.py)
    assert row.endswith("[1][2] (all; [2] in part, saying 2 children)")


def test_a_denial_is_no_dispute_over_one_value():
    # raw 9: the White House's denial and the report it denies stay apart, whatever they share
    analysis = analysed_lines(raw_clusters(), (9,))[9]
    assert analysis is not None
    denials = [c for c in analysis.conflicts if c.kind == "denial"]
    assert denials and disputed_pairs(denials)
    assert not value_disputes(denials)
