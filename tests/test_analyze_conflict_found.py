"""A person's claim that a thing was there against a report that none was found
(conflict_found.py). Raw validation 121 (val-1212, Michael Dunn's jailhouse calls): [3]
"Dunn said he believed Davis had a weapon, leaving him little choice but to defend
himself." against [2] "But no weapon was found in the SUV and Davis' friends said they did
not hear him threaten Dunn." (reader 45's missed conflict; [3] itself adds "However, a gun
was never recovered at the scene."). Multi-News+ train 31748 (a foiled hijacking): "hozlov
... told the aircrew he had smuggled a bomb onto the plane" against "Turkish authorities
said no bomb was found.". In 121 [3] reports the finding too ("However, a gun was never
recovered at the scene."): the conflict is Dunn's claim against what every outlet that
tells of the weapon found, not [3] against [2] (reader 47)."""

from __future__ import annotations

import pytest

from chorus import brief
from chorus.analyze.conflict_found import found_conflicts
from chorus.analyze.joined import Joined
from chorus.analyze.model import Conflict
from chorus.api import as_articles
from chorus.clean import clean
from chorus.render import to_dict, to_html, to_markdown
from chorus.sentences import split
from tests.conftest import DATA, RAW_VALIDATION, read_clusters
from tests.test_analyze_conflict_reader22 import placed
from tests.test_analyze_conflict_reader26 import _plus_documents


@pytest.fixture(scope="module")
def dunn() -> list[str]:
    return read_clusters(RAW_VALIDATION, 122)[121]["documents"]


def _found_conflicts(documents: list[str]) -> list[Conflict]:
    """The rule alone over a cluster's sentences, split as the analysis splits them."""
    story = [s for article in as_articles(documents) for s in split(clean(article))]
    lowered = [s.text.lower() for s in story]
    return found_conflicts(story, lowered, Joined.of(lowered))


def test_dunns_weapon_against_none_found_in_the_suv(dunn):
    analysis = brief(dunn, words=250).analysis
    assert analysis is not None
    claim = placed(dunn, "Dunn said he believed Davis had a weapon")
    none_found = placed(dunn, "But no weapon was found in the SUV")
    never_recovered = placed(dunn, "a gun was never recovered at the scene")
    assert (claim[0], none_found[0], never_recovered[0]) == (3, 2, 3)
    reason = "A claim against the finding its own outlet reports too: “no weapon was found”"
    (weapon,) = (c for c in analysis.conflicts if "weapon" in c.reason)
    assert (weapon.kind, weapon.reason, weapon.against_finding) == ("denial", reason, True)
    assert [s.text for s in weapon.side_a] == [claim[1]]
    # both outlets that tell of the weapon report it was not found: [2] and the claim's [3]
    assert [s.text for s in weapon.side_b] == [none_found[1], never_recovered[1]]


def test_the_claim_against_the_finding_reads_so_in_every_format(dunn):
    briefing = brief(dunn, words=250)
    markdown = to_markdown(briefing)
    conflicts = markdown.split("## Conflicts")[1].split("\n## ")[0]
    assert "A claim against the finding its own outlet reports too" in conflicts
    assert "  - Claim: Dunn said he believed Davis had a weapon" in conflicts
    assert "  - Found: But no weapon was found in the SUV" in conflicts
    assert "  - Found: However, a gun was never recovered at the scene. [3]" in conflicts
    assert "  - A: " not in conflicts and "  - B: " not in conflicts
    (weapon,) = to_dict(briefing)["analysis"]["conflicts"]
    assert weapon["against_finding"] is True
    assert (len(weapon["side_a"]["outlets"]), len(weapon["side_b"]["outlets"])) == (1, 2)
    # Plain strings name no outlet: each is null, and the spans say whose side is whose.
    assert weapon["side_a"]["outlets"] + weapon["side_b"]["outlets"] == [None] * 3
    claimed = {s["article_id"] for s in weapon["side_a"]["sentences"]}
    assert claimed < {s["article_id"] for s in weapon["side_b"]["sentences"]}
    page = to_html(briefing)
    assert "The claim:" in page and "What was found:" in page


def test_the_claim_is_no_longer_agreed_with_what_refutes_it(dunn):
    # main listed "Dunn said he believed Davis had a weapon ..." as agreed by [2][3], its
    # support [2]'s "But no weapon was found in the SUV" (reader 45's false agreement); a
    # pair shown in conflict is not also agreed
    analysis = brief(dunn, words=250).analysis
    assert analysis is not None
    for fact in analysis.agreed:
        texts = " ".join(s.text for s in fact.sentences)
        assert not ("had a weapon" in texts and "no weapon was found" in texts)


def test_a_quoted_line_and_the_same_article_claim_nothing(dunn):
    # [2]'s letter, "he says 'yeah-I'm going to ... kill you!' and now I can tell ... he
    # just laid a gun barrel", quotes Davis between the verb and the gun: no claim that
    # [3]'s "a gun was never recovered" answers; and [3]'s own weapon claim stays off the
    # side of its own "never recovered"
    (only,) = _found_conflicts(dunn)
    assert "laid a gun barrel" in placed(dunn, "laid a gun barrel")[1]
    assert all("gun barrel" not in s.text for s in only.side_a)
    # [3]'s article stands on the finding's side only through its own "never recovered"
    (claimant,) = {s.article.id for s in only.side_a}
    assert [s.text for s in only.side_b if s.article.id == claimant] == [
        "However, a gun was never recovered at the scene."
    ]


def test_a_hijackers_bomb_against_none_found():
    documents = _plus_documents("train", {31748})[31748]
    (bomb,) = _found_conflicts(documents)
    assert bomb.reason == "One side denies what the other claims: “no bomb was found”"
    assert [s.text for s in bomb.side_b] == ["Turkish authorities said no bomb was found."]
    # the hijacker's own article does not report the finding: one outlet against another
    assert not bomb.against_finding
    (claim,) = bomb.side_a
    assert "told the aircrew he had smuggled a bomb onto the plane" in claim.text


def test_a_part_and_a_definite_thing_answer_nothing():
    # train 22467: "no additional bodies were found" after the search of a funeral home is
    # a part, no denial of "inspectors found the bodies"; DUC d30056t (line 15): "He said the
    # bodies had not been found" against officials' "said the bodies of four men had been
    # recovered" is no claim of "a" thing (the two accounts each article tells itself)
    documents = _plus_documents("train", {22467})[22467]
    assert any("no additional bodies were found" in d for d in documents)
    assert _found_conflicts(documents) == []
    duc = read_clusters(DATA / "duc2003-task2.jsonl.gz", 16)[15]["documents"]
    assert any("the bodies had not been found" in d for d in duc)
    assert _found_conflicts(duc) == []
