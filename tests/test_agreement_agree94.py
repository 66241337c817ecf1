"""The ninety-second agreement pass (agree94; raw validation clusters, 0-based, file order): two
sentences whose stems in common are the lower-case words of one thing both name after "a" or
"the", one own word among them, share the thing, not a fact (raw 131's "the mosquito-borne
disease": agreement_things.only_a_thing); a list of organisations is told by one of its names
written whole or by half of each name, not by half of one (raw 110's "al-Qaeda and Islamic
State" beside "evidence of ties to Islamic extremism": agreement_organisations.py)."""

from __future__ import annotations

import pytest

from chorus.analyze.agreement_organisations import organisation_untold
from chorus.analyze.agreement_things import only_a_thing
from chorus.analyze.model import Analysis
from chorus.analyze.similarity import stems
from tests.conftest import RAW_VALIDATION
from tests.gold import analysed_lines, data_line
from tests.raw_pages import raw_clusters


# the raw validation lines read: 131's highlands row, 110's documents row
@pytest.fixture(scope="module")
def analyses() -> dict[int, Analysis | None]:
    return analysed_lines(raw_clusters(), (110, 131))


_HIGHLANDS = "Researchers have found that people living in the highlands of Africa"
_BELT = "But because it's a mosquito-borne disease"
_DOCUMENTS = "Documents linked to al-Qaeda and Islamic State were also found"
_TIES = "In the man's apartment, in southeastern Paris"


def test_the_disease_both_name_is_no_fact_both_tell(analyses):
    highlands = data_line(RAW_VALIDATION, 131, _HIGHLANDS)
    belt = data_line(RAW_VALIDATION, 131, _BELT)
    assert only_a_thing(highlands, belt, {"borne"}, stems(highlands), stems(belt))
    assert not any(
        fact.statement.text.startswith(_HIGHLANDS) or fact.statement.text.startswith(_BELT)
        for fact in analyses[131].agreed
    )


def test_a_name_both_write_in_capitals_is_not_a_thing_named():
    heard = (
        "Northwestern immediately said it will appeal to the NLRB in Washington, and experts "
        "anticipate the case ultimately could be heard by the Supreme Court."
    )
    courts = (
        "After that, it probably will go through appellate courts and even the Supreme Court "
        "if necessary."
    )
    assert not only_a_thing(heard, courts, {"supre"}, stems(heard), stems(courts))


def test_half_of_one_listed_name_does_not_tell_the_list(analyses):
    documents = data_line(RAW_VALIDATION, 110, _DOCUMENTS)
    ties = data_line(RAW_VALIDATION, 110, _TIES)
    found = data_line(RAW_VALIDATION, 110, "Police found weapons and bullet-proof vests")
    assert organisation_untold(documents, [ties])
    assert not organisation_untold(documents, [found])
    fact = next(f for f in analyses[110].agreed if f.statement.text.startswith(_DOCUMENTS))
    loose = next(s for s in fact.support if s.text.startswith(_TIES))
    assert fact.partial == (loose.article.id,)


def test_one_listed_name_written_whole_tells_the_list():
    # raw 128: "Ivory Coast" written "Cote d'Ivoire", "Togo" whole
    targeted = data_line(RAW_VALIDATION, 128, "The sham embassy, authorities said")
    drove = data_line(RAW_VALIDATION, 128, "The “fake embassy” did not accept walk-in")
    assert not organisation_untold(targeted, [drove])
