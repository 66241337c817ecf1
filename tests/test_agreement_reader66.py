"""The fifty-ninth agreement pass (reader66; raw validation clusters, 0-based, file order),
each read against the articles. In raw 32 "Hayes, 28, then drew a handgun and shot Smith
several times, police said." stood on [3]'s "Police said that the handgun used in the shooting
has been recovered.": the two share the handgun and the police, not the deed. Cut, the pair
left a slot that "New surveillance video obtained by ABC News ..." took, on "investigators
would try to obtain surveillance video": an attempt, not the video obtained."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_things import only_a_thing, tried_against_done
from chorus.analyze.model import Analysis
from chorus.analyze.similarity import stems
from tests.conftest import DATA
from tests.gold import analysed_lines, data_sentence, pair_shown
from tests.raw_pages import raw_clusters

DREW = "Hayes, 28, then drew a handgun and shot Smith several times, police said."
RECOVERED = "Police said that the handgun used in the shooting has been recovered."
OBTAINED = "New surveillance video obtained by ABC News appears to show the moment"
TRY_TO_OBTAIN = "investigators would try to obtain surveillance video."
# raw 30: two outlets tell the autopsy done, each opening with it
AUTOPSY = "An autopsy was performed Monday."
AUTOPSY_CONDUCTED = "An autopsy conducted Aug. 20 could shed light on any Scott health problems."


@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (30, 32))


def _documents(line: int) -> str:
    return "".join(raw_clusters()[line]["documents"])


def test_the_weapon_recovered_does_not_tell_the_shooting(analyses):
    assert DREW in _documents(32) and RECOVERED in _documents(32)
    assert not pair_shown(analyses[32], "then drew a handgun", "handgun used in the shooting")
    assert only_a_thing(DREW, RECOVERED, {"handg"}, stems(DREW), stems(RECOVERED))
    # the bond both set stays agreed
    assert pair_shown(analyses[32], "a judge set bond for Hayes", "His bond was set at $1")


def test_an_attempt_does_not_tell_the_deed_done(analyses):
    assert OBTAINED in _documents(32) and TRY_TO_OBTAIN in _documents(32)
    assert not pair_shown(analyses[32], "video obtained by ABC News", "would try to obtain")
    assert tried_against_done(OBTAINED, TRY_TO_OBTAIN, {"obtai"})
    assert tried_against_done(TRY_TO_OBTAIN, OBTAINED, {"obtai"})
    # DUC 10: a purpose both tell, "to try to force" and "to force", is one fact
    duc = DATA / "duc2003-task2.jsonl.gz"
    tried = data_sentence(duc, 10, "imposed sanctions in 1992 to try to force Gadhafi")
    purpose = data_sentence(duc, 10, "were imposed to force Libyan leader")
    assert not tried_against_done(tried, purpose, {"force"})
    # an attempt told as past may have been done (a Multi-News+ pair a gold judged right)
    assert not tried_against_done(
        "When the suspect saw the firefighters he tried to force the woman into the seat.",
        "The man reportedly saw the firefighters, and forced the woman into his car.",
        {"force"},
    )


def test_a_thing_both_open_with_still_links(analyses):
    assert AUTOPSY in _documents(30) and AUTOPSY_CONDUCTED in _documents(30)
    assert pair_shown(analyses[30], "An autopsy conducted Aug. 20", "An autopsy was performed")
    assert not only_a_thing(
        AUTOPSY, AUTOPSY_CONDUCTED, {"autop"}, stems(AUTOPSY), stems(AUTOPSY_CONDUCTED)
    )
