"""The seventieth conflicts pass (reader110, item 1): raw 130's denials ("Absolutely false",
"That is absolutely false", "made up out of whole cloth") all stand in [2] (The Daily
Beast), each beside the claim it answers; [1] (the Times' excerpt) tells NBC's side alone.
One outlet telling both sides of a dispute is no conflict between the sources
(denials.py asks a claim of another article than the denial's), as the sixty-seventh pass
judged raw 165's."""

from __future__ import annotations

import pytest

from tests.conftest import RAW_VALIDATION, read_clusters
from tests.gold import analysed_lines


@pytest.fixture(scope="module")
def raw() -> list[dict]:
    return read_clusters(RAW_VALIDATION, 250)


def test_130s_denials_stand_beside_their_claims_in_one_outlet(raw):
    times, daily_beast = raw[130]["documents"]
    for denial, claim in (
        ("“Absolutely false,”", "threatening to smear him"),
        ("“That is absolutely false,”", "Oppenheim had asked if people still cared"),
        ("made up out of whole cloth", "had made him a scapegoat"),
    ):
        assert denial in daily_beast and claim in daily_beast
        assert denial not in times and claim not in times
    analysis = analysed_lines(raw, (130,))[130]
    assert analysis is not None
    assert not any(c.kind == "denial" for c in analysis.conflicts)
