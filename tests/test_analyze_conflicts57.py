"""One named person charged with different offences by two outlets (conflicts57; readers 78
and 79 on raw validation 8, 0-based): WTNH's list gives "Dominic Godi, 21, Bolton, CT." then
"Charged with possession of alcohol by a minor.", the Hartford Courant's "Dominic Godi, 21,
of Meadow Road, Bolton; charged with conspiracy to commit sale or delivery of alcohol to
minor.": one man, two offences, kind `charge`."""

from __future__ import annotations

from chorus import brief
from chorus.analyze.conflict_charges import charged
from chorus.sentences import split
from tests.briefings import raw_briefing
from tests.conftest import RAW_VALIDATION, read_clusters

REASON = (
    "Charged with different offences: Dominic Godi, possession of alcohol by a minor vs "
    "conspiracy to commit sale or delivery of alcohol to minor"
)
COURANT = "Bolton; charged with conspiracy to commit sale or delivery of alcohol to minor."


def _charges(documents: list[str]) -> list[str]:
    analysis = brief(documents, words=100).analysis
    return [c.reason for c in analysis.conflicts if c.kind == "charge"]


def test_godis_two_offences_are_a_conflict():
    briefing = raw_briefing(8)
    # Polansky is charged alike by both ("eight counts of permitting a minor ..."): only Godi
    (conflict,) = [c for c in briefing.analysis.conflicts if c.kind == "charge"]
    assert conflict.reason == REASON
    (wtnh,) = conflict.side_a
    (courant,) = conflict.side_b
    assert wtnh.text == "Charged with possession of alcohol by a minor."
    assert courant.text.startswith("Dominic Godi, 21, of Meadow Road, Bolton; charged with")
    assert (wtnh.article.id, courant.article.id) == tuple(d.article.id for d in briefing.documents)


def test_whom_each_sentence_charges():
    documents = raw_briefing(8).documents
    read = {s.text[:40]: charged(s) for d in documents for s in split(d) if "harged" in s.text}
    # WTNH's list gives the name alone on the line before its "Charged with ..."
    assert ("Dominic Godi", ["possession of alcohol by a minor"]) in read.values()
    # three names before one charge: the aside is a clause, nobody is read
    assert read["Patrick Callahan, 21, Matthew Moll, 21, "] is None
    # a charge of people not named at the sentence's opening
    assert read["Vaz and San-Juan are each charged with t"] is None


def test_one_offence_named_two_ways_or_listed_with_more_is_no_conflict():
    wtnh, courant = read_clusters(RAW_VALIDATION, 9)[8]["documents"]
    assert COURANT in courant
    assert _charges([wtnh, courant]) == [REASON]
    # one offence, a modifier more: its head is the same
    worded = courant.replace(COURANT, "Bolton; charged with illegal possession of alcohol.")
    assert not _charges([wtnh, worded])
    # one outlet listing more charges than the other tells it in part, no conflict
    more = courant.replace(
        COURANT, "Bolton; charged with conspiracy and possession of alcohol by a minor."
    )
    assert not _charges([wtnh, more])
