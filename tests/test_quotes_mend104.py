"""Review mends, stop 55 (mend104): whose body "the tribe said in a statement" is
(named_bodies.py) is read from a name holding the head itself, its plural or its adjective
("Tribal", "Ministries"), not from any word sharing the head's first letters."""

from __future__ import annotations

from chorus.analyze.named_bodies import named_body
from tests.raw_pages import raw_document


def test_the_tribe_of_raw_196_is_still_its_tribal_council():
    text = raw_document(196, 1)
    at = text.index("the tribe said in a written statement")
    assert named_body("tribe", text, at) == "Nulato Tribal Council"


def test_a_paper_sharing_the_heads_first_letters_names_no_body():
    # "Trib" took "Chicago Tribune" for the tribe, "Staf" Stafford Smith for the general
    # staff, "Part" a firm's partners for the party, "Commissio" a commissioner
    cases = {
        "tribe": "The Chicago Tribune reported it first. Later the tribe said in a statement",
        "staff": "Stafford Smith left. Later the staff said in a statement",
        "party": "Goldman Partners bought it. Later the party said in a statement",
        "commission": "Commissioner Roger Goodell spoke. Later the commission said in a statement",
        "bank": "Bankers Trust lent it. Later the bank said in a statement",
    }
    for head, text in cases.items():
        assert named_body(head, text, text.index(f"the {head} said")) is None, head


def test_the_head_its_plural_and_its_adjective_still_name_the_body():
    for head, name in (
        ("ministry", "Foreign Ministries"),
        ("ministry", "Interior Ministry"),
        ("tribe", "Nulato Tribal Council"),
        ("bank", "First National Bank"),
        ("union", "European Union"),
    ):
        text = f"Officials met the {name} on Monday. Later the {head} said in a statement"
        assert named_body(head, text, text.index(f"the {head} said")) == name
