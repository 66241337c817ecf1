"""The entities section's ninety-third pass (journal/entities.md, "Entities, ninety-third
pass"): a name the text writes as a product or a show is not listed (raw 211's "the Aura
interface", "the Lenovo IdeaCentre Horizon Table PC", "Intel Core i5/i7", "A decent version
of Monopoly", "at CES 2013"; DUC 26's "the Windows operating system"); an investment firm's
and a carrier's short name is one body with its full name (raw 220's "Bain" and "Bain
Capital", raw 207's "Verizon" and "Verizon Wireless"); and a mailing address's town is no
place of the story (raw 63's "P.O. BOX 60177 / Philadelphia, PA / 19102"). The expectations
are read in the articles."""

from __future__ import annotations

from tests.entity_gold import listed_on_clusters

TABLE_PC = "multi_news-val-589"
"""Raw 211 (Lenovo's IdeaCentre Horizon at CES: [1] "the Lenovo IdeaCentre Horizon Table PC",
[2] "the Aura UI", [3] "like Monopoly", [4] CNET's review: "the Aura interface", "an Intel
Core i5/i7 CPU", "A decent version of Monopoly", "at CES 2013")."""
ANTITRUST = "d31033t"
"""DUC 26 (the Microsoft antitrust trial: "its Windows operating system")."""
BAIN = "multi_news-val-3957"
"""Raw 220 (Romney on what he learned at Bain Capital: "Bain" alone twice)."""
CARRIERS = "multi_news-val-15"
"""Raw 207 (the iPhone's carriers: "Verizon Wireless" and "AT&T and Verizon")."""
EYELINER = "multi_news-val-4656"
"""Raw 63 ([3] a blogger's video page, closing on her mailing address)."""


def test_entities_products_and_a_show_are_not_listed_and_bodies_by_short_names_are_one():
    listed = listed_on_clusters({TABLE_PC, ANTITRUST, BAIN, CARRIERS, EYELINER}, speakers=True)
    table = listed[TABLE_PC]
    products = {"Aura", "Monopoly", "CES", "Intel Core", "Lenovo IdeaCentre Horizon Table"}
    assert not products & table.keys()
    # the makers stay, bodies
    assert {table[name].label for name in ("Lenovo", "Intel", "Sony")} == {"organisation"}
    assert "Windows" not in listed[ANTITRUST]
    assert listed[ANTITRUST]["Microsoft"].label == "organisation"
    # the short name's mentions are the full name's, each outlet counted once
    for short, full, cluster in (
        ("Bain", "Bain Capital", BAIN),
        ("Verizon", "Verizon Wireless", CARRIERS),
    ):
        bodies = listed[cluster]
        assert short not in bodies
        assert bodies[full].outlets == 2
        assert {m.text for m in bodies[full].mentions} == {short, full}
    eyeliner = listed[EYELINER]
    assert "Philadelphia" not in eyeliner
    assert eyeliner["Crayola"].label == "organisation"
